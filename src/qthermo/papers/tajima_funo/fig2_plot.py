"""Drawing of Tajima-Funo Fig. 2: the four-step cycle diagram and the Result 3 scaling panels.

Reads the tables of :mod:`qthermo.papers.tajima_funo.fig2`.  doi:10.1103/PhysRevLett.127.190604.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

__all__ = ["plot"]


def _cycle_diagram(ax) -> None:
    """Panel (a): the four-step cycle of Fig. 2 drawn as energy levels and arrows."""
    from matplotlib.patches import FancyBboxPatch

    ax.axis("off")
    ax.set_xlim(0, 10)
    ax.set_ylim(0, 7.2)
    y0 = 2.3
    # Hot stroke (left, large gap) and cold stroke (right, small gap), N = 4 levels drawn.
    for x0, gap, col, name in ((1.0, 3.0, "tab:red", "hot"), (6.6, 1.6, "tab:blue", "cold")):
        for dx in (0.0, 0.55, 1.1, 1.65):
            ax.plot([x0 + dx, x0 + dx + 0.4], [y0, y0], color="k", lw=1.6)
            ax.plot([x0 + dx, x0 + dx + 0.4], [y0 + gap, y0 + gap], color="k", lw=1.6)
        ax.annotate(
            "",
            xy=(x0 - 0.2, y0 + gap),
            xytext=(x0 - 0.2, y0),
            arrowprops=dict(arrowstyle="<->", lw=0.8),
        )
        ax.text(
            x0 - 0.35,
            y0 + gap / 2,
            rf"$\hbar\omega_{name[0].upper()}$",
            ha="right",
            va="center",
            fontsize=8,
        )
        ax.add_patch(
            FancyBboxPatch(
                (x0 - 0.1, 0.25), 2.25, 0.7, boxstyle="round,pad=0.05", fc=col, alpha=0.25, ec=col
            )
        )
        ax.text(x0 + 1.0, 0.6, f"{name} bath", ha="center", va="center", fontsize=7)
        ax.annotate(
            "",
            xy=(x0 + 1.0, y0 - 0.15),
            xytext=(x0 + 1.0, 1.05),
            arrowprops=dict(arrowstyle="<|-|>", color=col, lw=1.2),
        )
    ax.text(
        2.05, 5.75, "step 1: hot contact\nfor $\\tau_H$, absorbs $Q_H$", ha="center", fontsize=6.5
    )
    ax.text(
        7.65, 4.3, "step 3: cold contact\nfor $\\tau_C$, releases $Q_C$", ha="center", fontsize=6.5
    )
    ax.annotate(
        "",
        xy=(6.4, 4.0),
        xytext=(3.4, 5.1),
        arrowprops=dict(arrowstyle="->", lw=1.2, connectionstyle="arc3,rad=-0.2"),
    )
    ax.text(5.3, 5.45, "step 2: quench\n$\\omega_H\\to\\omega_C$", ha="center", fontsize=6.5)
    ax.annotate(
        "",
        xy=(3.4, 2.5),
        xytext=(6.4, 2.5),
        arrowprops=dict(arrowstyle="->", lw=1.2, connectionstyle="arc3,rad=-0.2"),
    )
    ax.text(4.9, 1.45, "step 4: quench\n$\\omega_C\\to\\omega_H$", ha="center", fontsize=6.5)
    ax.set_title("(a) four-step cycle (Fig. 2), N-fold degenerate levels", fontsize=8)


def _plot_loglog_fit(ax, x, y) -> None:
    """Overlay the least-squares power law through (x, y) with its exponent in the legend."""
    s = np.polyfit(np.log(x), np.log(y), 1)
    ax.loglog(
        x, np.exp(np.polyval(s, np.log(x))), "-", color="k", lw=0.8, label=f"fit slope {s[0]:.3f}"
    )


def plot(df: pd.DataFrame, check: pd.DataFrame, cfg: dict[str, Any]):
    """Fig. 2: (a) cycle diagram, (b) eta_Car - eta, (c) power, (d) ratio versus bounds."""
    from qthermo.plumbing.figures import plt, setup_style

    setup_style()
    fig, axes = plt.subplots(2, 2, figsize=(7.2, 5.8))
    _cycle_diagram(axes[0, 0])
    q = df[df.medium == "collective"].sort_values("N")
    cl = df[df.medium == "incoherent"].sort_values("N")
    qf = q[q.N >= cfg["fit_N_min"]]
    ax = axes[0, 1]
    ax.loglog(q.N, q.gap, "o", ms=3, color="tab:red", label="collective (coherent)")
    ax.loglog(cl.N, cl.gap, "x", ms=4, color="tab:blue", label="incoherent (classical)")
    _plot_loglog_fit(ax, qf.N, qf.gap)
    ax.set_xlabel("N")
    ax.set_ylabel(r"$\eta_{Car}-\eta$")
    ax.set_title("(b) efficiency gap (same for both media)")
    ax.legend()
    ax = axes[1, 0]
    ax.loglog(q.N, q.power, "o", ms=3, color="tab:red", label="collective (coherent)")
    ax.loglog(cl.N, cl.power, "x", ms=4, color="tab:blue", label="incoherent (classical)")
    _plot_loglog_fit(ax, qf.N, qf.power)
    ok = check[check.medium == "collective"]
    ax.loglog(ok.N, ok.power_full, "s", mfc="none", ms=7, color="k", label="full 2N-dim check")
    okc = check[check.medium == "incoherent"]
    ax.loglog(okc.N, okc.power_full, "s", mfc="none", ms=7, color="k")
    ax.set_xlabel("N")
    ax.set_ylabel(r"power $W/\tau$")
    ax.set_title(r"(c) power, strokes $\tau_0/(\gamma N^2)$")
    ax.legend()
    ax = axes[1, 1]
    ax.loglog(q.N, q.ratio, "o", ms=3, color="tab:red", label="ratio, collective")
    ax.loglog(q.N, q.quantum_bound, "--", color="k", label=r"$c(\bar A_{cl}+\bar A_{qm})$")
    ax.loglog(cl.N, cl.ratio, "x", ms=4, color="tab:blue", label="ratio, incoherent")
    ax.loglog(q.N, q.classical_bound, "--", color="tab:blue", label=r"$c\bar A_{cl}$")
    ax.set_xlabel("N")
    ax.set_ylabel(r"$(W/\tau)/(\eta_{Car}-\eta)$")
    ax.set_title("(d) power-efficiency ratio vs Eq. (8)")
    ax.legend()
    fig.suptitle(
        rf"Tajima-Funo Fig. 2 / Result 3: $\beta_H$={cfg['beta_h']}, $\beta_C$={cfg['beta_c']}, "
        rf"$\beta_H\hbar\omega_H$={cfg['x_h']}, $\beta_C\hbar\omega_C=\beta_H\hbar\omega_H$+"
        rf"{cfg['delta0']}/N, $\tau_{{H,C}}$={cfg['tau0']}/($\gamma N^2$)",
        fontsize=8,
    )
    fig.tight_layout()
    return fig
