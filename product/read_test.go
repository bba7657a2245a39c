package product

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/digitale-helgeland/veiviser/internal/ooxml"
	"github.com/digitale-helgeland/veiviser/phase"
)

const nbMandate = "Mandat_for_konseptfasen_v4.0.0.docx"

// filledMandate is a mandate made from Digdir's bokmål template and filled
// in the way authors do: a decision box and logs filled (one date
// unreadable), guidance left in its style and once, in 3.2, in plain style
// without brackets; headings numbered by hand, without "?", with ":";
// 3.3 left out; sub-headings of the author's under 5.1; a template
// sub-section (5.3.4) answered; working groups and tasks in tables; the
// concepts as a list, one of them the null alternative; a chapter of the
// author's own; tracked changes; and the closing instructions, which are
// not read.
func filledMandate(t testing.TB) []byte {
	return docx(t, nbMandate,
		body("Mandat for konseptfasen"),
		body("Digitale Testby"),
		body("Denne fylles ut ved behandling, ved BP1:"),
		table(
			[]string{"Prosjektnummer:", "Saksnummer:", ""},
			[]string{"P-17", "2024/113", ""},
			[]string{"Behandlet dato: ", "Behandlet av (ansvarlig linjeleder):", "Utarbeidet av:"},
			[]string{"12.03.2024", "Kari Nordmann", "Ola Nordmann, prosjektleder"},
			[]string{"Beslutning:\n\nStarte en konseptfase", "", ""},
			[]string{"Bemanning av neste fase ", "", "Neste fase ferdig:"},
			[]string{"Leder av utredningsarbeidet: Per Hansen\nAndre: Anne Berg, Bjørn Dahl", "", "<dato>"},
			[]string{"Signatur ved godkjenning (BP1):", "", ""},
		),
		body("ENDRINGSLOGG"),
		table(
			[]string{"Versjon", "Dato", "Endring", "Produsent", "Godkjent"},
			[]string{"0.1", "01.02.2024", "Første utkast", "Ola Nordmann", ""},
			[]string{"1.0", "xx.xx.xxxx", "Til behandling", "Ola Nordmann", "Kari Nordmann"},
			[]string{"", "", "", "", ""},
		),
		body("DISTRIBUSJONSLOGG"),
		table(
			[]string{"Versjon distribuert", "Dato", "Navn"},
			[]string{"1.0", "05.03.2024", "Kari Nordmann\nStyringsgruppen"},
		),
		head(1, "Bakgrunn"),
		guide("[Beskriv kort bakgrunnen for dette forslaget om å starte en ny konseptfase."),
		guide("Hvilken situasjon eller uløste problemer ligger til grunn for dette forslaget?]"),
		body("Testby har mange skjemaer på papir."),
		para("Normal", run("Kommunestyret "), ins("har vedtatt"), del("vurderer"), run(" en digitaliseringsstrategi.")),
		head(1, "2. Hensikten med et eventuelt prosjekt"),
		body("Overordnet mål: bedre tjenester."),
		head(2, "2.1 Hvilke behov skal dekkes"),
		body("Innbyggerne trenger:"),
		item(0, "Digitale skjemaer"),
		item(0, "Raskere svar"),
		item(1, "innen to uker"),
		head(2, "Hvilke endringer skal prosjektet skape:"),
		body("Alle søknader kommer digitalt."),
		head(1, "Føringer for et eventuelt prosjekt"),
		head(2, "Sammenheng med andre prosjekter"),
		body("Ikke relevant"),
		head(2, "Er direkte involvering av andre virksomheter aktuelt?"),
		body("Er det et behov for å involvere andre virksomheter for å kunne realisere et prosjekt? Finnes det behov og mål som muligens kan realiseres ved hjelp av andre virksomheter?"),
		head(2, "IT-politiske føringer og andre rammebetingelser"),
		body("Digitaliseringsrundskrivet."),
		head(2, "Virksomhetsarkitektur"),
		body("Felles arkitekturprinsipper."),
		head(1, "Erfaringer og annen nyttig informasjon"),
		body("Nabokommunen har gjort det samme."),
		head(1, "Beskrivelse av konseptfasen"),
		head(2, "Organisering og ansvar i konseptfasen"),
		head(3, "Styringsgruppe"),
		body("Rådmannens ledergruppe."),
		head(3, "Prosjektgruppe"),
		body("Fire personer."),
		head(2, "Interessenter i konseptfasen"),
		body("Innbyggere og ansatte."),
		head(2, "Resultater fra konseptfasen"),
		head(3, "Prosjektbegrunnelse"),
		body("Lages i konseptfasen."),
		head(3, "Prosjektforslag"),
		body("Lages i konseptfasen."),
		head(3, "Faseplan for planleggingsfasen"),
		guide("[Faseplanen for planleggingsfasen er et ledelsesprodukt som utarbeides i konseptfasen som en første versjon, og er knyttet opp mot prosjektforslaget.]"),
		head(3, "Andre leveranser"),
		body("Et gevinstkart."),
		head(2, "Kostnader, tidsramme og ressursbehov for konseptfasen"),
		body("Tre måneder."),
		table(
			[]string{"Faggrupper", "Oppgave", "Medlemmer"},
			[]string{"Skjema", "Kartlegge skjemaer", "To saksbehandlere"},
		),
		table(
			[]string{"Oppgave", "Ressursbehov", "Tidsramme"},
			[]string{"Workshop", "Alle", "1 dag"},
		),
		head(3, "Kostnad"),
		body("200 000 kroner."),
		head(2, "Forslag til tilnærming – konsepter som bør vurderes"),
		item(0, "Nullalternativet: fortsette som i dag"),
		item(0, "Felles skjemaløsning – én løsning for alle tjenester"),
		item(1, "med innlogging via ID-porten"),
		item(0, "Kjøpe en ferdig løsning"),
		head(1, "Gjennomgang av BP1 sjekkliste"),
		table(
			[]string{"", "Sjekkpunkt", "Kommentar"},
			[]string{"1", "Er det en tydelig definert problemstilling som synliggjør behovet for nærmere utredning?", "Ja"},
			[]string{"2", "Er tiltaket i henhold til virksomhetsstrategien?", ""},
		),
		head(1, "Risiko"),
		body("Leverandøren kan bli forsinket."),
		head(1, "Veiledning – Mandat for konseptfasen"),
		body("Hva er et mandat for konseptfasen? Dette leses ikke."),
	)
}

