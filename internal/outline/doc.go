// Package outline gives one format-neutral outline of a management product
// (a mandate, a project proposal, a governing document …) whether it comes
// as a Word document made from Digdir's Prosjektveiviseren templates, as a
// plain-text export of one, or as Markdown: an ordered list of headings,
// paragraphs, list items and tables, each with its place in the source.
// MatchHeading then tells which of a template's sections a heading opens,
// also when the author has reworded it.
//
// It is the layer between internal/ooxml, which reads Word files, and the
// mapper in package product, which knows the templates' sections. It knows
// nothing of any particular template.
//
// # Sources
//
// FromDocx takes a document read by internal/ooxml: headings carry Word's
// outline level, tables the resolved grid, and the table of contents is
// left out. ReadText reads a text export, where headings are only lines: it
// finds them through the export's own table of contents and the titles the
// caller knows (TextOptions.Headings). ReadMarkdown reads Markdown, where
// "#" marks headings. See each for the rules.
//
// # Guidance
//
// Digdir's templates tell the author what to write in paragraphs of the
// style "Hjelpetekst", in square brackets: "[Beskriv kort bakgrunnen for
// dette forslaget …]" (see the templates in internal/ooxml/testdata; content
// Digdir, NLOD). A bracket opened in one paragraph often closes several
// paragraphs or list items later, and some paragraphs in other styles are
// bracketed too. So a block is marked Guidance when it is in the style
// Hjelpetekst (Word only), or when it starts with "[" and its brackets
// close at its end, or when it lies inside a bracket an earlier block
// opened; a heading or a table ends such a run, so that an unclosed bracket
// cannot swallow a section. A block that closes its brackets and goes on
// with other text is the author's. What to do with guidance (drop it, warn
// that it was left in) is the caller's decision.
//
// # Bad input
//
// ReadText and ReadMarkdown never panic and take time linear in their
// input. Input over the size limit, binary input and text that is not
// UTF-8 are errors (*InputError naming the line), not replaced characters:
// what is stored must be the author's text. FromDocx cannot fail; the
// limits of internal/ooxml bound what it is given.
//
// The package's functions are safe for concurrent use.
package outline
