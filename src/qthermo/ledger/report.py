"""Human-readable views of the claims ledger and the provenance record.

* :func:`provenance_record` -- ``results/provenance.json``: software versions, config hashes and
  a content digest of the source files the results depend on (no timestamps, so identical
  inputs give identical bytes).
* :func:`claims_html` -- ``results/claims_table.html``: the claims table as one self-contained
  HTML page (inline CSS, no scripts, no external resources), embedded in the Snakemake report.

``results/REPORT.md`` is written by :mod:`qthermo.ledger.referee` from the formatting helpers
here.  The table functions are pure: they take the ledger dictionary written by
:func:`qthermo.ledger.claims.merge_claim_files` and return text; writing goes through
:func:`write_text` (atomic, ``\\n`` line ends).
"""

from __future__ import annotations

import hashlib
import html
import os
from collections.abc import Iterable, Sequence
from pathlib import Path, PurePosixPath
from typing import Any

from qthermo.plumbing.outputs import atomic_write
from qthermo.plumbing.provenance import collect_provenance

__all__ = [
    "files_digest",
    "provenance_record",
    "format_value",
    "figure_artifacts",
    "relative_link",
    "claims_html",
    "margin_text",
    "caveat_text",
    "write_text",
]

#: Significant digits shown for floating-point values in the tables.
DIGITS = 4
#: Lists longer than this are abbreviated to their first and last items.
MAX_LIST = 6
#: Image suffixes shown as figures.
FIGURE_SUFFIXES = (".png", ".svg", ".jpg", ".jpeg")


# ----------------------------------------------------------------------------------------------
# provenance
# ----------------------------------------------------------------------------------------------
def files_digest(paths: Iterable[str | os.PathLike], root: str | os.PathLike = ".") -> str:
    """SHA-256 over the (sorted, root-relative, POSIX) names and bytes of ``paths``.

    Independent of file modification times and of the order of ``paths``; changes whenever a
    file is added, removed, renamed or edited.
    """
    root = Path(root)
    h = hashlib.sha256()
    names = sorted({Path(p).resolve().relative_to(root.resolve()).as_posix() for p in paths})
    for name in names:
        data = (root / name).read_bytes()
        h.update(name.encode())
        h.update(b"\0")
        h.update(str(len(data)).encode())
        h.update(b"\0")
        h.update(data)
    return h.hexdigest()


def provenance_record(
    config: dict[str, Any], source_files: Sequence[str | os.PathLike], root: str | os.PathLike = "."
) -> dict[str, Any]:
    """Provenance for ``results/provenance.json``.

    :func:`qthermo.plumbing.provenance.collect_provenance` (interpreter, package versions, git commit,
    config hashes) plus ``source_sha256``, a digest of the package and workflow sources
    (:func:`files_digest`), and ``source_files``, their number.
    """
    rec = collect_provenance(config, Path(root))
    rec["source_sha256"] = files_digest(source_files, root)
    rec["source_files"] = len({Path(p).resolve() for p in source_files})
    return rec


# ----------------------------------------------------------------------------------------------
# formatting
# ----------------------------------------------------------------------------------------------
def format_value(
    value: Any, digits: int = DIGITS, max_list: int = MAX_LIST, _nested: bool = False
) -> str:
    """Compact text for a measured/expected value.

    Floats get ``digits`` significant digits, long lists are abbreviated
    (``[a, b, c, ..., z] (n values)``), a dictionary becomes ``key=value; ...`` in key order
    (nested dictionaries ``{key=value, ...}``).
    """
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return _float_text(value, digits)
    if isinstance(value, dict):
        items = [f"{k}={format_value(v, digits, max_list, True)}" for k, v in value.items()]
        return "{" + ", ".join(items) + "}" if _nested else "; ".join(items)
    if isinstance(value, list | tuple):
        items = [format_value(v, digits, max_list, True) for v in value]
        if len(items) > max_list:
            shown = items[: max_list - 1] + ["...", items[-1]]
            return f"[{', '.join(shown)}] ({len(items)} values)"
        return f"[{', '.join(items)}]"
    if value is None:
        return ""
    return str(value)


def _float_text(value: float, digits: int) -> str:
    """``digits`` significant digits, more where rounding would show a different round number
    (0.999996 is not "1", 3.0000000000000027 is not "3": a referee must see the distance)."""
    text = f"{value:.{digits}g}"
    while digits < 17 and float(text) != value and float(text) == round(float(text)):
        digits += 1
        text = f"{value:.{digits}g}"
    return text


