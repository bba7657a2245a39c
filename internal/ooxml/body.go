package ooxml

import (
	"encoding/xml"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// maxGrid bounds the grid columns, spans and gaps a table may claim. Word
// allows at most 63 columns; the bound keeps Table.Grid proportional to
// the input whatever a hostile document declares.
const maxGrid = 64

// maxInstr is how much of a field instruction is kept: enough for its
// first word, the field type.
const maxInstr = 64

// field is an open complex field, from w:fldChar begin to end.
type field struct {
	result bool   // past w:fldChar separate: runs show the result
	toc    bool   // a TOC field
	instr  []byte // the start of the instruction
}

// bodyParser reads the main document part token by token into blocks. It
// keeps no DOM: each paragraph's text is collected as its tokens go by.
type bodyParser struct {
	x         *decoder
	styles    *styleSheet // nil without a styles part
	maxFields int
	nPara     int
	nTable    int
	fields    []field // open complex fields of the current story
	inInstr   int     // how many of fields are in their instruction
	inTOCFld  int     // how many of fields are TOC fields in their result
	tocSDT    int     // open content controls of the Table of Contents gallery
	textBox   int     // open text boxes
}

// paragraphState is what is gathered while one w:p is read.
type paragraphState struct {
	text     []byte
	toc      bool
	boxes    []Block // content of text boxes anchored here
	style    string
	hasStyle bool
	numID    string
	ilvl     int // -1 when not given
	outline  int // -1 when not given
}

// readDocument parses the main document part.
func readDocument(part string, b []byte, styles *styleSheet, lim Limits) (*Document, error) {
	x := newDecoder(part, trimBOM(b), lim.MaxDepth)
	root, err := x.root()
	if err != nil {
		return nil, err
	}
	if !isW(root.Name) || root.Name.Local != "document" {
		return nil, &FormatError{Part: part, Err: ErrNotWordDocument,
			Cause: fmt.Errorf("root element is {%s}%s, not w:document", root.Name.Space, root.Name.Local)}
	}
	d := &Document{Part: part, Strict: root.Name.Space == nsWStrict}
	p := &bodyParser{x: x, styles: styles, maxFields: lim.MaxDepth}
	err = x.children(func(se xml.StartElement) error {
		if isW(se.Name) && se.Name.Local == "body" {
			return p.blocks(&d.Blocks)
		}
		return x.skip()
	})
	if err != nil {
		return nil, err
	}
	return d, x.finish()
}

// readMargin reads a header or footer part (w:hdr, w:ftr): its paragraphs
// and tables, as the body's are read. A part whose root is something else
// is a FormatError.
func readMargin(part string, b []byte, styles *styleSheet, lim Limits) ([]Block, error) {
	x := newDecoder(part, trimBOM(b), lim.MaxDepth)
	root, err := x.root()
	if err != nil {
		return nil, err
	}
	if !isW(root.Name) || root.Name.Local != "hdr" && root.Name.Local != "ftr" {
		return nil, &FormatError{Part: part, Err: ErrCorrupt,
			Cause: fmt.Errorf("root element is {%s}%s, not w:hdr or w:ftr", root.Name.Space, root.Name.Local)}
	}
	p := &bodyParser{x: x, styles: styles, maxFields: lim.MaxDepth}
	var out []Block
	if err := p.blocks(&out); err != nil {
		return nil, err
	}
	return out, x.finish()
}

// blocks appends the block-level content of the element whose start tag
// was just read (w:body, w:tc, w:txbxContent, …) to *out.
func (p *bodyParser) blocks(out *[]Block) error {
	var handle func(xml.StartElement) error
	handle = func(se xml.StartElement) error { return p.block(se, out, handle) }
	return p.x.children(handle)
}

// block reads one child of a block container and appends what it holds to
// *out. again is the handler of the container, for the children of
// wrappers.
func (p *bodyParser) block(se xml.StartElement, out *[]Block, again func(xml.StartElement) error) error {
	if isMC(se.Name) && se.Name.Local == "AlternateContent" {
		return p.alternate(again)
	}
	if !isW(se.Name) {
		return p.x.skip()
	}
	switch se.Name.Local {
	case "p":
		return p.paragraph(out)
	case "tbl":
		t, err := p.table()
		*out = append(*out, t)
		return err
	case "sdt":
		return p.sdt(again)
	case "customXml", "ins", "moveTo", "smartTag":
		return p.x.children(again)
	}
	// w:del and w:moveFrom (content that tracked changes remove),
	// w:sectPr, w:bookmarkStart, w:altChunk (imported content kept in
	// another part) and the rest hold nothing to read here.
	return p.x.skip()
}

// alternate reads an mc:AlternateContent whose start tag was just read:
// the first mc:Choice, or the mc:Fallback when no Choice comes first; never
// both. Office shows the first Choice it understands; for the text boxes
// and shapes Word writes, Choice (DrawingML) and Fallback (VML) hold the
// same paragraphs, so reading one of them reads them once.
func (p *bodyParser) alternate(handle func(xml.StartElement) error) error {
	taken := false
	return p.x.children(func(se xml.StartElement) error {
		if isMC(se.Name) && (se.Name.Local == "Choice" || se.Name.Local == "Fallback") && !taken {
			taken = true
			return p.x.children(handle)
		}
		return p.x.skip()
	})
}

// sdt reads a content control (w:sdt) whose start tag was just read:
// its content is ordinary content, handled by handle; its properties say
// whether it is a table of contents.
func (p *bodyParser) sdt(handle func(xml.StartElement) error) error {
	toc := false
	return p.x.children(func(se xml.StartElement) error {
		if !isW(se.Name) {
			return p.x.skip()
		}
		switch se.Name.Local {
		case "sdtPr":
			var err error
			toc, err = p.sdtIsTOC()
			return err
		case "sdtContent":
			if toc {
				p.tocSDT++
				defer func() { p.tocSDT-- }()
			}
			return p.x.children(handle)
		}
		return p.x.skip()
	})
}

// sdtIsTOC reads a w:sdtPr whose start tag was just read and reports
// whether it puts the control in the "Table of Contents" building-block
// gallery (w:docPartObj/w:docPartGallery), as Word does for a generated
// table of contents.
func (p *bodyParser) sdtIsTOC() (bool, error) {
	toc := false
	var walk func(xml.StartElement) error
	walk = func(se xml.StartElement) error {
		if isW(se.Name) && se.Name.Local == "docPartGallery" {
			v, _ := attr(se, "val")
			toc = toc || strings.EqualFold(strings.TrimSpace(v), "Table of Contents")
			return p.x.skip()
		}
		return p.x.children(walk)
	}
	err := p.x.children(walk)
	return toc, err
}

// paragraph reads a w:p whose start tag was just read and appends it to
// *out, followed by the content of its text boxes.
func (p *bodyParser) paragraph(out *[]Block) error {
	p.nPara++
	para := &Paragraph{Index: p.nPara, InTextBox: p.textBox > 0}
	st := &paragraphState{ilvl: -1, outline: -1, toc: p.inTOC()}
	var inline func(xml.StartElement) error
	inline = func(se xml.StartElement) error { return p.inline(st, se, inline) }
	if err := p.x.children(inline); err != nil {
		return err
	}

	id := st.style
	if !st.hasStyle && p.styles != nil {
		id = p.styles.defaultParaID
	}
	r, _ := p.styles.lookup(id)
	para.StyleID, para.StyleName = id, r.name
	para.Heading = r.heading
	if st.outline >= 0 {
		para.Heading = headingFromOutline(st.outline)
	}
	para.TOC = st.toc || r.toc
	numID, ilvl := r.numID, r.ilvl
	if st.numID != "" {
		numID = st.numID
	}
	if st.ilvl >= 0 {
		ilvl = st.ilvl
	}
	if n, err := strconv.Atoi(numID); err == nil && n != 0 {
		para.ListLevel = max(ilvl, 0) + 1
	}
	para.Text = string(st.text)
	*out = append(*out, para)
	*out = append(*out, st.boxes...)
	return nil
}

// inTOC reports whether content read now belongs to a table of contents by
// its place: in a TOC content control or in the result of a TOC field.
func (p *bodyParser) inTOC() bool { return p.tocSDT > 0 || p.inTOCFld > 0 }

// visible reports whether run content read now is shown: it is not while
// any open field is still in its instruction.
func (p *bodyParser) visible() bool { return p.inInstr == 0 }

// inline reads one child of a paragraph or of an inline wrapper.
func (p *bodyParser) inline(st *paragraphState, se xml.StartElement, again func(xml.StartElement) error) error {
	if isMC(se.Name) && se.Name.Local == "AlternateContent" {
		return p.alternate(again)
	}
	if !isW(se.Name) {
		return p.x.skip() // m:oMath and other vocabularies
	}
	switch se.Name.Local {
	case "pPr":
		return p.paragraphProperties(st)
	case "r":
		return p.x.children(func(se xml.StartElement) error { return p.run(st, se) })
	case "hyperlink", "smartTag", "customXml", "ins", "moveTo", "dir", "bdo":
		return p.x.children(again)
	case "fldSimple":
		if instr, _ := attr(se, "instr"); isTOCField(instr) && p.visible() {
			st.toc = true
		}
		return p.x.children(again) // its content is the field result
	case "sdt":
		return p.sdt(again)
	case "ruby":
		return p.x.children(func(se xml.StartElement) error {
			if isW(se.Name) && se.Name.Local == "rubyBase" {
				return p.x.children(again)
			}
			return p.x.skip() // w:rt, the phonetic guide, and w:rubyPr
		})
	}
	// w:del and w:moveFrom hold removed text; w:proofErr, bookmarks and
	// comment ranges hold none.
	return p.x.skip()
}

// paragraphProperties reads a w:pPr whose start tag was just read. Its
// w:pPrChange (the properties before a tracked change) is skipped, as is
// w:rPr (the paragraph mark's run properties).
func (p *bodyParser) paragraphProperties(st *paragraphState) error {
	return p.x.children(func(se xml.StartElement) error {
		if !isW(se.Name) {
			return p.x.skip()
		}
		switch se.Name.Local {
		case "pStyle":
			st.style, st.hasStyle = attr(se, "val")
			if p.styles != nil {
				if r, ok := p.styles.styles[st.style]; ok {
					st.style = r.ID // share the string rather than keep one per paragraph
				}
			}
		case "numPr":
			return readNumPr(p.x, &st.numID, &st.ilvl)
		case "outlineLvl":
			if v, ok := attr(se, "val"); ok {
				st.outline = outlineLevel(v)
			}
		}
		return p.x.skip()
	})
}

// emit appends visible text to the paragraph.
func (p *bodyParser) emit(st *paragraphState, s string) {
	if p.visible() {
		st.text = append(st.text, s...)
		st.toc = st.toc || p.inTOC()
	}
}

// run reads one child of a w:r.
func (p *bodyParser) run(st *paragraphState, se xml.StartElement) error {
	if isMC(se.Name) && se.Name.Local == "AlternateContent" {
		return p.alternate(func(se xml.StartElement) error { return p.run(st, se) })
	}
	if !isW(se.Name) {
		return p.x.skip()
	}
	switch se.Name.Local {
	case "t":
		if !p.visible() {
			return p.x.skip()
		}
		var err error
		st.text, err = p.x.text(st.text)
		st.toc = st.toc || p.inTOC()
		return err
	case "tab", "ptab":
		p.emit(st, "\t")
	case "br", "cr":
		p.emit(st, "\n")
	case "noBreakHyphen":
		p.emit(st, "-")
	case "sym":
		if v, ok := attr(se, "char"); ok {
			if n, err := strconv.ParseUint(strings.TrimSpace(v), 16, 32); err == nil && utf8.ValidRune(rune(n)) {
				p.emit(st, string(rune(n)))
			}
		}
	case "fldChar":
		typ, _ := attr(se, "fldCharType")
		if err := p.fieldChar(st, typ); err != nil {
			return err
		}
	case "instrText":
		if n := len(p.fields); n > 0 && !p.fields[n-1].result {
			f := &p.fields[n-1]
			b, err := p.x.text(nil)
			f.instr = append(f.instr, b[:min(len(b), maxInstr-min(len(f.instr), maxInstr))]...)
			return err
		}
	case "drawing", "pict", "object":
		return p.shapes(st)
	}
	// w:delText and w:delInstrText are deleted text; w:rPr, w:softHyphen
	// (an optional hyphen, invisible unless a line breaks there),
	// w:lastRenderedPageBreak and note references show no text here.
	return p.x.skip()
}

// fieldChar handles a w:fldChar of type typ.
func (p *bodyParser) fieldChar(st *paragraphState, typ string) error {
	n := len(p.fields)
	switch typ {
	case "begin":
		if n >= p.maxFields {
			return p.x.fail(ErrTooDeep, fmt.Errorf("fields nested over %d deep", p.maxFields))
		}
		p.fields = append(p.fields, field{})
		p.inInstr++
	case "separate":
		if n > 0 && !p.fields[n-1].result {
			f := &p.fields[n-1]
			f.result = true
			p.inInstr--
			if f.toc = isTOCField(string(f.instr)); f.toc {
				p.inTOCFld++
				st.toc = st.toc || p.visible()
			}
		}
	case "end":
		if n > 0 {
			f := p.fields[n-1]
			if !f.result {
				p.inInstr--
			}
			if f.toc {
				p.inTOCFld--
			}
			p.fields = p.fields[:n-1]
		}
	}
	return nil
}

// isTOCField reports whether a field instruction is a TOC field: its
// first word is TOC.
func isTOCField(instr string) bool {
	w, _, _ := strings.Cut(strings.TrimSpace(instr), " ")
	return strings.EqualFold(w, "TOC")
}

// shapes reads a w:drawing, w:pict or w:object whose start tag was just
// read, looking for text boxes (w:txbxContent) at any depth. Their
// content becomes blocks that follow the paragraph. A text box is a story
// of its own: fields open outside it do not reach into it.
func (p *bodyParser) shapes(st *paragraphState) error {
	var walk func(xml.StartElement) error
	walk = func(se xml.StartElement) error {
		switch {
		case isW(se.Name) && se.Name.Local == "txbxContent":
			fields, inInstr, inTOCFld := p.fields, p.inInstr, p.inTOCFld
			p.fields, p.inInstr, p.inTOCFld = nil, 0, 0
			p.textBox++
			err := p.blocks(&st.boxes)
			p.textBox--
			p.fields, p.inInstr, p.inTOCFld = fields, inInstr, inTOCFld
			return err
		case isMC(se.Name) && se.Name.Local == "AlternateContent":
			return p.alternate(walk)
		}
		return p.x.children(walk)
	}
	return p.x.children(walk)
}

// table reads a w:tbl whose start tag was just read.
func (p *bodyParser) table() (*Table, error) {
	p.nTable++
	t := &Table{Index: p.nTable, InTextBox: p.textBox > 0}
	var rows func(xml.StartElement) error
	rows = func(se xml.StartElement) error {
		if isMC(se.Name) && se.Name.Local == "AlternateContent" {
			return p.alternate(rows)
		}
		if !isW(se.Name) {
			return p.x.skip()
		}
		switch se.Name.Local {
		case "tblGrid":
			return p.x.children(func(se xml.StartElement) error {
				if isW(se.Name) && se.Name.Local == "gridCol" {
					t.Columns = min(t.Columns+1, maxGrid)
				}
				return p.x.skip()
			})
		case "tr":
			r, keep, err := p.row()
			if keep {
				t.Rows = append(t.Rows, r)
			}
			return err
		case "sdt":
			return p.sdt(rows)
		case "customXml", "ins", "moveTo":
			return p.x.children(rows)
		}
		return p.x.skip()
	}
	err := p.x.children(rows)
	return t, err
}

// row reads a w:tr whose start tag was just read. It reports keep false
// for a row that tracked changes delete (w:trPr/w:del) and for a row
// without cells, which Word does not write.
func (p *bodyParser) row() (Row, bool, error) {
	var r Row
	deleted := false
	var cells func(xml.StartElement) error
	cells = func(se xml.StartElement) error {
		if isMC(se.Name) && se.Name.Local == "AlternateContent" {
			return p.alternate(cells)
		}
		if !isW(se.Name) {
			return p.x.skip()
		}
		switch se.Name.Local {
		case "trPr":
			return p.x.children(func(se xml.StartElement) error {
				if isW(se.Name) {
					switch se.Name.Local {
					case "gridBefore":
						r.GridBefore = gridCount(se, 0)
					case "gridAfter":
						r.GridAfter = gridCount(se, 0)
					case "del":
						deleted = true
					}
				}
				return p.x.skip()
			})
		case "tc":
			c, err := p.cell()
			r.Cells = append(r.Cells, c)
			return err
		case "sdt":
			return p.sdt(cells)
		case "customXml", "ins", "moveTo":
			return p.x.children(cells)
		}
		return p.x.skip()
	}
	err := p.x.children(cells)
	return r, !deleted && len(r.Cells) > 0, err
}

// gridCount reads the w:val of a w:gridSpan, w:gridBefore or w:gridAfter,
// bounded by maxGrid; def when missing or not a number.
func gridCount(se xml.StartElement, def int) int {
	v, _ := attr(se, "val")
	n, err := strconv.Atoi(strings.TrimSpace(v))
	if err != nil {
		return def
	}
	return min(max(n, 0), maxGrid)
}

// cell reads a w:tc whose start tag was just read.
func (p *bodyParser) cell() (Cell, error) {
	c := Cell{GridSpan: 1}
	var handle func(xml.StartElement) error
	handle = func(se xml.StartElement) error {
		if isW(se.Name) && se.Name.Local == "tcPr" {
			return p.x.children(func(se xml.StartElement) error {
				if isW(se.Name) {
					switch se.Name.Local {
					case "gridSpan":
						c.GridSpan = max(gridCount(se, 1), 1)
					case "vMerge":
						v, _ := attr(se, "val")
						c.VMerge = strings.TrimSpace(v) != "restart"
					}
				}
				return p.x.skip()
			})
		}
		return p.block(se, &c.Blocks, handle)
	}
	err := p.x.children(handle)
	return c, err
}
