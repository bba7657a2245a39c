package ooxml

import (
	"bytes"
	"encoding/binary"
	"io"
)

// Signatures at the start of a file.
var (
	sigZip      = []byte("PK\x03\x04")
	sigZipEmpty = []byte("PK\x05\x06")
	sigCFB      = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
	sigPDF      = []byte("%PDF-")
)

// sniff classifies input that is not a zip archive. It returns nil for a
// zip archive, otherwise the sentinel that says what the input is.
func sniff(r io.ReaderAt, size int64) error {
	head := make([]byte, min(size, 1024))
	if n, err := r.ReadAt(head, 0); n < len(head) {
		if err == nil {
			err = io.ErrUnexpectedEOF
		}
		return &FormatError{Err: ErrCorrupt, Cause: err}
	}
	switch {
	case bytes.HasPrefix(head, sigZip), bytes.HasPrefix(head, sigZipEmpty):
		return nil
	case bytes.HasPrefix(head, sigCFB):
		return sniffCFB(r, size)
	case bytes.Contains(head, sigPDF):
		// The PDF specification lets the header sit anywhere in the
		// first 1024 bytes.
		return ErrPDF
	}
	return ErrNotZip
}

// The stream names that tell OLE compound files apart, as they are stored
// in a directory entry: UTF-16LE, NUL-terminated.
var cfbStreams = []struct {
	name []byte
	err  error
}{
	{utf16z("EncryptedPackage"), ErrEncrypted},
	{utf16z("WordDocument"), ErrLegacyDoc},
	{utf16z("Workbook"), ErrSpreadsheet},
	{utf16z("Book"), ErrSpreadsheet},
	{utf16z("PowerPoint Document"), ErrPresentation},
}

// utf16z returns s (ASCII) as UTF-16LE with a terminating NUL.
func utf16z(s string) []byte {
	b := make([]byte, 0, 2*len(s)+2)
	for i := 0; i < len(s); i++ {
		b = append(b, s[i], 0)
	}
	return append(b, 0, 0)
}

// cfbEntry is the size of a directory entry in a compound file; entries
// fill whole sectors, and sectors (512 or 4096 bytes) follow a 512-byte
// header, so every entry starts at a multiple of cfbEntry.
const cfbEntry = 128

// sniffCFB tells what an OLE compound file (MS-CFB) holds by the names of
// its streams. Rather than follow the sector chains, it reads the file once
// and looks at every 128-byte boundary for a directory entry: the name in
// its first 64 bytes and the name's byte length (NUL included) at offset
// 64. Text in a document stream would have to repeat both at such a
// boundary to mislead it. The caller has bounded size.
func sniffCFB(r io.ReaderAt, size int64) error {
	buf := make([]byte, 64*cfbEntry)
	for off := int64(512); off < size; off += int64(len(buf)) {
		n, err := r.ReadAt(buf, off)
		if n == 0 && err != nil {
			break
		}
		for i := 0; i+cfbEntry <= n; i += cfbEntry {
			e := buf[i : i+cfbEntry]
			nameLen := int(binary.LittleEndian.Uint16(e[64:]))
			for _, s := range cfbStreams {
				if nameLen == len(s.name) && bytes.Equal(e[:nameLen], s.name) {
					return s.err
				}
			}
		}
	}
	return ErrNotWordDocument
}

// zipEntries returns the number of entries the end of central directory
// record of a zip archive declares (Zip64 included), so that a directory of
// millions of entries is refused before archive/zip allocates for them. It
// returns ok false when it finds no such record; archive/zip then reports
// the damage.
func zipEntries(r io.ReaderAt, size int64) (n uint64, ok bool) {
	const eocdLen, locLen, maxComment = 22, 20, 65535
	tailLen := min(size, eocdLen+maxComment+locLen)
	tail := make([]byte, tailLen)
	if _, err := r.ReadAt(tail, size-tailLen); err != nil && err != io.EOF {
		return 0, false
	}
	i := bytes.LastIndex(tail, sigZipEmpty)
	if i < 0 || i+eocdLen > len(tail) {
		return 0, false
	}
	n = uint64(binary.LittleEndian.Uint16(tail[i+10:]))
	if n != 0xFFFF || i < locLen || !bytes.Equal(tail[i-locLen:i-locLen+4], []byte("PK\x06\x07")) {
		return n, true
	}
	// Zip64: the locator points at the Zip64 end of central directory
	// record, which holds the count as 8 bytes at offset 32.
	off := binary.LittleEndian.Uint64(tail[i-locLen+8:])
	rec := make([]byte, 40)
	if off > uint64(size) || int64(off) > size-int64(len(rec)) {
		return 0, false
	}
	if _, err := r.ReadAt(rec, int64(off)); err != nil || !bytes.Equal(rec[:4], []byte("PK\x06\x06")) {
		return 0, false
	}
	return binary.LittleEndian.Uint64(rec[32:]), true
}
