package veiviser

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/digitale-helgeland/veiviser/benefit"
	"github.com/digitale-helgeland/veiviser/checklist"
	"github.com/digitale-helgeland/veiviser/phase"
	"github.com/digitale-helgeland/veiviser/product"
)

// A mutant is a stored project changed in one place.
type mutant struct {
	kind, path string
	apply      func()
	undo       func()
}

// mutationBase is the stored project the mutation test changes: the audit
// fixture (every document, answered checklists, decisions) with a full
// stakeholder register in place of its roles only.
func mutationBase(t *testing.T) []byte {
	t.Helper()
	project, err := os.ReadFile(filepath.Join("testdata", "audit", "project.json"))
	if err != nil {
		t.Fatal(err)
	}
	register, err := os.ReadFile(filepath.Join("testdata", "mutation", "register.json"))
	if err != nil {
		t.Fatal(err)
	}
	var p map[string]json.RawMessage
	if err := json.Unmarshal(project, &p); err != nil {
		t.Fatal(err)
	}
	p["stakeholders"] = register
	withRegister, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	return withRegister
}

// TestDecoderAgreesWithSchema changes stored projects in one place at a
// time (a key in another case, a key left out, null for a value, text in
// another case or padded, a decision point or date as people write them,
// an amount as text, a whole number written as 1.0, an object for an
// array and an array for an object, another schema version, the body of
// another template's document) and checks that Decode accepts each
// mutant exactly when the published JSON Schema does. Each kind of change
// is tried once per place in the schema (array indexes folded), on text
// that is a code or a date rather than on free text, and the project
// Decode reads is cut to the part changed (a change in a document is read
// in a project with that document alone, one in a checklist with that
// checklist alone), so that the test stays quick.
//
// Decode refuses more than a schema can say: a change in the audit log or
// the lifecycle, which the log commits to (a hash that no longer matches,
// a history that cannot be replayed), and content that breaks a rule of
// the domain rather than of the form (an answer that does not fit its
// item, a membership state its history does not lead to, a choice with
// one option). For those only "Decode accepts ⇒ the schema accepts" is
// checked; a refusal counts as one of form when it wraps one of the
// sentinels of form (formError).
func TestDecoderAgreesWithSchema(t *testing.T) {
	schema := compileSchema(t)
	root := parseNumbers(t, mutationBase(t))
	top := root.(map[string]any)
	docs, lists := top["documents"].([]any), top["checklists"].(map[string]any)
	for i := range docs {
		for _, k := range append(sortedKeys(lists), "") {
			view := cut(top, docs, lists, "documents["+strconv.Itoa(i)+"].checklists."+k)
			data, _ := json.Marshal(view)
			if err := schema.Validate(view); err != nil {
				t.Fatalf("the schema refuses the base cut to document %d and checklist %q: %v", i, k, err)
			}
			if _, err := Decode(bytes.NewReader(data), DecodeOptions{}); err != nil {
				t.Fatalf("Decode refuses the base cut to document %d and checklist %q: %v", i, k, err)
			}
		}
	}
	total, content := 0, 0
	{
		name := "project"
		var disagree []string
		for _, m := range mutants(root) {
			total++
			m.apply()
			view := cut(top, docs, lists, m.path)
			data, err := json.Marshal(view)
			if err != nil {
				t.Fatal(err)
			}
			schemaErr := schema.Validate(view)
			_, decodeErr := Decode(bytes.NewReader(data), DecodeOptions{})
			m.undo()
			hashed := m.path == "audit" || strings.HasPrefix(m.path, "audit.") || strings.HasPrefix(m.path, "audit[") || strings.HasPrefix(m.path, "lifecycle.")
			switch {
			case decodeErr == nil && schemaErr != nil:
				disagree = append(disagree, fmt.Sprintf("%s at %s: Decode accepts, the schema refuses: %v", m.kind, m.path, firstLine(schemaErr)))
			case decodeErr != nil && schemaErr == nil && (hashed || !formError(decodeErr)):
				content++
			case decodeErr != nil && schemaErr == nil:
				disagree = append(disagree, fmt.Sprintf("%s at %s: the schema accepts, Decode refuses: %v", m.kind, m.path, decodeErr))
			}
		}
		slices.Sort(disagree)
		for _, d := range disagree {
			t.Errorf("%s: %s", name, d)
		}
	}
	if total < 500 {
		t.Errorf("only %d mutants: the test changes too little", total)
	}
	t.Logf("%d mutants; %d refused by Decode for their content alone", total, content)
}

