package checklist

import (
	"maps"
	"slices"
	"time"

	"github.com/digitale-helgeland/veiviser/internal/finding"
	"github.com/digitale-helgeland/veiviser/phase"
)

// evaluateKS evaluates the KS checklist c for a decision that leaves phase
// leaving (within: a sub-phase point inside it) taken on date on, timed as
// the sources say unless o chooses otherwise (see Options.KSBlocking). The
// Evaluation lists the problems that matter at that decision, blocking
// where the timing says so; the Findings are the gate's further notes on
// the timing, with paths relative to c. An invalid on counts as a date
// after every deadline (fails closed): Set.Evaluate passes the zero Date
// for the end of the project.
func (o Options) evaluateKS(c *Checklist, leaving phase.Phase, within bool, on phase.Date) (Evaluation, phase.Findings) {
	// Every unhandled item with why, then judged here: Checklist.evaluate
	// knows each item's phases but not the KS timing.
	r := c.evaluate(phase.Realisation, false, on)
	r.Leaving, r.Ready = leaving, true
	var kept []Problem
	var notes phase.Findings
	for _, p := range r.Problems {
		it := &c.items[p.Index]
		show, block := o.ksTime(it, leaving, within, on)
		if !show {
			continue
		}
		p.Blocking = r.Level.Blocks() && block && p.Reason != StillOpen
		if p.Blocking {
			r.Ready = false
		}
		kept = append(kept, p)
		if _, known := o.budgetYear(); ksTimingOf(it.ID) == ksByDate && !known {
			notes = append(notes, rollOutUnknown(r.Title, p))
		}
	}
	r.Problems = kept
	return r, notes
}

// ksTime reports whether the unhandled KS item it matters at a decision
// that leaves phase leaving (within: inside it) on date on, and whether it
// blocks there.
func (o Options) ksTime(it *Item, leaving phase.Phase, within bool, on phase.Date) (show, block bool) {
	warn, due := it.window(0)
	inWindow := leaving >= warn
	byPhase := leaving > due || leaving == due && !within
	blocking, chosen := o.KSBlocking[it.ID]
	switch ksTimingOf(it.ID) {
	case ksByDate:
		if start, ok := o.budgetYear(); ok {
			reached := !on.IsValid() || !on.Before(start)
			return inWindow || reached, (blocking || !chosen) && reached
		}
		// No roll-out date: advisory, unless the organisation made it
		// blocking, then by phase.
		return inWindow, blocking && byPhase
	case ksAdvisory:
		return inWindow, blocking && byPhase
	}
	return inWindow, (blocking || !chosen) && byPhase
}

// budgetYear returns 1 January of the year before the roll-out, and false
// when RollOut is not a valid date.
func (o Options) budgetYear() (phase.Date, bool) {
	if !o.RollOut.IsValid() {
		return phase.Date{}, false
	}
	d, err := phase.NewDate(o.RollOut.Year-1, time.January, 1)
	return d, err == nil
}

// unknownKSSettings returns an error finding for every key of KSBlocking
// that is not the ID of an item of c, in key order: a setting that names
// no checkpoint is a mistake, and the gate fails closed on it.
func (o Options) unknownKSSettings(c *Checklist) phase.Findings {
	var fs phase.Findings
	for _, id := range slices.Sorted(maps.Keys(o.KSBlocking)) {
		if c.Index(id) >= 0 {
			continue
		}
		fs = append(fs, finding.New("checklist.ks_setting_unknown", "", phase.SeverityError, phase.Text{
			NB: c.Title.NB + ": innstillingen for punkt «" + id + "» gjelder ikke noe punkt i sjekklisten",
			NN: c.Title.NN + ": innstillinga for punkt «" + id + "» gjeld ikkje noko punkt i sjekklista",
			EN: c.Title.EN + ": the setting for item “" + id + "” names no item of the checklist",
		}))
	}
	return fs
}

func rollOutUnknown(title phase.Text, p Problem) phase.Finding {
	return finding.New("checklist.rollout_unknown", itemPath(p.Index), phase.SeverityWarning, phase.Text{
		NB: title.NB + ", punkt " + p.ID + ": datoen for innføringen i kommunesektoren er ikke kjent, så budsjettåret før innføringen kan ikke fastsettes",
		NN: title.NN + ", punkt " + p.ID + ": datoen for innføringa i kommunesektoren er ikkje kjend, så budsjettåret før innføringa kan ikkje fastsetjast",
		EN: title.EN + ", item " + p.ID + ": the date of the roll-out in the municipal sector is not known, so the budget year before the roll-out cannot be set",
	})
}

// KSPublished returns the date Difi published its "Sjekkliste for
// involvering av kommunesektoren": 16 November 2017 (seed 004: "Publisert:
// 16. nov 2017, Sist endra: 02. des 2017"). A decision taken before then is
// not checked against it: a checklist that did not exist could not be
// followed. The gate says so in an information finding,
// "checklist.ks_not_published".
func KSPublished() phase.Date { return phase.MustDate("16.11.2017") }

// notYetPublished says that the KS checklist did not exist on date d.
func notYetPublished(path string, d phase.Date) phase.Finding {
	return finding.New("checklist.ks_not_published", path, phase.SeverityInfo, phase.Text{
		NB: "Sjekklisten for involvering av kommunesektoren ble publisert " + KSPublished().Norwegian() + "; beslutningen " + d.Norwegian() + " kontrolleres ikke mot den",
		NN: "Sjekklista for involvering av kommunesektoren vart publisert " + KSPublished().Norwegian() + "; vedtaket " + d.Norwegian() + " blir ikkje kontrollert mot henne",
		EN: "The checklist for involving the municipal sector was published on " + KSPublished().Norwegian() + "; the decision of " + d.Norwegian() + " is not checked against it",
	})
}
