package product

import (
	"reflect"
	"strconv"
	"strings"
	"unicode"

	outl "github.com/digitale-helgeland/veiviser/internal/outline"
	"github.com/digitale-helgeland/veiviser/phase"
)

// rtBudgetLine is the type of a budget's lines.
var rtBudgetLine = reflect.TypeFor[BudgetLine]()

// budgetGrid reads Digdir's «Periodisert budsjett» (Styringsdokument 4.0,
// 9.3) into the budget v, the list at path: a grid whose first row gives
// the years ("2024", or the template's "20xx" where the author left it),
// whose second row, when it has one, gives the months (1–12) under a
// "Sum" column, and each of whose other rows is a cost line
// ("Organisasjon", "Programvare", …) with its amounts, which the template
// gives as «Alle tall i mill. NOK, avrundet til én desimal». Each amount
// becomes a BudgetLine: its period the year and month ("2024-11"), or the
// year when the grid has no months; its note the cost line; its amount in
// whole kroner (1,5 is 1 500 000). The Sum columns and the rows of totals
// ("Total prosjekt", "Sum") are computed from the rest and not read; rows
// without amounts ("Hovedprosjekt", "Fordelt på delfaser:") head what
// follows them. It reports false, and reads nothing, when the table is no
// such grid, and, with grid true, when it is one but an amount is not a
// number of millions: the caller then keeps the table as it is.
func (r *reader) budgetGrid(v reflect.Value, path string, u *unit, run []outl.Block) (ok, grid bool) {
	if v.Type().Elem() != rtBudgetLine {
		return false, false
	}
	var rows [][]string
	var locs []Location
	for _, b := range run {
		for ri, row := range b.Rows {
			rows = append(rows, row)
			locs = append(locs, locationOf(u.path, b.RowLocation(ri)))
		}
	}
	if len(rows) < 2 {
		return false, false
	}
	// The columns of amounts: from the first that the first row gives a
	// year, each taking the last year given at or before it.
	years := make([]string, len(rows[0]))
	first, n := -1, 0
	for ci, c := range rows[0] {
		if y := strings.TrimSpace(c); isBudgetYear(y) {
			years[ci] = y
			n++
			if first < 0 {
				first = ci
			}
		} else if first >= 0 && y == "" {
			years[ci] = years[ci-1]
		}
	}
	if n < 2 || first < 1 {
		return false, false
	}
	body := rows[1:]
	bodyLocs := locs[1:]
	months := make([]string, len(rows[0]))
	sum := make([]bool, len(rows[0]))
	if m, ok := budgetMonths(rows[1], first); ok {
		months, body, bodyLocs = m, rows[2:], locs[2:]
		for ci, c := range rows[1] {
			sum[ci] = isTotal(c)
		}
	}
	for ci, c := range rows[0] {
		sum[ci] = sum[ci] || isTotal(c)
	}

	var lines []BudgetLine
	var at []Location
	for ri, row := range body {
		label := budgetLabel(row, first, sum)
		if isTotal(label) || totalRow(row[:min(first, len(row))]) {
			continue
		}
		for ci := first; ci < len(row) && ci < len(years); ci++ {
			cell := strings.TrimSpace(row[ci])
			if cell == "" || sum[ci] || years[ci] == "" || phase.SaysNothing(cell) {
				continue
			}
			kr, ok := millions(cell)
			if !ok {
				return false, true
			}
			period := years[ci]
			if months[ci] != "" {
				period += "-" + months[ci]
			}
			lines = append(lines, BudgetLine{Period: period, Amount: kr, Note: label})
			at = append(at, bodyLocs[ri])
		}
	}
	for i, l := range lines {
		ep := path + "[" + strconv.Itoa(v.Len()) + "]"
		r.appendElem(v, ep, reflect.ValueOf(l), at[i])
	}
	return true, true
}

// isBudgetYear reports whether s heads a year's columns: a year from 1900
// to 2199, or the template's "20xx".
func isBudgetYear(s string) bool {
	if strings.EqualFold(s, "20xx") {
		return true
	}
	y, err := strconv.Atoi(s)
	return err == nil && len(s) == 4 && y >= 1900 && y < 2200
}

// budgetMonths returns the months the second row of a budget grid gives
// its amount columns (from column first), two digits each, and whether
// it gives them: every column of amounts a month 1–12 or a sum.
func budgetMonths(row []string, first int) ([]string, bool) {
	months := make([]string, len(row))
	n := 0
	for ci := first; ci < len(row); ci++ {
		c := strings.TrimSpace(row[ci])
		if c == "" || isTotal(c) {
			continue
		}
		m, err := strconv.Atoi(strings.TrimSuffix(c, "."))
		if err != nil || m < 1 || m > 12 {
			return nil, false
		}
		months[ci] = strconv.Itoa(m)
		if m < 10 {
			months[ci] = "0" + months[ci]
		}
		n++
	}
	return months, n > 0
}

// budgetLabel returns a cost line's label: the texts of the columns
// before the amounts, but a sum's, each once.
func budgetLabel(row []string, first int, sum []bool) string {
	var parts []string
	for ci := 0; ci < first && ci < len(row); ci++ {
		if sum[ci] {
			continue
		}
		c := strings.TrimSpace(row[ci])
		if c != "" && (len(parts) == 0 || parts[len(parts)-1] != c) {
			parts = append(parts, c)
		}
	}
	return strings.Join(parts, " – ")
}

// isTotal reports whether a cell heads a computed total: "Sum", "Total",
// "Totalt", or begins with one of them ("Total prosjekt").
func isTotal(s string) bool {
	f := fold(s)
	for _, w := range totalWords {
		if f == w || strings.HasPrefix(f, w+" ") {
			return true
		}
	}
	return false
}

// millions returns the whole kroner of an amount in millions as the
// template gives them ("1,5", "0.25", "12"): at most six decimals, no
// sign, within int64; blanks that group digits are allowed.
func millions(s string) (int64, bool) {
	s = strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
	whole, frac, _ := strings.Cut(strings.ReplaceAll(s, ",", "."), ".")
	if whole == "" || len(frac) > 6 || !allDigits(whole) || !allDigits(frac) || len(whole) > 12 {
		return 0, false
	}
	w, _ := strconv.ParseInt(whole, 10, 64)
	f := int64(0)
	if frac != "" {
		f, _ = strconv.ParseInt(frac+strings.Repeat("0", 6-len(frac)), 10, 64)
	}
	return w*1_000_000 + f, true
}

// allDigits reports whether s is ASCII digits only ("" is).
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
