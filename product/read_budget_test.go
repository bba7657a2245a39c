package product

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// TestReadBudgetGrid reads Digdir's «Periodisert budsjett» as authors fill
// it: years over months, a Sum column, cost lines with amounts in millions
// of kroner, a line of totals.
func TestReadBudgetGrid(t *testing.T) {
	heads := []string{para("", "Styringsdokument"), head(1, "Prosjektplan"), head(2, "Periodisert budsjett")}
	tests := []struct {
		name     string
		grid     [][]string
		want     []BudgetLine
		unmapped bool
	}{
		{
			name: "months",
			grid: [][]string{
				{"", "", "2024", "2024", "2025"},
				{"", "Sum", "11", "12", "1"},
				{"Hovedprosjekt", "", "", "", ""},
				{"Organisasjon", "2", "1,5", "0,5", ""},
				{"Programvare", "2,25", "", "0.25", "2"},
				{"Total prosjekt", "4,25", "1,5", "0,75", "2"},
			},
			want: []BudgetLine{
				{Period: "2024-11", Amount: 1_500_000, Note: "Organisasjon"},
				{Period: "2024-12", Amount: 500_000, Note: "Organisasjon"},
				{Period: "2024-12", Amount: 250_000, Note: "Programvare"},
				{Period: "2025-01", Amount: 2_000_000, Note: "Programvare"},
			},
		},
		{
			name: "years, merged and left as the template has them",
			grid: [][]string{
				{"", "20xx", "2026", ""},
				{"Infrastruktur", "1", "12 000,5", "3"},
			},
			want: []BudgetLine{
				{Period: "20xx", Amount: 1_000_000, Note: "Infrastruktur"},
				{Period: "2026", Amount: 12_000_500_000, Note: "Infrastruktur"},
				{Period: "2026", Amount: 3_000_000, Note: "Infrastruktur"},
			},
		},
		{
			name: "an amount that is no number keeps the table as it is",
			grid: [][]string{
				{"", "2024", "2025"},
				{"Organisasjon", "mye", "1"},
			},
			unmapped: true,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			im, err := Read(docx(t, "Styringsdokument_v4.0.docx", append(heads, table(tc.grid...))...), ReadOptions{})
			if err != nil {
				t.Fatal(err)
			}
			g := im.Document.(*GoverningDocument)
			if diff := cmp.Diff(tc.want, g.Plan.Budget, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("budget (-want +got):\n%s", diff)
			}
			unmapped := false
			for _, f := range im.Findings {
				unmapped = unmapped || strings.HasSuffix(string(f.Code), ".content_unmapped")
			}
			if unmapped != tc.unmapped {
				t.Errorf("content_unmapped %v, want %v", unmapped, tc.unmapped)
			}
			if len(tc.want) > 0 {
				if _, ok := im.Locate("plan.budget[0]"); !ok {
					t.Error("plan.budget[0] has no location")
				}
			}
		})
	}
}

// TestMillions checks amounts in millions of kroner.
func TestMillions(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int64
		ok   bool
	}{
		{"1", 1_000_000, true}, {"1,5", 1_500_000, true}, {"0.000001", 1, true}, {"1 234,5", 1_234_500_000, true},
		{"999999999999", 999_999_999_999_000_000, true},
		{"9999999999999", 0, false}, {"-1", 0, false}, {"1,2345678", 0, false}, {"", 0, false}, {"1e6", 0, false}, {",5", 0, false},
	} {
		got, ok := millions(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("millions(%q) = %d, %v; want %d, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}
