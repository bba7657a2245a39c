package product

import (
	"github.com/digitale-helgeland/veiviser/phase"
)

// Document is a management product (styringsdokument) of Prosjektveiviseren
// as a typed document: a Mandate, a ProjectMandate, a ProjectProposal, a
// BusinessCase, a PhasePlan, a GoverningDocument, a BenefitPlan, a
// ClosureRecommendation, a FinalReport or a ConceptEvaluation. A Project
// holds any of them.
//
// Every implementation in this package is a pointer to a plain struct that
// encodes losslessly as JSON; Encode and Decode add the
// template name so a stored document can be read back without knowing its
// type in advance. Documents are not safe for concurrent use while being
// changed; Validate, Head, Kind and Template only read.
type Document interface {
	// Kind returns which management product the document is.
	Kind() phase.Product
	// Template returns the template the document follows; two templates
	// (Mandate and ProjectMandate) give the same Kind.
	Template() Template
	// Head returns a deep copy of the document's header: version, change
	// log, distribution log, status and decision box.
	Head() Header
	// Validate reports every incomplete or malformed part of the document:
	// unanswered template sections, template placeholders and guidance
	// left in, and, once the document is approved, an incomplete decision
	// box. It never modifies the document.
	Validate() phase.Findings

	// sealed keeps the set of documents to this package's types, which all
	// encode, decode and copy losslessly.
	sealed()
}

// Section is the answer to one section (punkt) of a template: the text the
// author wrote and any titled parts (underpunkter) the author added below
// it. A section is answered when its text or one of its parts holds text;
// a section that does not apply is answered with «Ikke relevant» (see
// phase.IsNotRelevant).
type Section struct {
	Text  string `json:"text,omitempty"`
	Parts []Part `json:"parts,omitempty"`
}

// Part is a titled part of a Section, such as "Styringsgruppe" under
// "Organisering og ansvar i konseptfasen".
type Part struct {
	Title string `json:"title"`
	Text  string `json:"text"`
}

// Answered reports whether s holds an answer, in its text or in a part:
// text that is not blank and does not merely say nothing ("-", "TBD",
// «Kommer senere»; see phase.SaysNothing).
func (s Section) Answered() bool {
	if !phase.SaysNothing(s.Text) {
		return true
	}
	for _, p := range s.Parts {
		if !phase.SaysNothing(p.Text) {
			return true
		}
	}
	return false
}

// cloneSlice copies a slice, keeping nil as nil.
func cloneSlice[S ~[]E, E any](s S) S {
	if s == nil {
		return nil
	}
	return append(S(make([]E, 0, len(s))), s...)
}
