"""qthermo.ledger.diff: every kind of difference, both ledger formats, git revisions, exit codes."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from qthermo.ledger import diff as ld

ROOT = Path(__file__).resolve().parents[1]

BASE = {
    "a.one": {
        "status": "pass",
        "expected_outcome": "pass",
        "measured": {"x": 1.0, "nested": {"v": [1.0, 2.0, 3.0]}, "n": 7, "label": "ok"},
    },
    "b.two": {"status": "fail", "expected_outcome": "fail", "measured": {"ratio": 0.5}},
    "c.three": {"status": "pass", "expected_outcome": "pass", "measured": {"inf": float("inf")}},
}


def as_results(claims: dict) -> dict:
    """The results/claims.json format of a baseline-format ledger (plus the extra fields)."""
    recs = [{"id": cid, "statement": f"claim {cid}", **rec} for cid, rec in claims.items()]
    return {"claims": recs, "summary": {"n": len(recs)}}


def write(path: Path, data: dict) -> Path:
    path.write_text(json.dumps(data, indent=1, sort_keys=True))
    return path


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), env.get("PYTHONPATH", "")])
    return subprocess.run(
        [sys.executable, "-m", "qthermo.ledger.diff", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        check=False,
    )


def test_identical_ledgers_across_formats(tmp_path):
    old = write(tmp_path / "baseline.json", BASE)
    new = write(tmp_path / "claims.json", as_results(BASE))
    res = run_cli(str(old), str(new))
    assert res.returncode == 0, res.stdout + res.stderr
    assert "no differences" in res.stdout
    assert "(3 claims)" in res.stdout


def test_each_kind_of_difference():
    new = copy.deepcopy(BASE)
    del new["b.two"]  # removed
    new["d.four"] = {"status": "pass", "expected_outcome": "pass", "measured": {}}  # added
    new["a.one"]["status"] = "fail"  # status changed
    new["c.three"]["expected_outcome"] = "fail"  # expected_outcome changed
    new["a.one"]["measured"]["nested"]["v"][1] = 2.5  # beyond tolerance
    new["a.one"]["measured"]["x"] = 1.0 + 1e-12  # within tolerance: not reported
    new["a.one"]["measured"]["label"] = "changed"  # non-numeric change
    del new["a.one"]["measured"]["n"]  # measured key removed
    new["c.three"]["measured"]["extra"] = [1]  # measured key added
    out = ld.diff_ledgers(BASE, new)
    assert not out["identical"]
    assert out["added"] == ["d.four"]
    assert out["removed"] == ["b.two"]
    assert out["status_changed"] == [{"id": "a.one", "old": "pass", "new": "fail"}]
    assert out["expected_outcome_changed"] == [{"id": "c.three", "old": "pass", "new": "fail"}]
    by_id = {it["id"]: {ch["key"]: ch for ch in it["changes"]} for it in out["measured_changed"]}
    assert set(by_id) == {"a.one", "c.three"}
    assert set(by_id["a.one"]) == {"nested.v[1]", "label", "n"}
    assert by_id["a.one"]["nested.v[1]"]["kind"] == "changed"
    assert by_id["a.one"]["nested.v[1]"]["abs_diff"] == pytest.approx(0.5)
    assert by_id["a.one"]["n"]["kind"] == "removed"
    assert by_id["c.three"]["extra[0]"] == {"key": "extra[0]", "kind": "added", "new": 1}


def test_cli_text_and_json_output(tmp_path):
    new = copy.deepcopy(BASE)
    new["b.two"]["status"] = "pass"
    new["b.two"]["measured"]["ratio"] = 0.75
    old_f = write(tmp_path / "old.json", as_results(BASE))
    new_f = write(tmp_path / "new.json", as_results(new))
    res = run_cli(str(old_f), str(new_f))
    assert res.returncode == 1
    assert 'b.two: "fail" -> "pass"' in res.stdout
    assert "b.two: measured.ratio: 0.5 -> 0.75" in res.stdout
    res = run_cli(str(old_f), str(new_f), "--json")
    assert res.returncode == 1
    out = json.loads(res.stdout)
    assert out["status_changed"] == [{"id": "b.two", "old": "fail", "new": "pass"}]
    assert out["measured_changed"][0]["changes"][0]["key"] == "ratio"
    assert out["identical"] is False


@pytest.mark.parametrize(
    ("old", "new", "rtol", "atol", "match"),
    [
        (1.0, 1.0 + 5e-7, 1e-6, 0.0, True),
        (1.0, 1.0 + 5e-6, 1e-6, 0.0, False),
        (0.0, 5e-10, 0.0, 1e-9, True),
        (0.0, 5e-9, 0.0, 1e-9, False),
        (float("inf"), float("inf"), 1e-6, 1e-9, True),
        (float("inf"), -float("inf"), 1e-6, 1e-9, False),
        (float("nan"), float("nan"), 1e-6, 1e-9, True),
        (1, 1.0, 0.0, 0.0, True),
        (True, 1, 1.0, 1.0, False),
        ("a", "a", 0.0, 0.0, True),
        (None, 0.0, 1.0, 1.0, False),
    ],
)
def test_tolerance_rule(old, new, rtol, atol, match):
    assert ld.values_match(old, new, rtol, atol) is match


def test_rtol_atol_options(tmp_path):
    new = copy.deepcopy(BASE)
    new["a.one"]["measured"]["x"] = 1.001
    old_f, new_f = write(tmp_path / "o.json", BASE), write(tmp_path / "n.json", new)
    assert run_cli(str(old_f), str(new_f)).returncode == 1
    assert run_cli(str(old_f), str(new_f), "--rtol", "1e-2").returncode == 0
    assert run_cli(str(old_f), str(new_f), "--rtol", "0", "--atol", "1e-2").returncode == 0


def test_flatten_keys():
    assert ld.flatten({"a": {"b": [1, {"c": 2}]}, "d": 3}) == {"a.b[0]": 1, "a.b[1].c": 2, "d": 3}
    assert ld.flatten(4.0) == {"": 4.0}


@pytest.fixture
def git_repo(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    repo.mkdir()

    def git(*args: str) -> None:
        subprocess.run(
            ["git", "-C", str(repo), *args],
            check=True,
            capture_output=True,
            env={**os.environ, "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"},
        )

    git("init", "-q", "-b", "main")
    git("config", "user.email", "t@example.org")
    git("config", "user.name", "t")
    (repo / "baseline").mkdir()
    write(repo / "baseline" / "claims.json", BASE)
    git("add", ".")
    git("commit", "-q", "-m", "v1")
    changed = copy.deepcopy(BASE)
    changed["a.one"]["status"] = "fail"
    write(repo / "baseline" / "claims.json", changed)
    (repo / "results").mkdir()
    write(repo / "results" / "claims.json", as_results(changed))
    git("add", ".")
    git("commit", "-q", "-m", "v2")
    return repo


def test_git_revisions(git_repo):
    # git:REV falls back to baseline/claims.json where results/ was not committed (HEAD~1)
    res = run_cli("git:HEAD~1", "git:HEAD", "-C", str(git_repo))
    assert res.returncode == 1, res.stderr
    assert "old: git:HEAD~1:baseline/claims.json" in res.stdout
    assert "new: git:HEAD:results/claims.json" in res.stdout
    assert 'a.one: "pass" -> "fail"' in res.stdout
    # explicit paths, both spellings, against a working-tree file (cwd = the repo)
    res = run_cli("HEAD:baseline/claims.json", "results/claims.json", cwd=git_repo)
    assert res.returncode == 0, res.stdout + res.stderr
    res = run_cli("git:main~1:baseline/claims.json", "baseline/claims.json", cwd=git_repo)
    assert res.returncode == 1
    assert "status changed (1)" in res.stdout


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such file"),
        ("{not json", "not valid JSON"),
        ('{"claims": {"a": 1}}', "not a claim ledger"),
        ('{"claims": [{"status": "pass"}]}', "claims[0]"),
        ('{"claims": [{"id": "a"}, {"id": "a"}]}', "duplicate claim id"),
        ('{"a": {"expected_outcome": "pass"}}', "not a claim ledger"),
    ],
)
def test_bad_input_exits_2_naming_the_file(tmp_path, content, message):
    good = write(tmp_path / "good.json", BASE)
    bad = tmp_path / "bad_ledger.json"
    if content is not None:
        bad.write_text(content)
    res = run_cli(str(good), str(bad))
    assert res.returncode == 2
    assert "bad_ledger.json" in res.stderr
    assert message in res.stderr


def test_bad_revision_exits_2(git_repo):
    res = run_cli("git:no-such-rev", "git:HEAD", "-C", str(git_repo))
    assert res.returncode == 2
    assert "git:no-such-rev" in res.stderr
    res = run_cli("HEAD:missing/claims.json", "git:HEAD", "-C", str(git_repo))
    assert res.returncode == 2
    assert "HEAD:missing/claims.json" in res.stderr


def test_negative_tolerance_rejected(tmp_path):
    f = write(tmp_path / "a.json", BASE)
    assert run_cli(str(f), str(f), "--rtol", "-1").returncode == 2
