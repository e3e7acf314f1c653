"""Two bath readings of Kamimura et al.: a broadband (Ohmic) bath, and one common bath for the
parallel scheme.

Kamimura, Yoshida, Tokura, Matsuzaki, PRL 131, 090401 (2023), doi:10.1103/PhysRevLett.131.090401,
Eqs. (9), (12), (14), (17) and the parallel scheme.

* Table ``broadband`` (:func:`broadband_table`): the six models of the scaling table
  (:func:`~qthermo.papers.kamimura.tables.models_at`) under the Ohmic reading of
  :mod:`qthermo.papers.kamimura.broadband`, for each cutoff in ``omega_c_values``: J(0), the
  default-reading J(0), both bounds with the Xi derived from the Ohmic C(s), the same bounds
  with the narrow-band/white-noise Xi (the input of the negative control), ||A|| and Delta E.
* Table ``parallel_bath`` (:func:`parallel_bath_table`): the parallel scheme read as L
  independent baths (A_i = g sigma_x^(i), the default) or as one common bath coupled to
  ``2 g J_x`` (then the model is the superradiance model from |L/2>): J(0), both bounds, the
  peak of |J(t)| (independent: J(t) = J(0) e^{-gamma_0 t}, so the table sets the peak to J(0)
  at t = 0 by construction; common: the superradiant burst of
  :func:`~qthermo.papers.kamimura.burst.superradiant_burst`), and for L <= ``full_L_max`` J(0)
  of both readings and the common reading's J(t_peak) in the 2^L space
  (:func:`full_space_parallel`; the independent reading's ``J_peak_full`` is NaN: its peak is
  J(0)).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from qthermo.papers.kamimura.bounds import bound1, bound2
from qthermo.papers.kamimura.burst import superradiant_burst
from qthermo.papers.kamimura.grids import odd_log_grid
from qthermo.papers.kamimura.models import heat_current
from qthermo.papers.kamimura.steady_state_full import full_steady_state
from qthermo.papers.kamimura.tables import models_at
from qthermo.papers.kamimura.worst_case import full_space_channels, lindblad_heat_current

__all__ = [
    "BROADBAND_COLUMNS",
    "PARALLEL_COLUMNS",
    "READINGS",
    "broadband_table",
    "full_space_parallel",
    "parallel_bath_table",
]

BROADBAND_COLUMNS = [
    "omega_c", "L", "model", "J0", "J0_default", "bound1", "bound2", "bound1_default_xi",
    "bound2_default_xi", "xi", "xi_default", "norm_A", "delta_E",
]  # fmt: skip
PARALLEL_COLUMNS = [
    "reading", "L", "J0", "J0_formula", "bound1", "bound2", "t_peak", "J_peak", "J0_full",
    "J_peak_full",
]  # fmt: skip
READINGS = ["independent", "common"]


def _grid(c: dict[str, Any]) -> list[int]:
    return odd_log_grid(c["L_small_max"], c["L_max"], c["per_decade"])


def broadband_table(
    c: dict[str, Any], progress: Callable[[str], None] | None = None
) -> pd.DataFrame:
    """One row per (omega_c, odd L, model): the Ohmic reading beside the default one.

    ``c`` is the ``scaling`` section merged with ``bath_readings`` (``omega_c_values``).
    """
    rows = []
    for L in _grid(c):
        default = dict(models_at(L, {**c, "bath": "narrowband"}))
        for wc in c["omega_c_values"]:
            for name, mod in models_at(L, {**c, "bath": "ohmic", "omega_c": wc}):
                ref = default[name]
                ch, ch0 = mod.channels[0], ref.channels[0]
                scale = ch0.xi / ch.xi  # bounds are linear in Xi
                b1, b2 = bound1(mod), bound2(mod)
                rows.append(
                    {"omega_c": float(wc), "L": L, "model": name, "J0": heat_current(mod),
                     "J0_default": heat_current(ref), "bound1": b1, "bound2": b2,
                     "bound1_default_xi": b1 * scale, "bound2_default_xi": b2 * scale, "xi": ch.xi,
                     "xi_default": ch0.xi, "norm_A": ch.norm_A, "delta_E": ch.delta_E}
                )  # fmt: skip
        if progress is not None and (L >= 100 or L == _grid(c)[-1]):
            progress(f"broadband: L={L} done")
    return pd.DataFrame(rows, columns=BROADBAND_COLUMNS)


def full_space_parallel(
    L: int, reading: str, *, omega_q: float, gamma0: float, times: list[float]
) -> list[float]:
    """J(t) of the parallel scheme in the 2^L space (GKSL at T = 0) from all qubits excited, at
    t = 0 and at each of ``times``.

    ``independent``: jump operators ``sqrt(gamma_0) sigma_-^(i)`` (the ``parallel`` channels of
    :func:`~qthermo.papers.kamimura.worst_case.full_space_channels`); ``common``: one jump
    ``sqrt(gamma_0) J_-`` (its ``superradiance`` channels).  rho(t) by ``expm_multiply`` of the
    sparse Liouvillian (:func:`~qthermo.papers.kamimura.steady_state_full.full_steady_state`),
    ``J = Tr[H D(rho)]`` with ``H = omega_q J_z`` by
    :func:`~qthermo.papers.kamimura.worst_case.lindblad_heat_current`.  Brute force from tensor
    products, independent of the Dicke-space code (tested against QuTiP's ``mesolve``).
    """
    name = {"independent": "parallel", "common": "superradiance"}[reading]
    # g is not read by the parallel and superradiance channels
    energies, chans = full_space_channels(
        name, L, {"g": 1.0, "omega_q": omega_q, "gamma_0": gamma0}
    )
    rho0 = np.zeros((2**L, 2**L), dtype=complex)
    top = int(np.argmax(energies))  # |1...1>: all qubits excited
    rho0[top, top] = 1.0
    out = []
    for t in [0.0, *times]:
        rho = rho0 if t == 0 else full_steady_state(energies, chans, rho0, float(t))
        out.append(lindblad_heat_current(energies, chans, 0.5 * (rho + rho.conj().T)))
    return out


def parallel_bath_table(
    c: dict[str, Any], b: dict[str, Any], progress: Callable[[str], None] | None = None
) -> pd.DataFrame:
    """One row per (reading, odd L): J(0), bounds, peak |J(t)|, 2^L cross-check at small L
    (J(0) of both readings, J(t_peak) of the common one).

    ``b`` is the ``burst`` section (integration settings of the superradiant burst).
    """
    rows = []
    for L in _grid(c):
        for reading in READINGS:
            mod = dict(models_at(L, {**c, "parallel_bath": reading}))["parallel"]
            J0 = heat_current(mod)
            if reading == "independent":  # J(t) = J(0) exp(-gamma_0 t): peak at t = 0
                t_peak, J_peak = 0.0, J0
            else:
                res = superradiant_burst(
                    L, omega_q=c["omega_q"], gamma0=c["gamma_0"],
                    t_max_scaled=b["t_max_scaled"], n_grid=b["n_grid"], rtol=b["rtol"],
                )  # fmt: skip
                t_peak, J_peak = res.t_peak, res.J_peak
            full = [float("nan")] * 2
            if L <= c["full_L_max"]:  # independent: the peak is J(0), nothing more to check
                times = [t_peak] if reading == "common" else []
                Js = full_space_parallel(
                    L, reading, omega_q=c["omega_q"], gamma0=c["gamma_0"], times=times
                )
                full = [Js[0], Js[-1] if times else float("nan")]
            rows.append(
                {"reading": reading, "L": L, "J0": J0, "J0_formula": mod.J_formula,
                 "bound1": bound1(mod), "bound2": bound2(mod), "t_peak": t_peak,
                 "J_peak": J_peak, "J0_full": full[0], "J_peak_full": full[1]}
            )  # fmt: skip
        if progress is not None and (L >= 100 or L == _grid(c)[-1]):
            progress(f"parallel_bath: L={L} done")
    return pd.DataFrame(rows, columns=PARALLEL_COLUMNS)
