""".ci/compare_runs.py: identical runs agree; a changed CSV byte or claim value is reported."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / ".ci" / "compare_runs.py"


def make_run(base: Path, value: float, csv: str, python: str) -> Path:
    (base / "results" / "topic").mkdir(parents=True)
    claims = {
        "claims": [{"id": "a", "status": "pass", "measured": {"x": value}}],
        "provenance": {"python": python},
    }
    (base / "results" / "claims.json").write_text(json.dumps(claims))
    (base / "results" / "topic" / "data.csv").write_text(csv)
    return base


def compare(*runs: Path) -> subprocess.CompletedProcess:
    args = [f"r{i}={r}" for i, r in enumerate(runs)]
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, check=False
    )


def test_identical_runs_agree_despite_provenance(tmp_path):
    a = make_run(tmp_path / "a", 1.0, "x\n1.0\n", "3.12.1")
    b = make_run(tmp_path / "b", 1.0, "x\n1.0\n", "3.13.0")
    res = compare(a, b)
    assert res.returncode == 0, res.stdout
    assert "SAME" in res.stdout and "all runs agree" in res.stdout


def test_changed_csv_and_claim_are_reported(tmp_path):
    a = make_run(tmp_path / "a", 1.0, "x\n1.0\n", "3.12.1")
    b = make_run(tmp_path / "b", 1.0000000000000002, "x\n1.0000001\n", "3.13.0")
    (b / "results" / "topic" / "extra.csv").write_text("y\n")
    res = compare(a, b)
    assert res.returncode == 1
    assert "results/claims.json" in res.stdout
    assert "results/topic/data.csv: line 2" in res.stdout
    assert "results/topic/extra.csv: only in r1" in res.stdout


def test_missing_run_is_bad_input(tmp_path):
    a = make_run(tmp_path / "a", 1.0, "x\n", "3.12.1")
    res = compare(a, tmp_path / "nope")
    assert res.returncode == 2
    assert "nope" in res.stderr
