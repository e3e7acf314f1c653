"""Claim ck.harvest.bath_temperature: thermal pairs thermalize the working qubit to the bath.

Cakmak et al. (doi:10.1103/PhysRevA.96.032117, Sec. III C, Eq. 30) describe the working
qubit's effective temperature as set by the pairs' coherence. For the thermally produced pairs
(the long-time states of Sec. III A from |gg>), the qubit's fixed point under the exact
(not truncated) collision map is the Gibbs state at the bath temperature, for every collision
strength g tau: the pair lives in the symmetric (triplet) sector with populations ~ x^k
(x = nbar/(nbar+1)), the collision unitary conserves the total excitation and the symmetric
sector, so x^(n_qubit + n_pair) on qubit (x) triplet is invariant and its qubit marginal is
thermal. The coherence a_23 is part of that thermal triplet state; it heats nothing beyond
the bath temperature.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from qthermo.ledger.claims import Claim, check_relative, claim, margin_leq
from qthermo.papers.cakmak.harvesting import exact_collision_map, thermal_pair_state
from qthermo.papers.cakmak.harvesting_figure import INTERPRETATION, SOURCE, _fixed_point_p_e

__all__ = ["G_TAU_ALL_ORDERS", "bath_temperature_rows", "claim_bath_temperature"]

#: collision strengths g tau beyond the short-collision regime (exact map, all orders)
G_TAU_ALL_ORDERS = (0.5, 1.0, 2.0)


def bath_temperature_rows(
    nbars: Sequence[float], g_taus: Sequence[float], *, gamma0: float, f0: float
) -> pd.DataFrame:
    """Qubit fixed-point temperature of the exact collision map with thermal pairs."""
    rows = []
    for n in nbars:
        a = thermal_pair_state(float(n), gamma0=gamma0, f0=f0)
        for gt in g_taus:
            pe = _fixed_point_p_e(exact_collision_map(a, float(gt)))
            rows.append(
                {
                    "nbar": float(n),
                    "g_tau": float(gt),
                    "T_fixed_point": float(1.0 / np.log((1.0 - pe) / pe)),
                    "T_bath": float(1.0 / np.log1p(1.0 / n)),
                }
            )
    return pd.DataFrame(rows)


def claim_bath_temperature(
    dfs: dict[str, pd.DataFrame], cfg: dict[str, Any], artifacts: Sequence[str]
) -> Claim:
    """ck.harvest.bath_temperature: T of the exact-map fixed point equals the bath T."""
    ch = cfg["harvest"]
    h = dfs["harvest"]
    pe = h.p_e_exact_map_fixed_point.to_numpy()
    t_fix = 1.0 / np.log((1.0 - pe) / pe)
    extra = bath_temperature_rows(
        h.nbar.iloc[:: max(1, len(h) // 5)],
        G_TAU_ALL_ORDERS,
        gamma0=cfg["gamma0"],
        f0=ch["f0"] * cfg["gamma0"],
    )
    meas = np.concatenate([t_fix, extra.T_fixed_point])
    ref = np.concatenate([h.T_bath, extra.T_bath])
    ok, worst = check_relative(meas, ref, ch["teff_rtol"])
    return claim(
        "ck.harvest.bath_temperature",
        source=SOURCE + ", Sec. III C, Eq. (30) (caveat to the harvesting statement)",
        statement="A qubit colliding with thermally produced pairs settles exactly at the bath "
        "temperature, for every collision strength g tau (exact collision map, all orders): "
        "the pair coherence does not raise or lower the harvested temperature.",
        measured={
            "max_rel_dev_T_fixed_point_vs_T_bath": worst,
            "g_tau_values": [ch["g_tau"], *G_TAU_ALL_ORDERS],
            "nbar_min": float(h.nbar.min()),
            "nbar_max": float(h.nbar.max()),
            "n_points": int(meas.size),
        },
        expected="T_fixed_point = T_bath",
        comparator="max |T_fix - T_bath| / T_bath",
        tolerance=ch["teff_rtol"],
        ok=ok,
        margin=margin_leq(worst, ch["teff_rtol"], "max |T_fix - T_bath| / T_bath"),
        artifacts=list(artifacts),
        parameters={"g_tau": ch["g_tau"], "f0": ch["f0"]},
        interpretation=INTERPRETATION + " Fixed point of the exact 8-dimensional collision map "
        "(eigenvalue 1); g tau = 0.5, 1, 2 at every fifth photon number of the harvest grid.",
    )
