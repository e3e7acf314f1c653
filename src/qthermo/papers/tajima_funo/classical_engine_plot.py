"""Figure of the classical-engine comparison (Tajima-Funo Fig. 4 and Eq. 8, issue 12).

(a) power of the collective and the independent-decay engine against tau_C; (b) their power
ratio; (c) each power-efficiency ratio over a bound (1 = saturation); (d) entropy production per
cycle. doi:10.1103/PhysRevLett.127.190604.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from qthermo.papers.tajima_funo.fig4 import exceed_intervals

__all__ = ["plot_classical_engine"]

QUANTUM = {"color": "tab:red", "lw": 1.8}
CLASSICAL = {"color": "tab:green", "lw": 1.8}


def _shade_advantage(ax, df: pd.DataFrame) -> None:
    """Shade the tau_C ranges where the quantum ratio beats the classical engine's bound."""
    for lo, hi in exceed_intervals(df.tau_c, (df.ratio_q > df.classical_bound_cl).to_numpy()):
        ax.axvspan(lo, hi, color="tab:red", alpha=0.08, lw=0)


def _panel_power(ax, df: pd.DataFrame) -> None:
    ax.semilogx(df.tau_c, df.power_q, label="collective (quantum) engine", **QUANTUM)
    ax.semilogx(df.tau_c, df.power_cl, "--", label="independent decay (classical)", **CLASSICAL)
    ax.set_ylabel(r"power $W/\tau$  [$\hbar\omega\,\Gamma_0$]")
    ax.set_title("(a) power")
    ax.legend(loc="upper right")


def _panel_power_ratio(ax, df: pd.DataFrame) -> None:
    ax.semilogx(df.tau_c, df.power_ratio, color="k", lw=1.6)
    ax.axhline(1.0, color="0.5", lw=0.8, ls=":")
    ax.set_ylabel(r"$P_{\rm quantum}/P_{\rm classical}$")
    ax.set_title("(b) power ratio (equal efficiencies)")


def _panel_tightness(ax, df: pd.DataFrame) -> None:
    _shade_advantage(ax, df)
    ax.semilogx(
        df.tau_c,
        df.ratio_q / df.quantum_bound_q,
        label=r"quantum / its $c(\bar A_{cl}+\bar A_{qm})$",
        **QUANTUM,
    )
    ax.semilogx(
        df.tau_c,
        df.ratio_q / df.classical_bound_q,
        ":",
        color="tab:red",
        lw=1.4,
        label=r"quantum / its own-trajectory $c\bar A_{cl}$ (Fig. 4)",
    )
    ax.semilogx(
        df.tau_c,
        df.ratio_q / df.classical_bound_cl,
        "-.",
        color="tab:purple",
        lw=1.4,
        label=r"quantum / classical engine's $c\bar A_{cl}$",
    )
    ax.semilogx(
        df.tau_c,
        df.ratio_cl / df.classical_bound_cl,
        "--",
        label=r"classical / its own $c\bar A_{cl}$ (Eq. 8)",
        **CLASSICAL,
    )
    ax.axhline(1.0, color="k", lw=0.8)
    ax.set_ylabel("power-efficiency ratio / bound")
    ax.set_title("(c) ratio / bound (shaded: above the classical\nengine's bound)")
    ax.legend(loc="lower center", fontsize=6)


def _panel_entropy(ax, df: pd.DataFrame) -> None:
    ax.loglog(df.tau_c, df.entropy_q, label="collective (quantum)", **QUANTUM)
    ax.loglog(df.tau_c, df.entropy_cl, "--", label="independent decay (classical)", **CLASSICAL)
    ax.set_ylabel(r"$\Sigma = -\beta_H Q_H - \beta_C Q_C$ per cycle")
    ax.set_title("(d) entropy production per cycle")
    ax.legend(loc="lower right")


def plot_classical_engine(df: pd.DataFrame, cfg: dict[str, Any]):
    """The four panels described in the module docstring, from ``classical_engine.csv``."""
    from qthermo.plumbing.figures import plt, setup_style

    setup_style()
    fig, axes = plt.subplots(2, 2, figsize=(7.4, 5.6), sharex=True)
    _panel_power(axes[0, 0], df)
    _panel_power_ratio(axes[0, 1], df)
    _panel_tightness(axes[1, 0], df)
    _panel_entropy(axes[1, 1], df)
    for ax in axes[1]:
        ax.set_xlabel(r"duration of the cold stroke $\tau_C$  [$1/\Gamma_0$]")
    fig.suptitle(
        "Tajima-Funo Fig. 4 against a classical engine (same qubits, rates and cycle, independent "
        rf"decay)"
        "\n"
        rf"$\omega_H$={cfg['omega_h']}, $\omega_C$={cfg['omega_c']}, "
        rf"$\beta_H$={cfg['beta_h']}, $\beta_C$={cfg['beta_c']}, $\tau_H$={cfg['tau_h']}",
        fontsize=8,
    )
    fig.tight_layout()
    return fig