def _expected_text(rec: dict[str, Any]) -> str:
    """Expected value, followed by the comparator and tolerance that decide the status."""
    parts = [format_value(rec.get("expected"))]
    comp = rec.get("comparator")
    tol = rec.get("tolerance")
    if comp:
        parts.append(f"({comp}; tol={format_value(tol)})" if tol is not None else f"({comp})")
    return " ".join(p for p in parts if p)


def _rule_text(rec: dict[str, Any]) -> str:
    """Comparator and tolerance that decide the status, as ``comparator; tol=...``."""
    comp = rec.get("comparator") or ""
    tol = rec.get("tolerance")
    return f"{comp}; tol={format_value(tol)}" if tol is not None else comp


def _is_unexpected(rec: dict[str, Any]) -> bool:
    return rec.get("status") != rec.get("expected_outcome", "pass")


def figure_artifacts(ledger: dict[str, Any]) -> list[str]:
    """Distinct figure files named in the claims' artifacts, sorted by path."""
    return sorted(
        {
            str(a)
            for rec in ledger.get("claims", [])
            for a in rec.get("artifacts", [])
            if str(a).lower().endswith(FIGURE_SUFFIXES)
        }
    )


def relative_link(artifact: str, report_dir: str) -> str:
    """POSIX link from ``report_dir`` to the repo-relative ``artifact`` (``../figures/x.png``)."""
    return PurePosixPath(os.path.relpath(artifact, report_dir).replace(os.sep, "/")).as_posix()


def _grouped(recs: Sequence[dict[str, Any]], key: str) -> list[tuple[str, list[str]]]:
    """Distinct non-empty values of ``key`` with the ids sharing each, in order of first use."""
    groups: dict[str, list[str]] = {}
    for rec in recs:
        if rec.get(key):
            groups.setdefault(str(rec[key]), []).append(rec["id"])
    return list(groups.items())


def _summary_line(ledger: dict[str, Any]) -> str:
    recs = ledger.get("claims", [])
    n_pass = sum(r.get("status") == "pass" for r in recs)
    n_exp_fail = sum(r.get("expected_outcome") == "fail" for r in recs)
    n_unexp = sum(_is_unexpected(r) for r in recs)
    return (
        f"{len(recs)} claims: {n_pass} pass, {len(recs) - n_pass} fail "
        f"({n_exp_fail} expected to fail); {n_unexp} unexpected outcome(s)."
    )


# ----------------------------------------------------------------------------------------------
# Markdown
# ----------------------------------------------------------------------------------------------
def _md_cell(text: str) -> str:
    return " ".join(str(text).split()).replace("|", "\\|")


def _md_status(rec: dict[str, Any]) -> str:
    status = rec.get("status", "fail")
    if _is_unexpected(rec):
        return f"**{status.upper()}** (unexpected!)"
    return "fail (expected)" if status != "pass" else "pass"


# ----------------------------------------------------------------------------------------------
# HTML
# ----------------------------------------------------------------------------------------------
_CSS = """
body { font-family: system-ui, sans-serif; margin: 1.5em; color: #222; }
h1 { font-size: 1.4em; margin-bottom: 0.2em; }
h2 { font-size: 1.1em; margin-top: 1.2em; }
li { font-size: 0.85em; margin-bottom: 0.3em; }
p.summary { font-weight: 600; }
table { border-collapse: collapse; width: 100%; font-size: 0.85em; }
th, td { border: 1px solid #bbb; padding: 4px 6px; vertical-align: top; text-align: left; }
th { background: #eee; position: sticky; top: 0; }
td.id { font-family: monospace; white-space: nowrap; }
td.num { font-family: monospace; font-size: 0.95em; min-width: 14em; max-width: 28em;
         overflow-wrap: anywhere; }
td.num div.small { font-family: system-ui, sans-serif; margin-top: 0.3em; }
tr.pass td.status { background: #d8f0d8; }
tr.fail td.status { background: #f6d5d5; font-weight: 700; }
tr.fail.expected td.status { background: #f8e8c0; font-weight: 400; }
tr.unexpected td { border-top: 2px solid #c00; border-bottom: 2px solid #c00; }
.small { font-size: 0.9em; color: #444; }
td.small { min-width: 12em; max-width: 20em; overflow-wrap: anywhere; }
""".strip()


def _h(text: Any) -> str:
    return html.escape(str(text), quote=True)


def _html_value(value: Any) -> str:
    """Escaped :func:`format_value`; one ``key=value`` per line for dictionaries."""
    if isinstance(value, dict):
        return "<br>".join(_h(f"{k}={format_value(v, _nested=True)}") for k, v in value.items())
    return _h(format_value(value))


