"""Figure cakmak_heat_exchange: the printed forms of Sec. III C-IV and Appendices A/C against the
exact generator (Cakmak et al., doi:10.1103/PhysRevA.96.032117; tables from
:mod:`qthermo.papers.cakmak.heat_exchange_analysis`)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

__all__ = ["plot_heat_exchange"]


def plot_heat_exchange(dfs: dict[str, pd.DataFrame], cfg: dict[str, Any]):
    """(a) Eq. (19) coefficients, printed over generator; (b) Eq. (27) heat current, printed and
    derived against Tr[H D(rho)]; (c) Appendix A, deviation of the printed rho_ij(t)."""
    from qthermo.plumbing.figures import plt, setup_style

    setup_style()
    fig, (a, b, c) = plt.subplots(1, 3, figsize=(11, 3.4))
    co = dfs["heat_exchange"]
    ratio = co.printed_over_generator.to_numpy(dtype=float)
    ok = np.isclose(ratio, 1.0) | np.isnan(ratio)
    y = np.arange(len(co))
    a.barh(y, np.nan_to_num(ratio, nan=1.0), color=np.where(ok, "tab:gray", "tab:red"))
    a.axvline(1.0, color="k", lw=0.8)
    a.set_yticks(y, co.coefficient, fontsize=6)
    a.set(xlabel="printed / from the generator", title="(a) Eq. (19) Bloch coefficients")
    cur = dfs["heat_exchange_current"]
    lim = float(np.nanmax(np.abs(cur[["J_generator", "J_printed"]].to_numpy())))
    b.plot([-lim, lim], [-lim, lim], "k:", lw=0.8)
    for kind, marker in (("random", "o"), ("steady_state", "s")):
        d = cur[cur.kind == kind]
        b.plot(d.J_generator, d.J_derived, marker, ms=4, mfc="none", color="tab:blue",
               label=f"derived, {kind.replace('_', ' ')}")  # fmt: skip
        b.plot(d.J_generator, d.J_printed, marker, ms=4, color="tab:red",
               label=f"printed, {kind.replace('_', ' ')}")  # fmt: skip
    b.set(xlabel="Tr[H D(rho)] (exact)", ylabel="heat current of Eq. (27)",
          title="(b) Eq. (27): printed vs derived")  # fmt: skip
    b.legend(fontsize=6)
    a1 = dfs["heat_exchange_a1"]
    for col, label in (("printed_dev_rho22", "printed rho_22"), ("printed_dev_rho23", "printed rho_23"),
                       ("corrected_dev_all", "corrected, all")):  # fmt: skip
        g = a1.groupby("f_t")[col].max()
        c.semilogy(g.index, np.maximum(g.to_numpy(), 1e-17), label=label)
    c.set(xlabel="f t", ylabel="max deviation from exp(-i H_d t)",
          title="(c) Appendix A, random states")  # fmt: skip
    c.legend(fontsize=6)
    fig.tight_layout()
    return fig
