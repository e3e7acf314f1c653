"""Claims ledger: comparators, records, merging and the verify command."""

import json

import numpy as np
import pytest

from qthermo.ledger.claims import (
    check_absolute,
    check_all_true,
    check_leq,
    check_relative,
    claim,
    margin_leq,
    merge_claim_files,
    unexpected,
    write_claims,
)
from qthermo.ledger.verify import main as verify_main


def test_check_relative():
    assert check_relative([1.0, 2.0], [1.0, 2.0 * (1 + 1e-10)], 1e-9)[0]
    ok, worst = check_relative([1.0, 2.1], [1.0, 2.0], 1e-9)
    assert not ok and worst == pytest.approx(0.05)
    assert not check_relative([np.nan], [1.0], 1.0)[0]
    assert not check_relative([], [], 1.0)[0]


def test_check_absolute_and_leq_and_all_true():
    assert check_absolute(1.02, 1.0, 0.05) == (True, pytest.approx(0.02))
    assert not check_absolute(float("inf"), 1.0, 0.05)[0]
    ok, ratio = check_leq([1.0, 2.0], [1.0, 4.0])
    assert ok and ratio == pytest.approx(1.0)
    assert not check_leq([1.1], [1.0])[0]
    assert check_all_true([True, True]) == (True, 0)
    assert check_all_true([True, False, False]) == (False, 2)
    assert check_all_true([]) == (False, 0)


def make(id_, ok, **kw):
    return claim(
        id_,
        source="src",
        statement="s",
        measured={"x": 1.0},
        expected=1.0,
        comparator="==",
        tolerance=0.0,
        ok=ok,
        artifacts=["b.png", "a.csv"],
        **{"margin": margin_leq(0.0 if ok else 2.0, 1.0, "x"), **kw},
    )


def test_claim_record_fields_and_status():
    rec = make("t.a", True).as_dict()
    for key in (
        "id",
        "source",
        "statement",
        "measured",
        "expected",
        "tolerance",
        "status",
        "artifacts",
    ):
        assert key in rec
    assert rec["status"] == "pass" and rec["artifacts"] == ["a.csv", "b.png"]
    assert make("t.b", False).status == "fail"


def test_expected_failure_needs_a_reason():
    with pytest.raises(ValueError, match="outcome_reason"):
        make("t.c", False, expected_outcome="fail")
    with pytest.raises(ValueError, match="expected_outcome"):
        make("t.c", False, expected_outcome="maybe")


def test_merge_and_verify(tmp_path, capsys):
    write_claims(
        tmp_path / "a.json",
        [
            make("a.1", True),
            make("a.2", False, expected_outcome="fail", outcome_reason="paper typo"),
        ],
    )
    write_claims(tmp_path / "b.json", [make("b.1", True)])
    ledger = merge_claim_files([tmp_path / "b.json", tmp_path / "a.json"], tmp_path / "claims.json")
    assert [r["id"] for r in ledger["claims"]] == ["a.1", "a.2", "b.1"]
    assert ledger["summary"] == {
        "total": 3,
        "pass": 2,
        "fail": 1,
        "failing_ids": ["a.2"],
        "unexpected_ids": [],
    }
    assert verify_main([str(tmp_path / "claims.json")]) == 0

    write_claims(tmp_path / "c.json", [make("c.1", False)])
    merge_claim_files([tmp_path / "a.json", tmp_path / "c.json"], tmp_path / "claims2.json")
    assert verify_main([str(tmp_path / "claims2.json")]) == 1
    assert "c.1" in capsys.readouterr().err
    assert unexpected(json.loads((tmp_path / "claims2.json").read_text()))[0]["id"] == "c.1"


def test_expected_failure_that_starts_passing_is_flagged(tmp_path):
    write_claims(
        tmp_path / "a.json", [make("a.1", True, expected_outcome="fail", outcome_reason="r")]
    )
    merge_claim_files([tmp_path / "a.json"], tmp_path / "claims.json")
    assert verify_main([str(tmp_path / "claims.json")]) == 1


def test_duplicate_ids_rejected(tmp_path):
    with pytest.raises(ValueError, match="duplicate"):
        write_claims(tmp_path / "a.json", [make("x", True), make("x", True)])
    write_claims(tmp_path / "a.json", [make("x", True)])
    write_claims(tmp_path / "b.json", [make("x", True)])
    with pytest.raises(ValueError, match="more than one file"):
        merge_claim_files([tmp_path / "a.json", tmp_path / "b.json"], tmp_path / "c.json")
    assert not (tmp_path / "c.json").exists()


def test_non_finite_numbers_are_strict_json(tmp_path):
    c = claim(
        "n.1",
        source="s",
        statement="s",
        measured={"sigma": float("inf"), "v": np.float64(np.nan)},
        expected=0,
        comparator="-",
        tolerance=0,
        ok=False,
    )
    write_claims(tmp_path / "n.json", [c])
    rec = json.loads((tmp_path / "n.json").read_text())[0]
    assert rec["measured"] == {"sigma": "inf", "v": "nan"}
