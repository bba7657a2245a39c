package ooxml

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
)

// Namespaces. Elements are matched by local name within the namespaces
// known for them, so Transitional and Strict Open XML read alike.
const (
	nsW       = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsWStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
	nsMC      = "http://schemas.openxmlformats.org/markup-compatibility/2006"
)

// isW reports whether n is in the WordprocessingML namespace, Transitional
// or Strict.
func isW(n xml.Name) bool { return n.Space == nsW || n.Space == nsWStrict }

// isMC reports whether n is in the markup compatibility namespace.
func isMC(n xml.Name) bool { return n.Space == nsMC }

// attr returns the value of the attribute with local name local in the
// WordprocessingML namespace (or in no namespace, which some producers
// write), and whether it is present.
func attr(se xml.StartElement, local string) (string, bool) {
	for _, a := range se.Attr {
		if a.Name.Local == local && (a.Name.Space == "" || isW(a.Name)) {
			return a.Value, true
		}
	}
	return "", false
}

// plainAttr returns the value of the unqualified attribute local (as used in
// package relationships and content types).
func plainAttr(se xml.StartElement, local string) string {
	for _, a := range se.Attr {
		if a.Name.Local == local && a.Name.Space == "" {
			return a.Value
		}
	}
	return ""
}

// decoder reads the tokens of one part, keeping count of element depth and
// turning every failure into a *FormatError that names the part and the
// position.
type decoder struct {
	d     *xml.Decoder
	part  string
	depth int
	max   int
}

// newDecoder returns a decoder over the XML part named part. Input that is
// not UTF-8 fails as malformed: Word writes UTF-8, and the standard
// library's decoder reads nothing else without help.
func newDecoder(part string, b []byte, maxDepth int) *decoder {
	d := xml.NewDecoder(bytes.NewReader(b))
	d.Strict = true
	return &decoder{d: d, part: part, max: maxDepth}
}

// next returns the next token. At the end of the input it returns io.EOF
// only if every element has been closed; the decoder itself reports an
// unclosed element as a syntax error.
func (x *decoder) next() (xml.Token, error) {
	t, err := x.d.Token()
	if err != nil {
		if err == io.EOF {
			return nil, io.EOF
		}
		return nil, x.fail(ErrMalformedXML, err)
	}
	switch t.(type) {
	case xml.StartElement:
		x.depth++
		if x.depth > x.max {
			return nil, x.fail(ErrTooDeep, fmt.Errorf("elements nested over %d deep", x.max))
		}
	case xml.EndElement:
		x.depth--
	}
	return t, nil
}

// must returns the next token, treating the end of input as an error: it
// is for use inside an element, which the caller knows is still open.
func (x *decoder) must() (xml.Token, error) {
	t, err := x.next()
	if err == io.EOF {
		return nil, x.fail(ErrMalformedXML, io.ErrUnexpectedEOF)
	}
	return t, err
}

// fail returns a *FormatError for this part at the decoder's position.
func (x *decoder) fail(sentinel, cause error) error {
	var fe *FormatError
	if errors.As(cause, &fe) {
		return cause
	}
	line, col := x.d.InputPos()
	return &FormatError{Part: x.part, Line: line, Column: col, Err: sentinel, Cause: cause}
}

// skip consumes the rest of the element whose start tag was just read.
// Unlike xml.Decoder.Skip it keeps checking the depth limit.
func (x *decoder) skip() error {
	base := x.depth
	for {
		t, err := x.must()
		if err != nil {
			return err
		}
		if _, ok := t.(xml.EndElement); ok && x.depth < base {
			return nil
		}
	}
}

// children calls f for each child element of the element whose start tag
// was just read, and returns after its end tag. f must consume the child
// it is given (read to its end tag, or call skip). Character data between
// children is ignored.
func (x *decoder) children(f func(xml.StartElement) error) error {
	base := x.depth
	for {
		t, err := x.must()
		if err != nil {
			return err
		}
		switch t := t.(type) {
		case xml.StartElement:
			if err := f(t); err != nil {
				return err
			}
		case xml.EndElement:
			if x.depth < base {
				return nil
			}
		}
	}
}

// text returns the character data of the element whose start tag was just
// read, up to its end tag, appending it to dst. Child elements (there
// should be none) are skipped.
func (x *decoder) text(dst []byte) ([]byte, error) {
	base := x.depth
	for {
		t, err := x.must()
		if err != nil {
			return dst, err
		}
		switch t := t.(type) {
		case xml.CharData:
			dst = append(dst, t...)
		case xml.StartElement:
			if err := x.skip(); err != nil {
				return dst, err
			}
		case xml.EndElement:
			if x.depth < base {
				return dst, nil
			}
		}
	}
}

// root returns the start tag of the document element, skipping the
// prolog. Input without one is malformed.
func (x *decoder) root() (xml.StartElement, error) {
	for {
		t, err := x.next()
		if err == io.EOF {
			return xml.StartElement{}, x.fail(ErrMalformedXML, errors.New("no root element"))
		}
		if err != nil {
			return xml.StartElement{}, err
		}
		if se, ok := t.(xml.StartElement); ok {
			return se, nil
		}
	}
}

// finish reads to the end of the input, so that trailing garbage after the
// root element is reported as it is by Word.
func (x *decoder) finish() error {
	for {
		t, err := x.next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if _, ok := t.(xml.StartElement); ok {
			return x.fail(ErrMalformedXML, errors.New("more than one root element"))
		}
	}
}

// wellFormed checks that b is one well-formed XML document nested no deeper
// than maxDepth.
func wellFormed(part string, b []byte, maxDepth int) error {
	x := newDecoder(part, b, maxDepth)
	if _, err := x.root(); err != nil {
		return err
	}
	if err := x.skip(); err != nil {
		return err
	}
	return x.finish()
}
