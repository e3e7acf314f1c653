"""The current-dissipation trade-off bounds, Tajima-Funo Eqs. (2)-(4).

``X = sum_{a,omega} (hbar omega)^2 gamma_a(omega) L^dag L``, ``A_cl = Tr[X rho_sd]``,
``C_X = max_{e, j != j'} |<e,j|X|e,j'>|``, ``A_qm = C_X * C_l1(rho_bd)``.

Inequalities (doi:10.1103/PhysRevLett.127.190604):

* (2) ``J_tot^2(rho)/sigma(rho) <= J_tot^2(rho_bd)/sigma(rho_bd)``
* (3) ``J_tot^2(rho_sd)/sigma(rho_sd) <= A_cl/2``
* (4) ``J_tot^2(rho_bd)/sigma(rho_bd) <= (A_cl + A_qm)/2``
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass

import numpy as np

from qthermo.core.coherence import block_diagonal, l1_coherence, l1_coherences, strictly_diagonal
from qthermo.core.model import Bath, Model
from qthermo.core.thermo import cd_ratio, entropy_terms

__all__ = [
    "x_operator",
    "a_cl",
    "a_cl_values",
    "c_x",
    "a_qm",
    "TradeoffPoint",
    "evaluate_tradeoff",
    "evaluate_tradeoff_series",
]


def x_operator(model: Model, baths: Sequence[Bath] | None = None) -> np.ndarray:
    """``X = sum (hbar omega)^2 gamma(omega) L^dag L`` (definition after Eq. 4)."""
    X = np.zeros((model.dim, model.dim), dtype=complex)
    for bath in model.baths if baths is None else baths:
        for j in bath.jumps:
            L = np.asarray(j.op, dtype=complex)
            X += (model.hbar * j.omega) ** 2 * j.rate * (L.conj().T @ L)
    return X


def a_cl(model: Model, rho: np.ndarray, X: np.ndarray | None = None) -> float:
    """``A_cl = Tr[X rho_sd]``."""
    X = x_operator(model) if X is None else X
    return float(a_cl_values(X, np.asarray(rho)[None])[0])


def a_cl_values(X: np.ndarray, rhos: np.ndarray) -> np.ndarray:
    """``A_cl = Tr[X rho_sd]`` of each state of a stack ``(n, d, d)``."""
    return np.real(np.sum(np.diag(X) * np.diagonal(rhos, axis1=-2, axis2=-1), axis=-1))


def c_x(model: Model, X: np.ndarray | None = None) -> float:
    """``C_X``: largest modulus of X between different states of one degenerate block."""
    X = x_operator(model) if X is None else X
    best = 0.0
    for idx in model.blocks:
        if idx.size < 2:
            continue
        sub = np.abs(X[np.ix_(idx, idx)])
        np.fill_diagonal(sub, 0.0)
        best = max(best, float(sub.max()))
    return best


def a_qm(model: Model, rho: np.ndarray, X: np.ndarray | None = None) -> float:
    """``A_qm = C_X * C_l1(rho_bd)``."""
    return c_x(model, X) * l1_coherence(block_diagonal(model, rho))


@dataclass(frozen=True)
class TradeoffPoint:
    """All quantities entering Eqs. (2)-(4) for one state."""

    J_tot: float
    sigma: float
    cd: float
    J_tot_bd: float
    sigma_bd: float
    cd_bd: float
    J_tot_sd: float
    sigma_sd: float
    cd_sd: float
    A_cl: float
    A_qm: float
    C_X: float
    C_l1_bd: float

    @property
    def ineq2(self) -> bool:
        return _leq(self.cd, self.cd_bd)

    @property
    def ineq3(self) -> bool:
        return _leq(self.cd_sd, self.A_cl / 2)

    @property
    def ineq4(self) -> bool:
        return _leq(self.cd_bd, (self.A_cl + self.A_qm) / 2)

    def as_dict(self) -> dict[str, float]:
        return asdict(self)


def _leq(a: float, b: float, rtol: float = 1e-9) -> bool:
    """``a <= b`` up to a relative round-off slack (not a physics tolerance)."""
    return bool(a <= b + rtol * max(abs(a), abs(b), 1e-300))


def evaluate_tradeoff(
    model: Model,
    rho: np.ndarray,
    baths: Sequence[Bath] | None = None,
    *,
    support_tol: float | None = None,
) -> TradeoffPoint:
    """Evaluate J_tot, sigma and the CD ratio for rho, rho_bd and rho_sd, plus A_cl and A_qm."""
    series = evaluate_tradeoff_series(model, np.asarray(rho)[None], baths, support_tol=support_tol)
    return TradeoffPoint(**{k: float(v[0]) for k, v in series.items()})


def evaluate_tradeoff_series(
    model: Model,
    rhos: np.ndarray,
    baths: Sequence[Bath] | None = None,
    *,
    support_tol: float | None = None,
) -> dict[str, np.ndarray]:
    """:func:`evaluate_tradeoff` for each state of the stack ``rhos`` (shape ``(n, d, d)``):
    one array per :class:`TradeoffPoint` field, each entry that state's value bit for bit
    (the stack shares the eigensolver and dissipator calls; tested)."""
    chosen = list(model.baths if baths is None else baths)
    X = x_operator(model, chosen)
    rhos = np.asarray(rhos)
    rho_bd = block_diagonal(model, rhos)
    vals: dict[str, np.ndarray] = {}
    done: list[tuple[np.ndarray, tuple[np.ndarray, np.ndarray, np.ndarray]]] = []
    for tag, states in (("", rhos), ("_bd", rho_bd), ("_sd", strictly_diagonal(rhos))):
        # rho_bd == rho for block-diagonal states, rho_sd == rho_bd for diagonal ones:
        # evaluate each distinct stack once (the eigendecomposition dominates the cost)
        known = next((v for st, v in done if np.array_equal(st, states)), None)
        if known is None:
            terms = entropy_terms(model, states, chosen, support_tol=support_tol)
            sigma, J = terms.total, np.sum(np.abs(terms.currents), axis=-1)
            known = (J, sigma, np.array([cd_ratio(j, s) for j, s in zip(J, sigma, strict=True)]))
            done.append((states, known))
        vals[f"J_tot{tag}"], vals[f"sigma{tag}"], vals[f"cd{tag}"] = known
    cx = c_x(model, X)
    cl1 = l1_coherences(rho_bd)
    return {**vals, "A_cl": a_cl_values(X, rhos), "A_qm": cx * cl1, "C_X": np.full(len(rhos), cx),
            "C_l1_bd": cl1}  # fmt: skip
