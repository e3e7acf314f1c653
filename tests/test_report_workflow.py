"""Workflow behaviour of workflow/rules/report.smk on a copy of the repo (quick configuration).

* results/REPORT.md lists every claim of the ledger and all its relative links resolve;
* results/claims_table.html has one row per claim;
* results/provenance.json is byte-identical when its job is forced to rerun, and the job is
  scheduled again when the config or a package source changes (and only then);
* ``snakemake --report`` builds a self-contained HTML report holding the claims table and the
  figures named in the claims.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest
from repo_copy import clone_run, quick_configfiles, snakemake_cmd, workflow_env

pytestmark = [pytest.mark.workflow, pytest.mark.slow]


def run(
    repo: Path, *args: str, targets: tuple[str, ...] = (), extra_configs: tuple[str, ...] = ()
) -> str:
    """Run snakemake with the quick configuration (+ ``extra_configs``) on ``targets``."""
    cmd = snakemake_cmd(
        "--cores", "2", *args, "--configfile", *quick_configfiles(repo), *extra_configs,
        "--", *targets,
    )  # fmt: skip
    res = subprocess.run(
        cmd, cwd=repo, env=workflow_env(repo), capture_output=True, text=True, timeout=900
    )
    out = res.stdout + res.stderr
    assert res.returncode == 0, out[-6000:]
    return out


def scheduled_rules(dry_run_output: str) -> set[str]:
    """Rule names in the 'Job stats' table of a dry run (empty when nothing is to be done)."""
    m = re.search(r"Job stats:\n.*?\n-+\s+-+\n(.*?)\ntotal", dry_run_output, re.S)
    return {ln.split()[0] for ln in m.group(1).splitlines() if ln.split()} if m else set()


# This topic's outputs; building them builds every claim file and figure they depend on, but
# not unrelated final targets (e.g. notebooks) of other topics.
TARGETS = ("results/REPORT.md", "results/claims_table.html", "results/provenance.json")


@pytest.fixture(scope="module")
def quick_repo(quick_run_template, tmp_path_factory) -> Path:
    """A copy of the session's clean quick run (conftest.py); the report targets are up to date."""
    repo = clone_run(quick_run_template, tmp_path_factory.mktemp("report") / "repo")
    assert scheduled_rules(run(repo, "-n", targets=TARGETS)) == set()
    return repo


def claim_table_ids(md: str) -> list[str]:
    """Claim ids of the rows of the per-source "### Claims (n)" tables of REPORT.md.

    Other tables (the interpretation-sensitivity tables) also start rows with a claim id; they
    list a claim once per alternative and are not the per-claim listing checked here.
    """
    ids: list[str] = []
    in_claims = False
    for ln in md.splitlines():
        if ln.startswith("#"):
            in_claims = ln.startswith("### Claims (")
        elif in_claims and ln.startswith("| `"):
            ids.append(ln.split("`")[1])
    return ids


def test_report_md_lists_every_claim_with_resolving_links(quick_repo: Path) -> None:
    ledger = json.loads((quick_repo / "results/claims.json").read_text())
    md = (quick_repo / "results/REPORT.md").read_text()
    ids = [c["id"] for c in ledger["claims"]]
    assert sorted(claim_table_ids(md)) == sorted(ids)  # every claim exactly once, by source
    assert "## Findings" in md and "## Verdict by source" in md
    links = re.findall(r"\]\(([^)]+)\)", md)
    assert links, "no links in REPORT.md"
    for link in links:
        assert not link.startswith(("/", "http")), link
        assert (quick_repo / "results" / link).resolve().is_file(), link
    figures = {a for c in ledger["claims"] for a in c["artifacts"] if a.endswith(".png")}
    for fig in figures:
        assert f"](../{fig})" in md


def test_claims_table_html_has_a_row_per_claim(quick_repo: Path) -> None:
    ledger = json.loads((quick_repo / "results/claims.json").read_text())
    page = (quick_repo / "results/claims_table.html").read_text()
    ids = re.findall(r'<tr id="claim-([^"]+)" class="(pass|fail)', page)
    assert ids == [(c["id"], c["status"]) for c in ledger["claims"]]


def test_provenance_rerun_is_byte_identical(quick_repo: Path) -> None:
    prov = quick_repo / "results/provenance.json"
    before = prov.read_bytes()
    run(quick_repo, "--forcerun", "provenance", targets=("results/provenance.json",))
    assert prov.read_bytes() == before
    rec = json.loads(before)
    assert {"packages", "config_hash", "source_sha256", "python"} <= set(rec)


def test_provenance_reruns_on_config_and_package_changes_only(
    quick_repo: Path, tmp_path: Path
) -> None:
    assert scheduled_rules(run(quick_repo, "-n", targets=TARGETS)) == set()

    override = tmp_path / "numerics.yaml"
    override.write_text("numerics:\n  support_tol: 1.0e-11\n")
    jobs = scheduled_rules(run(quick_repo, "-n", targets=TARGETS, extra_configs=(str(override),)))
    assert "provenance" in jobs

    # Snakemake 9 reruns on a newer input only when its checksum changed: edit, not touch
    src = quick_repo / "src/qthermo/ledger/report.py"
    original = src.read_bytes()
    src.write_bytes(original + b"# edited\n")
    try:
        jobs = scheduled_rules(run(quick_repo, "-n", targets=TARGETS))
    finally:
        src.write_bytes(original)
    assert {"provenance", "claims_report"} <= jobs


def test_snakemake_html_report_contains_claims_and_figures(quick_repo: Path) -> None:
    run(quick_repo, "--report", "results/report.html", targets=TARGETS)
    page = (quick_repo / "results/report.html").read_text(encoding="utf-8")
    m = re.search(r"var categories = (\{.*?\});\n", page)
    assert m, "no categories in the report"
    categories = json.loads(m.group(1))
    assert categories["Claims"] == {"Other": ["results/claims_table.html"]}
    reported = {p for cat in categories.values() for files in cat.values() for p in files}
    ledger = json.loads((quick_repo / "results/claims.json").read_text())
    figures = {a for c in ledger["claims"] for a in c["artifacts"] if a.endswith(".png")}
    assert figures <= reported, sorted(figures - reported)
