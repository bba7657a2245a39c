package browsertest

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// The test opens the golden pages of the report package (../testdata/*.html,
// which its own tests keep equal to what RenderProject and RenderPortfolio
// write) in headless Chromium and checks, for each:
//
//   - the page loads without a console error, an uncaught exception or a
//     log entry of level error, and requests nothing but itself (the page
//     must be self-contained: no fonts, scripts or images from anywhere);
//   - the page has no script of its own;
//   - its SVG charts have the number of marks the fixture projects give
//     (phases, decision points, measurements, stakeholders, bars, today);
//   - axe-core, injected into the page, finds no violation of WCAG 2.1 A or
//     AA (tags wcag2a, wcag2aa, wcag21a, wcag21aa): every bokmål page and
//     the Helgeland page in every language (the other pages differ from
//     those in their words only, and axe-core takes seconds a page, which
//     CI's time is kept for);
//   - it prints to an A4 PDF.
//
// Chromium is CHROMIUM if set, else chromium (or chromium-browser,
// google-chrome) on PATH. axe-core is AXE_CORE if set, else
// node_modules/axe-core/axe.min.js here (npm ci in this directory installs
// the version package-lock.json pins). Without either the test skips with
// a message saying what to install, except in CI (CI=true), where it fails.
//
// With -screenshots DIR it writes a full-page PNG and the A4 PDF of each
// page there; with -docs DIR the README's two screenshots.

var screenshots = flag.String("screenshots", "", "write a PNG screenshot and an A4 PDF of each page into `DIR`")

// docs is where -docs writes the README's pictures of the report: the top
// of the Helgeland project's page and the portfolio's page, as a browser
// window 1100 (the portfolio: 1320) pixels wide shows them
// (go test . -docs ../../docs).
var docs = flag.String("docs", "", "write the README's screenshots of the report into `DIR`")

// docShots names the README's screenshots by the golden page they show.
var docShots = map[string]string{"helgeland.nb.html": "report-helgeland.png", "portfolio.nb.html": "report-portfolio.png"}

// marks are the SVG marks each page must have, by CSS selector, as the
// fixture projects of the report package's tests give them.
var marks = map[string]map[string]int{
	// Digitale Helgeland: the six phases and decision points of the
	// standard model, three indicators (a baseline and a target each;
	// 2 + 3 + 0 measurements), seven stakeholders of whom six are graded.
	"helgeland": {".mark-phase": 6, ".mark-bp": 6, ".mark-baseline": 3, ".mark-target": 3, ".mark-measure": 5, ".mark-stakeholder": 6},
	// The state project: idea, concept, planning, two execution
	// sub-phases, the skipped closure and realisation; BP1, BP2, BP3,
	// BP3.1, BP4+BP5 and BP6; no benefit plan; four stakeholders.
	"statlig": {".mark-phase": 7, ".mark-bp": 6, ".mark-measure": 0, ".mark-stakeholder": 4},
	// Stopped at BP2: the standard model, nothing else.
	"stopped": {".mark-phase": 6, ".mark-bp": 6, ".mark-stakeholder": 0},
	// Four projects, three with six planned phases each; today marked.
	"portfolio": {".mark-bar": 18, ".mark-today": 1},
}

// wcag are the axe-core tags of WCAG 2.1 A and AA.
var wcag = []string{"wcag2a", "wcag2aa", "wcag21a", "wcag21aa"}

func TestPages(t *testing.T) {
	browser, axe := requirements(t)
	pages, err := filepath.Glob(filepath.Join("..", "testdata", "*.html"))
	if err != nil || len(pages) == 0 {
		t.Fatalf("no pages in ../testdata (%v)", err)
	}

	alloc, cancel := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(browser),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("force-color-profile", "srgb"),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1100, 900),
	)
	defer cancel()
	ctx, cancel := chromedp.NewContext(alloc)
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, 3*time.Minute)
	defer cancel()
	// Start the browser once; every page gets a tab of its own.
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank")); err != nil {
		t.Fatalf("starting %s: %v", browser, err)
	}

	// The checks must be able to fail: a page with a script that logs an
	// error, an image from the network without a text alternative, and no
	// language.
	t.Run("control", func(t *testing.T) {
		tab, cancel := chromedp.NewContext(ctx)
		defer cancel()
		bad := filepath.Join(t.TempDir(), "bad.html")
		writeFile(t, bad, []byte(`<!DOCTYPE html><html><head><title>bad</title></head><body>`+
			`<img src="http://veiviser.invalid/logo.png"><script>console.error("boom")</script></body></html>`))
		_, problems := open(t, tab, bad)
		res := runAxeCore(t, tab, axe)
		var ids []string
		for _, v := range res.Violations {
			ids = append(ids, v.ID)
		}
		for _, id := range []string{"html-has-lang", "image-alt"} {
			if !slices.Contains(ids, id) {
				t.Errorf("axe-core did not find %s on the bad page; it found %v", id, ids)
			}
		}
		got := strings.Join(problems(), "\n")
		for _, want := range []string{`console.error: "boom"`, "request: http://veiviser.invalid/logo.png"} {
			if !strings.Contains(got, want) {
				t.Errorf("the bad page's problems do not include %q:\n%s", want, got)
			}
		}
	})

	for _, path := range pages {
		name := strings.TrimSuffix(filepath.Base(path), ".html")
		t.Run(name, func(t *testing.T) {
			want, ok := marks[strings.SplitN(name, ".", 2)[0]]
			if !ok {
				t.Fatalf("no expected marks for %s: add it to marks", name)
			}
			tab, cancel := chromedp.NewContext(ctx)
			defer cancel()
			lang := strings.TrimPrefix(filepath.Ext(name), ".")
			runAxe := lang == "nb" || strings.HasPrefix(name, "helgeland.")
			checkPage(t, tab, path, want, axe, runAxe)
		})
	}
}

