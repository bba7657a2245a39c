#!/usr/bin/env python3
"""Independent verifier of veiviser's audit log, in Python 3 with the
standard library only. It shares no code with the Go library: it follows
testdata/audit/README.md.

  verify.py vectors VECTORS.json
      checks the published test vectors: each input's canonical form
      (RFC 8785, JCS) and its SHA-256, the inputs the form refuses, and
      each audit entry's hash.

  verify.py project [--head HEX] [--key-file FILE] PROJECT.json
      recomputes the hash chain of a stored project's audit log and checks
      that the log commits to the lifecycle's model, records exactly its
      decision history, and that each document an approval sealed is as
      sealed or has a new version. --head is the head the host kept apart;
      --key-file holds the host's secret, for a keyed log (HMAC-SHA256).

It prints what it found and exits 0 when everything holds, 1 on the first
problem (named as the Go library names it: "entry 2 altered"), 2 on bad
usage or unreadable input.
"""

import argparse
import decimal
import hashlib
import hmac
import json
import math
import sys


class Refused(Exception):
    """Input the canonical form refuses."""


class Broken(Exception):
    """A problem with the audit log."""


# ---------------------------------------------------------------- reading


def _no_duplicates(pairs):
    seen = set()
    for k, _ in pairs:
        if k in seen:
            raise Refused("duplicate member name %r" % k)
        seen.add(k)
    return dict(pairs)


def _no_constant(name):
    raise Refused("not JSON: %s" % name)


def load(text):
    """Parses JSON text strictly: duplicate names refused, numbers kept as
    exact decimals, so that nothing is rounded before it is checked."""
    if isinstance(text, bytes):
        text = text.decode("utf-8")  # strict: invalid UTF-8 raises
    return json.loads(
        text,
        object_pairs_hook=_no_duplicates,
        parse_float=decimal.Decimal,
        parse_int=decimal.Decimal,
        parse_constant=_no_constant,
    )


# ------------------------------------------------- RFC 8785 canonical form


def _string(s):
    try:
        s.encode("utf-8")
    except UnicodeEncodeError:
        raise Refused("lone surrogate in %r" % s)
    out = ['"']
    for ch in s:
        c = ord(ch)
        if ch == '"' or ch == "\\":
            out.append("\\" + ch)
        elif ch == "\b":
            out.append("\\b")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\f":
            out.append("\\f")
        elif ch == "\r":
            out.append("\\r")
        elif c < 0x20:
            out.append("\\u%04x" % c)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _number(d):
    """The canonical form of the number d (a Decimal): ECMAScript's
    Number.prototype.toString of its double, refused when the double does
    not hold d exactly or d is an integer beyond 2^53."""
    if d == 0:
        return "0"
    f = float(d)
    if math.isinf(f) or math.isnan(f) or f == 0:
        raise Refused("number %s is not a double" % d)
    short = repr(f)  # the shortest decimal that identifies f
    if decimal.Decimal(short) != d:
        raise Refused("number %s is not held exactly by a double (%s)" % (d, short))
    if f == math.trunc(f) and abs(f) > 2**53:
        raise Refused("number %s is an integer beyond 2^53" % d)
    sign, digits, exp = decimal.Decimal(short).normalize().as_tuple()
    digits = "".join(map(str, digits))
    k = len(digits)
    n = k + exp  # the decimal point stands after n digits
    if k <= n <= 21:
        s = digits + "0" * (n - k)
    elif 0 < n <= 21:
        s = digits[:n] + "." + digits[n:]
    elif -6 < n <= 0:
        s = "0." + "0" * (-n) + digits
    else:
        e = n - 1
        s = digits[0] + ("." + digits[1:] if k > 1 else "") + "e" + ("+" if e >= 0 else "-") + str(abs(e))
    return ("-" if sign else "") + s


def canonical(v):
    """The RFC 8785 canonical form of v, a value load returned, as str."""
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, str):
        return _string(v)
    if isinstance(v, decimal.Decimal):
        return _number(v)
    if isinstance(v, int):
        return _number(decimal.Decimal(v))
    if isinstance(v, list):
        return "[" + ",".join(canonical(x) for x in v) + "]"
    if isinstance(v, dict):
        names = sorted(v, key=lambda k: k.encode("utf-16-be"))
        return "{" + ",".join(_string(k) + ":" + canonical(v[k]) for k in names) + "}"
    raise Refused("unexpected value %r" % (v,))


