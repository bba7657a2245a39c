package phase

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// asker2020 is the "Foreløpig tidsplan" of the Digitale Asker 2020 mandate (seed 001).
func asker2020() Timeline {
	return Timeline{
		{Phase: Concept, Start: MustDate("30.09.2016"), End: MustDate("31.12.2016")},
		{Phase: Planning, Start: MustDate("01.01.2017"), End: MustDate("30.06.2017")},
		{Phase: Execution, Start: MustDate("01.07.2017"), End: MustDate("31.12.2019")},
		{Phase: Closure, Start: MustDate("01.01.2019"), End: MustDate("30.06.2020")},
		{Phase: Realisation, Start: MustDate("01.07.2020"), End: MustDate("31.12.2022")},
	}
}

func TestTimelineValidate(t *testing.T) {
	type row struct {
		Code     Code
		Path     string
		Severity Severity
	}
	tests := []struct {
		name string
		tl   Timeline
		want []row
	}{
		{"empty", nil, nil},
		{"seed 001 overlap", asker2020(), []row{{"timeline.overlap", "[3].start", SeverityError}}},
		{"end before start", Timeline{{Phase: Concept, Start: MustDate("2020-02-01"), End: MustDate("2020-01-01")}},
			[]row{{"timeline.end_before_start", "[0].end", SeverityError}}},
		{"out of order", Timeline{
			{Phase: Planning, Start: MustDate("2020-01-01"), End: MustDate("2020-02-01")},
			{Phase: Concept, Start: MustDate("2020-02-02"), End: MustDate("2020-03-01")},
		}, []row{{"timeline.order", "[1].phase", SeverityError}}},
		{"gap", Timeline{
			{Phase: Concept, Start: MustDate("2020-01-01"), End: MustDate("2020-01-31")},
			{Phase: Planning, Start: MustDate("2020-03-01"), End: MustDate("2020-04-01")},
		}, []row{{"timeline.gap", "[1].start", SeverityWarning}}},
		{"back to back is fine", Timeline{
			{Phase: Concept, Start: MustDate("2020-01-01"), End: MustDate("2020-01-31")},
			{Phase: Planning, Start: MustDate("2020-02-01"), End: MustDate("2020-04-01")},
			{Phase: Execution, Sub: 1, Start: MustDate("2020-04-02"), End: MustDate("2020-05-01")},
			{Phase: Execution, Sub: 2, Start: MustDate("2020-05-02"), End: MustDate("2020-06-01")},
		}, nil},
		{"duplicate and same-day overlap", Timeline{
			{Phase: Concept, Start: MustDate("2020-01-01"), End: MustDate("2020-01-31")},
			{Phase: Concept, Start: MustDate("2020-01-31"), End: MustDate("2020-02-10")},
		}, []row{{"timeline.duplicate", "[1].phase", SeverityError}, {"timeline.overlap", "[1].start", SeverityError}}},
		{"bad phase and dates", Timeline{
			{Phase: 0, Start: MustDate("2020-01-01"), End: MustDate("2020-01-31")},
			{Phase: Planning},
		}, []row{{"timeline.phase", "[0].phase", SeverityError}, {"timeline.date", "[1].start", SeverityError}, {"timeline.date", "[1].end", SeverityError}}},
	}
	for _, tt := range tests {
		var got []row
		for _, f := range tt.tl.Validate() {
			got = append(got, row{f.Code, f.Path, f.Severity})
			if f.Message.NB == "" || f.Message.NN == "" || f.Message.EN == "" {
				t.Errorf("%s: %v lacks a message", tt.name, f)
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: Validate (-want +got):\n%s", tt.name, diff)
		}
	}
}

func TestTimelineOverlapMessage(t *testing.T) {
	fs := asker2020().Validate()
	want := Text{
		NB: "Avslutningsfase starter 01.01.2019, før Gjennomføringsfase slutter 31.12.2019",
		NN: "Avslutningsfasen startar 01.01.2019, før Gjennomføringsfasen sluttar 31.12.2019",
		EN: "Closure phase starts 01.01.2019, before Execution phase ends 31.12.2019",
	}
	if len(fs) != 1 {
		t.Fatalf("findings = %v", fs)
	}
	if diff := cmp.Diff(want, fs[0].Message); diff != "" {
		t.Errorf("message (-want +got):\n%s", diff)
	}
}

func TestTimelineBounds(t *testing.T) {
	tl := asker2020()
	if got := tl.Start(); got != MustDate("30.09.2016") {
		t.Errorf("Start = %v", got)
	}
	if got := tl.End(); got != MustDate("31.12.2022") {
		t.Errorf("End = %v", got)
	}
	if p, ok := tl.Find(Closure); !ok || p.Start != MustDate("01.01.2019") {
		t.Errorf("Find(Closure) = %v, %v", p, ok)
	}
	if _, ok := tl.Find(Idea); ok {
		t.Error("Find(Idea) found a period")
	}
	if !(Timeline{}).Start().IsZero() {
		t.Error("empty Start is not zero")
	}
}
