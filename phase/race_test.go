//go:build race

package phase

// raceEnabled says the tests run under the race detector, whose
// instrumentation changes what escapes to the heap: allocation counts are
// not compared then.
const raceEnabled = true
