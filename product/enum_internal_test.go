package product

import (
	"testing"

	"github.com/digitale-helgeland/veiviser/internal/enum/enumtest"
	"github.com/digitale-helgeland/veiviser/internal/enum/texttest"
)

func TestEnumTables(t *testing.T) {
	enumtest.Tables(t, map[string]enumtest.Checker{
		"documentStatuses": documentStatuses,
		"fileFormats":      fileFormats,
		"goalKinds":        goalKinds,
		"templates":        templates,
		"toleranceAreas":   toleranceAreas,
	})
}

// TestText checks that Label is Text in one language, and that an invalid
// value is named by its String form.
func TestText(t *testing.T) {
	for i := range 12 {
		texttest.Check(t, DocumentStatus(i), GoalKind(i), Template(i), ToleranceArea(i))
	}
}
