"""Interpretation choices of the Diosi slides and what they change (see
:mod:`qthermo.ledger.alternatives`).

* ``diosi.local_heat_current``: slide 3 says the local master equation "may violate the 2nd
  law" without saying how heat is counted. With the full Hamiltonian, J_X = Tr[H L_X(rho)]
  (ours, config ``diosi.local.heat_current: full``), the stationary entropy production is
  negative exactly where omega_A/omega_B > T_A/T_B; with the local Hamiltonians,
  J_X = Tr[H_X L_X(rho)] (``local``), the entropy balance stays non-negative (Levy and Kosloff,
  EPL 107, 20004 (2014), doi:10.1209/0295-5075/107/20004): the violation is a statement about
  the bookkeeping as much as about the equation.
* Scan of the coupling strength ``diosi.local.eps``: the slides give no value; the derived sign
  map (D3) predicts that the violating region does not depend on eps, which the scan tests.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pandas as pd

from qthermo.ledger.alternatives import Choice, Reading, Scan
from qthermo.ledger.claims import Claim
from qthermo.papers.diosi.claims_second_law import local_me_violation_claim
from qthermo.papers.diosi.heat_flow import local_sweep

__all__ = ["CHOICES", "SCANS", "CONFIG_KEYS", "evaluate_local"]

ARTIFACTS = ("figures/diosi_heat_flow.png", "results/diosi/local_map.csv")

#: The keys of the paper's config section the evaluators read (the rule passes only these,
#: so an unrelated config change does not rerun the sensitivity job).
CONFIG_KEYS = ("local", "tolerances")


def evaluate_local(section: dict[str, Any]) -> Sequence[Claim]:
    """diosi.local_me_violation recomputed from scratch (local map) under ``section``."""
    loc = local_sweep(section["local"], sign_rtol=section["tolerances"]["sign_rtol"])
    return [local_me_violation_claim(pd.DataFrame(), loc, section, list(ARTIFACTS))]


CHOICES = [
    Choice(
        key="diosi.local_heat_current",
        question="How heat is counted in the local coherent-coupling master equation: with the "
        "full Hamiltonian (coupling energy included) or with the local Hamiltonians.",
        where="slide 3 ('stationary state may violate 2nd Law')",
        readings=(
            Reading(
                "full",
                "J_X = Tr[H L_X(rho)], H including eps (a^+ b + b^+ a) (ours)",
                {"local": {"heat_current": "full"}},
            ),
            Reading(
                "local",
                "J_X = Tr[H_X L_X(rho)], local Hamiltonians only",
                {"local": {"heat_current": "local"}},
            ),
        ),  # fmt: skip
        claims=("diosi.local_me_violation",),
        evaluate=evaluate_local,
    )
]

SCANS = [
    Scan(
        key="diosi.local_eps",
        question="Does the second-law violation of the local master equation depend on the "
        "coupling strength eps, which the slides leave open?",
        parameter="local.eps",
        values=(0.005, 0.01, 0.02, 0.05, 0.1),
        claims=("diosi.local_me_violation",),
        evaluate=evaluate_local,
    )
]
