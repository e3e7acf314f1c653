"""Declared schemas of the Kamimura et al. intermediate tables (``results/kamimura/*.csv``).

Keyed by the workflow's input names (``scaling``, ``eq12``, ``burst_peaks``, ``burst_curves``,
``rwa``, ``table`` = worst case); row counts and L grids follow from the ``kamimura`` config
section exactly as :mod:`~qthermo.papers.kamimura.tables` and
:mod:`~qthermo.papers.kamimura.worst_case` build them.
"""

from __future__ import annotations

from typing import Any

import pandera.pandas as pa

from qthermo.papers.kamimura.family import COLUMNS as FAMILY_COLUMNS
from qthermo.papers.kamimura.family import family_L_values
from qthermo.papers.kamimura.grids import even_log_grid, log_grid, odd_log_grid
from qthermo.papers.kamimura.regime import COLUMNS as REGIME_COLUMNS
from qthermo.papers.kamimura.steady_state_tables import ENGINE_KINDS, EQ21_KINDS, STEADY_KINDS
from qthermo.papers.kamimura.steady_state_tables import grid as steady_grid
from qthermo.papers.kamimura.tables import MODELS
from qthermo.papers.kamimura.transient_heat import BURST_COLUMNS
from qthermo.papers.kamimura.transient_heat import COLUMNS as TRANSIENT_COLUMNS
from qthermo.plumbing.tables import table_schema

__all__ = [
    "schemas",
    "steady_state_schemas",
    "family_schema",
    "even_L_schema",
    "superabsorption_schema",
    "transient_schemas",
    "regime_schema",
    "bath_readings_schemas",
]


def _grid(c: dict[str, Any]) -> list[int]:
    return odd_log_grid(c["L_small_max"], c["L_max"], c["per_decade"])


def schemas(cfg: dict[str, Any]) -> dict[str, pa.DataFrameSchema]:
    """Schema of every ``results/kamimura`` table, keyed by its workflow input name."""
    c, b, r, wc = cfg["scaling"], cfg["burst"], cfg["rwa"], cfg["worst_case"]
    Ls, Lw = _grid(c), _grid(wc)
    Lb = sorted(set(log_grid(b["L_min"], b["L_max"], b["n_L"])) | set(b["L_show"]))
    n12 = c["eq12_all_m_L_max"]
    return {
        "scaling": table_schema(
            "kamimura.scaling",
            "L model J0 bound1 bound2 J0_formula norm_H norm_A xi delta_E n_baths",
            ints="L n_baths",
            strs="model",
            isin={"model": MODELS},
            grid={"L": Ls},
            ranges={"bound1": (0.0, None), "bound2": (0.0, None), "norm_H": (0.0, None)},
            rows=len(Ls) * len(MODELS),
        ),
        "eq12": table_schema(
            "kamimura.eq12",
            "L m J0 J0_eq12",
            ints="L m",
            grid={"L": range(1, n12 + 1)},
            rows=n12 * (n12 + 1) // 2,
        ),
        "burst_peaks": table_schema(
            "kamimura.burst_peaks",
            "L t_peak J_peak bound1 bound2 solver_steps",
            ints="L solver_steps",
            grid={"L": Lb},
            ranges={"t_peak": (0.0, None)},
            rows=len(Lb),
        ),
        "burst_curves": table_schema(
            "kamimura.burst_curves",
            "L t J",
            ints="L",
            grid={"L": b["L_show"]},
            ranges={"t": (0.0, None)},
            rows=len(set(b["L_show"])) * b["n_grid"],
        ),
        "rwa": table_schema(
            "kamimura.rwa",
            "example L dim state commutes commutator_max J_redfield J_gksl rel_diff",
            strs="example state",
            ints="L dim",
            bools="commutes",
            ranges={"commutator_max": (0.0, None), "rel_diff": (0.0, None)},
            rows=3 * 2 * r["n_states"],
        ),
        "table": table_schema(
            "kamimura.worst_case",
            "L model J_max J_max_sign degeneracy n_exc_min n_exc_max overlap_psi0 "
            "herm_rel_error J0_abs bound1 bound2 ratio1 ratio2 ratio1_psi0 ratio2_psi0 delta_E "
            "J_max_full sym_restriction_rel_error J_random_max_dicke J_random_max_full n_random",
            ints="L J_max_sign degeneracy n_random",
            strs="model",
            nullable="J_max_full sym_restriction_rel_error J_random_max_dicke J_random_max_full",
            isin={"model": MODELS},
            grid={"L": Lw},
            ranges={
                "J_max": (0.0, None),
                "degeneracy": (1, None),
                "overlap_psi0": (0.0, 1.0 + 1e-12),
                "herm_rel_error": (0.0, None),
            },
            rows=len(Lw) * len(MODELS),
        ),
    }


