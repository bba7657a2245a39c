package veiviser

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"

	"github.com/digitale-helgeland/veiviser/internal/errs"
	"github.com/digitale-helgeland/veiviser/internal/strict"
	"github.com/digitale-helgeland/veiviser/product"

	"github.com/digitale-helgeland/veiviser/phase"
)

// SchemaVersion is the version of the JSON form of a Project that this
// package writes. Decode reads it and every earlier version; a stored
// project with a later version is refused with phase.ErrSchemaVersion
// rather than read wrongly.
//
// Version 2 records whether Difi's KS checkpoints apply on the project
// (stateAffectingMunicipalities) rather than on its checklists
// (checklists.municipal), leaves out an investment that is not known, and
// its documents use the module's one role vocabulary (see
// product.SchemaVersion).
//
// Version 3 hashes the audit log over a documented canonical form (RFC
// 8785; see AuditEntry and testdata/audit/README.md) and starts it with an
// entry that commits it to the lifecycle's model. Decode verifies the log
// of a project stored by version 1 or 2 with the hash of its time and then
// writes it again in the form of version 3 (see Migration).
const SchemaVersion = 3

// DefaultMaxBytes is the largest stored project Decode reads when
// DecodeOptions.MaxBytes is zero: 16 MiB.
const DefaultMaxBytes = 16 << 20

// DecodeOptions limit what Decode reads and say what it checks. The zero
// value means defaults.
type DecodeOptions struct {
	// MaxBytes is the largest input accepted; zero means DefaultMaxBytes.
	MaxBytes int64
	// Head is the head of the project's audit log that the host keeps
	// apart from the stored project (AuditLog.Head when it last stored
	// it), or "" when it keeps none. Decode then refuses a log with entries
	// after it (AuditAppended) or one that ends before it (AuditTruncated).
	// For a project stored by schema version 1 or 2 it is the head of the
	// log as stored then; Decode writes that log again, so the host keeps
	// the new head from then on.
	Head string
	// Key is the host's secret that keys the project's audit log (see
	// ProjectConfig.Key), or nil for a log without a key. A keyed log
	// decoded without it is refused with ErrAuditKeyed; a log without a
	// key decoded with one is refused as altered at its first entry, so
	// that a log whose chain was computed again without the key is not
	// taken for the host's. The project keeps the key for the entries of
	// later decisions. A project stored by schema version 1 or 2 is
	// written again keyed with it.
	Key []byte
}

// projectJSON is the stored form of a Project: the parts MarshalJSON
// writes around the documents (projectHead, projectTail), with the
// documents between them. Decode reads the documents apart
// (strict.IntoSplit), so Documents stays empty there; the field is what
// tells the strict check and the JSON Schema that the key is known.
type projectJSON struct {
	projectHead
	Documents []json.RawMessage `json:"documents,omitempty"`
	projectTail
}

// schemaVersion is the schema version of a stored project; the published
// JSON Schema describes the current one.
type schemaVersion int

// UnmarshalJSON reads a stored project as Decode does, with the default
// options. On error p is unchanged.
func (p *Project) UnmarshalJSON(b []byte) error {
	q, err := decode(b, DecodeOptions{})
	if err != nil {
		return err
	}
	*p = *q
	return nil
}

// Decode reads one stored project from r. It is strict: input over the
// size limit, a missing or unknown schema version, malformed or truncated
// JSON, trailing data, unknown fields, unknown enumeration values,
// duplicated IDs, an inconsistent decision history and an audit log that
// Project.Verify refuses (with o.Head) are each a *phase.PathError naming
// the path. An approved document changed since its approval is not
// refused, so that it can be put right with a new version: Verify and
// Validate report it. It reads only what r gives it; opening files is the
// caller's business.
func Decode(r io.Reader, o DecodeOptions) (*Project, error) {
	max := o.MaxBytes
	if max <= 0 {
		max = DefaultMaxBytes
	}
	// Read one byte past the limit to tell "at the limit" from "over it";
	// at math.MaxInt64 there is no byte past it to read.
	b, err := io.ReadAll(io.LimitReader(r, min(max, math.MaxInt64-1)+1))
	if err != nil {
		return nil, &phase.PathError{Op: "decode", Err: err}
	}
	o.MaxBytes = max
	return decode(b, o)
}

