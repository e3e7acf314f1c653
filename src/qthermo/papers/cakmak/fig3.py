"""Cakmak et al. Fig. 3: two atoms (N = 2) from two superpositions; dipolar coupling f0 varied.

Cakmak, Manatuly & Mustecaplioglu, PRA 96, 032117 (2017), doi:10.1103/PhysRevA.96.032117,
Fig. 3, Sec. III B and Appendix A.  Tables ``fig3`` (C_l1(t)) and ``fig3_longtime`` (exact
t -> infinity limits by Krylov kernel projection, with the closed form), figure ``cakmak_fig3``.
The spread of the long-time values over f0 enters ck.dipolar_independence
(:mod:`qthermo.papers.cakmak.fig4`).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from qthermo.core.coherence import l1_coherence
from qthermo.papers.cakmak.kernel import kernel_projection_krylov
from qthermo.papers.cakmak.model import fig3_initial_state, n2_c_l1_curve, n2_long_time_c_l1
from qthermo.papers.cakmak.vacuum import vacuum_table

__all__ = ["compute", "fig3_dipolar_part", "plot_fig3", "FIG3_LABELS"]

FIG3_LABELS = {"a": "(|ge> + i|eg>)/sqrt2", "b": "(sqrt3|ge> + |eg>)/2"}


def compute(cfg: dict[str, Any], progress=None) -> dict[str, pd.DataFrame]:
    """Tables ``fig3``, ``fig3_longtime`` and ``vacuum`` (the same states at nbar = 0)."""
    g0 = cfg["gamma0"]
    c3 = cfg["fig3"]
    t3 = np.linspace(0.0, c3["t_max"], c3["n_times"]) / g0
    rows, lt_rows = [], []
    for state in ("a", "b"):
        rho0 = fig3_initial_state(state)
        for f0r in c3["f0_over_gamma0"]:
            c, sup = n2_c_l1_curve(rho0, t3, nbar=c3["nbar"], f0=f0r * g0, gamma0=g0)
            rows.append(
                pd.DataFrame(
                    {"state": state, "f0_over_gamma0": f0r, "gamma0_t": t3 * g0, "c_l1": c}
                )
            )
            kp = kernel_projection_krylov(sup, rho0, cfg["krylov_breakdown_tol"])
            lt_rows.append(
                {
                    "state": state,
                    "f0_over_gamma0": f0r,
                    "c_l1_long_time": l1_coherence(kp.rho),
                    "c_l1_long_time_closed_form": n2_long_time_c_l1(rho0, c3["nbar"]),
                    "krylov_dim": kp.krylov_dim,
                    "stationarity_residual": kp.stationarity_residual,
                }
            )
    fig3 = pd.concat(rows, ignore_index=True)
    if progress:
        progress(f"fig3: {len(fig3)} rows")
    return {"fig3": fig3, "fig3_longtime": pd.DataFrame(lt_rows), "vacuum": vacuum_table(cfg)}


def fig3_dipolar_part(dfs: dict[str, pd.DataFrame]) -> dict[str, Any]:
    """Spread of the Fig. 3 long-time C_l1 over f0, per initial state."""
    lt = dfs["fig3_longtime"]
    spread = {}
    for state, grp in lt.groupby("state"):
        v = grp.c_l1_long_time.to_numpy()
        spread[state] = {
            "values": v.tolist(),
            "f0_over_gamma0": grp.f0_over_gamma0.tolist(),
            "max_rel_spread": float((v.max() - v.min()) / abs(v.mean())),
            "closed_form": float(grp.c_l1_long_time_closed_form.iloc[0]),
        }
    return spread


def plot_fig3(dfs: dict[str, pd.DataFrame], cfg: dict[str, Any]):
    """Fig. 3: C_l1(t) for the two initial states, f0/gamma0 = 100 (solid) and 1 (dashed)."""
    from qthermo.plumbing.figures import plt, setup_style

    setup_style()
    fig, axes = plt.subplots(1, 2, figsize=(7.2, 3.0), sharey=False)
    df = dfs["fig3"]
    lt = dfs["fig3_longtime"]
    styles = ["-", "--", ":", "-."]
    for ax, state in zip(axes, ("a", "b"), strict=True):
        sub = df[df.state == state]
        for i, (f0r, grp) in enumerate(sub.groupby("f0_over_gamma0", sort=False)):
            ax.plot(grp.gamma0_t, grp.c_l1, styles[i % 4], lw=1.0, label=rf"$f_0/\gamma_0$={f0r:g}")
        val = float(lt[lt.state == state].c_l1_long_time_closed_form.iloc[0])
        ax.axhline(val, color="tab:red", lw=0.8, ls=":", label=f"long-time limit {val:.4f}")
        ax.set_xlabel(r"$\gamma_0 t$")
        ax.set_ylabel(r"$C_{l_1}$")
        ax.set_title(f"({state}) " + FIG3_LABELS[state].replace("sqrt", "√"), fontsize=9)
        ax.legend(loc="upper right")
    fig.suptitle(
        rf"Cakmak et al. Fig. 3: dipolar coupling only shapes the transient ($\bar n$="
        rf"{cfg['fig3']['nbar']:g})",
        fontsize=9,
    )
    fig.tight_layout()
    return fig
