"""Cakmak et al. at finite atom separation: how fast the thermally generated coherence dies.

Cakmak, Manatuly & Mustecaplioglu, PRA 96, 032117 (2017), doi:10.1103/PhysRevA.96.032117,
Sec. II (the couplings f_ij, gamma_ij of Eqs. 2-3 for atoms at distance r_ij) and Sec. III (the
close-atom limit xi = k0 r << 1 behind every figure).  The analysis is ours (issue 14).

At any finite separation ``gamma_ij < gamma0`` and the collective dissipator no longer has a dark
sector: the Liouvillian has a one-dimensional kernel, the thermal product state, which is
diagonal, so every coherence decays.  Its lifetime ``1/Gamma`` comes from the eigen-expansion of
the full 4^N Liouvillian: ``Gamma`` is the slowest decay rate among the modes that carry
coherence (non-zero off-diagonal part) in the expansion of the chosen initial state.

Closed form for a pair (first order in ``delta = gamma0 - gamma12``; ours): the triplet ladder
``|gg>, |T>, |ee>`` relaxes fast to weights ``1, r, r^2`` (``r = nbar/(nbar+1)``), and the singlet
``|S>`` exchanges population with it at rates ``delta (nbar+1)`` down and ``delta nbar`` up, so
its population (hence ``C_l1 = |p_T - p_S|``) relaxes at

    Gamma = delta (2 nbar + 1) (1 + r)^2 / (1 + r + r^2).

Geometries: a pair with the dipoles perpendicular or parallel to the axis, chains of N atoms
with spacing ``xi`` (dipoles perpendicular), and rings of N atoms with nearest-neighbour distance
``xi`` (dipoles perpendicular to the ring plane).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from qthermo.core.coherence import l1_coherence
from qthermo.core.superop import evolve, propagator, unvec, vec
from qthermo.papers.cakmak.grids import GEOMETRIES
from qthermo.papers.cakmak.model import (
    cakmak_liouvillian,
    close_atom_couplings,
    dipole_couplings,
    fig3_initial_state,
    geometry_couplings,
    ground_state,
)

__all__ = [
    "positions",
    "couplings",
    "pair_rate_closed_form",
    "thermal_product_state",
    "KERNEL_RTOL",
    "slowest_carrying_mode",
    "coherence_lifetime",
    "lifetime_table",
    "curve_table",
    "fig3_consistency_table",
]

_ALPHA = {"perpendicular": np.pi / 2, "parallel": 0.0}


def positions(shape: str, N: int, xi: float) -> tuple[np.ndarray, np.ndarray]:
    """Atom positions (units 1/k0) and the common dipole direction of a geometry."""
    if shape == "chain":
        return np.array([[0.0, 0.0, k * xi] for k in range(N)]), np.array([1.0, 0.0, 0.0])
    if shape == "ring":
        R = xi / (2.0 * np.sin(np.pi / N))
        phi = 2.0 * np.pi * np.arange(N) / N
        pos = np.stack([R * np.cos(phi), R * np.sin(phi), np.zeros(N)], axis=1)
        return pos, np.array([0.0, 0.0, 1.0])
    raise ValueError(f"unknown shape {shape!r} (use 'chain' or 'ring')")


def couplings(name: str, xi: float, gamma0: float) -> tuple[np.ndarray, np.ndarray]:
    """``(f, gamma)`` of the named geometry at nearest-neighbour distance ``xi = k0 r``."""
    if name not in GEOMETRIES:
        raise ValueError(f"unknown geometry {name!r}; known: {sorted(GEOMETRIES)}")
    shape, N, dipole = GEOMETRIES[name]
    pos, d = positions(shape, N, xi)
    if dipole == "parallel":
        d = np.array([0.0, 0.0, 1.0])
    return geometry_couplings(pos, d, k0=1.0, gamma0=gamma0)


def pair_rate_closed_form(gamma12: float, *, nbar: float, gamma0: float) -> float:
    """``Gamma = (gamma0 - gamma12)(2 nbar + 1)(1 + r)^2/(1 + r + r^2)`` (module docstring)."""
    r = nbar / (nbar + 1.0)
    return (gamma0 - gamma12) * (2 * nbar + 1) * (1 + r) ** 2 / (1 + r + r * r)


def _expansion(sup: np.ndarray, rho0: np.ndarray):
    lam, R = np.linalg.eig(sup)
    coeff = np.linalg.solve(R, rho0.reshape(-1, order="F"))
    return lam, R, coeff


def thermal_product_state(N: int, nbar: float) -> np.ndarray:
    """``rho_th^{(x) N}`` with excited population ``nbar/(2 nbar + 1)`` (|e> = index 0)."""
    pe = nbar / (2.0 * nbar + 1.0)
    one = np.diag([pe, 1.0 - pe])
    out: np.ndarray = np.ones((1, 1))
    for _ in range(N):
        out = np.kron(out, one)
    return out.astype(complex)


#: A singular value of L at or below this fraction of the largest counts as kernel.
KERNEL_RTOL = 1e-12


def slowest_carrying_mode(
    sup: np.ndarray, lam: np.ndarray, weight: np.ndarray, rel_tol: float
) -> dict[str, float]:
    """The mode selection shared by the full-space and sector-block lifetimes.

    ``lam`` are the eigenvalues of the dense generator ``sup`` and ``weight`` the l1-coherence
    of each mode's term in the expansion of the start.  The kernel dimension is the number of
    singular values of ``sup`` at or below ``KERNEL_RTOL`` times the largest; that many
    eigenvalues of smallest modulus are the kernel.  A non-kernel mode carries coherence when
    its weight exceeds ``rel_tol`` times the largest weight; ``rate`` is the slowest decay rate
    among them.  Also returned: ``norm`` = ``||L||_2``.
    """
    sv = np.linalg.svd(sup, compute_uv=False)
    n_kernel = int(np.sum(sv <= KERNEL_RTOL * sv[0]))
    kernel = np.zeros(lam.size, dtype=bool)
    kernel[np.argsort(np.abs(lam))[:n_kernel]] = True
    carrying = (~kernel) & (weight > rel_tol * weight.max())
    return {
        "rate": float(np.min(-lam[carrying].real)),
        "kernel_dim": n_kernel,
        "norm": float(sv[0]),
    }


def coherence_lifetime(
    sup: np.ndarray, rho0: np.ndarray, nbar: float, rel_tol: float
) -> dict[str, float]:
    """Slowest coherence-carrying decay rate of ``rho0`` under ``sup`` and the kernel facts.

    A mode counts as coherence-carrying when the l1 norm of the off-diagonal part of its term
    ``c_k R_k`` exceeds ``rel_tol`` times the largest such norm (:func:`slowest_carrying_mode`,
    which also gives the kernel dimension).  Also returned: ``||L rho_th|| / ||L||`` for the
    diagonal thermal product state (zero when it is the stationary state).
    """
    d = rho0.shape[0]
    lam, R, coeff = _expansion(sup, rho0)
    terms = [unvec(R[:, k] * coeff[k], d) for k in range(lam.size)]
    weight = np.array([l1_coherence(t) for t in terms])
    mode = slowest_carrying_mode(sup, lam, weight, rel_tol)
    n_qubits = int(round(np.log2(d)))
    resid = np.linalg.norm(sup @ vec(thermal_product_state(n_qubits, nbar))) / mode["norm"]
    return {
        "rate": mode["rate"],
        "kernel_dim": mode["kernel_dim"],
        "thermal_residual": float(resid),
    }


def lifetime_table(s: dict[str, Any]) -> pd.DataFrame:
    """One row per (geometry, xi) from |g...g>: nearest-neighbour couplings, lifetime, kernel.

    ``s`` is the config section ``cakmak.separation`` with ``gamma0`` (and ``fig3``) added.
    """
    gamma0 = s["gamma0"]
    rows = []
    for name in s["geometries"]:
        N = GEOMETRIES[name][1]
        for xi in s["xi_values"]:
            f, g = couplings(name, float(xi), gamma0)
            sup = cakmak_liouvillian(f, g, s["nbar"]).toarray()
            out = coherence_lifetime(sup, ground_state(N), s["nbar"], s["mode_rel_tol"])
            closed = (pair_rate_closed_form(g[0, 1], nbar=s["nbar"], gamma0=gamma0)
                      if N == 2 else np.nan)  # fmt: skip
            rows.append({"geometry": name, "N": N, "xi": float(xi), "f_nn": f[0, 1],
                         "gamma_nn": g[0, 1], **out, "lifetime": 1.0 / out["rate"],
                         "rate_closed_form": closed})  # fmt: skip
    return pd.DataFrame(rows)


def curve_table(s: dict[str, Any]) -> pd.DataFrame:
    """C_l1(t) of a perpendicular pair from |gg> at each ``curve_xi`` (and the close-atom limit),
    on a log time grid, by exact propagation."""
    gamma0 = s["gamma0"]
    t = np.geomspace(s["curve_t_min"], s["curve_t_max"], s["curve_points"]) / gamma0
    rows = []
    for xi in [0.0, *s["curve_xi"]]:
        if xi == 0.0:
            f, g = close_atom_couplings(2, gamma0=gamma0, f0=0.0)
        else:
            f, g = couplings("pair_perpendicular", float(xi), gamma0)
        sup = cakmak_liouvillian(f, g, s["nbar"]).toarray()
        v0 = vec(ground_state(2))
        cl1 = [l1_coherence(unvec(propagator(sup, float(tk)) @ v0, 4)) for tk in t]
        rows += [{"xi": float(xi), "gamma0_t": float(tk * gamma0), "c_l1": float(v)}
                 for tk, v in zip(t, cl1, strict=True)]  # fmt: skip
    return pd.DataFrame(rows)


def separation_for_f0(f0: float, alpha: float, gamma0: float) -> float:
    """The smallest-|f| branch: ``xi`` with ``|f(xi, alpha)| = f0`` below the first zero of f."""
    # deferred: scipy's integrate/optimize add ~0.3-0.5 s to a job's start-up
    import scipy.optimize as so

    def excess(x: float) -> float:
        return abs(float(dipole_couplings(np.array(x), np.array(alpha), gamma0)[0])) - f0

    return float(so.brentq(excess, 1e-4, 1.5, xtol=1e-14))


def fig3_consistency_table(s: dict[str, Any]) -> pd.DataFrame:
    """For each nonzero f0 of Fig. 3 and each pair orientation: the separation that realises it,
    its gamma12, and on Fig. 3's time grid the dipolar effect D_dip = max|C(f0) - C(0)| (close
    atoms) against the geometry's own effect D_geo = max|C(xi*) - C(f0)|, both Fig. 3 states."""
    c3, nbar, gamma0 = s["fig3"], s["fig3"]["nbar"], s["gamma0"]
    t = np.linspace(0.0, c3["t_max"], c3["n_times"]) / gamma0
    starts = {name: fig3_initial_state(name) for name in ("a", "b")}

    def curves(f: np.ndarray, g: np.ndarray) -> dict[str, np.ndarray]:
        sup = cakmak_liouvillian(f, g, nbar).toarray()
        return {name: _curve(sup, rho0, t) for name, rho0 in starts.items()}

    zero = curves(*close_atom_couplings(2, gamma0=gamma0, f0=0.0))
    rows = []
    for f0r in (x for x in c3["f0_over_gamma0"] if x > 0):
        for dipole in ("perpendicular", "parallel"):
            xi = separation_for_f0(f0r * gamma0, _ALPHA[dipole], gamma0)
            f, g = couplings(f"pair_{dipole}", xi, gamma0)
            geo, close = curves(f, g), curves(*close_atom_couplings(2, gamma0=gamma0, f0=f[0, 1]))
            for name in starts:
                rows.append({"f0_over_gamma0": f0r, "dipole": dipole, "state": name, "xi": xi,
                             "gamma12": g[0, 1], "D_dip": np.max(np.abs(close[name] - zero[name])),
                             "D_geo": np.max(np.abs(geo[name] - close[name]))})  # fmt: skip
    return pd.DataFrame(rows)


def _curve(sup: np.ndarray, rho0: np.ndarray, t: np.ndarray) -> np.ndarray:
    """C_l1 on a uniform time grid by exact propagation (one exponential per step)."""
    return np.array([l1_coherence(r) for r in evolve(rho0, sup, t)])
