"""The slides' "correct equation": a joint (global) thermalizer L_AB for the coherently coupled
qubits, beside the local and the incoherent master equations.

Source: L. Diosi, slides "Autonomy of coupled quantum thermodynamic systems" (2014), slide 2
("correct equation: joint thermalizer L_AB instead of L_A + L_B"), after Levy and Kosloff,
EPL 107, 20004 (2014), doi:10.1209/0295-5075/107/20004.  The construction is the standard one
(ours in detail, the slides give no formula): bath X = A, B couples through the qubit's own
lowering operator x, decomposed into eigenoperators of the full Hamiltonian
``H = omega_A n_A + omega_B n_B + eps (a^+ b + b^+ a)``,

    x(w) = sum_{E_j - E_i = w} |i><i| x |j><j|,

each Bohr frequency ``w > 0`` a channel with the slides' flat rates (decay ``Gamma_X``,
excitation ``Gamma_X exp(-beta_X w)``), i.e. the secular (Davies) generator.  It satisfies
``[H, x(w)] = -w x(w)`` and detailed balance by construction, so each bath alone has the Gibbs
state of the full H as fixed point and the entropy production is never negative.  Heat currents
are ``Tr[H D_X rho]``.

The secular approximation needs the Bohr frequencies to be resolved, ``2 sqrt((dw/2)^2 + eps^2)
>> Gamma``; for ``eps << Gamma`` at resonance it keeps a current of order Gamma that the true
dynamics (and the local equation) does not have.  :func:`comparison_table` puts the local, the
global and the incoherent equations on one eps grid.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from qthermo.core.model import Bath, Jump, Model
from qthermo.core.thermo import heat_currents
from qthermo.papers.diosi.grids import eps_grid, map_axes
from qthermo.papers.diosi.model import (
    incoherent_model,
    local_coherent_model,
    qubit_pair_operators,
    stationary_state,
)

__all__ = ["global_model", "eigen_operators", "comparison_table", "global_map_table"]


def eigen_operators(
    op: np.ndarray, energies: np.ndarray, decimals: int = 10
) -> dict[float, np.ndarray]:
    """``{w: op(w)}``: components of ``op`` (in the energy eigenbasis) lowering the energy by w."""
    out: dict[float, np.ndarray] = {}
    for i, j in zip(*np.nonzero(np.abs(op) > 1e-15), strict=True):
        w = round(float(energies[j] - energies[i]), decimals)
        piece = out.setdefault(w, np.zeros_like(op))
        piece[i, j] = op[i, j]
    return out


def global_model(
    *,
    omega_A: float,
    omega_B: float,
    beta_A: float,
    beta_B: float,
    gamma_A: float,
    gamma_B: float,
    eps: float,
) -> Model:
    """The joint thermalizer: secular eigenoperator channels of a and b (module docstring).

    Requires ``eps^2 < omega_A omega_B`` (every component of a, b then lowers the energy).
    """
    if not eps**2 < omega_A * omega_B:
        raise ValueError(
            f"eps = {eps!r} needs eps^2 < omega_A omega_B = {omega_A * omega_B!r} (else the "
            "coupled ground state is not |gg> and a raises the energy)"
        )
    lm = local_coherent_model(omega_A=omega_A, omega_B=omega_B, beta_A=beta_A, beta_B=beta_B,
                              gamma_A=gamma_A, gamma_B=gamma_B, eps=eps)  # fmt: skip
    E, U = lm.model.energies, lm.U
    ops = qubit_pair_operators()
    baths = []
    for name, x, beta, gamma in (
        ("A", ops["a"], beta_A, gamma_A),
        ("B", ops["b"], beta_B, gamma_B),
    ):
        jumps = []
        for w, xw in sorted(eigen_operators(U.conj().T @ x @ U, E).items()):
            jumps += [Jump(xw, w, gamma, f"{name}({w:g})"),
                      Jump(xw.conj().T.copy(), -w, gamma * np.exp(-beta * w), f"{name}({w:g})^+")]  # fmt: skip
        baths.append(Bath(name, beta, tuple(jumps)))
    return Model(E, lm.model.labels, baths)


def _point(kind: str, p: dict[str, float], noise_beta: float) -> dict[str, float]:
    if kind == "global":
        m = global_model(**p)
    elif kind == "local":
        m = local_coherent_model(**p).model
    else:
        m = incoherent_model(**p, noise_beta=noise_beta, noise_detailed_balance=False, check=True)
    rho = stationary_state(m)
    J = heat_currents(m, rho)
    return {"J_A": float(J[0]), "J_B": float(J[1]),
            "sigma": float(-p["beta_A"] * J[0] - p["beta_B"] * J[1])}  # fmt: skip


def comparison_table(c: dict[str, Any]) -> pd.DataFrame:
    """Local, global and (in resonance) incoherent stationary currents on one eps grid, for each
    detuning ``omega_A - omega_B`` of ``detunings``."""
    eps = c["gamma"] * eps_grid(c)
    rows = []
    for det in c["detunings"]:
        base = dict(omega_A=c["omega_B"] + det, omega_B=c["omega_B"], beta_A=1.0 / c["T_A"],
                    beta_B=1.0 / c["T_B"], gamma_A=c["gamma"], gamma_B=c["gamma"])  # fmt: skip
        for e in eps:
            p = {**base, "eps": float(e)}
            kinds = ("local", "global", "incoherent") if det == 0 else ("local", "global")
            for kind in kinds:
                rows.append({"detuning": float(det), "eps": float(e), "kind": kind,
                             **_point(kind, p, c["noise_beta"])})  # fmt: skip
    return pd.DataFrame(rows)


def global_map_table(local_cfg: dict[str, Any]) -> pd.DataFrame:
    """The global equation on the (omega_A/omega_B, T_A/T_B) map of the local-ME analysis."""
    wB, TB, g, e = local_cfg["omega_B"], local_cfg["T_B"], local_cfg["gamma"], local_cfg["eps"]
    w_ratios, t_ratios = map_axes(local_cfg)
    rows = []
    for w in w_ratios:
        for t in t_ratios:
            p = dict(omega_A=float(w * wB), omega_B=wB, beta_A=1.0 / (t * TB), beta_B=1.0 / TB,
                     gamma_A=g, gamma_B=g, eps=e)  # fmt: skip
            rows.append({"omega_ratio": float(w), "t_ratio": float(t), "T_A": float(t * TB),
                         "T_B": TB, **_point("global", p, 1.0)})  # fmt: skip
    return pd.DataFrame(rows)
