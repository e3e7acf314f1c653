"""Cakmak et al. Fig. 2 under the readings the text leaves open: frame, geometry, matrix form.

Cakmak, Manatuly & Mustecaplioglu, PRA 96, 032117 (2017), doi:10.1103/PhysRevA.96.032117,
Sec. II (master equation "in the interaction picture associated with H_s", Eq. 1), Sec. III
(close-atom limit xi << 1) and Sec. III A (the state from |gg> "is always a symmetric X-type
state ... the coherences are always positive").  The analysis is ours (issue 14).

* **Frame.** In the lab frame ``rho_lab(t) = exp(-i H_s t) rho_I(t) exp(i H_s t)`` with
  ``H_s = (omega0/2) sum_i sigma_i^z``.  The collective dissipators and H_d are covariant under
  this rotation (each jump lowers or raises the excitation number by one, H_d keeps it), so the
  lab-frame generator is ``L_lab = L_I - i[H_s, .]`` (time independent).  Elements between
  states of different excitation number pick up phases ``exp(-i k omega0 t)``; their moduli,
  hence C_l1 in any basis in which H_s is diagonal (product or Dicke), do not change.
* **Geometry.** The close-atom limit (``gamma_ij = gamma0``, ``f_ij = f0``) against a pair at a
  stated separation ``xi = k0 r`` (couplings of :mod:`qthermo.papers.cakmak.separation`).
* **X form.** From |gg> only ``rho_23 = rho_32`` may be off-diagonal (excitation number and
  atom exchange are conserved); the text adds that it is positive.

* **Signs for N > 2.** Sec. IV: the long-time coherences from |g...g> are real and positive for
  every N (the limit is diagonal in the symmetric Dicke states, whose product-basis amplitudes
  are all positive).

Tables ``readings_x_state`` (element structure along the Fig. 2 trajectories),
``readings_frame`` (C_l1 in both frames) and ``readings_long_time_signs`` (N = 2..7).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp

from qthermo.core.coherence import l1_coherence
from qthermo.core.operators import SIGMA_X, SIGMA_Z
from qthermo.core.superop import evolve, hamiltonian_superop_sparse
from qthermo.papers.cakmak.kernel import full_space_c_l1
from qthermo.papers.cakmak.model import (
    cakmak_liouvillian,
    close_atom_couplings,
    excitation_numbers,
    ground_state,
    pure_state,
)
from qthermo.papers.cakmak.separation import couplings

__all__ = [
    "DICKE_BASIS_2",
    "in_coherence_basis",
    "GEOMETRY_READINGS",
    "FRAME_READINGS",
    "is_default_reading",
    "collective_field",
    "n2_generator",
    "fig2_times",
    "frame_starts",
    "x_state_table",
    "frame_table",
    "long_time_signs_table",
    "compute",
]

#: Two-atom Dicke basis (rows |ee>, |T0>, |S>, |gg>) in the product basis |ee>, |eg>, |ge>, |gg>
#: (index 0 = excited, as in qthermo.core.operators).
DICKE_BASIS_2 = np.array(
    [[1, 0, 0, 0], [0, 1, 1, 0], [0, 1, -1, 0], [0, 0, 0, 1]], dtype=complex
) / np.array([[1.0], [np.sqrt(2.0)], [np.sqrt(2.0)], [1.0]])


def in_coherence_basis(rho: np.ndarray, basis: str) -> np.ndarray:
    """A two-atom state written in the basis whose l1-coherence is measured: ``"product"``
    (the bare-atom basis, the paper's) or ``"dicke"`` (the collective eigenbasis)."""
    if basis == "product":
        return rho
    if basis == "dicke":
        return DICKE_BASIS_2 @ rho @ DICKE_BASIS_2.conj().T
    raise ValueError(f"cakmak.high_temperature.coherence_basis: unknown basis {basis!r}")


GEOMETRY_READINGS = ("close", "pair_perpendicular", "pair_parallel")
FRAME_READINGS = ("interaction", "lab")


def is_default_reading(cfg: dict[str, Any]) -> bool:
    """Whether ``cfg`` selects the paper's reading (close atoms, interaction picture)."""
    geo, frame = cfg.get("geometry", {}), cfg.get("frame", {})
    return geo.get("name", "close") == "close" and frame.get("name", "interaction") == "interaction"


def collective_field(N: int, *, omega: float, axis: str = "z") -> np.ndarray:
    """``(omega/2) sum_i sigma_i^axis`` on the 2^N product basis (axis ``"z"`` is H_s, Sec. II;
    ``"x"`` is a rotation that does not commute with the product or Dicke basis)."""
    one = {"z": SIGMA_Z, "x": SIGMA_X}[axis]
    out = np.zeros((2**N, 2**N), dtype=complex)
    for i in range(N):
        out += np.kron(np.kron(np.eye(2**i), one), np.eye(2 ** (N - 1 - i)))
    return 0.5 * omega * out


def n2_generator(cfg: dict[str, Any], *, nbar: float, f0: float) -> np.ndarray:
    """Dense two-atom generator under the selected geometry and frame readings.

    ``cfg`` is the ``cakmak`` section (``gamma0``, ``geometry.name/xi``, ``frame.name/omega0``).
    Close atoms: ``gamma_ij = gamma0``, ``f_ij = f0``; a pair geometry takes its own f_12,
    gamma_12 at ``xi`` (``f0`` unused).  Lab frame: ``L_I - i[H_s, .]`` (module docstring).
    """
    g0 = cfg["gamma0"]
    geo = cfg.get("geometry", {"name": "close"})
    if geo["name"] == "close":
        f, g = close_atom_couplings(2, gamma0=g0, f0=f0)
    elif geo["name"] in GEOMETRY_READINGS:
        f, g = couplings(geo["name"], float(geo["xi"]), g0)
    else:
        raise ValueError(f"cakmak.geometry.name: unknown reading {geo['name']!r}")
    sup = cakmak_liouvillian(f, g, nbar)
    frame = cfg.get("frame", {"name": "interaction"})
    if frame["name"] == "lab":
        h_s = collective_field(2, omega=frame["omega0"] * g0)
        sup = sup + hamiltonian_superop_sparse(sp.csr_matrix(h_s))
    elif frame["name"] != "interaction":
        raise ValueError(f"cakmak.frame.name: unknown reading {frame['name']!r}")
    return sup.toarray()


def fig2_times(cfg: dict[str, Any]) -> np.ndarray:
    """The Fig. 2 time grid (units 1/gamma0 removed: returns t)."""
    c2 = cfg["fig2"]
    return np.linspace(0.0, c2["t_max"], c2["n_times"]) / cfg["gamma0"]


def _nbar_values(cfg: dict[str, Any]) -> list[float]:
    return [float(x) for x in np.atleast_1d(cfg["fig2"]["nbar_values"])]


def x_state_table(cfg: dict[str, Any], *, rho0: np.ndarray | None = None) -> pd.DataFrame:
    """Table ``readings_x_state``: along each Fig. 2 trajectory from |gg> (or ``rho0``: tests,
    negative controls), ``rho_23`` (real and imaginary parts), ``|rho_32 - rho_23|``, the
    largest other off-diagonal modulus and C_l1."""
    start = ground_state(2) if rho0 is None else rho0
    t = fig2_times(cfg)
    off = ~np.eye(4, dtype=bool)
    off[1, 2] = off[2, 1] = False
    rows = []
    for nbar in _nbar_values(cfg):
        sup = n2_generator(cfg, nbar=nbar, f0=cfg["fig2"]["f0"])
        for tk, r in zip(t, evolve(start, sup, t), strict=True):
            rows.append({"nbar": nbar, "gamma0_t": tk * cfg["gamma0"],
                         "rho23_re": r[1, 2].real, "rho23_im": r[1, 2].imag,
                         "asymmetry": abs(r[2, 1] - r[1, 2]),
                         "outside_max": float(np.abs(r[off]).max()),
                         "c_l1": l1_coherence(r)})  # fmt: skip
    return pd.DataFrame(rows)


def frame_starts() -> dict[str, np.ndarray]:
    """Starts of the frame comparison: |gg> (Fig. 2) and |+ +> (ours: coherences between
    different excitation numbers, whose phases the lab frame rotates)."""
    return {"gg": ground_state(2), "plus": pure_state({"ee": 1, "eg": 1, "ge": 1, "gg": 1})}


def _dicke(rho: np.ndarray) -> np.ndarray:
    return in_coherence_basis(rho, "dicke")


def frame_table(cfg: dict[str, Any], *, lab_states=None) -> pd.DataFrame:
    """Table ``readings_frame``: C_l1 (product and Dicke basis) from each start in the
    interaction picture and in the lab frame, and the largest element change between them.

    The lab-frame states come from integrating ``L_lab`` at ``frame.omega0`` (close atoms);
    ``lab_states(start, nbar, rho_I)`` may supply other ones (tests, negative controls).
    """
    t, c2 = fig2_times(cfg), cfg["fig2"]
    inter = {**cfg, "geometry": {"name": "close"}, "frame": {"name": "interaction"}}
    lab = {**inter, "frame": {"name": "lab", "omega0": cfg["frame"]["omega0"]}}
    rows = []
    for name, rho0 in frame_starts().items():
        for nbar in _nbar_values(cfg):
            r_i = evolve(rho0, n2_generator(inter, nbar=nbar, f0=c2["f0"]), t)
            r_l = (evolve(rho0, n2_generator(lab, nbar=nbar, f0=c2["f0"]), t)
                   if lab_states is None else lab_states(name, nbar, r_i))  # fmt: skip
            for tk, a, b in zip(t, r_i, r_l, strict=True):
                rows.append({"start": name, "nbar": nbar, "gamma0_t": tk * cfg["gamma0"],
                             "c_l1_interaction": l1_coherence(a), "c_l1_lab": l1_coherence(b),
                             "c_dicke_interaction": l1_coherence(_dicke(a)),
                             "c_dicke_lab": l1_coherence(_dicke(b)),
                             "element_change": float(np.abs(a - b).max())})  # fmt: skip
    return pd.DataFrame(rows)


def long_time_signs_table(cfg: dict[str, Any], *, start=ground_state) -> pd.DataFrame:
    """Table ``readings_long_time_signs``: for N = 2..fig4.N_max (Fig. 4's nbar and f0, close
    atoms) the long-time state of ``start(N)`` (default |g...g>, Sec. IV), from Fig. 4's own
    Krylov kernel projection (:func:`qthermo.papers.cakmak.kernel.full_space_c_l1`): smallest
    real part and largest imaginary part of the off-diagonal elements inside the excitation
    blocks, largest element between different blocks, and C_l1."""
    c4, g0 = cfg["fig4"], cfg["gamma0"]
    rows = []
    for N in range(2, c4["N_max"] + 1):
        full = full_space_c_l1(N, gamma0=g0, nbar=c4["nbar"], f0=c4["f0"] * g0,
                               tol=cfg["krylov_breakdown_tol"], start=start)  # fmt: skip
        rho, k = full["rho"], excitation_numbers(N)
        block = (k[:, None] == k[None, :]) & ~np.eye(2**N, dtype=bool)
        rows.append({"N": N, "min_block_re": float(rho[block].real.min()),
                     "max_block_im": float(np.abs(rho[block].imag).max()),
                     "max_outside": float(np.abs(rho[k[:, None] != k[None, :]]).max()),
                     "c_l1": full["c_l1"]})  # fmt: skip
    return pd.DataFrame(rows)


def compute(cfg: dict[str, Any], progress=None) -> dict[str, pd.DataFrame]:
    """Tables ``readings_x_state``, ``readings_frame`` and ``readings_long_time_signs``
    (``cfg`` = the ``cakmak`` section)."""
    xs = x_state_table(cfg)
    if progress:
        progress(f"readings_x_state: {len(xs)} rows")
    return {"readings_x_state": xs, "readings_frame": frame_table(cfg),
            "readings_long_time_signs": long_time_signs_table(cfg)}  # fmt: skip
