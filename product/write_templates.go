package product

import (
	"embed"

	"github.com/digitale-helgeland/veiviser/phase"
)

// digdirFS holds Digdir's Word templates (content: Digdir /
// Prosjektveiviseren, NLOD; copies from the template library of
// Prosjektportalen 365; see templates/README.md). go:embed puts the files
// into the compiled program: reading them here is reading memory, not
// doing I/O, so the package stays free of file access.
//
//go:embed templates/*.docx
var digdirFS embed.FS

// digdirFile names the embedded file of one template, language and
// version.
type digdirFile struct {
	template Template
	language phase.Language
	version  string
	file     string
}

// digdirFiles lists the embedded templates. Digdir publishes bokmål and
// nynorsk only, and version 3.0 of the mandate in bokmål only.
var digdirFiles = []digdirFile{
	{TemplateMandate, phase.Bokmal, "4.0", "Mandat_for_konseptfasen_v4.0.0.docx"},
	{TemplateMandate, phase.Nynorsk, "4.0", "Nynorsk_-_mandat_for_konseptfasen_v4.0.docx"},
	{TemplateMandate, phase.Bokmal, "3.0", "Mandat_for_konseptfasen_v3.0.docx"},
	{TemplateProjectProposal, phase.Bokmal, "4.0", "Prosjektforslag_v4.0.docx"},
	{TemplateProjectProposal, phase.Nynorsk, "4.0", "Nynorsk_-_prosjektforslag_v4.0.docx"},
	{TemplateBusinessCase, phase.Bokmal, "4.0", "Prosjektbegrunnelse_v4.0.docx"},
	{TemplateBusinessCase, phase.Nynorsk, "4.0", "Nynorsk_-_prosjektgrunngjeving_v4.0.docx"},
	{TemplateGoverningDocument, phase.Bokmal, "4.0", "Styringsdokument_v4.0.docx"},
	{TemplateGoverningDocument, phase.Nynorsk, "4.0", "Nynorsk_-_styringsdokument_v4.0.docx"},
	{TemplateBenefitPlan, phase.Bokmal, "4.0", "Gevinstrealiseringsplan_v4.0.docx"},
	{TemplateBenefitPlan, phase.Nynorsk, "4.0", "Nynorsk_-_gevinstrealiseringsplan_v4.0.docx"},
	{TemplateFinalReport, phase.Bokmal, "5.0", "Sluttrapport_v5.0.docx"},
	{TemplateFinalReport, phase.Nynorsk, "5.0", "Nynorsk_-_sluttrapport_v5.0.docx"},
}

// DigdirTemplate returns Digdir's Word template for template t in language
// l and version v ("" for the version t's document type follows), as
// embedded in the library: the bytes Write fills in when
// WriteOptions.Template is nil. It reports false when the library holds
// none: for English, for versions other than those listed in
// templates/README.md, and for the templates of which this repository has
// no Digdir copy (TemplateProjectMandate, TemplatePhasePlan,
// TemplateClosureRecommendation, TemplateConceptEvaluation). Each call
// returns a fresh copy.
func DigdirTemplate(t Template, l phase.Language, v string) ([]byte, bool) {
	if v == "" {
		v = currentVersion(t)
	}
	for _, f := range digdirFiles {
		if f.template == t && f.language == l && f.version == v {
			b, err := digdirFS.ReadFile("templates/" + f.file) // a copy
			return b, err == nil
		}
	}
	return nil, false
}
