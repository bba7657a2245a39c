package checklist

import (
	"slices"
	"strconv"

	"github.com/digitale-helgeland/veiviser/phase"
)

// DefaultMinComment is the minimum length, in characters, of the comment
// that "not relevant", "deferred" and a waiver need when a checklist does
// not set its own.
const DefaultMinComment = 10

// Checklist is an ordered list of items that a decision body goes through
// before a decision. Create one with New or take a built-in (BP, KS); change
// its items only through its methods, which keep every earlier answer.
//
// Changes are transactional: a refused change returns a *ChangeError and
// leaves the checklist exactly as it was. A Checklist is not safe for
// concurrent use; copy it with Clone, not by assignment.
type Checklist struct {
	// ID identifies the checklist in a project: "bp1" … "bp6", "ks".
	ID string
	// Title names the checklist in each language.
	Title phase.Text
	// Point is the decision point the checklist belongs to; zero for a
	// checklist that spans phases, such as the KS checkpoints, whose items
	// each say when they are due.
	Point phase.DecisionPoint
	// Phase is the phase the checklist belongs to when it has no Point
	// (an organisation's checklist for a phase): its items are due when
	// that phase is left, and Set.Put files it as that phase's checklist
	// (Set.ForPhase). With a Point it is zero or Point.Leaves().
	Phase phase.Phase
	// Level says whether the checklist blocks its decision or only warns.
	// Only Advisory warns; any other value, the zero Level included, is
	// evaluated as Mandatory (it fails closed). Validation, and so New,
	// Set.Put and both JSON directions, refuse a Level that is not valid.
	Level Level
	// MinComment is the minimum comment length in characters; zero means
	// DefaultMinComment. Raising it later makes shorter comments count as
	// missing in Evaluate; their history stays as it was.
	MinComment int

	items  []Item
	waiver *Note
}

// New returns a mandatory checklist with the given items, checked as a
// stored checklist is (IDs unique and non-blank, kinds valid, options for
// choices, histories that replay). Errors are *phase.PathError values.
func New(id string, title phase.Text, point phase.DecisionPoint, items ...Item) (*Checklist, error) {
	c := &Checklist{ID: id, Title: title, Point: point, Level: Mandatory, items: make([]Item, len(items))}
	for i, it := range items {
		c.items[i] = it.Clone()
	}
	if err := c.validate(); err != nil {
		return nil, err
	}
	return c, nil
}

// Len returns the number of items.
func (c *Checklist) Len() int { return len(c.items) }

// Items returns a deep copy of the items, in order.
func (c *Checklist) Items() []Item {
	out := make([]Item, len(c.items))
	for i, it := range c.items {
		out[i] = it.Clone()
	}
	return out
}

// Item returns a copy of the item with the given ID.
func (c *Checklist) Item(id string) (Item, bool) {
	if i := c.Index(id); i >= 0 {
		return c.items[i].Clone(), true
	}
	return Item{}, false
}

// Index returns the position of the item with the given ID, or -1.
func (c *Checklist) Index(id string) int {
	return slices.IndexFunc(c.items, func(it Item) bool { return it.ID == id })
}

// Add appends an item, such as an organisation's own question or the part
// of a source that the built-in leaves out. The item is checked as New
// checks items; on error nothing is added.
func (c *Checklist) Add(it Item) error {
	it = it.Clone()
	path := itemPath(len(c.items))
	if err := checkItem(it, path); err != nil {
		return err
	}
	if j := c.Index(it.ID); j >= 0 {
		return duplicateError(path, it.ID, j)
	}
	c.items = append(c.items, it)
	return nil
}

// Waiver returns the note that waived the whole checklist, and false when
// it is not waived.
func (c *Checklist) Waiver() (Note, bool) {
	if c.waiver == nil {
		return Note{}, false
	}
	return *c.waiver, true
}

// Clone returns an independent deep copy of c.
func (c *Checklist) Clone() *Checklist {
	d := *c
	d.items = c.Items()
	if c.waiver != nil {
		w := *c.waiver
		d.waiver = &w
	}
	return &d
}

func (c *Checklist) minComment() int {
	if c.MinComment > 0 {
		return c.MinComment
	}
	return DefaultMinComment
}

func itemPath(i int) string { return "items[" + strconv.Itoa(i) + "]" }
