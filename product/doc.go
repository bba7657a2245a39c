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
// The documents meet Word through Read and Write. Read takes a Word
// document made from one of Digdir's templates, or a text or Markdown
// export of one, recognises its template, version and language, places
// each section's content in the field the template's section table names,
// and says where in the file each part came from (Imported.Locate), so a
// finding of Validate can be shown at its heading and paragraph. Write
// fills Digdir's template (embedded in the package) or an organisation's
// own copy with a document.
//
// The package is pure: it reads no clock and does no I/O (the templates
// are embedded at compile time). It depends on
// phase, checklist, benefit and stakeholder, and is composed by the root
// package veiviser into a Project.
//
// Non-goals: deciding. A document's completeness is one input to a
// decision point's gate; the decision and its audit trail belong to
// veiviser.Project.
package product
