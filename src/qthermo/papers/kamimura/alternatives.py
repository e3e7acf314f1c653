"""Interpretation choices of Kamimura et al. (doi:10.1103/PhysRevLett.131.090401) and what
they change (see :mod:`qthermo.ledger.alternatives`).

* ``kamimura.omega_sign``: the superabsorber's J_z^2 coefficient Omega of Eq. (18) is not
  given; ours is Omega = +0.3. The other sign is as defensible (the text fixes only which
  transition the filtered bath drives). Affected: the superabsorption claim and both bounds.
* Scan of ``scaling.Omega`` over magnitudes (omega_q/Omega kept non-integer, so that only the
  central transition is resonant): does the Delta E argument, and Bound 2's Theta(L^3) for the
  superabsorber, depend on how strong the nonlinearity is?
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from qthermo.ledger.alternatives import Choice, Reading, Scan
from qthermo.ledger.claims import Claim
from qthermo.papers.kamimura.claims import evaluate_claims
from qthermo.papers.kamimura.tables import sweep

__all__ = ["CHOICES", "SCANS", "CONFIG_KEYS", "evaluate_scaling"]

ARTIFACTS = ["figures/kamimura_scaling.png", "results/kamimura/scaling.csv"]
AFFECTED = ("kytm.superabsorption.delta_e", "kytm.bound1_holds", "kytm.bound2_holds")

#: The keys of the paper's config section the evaluators read (the rule passes only these,
#: so an unrelated config change does not rerun the sensitivity job).
CONFIG_KEYS = ("scaling", "burst", "rwa", "claims")


def evaluate_scaling(section: dict[str, Any]) -> Sequence[Claim]:
    """The kytm.* scaling claims recomputed from scratch (whole sweep) under ``section``."""
    return evaluate_claims(sweep(section), section, ARTIFACTS)


CHOICES = [
    Choice(
        key="kamimura.omega_sign",
        question="The sign of the superabsorber's nonlinearity Omega (Eq. 18; no value given).",
        where="Eq. (18) and the superabsorption paragraph",
        readings=(
            Reading("positive", "Omega = +0.3 (ours)", {"scaling": {"Omega": 0.3}}),
            Reading("negative", "Omega = -0.3", {"scaling": {"Omega": -0.3}}),
        ),
        claims=AFFECTED,
        evaluate=evaluate_scaling,
    )
]

SCANS = [
    Scan(
        key="kamimura.omega_magnitude",
        question="Does the superabsorption result depend on the strength of the nonlinearity?",
        parameter="scaling.Omega",
        values=(0.07, 0.15, 0.3, 0.45, 0.7),
        claims=("kytm.superabsorption.delta_e",),
        evaluate=evaluate_scaling,
    )
]
