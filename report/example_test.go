package report_test

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/digitale-helgeland/veiviser"
	"github.com/digitale-helgeland/veiviser/phase"
	"github.com/digitale-helgeland/veiviser/report"
)

func ExampleRenderProject() {
	p, err := veiviser.NewProject(veiviser.ProjectConfig{
		ID: "DH-2020", Name: "Digitale Helgeland", Agency: "Vefsn kommune",
		History: []phase.Decision{{Point: phase.BP1, Outcome: phase.SentBack, Date: phase.MustDate("25.02.2020"),
			Body: "Styringsgruppen", DecidedBy: "Leder for styringsgruppen"}},
	})
	if err != nil {
		panic(err)
	}
	var page strings.Builder
	err = report.RenderProject(&page, p, report.Options{Language: phase.Nynorsk, Today: phase.MustDate("01.03.2020")})
	if err != nil {
		panic(err)
	}
	html := page.String()
	fmt.Println(regexp.MustCompile(`<html lang="[a-z]+">`).FindString(html))
	fmt.Println(regexp.MustCompile(`<title>.*</title>`).FindString(html))
	fmt.Println(strings.Contains(html, "<script"), strings.Count(html, `role="img"`))
	// Output:
	// <html lang="nn">
	// <title>Statusrapport: Digitale Helgeland</title>
	// false 1
}

func ExampleRenderPortfolio() {
	p, err := veiviser.NewProject(veiviser.ProjectConfig{ID: "DH-2020", Name: "Digitale Helgeland", Agency: "Vefsn kommune"})
	if err != nil {
		panic(err)
	}
	p.Timeline = phase.Timeline{{Phase: phase.Idea, Start: phase.MustDate("01.09.2019"), End: phase.MustDate("28.05.2020")}}
	var page strings.Builder
	o := report.Options{Language: phase.English, Today: phase.MustDate("01.03.2020"),
		Overview: veiviser.OverviewOptions{IncludeUnaffected: true, Threshold: -1}}
	if err := report.RenderPortfolio(&page, veiviser.Portfolio{p}, o); err != nil {
		panic(err)
	}
	html := page.String()
	fmt.Println(regexp.MustCompile(`<title>.*</title>`).FindString(html))
	fmt.Println(strings.Count(html, `class="mark-bar"`), strings.Count(html, "mark-today"))
	// Output:
	// <title>Portfolio overview</title>
	// 1 1
}
