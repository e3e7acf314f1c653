"""Compare two claim ledgers: claims added/removed, status, expected outcome, measured values.

Usage::

    python -m qthermo.ledger.diff OLD NEW [--rtol 1e-6] [--atol 1e-9] [--json] [-C REPO]

OLD and NEW are each one of

* a file: ``results/claims.json`` (``{"claims": [{"id": ..., ...}, ...], ...}``) or
  ``baseline/claims.json`` (``{id: {"status", "expected_outcome", "measured"}}``);
* ``git:REV`` -- the ledger at git revision REV: ``REV:results/claims.json`` if committed there,
  else ``REV:baseline/claims.json``;
* ``git:REV:PATH`` or ``REV:PATH`` -- the file PATH at revision REV (``git show REV:PATH``);
  ``REV:PATH`` is only read from git when no file of that name exists.

A measured value counts as changed unless both are numbers with
``|a - b| <= atol + rtol * |b|`` (a from OLD, b from NEW; equal infinities and two NaNs match),
or both are equal non-numbers. Nested keys are flattened (``a.b[0]``); a key present on one side
only is reported as added or removed.

Exit status: 0 when the ledgers agree, 1 when they differ, 2 on bad input (the message names the
offending file or revision). Standard library only.
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
from pathlib import Path
from typing import Any

__all__ = ["LedgerError", "load_ledger", "parse_ledger", "flatten", "diff_ledgers", "main"]

DEFAULT_RTOL = 1e-6
DEFAULT_ATOL = 1e-9
GIT_DEFAULT_PATHS = ("results/claims.json", "baseline/claims.json")
_MISSING = object()


class LedgerError(Exception):
    """Bad input: unreadable file or revision, invalid JSON, unknown ledger format."""


# ---------------------------------------------------------------------------- loading


def _git_show(rev: str, path: str, repo: str | Path) -> str | None:
    """Text of ``rev:path`` in ``repo``, or None when git cannot produce it."""
    try:
        res = subprocess.run(
            ["git", "-C", str(repo), "show", f"{rev}:{path}"],
            capture_output=True,
            text=True,
            check=False,
        )
    except OSError as exc:
        raise LedgerError(f"git:{rev}:{path}: cannot run git ({exc})") from exc
    return res.stdout if res.returncode == 0 else None


def _read_source(spec: str, repo: str | Path) -> tuple[str, str]:
    """(label, text) for a ledger spec: a file, ``git:REV[:PATH]`` or ``REV:PATH``."""
    if spec.startswith("git:"):
        rest = spec[len("git:") :]
        if not rest:
            raise LedgerError(f"{spec}: empty git revision")
        rev, sep, path = rest.partition(":")
        candidates = (path,) if sep else GIT_DEFAULT_PATHS
        for cand in candidates:
            text = _git_show(rev, cand, repo)
            if text is not None:
                return f"git:{rev}:{cand}", text
        tried = ", ".join(f"{rev}:{c}" for c in candidates)
        raise LedgerError(f"{spec}: not found in git repository {repo} (tried {tried})")
    file = Path(spec)
    if file.is_file():
        try:
            return spec, file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise LedgerError(f"{spec}: cannot read ({exc})") from exc
    if ":" in spec:
        rev, _, path = spec.partition(":")
        if rev and path:
            text = _git_show(rev, path, repo)
            if text is not None:
                return f"git:{rev}:{path}", text
            raise LedgerError(f"{spec}: no such file, and not a file at a revision of {repo}")
    raise LedgerError(f"{spec}: no such file")


def parse_ledger(text: str, label: str) -> dict[str, dict[str, Any]]:
    """Claims by id, from either ledger format (label names the source in error messages)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise LedgerError(f"{label}: not valid JSON ({exc})") from exc
    if isinstance(data, dict) and isinstance(data.get("claims"), list):
        claims: dict[str, dict[str, Any]] = {}
        for i, rec in enumerate(data["claims"]):
            if not isinstance(rec, dict) or not isinstance(rec.get("id"), str):
                raise LedgerError(f"{label}: claims[{i}] is not a record with a string 'id'")
            if rec["id"] in claims:
                raise LedgerError(f"{label}: duplicate claim id {rec['id']!r}")
            claims[rec["id"]] = rec
        return claims
    if (
        isinstance(data, dict)
        and "claims" not in data
        and all(isinstance(v, dict) and "status" in v for v in data.values())
    ):
        return {str(k): v for k, v in data.items()}
    raise LedgerError(
        f"{label}: not a claim ledger (expected {{'claims': [...]}} as in results/claims.json "
        "or {id: {'status', 'expected_outcome', 'measured'}} as in baseline/claims.json)"
    )


