"""Shared context of the diosi.* claims: source, interpretations, recorded parameters."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pandas as pd

from qthermo.papers import PAPERS

__all__ = [
    "SOURCE",
    "INTERPRETATION_INC",
    "INTERPRETATION_LOC",
    "inc_parameters",
    "local_parameters",
    "inc_context",
    "smallest_eps",
]

SOURCE = PAPERS["diosi"].citation
INTERPRETATION_INC = (
    "Thermalizer as on the slides: decay rate Gamma, excitation rate Gamma exp(-beta omega) "
    "(hbar = 1). Heat current J_a = Tr[H D_a(rho)] with the full H = omega (n_A + n_B), equal to "
    "the slides' Tr[J_A rho] with J_A = L_A^*(H_A). The incoherent coupling is represented as a "
    "third 'bath' (white noise) with channels a^+ b and a b^+ at rate eps; in resonance it "
    "exchanges no energy, so its placeholder inverse temperature drops out (J_K = 0 recorded). "
    "The slides give no numbers: omega, Gamma, temperatures and eps grid are our choice."
)
INTERPRETATION_LOC = (
    "Local master equation: H = omega_A n_A + omega_B n_B + eps (a^+ b + b^+ a) with the local "
    "thermalizers L_A + L_B unchanged (Model built with check=False). Heat currents and entropy "
    "production use the full H (Tr[H D_a(rho)], Spohn form with exp(-beta_a H)), as the issue "
    "asks; entropy production is evaluated with check_nonnegative=False. Bath A is the hot one."
)
_INC_PARAMETERS = (
    "omega",
    "gamma_A",
    "gamma_ratios",
    "temperatures",
    "eps_over_gamma_min",
    "eps_over_gamma_max",
    "n_eps",
    "noise_beta",
    "fit_eps_max",
)


def inc_parameters(cfg: dict[str, Any]) -> dict[str, Any]:
    """The incoherent-sweep parameters recorded with the claims."""
    ci = cfg["incoherent"]
    return {k: ci[k] for k in _INC_PARAMETERS}


def inc_context(cfg: dict[str, Any], artifacts: Sequence[str]) -> dict[str, Any]:
    """artifacts, parameters and interpretation of the claims on the incoherent model."""
    return dict(
        artifacts=artifacts, parameters=inc_parameters(cfg), interpretation=INTERPRETATION_INC
    )


def smallest_eps(inc: pd.DataFrame) -> pd.DataFrame:
    """Rows of the incoherent table at the smallest eps/Gamma."""
    return inc[inc.eps_over_gamma == inc.eps_over_gamma.min()]


def local_parameters(cfg: dict[str, Any]) -> dict[str, Any]:
    """The local-map parameters recorded with the claims."""
    return dict(cfg["local"])