def canonical_bytes(v):
    return canonical(v).encode("utf-8")


# ------------------------------------------------------------ the chain


def entry_hash(entry, key):
    """The hash of an audit entry: its JSON object without "hash", in
    canonical form; hex SHA-256, or HMAC-SHA256 under the host's key."""
    body = {k: v for k, v in entry.items() if k != "hash"}
    b = canonical_bytes(body)
    if key is not None:
        return hmac.new(key, b, hashlib.sha256).hexdigest()
    return hashlib.sha256(b).hexdigest()


def document_hash(doc):
    """The hash a seal records of a stored document: hex SHA-256 of its
    canonical form without "schemaVersion"."""
    body = {k: v for k, v in doc.items() if k != "schemaVersion"}
    return hashlib.sha256(canonical_bytes(body)).hexdigest()


def version_of(doc):
    """A document's version: the last version of its change log."""
    changes = doc.get("document", {}).get("header", {}).get("changes") or []
    return changes[-1].get("version", "") if changes else ""


def verify_seals(log, documents):
    """Each document an approval sealed is as sealed, or has a new version
    in its change log; the latest approval of a document counts."""
    latest = {}
    for i, e in enumerate(log):
        for seal in e.get("seals", []):
            latest[int(seal["document"])] = (seal, i, e["decision"])
    for n in sorted(latest):
        seal, entry, d = latest[n]
        y, m, day = d["date"].split("-")
        what = 'documents[%d] (%s, version "%s"), approved at %s on %s.%s.%s (audit entry %d)' % (
            n, seal["template"], seal.get("version", ""), d["point"].upper(), day, m, y, entry)
        if n < 0 or n >= len(documents) or documents[n].get("template") != seal["template"]:
            raise Broken("approved document changed: %s, is gone" % what)
        if version_of(documents[n]) != seal.get("version", ""):
            continue  # a new version, recorded in the change log
        if document_hash(documents[n]) != seal["hash"]:
            raise Broken("approved document changed: %s, changed without a new version" % what)
    return len(latest)


def go_json(v):
    """encoding/json's compact form of v, whose members are in the order
    the Go library wrote them: how schema versions 1 and 2 hashed."""
    s = json.dumps(v, ensure_ascii=False, separators=(",", ":"), default=str)
    for ch, esc in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        s = s.replace(ch, esc)
    return s.encode("utf-8")


def legacy_hash(seq, decision, prev):
    """The hash of an entry of schema versions 1 and 2."""
    return hashlib.sha256(go_json({"seq": int(seq), "decision": decision, "prev": prev})).hexdigest()


def verify_chain(log, hash_of):
    """Checks each entry's hash, place and link; names the first problem."""
    prev = ""
    seen = set()
    for i, e in enumerate(log):
        seq = e.get("seq")
        if hash_of(e) != e.get("hash"):
            raise Broken("entry %d altered" % i)
        if e["hash"] in seen:
            raise Broken("entry %d duplicated" % i)
        if seq != i:
            later = any(x.get("seq") == i for x in log[i + 1:])
            raise Broken("entry %d %s" % (i, "reordered" if later or seq < i else "removed"))
        if e.get("prev") != prev:
            raise Broken("entry %d altered" % (i - 1 if i > 0 else 0))
        seen.add(e["hash"])
        prev = e["hash"]


def check_head(log, head):
    if not head or (log and log[-1]["hash"] == head):
        return
    for i, e in enumerate(log):
        if e["hash"] == head:
            raise Broken("entry %d appended" % (i + 1))
    raise Broken("truncated: the log ends before entry %d" % len(log))


