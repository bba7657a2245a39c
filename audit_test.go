package veiviser

import (
	"encoding/json"
	"errors"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/digitale-helgeland/veiviser/internal/enum/enumtest"
	"github.com/digitale-helgeland/veiviser/phase"
)

func auditLog(t *testing.T) AuditLog {
	t.Helper()
	var a AuditLog
	for _, d := range []phase.Decision{
		{Point: phase.BP1, Outcome: phase.SentBack, Date: phase.MustDate("25.02.2020"), Body: "Styringsgruppen", DecidedBy: "Leder"},
		{Point: phase.BP1, Outcome: phase.Approved, Date: phase.MustDate("28.05.2020"), Body: "Styringsgruppen", DecidedBy: "Leder"},
		{Point: phase.BP2, Outcome: phase.Approved, Date: phase.MustDate("01.12.2020"), Body: "Styringsgruppen", DecidedBy: "Leder"},
		{Point: phase.BP3, Outcome: phase.Approved, Date: phase.MustDate("01.03.2021"), Body: "Prosjekteier", DecidedBy: "Rådmann"},
	} {
		if _, err := a.Append(d); err != nil {
			t.Fatal(err)
		}
	}
	return a
}

// rehash computes entry i's hash again after a change, as someone who
// edits a stored log without a key can.
func rehash(t *testing.T, a AuditLog, i int) AuditLog {
	t.Helper()
	h, err := entryHash(a[i])
	if err != nil {
		t.Fatal(err)
	}
	a[i].Hash = h
	return a
}

// TestAuditVerify: Verify names the problem and the entry, one case per
// problem (issue 13).
func TestAuditVerify(t *testing.T) {
	type want struct {
		Index   int
		Problem AuditProblem
	}
	later := phase.Decision{Point: phase.BP4, Outcome: phase.Approved, Date: phase.MustDate("01.09.2021"), Body: "Prosjekteier", DecidedBy: "Rådmann"}
	tests := []struct {
		name   string
		mutate func(AuditLog) AuditLog
		head   bool
		want   *want
	}{
		{"intact", func(a AuditLog) AuditLog { return a }, true, nil},
		{"empty", func(AuditLog) AuditLog { return nil }, false, nil},
		{"altered comment", func(a AuditLog) AuditLog { a[2].Decision.Comment = "endret i ettertid"; return a }, false, &want{2, AuditAltered}},
		{"altered outcome", func(a AuditLog) AuditLog { a[0].Decision.Outcome = phase.Approved; return a }, false, &want{0, AuditAltered}},
		{"altered, its hash recomputed", func(a AuditLog) AuditLog {
			a[1].Decision.DecidedBy = "Noen andre"
			return rehash(t, a, 1)
		}, false, &want{1, AuditAltered}},
		{"altered first, its hash recomputed", func(a AuditLog) AuditLog {
			a[0].Decision.Comment = "x"
			return rehash(t, a, 0)
		}, true, &want{0, AuditAltered}},
		{"removed in the middle", func(a AuditLog) AuditLog { return slices.Delete(a, 1, 2) }, false, &want{1, AuditRemoved}},
		{"removed first", func(a AuditLog) AuditLog { return a[1:] }, false, &want{0, AuditRemoved}},
		{"duplicated", func(a AuditLog) AuditLog { return slices.Insert(a, 2, a[1]) }, false, &want{2, AuditDuplicated}},
		{"duplicated last", func(a AuditLog) AuditLog { return append(a, a[3]) }, true, &want{4, AuditDuplicated}},
		{"swapped", func(a AuditLog) AuditLog { a[1], a[2] = a[2], a[1]; return a }, false, &want{1, AuditReordered}},
		{"first moved to the end", func(a AuditLog) AuditLog { return append(a[1:], a[0]) }, false, &want{0, AuditReordered}},
		{"appended after the head", func(a AuditLog) AuditLog {
			if _, err := a.Append(later); err != nil {
				t.Fatal(err)
			}
			return a
		}, true, &want{4, AuditAppended}},
		{"truncated, head kept", func(a AuditLog) AuditLog { return a[:3] }, true, &want{3, AuditTruncated}},
		{"emptied, head kept", func(AuditLog) AuditLog { return nil }, true, &want{0, AuditTruncated}},
		{"truncated, no head", func(a AuditLog) AuditLog { return a[:3] }, false, nil},
	}
	for _, tt := range tests {
		orig := auditLog(t)
		head := ""
		if tt.head {
			head = orig.Head()
		}
		err := tt.mutate(orig.Clone()).Verify(head)
		var got *want
		var ae *AuditError
		if errors.As(err, &ae) {
			got = &want{ae.Index, ae.Problem}
			if !errors.Is(err, ErrAuditBroken) {
				t.Errorf("%s: %v does not wrap ErrAuditBroken", tt.name, err)
			}
		} else if err != nil {
			t.Errorf("%s: unexpected error %v", tt.name, err)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: Verify (-want +got):\n%s", tt.name, diff)
		}
	}
}

// TestAuditErrorText: the error names the entry and the problem in plain
// words.
func TestAuditErrorText(t *testing.T) {
	err := error(&AuditError{Index: 1, Problem: AuditAltered})
	if got, want := err.Error(), "veiviser: audit log broken: entry 1 altered"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
}

func TestAuditJSON(t *testing.T) {
	a := auditLog(t)
	b, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	var got AuditLog
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(a, got); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	if err := got.Verify(a.Head()); err != nil {
		t.Errorf("Verify after round trip: %v", err)
	}
	if diff := cmp.Diff(a.Decisions()[1], a[1].Decision); diff != "" {
		t.Errorf("Decisions (-want +got):\n%s", diff)
	}
	if _, err := (&got).Append(phase.Decision{Point: phase.BP4, Outcome: 9}); err == nil {
		t.Error("Append accepted a decision that cannot be encoded")
	}
	if len(got) != len(a) {
		t.Error("failed Append changed the log")
	}
}

func TestEnumTables(t *testing.T) {
	enumtest.Tables(t, map[string]enumtest.Checker{
		"auditProblems": auditProblems,
		"topics":        topics,
	})
}

// TestText checks that Label is Text in one language, and that an invalid
// value is named by its String form.
func TestText(t *testing.T) {
	type texter interface {
		Text() phase.Text
		Label(phase.Language) string
		String() string
		IsValid() bool
	}
	for i := range 10 {
		for _, v := range []texter{AuditProblem(i), Topic(i)} {
			txt := v.Text()
			for _, l := range []phase.Language{phase.Bokmal, phase.Nynorsk, phase.English} {
				if got := v.Label(l); got != txt.In(l) {
					t.Errorf("%T(%v).Label(%v) = %q, Text().In = %q", v, v, l, got, txt.In(l))
				}
			}
			s := v.String()
			if v.IsValid() == (txt == phase.Text{NB: s, NN: s, EN: s}) {
				t.Errorf("%T(%v).Text() = %v; valid %v", v, v, txt, v.IsValid())
			}
		}
	}
}
