package ooxml

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"math/bits"
	"path"
	"slices"
	"strings"
)

// Package is an opened Office Open XML package (a zip archive of parts).
// It reads parts on demand from the io.ReaderAt it was opened on, which
// must stay readable and unchanged while the Package is used. A Package
// does not change once opened and is safe for concurrent use.
type Package struct {
	zr    *zip.Reader
	files map[string]*zip.File // by folded part name
	lim   Limits
}

// Open opens the package in the first size bytes of r. It checks what the
// input is (returning ErrNotZip, ErrPDF, ErrLegacyDoc, ErrEncrypted,
// ErrSpreadsheet, ErrPresentation or ErrNotWordDocument for a compound
// file that is none of these) and the limits that can be checked without
// decompressing anything. It does not check that the package is a Word
// document; Document does.
func Open(r io.ReaderAt, size int64, o Options) (*Package, error) {
	lim := o.Limits.withDefaults()
	if size < 0 {
		return nil, &FormatError{Err: ErrCorrupt, Cause: fmt.Errorf("negative size %d", size)}
	}
	if size > lim.MaxTotalBytes {
		return nil, &FormatError{Err: ErrTooLarge, Cause: fmt.Errorf("file is %d bytes, limit %d", size, lim.MaxTotalBytes)}
	}
	if err := sniff(r, size); err != nil {
		return nil, err
	}
	if n, ok := zipEntries(r, size); ok && n > uint64(lim.MaxParts) {
		return nil, &FormatError{Err: ErrTooManyParts, Cause: fmt.Errorf("%d entries, limit %d", n, lim.MaxParts)}
	}
	zr, err := zip.NewReader(r, size)
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		// ErrInsecurePath comes with a usable reader: names such as
		// "../x" would matter when extracting to disk, which no one
		// does here; such a part is simply never found.
		return nil, &FormatError{Err: ErrCorrupt, Cause: err}
	}
	if len(zr.File) > lim.MaxParts {
		return nil, &FormatError{Err: ErrTooManyParts, Cause: fmt.Errorf("%d entries, limit %d", len(zr.File), lim.MaxParts)}
	}
	p := &Package{zr: zr, files: make(map[string]*zip.File, len(zr.File)), lim: lim}
	var total uint64
	for _, f := range zr.File {
		total += f.UncompressedSize64
		if total > uint64(lim.MaxTotalBytes) {
			return nil, &FormatError{Err: ErrTooLarge, Cause: fmt.Errorf("parts declare over %d bytes uncompressed", lim.MaxTotalBytes)}
		}
		key := foldName(f.Name)
		if _, dup := p.files[key]; !dup {
			p.files[key] = f // the first of duplicate names wins
		}
	}
	return p, nil
}

// foldName returns the key a part name is looked up by: without a leading
// slash and in lower case, since part names in a package compare without
// regard to case (ECMA-376 Part 2, §6.2.2.3).
func foldName(name string) string {
	return strings.ToLower(strings.TrimPrefix(name, "/"))
}

// Parts returns the names of the package's zip entries, folders included,
// in the order of the archive.
func (p *Package) Parts() []string {
	names := make([]string, len(p.zr.File))
	for i, f := range p.zr.File {
		names[i] = f.Name
	}
	return names
}

// name returns the name as the archive spells it of the part name, which
// must exist.
func (p *Package) name(name string) string { return p.files[foldName(name)].Name }

// Has reports whether the package holds the part name (compared without
// regard to case).
func (p *Package) Has(name string) bool {
	_, ok := p.files[foldName(name)]
	return ok
}

// Part returns the uncompressed content of the part name (compared without
// regard to case). A missing part is an ErrMissingPart; a part over
// Limits.MaxPartBytes is an ErrTooLarge; one that expands more than
// Limits.MaxRatio times is an ErrCompressionRatio; damaged data, or more
// data than the zip directory declares, is an ErrCorrupt. Each comes as a
// *FormatError naming the part.
func (p *Package) Part(name string) ([]byte, error) {
	f, ok := p.files[foldName(name)]
	if !ok {
		return nil, &FormatError{Part: strings.TrimPrefix(name, "/"), Err: ErrMissingPart}
	}
	return p.readFile(f)
}

