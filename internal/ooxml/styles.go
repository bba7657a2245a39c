package ooxml

import (
	"encoding/xml"
	"strconv"
	"strings"
)

// rawStyle is a style as written, before w:basedOn is followed.
type rawStyle struct {
	Style
	outline int    // w:outlineLvl, 0–9, or -1 when absent
	numID   string // w:numPr/w:numId, "" when absent
	ilvl    int    // w:numPr/w:ilvl, or -1 when absent
}

// resolved is what a paragraph takes from its style.
type resolved struct {
	name    string
	heading int
	toc     bool
	numID   string // "" for none
	ilvl    int
}

// styleSheet holds the paragraph-relevant facts of word/styles.xml.
type styleSheet struct {
	styles        map[string]*rawStyle
	resolved      map[string]resolved
	defaultParaID string
}

// readStyles parses a styles part.
func readStyles(part string, b []byte, maxDepth int) (*styleSheet, error) {
	x := newDecoder(part, trimBOM(b), maxDepth)
	if _, err := x.root(); err != nil {
		return nil, err
	}
	s := &styleSheet{styles: map[string]*rawStyle{}}
	err := x.children(func(se xml.StartElement) error {
		if !isW(se.Name) || se.Name.Local != "style" {
			return x.skip()
		}
		st := &rawStyle{outline: -1, ilvl: -1}
		st.ID, _ = attr(se, "styleId")
		st.Type, _ = attr(se, "type")
		if st.Type == "" {
			st.Type = "paragraph" // the schema's default
		}
		if v, ok := attr(se, "default"); ok {
			st.Default = onOff(v)
		}
		err := x.children(func(se xml.StartElement) error {
			if !isW(se.Name) {
				return x.skip()
			}
			switch se.Name.Local {
			case "name":
				st.Name, _ = attr(se, "val")
			case "basedOn":
				st.BasedOn, _ = attr(se, "val")
			case "pPr":
				return x.children(func(se xml.StartElement) error {
					if !isW(se.Name) {
						return x.skip()
					}
					switch se.Name.Local {
					case "outlineLvl":
						if v, ok := attr(se, "val"); ok {
							st.outline = outlineLevel(v)
						}
					case "numPr":
						return readNumPr(x, &st.numID, &st.ilvl)
					}
					return x.skip()
				})
			}
			return x.skip()
		})
		if err != nil {
			return err
		}
		if _, dup := s.styles[st.ID]; !dup && st.ID != "" {
			s.styles[st.ID] = st
		}
		if st.Type == "paragraph" && st.Default && s.defaultParaID == "" {
			s.defaultParaID = st.ID
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if err := x.finish(); err != nil {
		return nil, err
	}
	s.resolve()
	return s, nil
}

// readNumPr reads a w:numPr whose start tag was just read.
func readNumPr(x *decoder, numID *string, ilvl *int) error {
	return x.children(func(se xml.StartElement) error {
		if isW(se.Name) {
			switch se.Name.Local {
			case "numId":
				if v, ok := attr(se, "val"); ok {
					*numID = strings.TrimSpace(v)
				}
			case "ilvl":
				if v, ok := attr(se, "val"); ok {
					if n, err := strconv.Atoi(strings.TrimSpace(v)); err == nil {
						*ilvl = min(max(n, 0), 8)
					}
				}
			}
		}
		return x.skip()
	})
}

// onOff reads an ST_OnOff value; an attribute that is present without a
// recognised value counts as on.
func onOff(v string) bool {
	switch strings.TrimSpace(v) {
	case "0", "false", "off":
		return false
	}
	return true
}

// outlineLevel reads a w:outlineLvl value: 0–8 are heading levels 1–9 and
// 9 is body text. Anything else counts as absent (-1).
func outlineLevel(v string) int {
	n, err := strconv.Atoi(strings.TrimSpace(v))
	if err != nil || n < 0 || n > 9 {
		return -1
	}
	return n
}

// headingFromOutline turns an outline level 0–9 into a heading level.
func headingFromOutline(o int) int {
	if o >= 0 && o < 9 {
		return o + 1
	}
	return 0
}

// resolve follows every paragraph style's w:basedOn chain once, stopping
// at a cycle or a style that is not defined.
func (s *styleSheet) resolve() {
	s.resolved = make(map[string]resolved, len(s.styles))
	for id, st := range s.styles {
		r := resolved{name: st.Name, ilvl: -1}
		if st.Type != "paragraph" {
			// Heading levels, tables of contents and numbering are
			// paragraph matters.
			s.resolved[id] = resolved{name: st.Name}
			continue
		}
		headingDone, tocDone, numDone := false, false, false
		seen := map[string]bool{}
		for c := st; c != nil && !seen[c.ID]; c = s.styles[c.BasedOn] {
			seen[c.ID] = true
			if !headingDone {
				if c.outline >= 0 {
					r.heading, headingDone = headingFromOutline(c.outline), true
				} else if n := headingFromName(c.Name); n > 0 {
					r.heading, headingDone = n, true
				}
			}
			if !tocDone && isTOCName(c.Name) {
				r.toc, tocDone = true, true
			}
			if !numDone && c.numID != "" {
				r.numID, numDone = c.numID, true
			}
			if r.ilvl < 0 && c.ilvl >= 0 {
				r.ilvl = c.ilvl
			}
		}
		if r.ilvl < 0 {
			r.ilvl = 0
		}
		s.resolved[id] = r
		st.Heading, st.TOC = r.heading, r.toc
	}
}

// public returns the styles as the Document shows them.
func (s *styleSheet) public() map[string]Style {
	out := make(map[string]Style, len(s.styles))
	for id, st := range s.styles {
		out[id] = st.Style
	}
	return out
}

// lookup returns what a paragraph in style id takes from it, and whether
// the style is defined. For an undefined style (or no styles part at all)
// it guesses heading and TOC from the ID.
func (s *styleSheet) lookup(id string) (resolved, bool) {
	if s != nil {
		if r, ok := s.resolved[id]; ok {
			return r, true
		}
	}
	return resolved{heading: headingFromName(id), toc: isTOCID(id)}, false
}

// headingFromName returns N for a heading style name or ID: "heading N",
// "Heading N", "Overskrift N", with or without the space (the built-in
// name, its English and Norwegian display names, and their IDs), N in 1–9.
// Otherwise it returns 0.
func headingFromName(name string) int {
	n, rest := trailingDigit(name)
	if n == 0 {
		return 0
	}
	switch strings.ToLower(strings.TrimSpace(rest)) {
	case "heading", "overskrift":
		return n
	}
	return 0
}

// trailingDigit splits a final digit 1–9 off s.
func trailingDigit(s string) (int, string) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, s
	}
	c := s[len(s)-1]
	if c < '1' || c > '9' {
		return 0, s
	}
	return int(c - '0'), s[:len(s)-1]
}

// isTOCName reports a table-of-contents style name: the built-in "toc 1"…
// "toc 9" and "TOC Heading".
func isTOCName(name string) bool {
	if strings.EqualFold(strings.TrimSpace(name), "toc heading") {
		return true
	}
	n, rest := trailingDigit(name)
	return n > 0 && strings.EqualFold(strings.TrimSpace(rest), "toc")
}

// isTOCID reports the IDs Word gives the table-of-contents styles in
// English and Norwegian ("TOC1", "INNH1", "Innhold1", "TOCHeading",
// "Overskriftforinnholdsfortegnelse"), for documents whose styles part is
// missing.
func isTOCID(id string) bool {
	switch strings.ToLower(id) {
	case "tocheading", "overskriftforinnholdsfortegnelse":
		return true
	}
	n, rest := trailingDigit(id)
	if n == 0 {
		return false
	}
	switch strings.ToLower(strings.TrimSpace(rest)) {
	case "toc", "innh", "innhold":
		return true
	}
	return false
}
