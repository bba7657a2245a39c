package veiviser

import (
	"bytes"
	"encoding/csv"
	"io"
	"strconv"
	"strings"

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
