package phase

import (
	"cmp"
	"slices"
	"strings"

	"github.com/digitale-helgeland/veiviser/internal/enum"
	"github.com/digitale-helgeland/veiviser/internal/fieldpath"
)

// Severity says whether a Finding blocks (SeverityError) or only warns.
// The zero value is not a severity; a Finding must say which it is.
type Severity uint8

// Severities, most serious first.
const (
	SeverityError   Severity = iota + 1 // blocks a decision or makes a document incomplete
	SeverityWarning                     // worth a look; blocks nothing
	SeverityInfo                        // for information, such as a heading the template does not have
)

var severities = enum.Table[Severity]{
	Type:  "severity",
	Codes: []string{"error", "warning", "info"},
	Labels: []enum.Label{
		SeverityError:   {NB: "Feil", NN: "Feil", EN: "Error"},
		SeverityWarning: {NB: "Advarsel", NN: "Åtvaring", EN: "Warning"},
		SeverityInfo:    {NB: "Merknad", NN: "Merknad", EN: "Note"},
	},
}

// String returns the wire code: "error", "warning" or "info".
func (s Severity) String() string { return severities.String(s) }

// IsValid reports whether s is SeverityError, SeverityWarning or
// SeverityInfo.
func (s Severity) IsValid() bool { return severities.Valid(s) }

// Text returns the name of s in bokmål, nynorsk and English; for an invalid
// s, its String form.
func (s Severity) Text() Text { return Text(severities.Label(s)) }

// Label returns the severity's name in language l.
func (s Severity) Label(l Language) string { return s.Text().In(l) }

// MarshalText encodes s as its wire code.
func (s Severity) MarshalText() ([]byte, error) { return severities.Marshal(s) }

// UnmarshalText decodes a wire code.
func (s *Severity) UnmarshalText(b []byte) error { return severities.Unmarshal(b, s) }

// Code is a stable, machine-readable identifier of a kind of finding, such as
// "timeline.overlap". Codes never change once published; message texts may.
type Code string

// Finding is one result of a validation or a gate check: what is wrong
// (Code), where (Path, a dotted field path such as "timeline[3].end"),
// how serious (Severity), and a human message in three languages.
//
// Findings are data: compare them, sort them, store them, show them.
type Finding struct {
	Code     Code     `json:"code"`
	Path     string   `json:"path"`
	Severity Severity `json:"severity"`
	Message  Text     `json:"message"`
}

// String returns "path: English message [code]", for logs and test output.
func (f Finding) String() string {
	var b strings.Builder
	if f.Path != "" {
		b.WriteString(f.Path)
		b.WriteString(": ")
	}
	b.WriteString(f.Message.EN)
	b.WriteString(" [")
	b.WriteString(string(f.Code))
	b.WriteString("]")
	return b.String()
}

// Findings is a list of findings with helpers for the common questions.
type Findings []Finding

// String joins the findings' String forms with "; ", for error texts.
func (fs Findings) String() string {
	var b strings.Builder
	for i, f := range fs {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(f.String())
	}
	return b.String()
}

// HasErrors reports whether any finding has SeverityError.
func (fs Findings) HasErrors() bool {
	return slices.ContainsFunc(fs, func(f Finding) bool { return f.Severity == SeverityError })
}

// Errors returns the findings with SeverityError, in order.
func (fs Findings) Errors() Findings { return fs.filter(SeverityError) }

// Warnings returns the findings with SeverityWarning, in order.
func (fs Findings) Warnings() Findings { return fs.filter(SeverityWarning) }

func (fs Findings) filter(s Severity) Findings {
	var out Findings
	for _, f := range fs {
		if f.Severity == s {
			out = append(out, f)
		}
	}
	return out
}

// Sort orders the findings by severity (errors first), then path, then code,
// keeping the original order among equals. Paths compare numbers as numbers,
// so "items[2]" comes before "items[10]". It sorts in place.
func (fs Findings) Sort() {
	slices.SortStableFunc(fs, func(a, b Finding) int {
		return cmp.Or(
			cmp.Compare(a.Severity, b.Severity),
			fieldpath.Compare(a.Path, b.Path),
			strings.Compare(string(a.Code), string(b.Code)),
		)
	})
}

// WithPrefix returns a copy of fs with prefix joined in front of every path,
// for nesting the findings of a part under the path of the whole.
func (fs Findings) WithPrefix(prefix string) Findings {
	if len(fs) == 0 {
		return nil
	}
	out := make(Findings, len(fs))
	for i, f := range fs {
		f.Path = fieldpath.Join(prefix, f.Path)
		out[i] = f
	}
	return out
}

// newFinding returns a Finding.
func newFinding(code Code, path string, sev Severity, msg Text) Finding {
	return Finding{Code: code, Path: path, Severity: sev, Message: msg}
}
