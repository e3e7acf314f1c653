"""Interpretation choices of Kamimura et al. (doi:10.1103/PhysRevLett.131.090401) and what
they change (see :mod:`qthermo.ledger.alternatives`).

* ``kamimura.omega_sign``: the superabsorber's J_z^2 coefficient Omega of Eq. (18) is not
  given; ours is Omega = +0.3. The other sign is as defensible (the text fixes only which
  transition the filtered bath drives). Affected: the superabsorption claim and both bounds.
* ``kamimura.bath``: the bath normalisation. White noise for the m-body model and narrow-band
  baths with gamma_0 = g^2 gamma(omega) elsewhere (ours), or one broadband Ohmic bath for every
  model (:mod:`qthermo.papers.kamimura.broadband`; rate matched at omega_q, Xi from its C(s)).
  Affected: Eqs. (12), (17), the exponents, both bounds and their saturation.
* ``kamimura.parallel_bath``: the parallel scheme with one bath per qubit (ours) or one common
  bath coupled to 2 g J_x (collective). Affected: its exponent and both bounds.
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

BATH_CLAIMS = (
    "kytm.eq12",
    "kytm.eq17",
    "kytm.scaling.m_eq_L",
    "kytm.scaling.m_eq_Lminus1",
    "kytm.scaling.m_eq_Lminus2",
    "kytm.scaling.superradiance",
    "kytm.scaling.parallel",
    "kytm.bound1_holds",
    "kytm.bound2_holds",
    "kytm.bound1_saturated",
    "kytm.bound2_saturated",
    "kytm.superabsorption.delta_e",
)
CHOICES += [
    Choice(
        key="kamimura.bath",
        question="The bath behind gamma_wn (white noise, Eq. 12) and gamma_0 (Eq. 17): its "
        "spectrum away from the transition frequency is not given.",
        where="Eqs. (6), (9), (12), (17); Xi defined after Eq. (9)",
        readings=(
            Reading(
                "narrowband",
                "white noise C(s) = (gamma_wn/g^2) delta(s) for the m-body model, narrow-band "
                "baths with gamma_0 = g^2 gamma(omega) otherwise (ours)",
                {"scaling": {"bath": "narrowband"}},
            ),
            Reading(
                "ohmic",
                "every bath Ohmic, gamma(w) ~ w exp(-|w|/omega_c), omega_c = 10 omega_q, "
                "gamma(omega_q) as before; Xi from C(s)",
                {"scaling": {"bath": "ohmic", "omega_c": 10.0}},
            ),
        ),
        claims=BATH_CLAIMS,
        evaluate=evaluate_scaling,
    ),
    Choice(
        key="kamimura.parallel_bath",
        question="The parallel scheme: L separate baths, or L channels of one bath that are "
        "uncorrelated (our bound bookkeeping) or correlated (one bath coupled to sum_i A_i)?",
        where="Introduction (parallel scheme) and Fig. 1",
        readings=(
            Reading(
                "independent",
                "one T = 0 bath per qubit, A_i = g sigma_x^(i) (ours)",
                {"scaling": {"parallel_bath": "independent"}},
            ),
            Reading(
                "common",
                "one T = 0 bath coupled to 2 g J_x: collective (the superradiance model "
                "from |L/2>)",
                {"scaling": {"parallel_bath": "common"}},
            ),
        ),
        claims=(
            "kytm.scaling.parallel",
            "kytm.bound1_holds",
            "kytm.bound2_holds",
            "kytm.bound1_saturated",
            "kytm.bound2_saturated",
        ),
        evaluate=evaluate_scaling,
    ),
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
