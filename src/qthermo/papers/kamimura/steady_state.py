"""Two-bath steady states of the Kamimura et al. models and their heat currents (Eqs. 19-21).

Kamimura, Yoshida, Tokura, Matsuzaki, PRL 131, 090401 (2023), doi:10.1103/PhysRevLett.131.090401.
The paper states (without the construction, which is in its Supplemental Material) that a
system with a steady-state heat current ``|J_ss| = Theta(L^3)`` exists.  The construction here
is ours.

Model ("parity", the m = L model of Eqs. 10-11): ``H_S = omega_q J_z`` and ``A = g L
sigma_x^(1)...sigma_x^(L)`` (``||A|| = g L``, ``||H_S|| = omega_q L/2``).  On the Dicke space A
maps |M> to |-M>, so every pair {|M>, |-M>} is an isolated two-level system of gap
``2 M omega_q``; the top pair has gap ``Delta = L omega_q``.  Two narrow-band baths (hot h,
cold c), both resonant at ``w0 = Delta``, each contribute the GKSL dissipator (Eq. 20)
``gamma_a D[A_w0] + gamma_a exp(-beta_a w0) D[A_w0^dag]`` (detailed balance at the only Bohr
frequency they see), with ``gamma_a = Gamma_a / g^2`` so that the top pair decays at
``Gamma_a L^2``.  Bath normalisation and Xi are those of
:mod:`qthermo.papers.kamimura.bounds` (``Xi <= gamma_a``, L-independent).

Scaling of the baths (the choice that keeps Theta(L^3)): the dimensionless occupation
parameters ``x_a = beta_a w0`` are held fixed, i.e. ``beta_a = x_a / (L omega_q)``: the bath
temperatures grow as L together with the gap.  Only the hot bath needs this; a cold bath at
fixed temperature (``x_c = beta_c L omega_q -> inf``) keeps Theta(L^3).  At fixed temperatures
(``beta_a`` independent of L, the negative control) the current is ``~ L^3 exp(-beta_h L
omega_q)`` and collapses.  Why a hot temperature of order L is needed (our argument, not a
theorem of the paper): under Eq. (20) the hot bath injects energy only by upward jumps, so
``J_h <= sum_{w>0} w gamma_h(-w) Tr[A_w A_w^dag rho] <= sum_{w>0} w gamma_h(w) e^{-beta_h w}
||A_w||^2``; jumps with ``w <= w*`` contribute, heuristically (the Bound 2 mechanism,
Eq. 14), at most of order ``w* ||A||^2`` and the others carry ``e^{-beta_h w*}``, so
Theta(L^3) needs ``w*`` of order L together with ``beta_h w* = O(1)``.

Steady state (Eq. 21): with H_S diagonal and rho(0) diagonal in the Dicke basis the dynamics is
the rate equation ``dp/dt = W p`` (:func:`~qthermo.papers.kamimura.burst.population_generator`).
W is reducible (one block per pair), so ``lim exp(W t) p0`` keeps the weight of p0 in every
irreducible block and relaxes each block to its own null vector
(:func:`limit_populations`).  The heat current of bath a is ``J_a = sum_i E_i (W_a p)_i``
(Eq. 8); ``J_h = -J_c`` and ``sigma = -beta_h J_h - beta_c J_c >= 0`` in the steady state.

Caveats (ours).  The baths depend on L: resonance ``w0 = L omega_q``, hot temperature ``~ L``,
fixed ``gamma(w0)`` (so fixed Bose occupation and Xi).  The Born-Markov condition needs the bath
correlation time ``<< 1/(Gamma L^2)``; Xi is invariant under rescaling the spectral width, so a
width growing as L^2 is compatible with Xi = Theta(L^0), but only the narrow-band Xi of
:mod:`~qthermo.papers.kamimura.bounds` is evaluated here.  Off-resonant pairs play no role from
|L/2> (they carry no weight), and for diagonal states of this model the non-secular Redfield
terms vanish (each Bohr component is a single matrix element), so the RWA costs nothing.

The collective model ("collective", superradiance Eqs. 15-16, ``A = 2 g J_x``, baths resonant at
``omega_q`` with fixed ``beta_a = x_a / omega_q``) is the comparison: same rule "fixed
``beta_a w0``", but ``w0 = omega_q`` does not grow.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components
from scipy.sparse.linalg import spsolve

from qthermo.core.dicke import collective_ops, dicke_state, m_body_operator, m_values
from qthermo.core.fitting import fit_exponent
from qthermo.papers.kamimura.bounds import (
    Channels,
    NoiseChannel,
    collective_x_norm,
    m_body_norm,
    max_energy_jump,
    xi_narrowband,
)
from qthermo.papers.kamimura.burst import population_generator
from qthermo.papers.kamimura.dissipators import bohr_components

__all__ = [
    "NarrowBath",
    "TwoBathModel",
    "PARITY_KINDS",
    "bath_channels",
    "limit_populations",
    "parity_two_bath",
    "collective_two_bath",
    "steady_state_current",
    "parity_current_closed_form",
    "steady_state_table",
    "window_exponent",
]


@dataclass(frozen=True)
class NarrowBath:
    """Narrow-band thermal bath resonant at Bohr frequency ``w0`` (Eq. 20 after the RWA).

    ``gamma`` is the spectral weight ``gamma(w0)`` (rate of ``D[A_w0]``); the absorption weight
    is ``gamma(-w0) = gamma exp(-beta w0)`` (detailed balance).
    """

    w0: float
    gamma: float
    beta: float

    @property
    def gamma_up(self) -> float:
        return self.gamma * math.exp(-self.beta * self.w0)

    @property
    def xi(self) -> float:
        """``Xi = int_0^inf |C(s)| ds`` of this bath (:func:`~.bounds.xi_narrowband`)."""
        return xi_narrowband(gamma_down=self.gamma, gamma_up=self.gamma_up)


def bath_channels(energies: np.ndarray, A: sp.spmatrix, bath: NarrowBath) -> Channels:
    """GKSL channels ``[(A_w0, gamma), (A_w0^dag, gamma e^{-beta w0})]`` of one bath (Eq. 20)."""
    comp = bohr_components(energies, A, only=(bath.w0,))[float(np.round(bath.w0, 9))]
    if comp.nnz == 0:
        raise ValueError(f"A has no Bohr component at w0 = {bath.w0}")
    return [(comp, bath.gamma), (comp.conj().T.tocsr(), bath.gamma_up)]


@dataclass
class TwoBathModel:
    """System (energies, noise operator A in the energy basis) and its hot and cold baths."""

    name: str
    L: int
    energies: np.ndarray
    A: sp.csr_matrix
    norm_A: float
    hot: NarrowBath
    cold: NarrowBath

    @property
    def norm_H(self) -> float:
        return float(np.max(np.abs(self.energies)))

    def channels(self, which: str) -> Channels:
        return bath_channels(self.energies, self.A, self.hot if which == "h" else self.cold)

    def generator(self, which: str) -> sp.csc_matrix:
        """Population rate matrix ``W_a`` of bath ``which`` ('h' or 'c')."""
        return population_generator(self.channels(which), self.energies.size)

    def noise_channel(self, which: str) -> NoiseChannel:
        bath = self.hot if which == "h" else self.cold
        return NoiseChannel(self.A, self.norm_A, bath.xi, max_energy_jump(self.energies, self.A))

    def bound1(self, which: str) -> float:
        """Eq. (9) for bath ``which``: ``4 ||H_S|| Xi_a ||A||^2``."""
        c = self.noise_channel(which)
        return 4.0 * self.norm_H * c.xi * c.norm_A**2


def limit_populations(W: sp.spmatrix, p0: np.ndarray) -> np.ndarray:
    """``lim_{t->inf} exp(W t) p0`` (Eq. 21 for diagonal states) of a rate matrix W.

    Each connected block of W (graph of non-zero off-diagonal rates) must be irreducible (every
    rate comes with its reverse: finite temperatures); its weight in p0 is conserved and
    redistributed over the block's unique null vector.  Isolated levels keep their weight.
    """
    W = sp.csr_matrix(W)
    n = W.shape[0]
    p0 = np.asarray(p0, dtype=float)
    off = W - sp.diags(W.diagonal())
    n_comp, label = connected_components(abs(off) + abs(off.T), directed=False)
    _, strong = connected_components(off.T, directed=True, connection="strong")
    p = np.zeros(n)
    for k in range(n_comp):
        idx = np.flatnonzero(label == k)
        weight = float(p0[idx].sum())
        if idx.size == 1 or weight == 0.0:
            p[idx] = p0[idx]
            continue
        if np.unique(strong[idx]).size != 1:
            raise ValueError("block of W is not irreducible (a rate without its reverse)")
        Wk = W[idx][:, idx].toarray() if idx.size <= 400 else W[idx][:, idx].tocsc()
        rhs = np.zeros(idx.size)
        rhs[0] = 1.0
        if sp.issparse(Wk):
            Wk = sp.vstack([sp.csr_matrix(np.ones((1, idx.size))), Wk[1:]]).tocsc()
            v = spsolve(Wk, rhs)
        else:
            Wk[0, :] = 1.0
            v = np.linalg.solve(Wk, rhs)
        p[idx] = weight * np.clip(v, 0.0, None) / np.clip(v, 0.0, None).sum()
    return p


# --------------------------------------------------------------------------- builders
def parity_two_bath(
    L: int,
    *,
    g: float,
    omega_q: float,
    gamma_h: float,
    gamma_c: float,
    x_h: float,
    x_c: float,
    scale_hot: bool = True,
    scale_cold: bool = True,
) -> TwoBathModel:
    """m = L model (Eqs. 10-11) between two narrow-band baths resonant at ``w0 = L omega_q``.

    ``gamma_a`` are the single-qubit-normalised rates (spectral weight ``gamma_a / g^2``).  A
    scaled bath (our construction) has ``beta_a = x_a / (L omega_q)``; an unscaled one
    ``beta_a = x_a / omega_q`` for every L (the two agree at L = 1).
    """
    w0 = L * omega_q
    A = m_body_operator(L, L, g)
    name = {(True, True): "parity", (False, False): "parity fixed T"}.get(
        (scale_hot, scale_cold), "parity cold fixed T" if scale_hot else "parity hot fixed T"
    )
    return TwoBathModel(
        name=name,
        L=L,
        energies=omega_q * m_values(L),
        A=A,
        norm_A=m_body_norm(L, L, g),
        hot=NarrowBath(w0, gamma_h / g**2, x_h / (w0 if scale_hot else omega_q)),
        cold=NarrowBath(w0, gamma_c / g**2, x_c / (w0 if scale_cold else omega_q)),
    )


#: ``steady_state_table`` kinds of the parity model: (scale_hot, scale_cold).
PARITY_KINDS = {
    "parity": (True, True),
    "parity_fixed_T": (False, False),
    "parity_cold_fixed_T": (True, False),
}


def collective_two_bath(
    L: int, *, g: float, omega_q: float, gamma_h: float, gamma_c: float, x_h: float, x_c: float
) -> TwoBathModel:
    """Superradiance model (Eqs. 15-16, ``A = 2 g J_x``) between narrow-band baths at
    ``omega_q`` with ``beta_a = x_a / omega_q``; GKSL ``Gamma_a D[J_-] + Gamma_a e^{-x_a} D[J_+]``."""
    return TwoBathModel(
        name="collective",
        L=L,
        energies=omega_q * m_values(L),
        A=(2.0 * g * collective_ops(L).Jx).tocsr(),
        norm_A=collective_x_norm(L, g),
        hot=NarrowBath(omega_q, gamma_h / g**2, x_h / omega_q),
        cold=NarrowBath(omega_q, gamma_c / g**2, x_c / omega_q),
    )


# --------------------------------------------------------------------------- currents
def steady_state_current(model: TwoBathModel, p0: np.ndarray | None = None) -> dict[str, float]:
    """Steady-state currents of both baths (Eqs. 8, 21) from the diagonal initial state p0
    (default |M = L/2>), entropy production and Bound 1 (Eq. 9) of each bath."""
    L = model.L
    p0 = dicke_state(L, L / 2) if p0 is None else np.asarray(p0, dtype=float)
    W_h, W_c = model.generator("h"), model.generator("c")
    p = limit_populations(W_h + W_c, p0)
    e = model.energies
    J_h, J_c = float(e @ (W_h @ p)), float(e @ (W_c @ p))
    return {
        "J_h": J_h,
        "J_c": J_c,
        "sigma": -model.hot.beta * J_h - model.cold.beta * J_c,
        "bound1_h": model.bound1("h"),
        "bound1_c": model.bound1("c"),
        "residual": float(np.max(np.abs((W_h + W_c) @ p))),
    }


def parity_current_closed_form(
    L: int, *, omega_q: float, gamma_h: float, gamma_c: float, beta_h: float, beta_c: float
) -> tuple[float, float]:
    """``(J_h, log J_h)`` of the top pair of the parity model, initial state |L/2> (ours).

    Two-level system of gap ``D = L omega_q`` and decay rates ``k_a = Gamma_a L^2``:
    ``J_h = D k_h k_c (e^{-beta_h D} - e^{-beta_c D}) / sum_a k_a (1 + e^{-beta_a D})``.
    ``log J_h`` (for ``beta_h < beta_c``) is evaluated without underflow.
    """
    D = L * omega_q
    k_h, k_c = gamma_h * L**2, gamma_c * L**2
    yh, yc = beta_h * D, beta_c * D
    den = k_h * (1 + math.exp(-yh)) + k_c * (1 + math.exp(-yc))
    J = D * k_h * k_c * (math.exp(-yh) - math.exp(-yc)) / den
    logJ = math.log(D * k_h * k_c / den) - yh + math.log(-math.expm1(-(yc - yh)))
    return J, logJ


def steady_state_table(Ls: Sequence[int], *, kind: str = "parity", **p: float) -> pd.DataFrame:
    """One row per L: J_ss of the hot bath, Bound 1, their ratio, sigma and the bath parameters.

    ``kind``: a key of :data:`PARITY_KINDS` (``"parity"``: both temperatures scaled;
    ``"parity_fixed_T"``: negative control; ``"parity_cold_fixed_T"``) or ``"collective"``; ``p`` are the builder's keyword arguments.  ``logJ_h`` is the closed form
    for the parity kinds (finite when ``J_h`` underflows) and ``log(J_h)`` otherwise; the local
    exponent column is the finite-difference slope of ``logJ_h`` against ``log L``.
    """
    rows = []
    for L in Ls:
        if kind == "collective":
            mod = collective_two_bath(L, **p)
        else:
            hot, cold = PARITY_KINDS[kind]
            mod = parity_two_bath(L, scale_hot=hot, scale_cold=cold, **p)
        r = steady_state_current(mod)
        if kind == "collective":
            logJ = math.log(r["J_h"]) if r["J_h"] > 0 else float("-inf")
        else:
            _, logJ = parity_current_closed_form(
                L,
                omega_q=p["omega_q"],
                gamma_h=p["gamma_h"],
                gamma_c=p["gamma_c"],
                beta_h=mod.hot.beta,
                beta_c=mod.cold.beta,
            )
        rows.append(
            {
                "L": L,
                "model": mod.name,
                **r,
                "logJ_h": logJ,
                "ratio1_h": r["J_h"] / r["bound1_h"],
                "beta_h": mod.hot.beta,
                "beta_c": mod.cold.beta,
                "T_h": 1.0 / mod.hot.beta,
                "T_c": 1.0 / mod.cold.beta,
                "w0": mod.hot.w0,
                "xi_h": mod.hot.xi,
                "xi_c": mod.cold.xi,
                "norm_H": mod.norm_H,
                "norm_A": mod.norm_A,
            }
        )
    df = pd.DataFrame(rows)
    df["local_exponent"] = np.gradient(df["logJ_h"].to_numpy(), np.log(df["L"].to_numpy()))
    return df


def window_exponent(df: pd.DataFrame, L_min: int, L_max: int, col: str = "J_h") -> float:
    """Least-squares log-log exponent of ``col`` over ``L_min <= L <= L_max``."""
    sel = df[(df["L"] >= L_min) & (df["L"] <= L_max)]
    return fit_exponent(sel["L"], sel[col])
