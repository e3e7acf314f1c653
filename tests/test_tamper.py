"""Tamper suite: after a complete run, every kind of change to what is on disk is caught by
``verify``, which names the path (and the rule that produced it)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from repo_copy import clone_run, quick_configfiles, snakemake_cmd, workflow_env

pytestmark = [pytest.mark.workflow, pytest.mark.slow]


def _snakemake(repo: Path, *args: str) -> subprocess.CompletedProcess:
    cmd = snakemake_cmd("--cores", "2", "--configfile", *quick_configfiles(repo), *args)
    return subprocess.run(cmd, cwd=repo, env=workflow_env(repo), capture_output=True, text=True)


def _verify(repo: Path) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "qthermo.ledger.verify", "results/claims.json",
           "--manifest", "results/manifest.json", "--expected", "baseline/claims.json"]  # fmt: skip
    return subprocess.run(cmd, cwd=repo, env=workflow_env(repo), capture_output=True, text=True)


@pytest.fixture(scope="module")
def clean(quick_run_template, tmp_path_factory) -> Path:
    """A copy of the session's clean quick run (conftest.py), verified."""
    repo = clone_run(quick_run_template, tmp_path_factory.mktemp("tamper") / "repo")
    assert _verify(repo).returncode == 0, _verify(repo).stderr
    return repo


@pytest.fixture
def run(clean, tmp_path) -> Path:
    return clone_run(clean, tmp_path / "run")


def _edit_number(path: Path) -> None:
    lines = path.read_text().splitlines()
    cells = lines[1].split(",")
    i = next(k for k, c in enumerate(cells) if any(ch.isdigit() for ch in c))
    cells[i] = cells[i] + "1" if "." in cells[i] else cells[i] + ".5"
    lines[1] = ",".join(cells)
    path.write_text("\n".join(lines) + "\n")


def _problems(res: subprocess.CompletedProcess) -> str:
    assert res.returncode != 0, f"verify passed although the run was tampered with:\n{res.stdout}"
    return res.stderr


def test_clean_run_verifies(run):
    res = _verify(run)
    assert res.returncode == 0 and "PROBLEM" not in res.stderr


def test_edited_intermediate_then_rerun(run):
    _edit_number(run / "results/diosi/incoherent.csv")
    assert _snakemake(run).returncode == 0  # downstream jobs rerun on the edited table
    assert "results/diosi/incoherent.csv (rule diosi_heat_flow_data" in _problems(_verify(run))


def test_edited_intermediate_with_restored_mtime(run):
    path = run / "results/kamimura/heat_current_scaling.csv"
    st = path.stat()
    _edit_number(path)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert "results/kamimura/heat_current_scaling.csv" in _problems(_verify(run))


@pytest.mark.parametrize(
    "rel", ["results/tajima_funo/fig3.csv", "results/claims/cakmak.json", "results/manifest.json"]
)
def test_deleted_output(run, rel):
    (run / rel).unlink()
    if rel.endswith("manifest.json"):
        with pytest.raises(FileNotFoundError):
            json.loads((run / rel).read_text())
        assert _verify(run).returncode != 0
    else:
        assert f"{rel} (rule" in _problems(_verify(run))


@pytest.mark.parametrize("field", ["statement", "tolerance", "expected", "artifacts"])
def test_edited_ledger_field(run, field):
    path = run / "results/claims.json"
    ledger = json.loads(path.read_text())
    ledger["claims"][0][field] = "edited" if field == "statement" else [0]
    path.write_text(json.dumps(ledger))
    text = _problems(_verify(run))
    assert "results/claims.json" in text
    assert ledger["claims"][0]["id"] in text  # the ledger no longer matches its claim files


def test_empty_ledger(run):
    path = run / "results/claims.json"
    path.write_text(json.dumps({"summary": {"total": 0, "pass": 0, "fail": 0}, "claims": []}))
    text = _problems(_verify(run))
    assert "holds no claims" in text and "expected claim ids missing" in text


def test_ledger_and_claim_file_both_lose_a_claim(run):
    for rel in ("results/claims.json", "results/claims/kamimura.json"):
        path = run / rel
        data = json.loads(path.read_text())
        recs = data["claims"] if isinstance(data, dict) else data
        recs[:] = [r for r in recs if r["id"] != "kytm.eq12"]
        path.write_text(json.dumps(data))
    text = _problems(_verify(run))
    assert "kytm.eq12" in text and "results/claims/kamimura.json" in text


def test_stored_summary_is_recounted(run):
    path = run / "results/claims.json"
    ledger = json.loads(path.read_text())
    ledger["summary"]["fail"] = 0
    path.write_text(json.dumps(ledger))
    assert "disagrees with the recount" in _problems(_verify(run))


@pytest.mark.parametrize("rel", ["figures/cakmak_fig2.png", "results/notebooks/diosi.ipynb"])
def test_edited_figure_or_notebook(run, rel):
    path = run / rel
    path.write_bytes(path.read_bytes() + b"\n")
    assert f"{rel} (rule" in _problems(_verify(run))


def test_extra_file_in_results(run):
    (run / "results/tajima_funo/extra.csv").write_text("a\n1\n")
    assert "results/tajima_funo/extra.csv: not produced by any rule" in _problems(_verify(run))


@pytest.mark.parametrize(
    ("rel", "target", "log", "column"),
    [
        (
            "results/cakmak/beyond.csv",
            "figures/cakmak_scaling_beyond.png",
            "logs/cakmak/scaling_beyond.log",
            "table: must have",
        ),
        (
            "results/diosi/incoherent.csv",
            "figures/diosi_heat_flow.png",
            "logs/diosi/heat_flow.log",
            "column 'J_A': missing values (NaN)",
        ),
    ],
)
def test_corrupt_intermediate_stops_the_plot(run, rel, target, log, column):
    """A truncated table (or one with an emptied cell) is rejected on read: the plot job fails
    with the file and column in its log, and no figure is drawn from it."""
    path = run / rel
    lines = path.read_text().splitlines()
    if "cakmak" in rel:
        path.write_text("\n".join(lines[: len(lines) // 2]) + "\n")
    else:
        cells = lines[1].split(",")
        cells[lines[0].split(",").index("J_A")] = ""
        path.write_text("\n".join([lines[0], ",".join(cells), *lines[2:]]) + "\n")
    cmd = snakemake_cmd(target, "--cores", "2", "--configfile", *quick_configfiles(run))
    res = subprocess.run(cmd, cwd=run, env=workflow_env(run), capture_output=True, text=True)
    assert res.returncode != 0
    text = (run / log).read_text()
    assert f"{rel} does not match its schema" in text and column in text
    assert not (run / target).exists()
