"""Figure of the two-bath steady states and engines of Kamimura et al. (issue 13).

(a) steady-state current against L: the parity model with L-scaled temperatures, the same at
fixed temperatures, the superradiant ladder, and Bound 1; (b) J_ss / Bound 1; (c) Otto-engine
power against L for the three engines. doi:10.1103/PhysRevLett.131.090401.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

__all__ = ["plot_steady_state"]

STYLE = {
    "parity": {"color": "tab:red", "label": r"$m=L$, $T_a \propto L$ (ours)"},
    "parity_fixed_T": {"color": "tab:gray", "ls": "--", "label": r"$m=L$, fixed $T_a$"},
    "collective": {"color": "tab:blue", "label": "superradiant ladder, fixed $T_a$"},
    "parallel": {"color": "tab:green", "label": "L independent qubits (parallel)"},
}


def _panel_current(ax, ss: pd.DataFrame) -> None:
    for kind in ("parity", "parity_fixed_T", "collective"):
        d = ss[ss.model == kind]
        ax.loglog(d.L, np.exp(d.logJ_h), lw=1.6, **STYLE[kind])
    p = ss[ss.model == "parity"]
    ax.loglog(p.L, p.bound1_h, ":", color="k", lw=1.2, label="Bound 1 (Eq. 9)")
    ax.set_ylim(1e-3, p.bound1_h.max() * 5)
    ax.set_xlabel("L")
    ax.set_ylabel(r"steady-state heat current $J_{ss}$")
    ax.set_title(r"(a) $J_{ss}$: $L^3$ (red), $L$ (blue), collapse (grey)")
    ax.legend(fontsize=6, loc="upper left")


def _panel_ratio(ax, ss: pd.DataFrame) -> None:
    for kind in ("parity", "collective"):
        d = ss[ss.model == kind]
        ax.loglog(d.L, d.ratio1_h, lw=1.6, **STYLE[kind])
    ax.set_xlabel("L")
    ax.set_ylabel(r"$J_{ss}$ / Bound 1")
    ax.set_title("(b) how close to Bound 1")


def _panel_engine(ax, eng: pd.DataFrame) -> None:
    for kind in ("parity", "collective", "parallel"):
        d = eng[eng.model == kind]
        ax.loglog(d.L, d.P, lw=1.6, **{k: v for k, v in STYLE[kind].items() if k != "ls"})
    eta = float(eng.eta.iloc[0])
    ax.set_xlabel("L")
    ax.set_ylabel("Otto-engine power (fast switching)")
    ax.set_title(rf"(c) engine power, $\eta = {eta:.3g}$ for all")
    ax.legend(fontsize=6, loc="upper left")


def plot_steady_state(tables: dict[str, pd.DataFrame], cfg: dict[str, Any]):
    """The three panels of the module docstring from the ``steady_state`` and ``engine`` tables."""
    from qthermo.plumbing.figures import plt, setup_style

    setup_style()
    fig, axes = plt.subplots(1, 3, figsize=(9.6, 3.3))
    _panel_current(axes[0], tables["steady_state"])
    _panel_ratio(axes[1], tables["steady_state"])
    _panel_engine(axes[2], tables["engine"])
    fig.suptitle(
        "Kamimura et al.: two-bath steady states and Otto engines (our construction), "
        rf"$x_h$={cfg['x_h']}, $x_c$={cfg['x_c']}, $\omega_h$={cfg['omega_h']}, "
        rf"$\omega_c$={cfg['omega_c']}, g={cfg['g']}",
        fontsize=8,
    )
    fig.tight_layout()
    return fig