// formError reports whether err, from Decode, is about the form of the
// stored data: what a JSON Schema can say.
func formError(err error) bool {
	for _, s := range []error{
		phase.ErrNotStored, phase.ErrUnknownField, phase.ErrMissingField, phase.ErrDuplicateKey,
		phase.ErrInvalidUTF8, phase.ErrSchemaVersion, phase.ErrUnknownValue, phase.ErrInvalidDate,
		benefit.ErrInvalidAmount, benefit.ErrOverflow,
	} {
		if errors.Is(err, s) {
			return true
		}
	}
	var te *json.UnmarshalTypeError
	var se *json.SyntaxError
	return errors.As(err, &te) || errors.As(err, &se)
}

// TestDecoderRefusesWhatJSONSchemaCannotSee checks the changes a JSON
// Schema cannot see, as they are gone once the JSON is parsed: a key given
// twice (at the top, in the lifecycle, in a document, in a checklist, in
// the register) and invalid UTF-8, which Decode refuses with the path.
func TestDecoderRefusesWhatJSONSchemaCannotSee(t *testing.T) {
	base := mutationBase(t)
	tests := []struct {
		name, old, new, path string
		err                  error
	}{
		{"duplicate key at the top", `"agency":`, `"agency":"Lost","agency":`, "agency", phase.ErrDuplicateKey},
		{"duplicate key in the history", `"model":{},"history":[{`, `"model":{},"history":[{"point":"bp1",`, "lifecycle.history[0].point", phase.ErrDuplicateKey},
		{"duplicate key in the audit log", `"outcome":"sent_back",`, `"outcome":"sent_back","outcome":"approved",`, "audit[1].decision.outcome", phase.ErrDuplicateKey},
		{"duplicate key in a document", `"template":"mandate",`, `"template":"mandate","template":"mandate",`, "documents[0].template", phase.ErrDuplicateKey},
		{"duplicate key in a document's body", `"document":{"header":{`, `"document":{"header":{"project":"x",`, "documents[0].document.header.project", phase.ErrDuplicateKey},
		{"duplicate key in a checklist", `"level":"mandatory",`, `"level":"mandatory","level":"advisory",`, "checklists.bp1.level", phase.ErrDuplicateKey},
		{"duplicate checklist", `"bp1":{`, `"bp1":{},"bp1":{`, "checklists.bp1", phase.ErrDuplicateKey},
		{"duplicate key in the register", `"schemaVersion":3,"stakeholders":{`, `"schemaVersion":3,"stakeholders":{"name":"x",`, "stakeholders.name", phase.ErrDuplicateKey},
		{"duplicate key in a stakeholder", `"stakeholders":[{`, `"stakeholders":[{"group":"x",`, "stakeholders.stakeholders[0].group", phase.ErrDuplicateKey},
		{"invalid UTF-8", `"agency":"`, "\"agency\":\"\xff", "agency", phase.ErrInvalidUTF8},
		{"invalid UTF-8 in a document", `"document":{"header":{`, "\"document\":{\"header\":{\"project\":\"\xc3(\",", "documents[0].document.header.project", phase.ErrInvalidUTF8},
		{"lone surrogate", `"agency":"`, `"agency":"\ud800`, "agency", phase.ErrInvalidUTF8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !bytes.Contains(base, []byte(tt.old)) {
				t.Fatalf("the base has no %s", tt.old)
			}
			data := bytes.Replace(base, []byte(tt.old), []byte(tt.new), 1)
			_, err := Decode(bytes.NewReader(data), DecodeOptions{})
			var pe *phase.PathError
			if !errors.As(err, &pe) || !errors.Is(err, tt.err) || !strings.HasPrefix(pe.Path, tt.path) {
				t.Errorf("Decode = %v; want a *phase.PathError at %s wrapping %v", err, tt.path, tt.err)
			}
		})
	}
}

