package product

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// The writer's view of word/document.xml: a tree of element spans over the
// original bytes, from one pass of encoding/xml's RawToken. Each node knows
// where its element starts and ends in the part, so the writer can copy
// what it keeps byte for byte and splice in what it makes (see splice).
// Prefixes are resolved against the xmlns declarations in scope, so that
// a document that binds WordprocessingML to another prefix, or to none,
// reads alike.

// The namespaces the writer looks at.
const (
	nsW       = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsWStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
	nsMC      = "http://schemas.openxmlformats.org/markup-compatibility/2006"
)

// xnode is one element of the part.
type xnode struct {
	space, local string // namespace URI and local name
	prefix       string // the prefix as written
	start, end   int    // the element's bytes: part[start:end]
	open, close  int    // its content: part[open:close] (open == close for <x/>)
	attrs        []xml.Attr
	kids         []*xnode
	parent       *xnode
	info         *paraInfo // paraOf's answer for a w:p, once asked
}

// isW reports whether n is the WordprocessingML element local.
func (n *xnode) isW(local string) bool {
	return n != nil && n.local == local && (n.space == nsW || n.space == nsWStrict)
}

// child returns n's first child that is the WordprocessingML element local.
func (n *xnode) child(local string) *xnode {
	for _, k := range n.kids {
		if k.isW(local) {
			return k
		}
	}
	return nil
}