def verify_project(p, head=None, key=None):
    version = int(p["schemaVersion"])
    log = p["audit"]
    for e in log:
        e["seq"] = int(e["seq"])  # exact decimals from load
    history = p["lifecycle"]["history"]
    model = p["lifecycle"]["model"]
    if version < 3:
        verify_chain(log, lambda e: legacy_hash(e["seq"], e["decision"], e["prev"]))
        check_head(log, head)
        decisions = [(i, e["decision"]) for i, e in enumerate(log)]
        model_entry = None
    else:
        if not log:
            raise Broken("truncated: the log ends before entry 0")
        if key is None and any("mac" in e for e in log):
            raise Broken("the log is keyed: pass --key-file")
        if key is not None:
            for i, e in enumerate(log):
                if e.get("mac") != "hmac-sha256":
                    raise Broken("entry %d altered" % i)
        verify_chain(log, lambda e: entry_hash(e, key))
        check_head(log, head)
        if "model" not in log[0]:
            raise Broken("entry 0 removed")
        decisions = [(i, e["decision"]) for i, e in enumerate(log) if "model" not in e]
        model_entry = max(i for i, e in enumerate(log) if "model" in e)
    for j, (i, d) in enumerate(decisions):
        if j >= len(history):
            raise Broken("entry %d appended" % i)
        if canonical(d) != canonical(history[j]):
            raise Broken("entry %d differs from the lifecycle's history" % i)
    if len(history) > len(decisions):
        raise Broken("truncated: the log ends before entry %d" % len(log))
    notes = ["head %s" % (log[-1]["hash"] if log else "")]
    if model_entry is not None:
        if canonical(log[model_entry]["model"]["tailoring"]) != canonical(model):
            raise Broken("the lifecycle's model (lifecycle.model) is not the one entry %d commits to" % model_entry)
        migrated = log[0].get("migrated")
        if migrated:
            verify_migration(log, migrated)
            notes.append("written again from schema version %s: its %s entries give its head %s" % (migrated["schemaVersion"], migrated["entries"], migrated["head"]))
        notes.append("%d approved documents as sealed" % verify_seals(log, p.get("documents", [])))
    return notes


def verify_migration(log, migrated):
    """A log written again from schema version 1 or 2 records the old log's
    length and head: compute the old chain again from the decisions."""
    n = int(migrated["entries"])
    decisions = [e["decision"] for e in log if "model" not in e][:n]
    if len(decisions) != n:
        raise Broken("entry 0 records %d migrated entries; the log has %d decisions" % (n, len(decisions)))
    prev = ""
    for seq, d in enumerate(decisions):
        prev = legacy_hash(seq, d, prev)
    if prev != migrated["head"]:
        raise Broken("entry 0 altered: the decisions do not give the recorded head of schema version %s" % migrated["schemaVersion"])


# ------------------------------------------------------------- vectors


def verify_vectors(v):
    n = 0
    for c in v["canonical"]:
        got = canonical_bytes(load(c["input"]))
        if got.decode("utf-8") != c["canonical"]:
            raise Broken("%s: canonical form %r, want %r" % (c["name"], got, c["canonical"]))
        if hashlib.sha256(got).hexdigest() != c["sha256"]:
            raise Broken("%s: SHA-256 differs" % c["name"])
        n += 1
    for c in v["refused"]:
        try:
            canonical(load(c["input"]))
        except Refused:
            n += 1
            continue
        raise Broken("%s: accepted %r" % (c["name"], c["input"]))
    for c in v.get("documents", []):
        if document_hash(c["document"]) != c["hash"]:
            raise Broken("%s: document hash differs" % c["name"])
        n += 1
    for c in v["entries"]:
        e = c["entry"]
        body = {k: x for k, x in e.items() if k != "hash"}
        got = canonical(body)
        if got != c["hashInput"]:
            raise Broken("%s: hash input %r, want %r" % (c["name"], got, c["hashInput"]))
        if entry_hash(e, None) != c["hash"] or e["hash"] != c["hash"]:
            raise Broken("%s: hash differs" % c["name"])
        n += 1
    return n


def main(argv):
    ap = argparse.ArgumentParser(description="Verify veiviser audit logs and test vectors.")
    sub = ap.add_subparsers(dest="cmd", required=True)
    vp = sub.add_parser("vectors")
    vp.add_argument("file")
    pp = sub.add_parser("project")
    pp.add_argument("--head")
    pp.add_argument("--key-file")
    pp.add_argument("file")
    args = ap.parse_args(argv)
    try:
        with open(args.file, "rb") as f:
            data = load(f.read())
        key = None
        if getattr(args, "key_file", None):
            with open(args.key_file, "rb") as f:
                key = f.read()
    except (OSError, ValueError, Refused) as err:
        print("cannot read:", err)
        return 2
    try:
        if args.cmd == "vectors":
            print("ok: %d vectors" % verify_vectors(data))
        else:
            for note in verify_project(data, args.head, key):
                print("ok:", note)
    except (Broken, Refused) as err:
        print("audit log broken:", err)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
