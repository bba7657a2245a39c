package benefit

import (
	"strconv"

	"github.com/digitale-helgeland/veiviser/phase"
)

// MunicipalShare is what a project means for the municipal sector: costs
// and benefits split by municipality size class, and the estimate of
// implementation costs that municipalities budget by. It follows Difi's
// "Sjekkliste for involvering av kommunesektoren" (seed 004), checkpoints
// 3 ("Sikre at kostnader av digitaliseringstiltaket for kommunesektoren er
// greidd ut"), 4 ("Sikre at nytteverknadene for kommunesektoren av
// digitaliseringstiltaket er greia ut", assessed by properties such as
// "kommunestorleik") and 6 ("Oppdater estimat for innføringskostnader i
// kommunesektoren"), and Difi's report behind it (seed 003): "KS etterspør
// kostnadsvurderinger relatert til kommunestørrelse". The checklist is
// written for state agencies ("Målgruppa for sjekklista er leiarar,
// prosjektleiarar og prosjektmedarbeidarar i statlege verksemder"), and its
// checkpoints say what they "bør" do.
type MunicipalShare struct {
	// Split gives costs and benefits per size class, each class at most once.
	Split []SizeShare `json:"split,omitempty" validate:"dive"`
	// Implementation is the estimate of implementation costs in the sector.
	Implementation *ImplementationCost `json:"implementation,omitempty"`
}

// SizeShare is the cost and benefit for the municipalities of one size
// class, in total for the class.
type SizeShare struct {
	// Class is the size class; which populations it covers is a setting
	// (SizeBands), by default SSBKommunestorrelse.
	Class SizeClass `json:"class,omitempty" validate:"valid"`
	// Municipalities is how many municipalities of the class are affected.
	Municipalities int `json:"municipalities" validate:"gte=0"`
	// Cost is the one-off investment cost, as checkpoint 3 of Difi's
	// checklist (seed 004) lists it: "innkjøp av nye IKT-system eller
	// modular, integrasjonskostnader og kostnader knytt til implementering".
	Cost Money `json:"cost"`
	// Benefit is the annual benefit at full effect, as the benefit
	// realisation plan template values priced benefits in other public
	// bodies, "kommunal sektor" among them: "Verdi i tusen kr per år (når
	// full effekt)" (Digdir, Gevinstrealiseringsplan v4.0, table D), here in
	// kroner rather than thousands.
	Benefit Money `json:"benefit"`
	// Effort is the annual effort freed, in årsverk: the
	// "effektiviseringsgevinst i årsverk for kommunene" of Difi's report
	// (seed 003).
	Effort Effort `json:"effort,omitempty"`
}

// PerMunicipality returns the share's cost, benefit and effort divided by
// the number of municipalities, rounded half away from zero to the øre and
// the hundredth årsverk; all zero when Municipalities is not positive.
func (s SizeShare) PerMunicipality() (cost, benefit Money, effort Effort) {
	if s.Municipalities <= 0 {
		return 0, 0, 0
	}
	n := int64(s.Municipalities)
	return Money(divRound(int64(s.Cost), n)), Money(divRound(int64(s.Benefit), n)), Effort(divRound(int64(s.Effort), n))
}

// divRound returns a/n rounded half away from zero, for n > 0.
func divRound(a, n int64) int64 {
	q, r := a/n, a%n
	if r < 0 {
		r = -r
	}
	if r >= n-r {
		if a < 0 {
			q--
		} else {
			q++
		}
	}
	return q
}

// Total returns the sum over all size classes, with the zero Class.
// Sums saturate at Money's range rather than wrap.
func (m *MunicipalShare) Total() SizeShare {
	var t SizeShare
	for _, s := range m.Split {
		t.Municipalities = int(satAdd(int64(t.Municipalities), int64(s.Municipalities)))
		t.Cost = Money(satAdd(int64(t.Cost), int64(s.Cost)))
		t.Benefit = Money(satAdd(int64(t.Benefit), int64(s.Benefit)))
		t.Effort = Effort(satAdd(int64(t.Effort), int64(s.Effort)))
	}
	return t
}

// ImplementationCost is the estimate of what implementation costs the
// municipal sector, with when it was last updated and the year the solution
// is rolled out. Difi's checklist (seed 004), checkpoint 6: "Frå kommunal
// side er det ønskeleg at oppdatering av innføringskostnader vert
// gjennomført i budsjettåret før innføringa skal skje og at dei er så
// presise at kommunar og fylkeskommunar kan bruke dei i samband med
// budsjettering", and its question "Er investeringskostnadene oppdaterte
// innan budsjettåret før dei skal realiserast?"
type ImplementationCost struct {
	Estimate    Money      `json:"estimate"`
	Updated     phase.Date `json:"updated" validate:"valid"`
	RollOutYear int        `json:"rollOutYear" validate:"gte=1900,lte=2200"`
	Note        string     `json:"note,omitempty"`
}

// BudgetYear returns the year before roll-out, in which municipalities
// budget for it ("budsjettåret før innføringa", checkpoint 6).
func (c ImplementationCost) BudgetYear() int {
	if c.RollOutYear < 1 {
		return 0 // no roll-out year; validation reports the field
	}
	return c.RollOutYear - 1
}

// Stale reports whether the estimate has not been updated in the budget
// year (or later) although, at date asOf, that year has come. Before the
// budget year nothing is stale yet. A zero asOf means "after roll-out":
// the estimate is stale whenever it was last updated before the budget
// year.
func (c ImplementationCost) Stale(asOf phase.Date) bool {
	if c.Updated.Year >= c.BudgetYear() {
		return false
	}
	return asOf.IsZero() || asOf.Year >= c.BudgetYear()
}

// checkImplementation reports a stale estimate: a warning during the budget
// year, and from roll-out on with the severity the organisation chose
// (Options.StaleEstimate; a warning by default). The checkpoint itself is a
// wish ("det er ønskeleg") in a checklist that says "bør".
func checkImplementation(fs *phase.Findings, c *ImplementationCost, asOf phase.Date, after phase.Severity) {
	if c.RollOutYear == 0 || !c.Stale(asOf) {
		return
	}
	sev := phase.SeverityWarning
	if after.IsValid() && (asOf.IsZero() || asOf.Year >= c.RollOutYear) {
		sev = after
	}
	by, upd := strconv.Itoa(c.BudgetYear()), c.Updated.Norwegian()
	add(fs, "benefit.implementation_estimate_stale", "municipal.implementation.updated", sev,
		"Estimatet for innføringskostnader i kommunesektoren ble sist oppdatert "+upd+"; det bør oppdateres i budsjettåret "+by+", før innføringen i "+strconv.Itoa(c.RollOutYear),
		"Estimatet for innføringskostnader i kommunesektoren vart sist oppdatert "+upd+"; det bør oppdaterast i budsjettåret "+by+", før innføringa i "+strconv.Itoa(c.RollOutYear),
		"The estimate of implementation costs in the municipal sector was last updated "+upd+"; it should be updated in the budget year "+by+", before roll-out in "+strconv.Itoa(c.RollOutYear))
}
