"""Interpretation alternatives: every choice we make where a source is loose, and what it changes.

A :class:`Choice` is one place where a source admits more than one defensible reading (an
operator whose printed form contradicts the paper's own relations, a constant the text leaves
out, a normalisation). Its readings are :class:`Reading` s, each a nested override of the
paper's config section; the first is the reading the workflow uses by default, and every
reading is selectable through the config key(s) its override sets. ``evaluate`` recomputes the
affected claims from scratch under a given config section, so the workflow can evaluate each
claim under each reading.

A :class:`Scan` is a continuous choice (an initial-state parameter, a constant): the affected
claims are evaluated along a list of values of one config key, and :func:`flips` locates where a
status changes.

Each paper declares its choices and scans in ``qthermo.papers.<paper>.alternatives`` (names
``CHOICES`` and ``SCANS``); :func:`sensitivity` evaluates them all into one JSON-able record
(``results/<paper>/sensitivity.json``), and :func:`sensitivity_problems` cross-checks the
selected reading against the main ledger: the recomputation must reproduce the claims the
pipeline recorded, or the sensitivity table would describe some other calculation.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from qthermo.ledger.claims import Claim
from qthermo.ledger.memo import scope, shared

__all__ = [
    "Reading",
    "Choice",
    "Scan",
    "deep_merge",
    "set_dotted",
    "get_dotted",
    "evaluate_choice",
    "evaluate_scan",
    "flips",
    "sensitivity",
    "sensitivity_problems",
]

Evaluator = Callable[[dict[str, Any]], Sequence[Claim]]


@dataclass(frozen=True)
class Reading:
    """One reading of a choice: ``override`` is merged into the paper's config section."""

    name: str
    description: str
    override: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Choice:
    """An interpretation choice with at least two readings (the first is our default).

    ``key`` names it (``<paper>.<short name>``), ``question`` says what the source leaves open,
    ``where`` locates it in the source, ``claims`` are the ids whose outcome it can affect.
    """

    key: str
    question: str
    where: str
    readings: tuple[Reading, ...]
    claims: tuple[str, ...]
    evaluate: Evaluator

    def __post_init__(self) -> None:
        if len(self.readings) < 2:
            raise ValueError(f"choice {self.key}: needs at least two readings")
        names = [r.name for r in self.readings]
        if len(set(names)) != len(names):
            raise ValueError(f"choice {self.key}: duplicate reading names {names}")
        if not self.claims:
            raise ValueError(f"choice {self.key}: names no affected claim")


@dataclass(frozen=True)
class Scan:
    """A continuous choice: ``parameter`` (dotted path in the section) takes each of ``values``."""

    key: str
    question: str
    parameter: str
    values: tuple[float, ...]
    claims: tuple[str, ...]
    evaluate: Evaluator

    def __post_init__(self) -> None:
        if len(self.values) < 2:
            raise ValueError(f"scan {self.key}: needs at least two values")
        if not self.claims:
            raise ValueError(f"scan {self.key}: names no affected claim")


