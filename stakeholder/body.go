package stakeholder

import (
	"slices"
	"strconv"
	"strings"

	"github.com/digitale-helgeland/veiviser/internal/finding"
	"github.com/digitale-helgeland/veiviser/internal/validate"
	"github.com/digitale-helgeland/veiviser/phase"
)

// Body is a governance body: a styringsgruppe, prosjektgruppe,
// prosjektstyre, faggruppe or referansegruppe, with its members and its
// decision rule.
//
// The decision rule is the one of seed 000, "Det søkes konsensus i
// styringsgruppen om beslutninger. Ved stemmelikhet beslutter
// styringsgruppens leder.": consensus is sought, and on a tie the chair
// decides. The seed does not say that a majority decides a split vote;
// Rule.Majority lets a body say so. Rule adds an optional quorum. See
// Tally.
//
// A Body is plain data; copy it with Clone.
type Body struct {
	// ID identifies the body within a register, e.g. "styringsgruppe".
	ID string `json:"id" validate:"filled" privacy:"id"`
	// Kind says what kind of body it is.
	Kind BodyKind `json:"kind,omitempty" validate:"valid"`
	// Name is the body's name, e.g. "Styringsgruppen for Digitale
	// Helgeland" or the subject of a faggruppe, "Oppvekst".
	Name string `json:"name" validate:"filled"`
	// Chair is the member ID of the chair (leder), who decides a tie.
	Chair string `json:"chair,omitempty" privacy:"id"`
	// Members lists voting members and observers.
	Members []Member `json:"members,omitempty" validate:"dive"`
	// Rule holds the body's options to the decision rule.
	Rule Rule `json:"rule,omitzero"`
}

// Member is a seat in a body.
//
// Person is personal data; Redacted removes it and sets Redacted. A seat
// is described by its organisation and Position ("rådmann"), which stay in
// a published copy.
type Member struct {
	// ID identifies the member within the body, e.g. "vefsn".
	ID string `json:"id" validate:"filled" privacy:"id"`
	// Organisation is the ID of the organisation the member represents.
	Organisation string `json:"organisation,omitempty" privacy:"id"`
	// Position is the member's line role, e.g. "rådmann". It must not
	// carry a name.
	Position string `json:"position,omitempty" validate:"omitempty,filled"`
	// Person is the name of the person in the seat (personal data).
	Person string `json:"person,omitempty" privacy:"name"`
	// Right says whether the member votes or only observes.
	Right Right `json:"right,omitempty" validate:"valid"`
	// Redacted reports that Person was removed for publishing.
	Redacted bool `json:"redacted,omitempty"`
}

// Rule holds the options to a body's decision rule. Its zero value is the
// rule of seed 000 with no quorum: consensus, and the chair decides a tie.
type Rule struct {
	// Majority lets the majority of the votes for and against decide a
	// split vote. The seed's rule names no majority ("Det søkes konsensus
	// … Ved stemmelikhet beslutter styringsgruppens leder"), so by default
	// a split vote that is not a tie decides nothing (ErrNoConsensus); a
	// body whose mandate lets a majority decide sets Majority.
	Majority bool `json:"majority,omitempty"`
	// Quorum is the least number of voting members who must take part in a
	// vote (abstentions count); 0 means no quorum.
	Quorum int `json:"quorum,omitempty" validate:"gte=0"`
}

// Clone returns a deep copy of b.
func (b Body) Clone() Body {
	b.Members = slices.Clone(b.Members)
	return b
}

// Member returns the member with ID id.
func (b Body) Member(id string) (Member, bool) {
	if i := b.memberIndex(id); i >= 0 {
		return b.Members[i], true
	}
	return Member{}, false
}

func (b *Body) memberIndex(id string) int {
	for i := range b.Members {
		if b.Members[i].ID == id {
			return i
		}
	}
	return -1
}

// Voting returns the voting members, in order.
func (b Body) Voting() []Member { return b.withRight(Voting) }

// Observers returns the observers, in order.
func (b Body) Observers() []Member { return b.withRight(Observer) }

func (b Body) withRight(r Right) []Member {
	var out []Member
	for _, m := range b.Members {
		if m.Right == r {
			out = append(out, m)
		}
	}
	return out
}

// Validate reports missing or malformed fields (field.* codes from the
// struct tags) and, with paths such as "members[3].id":
//   - body.duplicate_member (error): two members with the same ID;
//   - body.chair_unknown (error): Chair names no member;
//   - body.chair_observer (warning): the chair is an observer;
//   - body.no_voting_members (warning): a body with members but no vote;
//   - body.quorum_unreachable (error): a quorum larger than the number of
//     voting members.
func (b Body) Validate() phase.Findings {
	fs := validate.Struct(b)
	return append(fs, b.check()...)
}

// check reports what the struct tags cannot.
func (b *Body) check() phase.Findings {
	var fs phase.Findings
	first := map[string]int{}
	voting := 0
	for i, m := range b.Members {
		if m.Right == Voting {
			voting++
		}
		if strings.TrimSpace(m.ID) == "" {
			continue
		}
		if j, dup := first[m.ID]; dup {
			fs = append(fs, duplicateFinding("body.duplicate_member", indexPath("members", i)+".id", m.ID, indexPath("members", j)))
			continue
		}
		first[m.ID] = i
	}
	if b.Chair != "" {
		switch i := b.memberIndex(b.Chair); {
		case i < 0:
			fs = append(fs, finding.New("body.chair_unknown", "chair", phase.SeverityError, phase.Text{
				NB: "Lederen " + strconv.Quote(b.Chair) + " er ikke medlem",
				NN: "Leiaren " + strconv.Quote(b.Chair) + " er ikkje medlem",
				EN: "The chair " + strconv.Quote(b.Chair) + " is not a member"}))
		case b.Members[i].Right == Observer:
			fs = append(fs, finding.New("body.chair_observer", "chair", phase.SeverityWarning, phase.Text{
				NB: "Lederen er observatør uten stemmerett",
				NN: "Leiaren er observatør utan røysterett",
				EN: "The chair is an observer without a vote"}))
		}
	}
	if len(b.Members) > 0 && voting == 0 {
		fs = append(fs, finding.New("body.no_voting_members", "members", phase.SeverityWarning, phase.Text{
			NB: "Ingen medlemmer har stemmerett",
			NN: "Ingen medlemmer har røysterett",
			EN: "No member has a vote"}))
	}
	if b.Rule.Quorum > voting {
		n, q := strconv.Itoa(voting), strconv.Itoa(b.Rule.Quorum)
		fs = append(fs, finding.New("body.quorum_unreachable", "rule.quorum", phase.SeverityError, phase.Text{
			NB: "Beslutningsdyktighet krever " + q + " stemmeberettigede, men organet har " + n,
			NN: "Vedtaksføre krev " + q + " røysteføre, men organet har " + n,
			EN: "The quorum needs " + q + " voting members, but the body has " + n}))
	}
	return fs
}

// duplicateFinding reports id at path, first used at firstPath.
func duplicateFinding(code phase.Code, path, id, firstPath string) phase.Finding {
	q := strconv.Quote(id)
	return finding.New(code, path, phase.SeverityError, phase.Text{
		NB: "ID " + q + " er brukt før (" + firstPath + ")",
		NN: "ID " + q + " er brukt før (" + firstPath + ")",
		EN: "ID " + q + " is used before (" + firstPath + ")"})
}