// cut returns the project top with only the document and the checklist
// that path is in (none when it is in neither), and the stakeholder
// register and the decisions (with their log entries) only when path is
// in them; the values are shared.
func cut(top map[string]any, docs []any, lists map[string]any, path string) map[string]any {
	view := make(map[string]any, len(top))
	for k, v := range top {
		view[k] = v
	}
	if m := docIndex.FindStringSubmatch(path); m != nil {
		i, _ := strconv.Atoi(m[1])
		view["documents"] = []any{docs[i]}
	} else if path != "documents" {
		delete(view, "documents")
	}
	if m := listKey.FindStringSubmatch(path); m != nil {
		if l, ok := lists[m[1]]; ok {
			view["checklists"] = map[string]any{m[1]: l}
		}
	} else if path != "checklists" {
		view["checklists"] = map[string]any{}
	}
	if !strings.HasPrefix(path, "stakeholders") {
		view["stakeholders"] = map[string]any{}
	}
	if !strings.HasPrefix(path, "lifecycle") && !strings.HasPrefix(path, "audit") {
		// The log's first entry alone, which commits to the model: a
		// project without decisions.
		life := top["lifecycle"].(map[string]any)
		view["lifecycle"] = map[string]any{"model": life["model"], "history": []any{}}
		view["audit"] = top["audit"].([]any)[:1]
	}
	return view
}

var (
	docIndex = regexp.MustCompile(`^documents\[([0-9]+)\]`)
	listKey  = regexp.MustCompile(`checklists\.([^.\[]+)`)
)

