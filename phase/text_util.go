package phase

import (
	"strconv"
	"strings"
)

func isBlank(s string) bool { return strings.TrimSpace(s) == "" }

func indexPath(field string, i int) string { return field + "[" + strconv.Itoa(i) + "]" }