// requirements returns Chromium's path and axe-core's source, or skips
// the test (fails it in CI) when either is missing.
func requirements(t *testing.T) (string, string) {
	missing := func(format string, args ...any) {
		t.Helper()
		if os.Getenv("CI") == "true" {
			t.Fatalf(format, args...)
		}
		t.Skipf(format+" (in CI, where CI=true, this fails)", args...)
	}
	browser := os.Getenv("CHROMIUM")
	if browser == "" {
		for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
			if p, err := exec.LookPath(name); err == nil {
				browser = p
				break
			}
		}
	}
	if browser == "" {
		missing("no Chromium: install it (Debian: apt-get install chromium) or set CHROMIUM to its path")
	}
	axePath := os.Getenv("AXE_CORE")
	if axePath == "" {
		axePath = filepath.Join("node_modules", "axe-core", "axe.min.js")
	}
	axe, err := os.ReadFile(axePath)
	if err != nil {
		missing("no axe-core: run npm ci in report/browsertest, or set AXE_CORE to axe.min.js (%v)", err)
	}
	return browser, string(axe)
}

// axeResult is what the page's axe run returns.
type axeResult struct {
	Version    string   `json:"version"`
	Passes     int      `json:"passes"`
	Incomplete []string `json:"incomplete"`
	Violations []struct {
		ID     string   `json:"id"`
		Impact string   `json:"impact"`
		Help   string   `json:"help"`
		Nodes  []string `json:"nodes"`
	} `json:"violations"`
}

// open loads the file path in the tab ctx and returns its URL and a
// function that lists, sorted, what went wrong on the page so far: console
// errors, uncaught exceptions, log entries of level error, and requests
// for anything but the page itself.
func open(t *testing.T, ctx context.Context, path string) (string, func() []string) {
	abs, err := filepath.Abs(path)
	if err != nil {
		t.Fatal(err)
	}
	url := "file://" + filepath.ToSlash(abs)

	var mu sync.Mutex
	var problems []string
	report := func(s string) {
		mu.Lock()
		problems = append(problems, s)
		mu.Unlock()
	}
	if err := chromedp.Listen(ctx, func(ev any) {
		switch e := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			if e.Type == runtime.ConsoleAPICalledTypeError || e.Type == runtime.ConsoleAPICalledTypeAssert {
				report("console." + string(e.Type) + ": " + args(e.Args))
			}
		case *runtime.EventExceptionThrown:
			report("exception: " + (&chromedp.ExceptionError{ExceptionDetails: e.ExceptionDetails}).Error())
		case *log.EventEntryAdded:
			if e.Entry.Level == log.EntryLevelError {
				report("log: " + e.Entry.Text + " " + e.Entry.URL)
			}
		case *network.EventRequestWillBeSent:
			if u := e.Request.URL; u != url && !strings.HasPrefix(u, "data:") {
				report("request: " + u)
			}
		}
	}); err != nil {
		t.Fatal(err)
	}
	enable := func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
		if _, err := cdp.Call(ctx, t, log.Enable, cdp.Empty{}); err != nil {
			return chromedp.Void{}, err
		}
		_, err := cdp.Call(ctx, t, network.Enable, network.EnableParams{})
		return chromedp.Void{}, err
	}
	if err := chromedp.Do(ctx, enable, chromedp.Navigate(url)); err != nil {
		t.Fatal(err)
	}
	return url, func() []string {
		mu.Lock()
		defer mu.Unlock()
		out := slices.Clone(problems)
		slices.Sort(out)
		return slices.Compact(out)
	}
}

