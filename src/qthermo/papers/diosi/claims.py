"""Claims diosi.* of figure diosi_heat_flow: one function per claim, called in ledger order.

The claims on the currents are in :mod:`.claims_currents`, those on the second law in
:mod:`.claims_second_law`; the tables come from :mod:`.heat_flow`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pandas as pd

from qthermo.ledger.claims import Claim
from qthermo.papers.diosi.claims_currents import (
    energy_balance_claim,
    exact_current_claim,
    leading_order_claim,
    slide_formula_claim,
    slide_steady_state_claim,
)
from qthermo.papers.diosi.claims_second_law import (
    incoherent_second_law_claim,
    local_me_violation_claim,
)

__all__ = ["CLAIM_FUNCTIONS", "evaluate_claims"]

#: The claim functions, in the order of the ledger (results/claims/diosi.json).
CLAIM_FUNCTIONS = (
    energy_balance_claim,
    exact_current_claim,
    leading_order_claim,
    slide_formula_claim,
    slide_steady_state_claim,
    incoherent_second_law_claim,
    local_me_violation_claim,
)


def evaluate_claims(
    inc: pd.DataFrame, loc: pd.DataFrame, cfg: dict[str, Any], artifacts: Sequence[str]
) -> list[Claim]:
    """Claims diosi.* from the two sweep tables (see the issue and :mod:`.heat_flow`)."""
    return [f(inc, loc, cfg, artifacts) for f in CLAIM_FUNCTIONS]