// TestReadFilledMandate reads filledMandate and checks every part of it.
func TestReadFilledMandate(t *testing.T) {
	im, err := Read(filledMandate(t), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	m, ok := im.Document.(*Mandate)
	if !ok {
		t.Fatalf("Document is %T, want *Mandate", im.Document)
	}
	want := &Mandate{
		Header: Header{
			Project:    "Digitale Testby",
			PreparedBy: "Ola Nordmann, prosjektleder",
			Status:     StatusDraft,
			Changes: []ChangeEntry{
				{Version: "0.1", Date: phase.MustDate("01.02.2024"), Change: "Første utkast", Producer: "Ola Nordmann"},
				{Version: "1.0", Change: "Til behandling", Producer: "Ola Nordmann", ApprovedBy: "Kari Nordmann"},
			},
			Distribution: []Distribution{{Version: "1.0", Date: phase.MustDate("05.03.2024"), Recipients: []string{"Kari Nordmann", "Styringsgruppen"}}},
			Decision: DecisionBox{
				ProjectNumber: "P-17", CaseNumber: "2024/113",
				ProcessedDate: DateOn(phase.MustDate("12.03.2024")), ProcessedBy: "Kari Nordmann",
				Decision:      "Starte en konseptfase",
				Staffing:      Staffing{Lead: "Per Hansen", Others: "Anne Berg, Bjørn Dahl"},
				NextPhaseDone: DateField{Text: "<dato>"},
			},
			TemplateVersion: "4.0",
			Extra:           []ExtraSection{{Heading: "Risiko", Level: 1, Section: Section{Text: "Leverandøren kan bli forsinket."}}},
		},
		Background: Section{Text: "Testby har mange skjemaer på papir.\n\nKommunestyret har vedtatt en digitaliseringsstrategi."},
		Purpose: MandatePurpose{
			Intro:   Section{Text: "Overordnet mål: bedre tjenester."},
			Needs:   Section{Text: "Innbyggerne trenger:\n\n- Digitale skjemaer\n- Raskere svar\n  - innen to uker"},
			Changes: Section{Text: "Alle søknader kommer digitalt."},
		},
		Constraints: MandateConstraints{
			RelatedProjects:        Section{Text: "Ikke relevant"},
			ITPolicy:               Section{Text: "Digitaliseringsrundskrivet."},
			EnterpriseArchitecture: Section{Text: "Felles arkitekturprinsipper."},
		},
		Experience: Section{Text: "Nabokommunen har gjort det samme."},
		ConceptPhase: ConceptPhaseScope{
			Organisation: Section{Parts: []Part{{Title: "Styringsgruppe", Text: "Rådmannens ledergruppe."}, {Title: "Prosjektgruppe", Text: "Fire personer."}}},
			Stakeholders: Section{Text: "Innbyggere og ansatte."},
			Results: ConceptResults{
				BusinessCase:    Section{Text: "Lages i konseptfasen."},
				ProjectProposal: Section{Text: "Lages i konseptfasen."},
				Other:           Section{Text: "Et gevinstkart."}, // 5.3.4 Andre leveranser
			},
			Resources: ConceptResources{
				Intro:      Section{Text: "Tre måneder."},
				WorkGroups: []WorkGroup{{Name: "Skjema", Task: "Kartlegge skjemaer", Members: "To saksbehandlere"}},
				Tasks:      []Task{{Task: "Workshop", Resources: "Alle", Timeframe: "1 dag"}},
				Cost:       Section{Text: "200 000 kroner."},
			},
			Concepts: []Concept{
				{Name: "Nullalternativet", Description: "fortsette som i dag"},
				{Name: "Felles skjemaløsning", Description: "én løsning for alle tjenester\n- med innlogging via ID-porten"},
				{Name: "Kjøpe en ferdig løsning"},
			},
		},
		Checklist: ChecklistReview{Items: []ChecklistEntry{
			{Number: 1, Question: "Er det en tydelig definert problemstilling som synliggjør behovet for nærmere utredning?", Comment: "Ja"},
			{Number: 2, Question: "Er tiltaket i henhold til virksomhetsstrategien?"},
		}},
	}
	if d := cmp.Diff(want, m, cmpopts.EquateEmpty()); d != "" {
		t.Errorf("mandate (-want +got):\n%s", d)
	}
	if NullConcept(m.ConceptPhase.Concepts) != 0 {
		t.Errorf("the null alternative is not recognised among %v", m.ConceptPhase.Concepts)
	}

	var got []string
	for _, f := range im.Findings {
		if f.Location.IsZero() {
			t.Errorf("%s %s: no location", f.Code, f.Path)
		}
		got = append(got, fmt.Sprintf("%s %s %s", f.Severity, f.Code, f.Path))
	}
	wantFindings := []string{
		"warning mandate.cell_invalid header.changes[1].date",
		"warning mandate.guidance_copied constraints.otherOrganisations",
		"info mandate.guidance_left background",
		"info mandate.heading_unknown conceptPhase.organisation.parts[0]",
		"info mandate.heading_unknown conceptPhase.organisation.parts[1]",
		"info mandate.heading_unknown header.extra[0]",
		"error mandate.section_missing constraints.procurement",
	}
	if d := cmp.Diff(wantFindings, got); d != "" {
		t.Errorf("findings (-want +got):\n%s", d)
	}

	for path, want := range map[string]string{
		"header.decision.processedDate":                "table 1, row 4",
		"header.preparedBy":                            "table 1, row 4",
		"header.decision.staffing":                     "table 1, row 7",
		"header.changes[1].date":                       "table 2, row 3",
		"purpose.needs.text":                           "2. Hensikten med et eventuelt prosjekt > 2.1 Hvilke behov skal dekkes, paragraph 67",
		"conceptPhase.organisation.parts[1].text":      "5 Beskrivelse av konseptfasen > 5.1 Organisering og ansvar i konseptfasen > Prosjektgruppe, paragraph 89",
		"conceptPhase.concepts[1].description":         "5 Beskrivelse av konseptfasen > 5.5 Forslag til tilnærming – konsepter som bør vurderes, paragraph 120",
		"conceptPhase.resources.workGroups[0].members": "5 Beskrivelse av konseptfasen > 5.4 Kostnader, tidsramme og ressursbehov for konseptfasen, table 4, row 2",
		"checklist.items[1].comment":                   "6 Gjennomgang av BP1 sjekkliste, table 6, row 3",
		"constraints.procurement":                      "3 Føringer for et eventuelt prosjekt > 3.2 Er direkte involvering av andre virksomheter aktuelt?, paragraph 77",
		"header.extra[0]":                              "Risiko, paragraph 133",
	} {
		l, ok := im.Locate(path)
		if !ok || l.String() != want {
			t.Errorf("Locate(%q) = %q, %v; want %q", path, l, ok, want)
		}
	}
	if _, ok := im.Locate("nowhere.at.all"); ok {
		t.Error("Locate found a path the document does not have")
	}
}

// TestReadEditedHeadings checks headings as authors edit them: numbered
// by hand, without "?" or with ":", in capitals, reworded, in nynorsk in
// a bokmål document; each opens its section, exactly or by its words.
func TestReadEditedHeadings(t *testing.T) {
	for _, tc := range []struct {
		heading string
		key     string
		exact   bool
	}{
		{"3.1 Sammenheng med andre prosjekter", "constraints.relatedProjects", true},
		{"3.1. SAMMENHENG MED ANDRE PROSJEKTER?", "constraints.relatedProjects", true},
		{"Kap. 4 Erfaringer og annen nyttig informasjon:", "experience", true},
		{"Samanheng med andre prosjekt?", "constraints.relatedProjects", true},
		{"Direkte involvering av andre virksomheter som er aktuelle", "constraints.otherOrganisations", false},
		{"Anskaffelser for å gjennomføre prosjektet", "constraints.procurement", false},
		{"Hvilke endringer prosjektet skal skape", "purpose.changes", false},
		{"Gjennomgang av BP1 sjekklister", "checklist", false},
	} {
		t.Run(tc.heading, func(t *testing.T) {
			im, err := Read(docx(t, nbMandate, body("Mandat for konseptfasen"), head(2, tc.heading), body("Svar.")), ReadOptions{})
			if err != nil {
				t.Fatal(err)
			}
			l, ok := im.Locations[tc.key]
			if !ok || l.Paragraph != 2 {
				t.Fatalf("%q opens no section at %q (locations %v)", tc.heading, tc.key, im.Locations)
			}
			reworded := false
			for _, f := range im.Findings {
				if string(f.Code) == "mandate.heading_reworded" && f.Path == tc.key {
					reworded = true
					if !strings.Contains(f.Message.NB, "%)") {
						t.Errorf("message %q gives no confidence", f.Message.NB)
					}
				}
			}
			if reworded == tc.exact {
				t.Errorf("reported as reworded: %v, want %v", reworded, !tc.exact)
			}
		})
	}
}

// TestReadLevelBreaksTies checks that a heading's level chooses between
// neighbouring sections it resembles: "Avhengigheter og forutsetninger" is
// chapter 8, "Prosjektets avhengigheter og forutsetninger", at level 1,
// and 8.1 "Avhengigheter" at level 2.
func TestReadLevelBreaksTies(t *testing.T) {
	for _, tc := range []struct {
		level   int
		section string
	}{
		{1, "«Prosjektets avhengigheter og forutsetninger»"},
		{2, "«Avhengigheter»"},
	} {
		b := docx(t, "Prosjektforslag_v4.0.docx", body("Prosjektforslag"),
			head(tc.level, "Avhengigheter og forutsetninger"), body("Svar."))
		im, err := Read(b, ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, f := range im.Findings {
			if string(f.Code) == "project_proposal.heading_reworded" && strings.Contains(f.Message.NB, tc.section) {
				found = true
			}
		}
		if !found {
			t.Errorf("level %d: not read as %s: %v", tc.level, tc.section, im.Findings)
		}
		p := im.Document.(*ProjectProposal)
		switch tc.level {
		case 1:
			if p.Dependencies.Intro.Text != "Svar." {
				t.Errorf("level 1: dependencies %+v", p.Dependencies)
			}
		case 2:
			if p.Dependencies.Known.Text != "Svar." || len(p.Header.Extra) != 0 {
				t.Errorf("level 2: dependencies %+v, extra %+v", p.Dependencies, p.Header.Extra)
			}
		}
	}
}

// TestReadConceptsFromHeadings checks concepts given as sub-headings, the
// null alternative among them in one of its usual names.
func TestReadConceptsFromHeadings(t *testing.T) {
	b := docx(t, nbMandate, body("Mandat for konseptfasen"),
		head(2, "Forslag til tilnærming – konsepter som bør vurderes"),
		body("Vi foreslår å utrede disse:"),
		head(3, "0-alternativet"), body("Som i dag."),
		head(3, "Felles plattform"), body("Én plattform."), body("For alle."),
	)
	im, err := Read(b, ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	m := im.Document.(*Mandate)
	want := []Concept{{Name: "0-alternativet", Description: "Som i dag."}, {Name: "Felles plattform", Description: "Én plattform.\n\nFor alle."}}
	if d := cmp.Diff(want, m.ConceptPhase.Concepts); d != "" {
		t.Errorf("concepts (-want +got):\n%s", d)
	}
	if NullConcept(m.ConceptPhase.Concepts) != 0 {
		t.Error("0-alternativet not recognised as the null alternative")
	}
	// The introduction has no field of its own: kept, and said so.
	if len(m.Header.Extra) != 1 || m.Header.Extra[0].Section.Text != "Vi foreslår å utrede disse:" {
		t.Errorf("extra %+v", m.Header.Extra)
	}
}

// TestReadNynorsk reads a nynorsk mandate with nynorsk decision box
// labels, the value of «Vedtak» in the row beneath.
func TestReadNynorsk(t *testing.T) {
	b := docx(t, "Nynorsk_-_mandat_for_konseptfasen_v4.0.docx",
		table([]string{"Mandat for konseptfasen"}),
		body("Digitale Testby"),
		table(
			[]string{"Behandla dato: ", "Behandla av (ansvarleg linjeleiar):", "Utarbeidd av:"},
			[]string{"<dato>", "<namn>", "Kari Nordmann"},
			[]string{"Vedtak:", "Vedtak:", "Vedtak:"},
			[]string{"<Vi kan starte ein konseptfase / Vi kan ikkje starte ein konseptfase / Det må gjerast andre vurderingar>", "", ""},
		),
		head(1, "Bakgrunn"), body("Tekst."),
		head(1, "Føremålet med eit eventuelt prosjekt"),
		head(2, "Kva behov skal dekkast?"), body("Behov."),
	)
	im, err := Read(b, ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if im.Language != phase.Nynorsk {
		t.Errorf("language %v", im.Language)
	}
	m := im.Document.(*Mandate)
	if m.Header.Project != "Digitale Testby" || m.Header.PreparedBy != "Kari Nordmann" ||
		m.Header.Decision.ProcessedBy != "<namn>" || !strings.HasPrefix(m.Header.Decision.Decision, "<Vi kan starte") ||
		m.Header.Decision.ProcessedDate.Text != "<dato>" || m.Purpose.Needs.Text != "Behov." {
		t.Errorf("header %+v, needs %q", m.Header, m.Purpose.Needs.Text)
	}
}

// TestReadOptions checks that ReadOptions override what Read recognises.
func TestReadOptions(t *testing.T) {
	nn := phase.Nynorsk
	if _, err := Read([]byte("Noe helt annet\n\nTekst uten overskrifter.\n"), ReadOptions{}); !errors.Is(err, ErrTemplateUnknown) {
		t.Errorf("unknown template: %v, want ErrTemplateUnknown", err)
	}
	b := []byte("Noe helt annet\n\nBakgrunn\n\nTekst.\n")
	im, err := Read(b, ReadOptions{Template: TemplateMandate, Version: "3.0", Language: &nn})
	if err != nil {
		t.Fatal(err)
	}
	if im.Template != TemplateMandate || im.Version != "3.0" || im.Language != phase.Nynorsk {
		t.Errorf("got %v %q %v", im.Template, im.Version, im.Language)
	}
	if m := im.Document.(*Mandate); m.Background.Text != "Tekst." {
		t.Errorf("background %q", m.Background.Text)
	}
	if _, err := Read(b, ReadOptions{Template: TemplateMandate, Version: "9.9"}); !errors.Is(err, ErrVersionUnknown) {
		t.Errorf("version 9.9: %v, want ErrVersionUnknown", err)
	}
	if _, err := Read(b, ReadOptions{Template: 99}); !errors.Is(err, ErrTemplateUnknown) {
		t.Errorf("template 99: %v, want ErrTemplateUnknown", err)
	}
	// Read as Markdown, the text has no headings: nothing is found.
	im, err = Read([]byte("# Mandat for konseptfasen\n\nBakgrunn\n"), ReadOptions{Format: FormatText})
	if err != nil {
		t.Fatal(err)
	}
	if im.Format != FormatText {
		t.Errorf("format %v", im.Format)
	}
	// Headings recognise the template when the title does not.
	im, err = Read([]byte("Digitale Testby\n\nBakgrunn\n\nTekst.\n\nHvilke behov skal dekkes?\n\nBehov.\n"), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if im.Template != TemplateMandate || len(im.Findings) == 0 || string(im.Findings[0].Code) != "mandate.template_from_headings" {
		t.Errorf("template %v, findings %v", im.Template, im.Findings)
	}
}

// TestReadErrors checks that what is not a document is an error that
// says what it is.
func TestReadErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   []byte
		err  error
	}{
		{"pdf", []byte("%PDF-1.7\n%âãÏÓ\n1 0 obj\n"), ErrPDF},
		{"zip, no Word", zipOf(t, map[string]string{"a.txt": "x"}), ErrNotWordDocument},
		{"malformed XML", zipOf(t, map[string]string{"word/document.xml": "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>"}), ErrCorrupt},
		{"deep XML", zipOf(t, map[string]string{"word/document.xml": "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" + strings.Repeat("<w:tbl><w:tr><w:tc>", 100)}), phase.ErrTooLarge},
		{"xlsx", zipOf(t, map[string]string{"xl/workbook.xml": "<workbook/>", "[Content_Types].xml": `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`}), ErrSpreadsheet},
		{"truncated zip", templateBytes(t, nbMandate)[:5000], ErrCorrupt},
		{"not a zip", []byte("PK\x03\x04 but nothing else"), ErrCorrupt},
		{"latin-1 text", []byte("Bakgrunn\n\nFylkesmannen i Nordland \xf8nsker\n"), ErrEncoding},
		{"binary", []byte("Bakgrunn\x00\x01\x02"), ErrNotText},
		{"too large", []byte(strings.Repeat("Bakgrunn\n", 100)), phase.ErrTooLarge},
	} {
		t.Run(tc.name, func(t *testing.T) {
			o := ReadOptions{}
			if tc.name == "too large" {
				o.Limits.MaxBytes = 100
			}
			im, err := Read(tc.in, o)
			if !errors.Is(err, tc.err) || im != nil {
				t.Errorf("Read = %v, %v; want %v", im, err, tc.err)
			}
			if tc.name == "malformed XML" {
				var fe *ooxml.FormatError
				if !errors.As(err, &fe) || fe.Part != "word/document.xml" || !errors.Is(err, ooxml.ErrMalformedXML) {
					t.Errorf("%v: the part and the kind of damage are lost", err)
				}
			}
		})
	}
}

// TestReadMarkdown reads a mandate written in Markdown.
func TestReadMarkdown(t *testing.T) {
	md := `---
title: Mandat for konseptfasen
---
# Mandat for konseptfasen

## Endringslogg

| Versjon | Dato | Endring | Produsent | Godkjent |
|---|---|---|---|---|
| 1 | 2024-02-01 | Første utkast | Ola | |

# 1 Bakgrunn

[Beskriv kort bakgrunnen for dette forslaget om å starte en ny konseptfase.]

Vi har **mange** skjemaer, se <https://testby.kommune.no>.

# 5 Beskrivelse av konseptfasen

## 5.5 Forslag til tilnærming – konsepter som bør vurderes

- Nullalternativet
- Felles skjemaløsning: én løsning
`
	im, err := Read([]byte(md), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if im.Format != FormatMarkdown || im.Template != TemplateMandate {
		t.Fatalf("read as %v %v", im.Format, im.Template)
	}
	m := im.Document.(*Mandate)
	if got, want := m.Background.Text, "Vi har mange skjemaer, se https://testby.kommune.no."; got != want {
		t.Errorf("background %q, want %q", got, want)
	}
	if d := cmp.Diff([]Concept{{Name: "Nullalternativet"}, {Name: "Felles skjemaløsning", Description: "én løsning"}}, m.ConceptPhase.Concepts); d != "" {
		t.Errorf("concepts (-want +got):\n%s", d)
	}
	if len(m.Header.Changes) != 1 || m.Header.Changes[0].Date != phase.MustDate("2024-02-01") {
		t.Errorf("changes %+v", m.Header.Changes)
	}
	if l, _ := im.Locate("background"); l.Line != 12 {
		t.Errorf("background at %v, want line 12", l)
	}
}
