"""``python -m qthermo.ledger.verify results/claims.json``: check the claims ledger.

Prints one line per claim and exits 1 if any claim's status differs from its expected
outcome (``pass`` unless the record documents an expected failure of a paper's claim).
"""

from __future__ import annotations

import argparse
import sys

from qthermo.ledger.claims import unexpected
from qthermo.plumbing.outputs import read_json


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("ledger", nargs="?", default="results/claims.json")
    args = ap.parse_args(argv)
    ledger = read_json(args.ledger)
    for rec in ledger["claims"]:
        exp = rec.get("expected_outcome", "pass")
        mark = "ok " if rec["status"] == exp else "BAD"
        note = "" if exp == "pass" else f" (expected {exp}: {rec.get('outcome_reason', '')})"
        print(f"{mark} {rec['status']:4s} {rec['id']}{note}")
    bad = unexpected(ledger)
    s = ledger["summary"]
    print(f"{s['total']} claims: {s['pass']} pass, {s['fail']} fail, {len(bad)} unexpected")
    if bad:
        print("unexpected outcomes: " + ", ".join(r["id"] for r in bad), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
