package ooxml

import (
	"bytes"
	"io"
	"path"
)

// Read reads the Word document in the first size bytes of r. It is Open
// followed by Package.Document.
func Read(r io.ReaderAt, size int64, o Options) (*Document, error) {
	p, err := Open(r, size, o)
	if err != nil {
		return nil, err
	}
	return p.Document()
}

// ReadBytes reads the Word document in b.
func ReadBytes(b []byte, o Options) (*Document, error) {
	return Read(bytes.NewReader(b), int64(len(b)), o)
}

// Document reads the package's Word document: the main document part,
// found through the package relationships (see below), its styles part and
// the core properties. Styles and core properties are optional; a missing
// main part is an ErrMissingPart, a package without any sign of one an
// ErrNotWordDocument (or ErrSpreadsheet, ErrPresentation when it is one of
// those).
//
// The main part is the target of the package's officeDocument
// relationship (_rels/.rels); without one, the part [Content_Types].xml
// declares a Word main document; without that, word/document.xml. The
// styles part is the target of the main part's styles relationship, else
// styles.xml beside the main part; the core properties part that of the
// package's core-properties relationship, else docProps/core.xml.
//
// The headers and footers are the targets of the main part's header and
// footer relationships, read in the order they are listed; one that is
// listed but absent is left out, as Word leaves it out. Footnotes,
// endnotes and comments are not read.
func (p *Package) Document() (*Document, error) {
	pkgRels, err := p.relationships("")
	if err != nil {
		return nil, err
	}
	main, err := p.mainPart(pkgRels)
	if err != nil {
		return nil, err
	}
	b, err := p.Part(main)
	if err != nil {
		return nil, err
	}

	rels, err := p.relationships(main)
	if err != nil {
		return nil, err
	}
	stylesName := firstRel(rels, relStyles)
	if stylesName == "" || !p.Has(stylesName) {
		stylesName = path.Join(path.Dir(main), "styles.xml")
	}
	var styles *styleSheet
	if p.Has(stylesName) {
		sb, err := p.Part(stylesName)
		if err != nil {
			return nil, err
		}
		if styles, err = readStyles(p.name(stylesName), sb, p.lim.MaxDepth); err != nil {
			return nil, err
		}
	}

	d, err := readDocument(main, b, styles, p.lim)
	if err != nil {
		return nil, err
	}
	if styles != nil {
		d.Styles = styles.public()
	}
	for _, r := range rels {
		var out *[]Block
		switch {
		case isRelType(r.typ, relHeader):
			out = &d.Headers
		case isRelType(r.typ, relFooter):
			out = &d.Footers
		default:
			continue
		}
		if !p.Has(r.target) {
			continue // Word opens a document whose header part is gone
		}
		mb, err := p.Part(r.target)
		if err != nil {
			return nil, err
		}
		bs, err := readMargin(p.name(r.target), mb, styles, p.lim)
		if err != nil {
			return nil, err
		}
		*out = append(*out, bs...)
	}

	coreName := firstRel(pkgRels, relCoreProperties)
	if coreName == "" || !p.Has(coreName) {
		coreName = "docProps/core.xml"
	}
	if p.Has(coreName) {
		cb, err := p.Part(coreName)
		if err != nil {
			return nil, err
		}
		if d.Core, err = readCore(p.name(coreName), cb, p.lim.MaxDepth); err != nil {
			return nil, err
		}
	}
	return d, nil
}
