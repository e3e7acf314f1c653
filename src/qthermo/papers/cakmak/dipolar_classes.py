"""Cakmak et al. Sec. III B and the far-apart limit: which N = 2 states the dipolar coupling
leaves alone, the oscillations it causes in the others, and independent atoms.

Cakmak, Manatuly & Mustecaplioglu, PRA 96, 032117 (2017), doi:10.1103/PhysRevA.96.032117,
Sec. III B and Appendix A (unitary H_d dynamics), Sec. II (far-apart limit).  Basis |ee>, |eg>,
|ge>, |gg> (the paper's rho_11 ... rho_44); H_d = f0 (|eg><ge| + |ge><eg|).

* Classes left alone by H_d (the text): (X) only rho_11, rho_14, rho_41, rho_44 non-zero;
  (S) single-excitation block with rho_22 = rho_33 and rho_23 real (taken together with any
  X part, no coherence between the blocks).  Both commute with H_d.  With the bath, Eqs. (1)-(3)
  are symmetric under exchanging the atoms, which keeps such states exchange-symmetric, hence
  in the classes, so f0 drops out of their whole open trajectory (the text's "conclusions still
  hold with the environment"); :func:`class_table` measures it against f0 = 0.
* Other states under H_d alone: the single-excitation Bloch vector (2 Re rho_23, 2 Im rho_23,
  rho_22 - rho_33) rotates about its first axis at 2 f0, so (our closed form)
  ``C_l1(t) = 2 |rho_14| + 2 sqrt((Re rho_23)^2 + (Im rho_23 cos 2f0t + (rho_22 - rho_33) sin 2f0t / 2)^2)``
  plus the unchanged moduli of the block-coupling elements (period pi/(2 f0) in |.|).
* Far apart (gamma_ij = gamma0 delta_ij, f = 0): from |gg> no coherence appears; coherence of a
  superposition only decays, monotonically.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from qthermo.core.coherence import l1_coherence
from qthermo.core.superop import evolve
from qthermo.papers.cakmak.model import (
    cakmak_liouvillian,
    close_atom_couplings,
    dipolar_hamiltonian,
    fig3_initial_state,
    ground_state,
)

__all__ = ["random_class_state", "class_table", "oscillation_table", "far_table",
           "c_l1_unitary_closed_form"]  # fmt: skip

CLASSES = ("X", "S", "outside")


def random_class_state(kind: str, rng: np.random.Generator) -> np.ndarray:
    """A random N = 2 density matrix of class ``X``, ``S`` (with an X part) or ``outside``."""
    if kind not in CLASSES:
        raise ValueError(f"kind must be one of {CLASSES}, got {kind!r}")
    if kind == "outside":
        A = rng.normal(size=(4, 4)) + 1j * rng.normal(size=(4, 4))
        rho = A @ A.conj().T
        return rho / np.trace(rho).real
    outer = rng.normal(size=(2, 2)) + 1j * rng.normal(size=(2, 2))
    outer = outer @ outer.conj().T
    rho = np.zeros((4, 4), dtype=complex)
    rho[np.ix_([0, 3], [0, 3])] = outer
    if kind == "S":
        p, c = rng.uniform(0.2, 1.0), rng.uniform(-0.5, 0.5)
        rho[np.ix_([1, 2], [1, 2])] = p * np.array([[0.5, c * 0.5], [c * 0.5, 0.5]])
    return rho / np.trace(rho).real


def class_table(c: dict[str, Any]) -> pd.DataFrame:
    """Per random state and f0: ||[H_d, rho]|| and the open-dynamics deviation from f0 = 0."""
    s, g0 = c["dipolar_classes"], c["gamma0"]
    rng = np.random.default_rng(s["seed"])
    t = np.linspace(0.0, s["t_max"], s["n_times"]) / g0
    ops = {}  # f0/gamma0 -> (H_d, Liouvillian), shared by every state
    for f0r in [0.0, *s["f0_values"]]:
        f, g = close_atom_couplings(2, gamma0=g0, f0=f0r * g0)
        ops[f0r] = dipolar_hamiltonian(f).toarray(), cakmak_liouvillian(f, g, s["nbar"]).toarray()
    rows = []
    for kind in CLASSES:
        for k in range(s["n_states"]):
            rho0 = random_class_state(kind, rng)
            ref = None
            for f0r, (H, sup) in ops.items():
                traj = evolve(rho0, sup, t)
                ref = traj if ref is None else ref
                rows.append({"kind": kind, "sample": k, "f0_over_gamma0": f0r,
                             "commutator": float(np.abs(H @ rho0 - rho0 @ H).max()),
                             "max_dev_open": float(np.abs(traj - ref).max())})  # fmt: skip
    return pd.DataFrame(rows)


def c_l1_unitary_closed_form(rho0: np.ndarray, f0: float, t: np.ndarray) -> np.ndarray:
    """C_l1(t) under H_d alone (module docstring), for any N = 2 start."""
    re23, im23, d = rho0[1, 2].real, rho0[1, 2].imag, (rho0[1, 1] - rho0[2, 2]).real
    y = im23 * np.cos(2 * f0 * t) + 0.5 * d * np.sin(2 * f0 * t)
    mix = 2 * np.sqrt(re23**2 + y**2) + 2 * abs(rho0[0, 3])
    return mix + _block_coupling_l1(rho0, f0, t)


def _block_coupling_l1(rho0: np.ndarray, f0: float, t: np.ndarray) -> np.ndarray:
    """l1 weight of the elements coupling |eg>, |ge> to |ee>, |gg>: each row pair rotates as
    (rho_r2, rho_r3) -> (cos f0t rho_r2 + i sin f0t rho_r3, i sin f0t rho_r2 + cos f0t rho_r3)."""
    c, s = np.cos(f0 * t), np.sin(f0 * t)
    total = np.zeros_like(t, dtype=float)
    for row in (0, 3):  # rows |ee>, |gg>: (rho_r2, rho_r3) -> (c rho_r2 + i s rho_r3, ...)
        a, b = rho0[row, 1], rho0[row, 2]
        total += 2 * (np.abs(c * a + 1j * s * b) + np.abs(1j * s * a + c * b))
    return total


def oscillation_table(c: dict[str, Any]) -> pd.DataFrame:
    """C_l1(t) under H_d alone (gamma0 = 0) from the Fig. 3 states and random states:
    numerical propagation against :func:`c_l1_unitary_closed_form`."""
    s = c["dipolar_classes"]
    f0 = s["oscillation_f0"]
    t = np.linspace(0.0, s["oscillation_periods"] * np.pi / f0, s["n_times"])
    f, g = close_atom_couplings(2, gamma0=0.0, f0=f0)
    sup = cakmak_liouvillian(f, np.zeros_like(g), 0.0).toarray()
    rng = np.random.default_rng(s["seed"] + 1)
    starts = {"a": fig3_initial_state("a"), "b": fig3_initial_state("b"),
              **{f"random{k}": random_class_state("outside", rng) for k in range(3)}}  # fmt: skip
    rows = []
    for name, rho0 in starts.items():
        num = [l1_coherence(r) for r in evolve(rho0, sup, t)]
        closed = c_l1_unitary_closed_form(rho0, f0, t)
        rows += [{"state": name, "f0_t": float(f0 * tk), "c_l1": float(n), "c_l1_closed_form":
                  float(cf)} for tk, n, cf in zip(t, num, closed, strict=True)]  # fmt: skip
    return pd.DataFrame(rows)


def far_table(c: dict[str, Any]) -> pd.DataFrame:
    """Independent atoms (gamma_ij = gamma0 delta_ij, f = 0): C_l1(t) from |gg> and the Fig. 3
    states at the Fig. 3 photon number."""
    s, g0 = c["dipolar_classes"], c["gamma0"]
    t = np.linspace(0.0, s["far_t_max"], s["n_times"]) / g0
    sup = cakmak_liouvillian(np.zeros((2, 2)), g0 * np.eye(2), s["nbar"]).toarray()
    rows = []
    for name, rho0 in (("gg", ground_state(2)), ("a", fig3_initial_state("a")),
                       ("b", fig3_initial_state("b"))):  # fmt: skip
        rows += [{"state": name, "gamma0_t": float(tk * g0), "c_l1": l1_coherence(r)}
                 for tk, r in zip(t, evolve(rho0, sup, t), strict=True)]  # fmt: skip
    return pd.DataFrame(rows)