// checkPage checks the page in the file path in the tab ctx: what went
// wrong while it loaded, its scripts, its marks (want), that it prints,
// and with runAxe what axe-core finds.
func checkPage(t *testing.T, ctx context.Context, path string, want map[string]int, axe string, runAxe bool) {
	_, problems := open(t, ctx, path)
	scripts, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.scripts.length`))
	if err != nil {
		t.Fatal(err)
	}
	if scripts != 0 {
		t.Errorf("the page has %d scripts; it must need none", scripts)
	}
	for sel, n := range want {
		got, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("svg `+sel+`").length`))
		if err != nil {
			t.Fatal(err)
		}
		if got != n {
			t.Errorf("svg %s: %d marks, want %d", sel, got, n)
		}
	}

	if *screenshots != "" {
		png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(*screenshots, filepath.Base(strings.TrimSuffix(path, ".html"))+".png"), png)
	}
	if name, ok := docShots[filepath.Base(path)]; ok && *docs != "" {
		width := int64(1100)
		if strings.HasPrefix(name, "report-portfolio") {
			width = 1320 // the portfolio's overview is wider
		}
		if err := chromedp.Do(ctx, chromedp.EmulateViewport(width, 1400)); err != nil {
			t.Fatal(err)
		}
		png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(*docs, name), png)
	}
	pdf, err := chromedp.Run(ctx, chromedp.PrintToPDF(chromedp.PDFPaper(chromedp.PaperA4), chromedp.PDFPreferCSSPageSize(), chromedp.PDFPrintBackground()))
	if err != nil {
		t.Fatalf("printing on A4: %v", err)
	}
	if !strings.HasPrefix(string(pdf), "%PDF") {
		t.Error("printing on A4 gave no PDF")
	}
	if *screenshots != "" {
		writeFile(t, filepath.Join(*screenshots, filepath.Base(strings.TrimSuffix(path, ".html"))+".pdf"), pdf)
	}

	if runAxe {
		res := runAxeCore(t, ctx, axe)
		for _, v := range res.Violations {
			t.Errorf("axe-core %s (%s): %s", v.ID, v.Impact, v.Help)
			for _, n := range v.Nodes {
				t.Logf("  %s", n)
			}
		}
		t.Logf("axe-core %s, %s: %d rules passed, %d violated, %d to check by hand %v", res.Version, strings.Join(wcag, ", "), res.Passes, len(res.Violations), len(res.Incomplete), res.Incomplete)
	}
	for _, p := range problems() {
		t.Error(p)
	}
	if *screenshots != "" {
		// As printed: print media, 186 mm wide (A4 less the page's
		// margins) at 96 pixels an inch; 273 mm for the portfolio page,
		// which prints in landscape.
		width := int64(703)
		if strings.HasPrefix(filepath.Base(path), "portfolio.") {
			width = 1032
		}
		print := func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
			if _, err := cdp.Call(ctx, t, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
				return chromedp.Void{}, err
			}
			_, err := cdp.Call(ctx, t, emulation.SetDeviceMetricsOverride, emulation.SetDeviceMetricsOverrideParams{Width: width, Height: 1000, DeviceScaleFactor: 1})
			return chromedp.Void{}, err
		}
		if err := chromedp.Do(ctx, print); err != nil {
			t.Fatal(err)
		}
		png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(*screenshots, filepath.Base(strings.TrimSuffix(path, ".html"))+".print.png"), png)
	}
}

// runAxeCore injects axe-core into the page and runs it for WCAG 2.1 A
// and AA. Run it last: its script is not the page's.
func runAxeCore(t *testing.T, ctx context.Context, axe string) axeResult {
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[chromedp.Void](axe)); err != nil {
		t.Fatalf("injecting axe-core: %v", err)
	}
	tags, _ := json.Marshal(wcag)
	res, err := chromedp.Run(ctx, chromedp.Evaluate[axeResult](`axe.run(document, {runOnly: {type: "tag", values: `+string(tags)+`}, resultTypes: ["violations", "incomplete"]}).then(r => ({
		version: r.testEngine.version,
		passes: r.passes.length,
		incomplete: r.incomplete.map(v => v.id + " (" + v.nodes.length + ")"),
		violations: r.violations.map(v => ({id: v.id, impact: v.impact || "", help: v.help, nodes: v.nodes.map(n => n.target.join(" ") + ": " + n.failureSummary)})),
	}))`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("running axe-core: %v", err)
	}
	return res
}

// args joins the arguments of a console call.
func args(as []*runtime.RemoteObject) string {
	var s []string
	for _, a := range as {
		if len(a.Value) > 0 {
			s = append(s, string(a.Value))
		} else {
			s = append(s, a.Description)
		}
	}
	return strings.Join(s, " ")
}

func writeFile(t *testing.T, name string, b []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, b, 0o644); err != nil {
		t.Fatal(err)
	}
}