def steady_state_schemas(c: dict[str, Any]) -> dict[str, pa.DataFrameSchema]:
    """Schemas of the tables of config section ``kamimura.steady_state`` (keyed as its rule's
    inputs: ``steady_state``, ``engine``, ``eq21``)."""
    Ls = steady_grid(c)
    return {
        "steady_state": table_schema(
            "kamimura.steady_state",
            "L model J_h J_c sigma bound1_h bound1_c residual logJ_h ratio1_h beta_h beta_c T_h "
            "T_c w0 xi_h xi_c norm_H norm_A local_exponent",
            ints="L",
            strs="model",
            isin={"model": STEADY_KINDS},
            grid={"L": Ls},
            ranges={"bound1_h": (0.0, None), "bound1_c": (0.0, None), "ratio1_h": (0.0, None)},
            rows=len(Ls) * len(STEADY_KINDS),
        ),
        "engine": table_schema(
            "kamimura.steady_state_engine",
            "L model P Qdot_h Qdot_c eta sigma Qdot_h_inst eta_otto eta_carnot bound1_h ratio1_h "
            "beta_h beta_c",
            ints="L",
            strs="model",
            isin={"model": ENGINE_KINDS},
            grid={"L": Ls},
            ranges={"bound1_h": (0.0, None)},
            rows=len(Ls) * len(ENGINE_KINDS),
        ),
        "eq21": table_schema(
            "kamimura.eq21_check",
            "model L commutant_residual commutator_max J_h_full J_h_dicke",
            ints="L",
            strs="model",
            isin={"model": EQ21_KINDS},
            grid={"L": range(1, c["eq21_L_max"] + 1)},
            ranges={"commutant_residual": (0.0, None), "commutator_max": (0.0, None)},
            rows=len(EQ21_KINDS) * c["eq21_L_max"],
        ),
    }


def family_schema(cfg: dict[str, Any]) -> pa.DataFrameSchema:
    """``family.csv``: one row per (L, k) of the L - m = k family (``kamimura`` config)."""
    ks = cfg["family"]["k_values"]
    Ls = family_L_values(cfg["scaling"], max(ks))
    return table_schema(
        "kamimura.family",
        FAMILY_COLUMNS,
        ints="L k m",
        grid={"L": Ls, "k": ks},
        ranges={"m": (1, None), "bound1": (0.0, None)},
        rows=len(Ls) * len(ks),
    )


def even_L_schema(cfg: dict[str, Any]) -> pa.DataFrameSchema:
    """``even_L.csv``: one row per (even L, model) (``kamimura`` config)."""
    from qthermo.papers.kamimura import even_L as ev

    e = cfg["even_L"]
    Ls = even_log_grid(e["L_small_max"], e["L_max"], e["per_decade"])
    return table_schema(
        "kamimura.even_L",
        ev.COLUMNS,
        ints="L",
        strs="model",
        nullable="J0_full",
        isin={"model": ev.MODELS},
        grid={"L": Ls},
        ranges={
            "J0": (None, 0.0),
            "J0_formula": (None, 0.0),
            "bound1": (0.0, None),
            "bound2": (0.0, None),
        },
        rows=len(Ls) * len(ev.MODELS),
    )


