"""Declared schemas of the issue-14 reading and power tables of Cakmak et al.
(``results/cakmak/readings_*.csv``, ``power.csv``, ``separation_large.csv``; producers
:mod:`qthermo.papers.cakmak.readings`, :mod:`qthermo.papers.cakmak.power` and
:mod:`qthermo.papers.cakmak.separation_large`),
doi:10.1103/PhysRevA.96.032117."""

from __future__ import annotations

from typing import Any

import pandera.pandas as pa

from qthermo.papers.cakmak.power import PROTOCOLS
from qthermo.papers.cakmak.readings import frame_starts
from qthermo.plumbing.tables import table_schema

__all__ = ["readings_schemas"]


def readings_schemas(c: dict[str, Any]) -> dict[str, pa.DataFrameSchema]:
    """Schemas of ``readings_x_state``, ``readings_frame``, ``separation_large`` and ``power``."""
    c2, pw = c["fig2"], c["power"]
    n_fig2 = len(c2["nbar_values"]) * c2["n_times"]
    return {
        "readings_x_state": table_schema(
            "cakmak.readings_x_state",
            "nbar gamma0_t rho23_re rho23_im asymmetry outside_max c_l1",
            grid={"nbar": c2["nbar_values"]},
            ranges={
                "gamma0_t": (0.0, None),
                "asymmetry": (0.0, None),
                "outside_max": (0.0, None),
                "c_l1": (0.0, None),
            },  # fmt: skip
            rows=n_fig2,
        ),
        "readings_frame": table_schema(
            "cakmak.readings_frame",
            "start nbar gamma0_t c_l1_interaction c_l1_lab c_dicke_interaction c_dicke_lab "
            "element_change",
            strs="start",
            isin={"start": list(frame_starts())},
            grid={"nbar": c2["nbar_values"]},
            ranges={
                "c_l1_interaction": (0.0, None),
                "c_l1_lab": (0.0, None),
                "element_change": (0.0, None),
            },  # fmt: skip
            rows=len(frame_starts()) * n_fig2,
        ),
        "readings_long_time_signs": table_schema(
            "cakmak.readings_long_time_signs",
            "N min_block_re max_block_im max_outside c_l1",
            ints="N",
            ranges={"max_block_im": (0.0, None), "max_outside": (0.0, None), "c_l1": (0.0, None)},
            rows=c["fig4"]["N_max"] - 1,
        ),
        "separation_large": table_schema(
            "cakmak.separation_large",
            "geometry N xi dipolar f_nn gamma_nn rate kernel_dim lifetime c_peak gamma0_t_peak "
            "c_close_long_time",
            strs="geometry dipolar",
            ints="N kernel_dim",
            isin={"dipolar": ["on", "off"]},
            grid={"geometry": c["separation"]["large_geometries"]},
            ranges={"rate": (0.0, None), "lifetime": (0.0, None), "c_peak": (0.0, None)},
            rows=2 * len(c["separation"]["large_geometries"]) * len(c["separation"]["large_xi"]),
        ),
        "power": table_schema(
            "cakmak.power",
            "protocol t sigma_z P_exact P_printed P_derived J_exact",
            strs="protocol",
            isin={"protocol": list(PROTOCOLS)},
            ranges={"t": (0.0, None), "sigma_z": (-1.0 - 1e-9, 1.0 + 1e-9)},
            rows=len(PROTOCOLS) * pw["n_times"],
        ),
    }
