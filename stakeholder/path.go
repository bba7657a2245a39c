package stakeholder

import (
	"strconv"

	"github.com/digitale-helgeland/veiviser/internal/fieldpath"
)

// indexPath returns "field[i]", or "[i]" for an empty field.
func indexPath(field string, i int) string { return field + "[" + strconv.Itoa(i) + "]" }

// join joins two field paths like phase.JoinPath.
func join(prefix, path string) string { return fieldpath.Join(prefix, path) }
