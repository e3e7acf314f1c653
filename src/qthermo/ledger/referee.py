"""``results/REPORT.md``: the referee report, grouped by source.

Findings first (claims expected to fail, printed forms we deviate from), then a verdict per
source (inventory coverage and claim outcomes), then per source one line per claim (statement,
measured value against its threshold, figure, producing function and tests) and every inventory
entry not checked, then the figures with the claims each supports.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import PurePosixPath
from typing import Any

from qthermo.ledger.inventory import STATUSES, Inventory, coverage, unchecked_entries
from qthermo.ledger.report import (
    _expected_text,
    _grouped,
    _h,
    _is_unexpected,
    _md_cell,
    _md_status,
    _summary_line,
    figure_artifacts,
    format_value,
    relative_link,
)
from qthermo.ledger.sensitivity_report import (
    caveat_text,
    interpretation_findings,
    margin_text,
    sensitivity_html,
    sensitivity_markdown,
)
from qthermo.papers import PAPERS, paper_of_claim

__all__ = ["referee_markdown", "referee_html_sections", "findings", "source_verdicts"]


def _by_paper(recs: Sequence[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {name: [] for name in PAPERS}
    for r in recs:
        out[paper_of_claim(r["id"]).name].append(r)
    return out


def findings(
    recs: Sequence[dict[str, Any]],
    inventories: Sequence[Inventory],
    sensitivity: Sequence[dict[str, Any]] = (),
) -> list[tuple[str, str]]:
    """``(label, text)`` for every finding: claims expected to fail (with the measured numbers),
    inventory entries that record a deviation from the printed source, claims whose outcome
    depends on an interpretation, and claims that are not evidence on their own."""
    out = [
        (f"`{r['id']}` (fails as printed)",
         f"{r.get('outcome_reason', '')} Measured: {format_value(r.get('measured'))}.")
        for r in recs
        if r.get("expected_outcome") == "fail"
    ]  # fmt: skip
    for inv in inventories:
        for e in inv.entries:
            if e.get("deviation"):
                claims = ", ".join(f"`{c}`" for c in e.get("claims") or ()) or "no claim yet"
                out.append(
                    (f"{inv.document}: {e['location']} (deviation; {claims})", str(e["deviation"]))
                )
    out += interpretation_findings(sensitivity)
    out += [(f"`{r['id']}` (not evidence alone)", caveat_text(r)) for r in recs if caveat_text(r)]
    return out


def source_verdicts(
    recs: Sequence[dict[str, Any]], inventories: Sequence[Inventory]
) -> list[dict[str, Any]]:
    """One row per paper: inventory coverage by status and claim outcomes."""
    cov = coverage(list(inventories))
    rows = []
    for name, claims in _by_paper(recs).items():
        docs = [i.document for i in inventories if i.paper == name]
        counts = {s: sum(cov[d][s] for d in docs) for s in STATUSES}
        rows.append(
            {
                "paper": name,
                "documents": docs,
                "entries": sum(cov[d]["total"] for d in docs),
                **counts,
                "claims": len(claims),
                "pass": sum(r["status"] == "pass" for r in claims),
                "expected_fail": sum(r.get("expected_outcome") == "fail" for r in claims),
                "unexpected": sum(_is_unexpected(r) for r in claims),
            }
        )
    return rows


def _verdict_table(rows: list[dict[str, Any]]) -> list[str]:
    head = "| source | entries | " + " | ".join(s.replace("_", " ") for s in STATUSES)
    out = [head + " | claims | pass | expected to fail | unexpected |"]
    out.append("|---" * (len(STATUSES) + 6) + "|")
    for r in rows:
        cells = [f"`{r['paper']}` ({', '.join(r['documents'])})", str(r["entries"])]
        cells += [str(r[s]) for s in STATUSES]
        cells += [str(r[k]) for k in ("claims", "pass", "expected_fail", "unexpected")]
        out.append("| " + " | ".join(cells) + " |")
    return out


def _claim_rows(claims: list[dict[str, Any]], report_dir: str) -> list[str]:
    out = [
        "| id | statement | measured | threshold (comparator; tolerance) | margin | status | "
        "figure | code | tests |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for rec in claims:
        figs = [a for a in sorted(rec.get("artifacts", [])) if a.endswith(".png")]
        links = ", ".join(
            f"[{PurePosixPath(a).stem}]({relative_link(a, report_dir)})" for a in figs
        )
        tests = ", ".join(f"`{PurePosixPath(t).name}`" for t in rec.get("tests") or ())
        row = [
            f"`{rec['id']}`",
            _md_cell(rec.get("statement", "")),
            _md_cell(format_value(rec.get("measured"))),
            _md_cell(_expected_text(rec)),
            _md_cell(margin_text(rec)),
            _md_status(rec) + (f" ({_md_cell(caveat_text(rec))})" if caveat_text(rec) else ""),
            links,
            f"`{rec['producer']}`" if rec.get("producer") else "",
            tests,
        ]
        out.append("| " + " | ".join(row) + " |")
    return out


def _unchecked_rows(inventories: Sequence[Inventory], paper: str) -> list[str]:
    rows = [(d, e) for d, e in unchecked_entries(list(inventories)) if d in {
        i.document for i in inventories if i.paper == paper}]  # fmt: skip
    if not rows:
        return []
    out = ["| document | entry | location | status | statement | what is missing / why |"]
    out.append("|---|---|---|---|---|---|")
    for doc, e in rows:
        why = e.get("missing") or e.get("why") or ""
        out.append(
            f"| {doc} | `{e['id']}` | {_md_cell(e.get('location', ''))} | "
            f"{e['status'].replace('_', ' ')} | {_md_cell(e.get('summary', ''))} | {_md_cell(why)} |"
        )
    return out


def referee_markdown(
    ledger: dict[str, Any],
    inventories: Sequence[Inventory],
    report_dir: str = "results",
    title: str = "Referee report",
    sensitivity: Sequence[dict[str, Any]] = (),
) -> str:
    """The text of ``REPORT.md`` (links relative to ``report_dir``; ``sensitivity``: the
    per-paper records of :func:`qthermo.ledger.alternatives.sensitivity`)."""
    recs = ledger.get("claims", [])
    out = [f"# {title}", "", "Generated by `snakemake` from `results/claims.json` and the "
           "statement inventories; do not edit.", "", _summary_line(ledger), ""]  # fmt: skip
    out += ["## Findings", ""]
    out += [
        f"- {label}: {' '.join(text.split())}"
        for label, text in findings(recs, inventories, sensitivity)
    ]
    out.append("")
    out += ["## Verdict by source", "", *_verdict_table(source_verdicts(recs, inventories)), ""]
    for name, claims in _by_paper(recs).items():
        out += [f"## {PAPERS[name].citation}", "", f"### Claims ({len(claims)})", ""]
        out += [*_claim_rows(claims, report_dir), ""]
        unchecked = _unchecked_rows(inventories, name)
        if unchecked:
            out += ["### Statements not (fully) checked", "", *unchecked, ""]
    out += sensitivity_markdown(sensitivity)
    groups = _grouped(recs, "interpretation")
    if groups:
        out += ["## Interpretation choices", ""]
        out += [f"- {', '.join(f'`{i}`' for i in ids)}: {_md_cell(text)}" for text, ids in groups]
        out.append("")
    out += ["## Figures", ""]
    for fig in figure_artifacts(ledger):
        ids = [r["id"] for r in recs if fig in r.get("artifacts", [])]
        name = PurePosixPath(fig).name
        out += [f"### {name}", "", f"Claims: {', '.join(f'`{i}`' for i in ids)}", "",
                f"![{name}]({relative_link(fig, report_dir)})", ""]  # fmt: skip
    return "\n".join(out).rstrip("\n") + "\n"


def referee_html_sections(
    ledger: dict[str, Any],
    inventories: Sequence[Inventory],
    sensitivity: Sequence[dict[str, Any]] = (),
) -> str:
    """HTML of the findings list (``#findings``), the per-source verdict (``#coverage``) and
    the interpretation sensitivity (``#sensitivity``)."""
    recs = ledger.get("claims", [])
    items = "".join(
        f"<li><b>{_h(label.replace('`', ''))}</b>: {_h(text)}</li>"
        for label, text in findings(recs, inventories, sensitivity)
    )
    rows = source_verdicts(recs, inventories)
    keys = ["entries", *STATUSES, "claims", "pass", "expected_fail", "unexpected"]
    head = "".join(f"<th>{_h(k.replace('_', ' '))}</th>" for k in ["source", *keys])
    body = "".join(
        f'<tr id="coverage-{_h(r["paper"])}"><td>{_h(r["paper"])}</td>'
        + "".join(f"<td>{r[k]}</td>" for k in keys)
        + "</tr>"
        for r in rows
    )
    return (
        f'<h2>Findings</h2>\n<ul id="findings">{items}</ul>\n'
        f'<h2>Verdict by source</h2>\n<table id="coverage"><thead><tr>{head}</tr></thead>'
        f"<tbody>{body}</tbody></table>\n{sensitivity_html(sensitivity)}<h2>Claims</h2>\n"
    )