def load_ledger(spec: str, repo: str | Path = ".") -> tuple[str, dict[str, dict[str, Any]]]:
    """(label, claims by id) for a ledger spec (see the module docstring)."""
    label, text = _read_source(spec, repo)
    return label, parse_ledger(text, label)


# ---------------------------------------------------------------------------- comparing


def flatten(value: Any, prefix: str = "") -> dict[str, Any]:
    """Leaves of nested dicts/lists keyed ``a.b[0]``; a scalar at the top has key ``""``."""
    out: dict[str, Any] = {}
    if isinstance(value, dict) and value:
        for k in sorted(value, key=str):
            out.update(flatten(value[k], f"{prefix}.{k}" if prefix else str(k)))
    elif isinstance(value, list) and value:
        for i, v in enumerate(value):
            out.update(flatten(v, f"{prefix}[{i}]"))
    else:
        out[prefix] = value
    return out


def _is_number(x: Any) -> bool:
    return isinstance(x, int | float) and not isinstance(x, bool)


def values_match(a: Any, b: Any, rtol: float, atol: float) -> bool:
    """Numbers within ``atol + rtol*|b|`` (equal infinities, two NaNs), else plain equality."""
    if _is_number(a) and _is_number(b):
        fa, fb = float(a), float(b)
        if math.isnan(fa) or math.isnan(fb):
            return math.isnan(fa) and math.isnan(fb)
        if math.isinf(fa) or math.isinf(fb):
            return fa == fb
        return abs(fa - fb) <= atol + rtol * abs(fb)
    if _is_number(a) or _is_number(b):
        return False
    return bool(type(a) is type(b) and a == b)


def _measured_changes(old: Any, new: Any, rtol: float, atol: float) -> list[dict[str, Any]]:
    fo, fn = flatten(old if old is not None else {}), flatten(new if new is not None else {})
    changes = []
    for key in sorted(set(fo) | set(fn)):
        a, b = fo.get(key, _MISSING), fn.get(key, _MISSING)
        if a is _MISSING or b is _MISSING:
            kind = "added" if a is _MISSING else "removed"
        elif values_match(a, b, rtol, atol):
            continue
        else:
            kind = "changed"
        change: dict[str, Any] = {"key": key, "kind": kind}
        if a is not _MISSING:
            change["old"] = a
        if b is not _MISSING:
            change["new"] = b
        if kind == "changed" and _is_number(a) and _is_number(b):
            diff = abs(float(a) - float(b))
            change["abs_diff"] = diff if math.isfinite(diff) else None
            change["tolerance"] = atol + rtol * abs(float(b)) if math.isfinite(b) else None
        changes.append(change)
    return changes


def diff_ledgers(
    old: dict[str, dict[str, Any]],
    new: dict[str, dict[str, Any]],
    rtol: float = DEFAULT_RTOL,
    atol: float = DEFAULT_ATOL,
) -> dict[str, Any]:
    """Differences between two ledgers (claims by id), as a JSON-serialisable dict."""
    common = sorted(set(old) & set(new))
    out: dict[str, Any] = {
        "added": sorted(set(new) - set(old)),
        "removed": sorted(set(old) - set(new)),
        "status_changed": [],
        "expected_outcome_changed": [],
        "measured_changed": [],
    }
    for cid in common:
        o, n = old[cid], new[cid]
        for field in ("status", "expected_outcome"):
            if o.get(field) != n.get(field):
                out[f"{field}_changed"].append(
                    {"id": cid, "old": o.get(field), "new": n.get(field)}
                )
        changes = _measured_changes(o.get("measured"), n.get("measured"), rtol, atol)
        if changes:
            out["measured_changed"].append({"id": cid, "changes": changes})
    out["identical"] = not any(
        out[k]
        for k in (
            "added",
            "removed",
            "status_changed",
            "expected_outcome_changed",
            "measured_changed",
        )
    )
    return out


