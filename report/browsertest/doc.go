// Package browsertest opens the report package's pages in a real browser:
// headless Chromium, driven by github.com/chromedp/chromedp, with
// axe-core injected to check WCAG 2.1 A and AA.
//
// It is a module of its own so that users of the library never get
// chromedp in their go.mod. It has only a test; see browser_test.go for
// what it needs (Chromium, and axe-core installed here with npm ci).
package browsertest
