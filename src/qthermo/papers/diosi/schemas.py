"""Declared schemas of the Diosi heat-flow tables (``results/diosi/*.csv``).

Keyed by the workflow's input names (``incoherent``, ``local``, ``global_comparison``,
``global_map``, ``detuned_map``, ``strong_eps``, ``noise_average``); row counts and grids follow
from the ``diosi`` config section exactly as :mod:`~qthermo.papers.diosi.heat_flow` builds them.
"""

from __future__ import annotations

from typing import Any

import pandera.pandas as pa

from qthermo.papers.diosi.grids import map_axes, temperature_pairs
from qthermo.plumbing.tables import table_schema

__all__ = ["schemas"]

_NONNEG = (0.0, None)


def schemas(cfg: dict[str, Any]) -> dict[str, pa.DataFrameSchema]:
    """Schema of every ``results/diosi`` table, keyed by its workflow input name."""
    ci, cl, cg = cfg["incoherent"], cfg["local"], cfg["global"]
    pairs = temperature_pairs(ci["temperatures"])
    w, t = map_axes(cl)
    return {
        "incoherent": table_schema(
            "diosi.incoherent",
            "T_A T_B beta_A beta_B gamma_ratio gamma_A gamma_B eps_over_gamma eps J_A J_B J_K "
            "sigma sigma_A sigma_B sigma_K J_exact_D1 J_leading_D2 J_liouville_1st J_slide "
            "state_dist_product state_dist_slide_1st state_dist_liouville_1st rel_err_leading "
            "rel_err_slide rel_err_exact",
            nullable="state_dist_slide_1st",
            grid={"gamma_ratio": ci["gamma_ratios"]},
            ranges={
                "T_A": (0.0, None),
                "T_B": (0.0, None),
                "eps": _NONNEG,
                "state_dist_product": _NONNEG,
                "state_dist_liouville_1st": _NONNEG,
                "rel_err_leading": _NONNEG,
                "rel_err_slide": _NONNEG,
                "rel_err_exact": _NONNEG,
            },
            rows=len(pairs) * len(ci["gamma_ratios"]) * ci["n_eps"],
        ),
        "local": table_schema(
            "diosi.local",
            "omega_ratio t_ratio omega_A omega_B T_A T_B J_A J_B sigma sigma_A sigma_B "
            "sigma_sign J_A_exact_D3 J_A_local J_B_local sigma_local violation_predicted "
            "on_boundary",
            ints="sigma_sign",
            bools="violation_predicted on_boundary",
            isin={"sigma_sign": [-1, 0, 1]},
            ranges={"omega_ratio": (0.0, None), "t_ratio": (0.0, None)},
            rows=len(w) * len(t),
        ),
        "global_comparison": table_schema(
            "diosi.global_comparison",
            "detuning eps kind J_A J_B sigma",
            strs="kind",
            isin={"kind": ["local", "global", "incoherent"]},
            grid={"detuning": cg["detunings"]},
            ranges={"eps": (0.0, None)},
            rows=cg["n_eps"] * (3 + 2 * (len(cg["detunings"]) - 1)),
        ),
        "global_map": table_schema(
            "diosi.global_map",
            "omega_ratio t_ratio T_A T_B J_A J_B sigma",
            ranges={"omega_ratio": (0.0, None), "t_ratio": (0.0, None)},
            rows=len(w) * len(t),
        ),
        **_detuned_strong_noise_schemas(cfg),
    }


def _detuned_strong_noise_schemas(cfg: dict[str, Any]) -> dict[str, pa.DataFrameSchema]:
    """Schemas of the detuned-coupling, strong-eps and noise-average tables."""
    cd, cs = cfg["detuned"], cfg["strong"]
    wd, td = map_axes(cd)
    return {
        "detuned_map": table_schema(
            "diosi.detuned_map",
            "omega_ratio t_ratio omega_A omega_B T_A T_B J_A J_B J_K sigma sigma_AB F_exact "
            "J_A_exact J_B_exact J_K_exact gibbs_residual resonant "
            "on_boundary",
            nullable="gibbs_residual",
            bools="resonant on_boundary",
            ranges={"omega_ratio": (0.0, None), "t_ratio": (1.0, None)},
            rows=len(wd) * len(td),
        ),
        "strong_eps": table_schema(
            "diosi.strong_eps",
            "T_A T_B gamma_ratio gamma_A gamma_B kappa_A kappa_B eps_over_gamma eps J_A J_B "
            "J_exact_D1 J_leading_D2 J_saturation rel_err_exact overshoot_leading "
            "fraction_of_saturation",
            grid={"gamma_ratio": cs["gamma_ratios"]},
            ranges={"eps": (0.0, None), "rel_err_exact": _NONNEG},
            rows=len(cs["pairs"]) * len(cs["gamma_ratios"]) * cs["n_eps"],
        ),
        "noise_average": table_schema(
            "diosi.noise_average",
            "t eps_t component exact mean std_err bias_bound",
            strs="component",
            grid={"t": cfg["noise"]["times"]},
            ranges={"std_err": _NONNEG, "bias_bound": _NONNEG},
            rows=16 * len(cfg["noise"]["times"]),
        ),
    }
