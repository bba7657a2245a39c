package veiviser

import (
	"bytes"
	"encoding/json"
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/digitale-helgeland/veiviser/phase"
	"github.com/digitale-helgeland/veiviser/product"
)

// TestEncodeLarge checks that Encode writes the large project of the
// benchmarks (whose bytes TestStorageGolden keeps) as json.Marshal writes
// it, and that MarshalJSON, which json.Marshal calls, returns it compact:
// what json.Marshal makes of it is what MarshalJSON returned.
func TestEncodeLarge(t *testing.T) {
	p := largeProject(t)
	want, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := Encode(&buf, p); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(want, buf.Bytes()) {
		t.Errorf("Encode writes %d bytes unlike json.Marshal's %d", buf.Len(), len(want))
	}
	got, err := p.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(want, got) {
		t.Errorf("MarshalJSON returns %d bytes, json.Marshal writes %d: not compact as written", len(got), len(want))
	}
}

// failWriter fails every write after the first n.
type failWriter struct{ n int }

var errWrite = errors.New("disk full")

func (w *failWriter) Write(b []byte) (int, error) {
	if w.n == 0 {
		return 0, errWrite
	}
	w.n--
	return len(b), nil
}

// TestEncodeRefuses checks that Encode refuses what MarshalJSON refuses,
// with the same error, before it writes anything, down to a measurement
// of the benefit plan; and that it returns the writer's error.
func TestEncodeRefuses(t *testing.T) {
	tests := []struct {
		name string
		edit func(p *Project)
		path string
		want error
	}{
		{"agency", func(p *Project) { p.Agency = "\xff" }, "agency", phase.ErrInvalidUTF8},
		{"measurement comment", func(p *Project) {
			bp := p.Document(phase.BenefitPlan).(*product.BenefitPlan)
			bp.Plan.Benefits[1].Indicators[2].Measurements[39].Comment = "a\xc3"
		}, "documents[%d].document.plan.benefits[1].indicators[2].measurements[39].comment", phase.ErrInvalidUTF8},
		{"measurement date", func(p *Project) {
			bp := p.Document(phase.BenefitPlan).(*product.BenefitPlan)
			bp.Plan.Benefits[0].Indicators[0].Measurements[0].Date = phase.Date{Year: 2021, Month: 13, Day: 1}
		}, "documents[%d].document.plan.benefits[0].indicators[0].measurements[0].date", phase.ErrInvalidDate},
		{"checklists", func(p *Project) { p.Checklists.KS().Title.NN = "\xff" }, "checklists.ks.title.nn", phase.ErrInvalidUTF8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := largeProject(t)
			tt.edit(p)
			path := tt.path
			for i, d := range p.Documents {
				if d.Kind() == phase.BenefitPlan {
					path = strings.Replace(tt.path, "%d", strconv.Itoa(i), 1)
				}
			}
			_, merr := p.MarshalJSON()
			var buf bytes.Buffer
			err := Encode(&buf, p)
			var pe *phase.PathError
			if !errors.As(err, &pe) || pe.Path != path || !errors.Is(err, tt.want) {
				t.Errorf("Encode = %v; want a *phase.PathError at %s wrapping %v", err, path, tt.want)
			}
			if diff := cmp.Diff(merr.Error(), err.Error()); diff != "" {
				t.Errorf("Encode's error against MarshalJSON's (-want +got):\n%s", diff)
			}
			if buf.Len() > 0 {
				t.Errorf("Encode wrote %d bytes before refusing", buf.Len())
			}
		})
	}
	if err := Encode(&failWriter{n: 2}, sampleProject(t)); err != errWrite {
		t.Errorf("Encode to a failing writer = %v, want %v", err, errWrite)
	}
}
