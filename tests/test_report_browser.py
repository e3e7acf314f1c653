"""The Snakemake HTML report renders in a real browser with the claims table and the figures.

Runs the quick configuration on a copy of the repo, builds ``results/report.html`` with
``snakemake --report``, and checks it in headless Chromium with
workflow/scripts/check_report_browser.py (DOM of the running report app, the claims table
opened through the report's own viewer, every figure decoded by the browser, non-blank
screenshots). Needs the Debian package ``chromium``; skipped only when no Chromium is installed.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest
from repo_copy import REPO_ROOT, quick_configfiles, snakemake_cmd, workflow_env

pytestmark = [pytest.mark.workflow, pytest.mark.slow]

TARGETS = ("results/REPORT.md", "results/claims_table.html", "results/provenance.json")


def _load_checker():
    path = REPO_ROOT / "workflow" / "scripts" / "check_report_browser.py"
    spec = importlib.util.spec_from_file_location("check_report_browser", path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


checker = _load_checker()


def _snakemake(repo: Path, *args: str) -> None:
    cmd = snakemake_cmd(
        "--cores", "2", *args, "--configfile", *quick_configfiles(repo), "--", *TARGETS
    )  # fmt: skip
    res = subprocess.run(
        cmd, cwd=repo, env=workflow_env(repo), capture_output=True, text=True, timeout=900
    )
    assert res.returncode == 0, (res.stdout + res.stderr)[-6000:]


def test_html_report_in_headless_chromium(quick_run: Path, tmp_path: Path) -> None:
    """The HTML report of a copy of the session's clean quick run (conftest.py)."""
    chromium = checker.find_chromium()
    if chromium is None:
        pytest.skip("Chromium not installed (apt-get install -y chromium); CI installs it")
    repo_copy = quick_run
    _snakemake(repo_copy)  # nothing to do: the copy is up to date
    _snakemake(repo_copy, "--report", "results/report.html")

    shots = tmp_path / "screenshots"
    summary = checker.check_report(
        repo_copy / "results/report.html", repo_copy / "results/claims.json", shots, chromium
    )
    ledger = json.loads((repo_copy / "results/claims.json").read_text())
    assert summary["claims_rows"] == len(ledger["claims"]) > 0
    assert "Claims" in summary["categories"]
    assert summary["figures_checked"] >= 1
    assert all(w > 100 and h > 100 for w, h in summary["figure_sizes"].values())
    for png in summary["screenshots"].values():
        assert Path(png).stat().st_size > 10_000


def test_checker_rejects_a_report_without_the_claims(repo_copy: Path, tmp_path: Path) -> None:
    """The check can fail: a page that is not a Snakemake report with claims is rejected."""
    chromium = checker.find_chromium()
    if chromium is None:
        pytest.skip("Chromium not installed (apt-get install -y chromium); CI installs it")
    page = tmp_path / "not_a_report.html"
    page.write_text("<!DOCTYPE html><html><body><h1>Results</h1><p>Workflow</p></body></html>")
    ledger = tmp_path / "claims.json"
    ledger.write_text(json.dumps({"claims": [{"id": "x", "status": "pass", "artifacts": []}]}))
    with pytest.raises(checker.ReportCheckError):
        checker.check_report(page, ledger, tmp_path / "shots", chromium)


def test_blank_image_detection(tmp_path: Path) -> None:
    """image_is_blank: a uniform image is blank, a rendered figure is not."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(3, 2), dpi=80)
    ax.plot([0, 1, 2], [0, 1, 0])
    ax.set_title("a figure")
    fig.savefig(tmp_path / "figure.png")
    plt.close(fig)
    blank = tmp_path / "blank.png"
    plt.imsave(blank, [[1.0, 1.0], [1.0, 1.0]], cmap="gray", vmin=0, vmax=1)
    assert checker.image_is_blank(blank)
    assert not checker.image_is_blank(tmp_path / "figure.png")
