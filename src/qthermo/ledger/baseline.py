"""Reference baseline of the claims and the figure data, and the check against it.

``baseline/`` (committed) holds, for the default configuration:

* ``claims.json``: every claim's status, expected outcome and measured numbers;
* ``data/<topic>/<name>.csv``: the figure data tables of ``results/<topic>/``.

``python -m qthermo.ledger.baseline check`` compares a fresh run with it: statuses and strings must be
equal, numbers must satisfy ``|new - ref| <= atol + rtol * |ref|`` (tolerances stored in
``baseline/tolerances.json``; they absorb round-off and BLAS differences between machines, not
physics). ``python -m qthermo.ledger.baseline update`` rewrites the baseline from ``results/`` after a
deliberate change; review its diff like code.
"""

from __future__ import annotations

import argparse
import math
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from qthermo.plumbing.outputs import read_json, write_json

__all__ = ["flatten", "compare_values", "compare_claims", "compare_tables", "check", "update"]

DEFAULT_TOLERANCES = {"rtol": 1e-6, "atol": 1e-9}
TOPICS_WITH_DATA = ("tajima_funo", "kamimura", "cakmak", "diosi")


def flatten(obj: Any, prefix: str = "") -> Iterator[tuple[str, Any]]:
    """Yield ``(dotted.path, leaf)`` for nested dicts/lists."""
    if isinstance(obj, dict):
        for k in sorted(obj):
            yield from flatten(obj[k], f"{prefix}.{k}" if prefix else str(k))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from flatten(v, f"{prefix}[{i}]")
    else:
        yield prefix, obj


def _is_number(x: Any) -> bool:
    return isinstance(x, int | float) and not isinstance(x, bool)


def compare_values(new: Any, ref: Any, rtol: float, atol: float) -> bool:
    """Numbers within ``atol + rtol*|ref|``; everything else equal."""
    if _is_number(new) and _is_number(ref):
        if math.isnan(new) or math.isnan(ref):
            return math.isnan(new) and math.isnan(ref)
        return abs(new - ref) <= atol + rtol * abs(ref)
    return new == ref


def claims_snapshot(ledger: dict[str, Any]) -> dict[str, Any]:
    """The parts of the ledger the baseline keeps."""
    return {
        r["id"]: {
            "status": r["status"],
            "expected_outcome": r.get("expected_outcome", "pass"),
            "measured": r["measured"],
        }
        for r in ledger["claims"]
    }


def _override(overrides: dict[str, Any] | None, key: str, rtol: float, atol: float):
    """``(skip, rtol, atol)`` for ``key`` from the baseline's documented per-key overrides."""
    o = (overrides or {}).get(key)
    if o is None:
        return False, rtol, atol
    return bool(o.get("skip", False)), o.get("rtol", rtol), o.get("atol", atol)


def compare_claims(
    ledger: dict[str, Any],
    ref: dict[str, Any],
    rtol: float,
    atol: float,
    overrides: dict[str, Any] | None = None,
) -> list[str]:
    """Differences between a ledger and the baseline snapshot (empty list: match).

    ``overrides`` maps ``"claim <id> <field>"`` to ``{"rtol"/"atol"/"skip", "why"}``.
    """
    new = claims_snapshot(ledger)
    problems = []
    for cid in sorted(set(ref) - set(new)):
        problems.append(f"claim {cid}: in the baseline but not produced")
    for cid in sorted(set(new) - set(ref)):
        problems.append(f"claim {cid}: produced but not in the baseline (run update after review)")
    for cid in sorted(set(new) & set(ref)):
        a, b = dict(flatten(new[cid])), dict(flatten(ref[cid]))
        if a.keys() != b.keys():
            problems.append(f"claim {cid}: fields differ {sorted(set(a) ^ set(b))}")
            continue
        for key in sorted(a):
            skip, r, at = _override(overrides, f"claim {cid} {key}", rtol, atol)
            if not skip and not compare_values(a[key], b[key], r, at):
                problems.append(f"claim {cid}: {key} = {a[key]!r}, baseline {b[key]!r}")
    return problems


