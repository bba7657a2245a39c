package report

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestContrast checks the page's colours against WCAG 2.1: text at least
// 4.5:1 against what it stands on (1.4.3), the marks and lines that carry
// meaning at least 3:1 against theirs (1.4.11). axe-core checks the HTML
// text of the page in the browser test, but cannot tell what SVG text
// stands on, so the pairs are checked here, from style.css itself.
func TestContrast(t *testing.T) {
	css := rules(t, styleSheet)
	white := "#ffffff"
	type pair struct {
		what     string
		fg, bg   string
		minRatio float64
	}
	var pairs []pair
	text := func(what, fg, bg string) { pairs = append(pairs, pair{what, fg, bg, 4.5}) }
	mark := func(what, fg, bg string) { pairs = append(pairs, pair{what, fg, bg, 3}) }

	svgText := css.get(t, "svg text", "fill")
	for _, ph := range []string{"idea", "concept", "planning", "execution", "closure", "realisation"} {
		fill := css.get(t, ".ph-"+ph+" .mark-phase", "fill")
		text("phase label on "+ph, svgText, fill)
		mark("phase outline around "+ph, css.get(t, ".seg .mark-phase", "stroke"), white)
		mark("timeline bar outline around "+ph, css.get(t, ".mark-bar", "stroke"), fill)
		text("legend number on "+ph, css.get(t, "html", "color"), css.get(t, ".swatch.ph-"+ph, "background"))
	}
	for _, q := range []string{".q-closely", ".q-satisfied", ".q-informed", ".q-monitor"} {
		fill := css.get(t, q, "fill")
		text("quadrant name on "+q, svgText, fill)
		mark("stakeholder dot on "+q, css.get(t, ".mark-stakeholder", "fill"), fill)
		mark("quadrant split on "+q, css.get(t, ".split", "stroke"), fill)
	}
	text("today's label", css.get(t, "svg .today-label", "fill"), white)
	text("page text", css.get(t, "html", "color"), css.get(t, "html", "background"))
	text("table head", css.get(t, "html", "color"), css.get(t, "thead th", "background"))
	text("muted text", css.get(t, ".muted", "color"), white)
	text("kind", css.get(t, ".kind", "color"), white)
	text("term", css.get(t, "dt", "color"), white)
	text("link", css.get(t, "a", "color"), white)
	text("error badge", css.get(t, ".sev-error", "color"), white)
	text("warning badge", css.get(t, ".sev-warning", "color"), white)
	text("ready verdict", css.get(t, ".verdict.ready", "color"), css.get(t, ".verdict.ready", "background"))
	text("not ready verdict", css.get(t, ".verdict.not-ready", "color"), css.get(t, ".verdict.not-ready", "background"))
	text("answered", css.get(t, ".st-answered", "color"), white)
	text("blocking", css.get(t, ".blocking", "color"), white)
	for _, lg := range []string{".lg-baseline", ".lg-measure", ".lg-target", ".lg-planned"} {
		text("legend "+lg, css.get(t, lg, "color"), white)
	}
	for _, m := range []struct{ sel, prop string }{
		{".mark-measure", "fill"}, {".mark-target", "fill"}, {".mark-baseline", "fill"},
		{".actual", "stroke"}, {".planned", "stroke"}, {".today", "stroke"}, {".axis", "stroke"},
		{".bp .mark-bp", "stroke"}, {".bp.approved .mark-bp", "fill"}, {".bp.sentback .mark-bp", "stroke"},
		{".bp.stopped .mark-bp", "fill"}, {".bp.next .mark-bp", "stroke"}, {".seg.ahead .mark-phase", "stroke"},
		{".seg.current .mark-phase", "stroke"}, {".bar.now .mark-bar", "stroke"},
	} {
		mark(m.sel+" "+m.prop, css.get(t, m.sel, m.prop), white)
	}

	for _, p := range pairs {
		if r := contrast(t, p.fg, p.bg); r < p.minRatio {
			t.Errorf("%s: %s on %s is %.2f:1, want at least %.1f:1", p.what, p.fg, p.bg, r, p.minRatio)
		}
	}
}

// css is a style sheet's declarations by selector.
type css map[string]map[string]string

var ruleRE = regexp.MustCompile(`([^{}]+)\{([^{}]*)\}`)

// rules reads the rules of a style sheet without nesting beyond @media.
func rules(t *testing.T, sheet string) css {
	out := css{}
	sheet = regexp.MustCompile(`(?s)/\*.*?\*/`).ReplaceAllString(sheet, "")
	for _, m := range ruleRE.FindAllStringSubmatch(sheet, -1) {
		for _, sel := range strings.Split(m[1], ",") {
			sel = strings.Join(strings.Fields(sel), " ")
			if out[sel] == nil {
				out[sel] = map[string]string{}
			}
			for _, d := range strings.Split(m[2], ";") {
				k, v, ok := strings.Cut(d, ":")
				if ok {
					out[sel][strings.TrimSpace(k)] = strings.TrimSpace(v)
				}
			}
		}
	}
	return out
}

// get returns the value of property prop in the rule for selector sel.
func (c css) get(t *testing.T, sel, prop string) string {
	t.Helper()
	v, ok := c[sel][prop]
	if !ok {
		t.Fatalf("style.css has no %s for %s", prop, sel)
	}
	return v
}

// contrast is the WCAG 2.1 contrast ratio of two colours #rrggbb.
func contrast(t *testing.T, a, b string) float64 {
	t.Helper()
	la, lb := luminance(t, a), luminance(t, b)
	return (math.Max(la, lb) + 0.05) / (math.Min(la, lb) + 0.05)
}

// luminance is the relative luminance of #rrggbb (WCAG 2.1, definitions).
func luminance(t *testing.T, hex string) float64 {
	t.Helper()
	if len(hex) != 7 || hex[0] != '#' {
		t.Fatalf("colour %q: want #rrggbb", hex)
	}
	var c [3]float64
	for i := range c {
		n, err := strconv.ParseUint(hex[1+2*i:3+2*i], 16, 8)
		if err != nil {
			t.Fatal(err)
		}
		s := float64(n) / 255
		if s <= 0.04045 {
			c[i] = s / 12.92
		} else {
			c[i] = math.Pow((s+0.055)/1.055, 2.4)
		}
	}
	return 0.2126*c[0] + 0.7152*c[1] + 0.0722*c[2]
}

// TestContrastFormula checks the formula on WCAG's own extremes.
func TestContrastFormula(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want string
	}{
		{"#000000", "#ffffff", "21.00"},
		{"#ffffff", "#ffffff", "1.00"},
		{"#767676", "#ffffff", "4.54"}, // the lightest grey that passes 4.5:1 on white
	} {
		if got := fmt.Sprintf("%.2f", contrast(t, tc.a, tc.b)); got != tc.want {
			t.Errorf("contrast(%s, %s) = %s, want %s", tc.a, tc.b, got, tc.want)
		}
	}
}
