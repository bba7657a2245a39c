package ooxml

// The default limits. Digdir's thirteen Word templates (product/templates)
// measure, at most: 765 KB for one part (word/document.xml of the nynorsk
// styringsdokument), 1.14 MB for a whole package uncompressed, a compression
// ratio of 26.6:1 (word/numbering.xml), 37 zip entries and an XML element
// depth of 15. The defaults leave one to three orders of magnitude of room
// above that for long, filled-in documents with pictures, while keeping the
// memory and time one hostile file can cost bounded.
const (
	// DefaultMaxPartBytes bounds the uncompressed size of one part that is
	// read: 64 MiB, eighty times the largest template part.
	DefaultMaxPartBytes = 64 << 20
	// DefaultMaxTotalBytes bounds the input size and the sum of the
	// uncompressed sizes the zip directory declares: 256 MiB, over two
	// hundred times the largest template.
	DefaultMaxTotalBytes = 256 << 20
	// DefaultMaxRatio bounds how many times a part may expand on
	// decompression: 200:1, against 26.6:1 at most in the templates. XML
	// compresses well, but a deflate stream that expands further than this
	// is what a zip bomb is made of. Parts under RatioFloor are exempt.
	DefaultMaxRatio = 200
	// DefaultMaxDepth bounds XML element nesting in every part read: 256,
	// against 15 in the templates. A table nested in a table costs three
	// levels (w:tbl, w:tr, w:tc), so this allows tables nested some eighty
	// deep, far beyond what Word users build.
	DefaultMaxDepth = 256
	// DefaultMaxParts bounds the number of zip entries: 10 000, against
	// 37 in the templates; a document with a thousand pictures needs some
	// two thousand.
	DefaultMaxParts = 10000
)

// RatioFloor is the uncompressed size under which a part's compression
// ratio is not checked: 1 MiB. A small part of repeated bytes may compress
// a thousandfold without costing anything worth guarding against.
const RatioFloor = 1 << 20

// Limits bounds the resources that reading or rewriting one package may use.
// A field that is zero or negative takes its default (the Default…
// constants), so the zero Limits is the default set. Exceeding a limit is an
// error (ErrTooLarge, ErrCompressionRatio, ErrTooDeep, ErrTooManyParts), never
// a truncated result.
type Limits struct {
	// MaxPartBytes bounds the uncompressed size of any one part read, and
	// of any one part written by Rewrite.
	MaxPartBytes int64
	// MaxTotalBytes bounds the input size and the total uncompressed size
	// the zip directory declares. Since a part that yields more than its
	// declared size is refused as corrupt, this also bounds what reading
	// the package once can decompress.
	MaxTotalBytes int64
	// MaxRatio bounds uncompressed/compressed size for parts of RatioFloor
	// bytes or more.
	MaxRatio int
	// MaxDepth bounds XML element nesting, and the nesting of complex
	// fields, in every part read or written.
	MaxDepth int
	// MaxParts bounds the number of zip entries.
	MaxParts int
}

// withDefaults returns l with every unset field at its default.
func (l Limits) withDefaults() Limits {
	if l.MaxPartBytes <= 0 {
		l.MaxPartBytes = DefaultMaxPartBytes
	}
	if l.MaxTotalBytes <= 0 {
		l.MaxTotalBytes = DefaultMaxTotalBytes
	}
	if l.MaxRatio <= 0 {
		l.MaxRatio = DefaultMaxRatio
	}
	if l.MaxDepth <= 0 {
		l.MaxDepth = DefaultMaxDepth
	}
	if l.MaxParts <= 0 {
		l.MaxParts = DefaultMaxParts
	}
	return l
}

// Options configures Open, Read and ReadBytes. The zero Options is ready to
// use.
type Options struct {
	// Limits bounds memory and time; the zero value means the defaults.
	Limits Limits
}
