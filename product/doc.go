// Package product holds Prosjektveiviseren's management products
// (ledelsesprodukter, styringsdokumentasjon) as typed documents: the mandate
// for the concept phase and the older project mandate (template 2.5), the
// project proposal, the business case (prosjektbegrunnelse), the phase plan,
// the governing document (styringsdokument), the benefit realisation plan,
// the closure recommendation, the final report and the concept evaluation.
//
// Every document type follows a Template: its sections, their titles in
// bokmål, nynorsk and English, and the product it is. Each document has a
// Header (version, change log, distribution log, status and decision box)
// and a Validate method that reports, as phase.Findings, every template
// section left unanswered, every placeholder ("<prosjektnavn>",
// "xx.xx.xxxx") and every piece of the template's guidance left in. Encode
// and Decode store a document with its template code so it can be read
// back without knowing its type.
//
// The package is pure: it reads no clock and does no I/O. It depends on
// phase, checklist, benefit and stakeholder, and is composed by the root
// package veiviser into a Project.
//
// Non-goals: deciding. A document's completeness is one input to a
// decision point's gate; the decision and its audit trail belong to
// veiviser.Project.
package product
