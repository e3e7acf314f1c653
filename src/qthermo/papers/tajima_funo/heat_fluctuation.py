"""Funo's slide 23: A read as the instantaneous heat fluctuation (A_cl its classical part, A_qm the
coherence part), checked by full counting statistics of the bath energy.

Each jump ``L_k`` (rate ``gamma_k``, Bohr frequency ``omega_k``) hands ``hbar omega_k`` to its bath.
With a counting field chi the tilted generator is
``L_chi = L + sum_k (e^{i chi hbar omega_k} - 1) gamma_k L_k . L_k^dag``, ``Z(chi, t) =
Tr[e^{t L_chi} rho]`` and ``ln Z = i chi K_1 - chi^2 K_2 / 2 + ...``; the second cumulant ``K_2(t)``
of the heat handed to the baths is computed exactly from one block-Toeplitz matrix exponential
(Taylor coefficients of ``e^{t L_chi}`` in chi) and its rate ``K_2(t)/t`` is extrapolated to
t -> 0 (Richardson, t and 2t).

The jump unravelling gives ``dK_2/dt (0) = sum_k gamma_k (hbar omega_k)^2 Tr[L_k rho L_k^dag] =
Tr[X rho]`` with X of Eqs. (3)-(4). Since X commutes with H,
``Tr[X rho] = Tr[X rho_bd] = A_cl + sum_{j != j'} X_{jj'} rho_{j'j}`` (sum within degenerate
blocks). The coherent part can have either sign, and its modulus is at most
``C_X C_l1(rho_bd) = A_qm``: ``|Tr[X rho] - A_cl| <= A_qm``. So A_cl is exactly the
heat-fluctuation rate of rho_sd, while A_qm bounds the coherent part of it rather than being it
(for rho^+ of the 2N-state model the coherent part is ``(p_e + e^{-x} p_g)`` of A_qm,
``x = beta hbar omega0``).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import scipy.linalg as sla

from qthermo.core.coherence import block_diagonal, strictly_diagonal
from qthermo.core.model import Model
from qthermo.core.states import random_density
from qthermo.core.superop import model_liouvillian, vec
from qthermo.core.tradeoff import a_cl, a_qm, x_operator
from qthermo.papers.tajima_funo.friction import random_db_model
from qthermo.papers.tajima_funo.two_n_state import rho_plus, two_n_state_model

__all__ = ["cumulant_maps", "heat_cumulants", "variance_rate", "fluctuation_rows"]


def _jump_superops(model: Model) -> tuple[np.ndarray, np.ndarray]:
    """``B = i sum eps_k J_k`` and ``C = -sum eps_k^2 J_k``: first and second chi-derivatives of
    the tilted generator at chi = 0 (``J_k rho = gamma_k L_k rho L_k^dag``, ``eps_k = hbar
    omega_k``)."""
    d2 = model.dim**2
    B, C = np.zeros((d2, d2), complex), np.zeros((d2, d2), complex)
    for bath in model.baths:
        for j in bath.jumps:
            L = np.asarray(j.op, dtype=complex)
            Jk = j.rate * np.kron(L.conj(), L)
            eps = model.hbar * j.omega
            B += 1j * eps * Jk
            C -= eps**2 * Jk
    return B, C


def cumulant_maps(model: Model, t: float) -> tuple[np.ndarray, np.ndarray]:
    """Row vectors ``(z1, z2)`` with ``dZ/dchi = z1 . vec(rho)`` and ``d^2Z/dchi^2 = z2 . vec(rho)``
    at chi = 0, for ``Z(chi, t) = Tr[e^{t L_chi} rho]``.

    ``exp`` of ``t [[A, B, C/2], [0, A, B], [0, 0, A]]`` has the Taylor coefficients of
    ``e^{t L_chi}`` in chi in its first block row: ``[E, dE/dchi, d^2E/dchi^2 / 2]``.
    """
    A = model_liouvillian(model)
    B, C = _jump_superops(model)
    d2 = A.shape[0]
    Z = np.zeros((d2, d2), complex)
    E = sla.expm(np.block([[A, B, C / 2], [Z, A, B], [Z, Z, A]]) * t)
    tr = vec(np.eye(model.dim)).conj()
    return tr @ E[:d2, d2 : 2 * d2], 2.0 * (tr @ E[:d2, 2 * d2 :])


def heat_cumulants(maps: tuple[np.ndarray, np.ndarray], rho: np.ndarray) -> tuple[float, float]:
    """``(K_1(t), K_2(t))``: mean and variance of the heat handed to the baths in the time t of
    ``maps`` (:func:`cumulant_maps`); ``ln Z = i chi K_1 - chi^2 K_2/2 + ...``."""
    v = vec(rho)
    z1, z2 = maps[0] @ v, maps[1] @ v
    return float(np.real(-1j * z1)), float(np.real(-(z2 - z1**2)))


def variance_rate(model: Model, rhos: list[np.ndarray], *, rel_step: float) -> list[float]:
    """``dK_2/dt`` at t = 0 for each state, Richardson-extrapolated from t and 2t with
    ``t = rel_step / model.rate_scale`` (truncation error O(rel_step^2))."""
    t = rel_step / model.rate_scale
    m1, m2 = cumulant_maps(model, t), cumulant_maps(model, 2 * t)
    return [2.0 * heat_cumulants(m1, r)[1] / t - heat_cumulants(m2, r)[1] / (2 * t) for r in rhos]


def _states(model: Model, rng: np.random.Generator, n_states: int) -> list[tuple[str, np.ndarray]]:
    """Random full-rank states, their rho_bd and rho_sd."""
    out = []
    for k in range(n_states):
        rho = random_density(rng, model.dim)
        out += [(f"random{k}", rho), (f"random{k}_bd", block_diagonal(model, rho)),
                (f"random{k}_sd", strictly_diagonal(rho))]  # fmt: skip
    return out


def fluctuation_rows(cfg: dict[str, Any], *, hbar: float, rel_step: float) -> list[dict[str, Any]]:
    """One row per (model, state): FCS variance rate, Tr[X rho], A_cl, A_qm. Models: the
    2N-state model (``printed.N_values``) with rho^+, rho^+_sd and random states, and the random
    detailed-balance models of the ``friction`` section; ``printed.n_states`` random states per
    model, each with its rho_bd and rho_sd."""
    f1, fr = cfg["fig1"], cfg["friction"]
    kw = {"omega0": f1["omega0"], "beta": f1["beta"], "hbar": hbar}
    rng = np.random.default_rng(fr["seed"])
    models: list[tuple[str, Model, np.ndarray | None]] = [
        (f"2N N={N}", two_n_state_model(N, gamma0=f1["gamma0"], **kw), rho_plus(N, **kw))
        for N in cfg["printed"]["N_values"]
    ]
    for m in range(fr["n_models"]):
        model = random_db_model(rng, n_levels=int(rng.integers(fr["n_levels_min"],
                                fr["n_levels_max"] + 1)), max_degeneracy=fr["max_degeneracy"],
                                n_baths=fr["n_baths"], beta_min=fr["beta_min"],
                                beta_max=fr["beta_max"], hbar=hbar)  # fmt: skip
        models.append((f"random model {m}", model, None))
    rows = []
    for name, model, rp in models:
        X = x_operator(model)
        states = _states(model, rng, cfg["printed"]["n_states"])
        if rp is not None:
            states = [("rho_plus", rp), ("rho_plus_sd", strictly_diagonal(rp)), *states]
        rates = variance_rate(model, [rho for _, rho in states], rel_step=rel_step)
        for (sname, rho), rate in zip(states, rates, strict=True):
            rows.append({
                "model": name, "state": sname, "dim": model.dim, "fcs_rate": rate,
                "tr_X_rho": float(np.real(np.trace(X @ rho))),
                "A_cl": a_cl(model, rho, X), "A_qm": a_qm(model, rho, X),
            })  # fmt: skip
    return rows
