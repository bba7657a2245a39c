package cases

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/digitale-helgeland/veiviser"
	"github.com/digitale-helgeland/veiviser/product"
)

// BenchmarkDecide puts the cost of recording a decision through the store
// beside its two parts, in the same run:
//
//   - library: what the store asks of the library for a decision, in
//     memory: decode the stored project with its head (verifying it),
//     decide, encode the new state;
//   - sqlite: the transaction's SQL alone, with the payloads made
//     beforehand: read the project, head and rows, write the state, append
//     an entry, move the head;
//   - store: Store.Decide, which does both, verifies the rows against the
//     log, and returns the project's status (Project.Validate).
//
// Each is run on a project with no documents and on Digitale Helgeland
// with its Word mandate (a state of about 70 kB). Every 32 decisions the
// project starts again, so that the log stays short, as a real project's
// does.
func BenchmarkDecide(b *testing.B) {
	ctx := context.Background()
	docx, err := os.ReadFile(helgelandDocx)
	if err != nil {
		b.Fatal(err)
	}
	for _, withMandate := range []bool{false, true} {
		name := "empty"
		if withMandate {
			name = "helgeland"
		}
		// fresh returns a store with project P-1 at version 1 (2 with
		// the mandate).
		fresh := func(b *testing.B) (*Store, int64) {
			s, _ := open(b, Options{})
			create(b, s, "P-1")
			if !withMandate {
				return s, 1
			}
			if _, _, err := s.Import(ctx, Upload{Project: "P-1", Name: "mandat.docx", Data: docx, Status: product.StatusSubmitted, Officer: "x"}); err != nil {
				b.Fatal(err)
			}
			return s, 2
		}
		const restart = 32

		b.Run(name+"/library", func(b *testing.B) {
			s, _ := fresh(b)
			p, _, err := s.Project(ctx, "P-1")
			if err != nil {
				b.Fatal(err)
			}
			start, err := json.Marshal(p)
			if err != nil {
				b.Fatal(err)
			}
			state, head := start, p.Audit().Head()
			b.ResetTimer()
			for i := 0; b.Loop(); i++ {
				if i%restart == 0 {
					state, head = start, p.Audit().Head()
				}
				q, err := veiviser.Decode(strings.NewReader(string(state)), veiviser.DecodeOptions{Head: head})
				if err != nil {
					b.Fatal(err)
				}
				if err := q.Decide(sentBack("25.02.2020", fmt.Sprint(i))); err != nil {
					b.Fatal(err)
				}
				if state, err = json.Marshal(q); err != nil {
					b.Fatal(err)
				}
				head = q.Audit().Head()
			}
		})

		b.Run(name+"/sqlite", func(b *testing.B) {
			s, _ := fresh(b)
			p, _, err := s.Project(ctx, "P-1")
			if err != nil {
				b.Fatal(err)
			}
			if err := p.Decide(sentBack("25.02.2020", "2020/1")); err != nil {
				b.Fatal(err)
			}
			state, err := json.Marshal(p)
			if err != nil {
				b.Fatal(err)
			}
			last := p.Audit()[len(p.Audit())-1]
			entry, err := json.Marshal(last)
			if err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			for i := 0; b.Loop(); i++ {
				if i > 0 && i%restart == 0 {
					b.StopTimer()
					s, _ = fresh(b)
					b.StartTimer()
				}
				tx, err := s.DB().BeginTx(ctx, nil)
				if err != nil {
					b.Fatal(err)
				}
				var st, h string
				var v int64
				var n int
				if err := tx.QueryRowContext(ctx, `SELECT p.state, p.version, h.head, h.entries FROM projects p JOIN audit_heads h ON h.project_id = p.id WHERE p.id = $1`, "P-1").Scan(&st, &v, &h, &n); err != nil {
					b.Fatal(err)
				}
				rows, err := tx.QueryContext(ctx, `SELECT seq, kind, entry, hash, prev, case_number, recorded_by, recorded_at FROM decisions WHERE project_id = $1 ORDER BY seq`, "P-1")
				if err != nil {
					b.Fatal(err)
				}
				for rows.Next() {
				}
				rows.Close()
				if _, err := tx.ExecContext(ctx, `UPDATE projects SET state = $1, version = version + 1, updated_at = $2 WHERE id = $3 AND version = $4`, string(state), "t", "P-1", v); err != nil {
					b.Fatal(err)
				}
				if _, err := tx.ExecContext(ctx, `INSERT INTO decisions (project_id, seq, kind, entry, hash, prev, case_number, recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
					"P-1", 1000+i, "decision", string(entry), fmt.Sprint(i), last.Prev, "2020/1", "x", "t"); err != nil {
					b.Fatal(err)
				}
				if _, err := tx.ExecContext(ctx, `UPDATE audit_heads SET head = $1, entries = $2, updated_at = $3 WHERE project_id = $4 AND head = $5`, fmt.Sprint(i), n+1, "t", "P-1", h); err != nil {
					b.Fatal(err)
				}
				if err := tx.Commit(); err != nil {
					b.Fatal(err)
				}
			}
		})

		b.Run(name+"/store", func(b *testing.B) {
			s, version := fresh(b)
			b.ResetTimer()
			for i := 0; b.Loop(); i++ {
				if i > 0 && i%restart == 0 {
					b.StopTimer()
					s, version = fresh(b)
					b.StartTimer()
				}
				if _, err := s.Decide(ctx, Decision{Project: "P-1", Version: version, Decision: sentBack("25.02.2020", fmt.Sprint(i)), Officer: "x"}); err != nil {
					b.Fatal(err)
				}
				version++
			}
		})
	}
}