def deep_merge(base: Mapping[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of ``base`` with ``override`` merged in (nested mappings merged, others replaced)."""
    out = copy.deepcopy(dict(base))
    for k, v in override.items():
        if isinstance(v, Mapping) and isinstance(out.get(k), Mapping):
            out[k] = deep_merge(out[k], v)
        else:
            out[k] = copy.deepcopy(v)
    return out


def get_dotted(cfg: Mapping[str, Any], path: str) -> Any:
    """``cfg["a"]["b"]`` for ``path = "a.b"`` (``KeyError`` naming the path if absent)."""
    node: Any = cfg
    for part in path.split("."):
        if not isinstance(node, Mapping) or part not in node:
            raise KeyError(f"config key {path!r} not found (at {part!r})")
        node = node[part]
    return node


def set_dotted(cfg: Mapping[str, Any], path: str, value: Any) -> dict[str, Any]:
    """A copy of ``cfg`` with the existing key at ``path`` set to ``value``."""
    get_dotted(cfg, path)
    override: dict[str, Any] = {}
    node = override
    parts = path.split(".")
    for part in parts[:-1]:
        node[part] = {}
        node = node[part]
    node[parts[-1]] = value
    return deep_merge(cfg, override)


def _is_selected(section: Mapping[str, Any], override: Mapping[str, Any]) -> bool:
    """Whether every key of ``override`` already has that value in ``section``."""
    for k, v in override.items():
        if k not in section:
            return False
        if isinstance(v, Mapping):
            if not isinstance(section[k], Mapping) or not _is_selected(section[k], v):
                return False
        elif section[k] != v:
            return False
    return True


def _row(c: Claim) -> dict[str, Any]:
    d = c.as_dict()
    m = d.get("margin") or {}
    return {
        "claim": c.id,
        "status": c.status,
        "expected_outcome": c.expected_outcome,
        "headline": m.get("value"),
        "threshold": m.get("threshold"),
        "distance": m.get("distance"),
        "quantity": m.get("quantity"),
    }


def _affected(claims: Sequence[Claim], ids: Sequence[str], what: str) -> list[dict[str, Any]]:
    by_id = {c.id: c for c in claims}
    missing = [i for i in ids if i not in by_id]
    if missing:
        raise ValueError(f"{what}: evaluate() did not produce claims {missing}")
    return [_row(by_id[i]) for i in ids]


def evaluate_choice(choice: Choice, section: Mapping[str, Any]) -> dict[str, Any]:
    """Every affected claim under every reading of ``choice`` (each distinct section evaluated
    once inside :func:`sensitivity`, see :func:`shared`)."""
    readings = []
    for r in choice.readings:
        cfg = deep_merge(section, r.override)
        rows = _affected(shared(choice.evaluate, cfg), choice.claims, f"{choice.key}/{r.name}")
        readings.append(
            {
                "name": r.name,
                "description": r.description,
                "override": dict(r.override),
                "selected": _is_selected(section, r.override),
                "claims": rows,
            }
        )
    return {
        "key": choice.key,
        "question": choice.question,
        "where": choice.where,
        "default": choice.readings[0].name,
        "readings": readings,
    }


def flips(points: Sequence[dict[str, Any]], claim_id: str) -> list[dict[str, Any]]:
    """Consecutive scan points between which ``claim_id`` changes status."""
    out = []
    series = [(p["value"], next(r for r in p["claims"] if r["claim"] == claim_id)) for p in points]
    for (v0, r0), (v1, r1) in zip(series, series[1:], strict=False):
        if r0["status"] != r1["status"]:
            out.append({"claim": claim_id, "between": [v0, v1], "from": r0["status"],
                        "to": r1["status"]})  # fmt: skip
    return out


def evaluate_scan(scan: Scan, section: Mapping[str, Any]) -> dict[str, Any]:
    """The affected claims at every value of the scanned parameter, and where each flips
    (distinct sections evaluated once inside :func:`sensitivity`, see :func:`shared`)."""
    points = []
    for v in scan.values:
        cfg = set_dotted(section, scan.parameter, v)
        rows = _affected(shared(scan.evaluate, cfg), scan.claims, f"{scan.key}={v}")
        points.append({"value": v, "claims": rows})
    return {
        "key": scan.key,
        "question": scan.question,
        "parameter": scan.parameter,
        "configured": get_dotted(section, scan.parameter),
        "points": points,
        "flips": [f for cid in scan.claims for f in flips(points, cid)],
    }


def sensitivity(
    paper: str,
    choices: Sequence[Choice],
    scans: Sequence[Scan],
    section: Mapping[str, Any],
    log: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """The sensitivity record of one paper: every choice and scan evaluated (``log`` reports
    progress, one line per choice or scan)."""
    out: dict[str, Any] = {"paper": paper, "choices": [], "scans": []}
    with scope():
        for c in choices:
            out["choices"].append(evaluate_choice(c, section))
            if log:
                log(f"choice {c.key}: {len(c.readings)} readings x {len(c.claims)} claims")
        for s in scans:
            out["scans"].append(evaluate_scan(s, section))
            if log:
                log(f"scan {s.key}: {len(s.values)} values x {len(s.claims)} claims")
    return out


def sensitivity_problems(record: Mapping[str, Any], ledger: Mapping[str, Any]) -> list[str]:
    """Where the selected reading's recomputed claims disagree with the main ledger.

    For every choice, exactly one reading must be the one the config selects, and its status
    for each affected claim must be the ledger's; every affected claim must be in the ledger.
    """
    by_id = {r["id"]: r for r in ledger["claims"]}
    problems = []
    for ch in record["choices"]:
        selected = [r for r in ch["readings"] if r["selected"]]
        if len(selected) != 1:
            names = [r["name"] for r in selected]
            problems.append(f"{ch['key']}: {len(selected)} readings match the config {names}")
            continue
        for row in selected[0]["claims"]:
            rec = by_id.get(row["claim"])
            if rec is None:
                problems.append(f"{ch['key']}: claim {row['claim']} is not in the ledger")
            elif rec["status"] != row["status"]:
                problems.append(
                    f"{ch['key']}/{selected[0]['name']}: {row['claim']} recomputed "
                    f"{row['status']}, ledger {rec['status']}"
                )
    for sc in record["scans"]:
        for cid in {r["claim"] for p in sc["points"] for r in p["claims"]}:
            if cid not in by_id:
                problems.append(f"{sc['key']}: claim {cid} is not in the ledger")
    return problems
