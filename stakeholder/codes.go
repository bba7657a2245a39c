package stakeholder

import (
	"github.com/digitale-helgeland/veiviser/internal/enum"
	"github.com/digitale-helgeland/veiviser/phase"
)

// codes is the code table of one enumeration with its labels; labels[v] is
// the label of value v, and labels[0] is unused.
type codes[T ~uint8] struct {
	enum.Table[T]
	labels []phase.Text
}

// label returns the label of v in language l, or the String form of an
// invalid v.
func (c codes[T]) label(v T, l phase.Language) string {
	if !c.Valid(v) {
		return c.String(v)
	}
	return c.labels[v].In(l)
}
