"""Baseline comparison: tolerance semantics, and that real deviations are reported."""

import json
import math
from pathlib import Path

import pandas as pd
import pytest

from qthermo.ledger.baseline import check, compare_tables, compare_values, flatten, update

ROOT = Path(__file__).resolve().parents[1]


def test_flatten_paths():
    assert dict(flatten({"a": [1, {"b": 2}], "c": "x"})) == {"a[0]": 1, "a[1].b": 2, "c": "x"}


@pytest.mark.parametrize(
    ("new", "ref", "ok"),
    [
        (1.0 + 1e-7, 1.0, True),
        (1.0 + 1e-5, 1.0, False),
        (5e-13, 4e-13, True),
        ("inf", "inf", True),
        (True, False, False),
        (math.nan, math.nan, True),
        (math.nan, 1.0, False),
        ("pass", "fail", False),
    ],
)
def test_compare_values(new, ref, ok):
    assert compare_values(new, ref, rtol=1e-6, atol=1e-9) is ok


def test_compare_tables_flags_columns_rows_and_values():
    ref = pd.DataFrame({"N": [1, 2], "J": [0.5, 1.0], "state": ["a", "b"]})
    assert compare_tables(ref.copy(), ref, "t", 1e-6, 1e-9) == []
    bad = ref.copy()
    bad.loc[1, "J"] = 1.001
    assert "column 'J'" in compare_tables(bad, ref, "t", 1e-6, 1e-9)[0]
    assert "rows" in compare_tables(ref.iloc[:1], ref, "t", 1e-6, 1e-9)[0]
    assert "columns" in compare_tables(ref[["N", "J"]], ref, "t", 1e-6, 1e-9)[0]


def _fake_results(root: Path, value: float) -> Path:
    res = root / "results"
    (res / "tajima_funo").mkdir(parents=True)
    ledger = {
        "claims": [
            {
                "id": "x.1",
                "status": "pass",
                "expected_outcome": "pass",
                "measured": {"slope": value},
            }
        ]
    }
    (res / "claims.json").write_text(json.dumps(ledger))
    pd.DataFrame({"N": [1, 2], "J": [value, 2 * value]}).to_csv(
        res / "tajima_funo" / "fig1.csv", index=False
    )
    return res


def test_update_then_check_roundtrip_and_detects_change(tmp_path):
    res = _fake_results(tmp_path / "a", 1.0)
    base = tmp_path / "baseline"
    update(res, base)
    assert check(res, base) == []
    res2 = _fake_results(tmp_path / "b", 1.01)
    problems = check(res2, base)
    assert any("x.1" in p and "slope" in p for p in problems)
    assert any("fig1.csv" in p for p in problems)


def test_committed_baseline_covers_every_claim_file_topic():
    ref = json.loads((ROOT / "baseline" / "claims.json").read_text())
    prefixes = {cid.split(".")[0] for cid in ref}
    assert {"tf", "kytm", "ck", "diosi"} <= prefixes
