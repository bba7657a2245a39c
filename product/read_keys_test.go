package product

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// TestReadFillsEveryKey reads, for every heading of every template
// version and every titled field that can stand under a heading of its
// own, a text export with that heading and an answer under it, and
// checks that the answer lands in the field the key names, or, for a
// field whose type takes no prose (a list of table rows, a struct of
// lists), that it is kept in Header.Extra and said so. This is what makes
// the reader follow the section tables: a key added there is filled with
// no change to the reader.
func TestReadFillsEveryKey(t *testing.T) {
	for _, tmpl := range Templates() {
		for _, v := range versionsOf(tmpl) {
			seen := map[string]bool{}
			for i, c := range candidatesOf(tmpl, v) {
				if c.key == "" || c.instructions || seen[headingKey(c.title.NB)] {
					continue
				}
				seen[headingKey(c.title.NB)] = true
				name := fmt.Sprintf("%s/%s/%s", tmpl, v.version, c.key)
				t.Run(name, func(t *testing.T) {
					answer := fmt.Sprintf("Svar nummer %d", i)
					kt, _ := typeAt(reflect.TypeOf(tmpl.New()), c.key)
					line := answer + "."
					if kt.typ.Kind() == reflect.Slice && kt.typ.Elem().Kind() == reflect.Struct {
						line = "- " + answer // a list of records takes list items
					}
					in := templateNames[tmpl][0] + "\n\n" + c.title.NB + "\n\n" + line + "\n"
					im, err := Read([]byte(in), ReadOptions{Template: tmpl, Version: v.version})
					if err != nil {
						t.Fatal(err)
					}
					if _, ok := im.Locations[c.key]; !ok {
						t.Fatalf("heading %q opened no section (findings %v)", c.title.NB, im.Findings)
					}
					field, _ := valueAt(reflect.ValueOf(im.Document), c.key)
					b, _ := json.Marshal(field.Interface())
					if strings.Contains(string(b), answer) {
						return
					}
					h := im.Document.Head()
					extra, _ := json.Marshal(h.Extra)
					if !strings.Contains(string(extra), answer) {
						t.Fatalf("answer lost: field %s, extra %s", b, extra)
					}
					switch {
					case kt.typ == rtSection, kt.typ.Kind() == reflect.String,
						kt.typ.Kind() == reflect.Slice && kt.typ.Elem().Kind() == reflect.String:
						t.Errorf("a %v field did not take the answer: %s", kt.typ, b)
					}
					unmapped := false
					for _, f := range im.Findings {
						unmapped = unmapped || strings.HasSuffix(string(f.Code), "."+codeContentUnmapped)
					}
					if !unmapped {
						t.Errorf("answer kept in header.extra without content_unmapped: %v", im.Findings)
					}
				})
			}
		}
	}
}
