"""Where the Kamimura et al. results sit relative to the regime of their master equation.

Kamimura, Yoshida, Tokura, Matsuzaki, PRL 131, 090401 (2023), doi:10.1103/PhysRevLett.131.090401:
the bounds and examples assume an open system weakly coupled to a Markovian environment (Born,
Markov; GKSL after the secular approximation for the narrow-band baths).  Every current in the
replication is an exact solution of that master equation; whether the master equation itself
is valid is a separate question, which this module makes quantitative (ours).

For each model and L the dimensionless parameter

    x = (rate of the dominant transition) / (its Bohr frequency) = |J| / Delta_E^2

(``|J|/Delta_E`` is the number of quanta Delta_E exchanged per unit time) must be small for the
weak-coupling (rate << transition frequency) and secular treatment; for the parallel scheme the
rate is per qubit (``|J|/L``).  All currents are linear in the bath rates (gamma_0, gamma_wn,
Gamma_h, Gamma_c, i.e. in g^2), so the same scaling exponents hold at any smaller coupling:
``ceiling = x_max / x`` is the factor by which the rates must shrink for ``x <= x_max``.

White-noise models (the m-body family of Eq. 12): the Redfield equation with a delta-correlated
bath is the exact average over classical white noise, so no weak-coupling condition applies;
x is reported for comparison.  Superabsorption also needs a bath filter of width ``w_f`` with
``rate << w_f << 2 |Omega|`` (it must resolve the superabsorbing transition from its neighbours,
which differ by 2 Omega): ``x_filter = rate / (2 |Omega|)``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from qthermo.ledger.claims import Claim, claim, margin_leq
from qthermo.papers import PAPERS

__all__ = ["COLUMNS", "regime_table", "regime_claim"]

COLUMNS = ["source", "model", "bath", "L", "delta_E", "J", "rate", "x", "x_filter", "ceiling",
           "in_regime"]  # fmt: skip
_WHITE = {"m=L", "m=L-1", "m=L-2"}


def regime_table(
    scaling: pd.DataFrame, steady: pd.DataFrame, *, x_max: float, Omega: float
) -> pd.DataFrame:
    """One row per (model, L) of the scaling and steady-state tables (module docstring)."""
    rows = []
    for r in scaling.itertuples():
        per = r.L if r.model == "parallel" else 1
        rate = abs(r.J0) / per / r.delta_E
        rows.append(("scaling", r.model, "white_noise" if r.model in _WHITE else "narrow_band",
                     int(r.L), float(r.delta_E), float(r.J0), rate,
                     rate / (2 * abs(Omega)) if r.model == "superabsorption" else np.nan))  # fmt: skip
    for r in steady.itertuples():
        if r.J_h == 0.0:
            continue
        rows.append(("steady_state", r.model, "narrow_band", int(r.L), float(r.w0),
                     float(r.J_h), abs(r.J_h) / r.w0, np.nan))  # fmt: skip
    df = pd.DataFrame(rows, columns=COLUMNS[:7] + ["x_filter"])
    df["x"] = df.rate / df.delta_E
    worst = np.fmax(df.x, df.x_filter.fillna(0.0))
    df["ceiling"] = x_max / worst
    df["in_regime"] = (df.bath == "white_noise") | (worst <= x_max)
    return df[COLUMNS]


def regime_claim(df: pd.DataFrame, c: dict[str, Any], art: Sequence[str]) -> Claim:
    """kytm.regime.unit_couplings (expected to fail): the narrow-band results at the configured
    rates lie within the weak-coupling regime."""
    nb = df[df.bath == "narrow_band"]
    worst = nb.loc[np.fmax(nb.x, nb.x_filter.fillna(0.0)).idxmax()]
    top = nb[nb.L == nb.L.max()]
    x_worst = float(max(worst.x, 0.0 if np.isnan(worst.x_filter) else worst.x_filter))
    return claim(
        "kytm.regime.unit_couplings",
        source=PAPERS["kamimura"].citation + ", Eqs. (3)-(4) and the text (weak coupling, "
        "Born-Markov)",
        statement="At the configured (unit) rates every narrow-band result, up to L_max, lies "
        "within the weak-coupling regime of its master equation: rate / Bohr frequency <= x_max.",
        measured={
            "worst": {
                "model": worst.model,
                "source": worst.source,
                "L": int(worst.L),
                "x": float(worst.x),
                "x_filter": None if np.isnan(worst.x_filter) else float(worst.x_filter),
            },
            "x_at_L_max": {f"{r.source}/{r.model}": float(r.x) for r in top.itertuples()},
            "rate_ceiling_at_L_max": {
                f"{r.source}/{r.model}": float(r.ceiling) for r in top.itertuples()
            },
            "in_regime_rows": int(nb.in_regime.sum()),
            "rows": len(nb),
        },  # fmt: skip
        expected=f"x <= {c['x_max']}",
        comparator="max over narrow-band rows of max(x, x_filter) <= x_max",
        tolerance=c["x_max"],
        ok=x_worst <= c["x_max"],
        margin=margin_leq(x_worst, c["x_max"], "max rate / Bohr frequency"),
        expected_outcome="fail",
        outcome_reason=f"At unit rates x reaches {x_worst:.3g} ({worst.model}, L = "
        f"{int(worst.L)}): the currents are exact solutions of the master equation but outside "
        "its weak-coupling regime. Every current is linear in the rates, so the same scalings "
        "hold in the regime once the rates are scaled down by the 'ceiling' factor of "
        "results/kamimura/regime.csv (e.g. gamma_0 L^2/(4 omega_q) <= x_max for superradiance).",
        artifacts=art,
        interpretation="Ours: x = |J|/Delta_E^2 (per qubit for the parallel scheme), "
        "x_filter = (|J|/Delta_E)/(2|Omega|) for superabsorption; x_max is our marker of 'small'. "
        "White-noise models are exact (classical white noise) and excluded.",
        parameters={"x_max": c["x_max"]},
    )
