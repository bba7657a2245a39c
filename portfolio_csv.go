package veiviser

import (
	"bytes"
	"encoding/csv"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/digitale-helgeland/veiviser/benefit"
	"github.com/digitale-helgeland/veiviser/checklist"
	"github.com/digitale-helgeland/veiviser/internal/enum"
	"github.com/digitale-helgeland/veiviser/phase"
	"github.com/digitale-helgeland/veiviser/stakeholder"
)

// CSVOptions control how an Overview is written as CSV. The zero value
// means bokmål headings and values, separated by commas.
type CSVOptions struct {
	// Language of the headings and of the yes/no, phase and redaction
	// values. The zero value is phase.Bokmal.
	Language phase.Language
	// Comma is the field delimiter; zero means ','. Norwegian spreadsheet
	// programs expect ';'.
	Comma rune
}

// csvHeadings are the columns, in order: Difi's six (seed 003, appendix
// table and section 3.2.1), then the four yes/no questions, the
// investment, the owner and manager, and the note.
var csvHeadings = [...]phase.Text{
	{NB: "Virksomhet", NN: "Verksemd", EN: "Agency"},
	{NB: "Prosjekt", NN: "Prosjekt", EN: "Project"},
	{NB: "Beskrivelse", NN: "Skildring", EN: "Description"},
	{NB: "Oppstart", NN: "Oppstart", EN: "Start"},
	{NB: "Planlagt ferdig", NN: "Planlagt ferdig", EN: "Planned end"},
	{NB: "Fase", NN: "Fase", EN: "Phase"},
	{NB: "Berører kommunal sektor", NN: "Påverkar kommunal sektor", EN: "Affects municipal sector"},
	{NB: "KS involvert", NN: "KS involvert", EN: "KS involved"},
	{NB: "Kommunale kostnader beregnet", NN: "Kommunale kostnader berekna", EN: "Municipal costs estimated"},
	{NB: "Kommunale gevinster beregnet", NN: "Kommunale gevinstar berekna", EN: "Municipal benefits estimated"},
	{NB: "Investering (kr)", NN: "Investering (kr)", EN: "Investment (NOK)"},
	{NB: "Prosjekteier", NN: "Prosjekteigar", EN: "Project owner"},
	{NB: "Prosjektleder", NN: "Prosjektleiar", EN: "Project manager"},
	{NB: "Merknad", NN: "Merknad", EN: "Note"},
}

// redactedNames is what a redacted role holder is written as.
var redactedNames = phase.Text{NB: stakeholder.RedactedName, NN: "(namn fjerna)", EN: "(name removed)"}

