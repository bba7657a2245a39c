// Package stakeholder models who takes part in a project or a municipal
// collaboration, what they may do, and how their bodies decide: the
// stakeholder register (interessentregister) with the interest/influence
// grid, organisations and their numbers, project roles, governance bodies
// with voting members and observers, membership of a collaboration as a
// state machine, the communication plan, and the level of municipal
// involvement on samordningsstigen.
//
// # Register
//
// A Register holds Organisations, Stakeholders (the columns of the
// Interessentanalyse template), Roles, Bodies, Memberships, Communications
// and Involvement records, which refer to each other by ID. Register.Validate
// reports missing fields, duplicate IDs, dangling references, stakeholders
// with high interest or influence but no planned communication, and more,
// as phase.Findings with JSON paths. Register.Classify sorts stakeholders
// into the quadrants ManageClosely, KeepSatisfied, KeepInformed and
// Monitor; "high" means Medium or High on the template's scale ingen /
// liten / middels / stor.
//
// # Governance
//
// A Body (styringsgruppe, prosjektgruppe, prosjektstyre, faggruppe,
// referansegruppe) has voting members and observers with "møte-, tale- og
// forslagsrett". Body.Tally applies the rule of seed 000: consensus is
// sought; when votes are taken the majority decides; on a tie the chair
// decides; an optional quorum. It returns the Resolution and the Method by
// which it was reached, and refuses a ballot with votes from observers or
// non-members with a *BallotError.
//
// Roles.Check reports the role requirements at a decision point (exactly
// one project owner; a gevinstansvarlig and a prosjektleder from BP2 on)
// and Roles.Gate wraps it as a phase.Gate.
//
// # Membership
//
// A Membership moves invited → signed / declined and signed → withdrawn
// through internal/machine. Changes are dated by the caller and
// transactional: a refused change leaves the membership as it was and
// returns a *MembershipError listing every unmet requirement.
//
// # Personal data
//
// Names of people are personal data. They belong in three fields only,
// each tagged `privacy:"name"`: Stakeholder.Name, Assignment.Person and
// Member.Person. Fields tagged `privacy:"id"` are identifiers and
// references; use codes ("S1", "alstahaug"), never names. Every other text
// field is free text and must not carry names: owners of measures and those
// responsible for communications are project roles, not people. Register.
// Redacted returns a copy for publishing with the name fields emptied (and
// marked Redacted) and any known name scrubbed from free text;
// Register.NameLeaks and Validate warn about names in free text. Roles,
// positions and organisations are kept; in a small organisation a role may
// still point to one person, which the publisher must judge.
//
// # JSON
//
// Every type round-trips through encoding/json. Enumerations travel as
// stable lowercase codes; unset optional values are omitted. Decoding a
// Register, Body or Membership is strict: it rejects keys that name no
// field (phase.ErrUnknownField) at every level, unknown enumeration values,
// invalid dates and organisation numbers, impossible membership histories
// and duplicate IDs with a *phase.PathError naming the JSON path, keys spelt as
// in the document. A membership without organisation (the zero Membership)
// cannot be encoded, and Register.Validate reports it.
//
// # Non-goals
//
// The package does no I/O, reads no clock and renders nothing: callers
// pass dates and format output. It does not look organisations up in the
// Central Coordinating Register, does not know which municipalities exist,
// and does not model meetings, minutes or delegated authority. It does not
// import the checklist or benefit packages; the root package composes them.
//
// Values are plain data and not safe for concurrent modification; reading
// from several goroutines is safe.
package stakeholder
