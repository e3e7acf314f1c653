"""Long-time states from arbitrary initial states: one steady state per permutation sector.

Cakmak, Manatuly & Mustecaplioglu, PRA 96, 032117 (2017), doi:10.1103/PhysRevA.96.032117, Sec. IV
(close-atom limit, Eqs. 1-3).  The collective generators act on the product space of N atoms as
``1_mult (x) j`` on each copy of an irreducible representation J of the collective spin, so the
multiplicity-space operators ``M (x) 1_J`` are conserved.  Our derivation: from any initial state
rho0 the long-time state is

    rho_inf = sum_J sum_{a,b} c^J_ab  sum_k p^J_k |J, k, a><J, k, b|,
    c^J_ab = sum_k <J, k, a| rho0 |J, k, b>,     p^J_k ~ (nbar/(nbar + 1))^k,

(k counts the excitations along the ladder of copy a): each sector keeps its weight and the
coherence between its copies, relaxes to its own thermal ladder, and coherence between different
J decays.  The dipolar coupling f0 drops out.  :func:`sector_long_time` builds it from a
numerical decomposition of the 2^N space into ladders; :func:`sectors_table` compares it with the
brute-force kernel projection of the full Liouvillian for several initial states and f0.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import scipy.linalg as sla

from qthermo.core.coherence import l1_coherence
from qthermo.core.states import random_density
from qthermo.papers.cakmak.kernel import kernel_projector
from qthermo.papers.cakmak.model import (
    close_atom_couplings,
    collective_lowering,
    excitation_numbers,
    ground_state,
    liouvillian_parts,
    pure_state,
)

__all__ = ["STATES", "COLUMNS", "ladders", "sector_long_time", "initial_state", "sectors_table"]

STATES = ["ground", "one_excitation", "antisymmetric", "random"]
COLUMNS = ["N", "state", "f0_over_gamma0", "c_l1_kernel", "c_l1_sectors", "max_abs_dev",
           "symmetric_weight"]  # fmt: skip


def ladders(N: int) -> list[tuple[int, list[np.ndarray]]]:
    """``[(k_top, copies)]``: for each irrep J = k_top - N/2 its copies, each an array whose rows
    are the ladder vectors with k_top, k_top - 1, ..., N - k_top excitations (product basis)."""
    Jm = collective_lowering(N).toarray()
    Jp = Jm.conj().T
    k = excitation_numbers(N)
    out = []
    for top in range(N, (N - 1) // 2, -1):
        idx = np.flatnonzero(k == top)
        sub = np.zeros((2**N, idx.size), dtype=complex)
        sub[idx, np.arange(idx.size)] = 1.0
        hw = sub if top == N else sub @ sla.null_space(Jp @ sub)  # highest weights: J+ v = 0
        copies = []
        for a in range(hw.shape[1]):
            v, lad = hw[:, a], [hw[:, a]]
            for _ in range(2 * top - N):
                v = Jm @ v
                v = v / np.linalg.norm(v)
                lad.append(v)
            copies.append(np.array(lad))
        out.append((top, copies))
    return out


def sector_long_time(N: int, rho0: np.ndarray, nbar: float) -> np.ndarray:
    """The long-time state from ``rho0`` by the sector formula (module docstring)."""
    x = nbar / (nbar + 1.0)
    rho = np.zeros_like(rho0, dtype=complex)
    for top, copies in ladders(N):
        n = 2 * top - N + 1
        p = x ** np.arange(n)[::-1]  # rows run from k_top down: weight x^(k - k_min)
        p = p / p.sum()
        for A in copies:
            for B in copies:
                c = np.einsum("ki,ij,kj->", A.conj(), rho0, B)
                rho += c * np.einsum("k,ki,kj->ij", p, A, B.conj())
    return rho


def initial_state(name: str, N: int, seed: int) -> np.ndarray:
    """The named initial states of :data:`STATES` (``random``: a full-rank random state)."""
    if name == "ground":
        return ground_state(N)
    if name == "one_excitation":
        return pure_state({"e" + "g" * (N - 1): 1.0})
    if name == "antisymmetric":
        return pure_state({"eg" + "g" * (N - 2): 1.0, "ge" + "g" * (N - 2): -1.0})
    if name == "random":
        return random_density(np.random.default_rng(seed + N), 2**N)
    raise ValueError(f"unknown initial state {name!r}; allowed: {STATES}")


def sectors_table(c: dict[str, Any]) -> pd.DataFrame:
    """Kernel projection against the sector formula for N = 2..``N_max``, every state and f0."""
    rows = []
    for N in range(2, c["N_max"] + 1):
        parts = liouvillian_parts(*close_atom_couplings(N, gamma0=c["gamma0"], f0=1.0))
        sym = ladders(N)[0][1][0]  # the symmetric ladder (k_top = N, one copy)
        for f0 in c["f0_values"]:
            LH, Le, La = (p.toarray() for p in parts)
            P = kernel_projector(f0 * c["gamma0"] * LH + (c["nbar"] + 1.0) * Le + c["nbar"] * La)
            for name in STATES:
                rho0 = initial_state(name, N, c["seed"])
                kern = (P @ rho0.reshape(-1, order="F")).reshape(rho0.shape, order="F")
                pred = sector_long_time(N, rho0, c["nbar"])
                rows.append({"N": N, "state": name, "f0_over_gamma0": float(f0),
                             "c_l1_kernel": l1_coherence(kern), "c_l1_sectors": l1_coherence(pred),
                             "max_abs_dev": float(np.abs(kern - pred).max()),
                             "symmetric_weight": float(np.real(np.einsum(
                                 "ki,ij,kj->", sym.conj(), rho0, sym)))})  # fmt: skip
    return pd.DataFrame(rows, columns=COLUMNS)
