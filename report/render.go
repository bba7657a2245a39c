package report

import (
	"bytes"
	_ "embed"
	"html/template"
	"io"
	"strings"
)

// pageTemplate is both pages, style.css written into its style element.
//
//go:embed page.html.tmpl
var pageTemplate string

//go:embed style.css
var styleSheet string

// templates are parsed once; a parse error is a defect of this package and
// fails every test.
var templates = template.Must(template.New("page").Funcs(template.FuncMap{
	"add": func(a, b int) int { return a + b },
	"sub": func(a, b int) int { return a - b },
	"div": func(a, b int) int { return a / b },
}).Parse(strings.Replace(pageTemplate, "/*STYLE*/", styleSheet, 1)))

// render executes the template name with data into a buffer and writes it
// to w in one piece, so that w gets a whole page or nothing of a page that
// failed.
func render(w io.Writer, name string, data page) error {
	var b bytes.Buffer
	if err := templates.ExecuteTemplate(&b, name, data); err != nil {
		return err
	}
	_, err := w.Write(b.Bytes())
	return err
}
