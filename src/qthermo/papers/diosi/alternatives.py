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
* ``diosi.incoherent_channel``: slide 3 derives L_K from classical white noise (equal up/down
  rates: an infinite-temperature channel, ours, ``detuned.noise_beta: 1e-12``); the other
  defensible reading of "incoherent coupling" is a dissipator with its own bath at a finite
  temperature (``detuned.noise_beta: 1``, the temperature of bath B).  Only the detuned claims
  are evaluated: in resonance the readings coincide by construction (the noise jumps of
  ``incoherent_model`` have equal rates eps whatever ``noise_beta`` is, which enters only
  through beta_K J_K, and J_K = 0 in resonance), so the resonant claims cannot change.
* Scans of our units and parameters (the slides give none) for the detuned claims: the coupling
  strength ``detuned.eps`` (from eps << Gamma to eps >> Gamma) and the temperature scale
  ``detuned.T_B`` (T_B in units of omega_B at fixed T_A/T_B). The closed form predicts both
  claims parameter-independent: the sign of the transfer is that of q_A - q_B.
* Scan of the unit ``incoherent.omega`` (the qubit frequency against the fixed temperature grid
  0.1-4) for the resonant claims that need only the incoherent sweep, omega = 0.25 ... 2.  At
  omega = 2 the coldest bath (T = 0.1) has excitation e^{-20} ~ 2e-9 and the current at
  eps/Gamma = 1e-4 is ~1e-8: the dense stationary-state solve, accurate to ~1e-16 absolute,
  gives it only to a relative 5e-8, which is 3e-4 of the leading-order error coefficient
  (coef_rtol 1e-4).  The scan therefore solves the stationary state from the population rate
  equations (:func:`~qthermo.papers.diosi.model.rate_equation_state`, componentwise accurate;
  the resonant generator closes on the populations), relative error ~1e-12 at every value.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pandas as pd

from qthermo.ledger.alternatives import Choice, Reading, Scan
from qthermo.ledger.claims import Claim
from qthermo.ledger.memo import shared_reads
from qthermo.papers.diosi.claims_currents import (
    leading_order_claim,
    slide_formula_claim,
    slide_steady_state_claim,
)
from qthermo.papers.diosi.claims_second_law import (
    incoherent_second_law_claim,
    local_me_violation_claim,
)
from qthermo.papers.diosi.detuned import detuned_map
from qthermo.papers.diosi.detuned_claims import energy_exchange_claim, heat_direction_claim
from qthermo.papers.diosi.heat_flow import incoherent_sweep, local_sweep
from qthermo.papers.diosi.model import rate_equation_state

__all__ = [
    "CHOICES",
    "SCANS",
    "CONFIG_KEYS",
    "evaluate_local",
    "evaluate_detuned",
    "evaluate_incoherent",
]

ARTIFACTS = ("figures/diosi_heat_flow.png", "results/diosi/local_map.csv")

#: The keys of the paper's config section the evaluators read (the rule passes only these,
#: so an unrelated config change does not rerun the sensitivity job).
CONFIG_KEYS = ("incoherent", "local", "detuned", "tolerances")
DETUNED_ARTIFACTS = ("results/diosi/detuned_map.csv", "results/diosi/strong_eps.csv")
DETUNED_CLAIMS = ("diosi.detuned.energy_exchange", "diosi.detuned.heat_direction")


def evaluate_local(section: dict[str, Any]) -> Sequence[Claim]:
    """diosi.local_me_violation recomputed from scratch (local map) under ``section``.

    The map itself does not read ``local.heat_current`` (it records both bookkeepings), so the
    two readings of that choice share one map (:func:`~qthermo.ledger.memo.shared_reads`)."""
    loc = shared_reads(local_sweep, section["local"], sign_rtol=section["tolerances"]["sign_rtol"])
    return [local_me_violation_claim(pd.DataFrame(), loc, section, list(ARTIFACTS))]


INC_ARTIFACTS = ("figures/diosi_heat_flow.png", "results/diosi/incoherent.csv")
INC_CLAIM_IDS = (
    "diosi.leading_order",
    "diosi.slide_formula",
    "diosi.slide_steady_state",
    "diosi.incoherent_second_law",
)
INC_CLAIMS = (leading_order_claim, slide_formula_claim, slide_steady_state_claim,
              incoherent_second_law_claim)  # fmt: skip


def evaluate_incoherent(section: dict[str, Any]) -> Sequence[Claim]:
    """The resonant claims that read only the incoherent sweep, recomputed under ``section``
    (stationary states from the rate equations, see the module docstring)."""
    inc = incoherent_sweep(section["incoherent"], solve=rate_equation_state)
    return [f(inc, pd.DataFrame(), section, list(INC_ARTIFACTS)) for f in INC_CLAIMS]


def evaluate_detuned(section: dict[str, Any]) -> Sequence[Claim]:
    """diosi.detuned.* recomputed from scratch (detuned map) under ``section``."""
    det = detuned_map(section["detuned"])
    return [
        energy_exchange_claim(det, section, list(DETUNED_ARTIFACTS)),
        heat_direction_claim(det, section, list(DETUNED_ARTIFACTS)),
    ]


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
    ),
    Choice(
        key="diosi.incoherent_channel",
        question="What the incoherent coupling of slide 3 is off resonance: the averaged "
        "classical white noise (equal up/down rates, an infinite-temperature channel) or a "
        "dissipator with its own bath at a finite temperature (detailed-balance rates).",
        where="slide 3 (stochastic coupling and L_K); slide 6 ('resonance appears to be required')",
        readings=(
            Reading(
                "white_noise",
                "equal rates eps: infinite noise temperature, noise_beta -> 0 (ours)",
                {"detuned": {"noise_beta": 1.0e-12}},
            ),
            Reading(
                "own_bath",
                "rates eps and eps e^{-beta_K |omega_A - omega_B|}, T_K = T_B = 1",
                {"detuned": {"noise_beta": 1.0}},
            ),
        ),  # fmt: skip
        claims=DETUNED_CLAIMS,
        evaluate=evaluate_detuned,
    ),
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
    ),
    Scan(
        key="diosi.detuned_eps",
        question="Do the detuned-coupling findings depend on the coupling strength eps, which "
        "the slides leave open (eps << Gamma assumed on slide 4)?",
        parameter="detuned.eps",
        values=(0.01, 0.1, 1.0, 10.0),
        claims=DETUNED_CLAIMS,
        evaluate=evaluate_detuned,
    ),
    Scan(
        key="diosi.detuned_temperature",
        question="Do the detuned-coupling findings depend on the temperature scale (T_B in units "
        "of omega_B at fixed T_A/T_B), which the slides leave open?",
        parameter="detuned.T_B",
        values=(0.25, 0.5, 1.0, 2.0, 4.0),
        claims=DETUNED_CLAIMS,
        evaluate=evaluate_detuned,
    ),
    Scan(
        key="diosi.incoherent_omega",
        question="Do the resonant incoherent-coupling claims depend on our unit, the qubit "
        "frequency omega against the fixed temperature grid (the slides give no numbers)?",
        parameter="incoherent.omega",
        values=(0.25, 0.5, 1.0, 2.0),
        claims=INC_CLAIM_IDS,
        evaluate=evaluate_incoherent,
    ),
]
