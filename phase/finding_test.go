package phase

import (
	"encoding/json"
	"testing"

	"github.com/digitale-helgeland/veiviser/internal/fieldpath"
	"github.com/google/go-cmp/cmp"
)

func TestFindings(t *testing.T) {
	fs := Findings{
		newFinding("b", "z", SeverityWarning, Text{EN: "w1"}),
		newFinding("a", "y", SeverityError, Text{EN: "e1"}),
		newFinding("c", "a", SeverityWarning, Text{EN: "w2"}),
		newFinding("a", "a", SeverityError, Text{EN: "e2"}),
	}
	if !fs.HasErrors() || (Findings{}).HasErrors() || fs.Warnings().HasErrors() {
		t.Error("HasErrors wrong")
	}
	if got := len(fs.Errors()); got != 2 {
		t.Errorf("len(Errors) = %d", got)
	}
	fs.Sort()
	var order []string
	for _, f := range fs {
		order = append(order, f.Message.EN)
	}
	if diff := cmp.Diff([]string{"e2", "e1", "w2", "w1"}, order); diff != "" {
		t.Errorf("Sort (-want +got):\n%s", diff)
	}
	nested := fs[:1].WithPrefix("mandate")
	if nested[0].Path != "mandate.a" || fs[0].Path != "a" {
		t.Errorf("WithPrefix: %q, original %q", nested[0].Path, fs[0].Path)
	}
	if (Findings{}).WithPrefix("x") != nil {
		t.Error("WithPrefix of empty is not nil")
	}
	if got := fs[0].String(); got != "a: e2 [a]" {
		t.Errorf("String = %q", got)
	}
	if got := newFinding("c", "", SeverityError, Text{EN: "m"}).String(); got != "m [c]" {
		t.Errorf("String without path = %q", got)
	}
}

func TestJoinPath(t *testing.T) {
	for _, tt := range []struct{ a, b, want string }{
		{"", "x", "x"}, {"x", "", "x"}, {"a", "b", "a.b"}, {"a", "[2].b", "a[2].b"},
	} {
		if got := fieldpath.Join(tt.a, tt.b); got != tt.want {
			t.Errorf("fieldpath.Join(%q, %q) = %q, want %q", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestFindingJSON(t *testing.T) {
	f := newFinding("timeline.overlap", "[3].start", SeverityError, Text{NB: "nb", NN: "nn", EN: "en"})
	b, err := json.Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"code":"timeline.overlap","path":"[3].start","severity":"error","message":{"nb":"nb","nn":"nn","en":"en"}}`
	if diff := cmp.Diff(want, string(b)); diff != "" {
		t.Errorf("Marshal (-want +got):\n%s", diff)
	}
	var got Finding
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(f, got); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	if err := json.Unmarshal([]byte(`{"severity":"fatal"}`), &got); err == nil {
		t.Error("unknown severity accepted")
	}
}

func TestComparePaths(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want int
	}{
		{"items[2]", "items[10]", -1},
		{"items[10]", "items[9].x", 1},
		{"a[02]", "a[2]", 0},
		{"a", "a.b", -1},
		{"b", "a", 1},
		{"", "", 0},
		{"x1y", "x1z", -1},
	} {
		if got := fieldpath.Compare(tt.a, tt.b); got != tt.want {
			t.Errorf("fieldpath.Compare(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
		if got := fieldpath.Compare(tt.b, tt.a); got != -tt.want {
			t.Errorf("fieldpath.Compare(%q, %q) = %d, want %d", tt.b, tt.a, got, -tt.want)
		}
	}
}

func TestFindingsString(t *testing.T) {
	fs := Findings{
		newFinding("a", "x", SeverityError, Text{EN: "one"}),
		newFinding("b", "", SeverityWarning, Text{EN: "two"}),
	}
	if got := fs.String(); got != "x: one [a]; two [b]" {
		t.Errorf("String = %q", got)
	}
	if got := PlaceholderFindings("p", "ferdig <dato>, ansvarlig <navn>"); len(got) != 2 || got[1].Path != "p" || got[1].Code != "text.placeholder" {
		t.Errorf("PlaceholderFindings = %v", got)
	}
}
