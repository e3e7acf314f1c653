"""``python -m qthermo.ledger.verify results/claims.json``: check the claims ledger and the run.

Exits 1 when any of these holds, printing each problem with the path (and rule) concerned:

* a claim's status differs from its expected outcome (``pass`` unless the record documents an
  expected failure of a paper's statement);
* the ledger has no claims, lacks a claim id of the committed baseline (``--expected``), or its
  stored summary disagrees with a recount;
* the ledger differs from the merge of the per-paper claim files it was built from;
* a record lacks its margin, or its margin's sign contradicts its status (a claim that passes
  sits on or inside its threshold, one that fails outside it);
* with ``--manifest``: an output is missing, changed after its job wrote it, or a file under
  ``results/`` or ``figures/`` was produced by no rule (:mod:`qthermo.ledger.manifest`).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from qthermo.ledger.claims import unexpected
from qthermo.ledger.manifest import manifest_problems
from qthermo.plumbing.outputs import read_json

__all__ = ["ledger_problems", "margin_problems", "main"]

#: Files written after the manifest (by the report, the checks themselves).
EXEMPT = ("results/manifest.json", "results/report.html")


def _recount(records: list[dict[str, Any]]) -> dict[str, Any]:
    n_pass = sum(r["status"] == "pass" for r in records)
    return {"total": len(records), "pass": n_pass, "fail": len(records) - n_pass}


def ledger_problems(
    ledger: dict[str, Any],
    expected_ids: set[str] | None = None,
    claim_files: list[str | Path] | None = None,
) -> list[str]:
    """Structural problems of a ledger (see module docstring); unexpected outcomes excluded."""
    records = ledger.get("claims") or []
    problems = []
    if not records:
        problems.append("the ledger holds no claims")
    stored = {k: ledger.get("summary", {}).get(k) for k in ("total", "pass", "fail")}
    if stored != _recount(records):
        problems.append(f"stored summary {stored} disagrees with the recount {_recount(records)}")
    ids = [r["id"] for r in records]
    if expected_ids is not None:
        missing = sorted(expected_ids - set(ids))
        if missing:
            problems.append(f"expected claim ids missing from the ledger: {missing}")
    problems += margin_problems(records)
    if claim_files is not None:
        merged: dict[str, Any] = {}
        for path in sorted(str(p) for p in claim_files):
            if Path(path).is_file():  # a missing claim file is reported by the manifest check
                merged.update({r["id"]: r for r in read_json(path)})
        by_id = {r["id"]: r for r in records}
        differ = sorted(
            i for i in set(by_id) | set(merged) if _strip(merged.get(i)) != _strip(by_id.get(i))
        )
        if differ:
            problems.append(f"results/claims.json differs from its claim files for: {differ}")
    return problems


def margin_problems(records: list[dict[str, Any]]) -> list[str]:
    """Records without a margin, or whose margin distance disagrees with their status."""
    missing = sorted(r["id"] for r in records if not isinstance(r.get("margin"), dict))
    problems = [f"claims without a margin: {missing}"] if missing else []
    for r in records:
        m = r.get("margin")
        if not isinstance(m, dict):
            continue
        try:
            value, threshold, sense = float(m["value"]), float(m["threshold"]), m["sense"]
        except (KeyError, TypeError, ValueError):
            problems.append(f"claim {r['id']}: malformed margin {m!r}")
            continue
        distance = threshold - value if sense == "<=" else value - threshold
        if distance != distance:  # NaN value: the claim cannot hold
            distance = float("-inf")
        if (distance >= 0) != (r["status"] == "pass") or (
            m.get("distance") is not None and float(m["distance"]) != distance
        ):
            problems.append(
                f"claim {r['id']}: margin {value!r} {sense} {threshold!r} (distance "
                f"{m.get('distance')!r}) contradicts status {r['status']!r}"
            )
    return problems


def _strip(rec: dict[str, Any] | None) -> dict[str, Any] | None:
    """A record without the fields the merge adds (the tests of its producer)."""
    return None if rec is None else {k: v for k, v in rec.items() if k != "tests"}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("ledger", nargs="?", default="results/claims.json")
    ap.add_argument("--expected", help="baseline claims.json whose ids must all be present")
    ap.add_argument("--manifest", help="results/manifest.json of the run")
    ap.add_argument("--seal-dir", default=".qthermo/seals", help="where jobs sealed outputs")
    args = ap.parse_args(argv)
    for path in (args.ledger, args.manifest, args.expected):
        if path and not Path(path).is_file():
            print(f"PROBLEM: {path}: missing (rebuild with `snakemake verify`)", file=sys.stderr)
            return 1
    ledger = read_json(args.ledger)
    for rec in ledger.get("claims", []):
        exp = rec.get("expected_outcome", "pass")
        mark = "ok " if rec["status"] == exp else "BAD"
        note = "" if exp == "pass" else f" (expected {exp}: {rec.get('outcome_reason', '')})"
        print(f"{mark} {rec['status']:4s} {rec['id']}{note}")
    expected = set(json.loads(Path(args.expected).read_text())) if args.expected else None
    manifest = read_json(args.manifest) if args.manifest else None
    claim_files = (
        [p for p in manifest["outputs"] if p.startswith("results/claims/")] if manifest else None
    )
    problems = ledger_problems(ledger, expected, claim_files)
    if manifest is not None:
        problems += manifest_problems(manifest, ".", args.seal_dir, exempt=EXEMPT)
    bad = unexpected(ledger)
    c = _recount(ledger.get("claims", []))
    print(
        f"{c['total']} claims (recounted): {c['pass']} pass, {c['fail']} fail, {len(bad)} unexpected"
    )
    if bad:
        problems.append("unexpected outcomes: " + ", ".join(r["id"] for r in bad))
    for p in problems:
        print(f"PROBLEM: {p}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
