package checklist

import (
	"github.com/digitale-helgeland/veiviser/internal/finding"
	"github.com/digitale-helgeland/veiviser/phase"
)

// Findings returns the report as phase findings, one per problem, with
// paths relative to the checklist ("items[3]"): codes
// "checklist.unanswered", "checklist.unfavourable",
// "checklist.comment_missing" and "checklist.still_open"; blocking
// problems are errors, the others warnings. A waived checklist gives one
// warning, "checklist.waived", carrying the justification.
func (r Evaluation) Findings() phase.Findings {
	var fs phase.Findings
	if r.Waived {
		fs = append(fs, finding.New("checklist.waived", "", phase.SeverityWarning, phase.Text{
			NB: r.Title.NB + " er fraveket: " + r.Justification,
			NN: r.Title.NN + " er fråvikt: " + r.Justification,
			EN: r.Title.EN + " is waived: " + r.Justification,
		}))
	}
	for _, p := range r.Problems {
		fs = append(fs, r.finding(p))
	}
	return fs
}

func (r Evaluation) finding(p Problem) phase.Finding {
	sev := phase.SeverityWarning
	if p.Blocking {
		sev = phase.SeverityError
	}
	return finding.New(p.Reason.code(), itemPath(p.Index), sev, phase.Text{
		NB: r.Title.NB + ", punkt " + p.ID + ": " + p.Reason.Label(phase.Bokmal),
		NN: r.Title.NN + ", punkt " + p.ID + ": " + p.Reason.Label(phase.Nynorsk),
		EN: r.Title.EN + ", item " + p.ID + ": " + p.Reason.Label(phase.English),
	})
}
