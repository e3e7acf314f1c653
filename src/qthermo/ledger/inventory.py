"""Statement inventories: every statement of every source, and what the replication did with it.

Each paper package keeps one YAML file per source document,
``src/qthermo/papers/<paper>/inventory/<document>.yaml`` (documents listed in
:data:`qthermo.papers.PAPERS`), with entries ``id``, ``location`` (section, equation, figure,
page or slide), ``kind``, ``summary`` (our words), ``status`` and, by status, ``claims``
(``checked``, ``partly_checked``), ``missing`` (``partly_checked``) or ``why``
(``not_attempted``, ``not_checkable``); optional ``deviation`` records where the printed form is
wrong or ambiguous and what the replication uses instead; ``caveat`` says why the claims an
entry names are weaker evidence than they look (a claim recorded ``by_construction`` or
``trivial`` in the ledger must be named only by entries that carry one).

:func:`inventory_problems` checks the entries and their cross-references with the ledger: a
claim no entry refers to, or an entry naming a claim that does not exist, is an error.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from qthermo.papers import PAPERS

__all__ = [
    "STATUSES",
    "KINDS",
    "Inventory",
    "inventory_path",
    "load_inventories",
    "inventory_problems",
    "caveat_problems",
    "coverage",
    "unchecked_entries",
]

STATUSES = ("checked", "partly_checked", "used", "not_attempted", "not_checkable")
KINDS = (
    "equation",
    "inequality",
    "scaling",
    "figure_panel",
    "curve",
    "parameter",
    "definition",
    "statement",
    "table_entry",
)
_REQUIRED = ("id", "location", "kind", "summary", "status")
_BY_STATUS = {
    "checked": ("claims",),
    "partly_checked": ("claims", "missing"),
    "not_attempted": ("why",),
    "not_checkable": ("why",),
    "used": (),
}


@dataclass(frozen=True)
class Inventory:
    """The inventory of one source document."""

    paper: str
    document: str
    title: str
    doi: str | None
    entries: tuple[dict[str, Any], ...]


def inventory_path(package_root: str | Path, paper: str, document: str) -> Path:
    """``<package_root>/papers/<paper>/inventory/<document>.yaml``."""
    return Path(package_root) / "papers" / paper / "inventory" / f"{document}.yaml"


def load_inventories(package_root: str | Path) -> list[Inventory]:
    """Every source document's inventory, in the order of the paper registry."""
    out = []
    for paper in PAPERS.values():
        for doc in paper.documents:
            path = inventory_path(package_root, paper.name, doc)
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            out.append(
                Inventory(
                    paper=paper.name,
                    document=doc,
                    title=str(data.get("title", "")),
                    doi=data.get("doi"),
                    entries=tuple(data.get("entries") or ()),
                )
            )
    return out


def _entry_problems(inv: Inventory, entry: dict[str, Any], claim_ids: set[str]) -> list[str]:
    where = f"{inv.document}:{entry.get('id', '?')}"
    problems = [f"{where}: missing field {k!r}" for k in _REQUIRED if not entry.get(k)]
    status = entry.get("status")
    if status not in STATUSES:
        return problems + [f"{where}: status {status!r} is not one of {', '.join(STATUSES)}"]
    if entry.get("kind") not in KINDS:
        problems.append(f"{where}: kind {entry.get('kind')!r} is not one of {', '.join(KINDS)}")
    problems += [
        f"{where}: status {status} needs {k!r}" for k in _BY_STATUS[status] if not entry.get(k)
    ]
    if entry.get("claims") and status not in ("checked", "partly_checked"):
        problems.append(f"{where}: status {status} must not name claims")
    for cid in entry.get("claims") or ():
        if cid not in claim_ids:
            problems.append(f"{where}: names claim {cid!r}, which the ledger does not have")
    return problems


def inventory_problems(inventories: list[Inventory], claim_ids: set[str]) -> list[str]:
    """Malformed entries, duplicate ids, unknown claims, and claims no entry refers to."""
    problems: list[str] = []
    seen: Counter[str] = Counter()
    referenced: set[str] = set()
    for inv in inventories:
        if not inv.entries:
            problems.append(f"{inv.document}: no entries")
        for entry in inv.entries:
            seen[str(entry.get("id"))] += 1
            problems += _entry_problems(inv, entry, claim_ids)
            referenced |= set(entry.get("claims") or ())
    problems += [f"entry id {i!r} appears {n} times" for i, n in sorted(seen.items()) if n > 1]
    problems += [
        f"claim {cid!r} is referenced by no inventory entry"
        for cid in sorted(claim_ids - referenced)
    ]
    return problems


def caveat_problems(inventories: list[Inventory], ledger: dict[str, Any]) -> list[str]:
    """Entries that name a ``by_construction`` or ``trivial`` claim without a ``caveat``."""
    flagged = {
        r["id"]: "by_construction" if r.get("by_construction") else "trivial"
        for r in ledger.get("claims", [])
        if r.get("by_construction") or r.get("trivial")
    }
    return [
        f"{inv.document}:{e.get('id')}: names {cid} ({flagged[cid]}) but has no 'caveat'"
        for inv in inventories
        for e in inv.entries
        for cid in e.get("claims") or ()
        if cid in flagged and not e.get("caveat")
    ]


def coverage(inventories: list[Inventory]) -> dict[str, dict[str, int]]:
    """Entries by status for each source document (every status present, zeros included)."""
    out = {}
    for inv in inventories:
        counts = Counter(e.get("status") for e in inv.entries)
        out[inv.document] = {s: counts.get(s, 0) for s in STATUSES} | {"total": len(inv.entries)}
    return out


def unchecked_entries(inventories: list[Inventory]) -> list[tuple[str, dict[str, Any]]]:
    """``(document, entry)`` for every entry that is neither checked nor a used definition."""
    return [
        (inv.document, e)
        for inv in inventories
        for e in inv.entries
        if e.get("status") not in ("checked", "used")
    ]