# ---------------------------------------------------------------------------- output


def _fmt(x: Any) -> str:
    return json.dumps(x, sort_keys=True) if not isinstance(x, float) else repr(x)


def format_text(result: dict[str, Any]) -> str:
    """Human-readable report of :func:`diff_ledgers` output (plus the header fields)."""
    lines = [
        f"old: {result['old']} ({result['n_old']} claims)",
        f"new: {result['new']} ({result['n_new']} claims)",
        f"tolerance: |old - new| <= {result['atol']:g} + {result['rtol']:g} * |new|",
    ]
    if result["identical"]:
        lines.append("no differences")
        return "\n".join(lines)
    if result["added"]:
        lines.append(f"claims added ({len(result['added'])}):")
        lines += [f"  + {cid}" for cid in result["added"]]
    if result["removed"]:
        lines.append(f"claims removed ({len(result['removed'])}):")
        lines += [f"  - {cid}" for cid in result["removed"]]
    for field in ("status", "expected_outcome"):
        items = result[f"{field}_changed"]
        if items:
            lines.append(f"{field} changed ({len(items)}):")
            lines += [f"  {it['id']}: {_fmt(it['old'])} -> {_fmt(it['new'])}" for it in items]
    if result["measured_changed"]:
        n_values = sum(len(it["changes"]) for it in result["measured_changed"])
        lines.append(
            f"measured values changed ({n_values} in {len(result['measured_changed'])} claims):"
        )
        for it in result["measured_changed"]:
            for ch in it["changes"]:
                key = f"measured.{ch['key']}" if ch["key"] else "measured"
                if ch["kind"] == "added":
                    lines.append(f"  {it['id']}: {key}: added ({_fmt(ch['new'])})")
                elif ch["kind"] == "removed":
                    lines.append(f"  {it['id']}: {key}: removed (was {_fmt(ch['old'])})")
                else:
                    extra = ""
                    if ch.get("abs_diff") is not None and ch.get("tolerance") is not None:
                        extra = f"  (|diff| {ch['abs_diff']:.3g} > tol {ch['tolerance']:.3g})"
                    lines.append(
                        f"  {it['id']}: {key}: {_fmt(ch['old'])} -> {_fmt(ch['new'])}{extra}"
                    )
    return "\n".join(lines)


def _nonnegative(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not value >= 0:
        raise argparse.ArgumentTypeError(f"must be >= 0: {text!r}")
    return value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m qthermo.ledger.diff",
        description="Compare two claim ledgers (files, git:REV[:PATH] or REV:PATH).",
    )
    parser.add_argument("old", help="reference ledger")
    parser.add_argument("new", help="ledger to compare against the reference")
    parser.add_argument("--rtol", type=_nonnegative, default=DEFAULT_RTOL)
    parser.add_argument("--atol", type=_nonnegative, default=DEFAULT_ATOL)
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument(
        "-C", "--repo", default=".", help="git repository for revision specs (default: .)"
    )
    args = parser.parse_args(argv)
    try:
        old_label, old = load_ledger(args.old, args.repo)
        new_label, new = load_ledger(args.new, args.repo)
    except LedgerError as exc:
        print(f"ledger diff: error: {exc}", file=sys.stderr)
        return 2
    result = {
        "old": old_label,
        "new": new_label,
        "n_old": len(old),
        "n_new": len(new),
        "rtol": args.rtol,
        "atol": args.atol,
        **diff_ledgers(old, new, args.rtol, args.atol),
    }
    if args.json:
        print(json.dumps(result, indent=2, sort_keys=True))
    else:
        print(format_text(result))
    return 0 if result["identical"] else 1


if __name__ == "__main__":
    sys.exit(main())
