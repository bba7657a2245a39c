package ooxml

import (
	"archive/zip"
	"fmt"
	"io"
	"slices"
	"strings"
)

// Rewrite writes to w a copy of the package with the parts in replace
// replaced: for filling in a template, the original package with a new
// word/document.xml (Document.Part). A name in replace that matches an
// entry (without regard to case) replaces its content, keeping the entry's
// name, place, timestamp and compression method; any other name is added
// as a new part at the end, in sorted order, deflated. Every entry not
// replaced is copied byte for byte, compressed data and all, without being
// decompressed. A new part needs a content type in [Content_Types].xml
// (and usually a relationship), which the caller must supply by replacing
// those parts too.
//
// Replacement content must fit Limits.MaxPartBytes, and a replacement
// whose name ends in ".xml" or ".rels" must be well-formed XML within
// Limits.MaxDepth (a *FormatError with ErrMalformedXML, ErrTooDeep or
// ErrTooLarge otherwise), so that Rewrite cannot write a package Word
// refuses to open for that reason. Names must be valid part names
// (ErrPartName). Nothing is written when a replacement is refused; an
// error from w may leave a partial archive behind.
func (p *Package) Rewrite(w io.Writer, replace map[string][]byte) error {
	byKey := make(map[string]string, len(replace)) // folded name → name given
	for name, b := range replace {
		if err := checkPartName(name); err != nil {
			return err
		}
		key := foldName(name)
		if other, dup := byKey[key]; dup {
			return &FormatError{Part: name, Err: ErrPartName, Cause: fmt.Errorf("same part as %q", other)}
		}
		byKey[key] = name
		if int64(len(b)) > p.lim.MaxPartBytes {
			return &FormatError{Part: name, Err: ErrTooLarge, Cause: fmt.Errorf("part is %d bytes, limit %d", len(b), p.lim.MaxPartBytes)}
		}
		if ext := strings.ToLower(name); strings.HasSuffix(ext, ".xml") || strings.HasSuffix(ext, ".rels") {
			if err := wellFormed(name, trimBOM(b), p.lim.MaxDepth); err != nil {
				return err
			}
		}
	}
	if n := len(p.zr.File) + len(byKey); n > p.lim.MaxParts {
		return &FormatError{Err: ErrTooManyParts, Cause: fmt.Errorf("%d entries, limit %d", n, p.lim.MaxParts)}
	}

	zw := zip.NewWriter(w)
	if err := zw.SetComment(p.zr.Comment); err != nil {
		return err
	}
	done := map[string]bool{}
	for _, f := range p.zr.File {
		key := foldName(f.Name)
		name, ok := byKey[key]
		if !ok || done[key] {
			// Not replaced, or a duplicate entry of a replaced name,
			// which is copied as it is like any other.
			if err := zw.Copy(f); err != nil {
				return err
			}
			continue
		}
		done[key] = true
		method := f.Method
		if method != zip.Store {
			method = zip.Deflate
		}
		h := &zip.FileHeader{Name: f.Name, Comment: f.Comment, Method: method, Modified: f.Modified}
		if err := writePart(zw, h, replace[name]); err != nil {
			return err
		}
	}
	var added []string
	for key, name := range byKey {
		if !done[key] {
			added = append(added, name)
		}
	}
	slices.Sort(added)
	for _, name := range added {
		if err := writePart(zw, &zip.FileHeader{Name: name, Method: zip.Deflate}, replace[name]); err != nil {
			return err
		}
	}
	return zw.Close()
}

// writePart writes one entry.
func writePart(zw *zip.Writer, h *zip.FileHeader, b []byte) error {
	pw, err := zw.CreateHeader(h)
	if err != nil {
		return err
	}
	_, err = pw.Write(b)
	return err
}

// checkPartName checks a part name as ECMA-376 Part 2 (§6.2.2) has it,
// written without the leading slash as zip entries are: segments separated
// by "/", none empty, none "." or "..", no backslash, not ending in "/".
func checkPartName(name string) error {
	bad := name == "" || strings.HasPrefix(name, "/") || strings.HasSuffix(name, "/") ||
		strings.ContainsAny(name, "\\\x00")
	if !bad {
		for seg := range strings.SplitSeq(name, "/") {
			if seg == "" || seg == "." || seg == ".." {
				bad = true
				break
			}
		}
	}
	if bad {
		return &FormatError{Part: name, Err: ErrPartName}
	}
	return nil
}
