"""The claims ledger: one machine-readable record per checked claim.

A record holds ``id``, ``source`` (paper + equation/figure, with DOI), ``statement`` (our words),
``measured``, ``expected``, ``comparator`` and ``tolerance``, ``status`` (``pass``/``fail``),
``artifacts`` (paths the claim rests on), ``margin`` (how far the binding measured quantity sits
from its threshold, see :class:`Margin`), and optionally ``interpretation`` (choices made where
the paper is loose), ``parameters``, and the evidence caveats ``by_construction`` (holds by
construction of our own protocol; the dynamical content is claimed separately) and ``trivial``
(evaluated only where the statement is an identity, so it is not evidence).

The status is always computed from the measured numbers by the comparator functions below;
nothing is ever set to ``pass`` by hand.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import ArrayLike

from qthermo.plumbing.outputs import read_json, to_jsonable, write_json

__all__ = [
    "Claim",
    "Margin",
    "margin_leq",
    "margin_geq",
    "tightest",
    "margin_ratio",
    "check_relative",
    "check_absolute",
    "check_all_true",
    "check_leq",
    "claim",
    "write_claims",
    "merge_claim_files",
    "failing",
    "unexpected",
]


@dataclass(frozen=True)
class Margin:
    """How far a claim's binding quantity sits from its threshold, in the threshold's units.

    ``sense`` is ``"<="`` (the claim holds when ``value <= threshold``) or ``">="``. ``distance``
    is positive when the claim holds with room, zero at the threshold, negative when it fails;
    ``relative`` is ``distance / |threshold|`` (``None`` for a zero threshold).
    """

    quantity: str
    value: float
    threshold: float
    sense: str

    def __post_init__(self) -> None:
        if self.sense not in ("<=", ">="):
            raise ValueError(f"margin sense must be '<=' or '>=', got {self.sense!r}")

    @property
    def distance(self) -> float:
        if np.isnan(self.value) or np.isnan(self.threshold):
            return float("-inf")
        d = self.threshold - self.value if self.sense == "<=" else self.value - self.threshold
        return float("-inf") if np.isnan(d) else float(d)

    @property
    def relative(self) -> float | None:
        if self.threshold == 0 or not np.isfinite(self.threshold):
            return None
        return self.distance / abs(self.threshold)

    @property
    def holds(self) -> bool:
        return self.distance >= 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "quantity": self.quantity,
            "value": float(self.value),
            "sense": self.sense,
            "threshold": float(self.threshold),
            "distance": self.distance,
            "relative": self.relative,
        }


def margin_leq(value: float, threshold: float, quantity: str) -> Margin:
    """Margin of a check that holds when ``value <= threshold``."""
    return Margin(quantity=quantity, value=float(value), threshold=float(threshold), sense="<=")


def margin_geq(value: float, threshold: float, quantity: str) -> Margin:
    """Margin of a check that holds when ``value >= threshold``."""
    return Margin(quantity=quantity, value=float(value), threshold=float(threshold), sense=">=")


def margin_ratio(ratio: float, quantity: str, rtol: float = 1e-9) -> Margin:
    """Margin of :func:`check_leq` on positive numbers: ``lhs/rhs`` against the largest ratio
    its round-off slack admits, ``1/(1 - rtol)`` (``a <= b + rtol * a`` for ``a >= b > 0``)."""
    return margin_leq(ratio, 1.0 / (1.0 - rtol), quantity)


def tightest(*margins: Margin) -> Margin:
    """The binding margin of a compound check: a failing one if any (the most failing relative
    to its threshold), else the one with the smallest relative distance; margins against a
    zero threshold (violation counts) rank after those with a relative distance."""
    if not margins:
        raise ValueError("tightest() needs at least one margin")

    def key(m: Margin) -> tuple[bool, float]:
        rel = m.relative
        if rel is None:
            rel = m.distance if not m.holds else float("inf")
        return (m.holds, rel)

    return min(margins, key=key)


@dataclass
class Claim:
    """One ledger record (see module docstring)."""

    id: str
    source: str
    statement: str
    measured: Any
    expected: Any
    comparator: str
    tolerance: Any
    status: str
    artifacts: list[str] = field(default_factory=list)
    interpretation: str | None = None
    parameters: dict[str, Any] | None = None
    details: dict[str, Any] | None = None
    expected_outcome: str = "pass"
    outcome_reason: str | None = None
    producer: str | None = None
    tests: list[str] | None = None
    margin: Margin | None = None
    by_construction: str | None = None
    trivial: str | None = None

    def as_dict(self) -> dict[str, Any]:
        d = {
            "id": self.id,
            "source": self.source,
            "statement": self.statement,
            "measured": self.measured,
            "expected": self.expected,
            "comparator": self.comparator,
            "tolerance": self.tolerance,
            "status": self.status,
            "artifacts": sorted(self.artifacts),
            "expected_outcome": self.expected_outcome,
        }
        if self.margin is not None:
            d["margin"] = self.margin.as_dict()
        for key in (
            "by_construction",
            "trivial",
            "interpretation",
            "parameters",
            "details",
            "outcome_reason",
            "producer",
            "tests",
        ):
            val = getattr(self, key)
            if val is not None:
                d[key] = val
        return to_jsonable(d)


def _caller_qualname(depth: int = 2) -> str:
    """``module.qualname`` of the function ``depth`` frames up (the caller of :func:`claim`)."""
    frame = sys._getframe(depth)
    return f"{frame.f_globals.get('__name__', '?')}.{frame.f_code.co_qualname}"


def _status(ok: bool) -> str:
    return "pass" if bool(ok) else "fail"


def check_relative(measured: ArrayLike, expected: ArrayLike, rtol: float) -> tuple[bool, float]:
    """All ``|m - e| <= rtol * |e|``; returns (ok, worst relative error)."""
    m = np.atleast_1d(np.asarray(measured, dtype=float))
    e = np.atleast_1d(np.asarray(expected, dtype=float))
    if m.shape != e.shape or m.size == 0 or not np.all(np.isfinite(m)):
        return False, float("inf")
    rel = np.abs(m - e) / np.maximum(np.abs(e), 1e-300)
    worst = float(rel.max())
    return worst <= rtol, worst


def check_absolute(measured: float, expected: float, atol: float) -> tuple[bool, float]:
    """``|m - e| <= atol``; returns (ok, |m - e|)."""
    if not np.isfinite(measured):
        return False, float("inf")
    err = abs(float(measured) - float(expected))
    return err <= atol, err


def check_all_true(flags: Iterable[Any]) -> tuple[bool, int]:
    """Every flag true; returns (ok, number of violations)."""
    flags = [bool(f) for f in flags]
    violations = sum(1 for f in flags if not f)
    return len(flags) > 0 and violations == 0, violations


def check_leq(lhs: ArrayLike, rhs: ArrayLike, rtol: float = 1e-9) -> tuple[bool, float]:
    """Every ``lhs <= rhs * (1 + rtol)``; returns (ok, max of lhs/rhs)."""
    a = np.asarray(lhs, dtype=float)
    b = np.asarray(rhs, dtype=float)
    ok = np.all(a <= b + rtol * np.maximum(np.abs(b), np.abs(a)))
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.where(b != 0, a / b, np.where(a == 0, 0.0, np.inf))
    return bool(ok) and a.size > 0, float(np.max(ratio)) if a.size else float("nan")


def claim(
    id: str,
    *,
    source: str,
    statement: str,
    measured: Any,
    expected: Any,
    comparator: str,
    tolerance: Any,
    ok: bool,
    artifacts: Sequence[str | os.PathLike] = (),
    interpretation: str | None = None,
    parameters: dict[str, Any] | None = None,
    details: dict[str, Any] | None = None,
    expected_outcome: str = "pass",
    outcome_reason: str | None = None,
    producer: str | None = None,
    margin: Margin | None = None,
    by_construction: str | None = None,
    trivial: str | None = None,
) -> Claim:
    """Build a :class:`Claim` whose status follows from ``ok`` (computed by a check_* function).

    ``expected_outcome="fail"`` (with ``outcome_reason``) marks a claim of a paper that this
    replication shows does not hold as written; ``verify`` then treats its failure as the
    expected scientific result and flags it if it ever starts to pass.

    ``producer`` is the qualified name of the function that evaluated the claim; by default the
    caller of this function, so every record names the code that produced it.

    ``margin`` (:func:`margin_leq` / :func:`margin_geq`) is the binding quantity of the check
    against its threshold; for a compound check, the tightest condition. Its sign must agree
    with ``ok`` (a margin that says "holds" on a failing claim, or the reverse, is an error).
    ``by_construction`` and ``trivial`` (each a reason) mark claims that are not evidence on
    their own (see the module docstring).
    """
    if expected_outcome not in ("pass", "fail"):
        raise ValueError(f"expected_outcome must be 'pass' or 'fail', got {expected_outcome!r}")
    if expected_outcome == "fail" and not outcome_reason:
        raise ValueError(f"claim {id}: an expected failure needs an outcome_reason")
    if margin is not None and margin.holds != bool(ok):
        raise ValueError(
            f"claim {id}: margin {margin.quantity} = {margin.value!r} {margin.sense} "
            f"{margin.threshold!r} says {'holds' if margin.holds else 'fails'}, but the check "
            f"says {'pass' if ok else 'fail'}"
        )
    return Claim(
        id=id,
        source=source,
        statement=statement,
        measured=to_jsonable(measured),
        expected=to_jsonable(expected),
        comparator=comparator,
        tolerance=to_jsonable(tolerance),
        status=_status(ok),
        artifacts=[str(a) for a in artifacts],
        interpretation=interpretation,
        parameters=to_jsonable(parameters) if parameters is not None else None,
        details=to_jsonable(details) if details is not None else None,
        expected_outcome=expected_outcome,
        producer=producer if producer is not None else _caller_qualname(),
        outcome_reason=outcome_reason,
        margin=margin,
        by_construction=by_construction,
        trivial=trivial,
    )


def write_claims(path: str | os.PathLike, claims: Sequence[Claim]) -> None:
    """Write one topic's claim file (a JSON list sorted by id)."""
    ids = [c.id for c in claims]
    if len(set(ids)) != len(ids):
        raise ValueError(f"duplicate claim ids: {sorted({i for i in ids if ids.count(i) > 1})}")
    write_json(path, sorted((c.as_dict() for c in claims), key=lambda d: d["id"]))


