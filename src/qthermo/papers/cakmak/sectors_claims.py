"""Claims and figure of the long-time states from arbitrary initial states (Cakmak et al.
Sec. IV); table from :mod:`qthermo.papers.cakmak.sectors`, doi:10.1103/PhysRevA.96.032117."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from qthermo.ledger.claims import Claim, claim, margin_leq
from qthermo.papers import PAPERS
from qthermo.papers.cakmak.sectors import STATES

__all__ = ["sector_claim", "f0_claim", "evaluate_claims", "plot_sectors"]

SOURCE = PAPERS["cakmak"].citation + ", Sec. IV (close-atom limit)"


def sector_claim(df: pd.DataFrame, c: dict[str, Any], artifacts: Sequence[str]) -> Claim:
    """Claim ck.iv.sector_steady_states: each permutation sector keeps its own steady state."""
    worst = float(df.max_abs_dev.max())
    lt = df[df.f0_over_gamma0 == df.f0_over_gamma0.min()]
    per_state = {f"N={int(N)}": dict(zip(g.state, g.c_l1_kernel.round(12), strict=True))
                 for N, g in lt.groupby("N")}  # fmt: skip
    return claim(
        "ck.iv.sector_steady_states",
        source=SOURCE,
        statement="The long-time state is not unique: from any initial state each irreducible "
        "sector J of the collective spin keeps its weight and the coherence between its copies "
        "and relaxes to its own thermal ladder, while coherence between different J decays "
        "(our derivation), so the long-time C_l1 depends on the initial state.",
        measured={"max_abs_dev_kernel_vs_sectors": worst, "long_time_c_l1": per_state},
        expected="kernel projection of the full 4^N Liouvillian = sector formula",
        comparator="max |rho_inf(kernel) - rho_inf(sectors)| <= atol over N = 2..N_max, the "
        "initial states and f0",
        tolerance=c["atol"],
        ok=worst <= c["atol"],
        margin=margin_leq(worst, c["atol"], "max elementwise deviation"),
        artifacts=artifacts,
        parameters={k: c[k] for k in ("N_max", "f0_values", "nbar", "seed")},
    )


def f0_claim(df: pd.DataFrame, c: dict[str, Any], artifacts: Sequence[str]) -> Claim:
    """Claim ck.iv.f0_all_initial_states: the long-time C_l1 does not depend on f0 from any state."""
    spread = df.groupby(["N", "state"]).c_l1_kernel.agg(lambda s: float(s.max() - s.min()))
    worst = float(spread.max())
    return claim(
        "ck.iv.f0_all_initial_states",
        source=SOURCE,
        statement="The dipolar coupling f0 leaves the long-time coherence unchanged from every "
        "initial state, not only from |g...g> (ck.dipolar_independence).",
        measured={
            "max_spread_over_f0": worst,
            "f0_over_gamma0": sorted(df.f0_over_gamma0.unique().tolist()),
        },  # fmt: skip
        expected="independent of f0",
        comparator="max over (N, state) of max_f0 C_l1 - min_f0 C_l1 <= atol (brute-force "
        "kernel projection)",
        tolerance=c["atol"],
        ok=worst <= c["atol"],
        margin=margin_leq(worst, c["atol"], "max spread of C_l1 over f0"),
        artifacts=artifacts,
    )


def evaluate_claims(df: pd.DataFrame, c: dict[str, Any], artifacts: Sequence[str]) -> list[Claim]:
    """Both sector claims."""
    return [sector_claim(df, c, artifacts), f0_claim(df, c, artifacts)]


def plot_sectors(df: pd.DataFrame, c: dict[str, Any]):
    """(a) long-time C_l1 against N for each initial state (kernel: markers, formula: lines);
    (b) the largest deviation between the two, per N and state."""
    from qthermo.plumbing.figures import plt, setup_style

    setup_style()
    fig, (ax_a, ax_b) = plt.subplots(1, 2, figsize=(7.2, 3.0))
    d0 = df[df.f0_over_gamma0 == df.f0_over_gamma0.min()]
    markers = dict(zip(STATES, "osD^", strict=True))
    for color, name in zip(plt.cm.viridis(np.linspace(0, 0.85, len(STATES))), STATES, strict=True):
        g = d0[d0.state == name].sort_values("N")
        ax_a.plot(g.N, g.c_l1_sectors, "-", color=color, lw=0.8)
        ax_a.plot(g.N, g.c_l1_kernel, markers[name], color=color, mfc="none", label=name)
        h = df[df.state == name].groupby("N").max_abs_dev.max()
        ax_b.semilogy(h.index, h.to_numpy(), markers[name] + "-", color=color, label=name)
    ax_a.set_xlabel("N")
    ax_a.set_ylabel(r"$C_{l_1}^{lt}$")
    ax_a.set_title(rf"(a) long-time coherence, $\bar n$ = {c['nbar']:g}", fontsize=8)
    ax_a.legend(fontsize=6)
    ax_b.axhline(c["atol"], color="0.5", lw=0.6, ls=":")
    ax_b.set_xlabel("N")
    ax_b.set_ylabel(r"max $|\rho_\infty^{kernel} - \rho_\infty^{sectors}|$")
    ax_b.set_title(r"(b) brute force against the sector formula (all $f_0$)", fontsize=8)
    fig.suptitle("Cakmak et al. Sec. IV: one steady state per permutation sector", fontsize=9)
    fig.tight_layout()
    return fig
