package phase

import (
	"strings"
)

// Mermaid renders the model as a Mermaid state diagram (stateDiagram-v2)
// with labels in language l. The output is deterministic: the same model
// and language always give the same bytes. Letters such as æ, ø and å are
// kept as they are; only characters that Mermaid would read as syntax
// (":", ";", "#" and line breaks) are written as Mermaid entity codes.
func (m *Model) Mermaid(l Language) string {
	var b strings.Builder
	b.WriteString("stateDiagram-v2\n")
	b.WriteString("    direction LR\n")
	// States, in the order a project meets them.
	seen := map[string]bool{}
	state := func(p Position) {
		id := mermaidID(p.key())
		if seen[id] {
			return
		}
		seen[id] = true
		b.WriteString("    " + id + ": " + mermaidText(p.Label(l)) + "\n")
	}
	for _, s := range m.steps {
		state(s.From)
	}
	b.WriteString("    " + stateStopped + ": " + mermaidText(Halted.Label(l)) + "\n")
	b.WriteString("    " + stateCompleted + ": " + mermaidText(Completed.Label(l)) + "\n")
	// Approvals.
	b.WriteString("    [*] --> " + mermaidID(m.initial.key()) + "\n")
	for _, s := range m.steps {
		to := stateCompleted
		if !s.Completes() {
			to = mermaidID(s.To.key())
		}
		label := s.Point.Label()
		for _, c := range s.Covers[1:] {
			label += "+" + c.Label()
		}
		b.WriteString("    " + mermaidID(s.From.key()) + " --> " + to + ": " + mermaidText(label+" "+s.Title(l)) + "\n")
	}
	b.WriteString("    " + stateCompleted + " --> [*]\n")
	// Stops: every non-terminal state can be stopped at its decision point.
	for _, s := range m.steps {
		b.WriteString("    " + mermaidID(s.From.key()) + " --> " + stateStopped + ": " + mermaidText(s.Point.Label()+" "+Stopped.Label(l)) + "\n")
	}
	b.WriteString("    " + stateStopped + " --> [*]\n")
	// Skipped phases, with the model's justification.
	for _, s := range m.steps {
		for _, sk := range s.Skipped {
			skipped := Text{NB: " hoppes over: ", NN: " blir hoppa over: ", EN: " skipped: "}.In(l)
			b.WriteString("    note right of " + mermaidID(s.From.key()) + ": " +
				mermaidText(sk.Phase.Label(l)+skipped+sk.Justification) + "\n")
		}
	}
	return b.String()
}

// mermaidID turns a state key into a Mermaid identifier ("execution.2" →
// "execution_2").
func mermaidID(key string) string { return strings.ReplaceAll(key, ".", "_") }

var mermaidEscaper = strings.NewReplacer(
	"#", "#35;",
	":", "#58;",
	";", "#59;",
	"\r\n", " ",
	"\n", " ",
	"\r", " ",
)

// mermaidText escapes what Mermaid would read as syntax in a label.
func mermaidText(s string) string { return mermaidEscaper.Replace(s) }
