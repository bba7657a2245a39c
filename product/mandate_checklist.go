package product

import (
	"errors"
	"strconv"
	"strings"
	"sync"

	"github.com/digitale-helgeland/veiviser/checklist"
	"github.com/digitale-helgeland/veiviser/internal/finding"
	"github.com/digitale-helgeland/veiviser/phase"
)

// ChecklistReview is the mandate's last section, "Gjennomgang av BP1
// sjekkliste": the BP1 checkpoints as printed in the mandate, each with the
// author's comment, which is the answer ("ja", "nei", "prosjekt").
type ChecklistReview struct {
	Items []ChecklistEntry `json:"items,omitempty" validate:"dive"`
}

// ChecklistEntry is one row of the checklist table: the checkpoint's number
// and question (sjekkpunkt) as printed, and the comment (kommentar) as
// written.
type ChecklistEntry struct {
	Number   int    `json:"number" validate:"gte=1"`
	Question string `json:"question" validate:"filled"`
	Comment  string `json:"comment,omitempty"`
}

// Checklist returns Digdir's BP1 checklist (checklist.BP) answered as the
// review answers it: the comment of row number k is recorded as the answer
// to item k, under note n, which says who answered and when (the library
// never reads the clock). «Ikke relevant» marks the item not relevant, with
// the text after the marker as the reason.
//
// Rows that cannot be recorded, unknown or repeated numbers and questions
// that differ from Digdir's wording are reported as findings with paths
// "items[i]…" relative to the review; the checklist holds every row that
// could be recorded. Blank comments are left open.
func (r ChecklistReview) Checklist(n checklist.Note) (*checklist.Checklist, phase.Findings) {
	t := bp1()
	cl := t.list.Clone()
	var fs phase.Findings
	seen := map[int]int{}
	for i, e := range r.Items {
		p := indexPath("items", i)
		id := strconv.Itoa(e.Number)
		k := cl.Index(id)
		if k < 0 {
			fs = append(fs, finding.New("mandate.checklist_item_unknown", p+".number", phase.SeverityWarning, phase.Text{
				NB: "BP1-sjekklisten har ikke punkt " + id,
				NN: "BP1-sjekklista har ikkje punkt " + id,
				EN: "The BP1 checklist has no item " + id,
			}))
			continue
		}
		if j, dup := seen[e.Number]; dup {
			fs = append(fs, finding.New("mandate.checklist_item_duplicate", p+".number", phase.SeverityError, phase.Text{
				NB: "Sjekkpunkt " + id + " står to ganger (også i rad " + strconv.Itoa(j+1) + ")",
				NN: "Sjekkpunkt " + id + " står to gonger (òg i rad " + strconv.Itoa(j+1) + ")",
				EN: "Checkpoint " + id + " is listed twice (also in row " + strconv.Itoa(j+1) + ")",
			}))
			continue
		}
		seen[e.Number] = i
		q := t.questions[k]
		if normalize(e.Question) != q.normalized {
			fs = append(fs, finding.New("mandate.checklist_question_changed", p+".question", phase.SeverityWarning, phase.Text{
				NB: "Sjekkpunkt " + id + " er ikke formulert som i Digdirs sjekkliste: «" + q.text + "»",
				NN: "Sjekkpunkt " + id + " er ikkje formulert som i Digdir si sjekkliste: «" + q.text + "»",
				EN: "Checkpoint " + id + " is not worded as in Digdir's checklist: “" + q.text + "”",
			}))
		}
		if phase.SaysNothing(e.Comment) {
			continue
		}
		var err error
		if phase.IsNotRelevant(e.Comment) {
			m := n
			m.Comment = notRelevantReason(e.Comment)
			err = cl.NotRelevant(id, m)
		} else {
			err = cl.Record(id, e.Comment, n)
		}
		var ce *checklist.ChangeError
		if errors.As(err, &ce) {
			for _, f := range ce.Unmet {
				f.Path = p + ".comment"
				fs = append(fs, f)
			}
		} else if err != nil {
			fs = append(fs, finding.New("checklist.answer_invalid", p+".comment", phase.SeverityError, phase.Text{
				NB: "Svaret kan ikke registreres", NN: "Svaret kan ikkje registrerast", EN: "The answer cannot be recorded"}))
		}
	}
	return cl, fs
}

// bp1Template is Digdir's BP1 checklist as ChecklistReview.Checklist
// starts from, and its questions (by item index) as printed and
// normalised for comparison.
type bp1Template struct {
	list      *checklist.Checklist
	questions []struct{ text, normalized string }
}

// bp1 builds the BP1 template once, on first use. Nothing changes it after:
// Checklist only clones the list (Clone reads it and never makes its state
// machine) and reads the questions, so one value is shared safely by every
// goroutine. It is a cache of a constant, not state: before it (issue 14),
// every review built a fresh checklist and normalised Digdir's questions
// again.
var bp1 = sync.OnceValue(func() bp1Template {
	t := bp1Template{list: checklist.MustBP(phase.BP1)}
	for _, it := range t.list.Items() {
		t.questions = append(t.questions, struct{ text, normalized string }{it.Question.Text, normalize(it.Question.Text)})
	}
	return t
})

