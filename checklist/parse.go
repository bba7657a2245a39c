package checklist

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/digitale-helgeland/veiviser/phase"
)

// Reply is an answer cell as read by Parse: the state it puts the item in
// (Answered, NotRelevant or Deferred) and, for Answered, the answer.
type Reply struct {
	State  State
	Answer Answer
}

// Words people write for "still open", yes and no, after
// normalisation (lower case, single spaces, no closing full stop).
var (
	deferredWords = []string{"fortsatt åpen", "framleis open", "fremdeles åpen", "still open"}
	yesWords      = []string{"ja", "yes"}
	noWords       = []string{"nei", "no"}
)

// normalise folds case, collapses white space and drops the punctuation
// people end a cell with: "  Ja. " and "ja" read the same.
func normalise(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	s = strings.TrimRight(s, ".!;: ")
	return strings.ToLower(s)
}

// ParseBool reads "ja", "Ja.", "nei", "yes", "no" and the like.
func ParseBool(s string) (Bool, error) {
	switch n := normalise(s); {
	case contains(yesWords, n):
		return Yes, nil
	case contains(noWords, n):
		return No, nil
	}
	return 0, fmt.Errorf("%w: %s is not yes or no (write «ja» or «nei»)", ErrInvalidAnswer, quote(s))
}

// Parse reads an answer to it as people write it in the answer column of
// a checklist: "ja", "nei", "Ja.", an option such as "prosjekt", free text
// for a Text item, and for any item "ikke relevant", "Ikkje relevant",
// "N/A" (NotRelevant) or "fortsatt åpen" (Deferred). Case, surrounding
// white space and a closing full stop do not matter. Anything else is an
// error wrapping ErrInvalidAnswer that says what the item accepts.
func (it Item) Parse(s string) (Reply, error) {
	n := normalise(s)
	switch {
	case phase.IsNotRelevant(s):
		return Reply{State: NotRelevant}, nil
	case contains(deferredWords, n):
		return Reply{State: Deferred}, nil
	}
	switch it.Kind {
	case YesNo:
		b, err := ParseBool(s)
		if err != nil {
			return Reply{}, err
		}
		return Reply{State: Answered, Answer: Answer{Bool: b}}, nil
	case Choice:
		for _, o := range it.Options {
			if n == normalise(o.ID) || n == normalise(o.Label.NB) || n == normalise(o.Label.NN) || n == normalise(o.Label.EN) {
				return Reply{State: Answered, Answer: Answer{Option: o.ID}}, nil
			}
		}
		ids := make([]string, len(it.Options))
		for i, o := range it.Options {
			ids[i] = "«" + o.ID + "»"
		}
		return Reply{}, fmt.Errorf("%w: %s is not one of the options %s", ErrInvalidAnswer, quote(s), strings.Join(ids, ", "))
	case Text:
		t := strings.TrimSpace(s)
		switch {
		case t == "":
			return Reply{}, fmt.Errorf("%w: the answer is blank", ErrInvalidAnswer)
		case !utf8.ValidString(t):
			return Reply{}, fmt.Errorf("%w: %s is not valid UTF-8 text", ErrInvalidAnswer, quote(s))
		case len(phase.Placeholders(t)) > 0:
			return Reply{}, fmt.Errorf("%w: %s holds a template placeholder", ErrInvalidAnswer, quote(s))
		}
		return Reply{State: Answered, Answer: Answer{Text: t}}, nil
	}
	return Reply{}, fmt.Errorf("%w: the item has no valid answer kind", ErrInvalidAnswer)
}

func contains(words []string, s string) bool {
	for _, w := range words {
		if w == s {
			return true
		}
	}
	return false
}

// quote returns s quoted for an error message, shortened when long.
func quote(s string) string {
	const max = 40
	if utf8.RuneCountInString(s) > max {
		r := []rune(s)
		s = string(r[:max]) + "…"
	}
	return fmt.Sprintf("%q", s)
}
