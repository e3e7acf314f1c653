"""Worst-case states of Bound 1 and Bound 2 of Kamimura et al.: max over all states of |J|.

Kamimura, Yoshida, Tokura, Matsuzaki, PRL 131, 090401 (2023), doi:10.1103/PhysRevLett.131.090401,
Eqs. (7)-(9), (13)-(14).  A bound on ``|J(rho)|`` holds for every state, so it is tested against
the state that maximises ``|J|``.  The heat current ``J(rho) = Tr[H_S D(rho)] = Tr[rho X]``
(Eqs. 7-8) is linear in rho with the Hermitian current operator X of
:func:`~qthermo.papers.kamimura.bounds.current_operator`, so over density matrices
``max |J| = max |eigenvalue of X|`` (the convex set of states is the hull of the pure states and
``Tr[rho X]`` is extremal on the eigenvectors).  ``worst_case_table`` evaluates this in the
Dicke space for every model of :func:`~qthermo.papers.kamimura.tables.models_at` and, for small
L, cross-checks it by brute force in the full 2^L space: the full-space current operator built
from tensor-product operators, its restriction to the symmetric subspace, and a random-state
search that evaluates ``Tr[H D(rho)]`` directly from the Lindblad operators (never from X).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import reduce
from typing import Any, cast

import numpy as np
import pandas as pd
import scipy.sparse as sp

from qthermo.core.dicke import (
    dicke_embedding,
    full_collective_ops,
    full_m_body_operator,
)
from qthermo.core.operators import SIGMA_MINUS
from qthermo.core.states import random_pure_state
from qthermo.papers.kamimura.bounds import Channels, bound1, bound2, current_operator
from qthermo.papers.kamimura.dissipators import bohr_components
from qthermo.papers.kamimura.grids import odd_log_grid
from qthermo.papers.kamimura.models import ScalingModel, heat_current
from qthermo.papers.kamimura.tables import models_at

__all__ = [
    "worst_case_state",
    "full_space_channels",
    "lindblad_heat_current",
    "pure_state_heat_current",
    "brute_force_check",
    "worst_case_table",
]


def worst_case_state(
    X: sp.spmatrix | np.ndarray, psi0: np.ndarray, *, degeneracy_rtol: float
) -> dict[str, Any]:
    """Largest ``|J| = |Tr[rho X]|`` over density matrices and the eigenspace attaining it.

    Parameters
    ----------
    X : current operator (Eqs. 7-8), Hermitian up to round-off (its Hermitian part is used).
    psi0 : the paper's initial state, for the overlap with the worst-case eigenspace.
    degeneracy_rtol : eigenvalues with ``||w| - J_max| <= degeneracy_rtol J_max`` span the
        eigenspace (both signs count).

    Returns
    -------
    dict with ``J_max``, ``J_max_sign`` (sign of the attaining eigenvalue, 0 when both signs
    attain it), ``degeneracy``, ``n_exc_min``/``n_exc_max`` (range of the mean excitation number
    ``<J_z> + L/2`` over normalised vectors of the eigenspace, basis index n = M + L/2),
    ``overlap_psi0`` (``||P psi0||^2``) and ``herm_rel_error``.
    """
    Xd = np.asarray(cast(Any, X).toarray() if sp.issparse(X) else X)
    scale = max(float(np.max(np.abs(Xd))), 1e-300)
    herm = float(np.max(np.abs(Xd - Xd.conj().T))) / scale
    Xh = 0.5 * (Xd + Xd.conj().T)
    if not np.any(Xh.imag):
        # every model here has a real X: its real symmetric solver gives the same spectrum
        # about 5x faster than the complex Hermitian one (tested against it)
        Xh = np.ascontiguousarray(Xh.real)
    w, V = np.linalg.eigh(Xh)
    J_max = float(max(abs(w[0]), abs(w[-1])))
    sel = np.abs(np.abs(w) - J_max) <= degeneracy_rtol * J_max
    Vs = V[:, sel]
    signs = set(np.sign(w[sel]).astype(int).tolist())
    n_op = np.arange(Xd.shape[0], dtype=float)
    n_range = np.linalg.eigvalsh((Vs.conj().T * n_op) @ Vs)
    proj = Vs.conj().T @ np.asarray(psi0)
    return {
        "J_max": J_max,
        "J_max_sign": signs.pop() if len(signs) == 1 else 0,
        "degeneracy": int(sel.sum()),
        "n_exc_min": float(n_range[0]),
        "n_exc_max": float(n_range[-1]),
        "overlap_psi0": float(np.real(np.vdot(proj, proj))),
        "herm_rel_error": herm,
    }


def _local_op(L: int, i: int, op: np.ndarray) -> sp.csr_matrix:
    """``op`` on qubit i of L in the 2^L space (qubit 0 the most significant factor)."""
    mats = [sp.identity(2, format="csr")] * L
    mats[i] = sp.csr_matrix(op)
    return reduce(lambda a, b: sp.kron(a, b, format="csr"), mats)


def full_space_channels(name: str, L: int, c: dict[str, Any]) -> tuple[np.ndarray, Channels]:
    """Energies of H_S and Lindblad channels ``[(L_k, rate_k)]`` of a model in the 2^L space.

    Built from tensor products (brute force), independently of the Dicke-space construction of
    :mod:`qthermo.papers.kamimura.models`: m-body (Eq. 11) with white noise, superradiance
    ``gamma_0 D[J_-]``, superabsorption (Bohr components of ``2 g J_x`` at +-w_SA, Eq. 18) and
    the parallel scheme ``sum_i gamma_0 D[sigma_-^(i)]``.
    """
    F = full_collective_ops(L)
    jz = F.Jz.diagonal()
    g, w = c["g"], c["omega_q"]
    if name.startswith("m=L"):
        m = L - (int(name.split("-")[1]) if "-" in name else 0)
        return w * jz, [(full_m_body_operator(L, m, g), c["gamma_wn"] / g**2)]
    if name == "superradiance":
        return w * jz, [(F.Jm, c["gamma_0"])]
    if name == "superabsorption":
        Om, g0 = c["Omega"], c["gamma_0"]
        energies = w * jz + Om * jz**2
        w_sa = w  # E(1/2) - E(-1/2) = omega_q + Omega (1/4 - 1/4)
        comps = bohr_components(energies, (2.0 * g * F.Jx).tocsr(), only=(w_sa, -w_sa))
        rate = {w_sa: g0 / g**2, -w_sa: g0 * np.exp(-c["beta_sa"] * w_sa) / g**2}
        return energies, [(comps[k], rate[k]) for k in sorted(comps) if comps[k].nnz]
    if name == "parallel":
        return w * jz, [(_local_op(L, i, SIGMA_MINUS), c["gamma_0"]) for i in range(L)]
    raise ValueError(f"unknown model {name!r}")


def _prepare(channels: Channels) -> list[tuple[sp.csr_matrix, np.ndarray, sp.csr_matrix, float]]:
    """``(L_k, conj(L_k) dense, L_k^+ L_k, rate_k)`` for :func:`lindblad_heat_current`."""
    out = []
    for Lk, rate in channels:
        Lk = sp.csr_matrix(Lk)
        out.append((Lk, Lk.conj().toarray(), (Lk.conj().T @ Lk).tocsr(), float(rate)))
    return out


def lindblad_heat_current(
    energies: np.ndarray, channels: Channels, rho: np.ndarray, prepared: list | None = None
) -> float:
    """``J = Tr[H_S D(rho)]`` (Eqs. 7-8) with ``D = sum_k rate_k D[L_k]`` applied to rho directly.

    Only ``diag(D(rho))`` is needed: ``Tr[H D(rho)] = sum_i E_i D(rho)_ii``, with
    ``diag(L rho L^+)_i = sum_k (L rho)_ik conj(L_ik)``.  ``prepared`` caches ``_prepare``.
    """
    e = np.asarray(energies, dtype=float)
    J = 0.0
    for Lk, Lk_conj, LdL, rate in _prepare(channels) if prepared is None else prepared:
        jump = np.real(np.sum((Lk @ rho) * Lk_conj, axis=1))
        anti = np.real((LdL @ rho).diagonal())  # diag({L^+L, rho})/2 for Hermitian rho
        J += rate * float(np.sum(e * (jump - anti)))
    return J


def pure_state_heat_current(energies: np.ndarray, prepared: list, psi: np.ndarray) -> float:
    """``J = Tr[H_S D(|psi><psi|)]`` for a unit vector ``psi`` (Eqs. 7-8), from ``L_k psi`` alone.

    ``<i|L rho L^+|i> = |(L psi)_i|^2`` and ``<i|{L^+L, rho}|i>/2 = Re[conj(psi_i) (L^+L psi)_i]``,
    so one sparse product per operator replaces the product with a dense ``2^L x 2^L`` state
    (:func:`lindblad_heat_current` on ``psi psi^+`` is the reference it is tested against).
    ``prepared`` is :func:`_prepare` of the channels.
    """
    e = np.asarray(energies, dtype=float)
    J = 0.0
    for Lk, _, LdL, rate in prepared:
        Lpsi = Lk @ psi
        jump = np.abs(Lpsi) ** 2
        anti = np.real(np.conj(psi) * (LdL @ psi))
        J += rate * float(np.sum(e * (jump - anti)))
    return J


def brute_force_check(
    name: str,
    mod: ScalingModel,
    c: dict[str, Any],
    rng: np.random.Generator,
    *,
    n_random: int,
    degeneracy_rtol: float,
) -> dict[str, Any]:
    """Full 2^L cross-check of one Dicke-space model (small L only).

    Returns ``J_max_full`` (largest |eigenvalue| of the full-space current operator: the worst
    state over all L-qubit states), ``sym_restriction_rel_error`` (``max |W^T X_full W - X|``
    relative to ``max |X|``, W the Dicke embedding) and the largest ``|Tr[H D(rho)]|`` over
    ``n_random`` random pure states of the Dicke space (embedded) and of the full space,
    evaluated from the Lindblad operators.
    """
    L = mod.L
    energies, chans = full_space_channels(name, L, c)
    Xf = current_operator(energies, chans)
    full = worst_case_state(Xf, np.eye(2**L)[0], degeneracy_rtol=degeneracy_rtol)
    W = dicke_embedding(L)
    Xs = (W.T @ Xf @ W).toarray()
    Xd = mod.X.toarray()
    sym_err = float(np.max(np.abs(Xs - Xd))) / max(float(np.max(np.abs(Xd))), 1e-300)
    prep = _prepare(chans)

    def J_abs(psi: np.ndarray) -> float:
        return abs(pure_state_heat_current(energies, prep, psi))

    J_dicke, J_full = 0.0, 0.0
    for _ in range(n_random):
        J_dicke = max(J_dicke, J_abs(W @ random_pure_state(rng, L + 1)))
        J_full = max(J_full, J_abs(random_pure_state(rng, 2**L)))
    return {
        "J_max_full": full["J_max"],
        "sym_restriction_rel_error": sym_err,
        "J_random_max_dicke": J_dicke,
        "J_random_max_full": J_full,
        "n_random": n_random,
    }


def worst_case_table(
    c: dict[str, Any], wc: dict[str, Any], progress: Callable[[str], None] | None = None
) -> pd.DataFrame:
    """One row per (L, model): worst-case |J| over all states, Bound 1 (Eq. 9), Bound 2 (Eq. 14),
    the paper's initial-state current J0 and, for ``L <= brute_L_max``, the 2^L cross-check.

    ``c`` holds the model constants (``kamimura.scaling``), ``wc`` the ``kamimura.worst_case``
    block (L grid, brute-force size, random-state count and seed, degeneracy tolerance).
    """
    if (c.get("bath", "narrowband"), c.get("parallel_bath", "independent")) != (
        "narrowband",
        "independent",
    ):  # the 2^L channels of full_space_channels are those of the default readings
        raise ValueError(
            f"kamimura.scaling.bath = {c.get('bath')!r}, kamimura.scaling.parallel_bath = "
            f"{c.get('parallel_bath')!r}: the worst-case analysis is built for the default "
            "readings 'narrowband' and 'independent' only"
        )
    rng = np.random.default_rng(wc["seed"])
    rows = []
    Ls = odd_log_grid(wc["L_small_max"], wc["L_max"], wc["per_decade"])
    for L in Ls:
        for name, mod in models_at(L, c):
            b1, b2, J0 = bound1(mod), bound2(mod), abs(heat_current(mod))
            ws = worst_case_state(mod.X, mod.psi0, degeneracy_rtol=wc["degeneracy_rtol"])
            row = {"L": L, "model": name, **ws, "J0_abs": J0, "bound1": b1, "bound2": b2}
            row.update(
                ratio1=ws["J_max"] / b1,
                ratio2=ws["J_max"] / b2,
                ratio1_psi0=J0 / b1,
                ratio2_psi0=J0 / b2,
                delta_E=mod.channels[0].delta_E,
            )
            nan = float("nan")
            bf: dict[str, Any] = dict.fromkeys(
                ("J_max_full", "sym_restriction_rel_error", "J_random_max_dicke"), nan
            )
            bf.update(J_random_max_full=nan, n_random=0)
            if L <= wc["brute_L_max"]:
                bf = brute_force_check(
                    name,
                    mod,
                    c,
                    rng,
                    n_random=wc["n_random"],
                    degeneracy_rtol=wc["degeneracy_rtol"],
                )
            rows.append({**row, **bf})
        if progress is not None and (L >= 100 or L == Ls[-1]):
            progress(f"worst case: L={L} done")
    return pd.DataFrame(rows)
