package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/digitale-helgeland/veiviser/product"
	"github.com/google/go-cmp/cmp"
)

// TestCheckAllOrder: checkAll reports the inputs in the order given however
// the parallel checks end. A reader plugged into the seam makes input i
// wait until input i+1 is done, so that they end in the reverse order.
func TestCheckAllOrder(t *testing.T) {
	const n = 6
	dir := t.TempDir()
	var sources []source
	for i := range n {
		name := filepath.Join(dir, fmt.Sprintf("%d.docx", i))
		if err := os.WriteFile(name, fmt.Appendf(nil, "PK\x03\x04 %d", i), 0o644); err != nil {
			t.Fatal(err)
		}
		sources = append(sources, source{name: name})
	}
	done := make([]chan struct{}, n+1)
	for i := range done {
		done[i] = make(chan struct{})
	}
	close(done[n])
	var mu sync.Mutex
	var ended []int
	c := newCLI(nil, nil, nil)
	c.workers = n // every input at once: with fewer, the waits would never end
	c.readExport = func(f format, data []byte) (exportReading, error) {
		var i int
		if _, err := fmt.Sscanf(string(data[len("PK\x03\x04 "):]), "%d", &i); err != nil {
			return exportReading{}, err
		}
		<-done[i+1]
		mu.Lock()
		ended = append(ended, i)
		mu.Unlock()
		close(done[i])
		m := &product.Mandate{}
		m.Header.Project = fmt.Sprint(i)
		return exportReading{Document: m}, nil
	}
	results, err := c.checkAll(sources)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range results {
		got = append(got, filepath.Base(r.file))
	}
	want := []string{"0.docx", "1.docx", "2.docx", "3.docx", "4.docx", "5.docx"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("report order (-want +got):\n%s", diff)
	}
	if !slices.Equal(ended, []int{5, 4, 3, 2, 1, 0}) {
		t.Errorf("the checks ended in the order %v, want the reverse of the inputs: the test proves nothing", ended)
	}
}

// templateSources returns Digdir's Word templates in product/templates, the
// inputs of the parallel benchmark.
func templateSources(tb testing.TB) []source {
	names, err := filepath.Glob(filepath.Join("..", "..", "product", "templates", "*.docx"))
	if err != nil || len(names) == 0 {
		tb.Fatalf("no templates in product/templates: %v", err)
	}
	var out []source
	for _, n := range names {
		out = append(out, source{name: n})
	}
	return out
}

// BenchmarkCheckParallel measures check on Digdir's 13 Word templates (each
// benchmark operation checks them all) one by one (workers=1) and in
// parallel (workers=GOMAXPROCS), beside the raw cost of what check is built
// on: reading each file, product.Read and Validate, one by one. The ratio
// workers=1 / parallel is what checking in parallel gains on this machine;
// workers=1 / library is the command's own cost (sniffing, locating
// findings).
func BenchmarkCheckParallel(b *testing.B) {
	sources := templateSources(b)
	b.Run("library", func(b *testing.B) {
		for b.Loop() {
			for _, s := range sources {
				data, err := os.ReadFile(s.name)
				if err != nil {
					b.Fatal(err)
				}
				im, err := product.Read(data, product.ReadOptions{Format: product.FormatDocx})
				if err != nil {
					b.Fatal(err)
				}
				im.Document.Validate()
			}
		}
	})
	for _, workers := range []int{1, 0} {
		name := "workers=1"
		if workers == 0 {
			name = "parallel"
		}
		b.Run(name, func(b *testing.B) {
			c := newCLI(nil, nil, nil)
			if workers > 0 {
				c.workers = workers
			}
			b.ReportMetric(float64(c.workers), "workers")
			for b.Loop() {
				if _, err := c.checkAll(sources); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestCheckTemplates checks every one of Digdir's Word templates in
// product/templates at once, in parallel, as "veiviser check
// product/templates" does: each is recognised as its template, language
// and version (told here from its file name), and, blank, fails with
// error findings; and four of them (four templates, both languages)
// checked one by one give the same report, byte for byte, as in parallel.
// Under -race it finds data races in reading many documents at once.
func TestCheckTemplates(t *testing.T) {
	sources := templateSources(t)
	if len(sources) != 13 {
		t.Errorf("%d templates in product/templates, want 13", len(sources))
	}
	c := newCLI(nil, nil, nil)
	c.workers = max(c.workers, 4)
	all, err := c.checkAll(sources)
	if err != nil {
		t.Fatal(err)
	}
	kinds := []struct{ prefix, template string }{
		{"gevinstrealiseringsplan", "benefit_plan"}, {"mandat_for_konseptfasen", "mandate"},
		{"prosjektforslag", "project_proposal"}, {"prosjektbegrunnelse", "business_case"},
		{"prosjektgrunngjeving", "business_case"}, {"sluttrapport", "final_report"},
		{"styringsdokument", "governing_document"},
	}
	version := regexp.MustCompile(`_v(\d+\.\d+)(\.\d+)?\.docx$`)
	for _, r := range all {
		name := strings.ToLower(filepath.Base(r.file))
		lang := "nb"
		if n, ok := strings.CutPrefix(name, "nynorsk_-_"); ok {
			name, lang = n, "nn"
		}
		type id struct{ Template, Language, Version string }
		want := id{Template: "?", Language: lang}
		for _, k := range kinds {
			if strings.HasPrefix(name, k.prefix) {
				want.Template = k.template
			}
		}
		if m := version.FindStringSubmatch(name); m != nil {
			want.Version = m[1]
		}
		got := id{Template: r.template, Language: r.language, Version: r.version}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", r.file, diff)
		}
		if !r.findings.HasErrors() {
			t.Errorf("%s: no error findings in a blank template", r.file)
		}
	}

	var some []source
	var inParallel []checked
	for i, s := range sources {
		switch filepath.Base(s.name) {
		case "Mandat_for_konseptfasen_v4.0.0.docx", "Nynorsk_-_styringsdokument_v4.0.docx", "Sluttrapport_v5.0.docx", "Nynorsk_-_gevinstrealiseringsplan_v4.0.docx":
			some = append(some, s)
			inParallel = append(inParallel, all[i])
		}
	}
	if len(some) != 4 {
		t.Fatalf("found %d of the 4 templates", len(some))
	}
	c.workers = 1
	oneByOne, err := c.checkAll(some)
	if err != nil {
		t.Fatal(err)
	}
	var one, many bytes.Buffer
	if err := writeJSON(&one, oneByOne); err != nil {
		t.Fatal(err)
	}
	if err := writeJSON(&many, inParallel); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(one.String(), many.String()); diff != "" {
		t.Errorf("the report checked one by one differs from the one checked in parallel (-one +parallel):\n%s", diff)
	}
}
