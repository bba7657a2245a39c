// Package report renders a project's status and a portfolio's overview as
// self-contained HTML pages that people would rather look at than a list
// of findings: a phase ribbon with the decision points, the next decision
// and what it still lacks, the checklists, each benefit indicator as a
// small chart, the stakeholder quadrant, the decision log with its
// verification, the documents with what the check found; and for a
// portfolio the overview table and a timeline of every project's phases.
//
// RenderProject and RenderPortfolio write one HTML page each. They are
// pure and deterministic: the date the page is made on comes from the
// caller (Options.Today), nothing reads the clock, the files or the
// network, and the same input gives the same bytes.
//
// # The page
//
// The page is self-contained: its style is inline CSS, its charts inline
// SVG; it has no JavaScript and loads no fonts, scripts or images from
// anywhere (public-sector pages must not call third parties without the
// reader's consent). It prints on A4.
//
// Everything a user typed is escaped by html/template. Labels come in
// bokmål, nynorsk or English (Options.Language), from the library's own
// enumerations wherever one has the word; numbers and dates are written in
// Norwegian form (1 234,5; 28.05.2020) in every language, as the library's
// other reports write them.
//
// # Accessibility
//
// Norwegian public bodies must meet WCAG 2.1 AA (forskrift om universell
// utforming av IKT-løsninger, § 4). Every chart is an svg with role="img",
// a title and a description, and its data is also in a real table with
// header cells beside it; no state is told by colour alone (each has a
// word or a shape too); text and the marks that carry meaning have at
// least the contrast WCAG asks for; headings are real headings in order.
//
// # What this package does not do
//
// It does not decide anything or change a project: it shows what the
// library's own functions say (Project.Next, Project.Validate,
// Project.Verify, Indicator.Achievement, Register.Classify,
// Portfolio.Overview). It writes no files; the command veiviser report
// does.
package report
