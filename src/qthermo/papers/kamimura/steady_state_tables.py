"""Tables of the two-bath steady states and engines of Kamimura et al. (config ``steady_state``).

Kamimura, Yoshida, Tokura, Matsuzaki, PRL 131, 090401 (2023), doi:10.1103/PhysRevLett.131.090401,
Eqs. (19)-(21) and the steady-state remarks; the constructions are ours
(:mod:`~qthermo.papers.kamimura.steady_state`, :mod:`~qthermo.papers.kamimura.steady_state_engine`).

* ``steady_state``: J_ss, Bound 1, sigma over the odd L grid for the parity model with both bath
  temperatures scaled as L (``parity``), the same at L-independent temperatures
  (``parity_fixed_T``, the control) and the superradiant ladder (``collective``);
* ``engine``: fast-switching Otto engines (parity, collective, parallel) over the same grid;
* ``eq21``: the 2^L-space check of the Eq. (21) remark (``[H_S, rho(0)] = 0`` implies
  ``[H_S, rho(t)] = 0``) from random commuting starts, and the full-space J_ss from |L/2>
  against the Dicke-space value.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from qthermo.core.states import random_density
from qthermo.papers.kamimura import steady_state_full as ssf
from qthermo.papers.kamimura.grids import odd_log_grid
from qthermo.papers.kamimura.steady_state import steady_state_current, steady_state_table
from qthermo.papers.kamimura.steady_state_engine import engine_table

__all__ = [
    "STEADY_KINDS",
    "ENGINE_KINDS",
    "EQ21_KINDS",
    "grid",
    "model_parameters",
    "engine_parameters",
    "eq21_table",
    "steady_state_tables",
]

STEADY_KINDS = ("parity", "parity_fixed_T", "collective")
ENGINE_KINDS = ("parity", "collective", "parallel")
EQ21_KINDS = ("parity", "collective")


def grid(c: dict[str, Any]) -> list[int]:
    """The odd L grid of the section (every odd L to ``L_small_max``, then log-spaced)."""
    return odd_log_grid(c["L_small_max"], c["L_max"], c["per_decade"])


def model_parameters(c: dict[str, Any]) -> dict[str, float]:
    """Builder keywords of the two-bath models."""
    return {k: c[k] for k in ("g", "omega_q", "gamma_h", "gamma_c", "x_h", "x_c")}


def engine_parameters(c: dict[str, Any]) -> dict[str, float]:
    """Builder keywords of the Otto engines."""
    return {k: c[k] for k in ("g", "omega_h", "omega_c", "gamma_h", "gamma_c", "x_h", "x_c")}


def _commuting(rho: np.ndarray, energies: np.ndarray) -> np.ndarray:
    """The part of ``rho`` inside the blocks of equal energy (commutes with diagonal H_S)."""
    same = np.isclose(energies[:, None], energies[None, :], rtol=0.0, atol=1e-9)
    return np.where(same, rho, 0.0)


def eq21_table(c: dict[str, Any]) -> pd.DataFrame:
    """Full 2^L checks for ``L = 1..eq21_L_max`` and both kinds of :data:`EQ21_KINDS`.

    Columns: ``model, L, commutant_residual`` (``|[L, ad_H]|/|L|``), ``commutator_max``
    (``max_t |[H_S, rho(t)]|`` from a random state commuting with H_S, seeded), ``J_h_full``
    and ``J_h_dicke`` (steady state from |L/2>, full space and Dicke space).
    """
    p = model_parameters(c)
    rng = np.random.default_rng(c["seed"])
    rows = []
    for kind in EQ21_KINDS:
        for L in range(1, c["eq21_L_max"] + 1):
            energies, ch_h, ch_c, mod = ssf.full_space_two_bath(kind, L, **p)
            chans = list(ch_h) + list(ch_c)
            rho0 = _commuting(random_density(rng, 2**L), energies)
            K = (p["gamma_h"] + p["gamma_c"]) * (L**2 if kind != "collective" else 1.0)
            times = [t / K for t in (0.1, 1.0, 10.0, 60.0)]
            top = np.zeros((2**L, 2**L), dtype=complex)
            i = int(np.argmax(energies))  # |M = L/2>, all qubits excited
            top[i, i] = 1.0
            full = ssf.full_steady_state_currents(kind, L, top, **p)
            dicke = steady_state_current(mod)  # the same model in the Dicke space
            rows.append(
                {
                    "model": kind,
                    "L": L,
                    "commutant_residual": ssf.commutant_residual(energies, chans),
                    "commutator_max": ssf.max_commutator_along(energies, chans, rho0, times),
                    "J_h_full": full["J_h"],
                    "J_h_dicke": float(dicke["J_h"]),
                }
            )
    return pd.DataFrame(rows)


def steady_state_tables(
    c: dict[str, Any], progress: Callable[[str], None] | None = None
) -> dict[str, pd.DataFrame]:
    """The three tables of the module docstring, keyed ``steady_state``, ``engine``, ``eq21``."""
    Ls = grid(c)
    say = progress or (lambda _msg: None)
    frames = []
    for kind in STEADY_KINDS:
        frames.append(steady_state_table(Ls, kind=kind, **model_parameters(c)).assign(model=kind))
        say(f"steady state {kind}: {len(Ls)} L values")
    engine = engine_table(Ls, ENGINE_KINDS, **engine_parameters(c))
    say(f"engines {', '.join(ENGINE_KINDS)}: {len(Ls)} L values")
    eq21 = eq21_table(c)
    say(f"Eq. (21) full-space checks: L <= {c['eq21_L_max']}")
    return {
        "steady_state": pd.concat(frames, ignore_index=True),
        "engine": engine,
        "eq21": eq21,
    }
