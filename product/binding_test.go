package product

import (
	"maps"
	"slices"
	"testing"
)

// boundKeys returns the keys fs binds, sorted, after checking that each
// binding either reads a Section or checks, never both or neither.
func boundKeys[D any](t *testing.T, fs fields[D]) []string {
	t.Helper()
	for k, f := range fs {
		if (f.section == nil) == (f.check == nil) {
			t.Errorf("%s: binding must read a section or check, not both or neither", k)
		}
	}
	return slices.Sorted(maps.Keys(fs))
}

// TestBindings holds the section tables and the document types' bindings
// to each other: every heading of every version of a template but its
// closing instructions has a key, every key is bound to a field, and
// every binding is a key of some version (or, for a template with no
// Digdir table, a titled field of its type).
func TestBindings(t *testing.T) {
	bound := map[Template][]string{
		TemplateMandate:           boundKeys(t, mandateFieldsOf),
		TemplateProjectMandate:    boundKeys(t, projectMandateFieldsOf),
		TemplateProjectProposal:   boundKeys(t, proposalFieldsOf),
		TemplateBusinessCase:      boundKeys(t, businessCaseFieldsOf),
		TemplateGoverningDocument: boundKeys(t, governingFieldsOf),
		TemplateBenefitPlan:       boundKeys(t, benefitPlanFieldsOf),
		TemplateFinalReport:       boundKeys(t, finalReportFieldsOf),
	}
	for _, tmpl := range Templates() {
		if _, ok := bound[tmpl]; !ok && len(templateTable[tmpl].versions) > 0 {
			t.Errorf("%v has a section table but no bindings", tmpl)
		}
	}
	for tmpl, keys := range bound {
		t.Run(tmpl.String(), func(t *testing.T) {
			has := map[string]bool{}
			for _, k := range keys {
				has[k] = true
			}
			used := map[string]bool{}
			info := templateTable[tmpl]
			for _, tv := range info.versions {
				for _, s := range tv.sections {
					if s.key == "" {
						if !s.instructions {
							t.Errorf("%s %s %s: no key: the section has no field", tv.version, s.number, s.title.NB)
						}
						continue
					}
					used[s.key] = true
					if !has[s.key] {
						t.Errorf("%s %s %s: key %q is bound to no field", tv.version, s.number, s.title.NB, s.key)
					}
				}
			}
			if len(info.versions) == 0 {
				for _, f := range info.fields {
					used[f.key] = true
					if !has[f.key] {
						t.Errorf("field %q is bound to nothing", f.key)
					}
				}
			}
			for _, k := range keys {
				if !used[k] {
					t.Errorf("binding %q is no key of any version", k)
				}
			}
		})
	}
}