func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	b, err := JSONSchema()
	if err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource(SchemaID, doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile(SchemaID)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func parseNumbers(t *testing.T, b []byte) any {
	t.Helper()
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func firstLine(err error) string {
	s, _, _ := strings.Cut(err.Error(), "\n")
	return s
}

var (
	isoDate   = regexp.MustCompile(`^([0-9]{4})-([0-9]{2})-([0-9]{2})$`)
	pointCode = regexp.MustCompile(`^bp([1-6](\.[0-9]+)?)$`)
	codeLike  = regexp.MustCompile(`^[a-z0-9_.:-]+$`)
	indexes   = regexp.MustCompile(`\[[0-9]+\]`)
)

// mutants returns the changes of root, each once per kind and place in
// the schema.
func mutants(root any) []mutant {
	var out []mutant
	seen := map[string]bool{}
	add := func(kind, path string, set func(any), old any, repl any) {
		key := kind + " " + place(path)
		if seen[key] {
			return
		}
		seen[key] = true
		out = append(out, mutant{kind: kind, path: path, apply: func() { set(repl) }, undo: func() { set(old) }})
	}
	var walk func(v any, path string, set func(any))
	walk = func(v any, path string, set func(any)) {
		switch x := v.(type) {
		case map[string]any:
			add("array for an object", path, set, v, []any{})
			for _, k := range sortedKeys(x) {
				child := x[k]
				kp := join(path, k)
				setK := func(n any) { x[k] = n }
				add("null", kp, setK, child, nil)
				out = append(out, keyMutants(x, k, kp, seen)...)
				walk(child, kp, setK)
			}
		case []any:
			add("object for an array", path, set, v, map[string]any{})
			for i := range x {
				walk(x[i], path+"["+strconv.Itoa(i)+"]", func(n any) { x[i] = n })
			}
		case string:
			if !codeLike.MatchString(x) {
				break // free text: any text is stored as it is
			}
			if up := strings.ToUpper(x); up != x {
				add("upper case", path, set, v, up)
			}
			add("padded", path, set, v, " "+x+" ")
			if m := isoDate.FindStringSubmatch(x); m != nil {
				d, _ := strconv.Atoi(m[3])
				mo, _ := strconv.Atoi(m[2])
				add("Norwegian date", path, set, v, fmt.Sprintf("%d.%d.%s", d, mo, m[1]))
			}
			if m := pointCode.FindStringSubmatch(x); m != nil {
				add("point as written", path, set, v, "BP "+m[1])
			}
		case json.Number:
			if _, err := strconv.ParseInt(string(x), 10, 64); err == nil {
				add("integer as 1.0", path, set, v, json.Number(string(x)+".0"))
			}
			add("amount as text", path, set, v, "8 MNOK")
			add("number as text", path, set, v, string(x))
		case bool:
			add("boolean as text", path, set, v, strconv.FormatBool(x))
		}
	}
	walk(root, "", func(any) {})
	// Changes the walk does not make.
	top := root.(map[string]any)
	set := func(k string) func(any) { return func(n any) { top[k] = n } }
	for _, v := range []any{json.Number("1"), json.Number("2"), json.Number("4"), json.Number("0"), json.Number("-3"), json.Number("3.5"), "3"} {
		add("schema version "+fmt.Sprint(v), "schemaVersion", set("schemaVersion"), top["schemaVersion"], v)
	}
	add("empty checklists", "checklists", set("checklists"), top["checklists"], map[string]any{})
	add("checklists with the version-1 flag", "checklists", set("checklists"), top["checklists"], map[string]any{"municipal": true})
	docs := top["documents"].([]any)
	for i, d := range docs {
		for _, e := range docs {
			a, b := d.(map[string]any), e.(map[string]any)
			if a["template"] == b["template"] {
				continue
			}
			path := "documents[" + strconv.Itoa(i) + "].document"
			key := "another template's body " + path
			if seen[key] {
				continue
			}
			seen[key] = true
			old := a["document"]
			out = append(out, mutant{kind: "another template's body", path: path + " (" + fmt.Sprint(b["template"]) + ")",
				apply: func() { a["document"] = b["document"] }, undo: func() { a["document"] = old }})
		}
	}
	return out
}

// keyMutants gives key k of object x in another case, and left out.
func keyMutants(x map[string]any, k, path string, seen map[string]bool) []mutant {
	var out []mutant
	norm := place(path)
	v := x[k]
	rename := func(kind, to string) {
		if to == k || seen[kind+" "+norm] {
			return
		}
		if _, taken := x[to]; taken {
			return
		}
		seen[kind+" "+norm] = true
		out = append(out, mutant{kind: kind, path: path,
			apply: func() { delete(x, k); x[to] = v },
			undo:  func() { delete(x, to); x[k] = v }})
	}
	if k != "" {
		rename("key capitalised", strings.ToUpper(k[:1])+k[1:])
	}
	if !seen["left out "+norm] {
		seen["left out "+norm] = true
		out = append(out, mutant{kind: "left out", path: path,
			apply: func() { delete(x, k) }, undo: func() { x[k] = v }})
	}
	return out
}

// place names where in the schema path is, for trying each kind of change
// once there: array indexes folded, and only the last three keys kept, as
// one type (a section, a log entry) stands in many places of a document.
// The top level and the parts of a stored document (template, schema
// version) keep their names.
func place(path string) string {
	p := indexes.ReplaceAllString(path, "[]")
	parts := strings.Split(p, ".")
	if len(parts) > 3 {
		parts = parts[len(parts)-3:]
	}
	return strings.Join(parts, ".")
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func join(path, k string) string {
	if path == "" {
		return k
	}
	return path + "." + k
}

// TestEncodeRefusesInvalidUTF8 checks that a string that is not UTF-8 is
// refused on encoding, with its path, rather than stored with U+FFFD in
// its place, and that a U+FFFD in the text itself is kept.
func TestEncodeRefusesInvalidUTF8(t *testing.T) {
	tests := []struct {
		name string
		edit func(p *Project)
		path string
	}{
		{"agency", func(p *Project) { p.Agency = "Vefsn \xff kommune" }, "agency"},
		{"document", func(p *Project) {
			m := p.Documents[0].(*product.Mandate)
			m.Header.Project = "Digitale \xc3 Helgeland"
		}, "documents[0].document.header.project"},
		{"checklist answer", func(p *Project) {
			if err := p.Checklists.KS().Record("1", "nei", checklist.Note{By: "Prosjekt\xe2\x82leder", On: phase.MustDate("01.02.2024")}); err != nil {
				t.Fatal(err)
			}
		}, "checklists.ks.items[0].history[1].by"},
		{"stakeholder", func(p *Project) { p.Stakeholders.Roles[0].Person = "\xed\xa0\x80" }, "stakeholders.roles[0].person"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := sampleProject(t)
			tt.edit(p)
			b, err := json.Marshal(p)
			var pe *phase.PathError
			if !errors.As(err, &pe) || !errors.Is(err, phase.ErrInvalidUTF8) || pe.Path != tt.path {
				t.Errorf("Marshal = %.40q, %v; want a *phase.PathError at %s wrapping phase.ErrInvalidUTF8", b, err, tt.path)
			}
		})
	}
	p := sampleProject(t)
	p.Agency = "Vefsn \uFFFD kommune"
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	q, err := Decode(bytes.NewReader(b), DecodeOptions{})
	if err != nil || q.Agency != p.Agency {
		t.Errorf("a U+FFFD in the text: Decode = %v; agency %q, want %q", err, q.Agency, p.Agency)
	}
}
