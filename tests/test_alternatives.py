"""Interpretation alternatives (qthermo.ledger.alternatives) and claim margins: machinery tests
on a toy claim whose outcome depends on one config key."""

import pytest

from qthermo.ledger.alternatives import (
    Choice,
    Reading,
    Scan,
    deep_merge,
    get_dotted,
    sensitivity,
    sensitivity_problems,
    set_dotted,
)
from qthermo.ledger.claims import Margin, check_leq, claim, margin_geq, margin_leq
from qthermo.ledger.referee import referee_markdown
from qthermo.ledger.sensitivity_report import interpretation_findings, margin_text


def toy_claims(cfg):
    """``toy.bound``: cfg['model']['x'] <= 1 (margin 1 - x)."""
    x = cfg["model"]["x"]
    ok, _ = check_leq(x, 1.0, rtol=0.0)
    return [
        claim("toy.bound", source="toy", statement="x <= 1", measured=x, expected="<= 1",
              comparator="x <= 1", tolerance=0.0, ok=ok, margin=margin_leq(x, 1.0, "x"))
    ]  # fmt: skip


SECTION = {"model": {"x": 0.5, "other": 3}}
CHOICE = Choice(
    key="toy.x",
    question="the paper leaves x open",
    where="Eq. (1)",
    readings=(
        Reading("small", "x = 1/2", {"model": {"x": 0.5}}),
        Reading("large", "x = 2", {"model": {"x": 2.0}}),
    ),  # fmt: skip
    claims=("toy.bound",),
    evaluate=toy_claims,
)
SCAN = Scan("toy.x_scan", "where does x <= 1 stop?", "model.x", (0.0, 0.5, 0.9, 1.1, 2.0),
            ("toy.bound",), toy_claims)  # fmt: skip


def test_margin_sign_and_relative():
    m = margin_leq(0.25, 1.0, "r")
    assert (m.distance, m.relative, m.holds) == (0.75, 0.75, True)
    g = margin_geq(0.25, 1.0, "r")
    assert g.distance == -0.75 and not g.holds
    assert margin_leq(float("nan"), 1.0, "r").holds is False
    assert margin_leq(1.0, 0.0, "r").relative is None
    with pytest.raises(ValueError, match="sense"):
        Margin("q", 1.0, 1.0, "<")


def test_margin_that_contradicts_status_is_rejected():
    with pytest.raises(ValueError, match="margin x = 2.0 <= 1.0 says fails"):
        claim("toy", source="s", statement="t", measured=2, expected=1, comparator="c",
              tolerance=0, ok=True, margin=margin_leq(2.0, 1.0, "x"))  # fmt: skip


def test_margin_and_caveats_in_record():
    c = claim("toy", source="s", statement="t", measured=0.5, expected=1, comparator="c",
              tolerance=0, ok=True, margin=margin_leq(0.5, 1.0, "x"), by_construction="protocol",
              trivial="identity")  # fmt: skip
    d = c.as_dict()
    assert d["margin"]["distance"] == 0.5
    assert d["by_construction"] == "protocol" and d["trivial"] == "identity"
    assert margin_text(d) == "x = 0.5 <= 1 (distance 0.5, 0.5 of the threshold)"


def test_choice_readings_and_selection():
    rec = sensitivity("toy", [CHOICE], [], SECTION)
    ch = rec["choices"][0]
    assert [r["selected"] for r in ch["readings"]] == [True, False]
    assert [r["claims"][0]["status"] for r in ch["readings"]] == ["pass", "fail"]
    assert ch["readings"][1]["claims"][0]["distance"] == -1.0
    (label, text), = interpretation_findings([rec])  # fmt: skip
    assert "toy.x" in label and "large: fail" in text


def test_scan_locates_flip():
    rec = sensitivity("toy", [], [SCAN], SECTION)
    (flip,) = rec["scans"][0]["flips"]
    assert flip == {"claim": "toy.bound", "between": [0.9, 1.1], "from": "pass", "to": "fail"}


def test_problems_when_recomputation_disagrees_with_ledger():
    rec = sensitivity("toy", [CHOICE], [SCAN], SECTION)
    ok_ledger = {"claims": [{"id": "toy.bound", "status": "pass"}]}
    assert sensitivity_problems(rec, ok_ledger) == []
    bad = {"claims": [{"id": "toy.bound", "status": "fail"}]}
    assert sensitivity_problems(rec, bad) == ["toy.x/small: toy.bound recomputed pass, ledger fail"]
    assert "not in the ledger" in sensitivity_problems(rec, {"claims": []})[0]
    # a config that matches no reading is reported, not silently taken as the default
    rec2 = sensitivity("toy", [CHOICE], [], {"model": {"x": 0.7, "other": 3}})
    assert "0 readings match" in sensitivity_problems(rec2, ok_ledger)[0]


