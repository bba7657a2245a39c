// Package redacttest writes personal names in the forms that redaction
// must recognise, and finds any trace of a name in text, for the tests of
// the packages that redact.
//
// It is for tests only.
package redacttest

import (
	"fmt"
	"reflect"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Names are invented names with the letters that make Norwegian text hard
// to match: å and é (which decompose in NFD), æ and ø (which do not), a
// hyphenated given name, a three-part name and a one-part name. No part is
// a substring of a Norwegian word that Text uses.
var Names = []string{"Kari Nordmann", "Åse Ødegård", "Jørn Bjørnæs Øvrebø", "Hanne-Mari Strøm", "Renée Åsheim", "Synnøve"}

// Forms returns name written in every form redaction must recognise:
// as given; in the genitive ("Kari Nordmanns", "Kari Nordmann's" with
// either apostrophe); in upper, lower and mixed case; with a double
// space, a tab, a no-break space (U+00A0, U+202F) or a line break (LF,
// CRLF) between the parts; surname first after a comma ("Nordmann, Kari",
// with and without the space); decomposed (NFD); and a few of these at
// once.
func Forms(name string) []string {
	parts := strings.Fields(name)
	nfd := norm.NFD.String
	out := []string{
		name,
		name + "s",
		name + "'s",
		name + "\u2019s",
		strings.ToUpper(name),
		strings.ToLower(name),
		mixedCase(name),
		strings.ToUpper(name) + "S",
		nfd(name),
		nfd(strings.ToUpper(name)) + "s",
	}
	if len(parts) < 2 {
		return out
	}
	first, last := strings.Join(parts[:len(parts)-1], " "), parts[len(parts)-1]
	for _, sep := range []string{"  ", "\t", "\u00a0", "\u202f", "\n", "\r\n", " \n  "} {
		out = append(out, strings.Join(parts, sep))
	}
	return append(out,
		last+", "+first,
		strings.ToUpper(last)+","+first,
		last+" ,\u00a0"+nfd(first),
		nfd(strings.ToUpper(strings.Join(parts, "\u00a0")))+"'s",
		strings.Join(parts, "\n")+"s",
	)
}

// mixedCase alternates upper and lower case, letter by letter.
func mixedCase(s string) string {
	rs := []rune(s)
	for i, r := range rs {
		if i%2 == 0 {
			rs[i] = unicode.ToUpper(r)
		} else {
			rs[i] = unicode.ToLower(r)
		}
	}
	return string(rs)
}

// Text returns a sentence that holds every name in every form (see Forms),
// joined by ordinary Norwegian words. The words are kept by redaction, so a
// test can check that it removed no more than names.
func Text(names []string) string {
	var b strings.Builder
	b.WriteString("Møte med ")
	for _, n := range names {
		for _, f := range Forms(n) {
			b.WriteString(f)
			b.WriteString(" og ")
		}
	}
	b.WriteString("rådmannen.")
	return b.String()
}

// Kept is a word of Text that redaction must leave in place.
const Kept = "rådmannen"

// Leaks returns the parts of names (split at spaces and hyphens) that
// occur anywhere in s, compared without regard to case or Unicode
// normalisation (NFKC), even inside another word. It is deliberately
// stricter than redaction, which replaces whole names only: a test text
// must hold no part of a name except in a name.
func Leaks(s string, names []string) []string {
	hay := fold(s)
	var out []string
	for _, n := range names {
		for _, p := range strings.FieldsFunc(n, func(r rune) bool { return unicode.IsSpace(r) || r == '-' }) {
			if strings.Contains(hay, fold(p)) {
				out = append(out, p)
			}
		}
	}
	return out
}

func fold(s string) string { return strings.ToLower(norm.NFKC.String(s)) }

// Walk calls fn with the path and value of every string below v, in
// exported and unexported fields, slices, arrays, maps, pointers and
// interfaces. It only reads.
func Walk(v any, fn func(path, s string)) {
	walk(reflect.ValueOf(v), reflect.TypeOf(v).String(), fn)
}

func walk(v reflect.Value, path string, fn func(path, s string)) {
	switch v.Kind() {
	case reflect.String:
		fn(path, v.String())
	case reflect.Struct:
		for i := range v.NumField() {
			walk(v.Field(i), path+"."+v.Type().Field(i).Name, fn)
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			walk(v.Index(i), fmt.Sprintf("%s[%d]", path, i), fn)
		}
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			walk(v.Elem(), path, fn)
		}
	case reflect.Map:
		it := v.MapRange()
		for it.Next() {
			walk(it.Key(), path+"{key}", fn)
			walk(it.Value(), fmt.Sprintf("%s[%v]", path, it.Key()), fn)
		}
	}
}
