package veiviser

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"path/filepath"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/digitale-helgeland/veiviser/internal/golden"
)

// TestStorageGolden keeps the bytes a stored project is written as: the
// sample project in full and, by its SHA-256 (the file is 1 MB), the
// large project of the benchmarks; Encode writes what json.Marshal
// writes. Work on the encoder must leave both as
// they are; go test -update rewrites them.
func TestStorageGolden(t *testing.T) {
	p := sampleProject(t)
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, filepath.Join("testdata", "storage", "sample.json"), b)
	var buf bytes.Buffer
	if err := Encode(&buf, p); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(b), buf.String()); diff != "" {
		t.Errorf("Encode against json.Marshal (-want +got):\n%s", diff)
	}
	if err := Encode(&buf, nil); err == nil {
		t.Error("Encode(nil) succeeded")
	}
	if b, err = json.Marshal(largeProject(t)); err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(b)
	golden.Check(t, filepath.Join("testdata", "storage", "large.sha256"), []byte(hex.EncodeToString(sum[:])+"\n"))
}

// plainLarge returns the large project's stored JSON and the same graph
// decoded into its plain mirror (plainProject), checking that the mirror
// holds every field.
func plainLarge(b *testing.B) (*Project, []byte, *plainProject) {
	b.Helper()
	p := largeProject(b)
	data, err := json.Marshal(p)
	if err != nil {
		b.Fatal(err)
	}
	var m plainProject
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&m); err != nil {
		b.Fatalf("the plain mirror no longer holds the stored project: %v", err)
	}
	plain, err := json.Marshal(&m)
	if err != nil {
		b.Fatal(err)
	}
	// The mirror writes what it read, give or take the fields that a
	// merged struct writes empty: within a few per cent of our bytes.
	if r := float64(len(plain)) / float64(len(data)); r < 0.95 || r > 1.05 {
		b.Fatalf("plain mirror writes %d bytes, the project %d", len(plain), len(data))
	}
	return p, data, &m
}

// BenchmarkStorage puts the JSON storage of the large project (mandate,
// every management product, 200 benefits × 3 indicators × 40
// measurements) beside the same graph through plain encoding/json (the
// mirror plainProject), in one run: writing (json.Marshal), reading
// (Decode against json.Unmarshal) and the round trip of both. Each
// veiviser line reports its time over the plain line's run just before
// it ("xplain"; issue 14 asks ≤ 1.5 for the round trip). On a busy machine
// compare the ratio lines instead, which run ours and plain in turn within
// each iteration so that the load slows both alike:
//
//	go test . -run '^$' -bench Storage -benchmem -count 5
//
// ratio/encode-compact is json.Compact of the stored project beside the
// plain encoding: encoding/json scans and copies again what any
// MarshalJSON method returns, as json.Compact does, so json.Marshal(p)
// costs at least Encode plus that, however fast Project.MarshalJSON is;
// Encode does not pay it.
func BenchmarkStorage(b *testing.B) {
	p, data, m := plainLarge(b)
	plainEncode := func() []byte {
		out, err := json.Marshal(m)
		if err != nil {
			b.Fatal(err)
		}
		return out
	}
	plainDecode := func(in []byte) {
		var q plainProject
		if err := json.Unmarshal(in, &q); err != nil {
			b.Fatal(err)
		}
	}
	ourMarshal := func() []byte {
		out, err := json.Marshal(p)
		if err != nil {
			b.Fatal(err)
		}
		return out
	}
	ourEncode := func() []byte {
		var buf bytes.Buffer
		if err := Encode(&buf, p); err != nil {
			b.Fatal(err)
		}
		return buf.Bytes()
	}
	var compacted bytes.Buffer
	compact := func(in []byte) {
		compacted.Reset()
		if err := json.Compact(&compacted, in); err != nil {
			b.Fatal(err)
		}
	}
	ourDecode := func(in []byte) {
		if _, err := Decode(bytes.NewReader(in), DecodeOptions{}); err != nil {
			b.Fatal(err)
		}
	}
	for _, r := range []struct {
		name        string
		ours, plain func()
	}{
		{"ratio/encode", func() { ourMarshal() }, func() { plainEncode() }},
		{"ratio/encode-Encode", func() { ourEncode() }, func() { plainEncode() }},
		{"ratio/encode-compact", func() { compact(data) }, func() { plainEncode() }},
		{"ratio/decode", func() { ourDecode(data) }, func() { plainDecode(data) }},
		{"ratio/roundtrip", func() { ourDecode(ourMarshal()) }, func() { plainDecode(plainEncode()) }},
		{"ratio/roundtrip-Encode", func() { ourDecode(ourEncode()) }, func() { plainDecode(plainEncode()) }},
	} {
		b.Run(r.name, func(b *testing.B) {
			var ours, plain time.Duration
			for b.Loop() {
				t0 := time.Now()
				r.plain()
				t1 := time.Now()
				r.ours()
				ours, plain = ours+time.Since(t1), plain+t1.Sub(t0)
			}
			b.ReportMetric(float64(ours)/float64(plain), "xplain")
		})
	}
	var plain float64
	b.Run("encode/plain", func(b *testing.B) {
		plain = perOp(b, func() {
			if _, err := json.Marshal(m); err != nil {
				b.Fatal(err)
			}
		})
	})
	b.Run("encode/veiviser", func(b *testing.B) {
		ns := perOp(b, func() {
			if _, err := json.Marshal(p); err != nil {
				b.Fatal(err)
			}
		})
		b.ReportMetric(ns/plain, "xplain")
	})
	b.Run("encode/veiviser-Encode", func(b *testing.B) {
		var buf bytes.Buffer
		ns := perOp(b, func() {
			buf.Reset()
			if err := Encode(&buf, p); err != nil {
				b.Fatal(err)
			}
		})
		b.ReportMetric(ns/plain, "xplain")
	})
	b.Run("decode/plain", func(b *testing.B) {
		plain = perOp(b, func() {
			var q plainProject
			if err := json.Unmarshal(data, &q); err != nil {
				b.Fatal(err)
			}
		})
	})
	b.Run("decode/veiviser", func(b *testing.B) {
		ns := perOp(b, func() {
			if _, err := Decode(bytes.NewReader(data), DecodeOptions{}); err != nil {
				b.Fatal(err)
			}
		})
		b.ReportMetric(ns/plain, "xplain")
	})
	b.Run("roundtrip/plain", func(b *testing.B) {
		plain = perOp(b, func() {
			out, err := json.Marshal(m)
			if err != nil {
				b.Fatal(err)
			}
			var q plainProject
			if err := json.Unmarshal(out, &q); err != nil {
				b.Fatal(err)
			}
		})
	})
	b.Run("roundtrip/veiviser", func(b *testing.B) {
		ns := perOp(b, func() {
			out, err := json.Marshal(p)
			if err != nil {
				b.Fatal(err)
			}
			if _, err := Decode(bytes.NewReader(out), DecodeOptions{}); err != nil {
				b.Fatal(err)
			}
		})
		b.ReportMetric(ns/plain, "xplain")
	})
	b.Run("roundtrip/veiviser-Encode", func(b *testing.B) {
		var buf bytes.Buffer
		ns := perOp(b, func() {
			buf.Reset()
			if err := Encode(&buf, p); err != nil {
				b.Fatal(err)
			}
			if _, err := Decode(&buf, DecodeOptions{}); err != nil {
				b.Fatal(err)
			}
		})
		b.ReportMetric(ns/plain, "xplain")
	})
}
