package phase

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"
)

func TestParseCaseNumber(t *testing.T) {
	tests := []struct {
		in   string
		want CaseNumber
		ok   bool
	}{
		{"2021/1234", CaseNumber{2021, 1234}, true},
		{" 2021/1234 ", CaseNumber{2021, 1234}, true},
		{"2021 / 1234", CaseNumber{2021, 1234}, true},
		{"2021/01234", CaseNumber{2021, 1234}, true},
		{"2021/\u00a01", CaseNumber{2021, 1}, true},
		{"21/1234", CaseNumber{}, false},   // which century: not guessed
		{"02021/1", CaseNumber{}, false},   // five digits
		{"0999/1", CaseNumber{}, false},    // no year 999
		{"2021/0", CaseNumber{}, false},    // numbers from 1
		{"2021/000", CaseNumber{}, false},  //
		{"2021-1234", CaseNumber{}, false}, // not a case number
		{"2021/1234-8", CaseNumber{}, false},
		{"2021/12 34", CaseNumber{}, false},
		{"2021/+12", CaseNumber{}, false},
		{"2021/99999999999", CaseNumber{}, false},
		{"", CaseNumber{}, false},
		{"xx/xxxx", CaseNumber{}, false},
	}
	for _, tt := range tests {
		got, err := ParseCaseNumber(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("ParseCaseNumber(%q) = %v, %v; want %v, ok %v", tt.in, got, err, tt.want, tt.ok)
		}
		var re *ReferenceError
		if err != nil && (!errors.Is(err, ErrInvalidReference) || !errors.As(err, &re) || re.Input != tt.in) {
			t.Errorf("ParseCaseNumber(%q) error %v is not a *ReferenceError wrapping ErrInvalidReference", tt.in, err)
		}
	}
}

func TestParseRecordID(t *testing.T) {
	tests := []struct {
		in   string
		want RecordID
		ok   bool
	}{
		{"2011/3869-8", RecordID{CaseNumber{2011, 3869}, 8}, true}, // the example of Noark 5, M004
		{"2011 / 3869 - 8", RecordID{CaseNumber{2011, 3869}, 8}, true},
		{"2011/3869–8", RecordID{CaseNumber{2011, 3869}, 8}, true},
		{"2011/03869-008", RecordID{CaseNumber{2011, 3869}, 8}, true},
		{"2011/3869", RecordID{}, false},
		{"2011/3869-0", RecordID{}, false},
		{"2011/3869-8-1", RecordID{}, false},
		{"11/3869-8", RecordID{}, false},
		{"25367/2011", RecordID{}, false}, // a journal number of Noark 4, sequence first
	}
	for _, tt := range tests {
		got, err := ParseRecordID(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("ParseRecordID(%q) = %v, %v; want %v, ok %v", tt.in, got, err, tt.want, tt.ok)
		}
		if err != nil && !errors.Is(err, ErrInvalidReference) {
			t.Errorf("ParseRecordID(%q) error %v does not wrap ErrInvalidReference", tt.in, err)
		}
	}
}

// TestReferenceText checks the stored form: written canonically, read
// only as written.
func TestReferenceText(t *testing.T) {
	type stored struct {
		Case   CaseNumber `json:"case,omitzero"`
		Record RecordID   `json:"record,omitzero"`
	}
	v := stored{Case: CaseNumber{2021, 1234}, Record: RecordID{CaseNumber{2021, 1234}, 8}}
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"case":"2021/1234","record":"2021/1234-8"}`; string(b) != want {
		t.Errorf("Marshal = %s, want %s", b, want)
	}
	var back stored
	if err := json.Unmarshal(b, &back); err != nil || back != v {
		t.Errorf("Unmarshal = %+v, %v; want %+v", back, err, v)
	}
	if b, _ := json.Marshal(stored{}); string(b) != `{}` {
		t.Errorf("Marshal(zero) = %s, want {}", b)
	}
	for _, in := range []string{`{"case":"2021 / 1234"}`, `{"case":"2021/01234"}`, `{"record":"2021/1234–8"}`, `{"case":"21/1234"}`} {
		if err := json.Unmarshal([]byte(in), &back); !errors.Is(err, ErrInvalidReference) {
			t.Errorf("Unmarshal(%s) = %v, want an error wrapping ErrInvalidReference", in, err)
		}
	}
	if _, err := (CaseNumber{Year: 21, Sequence: 1}).MarshalText(); !errors.Is(err, ErrInvalidReference) {
		t.Errorf("MarshalText of an invalid case number = %v", err)
	}
	if _, err := (RecordID{Case: CaseNumber{2021, 1}}).MarshalText(); !errors.Is(err, ErrInvalidReference) {
		t.Errorf("MarshalText of a record ID without number = %v", err)
	}
}

func FuzzParseReference(f *testing.F) {
	for _, s := range []string{"2021/1234", "2021 / 01234", "2011/3869-8", "2011/3869–8", "21/1", "", "9999/2147483647-2147483647"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if c, err := ParseCaseNumber(s); err == nil {
			if !c.IsValid() {
				t.Fatalf("ParseCaseNumber(%q) = %v, invalid", s, c)
			}
			var back CaseNumber
			if err := back.UnmarshalText([]byte(c.String())); err != nil || back != c {
				t.Fatalf("the stored form %q of %q reads as %v, %v", c, s, back, err)
			}
		}
		if r, err := ParseRecordID(s); err == nil {
			if !r.IsValid() {
				t.Fatalf("ParseRecordID(%q) = %v, invalid", s, r)
			}
			var back RecordID
			if err := back.UnmarshalText([]byte(r.String())); err != nil || back != r {
				t.Fatalf("the stored form %q of %q reads as %v, %v", r, s, back, err)
			}
		}
		var c CaseNumber
		if c.UnmarshalText([]byte(s)) == nil && c.String() != s {
			t.Fatalf("UnmarshalText(%q) read %v: not the stored form", s, c)
		}
	})
}

func ExampleParseCaseNumber() {
	for _, s := range []string{"2021 / 01234", "21/1234"} {
		c, err := ParseCaseNumber(s)
		fmt.Println(c, err)
	}
	r, _ := ParseRecordID("2011/3869–8")
	fmt.Println(r, r.Case, r.Number)
	// Output:
	// 2021/1234 <nil>
	//  veiviser: invalid case number "21/1234": the year (saksår) needs four digits
	// 2011/3869-8 2011/3869 8
}
