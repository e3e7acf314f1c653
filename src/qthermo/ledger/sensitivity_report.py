"""The sensitivity table and margins in the referee report.

Renders the records of :mod:`qthermo.ledger.alternatives` (one per paper, merged into
``results/sensitivity.json``): for every interpretation choice, claim x reading -> status and
the headline number (the claim's margin value against its threshold); for every scan, the
status along the scanned values and where it flips.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from qthermo.ledger.report import _h, _md_cell, caveat_text, format_value, margin_text

__all__ = [
    "margin_text",
    "caveat_text",
    "sensitivity_markdown",
    "sensitivity_html",
    "interpretation_findings",
]


def _cell(row: dict[str, Any]) -> str:
    value = row.get("headline")
    num = f" ({format_value(value)})" if value is not None else ""
    return f"{row['status']}{num}"


def _choice_lines(ch: dict[str, Any]) -> list[str]:
    names = [r["name"] + (" (selected)" if r["selected"] else "") for r in ch["readings"]]
    out = [f"#### `{ch['key']}`", "", f"{_md_cell(ch['question'])} ({_md_cell(ch['where'])})", ""]
    out += [f"- `{r['name']}`: {_md_cell(r['description'])}" for r in ch["readings"]]
    out += ["", "| claim | " + " | ".join(f"`{n}`" for n in names) + " |"]
    out.append("|---" * (len(names) + 1) + "|")
    ids = [row["claim"] for row in ch["readings"][0]["claims"]]
    for i, cid in enumerate(ids):
        cells = [_cell(r["claims"][i]) for r in ch["readings"]]
        out.append(f"| `{cid}` | " + " | ".join(cells) + " |")
    return [*out, ""]


def _scan_lines(sc: dict[str, Any]) -> list[str]:
    out = [f"#### scan `{sc['key']}` over `{sc['parameter']}`", "", _md_cell(sc["question"]), ""]
    ids = [row["claim"] for row in sc["points"][0]["claims"]]
    out += ["| " + sc["parameter"] + " | " + " | ".join(f"`{c}`" for c in ids) + " |"]
    out.append("|---" * (len(ids) + 1) + "|")
    for p in sc["points"]:
        mark = " (configured)" if p["value"] == sc["configured"] else ""
        out.append(
            f"| {format_value(p['value'])}{mark} | "
            + " | ".join(_cell(r) for r in p["claims"])
            + " |"
        )
    if sc["flips"]:
        out += ["", "Status flips: " + "; ".join(
            f"`{f['claim']}` {f['from']} -> {f['to']} between {format_value(f['between'][0])} "
            f"and {format_value(f['between'][1])}" for f in sc["flips"])]  # fmt: skip
    else:
        out += ["", "No status flips over the scanned range."]
    return [*out, ""]


def sensitivity_markdown(records: Sequence[dict[str, Any]]) -> list[str]:
    """Markdown lines of the sensitivity section (empty when no paper declares choices)."""
    if not any(r["choices"] or r["scans"] for r in records):
        return []
    out = ["## Interpretation sensitivity", "",
           "Each affected claim recomputed under every reading of each choice: status and "
           "headline number (the claim's margin value).", ""]  # fmt: skip
    for rec in records:
        if not (rec["choices"] or rec["scans"]):
            continue
        out += [f"### {rec['paper']}", ""]
        for ch in rec["choices"]:
            out += _choice_lines(ch)
        for sc in rec["scans"]:
            out += _scan_lines(sc)
    return out


def sensitivity_html(records: Sequence[dict[str, Any]]) -> str:
    """HTML table ``#sensitivity``: one row per (choice, reading, claim)."""
    rows = []
    for rec in records:
        for ch in rec["choices"]:
            for r in ch["readings"]:
                for row in r["claims"]:
                    rows.append((ch["key"], r["name"] + (" *" if r["selected"] else ""), row))
        for sc in rec["scans"]:
            for p in sc["points"]:
                for row in p["claims"]:
                    rows.append((sc["key"], f"{sc['parameter']} = {format_value(p['value'])}",
                                 row))  # fmt: skip
    if not rows:
        return ""
    body = "".join(
        f"<tr><td>{_h(k)}</td><td>{_h(n)}</td><td>{_h(row['claim'])}</td>"
        f"<td>{_h(row['status'])}</td><td>{_h(format_value(row.get('headline')))}</td></tr>"
        for k, n, row in rows
    )
    return (
        '<h2>Interpretation sensitivity</h2>\n<table id="sensitivity"><thead><tr>'
        "<th>choice</th><th>reading (* selected)</th><th>claim</th><th>status</th>"
        f"<th>headline</th></tr></thead><tbody>{body}</tbody></table>\n"
    )


def interpretation_findings(records: Sequence[dict[str, Any]]) -> list[tuple[str, str]]:
    """``(label, text)`` for every claim whose status depends on a reading or a scanned value."""
    out = []
    for rec in records:
        for ch in rec["choices"]:
            ids = [row["claim"] for row in ch["readings"][0]["claims"]]
            for i, cid in enumerate(ids):
                statuses = {r["name"]: r["claims"][i]["status"] for r in ch["readings"]}
                if len(set(statuses.values())) > 1:
                    text = ", ".join(f"{n}: {s}" for n, s in statuses.items())
                    out.append((f"`{cid}` depends on `{ch['key']}`", text + "."))
        for sc in rec["scans"]:
            for f in sc["flips"]:
                out.append((
                    f"`{f['claim']}` flips along `{sc['key']}`",
                    f"{f['from']} -> {f['to']} between {sc['parameter']} = "
                    f"{format_value(f['between'][0])} and {format_value(f['between'][1])}.",
                ))  # fmt: skip
    return out