// attr returns the value of n's attribute with local name local, whatever
// its prefix (WordprocessingML attributes are in the w: namespace, which a
// document may bind to any prefix).
func (n *xnode) attr(local string) string {
	for _, a := range n.attrs {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// walk calls f for n and every element below it, depth first, in document
// order, not descending below a node for which f returns false.
func (n *xnode) walk(f func(*xnode) bool) {
	if !f(n) {
		return
	}
	for _, k := range n.kids {
		k.walk(f)
	}
}

// scanned is a parsed document part.
type scanned struct {
	src  []byte
	root *xnode
	body *xnode
	// wPrefix is the prefix the body's WordprocessingML elements use ("w"
	// in every document Word writes; "" when the namespace is the default
	// one), for the elements the writer makes.
	wPrefix string
	strict  bool
}

// Errors about a template's main part, which Write reports with
// ErrBadTemplate.
var (
	errNoBody   = errors.New("no w:body in the main document part")
	errNoPrefix = errors.New("WordprocessingML is the default namespace, bound to no prefix")
)

// scan parses part into element spans. maxDepth bounds nesting. The
// caller checks that a main document part has a body.
func scan(part []byte, maxDepth int) (*scanned, error) {
	d := xml.NewDecoder(bytes.NewReader(part))
	type binding struct{ prefix, uri string }
	var ns []binding
	var scopes []int // len(ns) before each open element
	resolve := func(prefix string) string {
		if prefix == "xml" {
			return "http://www.w3.org/XML/1998/namespace"
		}
		for i := len(ns) - 1; i >= 0; i-- {
			if ns[i].prefix == prefix {
				return ns[i].uri
			}
		}
		return ""
	}
	s := &scanned{src: part}
	var stack []*xnode
	inside := 0 // depth in an opaque element, itself counted
	for {
		before := int(d.InputOffset())
		tok, err := d.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if inside > 0 {
				inside++
				if len(stack)+inside > maxDepth {
					return nil, fmt.Errorf("elements nested deeper than %d", maxDepth)
				}
				continue
			}
			scopes = append(scopes, len(ns))
			for _, a := range t.Attr {
				switch {
				case a.Name.Space == "xmlns":
					ns = append(ns, binding{a.Name.Local, a.Value})
				case a.Name.Space == "" && a.Name.Local == "xmlns":
					ns = append(ns, binding{"", a.Value})
				}
			}
			n := &xnode{
				space: resolve(t.Name.Space), local: t.Name.Local, prefix: t.Name.Space,
				start: before, open: int(d.InputOffset()),
			}
			if n.space == nsW || n.space == nsWStrict {
				n.attrs = t.Attr // RawToken makes a new slice for every element
			}
			if len(stack) > 0 {
				n.parent = stack[len(stack)-1]
				n.parent.kids = append(n.parent.kids, n)
			} else if s.root == nil {
				s.root = n
			} else {
				return nil, errors.New("more than one root element")
			}
			if len(stack) >= maxDepth {
				return nil, fmt.Errorf("elements nested deeper than %d", maxDepth)
			}
			stack = append(stack, n)
			if s.body == nil && n.isW("body") {
				s.body, s.wPrefix, s.strict = n, t.Name.Space, n.space == nsWStrict
			}
			if opaque(n) {
				inside = 1
			}
		case xml.EndElement:
			if inside > 1 {
				inside--
				continue
			}
			inside = 0
			if len(stack) == 0 {
				return nil, fmt.Errorf("unexpected end element %s", t.Name.Local)
			}
			n := stack[len(stack)-1]
			if t.Name.Local != n.local || t.Name.Space != n.prefix {
				return nil, fmt.Errorf("element %s closed by %s", n.local, t.Name.Local)
			}
			n.close, n.end = before, int(d.InputOffset())
			if n.close < n.open { // <x/>: RawToken gives the end at the same offset
				n.close = n.open
			}
			stack = stack[:len(stack)-1]
			ns = ns[:scopes[len(scopes)-1]]
			scopes = scopes[:len(scopes)-1]
		}
	}
	if len(stack) != 0 {
		return nil, io.ErrUnexpectedEOF
	}
	if s.root == nil {
		return nil, io.ErrUnexpectedEOF
	}
	return s, nil
}

// opaque reports whether the writer never looks inside element n: a
// drawing, picture, embedded object or alternate content, which it keeps
// or drops whole. Not making nodes for them saves most of the tree of a
// template with diagrams.
func opaque(n *xnode) bool {
	if n.space == nsMC {
		return n.local == "AlternateContent"
	}
	return n.isW("drawing") || n.isW("pict") || n.isW("object")
}

// bytesOf returns the bytes of n in the part.
func (s *scanned) bytesOf(n *xnode) []byte { return s.src[n.start:n.end] }

// paraInfo is what the writer knows of a w:p.
type paraInfo struct {
	n       *xnode
	style   string // w:pStyle, or "" for the default paragraph style
	outline int    // w:outlineLvl + 1 of the paragraph itself, 0 when not set
	text    string // as Word shows it: w:t, w:tab as "\t", w:br and w:cr as "\n"
	sectPr  bool   // holds the properties of a document section
	drawing bool   // holds a drawing, picture, object or text box
}

// paraOf reads the paragraph n. The answer is kept in n, so a scanned
// part is for one goroutine.
func (s *scanned) paraOf(n *xnode) paraInfo {
	if n.info != nil {
		return *n.info
	}
	p := paraInfo{n: n}
	if ppr := n.child("pPr"); ppr != nil {
		if st := ppr.child("pStyle"); st != nil {
			p.style = st.attr("val")
		}
		if ol := ppr.child("outlineLvl"); ol != nil {
			if v := ol.attr("val"); len(v) == 1 && v[0] >= '0' && v[0] <= '8' {
				p.outline = int(v[0]-'0') + 1
			} else if v == "9" {
				p.outline = -1 // body text, overriding the style
			}
		}
		p.sectPr = ppr.child("sectPr") != nil
	}
	var b strings.Builder
	s.textOf(n, &b, &p.drawing)
	p.text = b.String()
	n.info = &p
	return p
}

// textOf appends the text of the runs under n to b, not descending into
// paragraph properties, drawings, text boxes or the fallback of
// alternate content, and notes whether it met a drawing.
func (s *scanned) textOf(n *xnode, b *strings.Builder, drawing *bool) {
	for _, k := range n.kids {
		if k.space == nsMC && k.local == "AlternateContent" {
			*drawing = true
			continue
		}
		if k.space != nsW && k.space != nsWStrict {
			continue
		}
		switch k.local {
		case "pPr", "rPr":
		case "drawing", "pict", "object", "txbxContent":
			*drawing = true
		case "t":
			b.WriteString(s.charData(k))
		case "tab":
			b.WriteByte('\t')
		case "br", "cr":
			b.WriteByte('\n')
		case "noBreakHyphen":
			b.WriteByte('-')
		default:
			s.textOf(k, b, drawing)
		}
	}
}

// charData returns the text content of the element n, unescaped.
func (s *scanned) charData(n *xnode) string {
	raw := s.src[n.open:n.close]
	if bytes.IndexByte(raw, '&') < 0 && bytes.IndexByte(raw, '<') < 0 && bytes.IndexByte(raw, '\r') < 0 {
		return string(raw)
	}
	d := xml.NewDecoder(bytes.NewReader(s.src[n.start:n.end]))
	var b strings.Builder
	for {
		tok, err := d.RawToken()
		if err != nil {
			break
		}
		if cd, ok := tok.(xml.CharData); ok {
			b.Write(cd)
		}
	}
	return b.String()
}