// ReviewOf returns the mandate's checklist section as the project's BP1
// checklist cl answers it on date asOf (answers dated later do not count;
// the zero date counts every answer), in language l: one row per
// checkpoint, with its number, Digdir's question and the answer as the
// review writes it ("Ja", an option's label, the text, or «Ikke relevant»
// and the reason). A checkpoint not answered has no comment.
//
// One source: a project's BP1 checklist is what its BP1 gate evaluates,
// with who answered and when; the mandate's section is derived from it,
// and Project.Decide writes it into the mandate it approves at BP1. Reading
// a mandate from Word goes the other way once (ChecklistReview.Checklist),
// to answer the project's checklist.
//
// ReviewOf(cl, d, l).Checklist(n) answers every checkpoint as cl does.
func ReviewOf(cl *checklist.Checklist, asOf phase.Date, l phase.Language) ChecklistReview {
	var r ChecklistReview
	for _, it := range cl.Items() {
		n, err := strconv.Atoi(it.ID)
		if err != nil {
			continue // not a numbered checkpoint of Digdir's table
		}
		if asOf.IsValid() {
			it = it.AsOf(asOf)
		}
		e := ChecklistEntry{Number: n, Question: it.Question.Text}
		switch it.State() {
		case checklist.Answered:
			a, _ := it.Answer()
			e.Comment = a.Label(it, l)
		case checklist.NotRelevant:
			e.Comment = checklist.NotRelevant.Label(l)
			if c := strings.TrimSpace(it.Comment()); c != "" {
				e.Comment += ": " + c
			}
		}
		r.Items = append(r.Items, e)
	}
	return r
}

// Agrees reports whether the review answers every checkpoint as the BP1
// checklist cl stood on date asOf (the zero date counts every answer): the
// same state and answer, however the review words it ("ja" for "Ja"), and
// no row that cannot be read.
func (r ChecklistReview) Agrees(cl *checklist.Checklist, asOf phase.Date) bool {
	back, fs := r.Checklist(checklist.Note{By: "review", On: phase.Date{Year: 1000, Month: 1, Day: 1}})
	if fs.HasErrors() {
		return false
	}
	for _, it := range cl.Items() {
		if asOf.IsValid() {
			it = it.AsOf(asOf)
		}
		b, ok := back.Item(it.ID)
		if !ok {
			return false
		}
		wa, _ := it.Answer()
		ga, _ := b.Answer()
		if it.State() != b.State() || wa != ga {
			return false
		}
	}
	return true
}

// notRelevantReason returns what follows the «Ikke relevant» marker in s.
func notRelevantReason(s string) string {
	t := strings.TrimLeft(strings.TrimSpace(s), "«\"'“”„")
	for _, m := range []string{"ikke relevant", "ikkje relevant"} {
		if len(t) >= len(m) && strings.EqualFold(t[:len(m)], m) {
			return strings.TrimSpace(strings.TrimLeft(t[len(m):], "»\"'“”.,:;–—-( "))
		}
	}
	return ""
}

// rowOf maps the checklist's item indexes to the review's rows.
func (r ChecklistReview) rowOf(cl *checklist.Checklist) map[int]int {
	m := map[int]int{}
	for i, e := range r.Items {
		if k := cl.Index(strconv.Itoa(e.Number)); k >= 0 {
			if _, dup := m[k]; !dup {
				m[k] = i
			}
		}
	}
	return m
}

// checklistReview checks the BP1 checklist section, titled t, through the
// checklist package: every checkpoint present and answered, answers
// readable and favourable, and no guidance or placeholder left in a
// comment.
func (c *checker) checklistReview(path string, t title, r ChecklistReview, n checklist.Note) {
	items := path + ".items"
	if len(r.Items) == 0 {
		c.add("checklist_missing", items, phase.SeverityError, phase.Text{
			NB: "Sjekklisten for BP1 er ikke gjennomgått i mandatet",
			NN: "Sjekklista for BP1 er ikkje gjennomgått i mandatet",
			EN: "The mandate does not review the BP1 checklist",
		})
		return
	}
	// Rows whose comment still holds template text, or cannot be read, are
	// reported once, as such, and not again by the checklist's evaluation.
	leftover := map[string]bool{}
	for i, e := range r.Items {
		p := indexPath(items, i)
		if isBlank(e.Comment) || phase.IsNotRelevant(e.Comment) {
			continue
		}
		if HasGuidance(e.Comment) || len(placeholders(e.Comment)) > 0 {
			c.answer(p+".comment", t, e.Comment)
			leftover[p+".comment"] = true
		}
	}
	keep := func(f phase.Finding) {
		if !leftover[f.Path] {
			c.fs = append(c.fs, f)
		}
	}
	cl, fs := r.Checklist(n)
	for _, f := range fs.WithPrefix(path) {
		keep(f)
	}
	// A row whose answer could not be recorded is reported once, for that.
	for _, f := range fs.WithPrefix(path) {
		if f.Severity == phase.SeverityError {
			leftover[f.Path] = true
		}
	}
	rep := cl.Evaluate()
	rows := r.rowOf(cl)
	for i, f := range rep.Findings() {
		if i >= len(rep.Problems) || rep.Waived {
			break
		}
		f.Path = items
		if row, ok := rows[rep.Problems[i].Index]; ok {
			f.Path = indexPath(items, row) + ".comment"
		}
		keep(f)
	}
}

// reviewNote is the note under which Validate records the review's answers
// into a checklist it then evaluates and discards: the author (or the
// project) on the date of the latest version. Without any date it uses the
// earliest date phase.Date accepts, which no finding shows.
func reviewNote(h Header) checklist.Note {
	n := checklist.Note{By: h.PreparedBy, On: phase.Date{Year: 1000, Month: 1, Day: 1}}
	if isBlank(n.By) || len(placeholders(n.By)) > 0 {
		n.By = "mandat"
	}
	for _, ch := range h.Changes {
		if ch.Date.IsValid() {
			n.On = ch.Date
		}
	}
	return n
}
