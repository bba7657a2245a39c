package product

import (
	"reflect"

	"github.com/digitale-helgeland/veiviser/phase"
)

// The writer's tests live in package product_test, since they use
// internal/sample, which imports this package. These helpers give them the
// section tables.

// WriteSection is a section of a template version as the writer's tests
// see it.
type WriteSection struct {
	Key          string
	Title        string
	Level        int
	Instructions bool
}

// WriteSections returns the sections of version v of template t, titled in
// language l as the writer titles them.
func WriteSections(t Template, l phase.Language, v string) []WriteSection {
	f := &filler{lang: l}
	var out []WriteSection
	for _, s := range sectionsOf(t, v) {
		out = append(out, WriteSection{Key: s.key, Title: f.titleIn(s.title), Level: s.level, Instructions: s.instructions})
	}
	return out
}

// WriteValueAt returns the field of d at JSON path key, and whether it holds
// something the writer writes.
func WriteValueAt(d Document, key string) (any, bool, error) {
	v, err := fieldValueAt(reflect.ValueOf(d).Elem(), key)
	if err != nil || !v.IsValid() {
		return nil, false, err
	}
	return v.Interface(), !isBlankValue(v), nil
}

// WriteVersions returns the versions of Digdir's template for t the
// library embeds in language l, current first.
func WriteVersions(t Template, l phase.Language) []string {
	var out []string
	for _, f := range digdirFiles {
		if f.template == t && f.language == l {
			out = append(out, f.version)
		}
	}
	return out
}

// WriteFieldTitle returns the title Write gives the field of template t's
// document type at key, named name, in language l.
func WriteFieldTitle(t Template, l phase.Language, key, name string) string {
	f := &filler{t: t, lang: l}
	return f.fieldTitle(key, name)
}