// readFile decompresses f within the limits.
func (p *Package) readFile(f *zip.File) ([]byte, error) {
	fail := func(sentinel error, format string, args ...any) error {
		return &FormatError{Part: f.Name, Err: sentinel, Cause: fmt.Errorf(format, args...)}
	}
	maxPart := uint64(p.lim.MaxPartBytes)
	if f.UncompressedSize64 > maxPart {
		return nil, fail(ErrTooLarge, "part is %d bytes, limit %d", f.UncompressedSize64, maxPart)
	}
	if hi, lo := bits.Mul64(f.CompressedSize64, uint64(p.lim.MaxRatio)); f.UncompressedSize64 >= RatioFloor && hi == 0 && lo < f.UncompressedSize64 {
		return nil, fail(ErrCompressionRatio, "%d bytes from %d, limit %d:1", f.UncompressedSize64, f.CompressedSize64, p.lim.MaxRatio)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, &FormatError{Part: f.Name, Err: ErrCorrupt, Cause: err}
	}
	defer rc.Close()
	// archive/zip fails a part that yields more than its header declares,
	// so the declared sizes Open checked bound what is decompressed; the
	// LimitReader bounds memory even so.
	// The declared size only sizes the first allocation, and not beyond
	// 4 MiB: a header may lie.
	var buf bytes.Buffer
	buf.Grow(int(min(f.UncompressedSize64, 4<<20)))
	n, err := buf.ReadFrom(io.LimitReader(rc, int64(maxPart)+1))
	if err != nil {
		return nil, &FormatError{Part: f.Name, Err: ErrCorrupt, Cause: err}
	}
	if n > int64(maxPart) {
		return nil, fail(ErrTooLarge, "part is over %d bytes", maxPart)
	}
	return buf.Bytes(), nil
}

// Content types and relationship types that identify parts.
const (
	ctWordMain         = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
	ctWordTemplateMain = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
	ctWordMacroMain    = "application/vnd.ms-word.document.macroenabled.main+xml"
	ctWordMacroTplMain = "application/vnd.ms-word.template.macroenabledtemplate.main+xml"

	relOfficeDocument = "officeDocument"
	relStyles         = "styles"
	relHeader         = "header"
	relFooter         = "footer"
	relCoreProperties = "core-properties"
)

// Relationship type namespaces: Transitional, Strict, and the package
// (OPC) one that core properties use in both.
var relPrefixes = []string{
	"http://schemas.openxmlformats.org/officedocument/2006/relationships/",
	"http://purl.oclc.org/ooxml/officedocument/relationships/",
	"http://schemas.openxmlformats.org/package/2006/relationships/metadata/",
}

// isRelType reports whether typ is the relationship type named local in
// one of the known namespaces. Producers disagree on the case of
// "officeDocument" in the namespace, so the comparison ignores case.
func isRelType(typ, local string) bool {
	typ = strings.ToLower(typ)
	local = strings.ToLower(local)
	for _, p := range relPrefixes {
		if strings.HasPrefix(typ, p) && typ[len(p):] == local {
			return true
		}
	}
	return false
}

// contentTypes is [Content_Types].xml: overrides by folded part name and
// defaults by lower-case extension.
type contentTypes struct {
	overrides map[string]string
	defaults  map[string]string
}

// typeOf returns the content type of the part name, in lower case, or "".
func (c contentTypes) typeOf(name string) string {
	if t, ok := c.overrides[foldName(name)]; ok {
		return t
	}
	return c.defaults[strings.ToLower(strings.TrimPrefix(path.Ext(name), "."))]
}

// contentTypes reads [Content_Types].xml; a package without one has none.
func (p *Package) contentTypes() (contentTypes, error) {
	c := contentTypes{overrides: map[string]string{}, defaults: map[string]string{}}
	const name = "[Content_Types].xml"
	if !p.Has(name) {
		return c, nil
	}
	b, err := p.Part(name)
	if err != nil {
		return c, err
	}
	x := newDecoder(name, trimBOM(b), p.lim.MaxDepth)
	if _, err := x.root(); err != nil {
		return c, err
	}
	err = x.children(func(se xml.StartElement) error {
		ct := strings.ToLower(plainAttr(se, "ContentType"))
		switch se.Name.Local {
		case "Override":
			c.overrides[foldName(plainAttr(se, "PartName"))] = ct
		case "Default":
			c.defaults[strings.ToLower(plainAttr(se, "Extension"))] = ct
		}
		return x.skip()
	})
	if err != nil {
		return c, err
	}
	return c, x.finish()
}

// relationship is one internal relationship of a part, its target resolved
// to a part name.
type relationship struct {
	typ, target string
}

// relsName returns the name of the relationships part of the part name
// ("" for the package itself).
func relsName(name string) string {
	dir, file := path.Split(name)
	return dir + "_rels/" + file + ".rels"
}

// relationships reads the relationships of the part source ("" for the
// package). A part without relationships has none. External targets are
// left out.
func (p *Package) relationships(source string) ([]relationship, error) {
	name := relsName(source)
	if !p.Has(name) {
		return nil, nil
	}
	b, err := p.Part(name)
	if err != nil {
		return nil, err
	}
	x := newDecoder(name, trimBOM(b), p.lim.MaxDepth)
	if _, err := x.root(); err != nil {
		return nil, err
	}
	var rels []relationship
	err = x.children(func(se xml.StartElement) error {
		if se.Name.Local == "Relationship" && !strings.EqualFold(plainAttr(se, "TargetMode"), "External") {
			if t, ok := resolveTarget(source, plainAttr(se, "Target")); ok {
				rels = append(rels, relationship{typ: plainAttr(se, "Type"), target: t})
			}
		}
		return x.skip()
	})
	if err != nil {
		return nil, err
	}
	return rels, x.finish()
}

