"""Compare workflow outputs of several runs (e.g. one per Python version) byte for byte.

    python .ci/compare_runs.py LABEL=DIR LABEL=DIR [...]

Each DIR is a repository copy after a Snakemake run. Compared against the first run:

* ``results/claims.json`` -- as parsed JSON, minus provenance fields (``provenance`` and
  ``packages``/``python``/``platform`` records wherever they occur), re-serialised canonically,
  then compared byte for byte;
* every ``results/**/*.csv`` -- raw bytes; a file present in one run only is a difference too.

Prints one line per compared file and a summary; exits 0 when all runs agree, 1 otherwise,
2 on bad input (missing directory or claims.json).
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Any

PROVENANCE_KEYS = frozenset(
    {"provenance", "packages", "python", "platform", "implementation", "git_commit"}
)


def strip_provenance(obj: Any) -> Any:
    """``obj`` without provenance fields at any depth."""
    if isinstance(obj, dict):
        return {k: strip_provenance(v) for k, v in obj.items() if k not in PROVENANCE_KEYS}
    if isinstance(obj, list):
        return [strip_provenance(v) for v in obj]
    return obj


def canonical_claims(run: Path) -> bytes:
    data = json.loads((run / "results" / "claims.json").read_text(encoding="utf-8"))
    return json.dumps(strip_provenance(data), sort_keys=True, indent=1).encode()


def csv_files(run: Path) -> dict[str, bytes]:
    results = run / "results"
    return {
        p.relative_to(results).as_posix(): p.read_bytes()
        for p in sorted(results.rglob("*.csv"))
        if not p.name.startswith(".")
    }


def first_difference(a: bytes, b: bytes) -> str:
    la, lb = a.decode(errors="replace").splitlines(), b.decode(errors="replace").splitlines()
    for i, (x, y) in enumerate(zip(la, lb, strict=False), start=1):
        if x != y:
            return f"line {i}: {x[:100]!r} != {y[:100]!r}"
    return f"{len(la)} lines != {len(lb)} lines"


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    runs: list[tuple[str, Path]] = []
    for arg in argv:
        label, sep, path = arg.partition("=")
        run = Path(path if sep else label)
        if not (run / "results" / "claims.json").is_file():
            print(f"compare_runs: error: {run}/results/claims.json not found", file=sys.stderr)
            return 2
        runs.append((label if sep else str(run), run))

    ref_label, ref = runs[0]
    ref_claims, ref_csv = canonical_claims(ref), csv_files(ref)
    n_claims = len(json.loads(ref_claims).get("claims", []))
    print(f"reference: {ref_label} ({n_claims} claims, {len(ref_csv)} CSV files)")
    differences = 0
    for label, run in runs[1:]:
        claims, csv = canonical_claims(run), csv_files(run)
        bad = []
        if claims != ref_claims:
            bad.append(f"results/claims.json: {first_difference(ref_claims, claims)}")
        for name in sorted(set(ref_csv) | set(csv)):
            if name not in csv:
                bad.append(f"results/{name}: missing in {label}")
            elif name not in ref_csv:
                bad.append(f"results/{name}: only in {label}")
            elif csv[name] != ref_csv[name]:
                bad.append(f"results/{name}: {first_difference(ref_csv[name], csv[name])}")
        digest = hashlib.sha256(claims + b"".join(csv[k] for k in sorted(csv))).hexdigest()[:12]
        if bad:
            differences += len(bad)
            print(f"DIFFER {label} vs {ref_label}: {len(bad)} file(s)")
            for line in bad:
                print(f"  {line}")
        else:
            print(
                f"SAME   {label} vs {ref_label}: claims.json (minus provenance) and "
                f"{len(csv)} CSV files byte-identical (sha256 {digest})"
            )
    print("all runs agree" if not differences else f"{differences} difference(s)")
    return 0 if not differences else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
