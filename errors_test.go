package veiviser

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/digitale-helgeland/veiviser/phase"
)

// TestUnknownFieldEverywhere: an unknown key at any depth of a stored
// project (its own fields, a document, the benefit plan, the stakeholder
// register, a checklist) is one error: a *phase.PathError with the path
// in the project, matching phase.ErrUnknownField, naming the module once.
func TestUnknownFieldEverywhere(t *testing.T) {
	good, err := json.Marshal(sampleProject(t))
	if err != nil {
		t.Fatal(err)
	}
	s := string(good)
	tests := []struct {
		name, old, new, path string
	}{
		{"project", `"agency":`, `"agencyy":1,"agency":`, "agencyy"},
		{"document", `"template":"mandate","document":{`, `"template":"mandate","document":{"bakgrunn":"x",`, "documents[0].document.bakgrunn"},
		{"stakeholder register", `,"stakeholders":{"`, `,"stakeholders":{"interessenter":[],"`, "stakeholders.interessenter"},
		{"checklist", `"bp1":{`, `"bp1":{"sjekk":1,`, "checklists.bp1.sjekk"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(s, tt.old) {
				t.Fatalf("fixture lacks %s", tt.old)
			}
			i := strings.LastIndex(s, tt.old) // the project's own key comes after its documents'
			_, err := Decode(strings.NewReader(s[:i]+tt.new+s[i+len(tt.old):]), DecodeOptions{})
			var pe *phase.PathError
			if !errors.As(err, &pe) || !errors.Is(err, phase.ErrUnknownField) {
				t.Fatalf("Decode = %v, want a *phase.PathError matching phase.ErrUnknownField", err)
			}
			if pe.Path != tt.path {
				t.Errorf("path %q, want %q", pe.Path, tt.path)
			}
			if n := strings.Count(err.Error(), "veiviser"); n != 1 {
				t.Errorf("%q names the module %d times", err, n)
			}
		})
	}
}