func decode(b []byte, o DecodeOptions) (*Project, error) {
	max := o.MaxBytes
	if max <= 0 {
		max = DefaultMaxBytes
	}
	if int64(len(b)) > max {
		return nil, &phase.PathError{Op: "decode", Err: fmt.Errorf("%w: more than %d bytes", phase.ErrTooLarge, max)}
	}
	version, err := storedVersion(b)
	if err != nil {
		return nil, err
	}
	if version == 1 {
		if b, err = migrateV1(b); err != nil {
			return nil, &phase.PathError{Op: "decode", Err: err}
		}
	}
	var j projectJSON
	docs, missing, err := strict.IntoSplit(b, &j, "documents")
	if err == nil {
		err = missing
	}
	if err != nil {
		return nil, err
	}
	p := &Project{
		ID: j.ID, Name: j.Name, Agency: j.Agency, Description: j.Description,
		StateAffectingMunicipalities: j.StateAffectingMunicipalities, Rules: j.Rules, RollOut: j.RollOut,
		Investment: j.Investment, Timeline: j.Timeline,
		Checklists: j.Checklists, Stakeholders: j.Stakeholders,
		lifecycle: j.Lifecycle, audit: j.Audit,
	}
	if p.lifecycle == nil {
		return nil, &phase.PathError{Op: "decode", Path: "lifecycle", Err: errors.New("missing")}
	}
	for i, raw := range docs {
		d, err := product.DecodeStored(raw)
		if err != nil {
			return nil, errs.Wrap("decode", "documents["+strconv.Itoa(i)+"]", err)
		}
		p.Documents = append(p.Documents, d)
	}
	if err := p.decodeAudit(version, o); err != nil {
		return nil, errs.Wrap("decode", "audit", err)
	}
	return p, nil
}

// storedVersion returns the schema version of the stored project b. The
// version Encode writes first, as {"schemaVersion":3, is read from there;
// otherwise b is read whole for it (and must be JSON), rather than read
// whole twice over for every project stored (issue 14).
func storedVersion(b []byte) (int, error) {
	if rest, ok := bytes.CutPrefix(b, []byte(`{"schemaVersion":`)); ok && len(rest) > 1 &&
		rest[0] >= '1' && rest[0] <= '0'+SchemaVersion && (rest[1] == ',' || rest[1] == '}') {
		return int(rest[0] - '0'), nil
	}
	var head struct {
		SchemaVersion *json.Number `json:"schemaVersion"`
	}
	if err := json.Unmarshal(b, &head); err != nil {
		return 0, &phase.PathError{Op: "decode", Err: err}
	}
	if head.SchemaVersion == nil {
		return 0, &phase.PathError{Op: "decode", Path: "schemaVersion", Err: fmt.Errorf("%w: schemaVersion is missing", phase.ErrSchemaVersion)}
	}
	// A whole number is the version however it is written ("3.0"), as
	// JSON Schema counts it.
	f, err := head.SchemaVersion.Float64()
	version := int(f)
	if err != nil || float64(version) != f || version < 1 || version > SchemaVersion {
		return 0, &phase.PathError{Op: "decode", Path: "schemaVersion", Err: fmt.Errorf("%w: %s (this version reads 1 to %d)", phase.ErrSchemaVersion, head.SchemaVersion, SchemaVersion)}
	}
	return version, nil
}

// decodeAudit checks the audit log of a project stored by schema version
// `version`. A log of version 1 or 2 is verified with the hash of its time
// and written again in the current form (see Migration); a log of the
// current version starts with its model entry and passes Verify.
func (p *Project) decodeAudit(version int, o DecodeOptions) error {
	p.key = bytes.Clone(o.Key)
	if version >= 3 {
		if len(p.audit) == 0 {
			return &AuditError{Index: 0, Problem: AuditTruncated}
		}
		return p.verifyLog(o.Head)
	}
	for i, e := range p.audit {
		if e.Model != nil || e.Migrated != nil {
			return &phase.PathError{Op: "decode", Path: "[" + strconv.Itoa(i) + "]", Err: fmt.Errorf("%w: a model entry in schema version %d", phase.ErrUnknownField, version)}
		}
	}
	if err := p.audit.verifyLegacy(p.lifecycle, o.Head); err != nil {
		return err
	}
	a, err := rechain(p.audit, p.lifecycle.Model(), version, p.key)
	if err != nil {
		return err
	}
	p.audit = a
	return nil
}

// migrateV1 rewrites a stored project of schema version 1 in the form of
// version 2: the flag checklists.municipal, which made the KS checkpoints
// apply, becomes the project's stateAffectingMunicipalities; an investment
// of 0, which version 1 wrote when none was known (it had no other way),
// becomes an unknown investment. Its documents
// are migrated by product.Decode, which knows them by their own version.
// Anything else is left as it is, for the strict decoder to report.
func migrateV1(b []byte) ([]byte, error) {
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(b, &fields); err != nil {
		return nil, err
	}
	fields["schemaVersion"] = json.RawMessage("2")
	if string(fields["investment"]) == "0" {
		delete(fields, "investment")
	}
	var lists map[string]json.RawMessage
	if json.Unmarshal(fields["checklists"], &lists) == nil && lists != nil {
		if m, ok := lists["municipal"]; ok {
			fields["stateAffectingMunicipalities"] = m
			delete(lists, "municipal")
			var err error
			if fields["checklists"], err = json.Marshal(lists); err != nil {
				return nil, err
			}
		}
	}
	return json.Marshal(fields)
}
