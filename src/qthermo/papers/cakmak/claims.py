"""Every ck.* claim of Cakmak, Manatuly & Mustecaplioglu, PRA 96, 032117 (2017), in ledger order.

The claims live with their figure's analysis (:mod:`~qthermo.papers.cakmak.fig2`,
:mod:`~qthermo.papers.cakmak.fig4`, :mod:`~qthermo.papers.cakmak.scaling_beyond`,
:mod:`~qthermo.papers.cakmak.harvesting_figure`); the Fig. 3 long-time spread
(:func:`qthermo.papers.cakmak.fig3.fig3_dipolar_part`) enters ck.dipolar_independence.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pandas as pd

from qthermo.ledger.claims import Claim
from qthermo.papers.cakmak import (
    fig2,
    fig3,
    fig4,
    growth_claims,
    harvest_claims,
    harvesting_figure,
    scaling_beyond,
    vacuum,
)

__all__ = ["evaluate_claims"]


def evaluate_claims(
    dfs: dict[str, pd.DataFrame], cfg: dict[str, Any], artifacts: dict[str, Sequence[str]]
) -> list[Claim]:
    """All claims from the cached tables ``dfs``; ``artifacts`` maps figure keys to files."""
    claims = fig2.evaluate_claims(dfs, cfg, artifacts)
    claims += fig4.evaluate_claims(dfs, cfg, artifacts, fig3.fig3_dipolar_part(dfs))
    claims += scaling_beyond.evaluate_claims(dfs, cfg, artifacts)
    claims.append(growth_claims.claim_superlinear(dfs, cfg, artifacts))
    claims.append(growth_claims.claim_exponential_fit(dfs, cfg, artifacts))
    claims += harvesting_figure.evaluate_claims(dfs, cfg, artifacts["harvest"])
    claims.append(harvest_claims.claim_bath_temperature(dfs, cfg, artifacts["harvest"]))
    claims.append(vacuum.no_generation_claim(dfs["vacuum"], artifacts["fig3"]))
    claims.append(vacuum.no_survival_claim(dfs["vacuum"], artifacts["fig3"]))
    return claims
