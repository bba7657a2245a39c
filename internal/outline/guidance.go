package outline

import "strings"

// bracketRun follows the square brackets in which Digdir's templates put
// their guidance ("[Beskriv kort bakgrunnen …]"). Guidance often runs over
// several paragraphs and list items, opened by "[" in the first and closed
// by "]" in the last; a run also ends at a heading or a table, so that an
// unclosed bracket (the templates have some) cannot swallow a section.
// The zero value is outside any run.
type bracketRun struct {
	depth int // brackets open, > 0 inside a run
}

// reset ends the current run, if any.
func (g *bracketRun) reset() { g.depth = 0 }

// feed reads the next paragraph's text and reports whether it is guidance
// as a whole: outside a run, a text that starts with "[" and whose
// brackets close at its end (several bracketed groups in a row count as
// one); inside a run, a text that does not close it, or closes it at its
// end. A text that closes its brackets and goes on ("[Beskriv …] Vi
// skal …") is the author's, not guidance, and ends the run. Markdown's
// escapes ("\[") and emphasis ("*[…]*") around the brackets are looked
// through. It reads each byte once.
func (g *bracketRun) feed(text string) bool {
	s := strings.Trim(text, " \t*_\\")
	if g.depth == 0 && !strings.HasPrefix(s, "[") {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '[':
			g.depth++
		case ']':
			if g.depth == 0 {
				continue // a stray "]" outside a run
			}
			g.depth--
			if g.depth > 0 {
				continue
			}
			// Closed: guidance only if nothing but further groups follow.
			j := i + 1
			for j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == '\\' || s[j] == '*' || s[j] == '_') {
				j++
			}
			if j == len(s) {
				return true
			}
			if s[j] != '[' {
				return false
			}
			i = j - 1 // the next group opens at j
		}
	}
	return true
}
