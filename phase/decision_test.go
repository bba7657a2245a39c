package phase

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDecisionReferences checks a decision's Noark 5 references: a case
// number and a record (journalpost) of that case, valid each, and the
// record in the decision's case.
func TestDecisionReferences(t *testing.T) {
	base := Decision{Point: BP1, Outcome: Approved, Date: MustDate("25.02.2020"), Body: "Styringsgruppen", DecidedBy: "Leder"}
	c2021 := CaseNumber{Year: 2021, Sequence: 1234}
	for _, tc := range []struct {
		name   string
		change func(*Decision)
		want   []string // codes and paths
	}{
		{"none", func(*Decision) {}, nil},
		{"case and its record", func(d *Decision) { d.CaseNumber, d.Record = c2021, RecordID{Case: c2021, Number: 8} }, nil},
		{"a record alone", func(d *Decision) { d.Record = RecordID{Case: c2021, Number: 8} }, nil},
		{"a record of another case", func(d *Decision) {
			d.CaseNumber, d.Record = c2021, RecordID{Case: CaseNumber{Year: 2021, Sequence: 99}, Number: 1}
		}, []string{"decision.record_case record"}},
		{"an invalid record", func(d *Decision) { d.Record = RecordID{Case: c2021} }, []string{"decision.record record"}},
		{"an invalid case number", func(d *Decision) { d.CaseNumber = CaseNumber{Year: 21, Sequence: 1} }, []string{"decision.case_number caseNumber"}},
	} {
		d := base
		tc.change(&d)
		var got []string
		for _, f := range d.Validate() {
			got = append(got, string(f.Code)+" "+f.Path)
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, diff)
		}
		if !d.Equal(d.Clone()) {
			t.Errorf("%s: not equal to its clone", tc.name)
		}
	}
	a, b := base, base
	b.Record = RecordID{Case: c2021, Number: 8}
	if a.Equal(b) {
		t.Error("decisions with different records are equal")
	}
}
