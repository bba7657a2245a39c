package main

import (
	"errors"
	"testing"
)

func TestSniff(t *testing.T) {
	tests := []struct {
		name, data string
		want       format
		err        error
	}{
		{"p.json", `{"schemaVersion": 2, "id": "x"}`, formatProject, nil},
		{"p.json", ` {"schemaVersion": 2, "id": "x", "lifecycle": {"template": 1}}`, formatProject, nil}, // "template" deeper down
		{"p.json", `{"id": "x", "lifecycle": {"template": 1}}`, formatOtherJSON, nil},                    // no schemaVersion: another program's JSON
		{"package.json", `{"name": "x", "version": "1.0.0"}`, formatOtherJSON, nil},
		{"broken.json", `{"name": "x",, "version": "1.0.0"}`, formatProject, nil}, // malformed: read as a project, whose decoder says where
		{"d.json", `{"schemaVersion": 2, "template": "mandate", "document": {}}`, formatDocument, nil},
		{"d.txt", `{"template": "mandate"}`, formatDocument, nil}, // the content counts, not the name
		{"m.json", `{"header": {"project": "x"}, "background": {}}`, formatBare, nil},
		{"broken.json", `{"schemaVersion": 2, "template": "mandate", "document": {`, formatDocument, nil},
		{"broken.json", `{"schemaVersion": `, formatProject, nil},
		{"m.docx", "PK\x03\x04rest", formatWord, nil},
		{"m.txt", "Mandat\n\n1 Bakgrunn\n", formatText, nil},
		{"m.md", "Mandat\n", formatMarkdown, nil},
		{"m.txt", "# Mandat\n", formatMarkdown, nil},
		{"m.txt", "\xff\xfeM\x00", formatText, nil}, // UTF-16 with a byte order mark
		{"m.doc", "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, errLegacyDoc},
		{"m.pdf", "%PDF-1.7\n", 0, errPDF},
		{"b.bin", "\x00\x01", 0, errBinary},
		{"b.txt", "caf\xe9", 0, errBinary}, // Windows-1252, not UTF-8
		{"e.json", " \n\t", 0, errEmpty},
		{"a.json", `[{"id": 1}]`, 0, errJSONKind},
	}
	for _, tt := range tests {
		got, err := sniff(tt.name, []byte(tt.data))
		if got != tt.want || !errors.Is(err, tt.err) {
			t.Errorf("sniff(%q, %q) = %v, %v; want %v, %v", tt.name, tt.data, got, err, tt.want, tt.err)
		}
	}
}

// FuzzSniff: sniff never panics, and says what the input is or why not.
func FuzzSniff(f *testing.F) {
	f.Add("x.json", []byte(`{"template": "mandate"}`))
	f.Add("x.md", []byte("# a"))
	f.Add("x", []byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		got, err := sniff(name, data)
		if (err == nil) == (got == 0) {
			t.Fatalf("sniff = %v, %v: want a format or an error", got, err)
		}
	})
}
