package main

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

var update = flag.Bool("update", false, "rewrite the expected output in testdata/script/*.txtar")

// TestMain makes the test binary the veiviser command when a script runs
// "exec veiviser", as a user would run the installed command. Variables
// honoured only here, never by the command built for users, reach inside
// it: VEIVISER_TEST_CRASH=stage ends the process with exit code 3 at that
// stage of an atomic write, as a crash or kill would;
// VEIVISER_TEST_TERMINAL=1 takes standard error for a terminal, so that
// check shows its progress; VEIVISER_TEST_EXITFILE names the file the exit
// code is written to, for the script command exitcode.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"veiviser": func() {
			exit := func(code int) {
				if f := os.Getenv("VEIVISER_TEST_EXITFILE"); f != "" {
					if err := os.WriteFile(f, []byte(strconv.Itoa(code)), 0o644); err != nil {
						fmt.Fprintln(os.Stderr, "test:", err)
					}
				}
				os.Exit(code)
			}
			c := newCLI(os.Stdin, os.Stdout, os.Stderr)
			if stage := os.Getenv("VEIVISER_TEST_CRASH"); stage != "" {
				c.crash = func(s string) {
					if s == stage {
						fmt.Fprintf(os.Stderr, "test: crashed at %s\n", s)
						exit(3)
					}
				}
			}
			if os.Getenv("VEIVISER_TEST_TERMINAL") == "1" {
				c.terminal = true
			}
			exit(c.main(os.Args[1:]))
		},
	})
}

// TestScript runs testdata/script/*.txtar.
func TestScript(t *testing.T) {
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	fixtures, err := newFixtures(filepath.Join(dir, "..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir:                 filepath.Join("testdata", "script"),
		RequireExplicitExec: true,
		RequireUniqueNames:  true,
		UpdateScripts:       *update,
		Setup: func(env *testscript.Env) error {
			// Under the race detector every process sleeps a second as it
			// exits, waiting for reports from other goroutines
			// (atexit_sleep_ms); the scripts run some two hundred.
			env.Setenv("GORACE", strings.TrimSpace(os.Getenv("GORACE")+" atexit_sleep_ms=0"))
			// In the script's own temporary directory, hidden from the
			// directories the scripts check.
			env.Setenv("VEIVISER_TEST_EXITFILE", filepath.Join(env.Getenv("TMPDIR"), "veiviser-exit-code"))
			return fixtures.write(env.WorkDir)
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"sarifvalid": validCmd(filepath.Join(dir, "testdata", "sarif-schema-2.1.0.json")),
			"bigfile":    bigfileCmd,
			"hexfile":    hexfileCmd,
			"tempfiles":  tempfilesCmd,
			"exitcode":   exitcodeCmd,
		},
	})
}

// validCmd returns the script command "sarifvalid FILE": FILE is valid
// against the JSON Schema in the file schema.
func validCmd(schema string) func(ts *testscript.TestScript, neg bool, args []string) {
	return func(ts *testscript.TestScript, neg bool, args []string) {
		if len(args) != 1 {
			ts.Fatalf("usage: sarifvalid FILE")
		}
		err := validate(schema, []byte(ts.ReadFile(args[0])))
		switch {
		case neg && err == nil:
			ts.Fatalf("%s is valid against %s", args[0], filepath.Base(schema))
		case !neg && err != nil:
			ts.Fatalf("%s: %v", args[0], err)
		}
	}
}

// validate validates the JSON document doc against the JSON Schema in the
// file schema, formats asserted.
func validate(schema string, doc []byte) error {
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	sch, err := c.Compile(schema)
	if err != nil {
		return fmt.Errorf("compiling %s: %w", schema, err)
	}
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(doc))
	if err != nil {
		return err
	}
	return sch.Validate(v)
}

// bigfileCmd is the script command "bigfile FILE SIZE": it writes SIZE
// bytes (a number, with the suffix Mi for mebibytes) to FILE, as a JSON
// object with one long string, to test the size limit.
func bigfileCmd(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: bigfile FILE SIZE")
	}
	size, mult := args[1], 1
	if n := len(size); n > 2 && size[n-2:] == "Mi" {
		size, mult = size[:n-2], 1<<20
	}
	n, err := strconv.Atoi(size)
	if err != nil {
		ts.Fatalf("bigfile: %v", err)
	}
	n *= mult
	b := make([]byte, 0, n)
	b = append(b, `{"id":"`...)
	b = append(b, bytes.Repeat([]byte("x"), max(0, n-len(b)-2))...)
	b = append(b, `"}`...)
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), b, 0o644))
}

// hexfileCmd is the script command "hexfile FILE HEX": it writes the bytes
// HEX spells to FILE, for binary input a txtar archive cannot hold.
func hexfileCmd(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: hexfile FILE HEX")
	}
	b, err := hex.DecodeString(args[1])
	ts.Check(err)
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), b, 0o644))
}

// exitcodeCmd is the script command "exitcode N": the last run of veiviser
// exited with code N. "! exec" takes any code but 0; this tells 1 (error
// findings, a refused decision) from 2 (usage, unreadable input) and 3 (a
// crash the test made). Each run's code is checked at most once.
func exitcodeCmd(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: exitcode N")
	}
	f := ts.Getenv("VEIVISER_TEST_EXITFILE")
	b, err := os.ReadFile(f)
	if err != nil {
		ts.Fatalf("no exit code of veiviser to check: %v", err)
	}
	ts.Check(os.Remove(f))
	if got := string(b); got != args[0] {
		ts.Fatalf("veiviser exited with code %s, want %s", got, args[0])
	}
}

// tempfilesCmd is the script command "tempfiles N": the working directory
// holds N temporary files of an atomic write (.NAME.tmp-…).
func tempfilesCmd(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: tempfiles N")
	}
	want, err := strconv.Atoi(args[0])
	ts.Check(err)
	found, err := filepath.Glob(ts.MkAbs(".*.tmp-*"))
	ts.Check(err)
	if len(found) != want {
		ts.Fatalf("%d temporary files (%v), want %d", len(found), found, want)
	}
}

// TestSARIFSchema validates check's SARIF output for every fixture, and a
// report with a location the JSON index cannot give (a Word document's
// paragraph), against the SARIF 2.1.0 schema; and makes sure the schema
// validator can fail.
func TestSARIFSchema(t *testing.T) {
	dir := t.TempDir()
	f, err := newFixtures(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	if err := f.write(dir); err != nil {
		t.Fatal(err)
	}
	schema := filepath.Join("testdata", "sarif-schema-2.1.0.json")
	var results []checked
	c := newCLI(nil, nil, nil)
	for _, name := range f.names() {
		r, err := c.check(filepath.Join(dir, name))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		results = append(results, r)
	}
	results = append(results, wordResult())
	var b bytes.Buffer
	if err := writeSARIF(&b, results, 0, "v1.2.3"); err != nil {
		t.Fatal(err)
	}
	if err := validate(schema, b.Bytes()); err != nil {
		t.Errorf("SARIF output is not valid: %v", err)
	}
	var log map[string]any
	if err := json.Unmarshal(b.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	log["version"] = "2.0.0"
	bad, _ := json.Marshal(log)
	if err := validate(schema, bad); err == nil {
		t.Error("SARIF with version 2.0.0 validates; the validator cannot fail")
	}
}
