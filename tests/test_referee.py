"""The referee report: findings first, a verdict per source, claims grouped by source with
their code and tests, everything not checked listed, no misleading rounding."""

import pytest

from qthermo.ledger.inventory import Inventory
from qthermo.ledger.referee import findings, referee_html_sections, referee_markdown
from qthermo.ledger.report import format_value


def _rec(cid, status="pass", expected="pass", **kw):
    return {"id": cid, "statement": f"statement of {cid}", "status": status,
            "expected_outcome": expected, "measured": {"ratio": 0.999996}, "expected": 1.0,
            "comparator": "ratio <= 1", "tolerance": 0.0,
            "artifacts": ["figures/tajima_funo_fig1.png"], **kw}  # fmt: skip


@pytest.fixture
def ledger():
    recs = [
        _rec("tf.a", producer="qthermo.papers.tajima_funo.fig1.claim_a",
             tests=["tests/test_tf_fig1.py"]),
        _rec("ck.b", status="fail", expected="fail", outcome_reason="printed form is wrong"),
        _rec("kytm.c"),
        _rec("diosi.d", status="fail"),
    ]  # fmt: skip
    return {"claims": recs}


@pytest.fixture
def inventories():
    entry = {"id": "x", "location": "Eq. (1)", "kind": "equation", "summary": "s"}
    return [
        Inventory("tajima_funo", "tajima_funo_prl", "", None, (
            {**entry, "id": "tf.1", "status": "checked", "claims": ["tf.a"]},
            {**entry, "id": "tf.2", "status": "not_attempted", "why": "needs the SM",
             "deviation": "printed sign is wrong"},
        )),
        Inventory("cakmak", "cakmak", "", None, (
            {**entry, "id": "ck.1", "status": "partly_checked", "claims": ["ck.b"],
             "missing": "only N <= 7"},
        )),
    ]  # fmt: skip


def test_findings_list_expected_failures_and_deviations(ledger, inventories):
    labels = [label for label, _ in findings(ledger["claims"], inventories)]
    assert labels[0].startswith("`ck.b`")
    assert any("tajima_funo_prl: Eq. (1) (deviation" in x for x in labels)
    assert not any("diosi.d" in x for x in labels)  # an unexpected failure is not a finding


def test_markdown_sections_and_rows(ledger, inventories):
    md = referee_markdown(ledger, inventories)
    assert md.index("## Findings") < md.index("## Verdict by source") < md.index("### Claims")
    assert "`qthermo.papers.tajima_funo.fig1.claim_a`" in md and "`test_tf_fig1.py`" in md
    assert "needs the SM" in md and "only N <= 7" in md
    assert "**FAIL** (unexpected!)" in md  # diosi.d
    assert "0.999996" in md and "ratio=1;" not in md


def test_html_sections_have_ids(ledger, inventories):
    html = referee_html_sections(ledger, inventories)
    assert 'id="findings"' in html and 'id="coverage"' in html
    assert 'id="coverage-tajima_funo"' in html and 'id="coverage-diosi"' in html


@pytest.mark.parametrize(
    "value, text",
    [(0.999996, "0.999996"), (3.0000000000000027, "3.000000000000003"), (2.0, "2"),
     (1.0115, "1.012"), (1e-12, "1e-12"), (0.25, "0.25")],
)  # fmt: skip
def test_no_rounding_into_a_misleading_round_number(value, text):
    assert format_value(value) == text


def test_markdown_cells_escape_pipes_and_group_interpretations(inventories):
    recs = [
        _rec("tf.a", statement="x | y < z", interpretation="choice one"),
        _rec("tf.b", interpretation="choice one"),
    ]
    md = referee_markdown({"claims": recs}, inventories)
    rows = [ln for ln in md.splitlines() if ln.startswith("| `tf.")]
    n_cols = rows[0].replace("\\|", "").count("|")
    assert n_cols == 10 and all(r.replace("\\|", "").count("|") == n_cols for r in rows)
    assert "x \\| y < z" in rows[0]
    assert "- `tf.a`, `tf.b`: choice one" in md  # an interpretation is listed once
    assert md.count("![tajima_funo_fig1.png](../figures/tajima_funo_fig1.png)") == 1
    assert md.endswith("\n") and not md.endswith("\n\n")
