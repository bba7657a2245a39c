package benefit

import (
	"bytes"
	"encoding/json"

	"github.com/digitale-helgeland/veiviser/internal/canon"
	"github.com/digitale-helgeland/veiviser/internal/quote"
)

// MarshalJSON writes m as encoding/json writes a Measurement without the
// method, {"date":"2021-07-21","value":100,"comment":"…"} (the comment
// left out when empty), in one allocation where encoding/json makes one
// for the date and one for the value: a benefit plan's measurements are
// most of a stored project (issue 14). A date that is not a calendar day
// and a value beyond ±MaxQuantity are errors, as they are for the fields.
func (m *Measurement) MarshalJSON() ([]byte, error) {
	b := make([]byte, 0, len(`{"date":"2021-07-21","value":}`)+maxLiteral) // grows for a comment
	b = append(b, `{"date":"`...)
	b, err := m.Date.AppendText(b)
	if err != nil {
		return nil, err
	}
	b = append(b, `","value":`...)
	if b, err = m.Value.appendJSON(b); err != nil {
		return nil, err
	}
	if m.Comment != "" {
		b = append(b, `,"comment":`...)
		b = appendUnescaped(b, m.Comment)
	}
	return append(b, '}'), nil
}

// AppendCanonical appends m to b in the canonical form of RFC 8785, the
// JSON Canonicalization Scheme, which the seal of an approved document
// hashes (veiviser.DocumentHash): {"comment":…,"date":…,"value":…}, the
// members in canonical order, the comment left out when empty, and the
// value as the shortest number that denotes it. It writes the measurement
// directly rather than writing its JSON and reading it back, since a
// benefit plan's measurements are most of what a seal check hashes. It
// fails where MarshalJSON fails, and for a comment that is not valid UTF-8
// (which the stored form refuses).
func (m *Measurement) AppendCanonical(b []byte) ([]byte, error) {
	b = append(b, '{')
	if m.Comment != "" {
		var err error
		b = append(b, `"comment":`...)
		if b, err = canon.AppendString(b, m.Comment); err != nil {
			return nil, err
		}
		b = append(b, ',')
	}
	b = append(b, `"date":"`...)
	b, err := m.Date.AppendText(b)
	if err != nil {
		return nil, err
	}
	b = append(b, `","value":`...)
	if m.Value%1000 == 0 { // a whole number: as it stands, up to 15 digits
		if out, ok := canon.AppendInt(b, int64(m.Value/1000)); ok {
			return append(out, '}'), nil
		}
	}
	var buf [maxLiteral]byte
	lit, err := m.Value.appendJSON(buf[:0])
	if err != nil {
		return nil, err
	}
	if b, err = canon.AppendNumber(b, lit); err != nil {
		return nil, err
	}
	return append(b, '}'), nil
}

// appendUnescaped appends s as a JSON string the way encoding/json writes
// it without HTML escaping; the encoder that calls MarshalJSON escapes
// '<', '>' and '&' when it is asked to, so that the comment comes out as
// the field would without the method, either way. Text that is not valid
// UTF-8 is written as encoding/json writes it, with \ufffd in place of
// each bad byte, for that encoder's caller to find (the stored form's
// writer, Plan.AppendJSON, refuses it instead).
func appendUnescaped(b []byte, s string) []byte {
	if out, ok := quote.Append(b, s, false); ok {
		return out
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s) // a string always encodes
	return append(b, bytes.TrimSuffix(buf.Bytes(), []byte("\n"))...)
}