def compare_tables(
    new: pd.DataFrame,
    ref: pd.DataFrame,
    name: str,
    rtol: float,
    atol: float,
    overrides: dict[str, Any] | None = None,
) -> list[str]:
    """Differences between two figure-data tables (``overrides``: ``"table <name> <column>"``)."""
    if list(new.columns) != list(ref.columns):
        return [f"{name}: columns {list(new.columns)} != baseline {list(ref.columns)}"]
    if len(new) != len(ref):
        return [f"{name}: {len(new)} rows, baseline {len(ref)}"]
    problems = []
    for col in ref.columns:
        skip, rtol_c, atol_c = _override(overrides, f"table {name} {col}", rtol, atol)
        if skip:
            continue
        a, b = new[col], ref[col]
        if (
            pd.api.types.is_numeric_dtype(b)
            and pd.api.types.is_numeric_dtype(a)
            and not pd.api.types.is_bool_dtype(b)
        ):
            x, y = a.to_numpy(float), b.to_numpy(float)
            both_nan = np.isnan(x) & np.isnan(y)
            same_inf = np.isinf(x) & np.isinf(y) & (np.sign(x) == np.sign(y))
            with np.errstate(invalid="ignore"):
                ok = both_nan | same_inf | (np.abs(x - y) <= atol_c + rtol_c * np.abs(y))
            if not ok.all():
                i = int(np.argmax(~ok))
                problems.append(
                    f"{name}: column {col!r}, {int((~ok).sum())} values off, first at row {i}: "
                    f"{x[i]!r} vs baseline {y[i]!r}"
                )
        elif not a.astype(str).equals(b.astype(str)):
            problems.append(f"{name}: column {col!r} differs")
    return problems


def _tolerances(baseline: Path) -> dict[str, Any]:
    path = baseline / "tolerances.json"
    return read_json(path) if path.exists() else dict(DEFAULT_TOLERANCES)


def check(results: Path, baseline: Path) -> list[str]:
    """All differences between ``results/`` and ``baseline/``."""
    tol = _tolerances(baseline)
    problems = compare_claims(
        read_json(results / "claims.json"),
        read_json(baseline / "claims.json"),
        tol["rtol"],
        tol["atol"],
        tol.get("overrides"),
    )
    for ref_path in sorted((baseline / "data").rglob("*.csv")):
        rel = ref_path.relative_to(baseline / "data")
        new_path = results / rel
        if not new_path.exists():
            problems.append(f"{rel}: not produced")
            continue
        problems += compare_tables(
            pd.read_csv(new_path),
            pd.read_csv(ref_path),
            str(rel),
            tol["rtol"],
            tol["atol"],
            tol.get("overrides"),
        )
    return problems


def update(results: Path, baseline: Path) -> None:
    """Rewrite the baseline from ``results/`` (claims snapshot + figure-data CSVs)."""
    write_json(baseline / "claims.json", claims_snapshot(read_json(results / "claims.json")))
    if not (baseline / "tolerances.json").exists():
        write_json(baseline / "tolerances.json", DEFAULT_TOLERANCES)
    if (baseline / "data").exists():
        shutil.rmtree(baseline / "data")
    for topic in TOPICS_WITH_DATA:
        for csv in sorted((results / topic).glob("*.csv")):
            dest = baseline / "data" / topic / csv.name
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(csv, dest)


def add_new(results: Path, baseline: Path) -> list[str]:
    """Add to the baseline only the claims and tables it lacks; existing references stay.

    Use after adding claims or figure data: the existing references keep the numbers they were
    reviewed with (``update`` would rewrite them with this machine's round-off).
    """
    ref = read_json(baseline / "claims.json")
    new = claims_snapshot(read_json(results / "claims.json"))
    added = [f"claim {cid}" for cid in sorted(set(new) - set(ref))]
    ref.update({cid: new[cid] for cid in set(new) - set(ref)})
    write_json(baseline / "claims.json", dict(sorted(ref.items())))
    for topic in TOPICS_WITH_DATA:
        for csv in sorted((results / topic).glob("*.csv")):
            dest = baseline / "data" / topic / csv.name
            if not dest.exists():
                dest.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(csv, dest)
                added.append(f"table {topic}/{csv.name}")
    return added


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description="Check results against (or update) the committed baseline."
    )
    ap.add_argument("action", choices=["check", "update", "add"])
    ap.add_argument("--results", default="results", type=Path)
    ap.add_argument("--baseline", default="baseline", type=Path)
    args = ap.parse_args(argv)
    if args.action == "update":
        update(args.results, args.baseline)
        print(f"baseline updated in {args.baseline}/")
        return 0
    if args.action == "add":
        for item in add_new(args.results, args.baseline):
            print(f"added {item}")
        return 0
    problems = check(args.results, args.baseline)
    n_tables = len(list((args.baseline / "data").rglob("*.csv")))
    tol = _tolerances(args.baseline)
    if problems:
        print(f"{len(problems)} difference(s) from the baseline:", file=sys.stderr)
        for p in problems:
            print(f"  - {p}", file=sys.stderr)
        return 1
    print(
        f"results match the baseline ({n_tables} tables, all claims) within "
        f"rtol={tol['rtol']:g}, atol={tol['atol']:g} ({len(tol.get('overrides', {}))} documented "
        "per-key overrides in tolerances.json)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
