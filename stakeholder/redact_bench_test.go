package stakeholder

import (
	"strconv"
	"strings"
	"testing"

	"github.com/digitale-helgeland/veiviser/internal/redact/redacttest"
)

// megabyteRegister returns a register of 200 named stakeholders whose
// first stakeholder's expectations are about 1 MB of prose with a name, in
// one of the forms redaction recognises, in every sentence.
func megabyteRegister() Register {
	var r Register
	var names []string
	for i := range 200 {
		n := redacttest.Names[i%len(redacttest.Names)] + " Etternavn" + strconv.Itoa(i)
		names = append(names, n)
		r.Stakeholders = append(r.Stakeholders, Stakeholder{ID: "S" + strconv.Itoa(i), Group: "Rådmenn", Name: n})
	}
	var b strings.Builder
	for i := 0; b.Len() < 1<<20; i++ {
		forms := redacttest.Forms(names[i%len(names)])
		b.WriteString("Styringsgruppen ba prosjektlederen om en oppdatert gevinstplan, og ")
		b.WriteString(forms[i%len(forms)])
		b.WriteString(" la den fram i møtet på Sandnessjøen. ")
	}
	r.Stakeholders[0].Expectations = b.String()
	return r
}

// BenchmarkRedacted1MB redacts a register with 1 MB of free text and 200
// names; BenchmarkNameLeaks1MB checks the same register for names.
func BenchmarkRedacted1MB(b *testing.B) {
	r := megabyteRegister()
	if red := r.Redacted(); red.NameLeaks() != nil || strings.Count(red.Stakeholders[0].Expectations, RedactedName) < 5000 {
		b.Fatal("the register was not redacted")
	}
	b.SetBytes(int64(len(r.Stakeholders[0].Expectations)))
	b.ReportAllocs()
	for b.Loop() {
		r.Redacted()
	}
}

func BenchmarkNameLeaks1MB(b *testing.B) {
	r := megabyteRegister()
	if len(r.NameLeaks()) != 1 {
		b.Fatal("want one leak")
	}
	b.SetBytes(int64(len(r.Stakeholders[0].Expectations)))
	b.ReportAllocs()
	for b.Loop() {
		r.NameLeaks()
	}
}