// resolveTarget turns a relationship target, relative to the folder of the
// source part or absolute from the package root, into a part name.
// Percent-escapes are decoded; a target that climbs out of the package is
// refused.
func resolveTarget(source, target string) (string, bool) {
	if i := strings.IndexAny(target, "#?"); i >= 0 {
		target = target[:i]
	}
	if t, err := unescapePath(target); err == nil {
		target = t
	}
	if target == "" {
		return "", false
	}
	var full string
	if strings.HasPrefix(target, "/") {
		full = strings.TrimPrefix(path.Clean(target), "/")
	} else {
		full = path.Join(path.Dir(source), target)
	}
	if full == "" || full == "." || full == ".." || strings.HasPrefix(full, "../") {
		return "", false
	}
	return full, true
}

// unescapePath decodes %XX escapes in a part name.
func unescapePath(s string) (string, error) {
	if !strings.Contains(s, "%") {
		return s, nil
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '%' {
			b.WriteByte(s[i])
			continue
		}
		if i+2 >= len(s) || !isHex(s[i+1]) || !isHex(s[i+2]) {
			return "", errors.New("bad escape")
		}
		b.WriteByte(unhex(s[i+1])<<4 | unhex(s[i+2]))
		i += 2
	}
	return b.String(), nil
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case c <= '9':
		return c - '0'
	case c <= 'F':
		return c - 'A' + 10
	}
	return c - 'a' + 10
}

// firstRel returns the target of the first relationship of type local.
func firstRel(rels []relationship, local string) string {
	i := slices.IndexFunc(rels, func(r relationship) bool { return isRelType(r.typ, local) })
	if i < 0 {
		return ""
	}
	return rels[i].target
}

// isWordMain reports whether the (lower-case) content type ct is that of a
// Word main document part: a document or template, with or without macros.
func isWordMain(ct string) bool {
	switch ct {
	case ctWordMain, ctWordTemplateMain, ctWordMacroMain, ctWordMacroTplMain:
		return true
	}
	return false
}

// mainKind classifies a package's main part by its content type, or by its
// folder when the content type is unknown or generic.
func mainKind(ct, name string) error {
	switch {
	case isWordMain(ct):
		return nil
	case strings.Contains(ct, "spreadsheetml"), strings.Contains(ct, "ms-excel"):
		return ErrSpreadsheet
	case strings.Contains(ct, "presentationml"), strings.Contains(ct, "ms-powerpoint"):
		return ErrPresentation
	case ct != "" && ct != "application/xml" && ct != "text/xml":
		return ErrNotWordDocument
	}
	switch strings.ToLower(strings.SplitN(name, "/", 2)[0]) {
	case "xl":
		return ErrSpreadsheet
	case "ppt":
		return ErrPresentation
	}
	return nil
}

// mainPart finds the name of the main document part: the target of the
// package's officeDocument relationship; failing that, the part
// [Content_Types].xml declares a Word main document; failing that,
// word/document.xml. A package that is a spreadsheet or presentation by
// those signs gets ErrSpreadsheet or ErrPresentation.
func (p *Package) mainPart(rels []relationship) (string, error) {
	ct, err := p.contentTypes()
	if err != nil {
		return "", err
	}
	if t := firstRel(rels, relOfficeDocument); t != "" {
		if err := mainKind(ct.typeOf(t), t); err != nil {
			return "", err
		}
		if !p.Has(t) {
			return "", &FormatError{Part: t, Err: ErrMissingPart}
		}
		return p.name(t), nil
	}
	var fromTypes []string
	for name, typ := range ct.overrides {
		if isWordMain(typ) {
			fromTypes = append(fromTypes, name)
		}
	}
	slices.Sort(fromTypes) // deterministic if a broken package names two
	for _, name := range fromTypes {
		if p.Has(name) {
			return p.name(name), nil
		}
	}
	switch {
	case p.Has("word/document.xml"):
		return p.name("word/document.xml"), nil
	case p.Has("xl/workbook.xml"):
		return "", ErrSpreadsheet
	case p.Has("ppt/presentation.xml"):
		return "", ErrPresentation
	case len(fromTypes) > 0:
		return "", &FormatError{Part: fromTypes[0], Err: ErrMissingPart}
	}
	return "", ErrNotWordDocument
}

// trimBOM removes a UTF-8 byte order mark, which some producers write and
// encoding/xml does not expect.
func trimBOM(b []byte) []byte {
	return bytes.TrimPrefix(b, []byte("\xEF\xBB\xBF"))
}