def test_evaluator_missing_claim_is_an_error():
    broken = Choice("toy.b", "q", "w", CHOICE.readings, ("toy.absent",), toy_claims)
    with pytest.raises(ValueError, match="did not produce claims"):
        sensitivity("toy", [broken], [], SECTION)


def test_choice_needs_two_readings():
    with pytest.raises(ValueError, match="two readings"):
        Choice("k", "q", "w", (CHOICE.readings[0],), ("toy.bound",), toy_claims)


def test_merge_helpers():
    assert deep_merge({"a": {"b": 1, "c": 2}}, {"a": {"b": 5}}) == {"a": {"b": 5, "c": 2}}
    assert set_dotted(SECTION, "model.x", 9)["model"] == {"x": 9, "other": 3}
    assert SECTION["model"]["x"] == 0.5
    with pytest.raises(KeyError, match="model.y"):
        get_dotted(SECTION, "model.y")


def test_report_has_sensitivity_table():
    rec = sensitivity("toy", [CHOICE], [SCAN], SECTION)
    ledger = {"summary": {"total": 0, "pass": 0, "fail": 0, "failing_ids": [],
                          "unexpected_ids": []}, "claims": []}  # fmt: skip
    md = referee_markdown(ledger, [], sensitivity=[rec])
    assert "## Interpretation sensitivity" in md
    assert "| `toy.bound` | pass (0.5) | fail (2) |" in md
    assert "`toy.bound` pass -> fail between 0.9 and 1.1" in md


def test_verify_requires_consistent_margins():
    from qthermo.ledger.verify import margin_problems

    good = claim("toy.g", source="s", statement="t", measured=0.5, expected=1, comparator="c",
                 tolerance=0, ok=True, margin=margin_leq(0.5, 1.0, "x")).as_dict()  # fmt: skip
    inf_ok = claim("toy.i", source="s", statement="t", measured=1, expected=1, comparator="c",
                   tolerance=0, ok=True, margin=margin_geq(float("inf"), 1.0, "r")).as_dict()  # fmt: skip
    assert margin_problems([good, inf_ok]) == []
    edited = {**good, "status": "fail"}
    assert "contradicts status 'fail'" in margin_problems([edited])[0]
    moved = {**good, "margin": {**good["margin"], "value": 3.0}}
    assert "contradicts" in margin_problems([moved])[0]
    bare = {k: v for k, v in good.items() if k != "margin"}
    assert margin_problems([bare]) == ["claims without a margin: ['toy.g']"]


def test_sensitivity_evaluates_each_section_once():
    """Readings and scan points that coincide with the configured section (or with each other)
    are evaluated once per run: the default reading and the scan point at x = 0.5 share one
    evaluation, every other section gets its own, and the record is the same as without memo."""
    calls = []

    def counting(cfg):
        calls.append(cfg["model"]["x"])
        return toy_claims(cfg)

    choice = Choice(CHOICE.key, CHOICE.question, CHOICE.where, CHOICE.readings, CHOICE.claims,
                    counting)  # fmt: skip
    scan = Scan(SCAN.key, SCAN.question, SCAN.parameter, SCAN.values, SCAN.claims, counting)
    rec = sensitivity("toy", [choice], [scan], SECTION)
    assert sorted(calls) == [0.0, 0.5, 0.9, 1.1, 2.0]
    assert rec == sensitivity("toy", [CHOICE], [SCAN], SECTION)


def test_shared_builds_once_per_sensitivity_call_and_hands_out_copies():
    """Two evaluators that build the same table share one build inside a sensitivity call;
    each gets its own copy (modifying it does not reach the other), and outside a call (or in
    the next one) the table is built again."""
    from qthermo.ledger.memo import shared

    builds = []

    def table(x, *, scale):
        builds.append((x, scale))
        return {"rows": [x * scale]}

    def evaluator(cfg):
        t = shared(table, cfg["model"]["x"], scale=2.0)
        t["rows"].append("modified by this evaluator")  # must not leak into the next caller
        assert t["rows"][0] == cfg["model"]["x"] * 2.0 and len(t["rows"]) == 2
        return toy_claims(cfg)

    choice = Choice(CHOICE.key, CHOICE.question, CHOICE.where, CHOICE.readings, CHOICE.claims,
                    evaluator)  # fmt: skip
    other = Choice("toy.other", CHOICE.question, CHOICE.where, CHOICE.readings, CHOICE.claims,
                   lambda cfg: evaluator(cfg))  # fmt: skip
    sensitivity("toy", [choice, other], [], SECTION)
    once = sorted(builds)
    assert len(once) == len(set(once)) == len(CHOICE.readings)
    sensitivity("toy", [choice], [], SECTION)
    assert len(builds) == 2 * len(CHOICE.readings)  # a new call builds again
    shared(table, 1.0, scale=2.0)
    shared(table, 1.0, scale=2.0)
    assert builds[-2:] == [(1.0, 2.0), (1.0, 2.0)]  # outside a call: no caching