def merge_claim_files(
    paths: Sequence[str | os.PathLike],
    out: str | os.PathLike,
    tests: dict[str, list[str]] | None = None,
) -> dict[str, Any]:
    """Merge per-paper claim files into the ledger ``{"claims": [...], "summary": {...}}``.

    ``tests`` maps a package module (``qthermo.papers.tajima_funo.fig1``) to the test files that
    import it; each record then lists the tests of its producer's module under ``tests``.
    """
    records: list[dict[str, Any]] = []
    for p in sorted(str(p) for p in paths):
        records.extend(read_json(p))
    if tests is not None:
        for r in records:
            module = _producer_module(r.get("producer"), tests)
            if module is not None:
                r["tests"] = tests[module]
    ids = [r["id"] for r in records]
    dup = sorted({i for i in ids if ids.count(i) > 1})
    if dup:
        raise ValueError(f"claim ids defined in more than one file: {dup}")
    records.sort(key=lambda r: r["id"])
    n_pass = sum(r["status"] == "pass" for r in records)
    ledger = {
        "summary": {
            "total": len(records),
            "pass": n_pass,
            "fail": len(records) - n_pass,
            "failing_ids": [r["id"] for r in records if r["status"] != "pass"],
            "unexpected_ids": [r["id"] for r in unexpected({"claims": records})],
        },
        "claims": records,
    }
    write_json(out, ledger)
    return ledger


def _producer_module(producer: str | None, modules: dict[str, list[str]]) -> str | None:
    """The longest module name in ``modules`` that is a prefix of ``producer``."""
    if not producer:
        return None
    parts = producer.split(".")
    for k in range(len(parts), 0, -1):
        name = ".".join(parts[:k])
        if name in modules:
            return name
    return None


def failing(ledger: dict[str, Any]) -> list[dict[str, Any]]:
    """Records of a ledger whose status is not ``pass``."""
    return [r for r in ledger["claims"] if r["status"] != "pass"]


def unexpected(ledger: dict[str, Any]) -> list[dict[str, Any]]:
    """Records whose status differs from their ``expected_outcome`` (default ``pass``)."""
    return [r for r in ledger["claims"] if r["status"] != r.get("expected_outcome", "pass")]