def superabsorption_schema(cfg: dict[str, Any]) -> pa.DataFrameSchema:
    """``superabsorption.csv``: one row per (odd L, Omega reading) (``kamimura`` config)."""
    from qthermo.papers.kamimura import superabsorption as sa

    Ls = _grid(cfg["scaling"])
    return table_schema(
        "kamimura.superabsorption",
        sa.COLUMNS,
        ints="L",
        strs="reading",
        isin={"reading": sa.READINGS},
        grid={"L": Ls},
        ranges={
            "J0": (0.0, None),
            "bound1": (0.0, None),
            "bound2": (0.0, None),
            "norm_H": (0.0, None),
            "delta_E": (0.0, None),
            "bohr_gap": (0.0, None),
        },  # fmt: skip
        rows=len(Ls) * len(sa.READINGS),
    )


def transient_schemas(cfg: dict[str, Any]) -> dict[str, pa.DataFrameSchema]:
    """``transient.csv`` (E, J on the s grid per L) and ``transient_budget.csv`` (per L and
    model: total heat and t_90), from the ``kamimura`` config."""
    t = cfg["transient"]
    Ls = list(range(3, t["L_max"] + 1, 2))
    return {
        "curves": table_schema(
            "kamimura.transient",
            TRANSIENT_COLUMNS,
            ints="L",
            grid={"L": Ls},
            ranges={"s": (0.0, t["s_max"]), "E_closed": (0.0, None)},
            rows=len(Ls) * t["n_s"],
        ),
        "budget": table_schema(
            "kamimura.transient_budget",
            BURST_COLUMNS,
            ints="L",
            strs="model",
            isin={"model": ["m=L", "superradiance"]},
            grid={"L": Ls},
            ranges={"Q_total": (0.0, None), "t_90": (0.0, None)},
            rows=2 * len(Ls),
        ),
    }


def regime_schema(cfg: dict[str, Any]) -> pa.DataFrameSchema:
    """``regime.csv``: one row per (model, L) of the scaling and steady-state tables."""
    return table_schema(
        "kamimura.regime",
        REGIME_COLUMNS,
        ints="L",
        strs="source model bath",
        bools="in_regime",
        nullable="x_filter",
        isin={"source": ["scaling", "steady_state"], "bath": ["white_noise", "narrow_band"]},
        ranges={"rate": (0.0, None), "x": (0.0, None), "ceiling": (0.0, None)},
    )


def bath_readings_schemas(cfg: dict[str, Any]) -> dict[str, pa.DataFrameSchema]:
    """``broadband.csv`` (one row per (omega_c, odd L, model)) and ``parallel_bath.csv`` (one row
    per (reading, odd L)) (``kamimura`` config)."""
    from qthermo.papers.kamimura import bath_readings as br

    Ls, wcs = _grid(cfg["scaling"]), cfg["bath_readings"]["omega_c_values"]
    broadband = table_schema(
        "kamimura.broadband",
        br.BROADBAND_COLUMNS,
        ints="L",
        strs="model",
        isin={"model": MODELS},
        grid={"L": Ls, "omega_c": [float(w) for w in wcs]},
        ranges={
            "bound1": (0.0, None),
            "bound2": (0.0, None),
            "xi": (0.0, None),
            "norm_A": (0.0, None),
            "delta_E": (0.0, None),
        },
        rows=len(Ls) * len(wcs) * len(MODELS),
    )
    parallel = table_schema(
        "kamimura.parallel_bath",
        br.PARALLEL_COLUMNS,
        ints="L",
        strs="reading",
        nullable=("J0_full", "J_peak_full"),
        isin={"reading": br.READINGS},
        grid={"L": Ls},
        ranges={"J0": (None, 0.0), "J_peak": (None, 0.0), "t_peak": (0.0, None)},
        rows=len(Ls) * len(br.READINGS),
    )
    return {"broadband": broadband, "parallel_bath": parallel}