// WriteCSV writes the overview to w as CSV with encoding/csv: a heading
// row, then one record per row, in order. The output depends only on ov
// and o, so it is the same every time.
//
// Values: dates as dd.mm.yyyy (in every language); the phase as its label,
// followed by the status in parentheses when the project is stopped or
// completed; yes/no as "ja"/"nei" ("yes"/"no" in English), an unset answer
// as an empty cell; the investment in kroner without digit grouping, with
// two decimals only when there are øre ("12500000", "1234,50"; a decimal
// point in English); several role holders joined by "; "; a redacted role
// holder as "(navn fjernet)".
//
// A cell that a spreadsheet program could take for a formula is written
// with an apostrophe (') before it, as OWASP's advice on CSV injection
// says: one that begins with =, +, -, @, a tab or a carriage return, or
// with the full-width =, +, - or @ (U+FF1D, U+FF0B, U+FF0D, U+FF20), which
// some spreadsheet programs also read as formula signs. A cell that is a
// plain negative number ("-1234,50", a minus, digits and decimals) is
// data, not a formula, and is left as it is: the investment column holds
// such numbers, and prefixing them would turn them into text. Programs
// that read the CSV as data see the apostrophe as part of the cell.
//
// An invalid language is a *enum.ValueError; an invalid delimiter and
// write errors are returned as encoding/csv and w report them.
func (ov Overview) WriteCSV(w io.Writer, o CSVOptions) error {
	l := o.Language
	if !l.IsValid() {
		return &enum.ValueError{Type: "language", Value: l.String()}
	}
	cw := csv.NewWriter(w)
	if o.Comma != 0 {
		cw.Comma = o.Comma
	}
	rec := make([]string, len(csvHeadings))
	for i, h := range csvHeadings {
		rec[i] = h.In(l)
	}
	if err := cw.Write(rec); err != nil {
		return err
	}
	for _, r := range ov {
		rec = append(rec[:0],
			r.Agency, r.Project, r.Description,
			r.Start.Norwegian(), r.End.Norwegian(),
			phaseCell(r, l),
			boolCell(r.Municipal, l), boolCell(r.KSInvolved, l),
			boolCell(r.CostsEstimated, l), boolCell(r.BenefitsEstimated, l),
			investmentCell(r.Investment, l),
			holdersCell(r.Roles, stakeholder.ProjectOwner, l),
			holdersCell(r.Roles, stakeholder.ProjectManager, l),
			r.Note,
		)
		for i := range rec {
			rec[i] = spreadsheetCell(rec[i])
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// CSV returns the overview as WriteCSV writes it.
func (ov Overview) CSV(o CSVOptions) ([]byte, error) {
	var b bytes.Buffer
	if err := ov.WriteCSV(&b, o); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func phaseCell(r Row, l phase.Language) string {
	if r.Status == 0 {
		if r.Phase == 0 {
			return "" // not reported
		}
		return r.Phase.Label(l)
	}
	if r.Status == phase.Active {
		return r.Phase.Label(l)
	}
	return r.Phase.Label(l) + " (" + strings.ToLower(r.Status.Label(l)) + ")"
}

func boolCell(b checklist.Bool, l phase.Language) string {
	if !b.IsValid() {
		return ""
	}
	return strings.ToLower(b.Label(l))
}

// investmentCell writes an investment with moneyCell, or that it is not
// known.
func investmentCell(m *benefit.Money, l phase.Language) string {
	if m == nil {
		return phase.Text{NB: "ukjent", NN: "ukjend", EN: "unknown"}.In(l)
	}
	return moneyCell(*m, l)
}

// moneyCell writes m in kroner: "12500000", "1234,50" ("1234.50" in English).
func moneyCell(m benefit.Money, l phase.Language) string {
	kr, ore := m.Kroner(), m.Ore()
	sign := ""
	if m < 0 {
		sign, kr, ore = "-", -kr, -ore
	}
	s := sign + strconv.FormatUint(uint64(kr), 10)
	if ore == 0 {
		return s
	}
	sep := ","
	if l == phase.English {
		sep = "."
	}
	if ore < 10 {
		return s + sep + "0" + strconv.FormatInt(ore, 10)
	}
	return s + sep + strconv.FormatInt(ore, 10)
}

func holdersCell(rs stakeholder.Roles, role stakeholder.Role, l phase.Language) string {
	var names []string
	for _, a := range rs.Holders(role) {
		if n := strings.TrimSpace(a.Person); n != "" {
			names = append(names, n)
		} else {
			names = append(names, redactedNames.In(l))
		}
	}
	return strings.Join(names, "; ")
}

// spreadsheetCell returns cell with an apostrophe before it if a
// spreadsheet program could read it as a formula, following OWASP's advice
// on CSV injection (owasp.org/www-community/attacks/CSV_Injection): the
// characters it lists (=, +, -, @, tab, carriage return) and the
// full-width forms of the first four. A plain negative number is data and
// is kept; see WriteCSV.
func spreadsheetCell(cell string) string {
	r, size := utf8.DecodeRuneInString(cell)
	switch r {
	case '-':
		if isPlainNumber(cell[size:]) {
			return cell
		}
	case '=', '+', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20':
	default:
		return cell
	}
	return "'" + cell
}

// isPlainNumber reports whether s is digits, optionally followed by a
// decimal comma or point and more digits: "1234", "1234,50", "1234.50".
func isPlainNumber(s string) bool {
	digits := func(s string) int {
		n := 0
		for n < len(s) && '0' <= s[n] && s[n] <= '9' {
			n++
		}
		return n
	}
	n := digits(s)
	if n == 0 {
		return false
	}
	if n == len(s) {
		return true
	}
	if s[n] != ',' && s[n] != '.' {
		return false
	}
	m := digits(s[n+1:])
	return m > 0 && n+1+m == len(s)
}