def margin_text(rec: dict[str, Any]) -> str:
    """``quantity = value <= threshold (distance d)`` for a record with a margin, else ``""``."""
    m = rec.get("margin")
    if not m:
        return ""
    rel = m.get("relative")
    rel_text = f", {format_value(rel)} of the threshold" if rel is not None else ""
    return (
        f"{m['quantity']} = {format_value(m['value'])} {m['sense']} "
        f"{format_value(m['threshold'])} (distance {format_value(m['distance'])}{rel_text})"
    )


def caveat_text(rec: dict[str, Any]) -> str:
    """The evidence caveats of a record (by construction, trivial), or ``""``."""
    parts = []
    if rec.get("by_construction"):
        parts.append(f"by construction: {rec['by_construction']}")
    if rec.get("trivial"):
        parts.append(f"trivial: {rec['trivial']}")
    return "; ".join(parts)


def claims_html(ledger: dict[str, Any], title: str = "Claims ledger", extra_html: str = "") -> str:
    """``claims_table.html``: one self-contained page with the summary and the claims table.

    Columns: id, status, expected outcome, statement (with source), measured, expected (with
    comparator and tolerance), margin (with the by-construction/trivial caveats), artifacts.
    Each row carries ``id="claim-<id>"`` and the classes
    ``pass``/``fail`` (plus ``unexpected``, or ``expected`` for an expected failure), so it can
    be checked in a browser's DOM.  ``extra_html`` (e.g. the findings and the coverage table of
    :func:`qthermo.ledger.referee.referee_html_sections`) is placed between summary and table.
    """
    recs = ledger.get("claims", [])
    rows = []
    for rec in recs:
        status = "pass" if rec.get("status") == "pass" else "fail"
        if _is_unexpected(rec):
            cls, status_txt = f"{status} unexpected", f"{status} (unexpected)"
        elif status == "fail":
            cls, status_txt = "fail expected", "fail (expected)"
        else:
            cls, status_txt = "pass", "pass"
        notes = (
            f"Expected to fail because: {rec['outcome_reason']}"
            if rec.get("outcome_reason")
            else ""
        )
        if rec.get("producer"):
            notes = (notes + " " if notes else "") + f"Code: {rec['producer']}"
        rows.append(
            f'<tr id="claim-{_h(rec["id"])}" class="{cls}">'
            f'<td class="id">{_h(rec["id"])}</td>'
            f'<td class="status">{_h(status_txt)}</td>'
            f"<td>{_h(rec.get('expected_outcome', 'pass'))}</td>"
            f"<td>{_h(rec.get('statement', ''))}"
            f'<div class="small">{_h(rec.get("source", ""))}</div></td>'
            f'<td class="num">{_html_value(rec.get("measured"))}</td>'
            f'<td class="num">{_html_value(rec.get("expected"))}'
            f'<div class="small">{_h(_rule_text(rec))}</div></td>'
            f'<td class="margin small">{_h(margin_text(rec))}'
            + (f"<br><b>{_h(caveat_text(rec))}</b>" if caveat_text(rec) else "")
            + "</td>"
            f'<td class="small">{"<br>".join(_h(a) for a in sorted(rec.get("artifacts", [])))}'
            + (f"<br>{_h(notes)}" if notes else "")
            + "</td></tr>"
        )
    body = "\n".join(rows)
    interp = "".join(
        f"<li><code>{_h(', '.join(ids))}</code>: {_h(text)}</li>"
        for text, ids in _grouped(recs, "interpretation")
    )
    interp_html = f"<h2>Interpretation choices</h2>\n<ul>{interp}</ul>\n" if interp else ""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{_h(title)}</title>\n<style>\n{_CSS}\n</style>\n</head>\n<body>\n"
        f"<h1>{_h(title)}</h1>\n"
        f'<p class="summary" id="claims-summary">{_h(_summary_line(ledger))}</p>\n'
        f"{extra_html}"
        '<table id="claims-table">\n<thead><tr><th>id</th><th>status</th>'
        "<th>expected outcome</th><th>statement (source)</th><th>measured</th>"
        "<th>expected (comparator; tolerance)</th><th>margin</th><th>artifacts / notes</th>"
        "</tr></thead>\n"
        f"<tbody>\n{body}\n</tbody>\n</table>\n{interp_html}</body>\n</html>\n"
    )


def write_text(path: str | os.PathLike, text: str) -> Path:
    """Write ``text`` (UTF-8, ``\\n`` line ends) atomically."""

    def _w(tmp: str) -> None:
        with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)

    return atomic_write(path, _w)
