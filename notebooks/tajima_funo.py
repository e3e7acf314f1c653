# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Tajima & Funo: coherence, current-dissipation trade-off and heat engines (Figs. 1-4)
#
# Source: H. Tajima and K. Funo, Phys. Rev. Lett. 127, 190604 (2021),
# doi:10.1103/PhysRevLett.127.190604, and K. Funo's talk slides on the same work.
#
# This notebook only reads cached workflow outputs (`results/tajima_funo/*.csv`,
# `results/claims/tajima_funo_*.json`, `figures/tajima_funo_fig*.png`); it recomputes nothing
# except a few closed-form numbers for comparison. Units: $\hbar = 1$, rates in units of
# $\Gamma_0$ (or $\gamma(\omega_0)$).

# %%
import json

import numpy as np
import pandas as pd
from IPython.display import Image, display

from qthermo.plumbing.paths import workdir

root = workdir()

res = root / "results/tajima_funo"
fig1 = pd.read_csv(res / "fig1.csv")
fig2 = pd.read_csv(res / "fig2.csv")
fig2_check = pd.read_csv(res / "fig2_full_check.csv")
fig3 = pd.read_csv(res / "fig3.csv")
fig3_details = pd.read_csv(res / "fig3_details.csv")
fig4 = pd.read_csv(res / "fig4.csv")
fig4_details = pd.read_csv(res / "fig4_details.csv")
classical = pd.read_csv(res / "classical_engine.csv")
steady = pd.read_csv(res / "steady_current.csv")
local = pd.read_csv(res / "local_decay.csv")
claims = {}
for name in (
    "tajima_funo_fig1.json",
    "tajima_funo_engine.json",
    "tajima_funo_classical_engine.json",
    "tajima_funo_steady_current.json",
    "tajima_funo_local_decay.json",
    "tajima_funo_transient.json",
    "tajima_funo_heat_fluctuation.json",
):
    for c in json.loads((root / "results/claims" / name).read_text()):
        claims[c["id"]] = c
print(f"{len(claims)} claims:", ", ".join(sorted(claims)))

# %% [markdown]
# ## Fig. 1: the 2N-state model with and without coherence
#
# $N$-fold degenerate ground and excited levels, collective jumps
# $L_{\omega_0} = \sum_{j,j'} |g,j\rangle\langle e,j'|$ (the lowering form required by the paper's
# commutation relation). For the coherent state $\rho^+$ the heat current grows like $N$
# (Eq. 6) while the entropy production stays of order one (Eq. 7); after dephasing
# ($\rho^+_{sd}$) the ratio $J^2/\dot\sigma$ can no longer beat the classical bound $A_{cl}/2$.

# %%
display(Image(filename=str(root / "figures/tajima_funo_fig1.png")))
plus = fig1[fig1.state == "rho_plus"].set_index("N")
print(
    plus[["J_tot", "J_eq6", "sigma", "sigma_eq7", "cd_ratio", "acl_half", "acl_aqm_half"]]
    .iloc[[0, 1, 5, -1]]
    .to_string()
)
for cid in ("tf.eq6", "tf.eq7", "tf.fig1.dissipationless", "tf.fig1.decohered_classical"):
    print(cid, claims[cid]["status"], claims[cid]["measured"])

# %% [markdown]
# ## Figs. 3 and 4: the 2-qubit superradiant engine
#
# **Model.** Two qubits, collective jump $L = \sigma_1^- + \sigma_2^-$ with
# $\Gamma_\downarrow = \Gamma_0/(1+e^{-\beta\hbar\omega})$ and
# $\Gamma_\uparrow = \Gamma_0/(1+e^{\beta\hbar\omega})$. The cycle: hot stroke
# ($\omega_H = 1.9$, $\beta_H = 1.1$, $\tau_H = 0.2$), quench, cold stroke ($\omega_C = 1$,
# $\beta_C = 2.1$, $\tau_C$), quench back.
#
# **Two choices the paper leaves open** (also recorded in the config and every claim):
#
# 1. *Hamiltonian.* The paper prints $H = \hbar\omega(\sigma^z_1 + \sigma^z_2)$, in which one
#    excitation costs $2\hbar\omega$; the printed rates satisfy
#    $\Gamma_\downarrow/\Gamma_\uparrow = e^{\beta\hbar\omega}$, which is detailed balance only if
#    one excitation costs $\hbar\omega$. We therefore use
#    $H = \hbar\omega(\sigma_1^+\sigma_1^- + \sigma_2^+\sigma_2^-)$ (spectrum $0, \hbar\omega,
#    \hbar\omega, 2\hbar\omega$); the model constructor checks detailed balance, and a test shows
#    that the literal $\sigma^z$ form is rejected.
# 2. *Initial state.* The singlet $(|ge\rangle - |eg\rangle)/\sqrt2$ is annihilated by $L$ and
#    $L^\dagger$: its population never changes, so the one-cycle map has a two-dimensional
#    fixed-point space and the limit cycle depends on where one starts. The paper does not say.
#    We start from $|gg\rangle$ (symmetric sector) and compare with a start in the Gibbs state of
#    the hot-stroke Hamiltonian.
#
# The limit cycle is obtained as the spectral projection of the one-cycle map onto its
# eigenvalue 1, applied to the chosen start (not by running many cycles); its closure is checked.

# %%
display(Image(filename=str(root / "figures/tajima_funo_fig3.png")))
print("Fig. 3 at t = 0 (start |gg>):")
print(fig3.iloc[0].to_string())
for cid in ("tf.fig3.quantum_exceeds_classical", "tf.fig3.bounds_hold"):
    print(cid, claims[cid]["status"], claims[cid]["measured"])

# %% [markdown]
# ### What the start does to the coherence and to the advantage
#
# From $|gg\rangle$ the state stays in the symmetric sector: the degenerate block holds the
# triplet $|T_0\rangle$ only, so its off-diagonal element equals half the $T_0$ population. From
# the Gibbs state the singlet keeps its thermal population, which nearly cancels that
# off-diagonal element ($\rho_{ge,eg} = (p_{T_0} - p_S)/2$): the coherence collapses and the
# ratio drops below the classical bound.

# %%
rows = {}
for start, d in fig3_details.groupby("start"):
    f4 = fig4_details[fig4_details.start == start]
    rows[start] = {
        "singlet_population": d.singlet_population.mean(),
        "max_C_l1(rho_bd)": d.C_l1_bd.max(),
        "min cd/(A_cl/2)": (d.cd / d.acl_half).min(),
        "max cd/(A_cl/2)": (d.cd / d.acl_half).max(),
        "Fig.4 points above c*A_cl": int((f4.ratio > f4.classical_bound).sum()),
        "max Fig.4 ratio": f4.ratio.max(),
    }
tab = pd.DataFrame(rows).T
print(tab.to_string())
print("tf.engine.initial_state", claims["tf.engine.initial_state"]["status"])

# %% [markdown]
# ### Fig. 4: power-efficiency ratio versus $\tau_C$
#
# All energies are integer multiples of $\hbar\omega$, so every limit cycle has the Otto
# efficiency $\eta = 1 - \omega_C/\omega_H$, just below $\eta_{Car} = 1 - \beta_H/\beta_C$; the
# ratio $(W/\tau)/(\eta_{Car}-\eta)$ therefore follows the power. Cycle averages of $A_{cl}$ and
# $A_{qm}$ use the Simpson rule on each stroke; heats are exact (integrated propagator).

# %%
display(Image(filename=str(root / "figures/tajima_funo_fig4.png")))
c4 = claims["tf.fig4.exceeds_classical"]["measured"]
print("tau_C interval(s) where the ratio beats c*A_cl_bar:", c4["tau_c_intervals_above_classical"])
print(
    "max ratio / classical bound:",
    c4["max_ratio_over_classical_bound"],
    "at tau_C =",
    c4["tau_c_at_max"],
)
print("max ratio / quantum bound:", claims["tf.fig4.quantum_bound_holds"]["measured"])
p4 = claims["tf.fig4.exceeds_classical"]["parameters"]
print(
    "eta over all tau_C:",
    fig4.eta.min(),
    fig4.eta.max(),
    "; Otto 1 - omega_C/omega_H =",
    1 - p4["omega_c"] / p4["omega_h"],
)

# %% [markdown]
# ### Fig. 4 against a real classical engine (the classical half of Eq. 8)
#
# Fig. 4 compares the quantum engine with $c\bar A_{cl}$ of its *own* trajectory. A skeptic
# compares it with a classical engine: the same two qubits, rates, strokes and start, but each
# qubit decays through its own $\sigma_i^-$. With the $|ge\rangle$-$|eg\rangle$ coherences
# removed, the collective jump has exactly these rates, so this is the dynamics of $\rho_{sd}$
# (our reading of "$W_{cl}, \eta_{cl}$ for $\rho_{sd}$"; the other reading, the dephased state of
# the quantum trajectory, gives heats that violate the first law and $\eta_{sd} > 1$, so Eq. (8)
# holds there only vacuously: interpretation choice `tajima_funo.eq8_classical`). The classical
# engine is two independent single-qubit Otto engines (closed form in the tests).

# %%
display(Image(filename=str(root / "figures/tajima_funo_classical_engine.png")))
for cid in (
    "tf.eq8.classical_half",
    "tf.classical_engine.power_advantage",
    "tf.fig4.beats_classical_engine",
    "tf.fig4.otto_efficiency",
    "tf.engine.entropy_per_cycle",
):
    print(cid, claims[cid]["status"], claims[cid]["measured"])
print(
    classical[["tau_c", "power_q", "power_cl", "power_ratio", "ratio_q", "classical_bound_cl"]]
    .iloc[:: max(1, len(classical) // 8)]
    .to_string()
)

# %% [markdown]
# ## Fig. 2 and Result 3: finite-power Carnot engine from the 2N-state model
#
# The paper's Fig. 2 is a schematic and the protocol behind Result 3 lives in the Supplemental
# Material, which we do not have. Our protocol: fix $\beta_H\hbar\omega_H = x_H$, set
# $\beta_C\hbar\omega_C = x_H + \delta_0/N$ and both stroke times to $\tau_0/(\gamma N^2)$.
# Because the gap is the only energy scale, $\eta = 1 - \omega_C/\omega_H$ and
# $\eta_{Car} - \eta = (\delta_0/N)/(\beta_C\hbar\omega_H)$ exactly. The power is then set by how
# fast the medium moves population: the coherent medium (collective jumps, started in
# $\mathrm{span}\{|g,+\rangle, |e,+\rangle\}$) relaxes at rate $\propto N^2$, so it moves an
# $O(1/N)$ population per stroke of length $O(1/N^2)$: power $O(N)$. The classical medium (one
# incoherent jump per level pair, same $A_{cl}$, no coherence) relaxes at rate $\propto N$ and
# delivers only $O(1)$ power with the same efficiency. The exact two-level reductions used for
# large $N$ are checked against the full $2N$-dimensional cycle for $N = 1, 2, 4, 8$ (collective) and
# $N = 1, 2, 4$ (incoherent), and up to $N = 16$ (collective) in the tests.

# %%
display(Image(filename=str(root / "figures/tajima_funo_fig2.png")))
for cid in (
    "tf.carnot.efficiency_gap",
    "tf.carnot.power",
    "tf.carnot.classical_medium",
    "tf.carnot.quantum_bound",
    "tf.carnot.reduction_exact",
    "tf.carnot.entropy_production",
    "tf.limit_cycle.closure",
):
    print(cid, claims[cid]["status"], claims[cid]["measured"])
# sigma/tau = beta_C (Q_H/tau)(eta_Car - eta): with the protocol's O(1/N) gap it is O(1) exactly
# when the heat flow is O(N); only its sign is independent evidence (recorded by_construction).
q = fig2[fig2.medium == "collective"].set_index("N")
print(
    q[["gap", "power", "ratio", "classical_bound", "quantum_bound", "period"]]
    .iloc[[0, 5, -1]]
    .to_string()
)

# %% [markdown]
# ## Result 1: quantum friction, and Result 2 without coherence
#
# Coherence between energy levels never helps: at fixed current it only adds entropy production
# ($J(\rho) = J(\rho_{bd})$, $\dot\sigma(\rho) \ge \dot\sigma(\rho_{bd})$), checked on random
# states of random detailed-balance models and of the $2N$-state model, where Ineqs. (2)-(4) are
# evaluated on states that carry inter-level coherence. Without coherence, $A_{cl} = O(N)$ for
# every state of the $2N$-state model, so an $O(N)$ current costs $O(N)$ dissipation.

# %%
for name in ("tajima_funo_friction", "tajima_funo_incoherent"):
    display(Image(filename=str(root / f"figures/{name}.png")))
    for c in json.loads((root / f"results/claims/{name}.json").read_text()):
        print(c["id"], c["status"], c["measured"])
        assert c["status"] == c["expected_outcome"], c["id"]

# %% [markdown]
# ## Result 2, last paragraph: $\rho^+$ is not stationary
#
# Our closed form: $L = N|g,+\rangle\langle e,+|$ keeps $\rho^+$ diagonal on
# $\{|g,+\rangle, |e,+\rangle\}$, a two-level system relaxing at
# $\Gamma = N^2\gamma(\omega_0)(1 + e^{-\beta\hbar\omega_0})$. So $J(t) = J(0)e^{-\Gamma t}$: the
# $O(N)$ current lasts a time $O(1/N^2)$ and hands over the heat $J(0)/\Gamma = O(1/N)$. The
# claim compares this with the full $2N$-dimensional evolution.

# %%
tr = claims["tf.result2.transient"]
transient = pd.DataFrame(tr["measured"]["rows"])
print(tr["status"], {k: v for k, v in tr["measured"].items() if k != "rows"})
print(transient[["N", "Gamma", "Gamma_numeric", "J0", "heat", "J_end_over_J0"]].to_string())
pt = tr["parameters"]
x = pt["beta"] * pt["hbar"] * pt["omega0"]
assert np.allclose(transient.Gamma, transient.N**2 * pt["gamma0"] * (1 + np.exp(-x)), rtol=1e-12)
assert np.allclose(transient.heat, transient.J0 / transient.Gamma, rtol=1e-12)
assert (np.diff(transient.heat) < 0).all()  # the heat a single rho^+ delivers falls with N
assert abs(tr["measured"]["rate_exponent"] - 2) <= tr["tolerance"]["exponent_atol"]

# %% [markdown]
# ## Slide 23: $A$ read as the instantaneous heat fluctuation
#
# Slide 23 gives, as a "physical interpretation of $A$", the instantaneous heat fluctuation, with
# $A_{cl}$ its classical ($\rho_{sd}$) part and $A_{qm}$ its coherence part. This is an
# interpretation, not a printed equation. Full counting statistics of the heat handed to the
# baths (tilted generator, Richardson extrapolation $t \to 0$) gives the variance rate
# $\mathrm{Tr}[X\rho]$; that identity is the only thing `tf.heat_fluctuation.corrected` checks.
# The rest follows from the definitions: $A_{cl} = \mathrm{Tr}[X\rho_{sd}]$, so it is the rate
# on $\rho_{sd}$, and $|\mathrm{Tr}[X\rho] - A_{cl}| \le A_{qm}$ is the triangle inequality. Read
# literally as an equality (rate of $\rho^+$ $= A_{cl} + A_{qm}$) the interpretation fails: only
# $(p_e + e^{-\beta\hbar\omega_0}p_g) \approx 0.5$ of $A_{qm}$ is added, and on random states the
# coherent part takes either sign.

# %%
for cid in (
    "tf.heat_fluctuation.printed",
    "tf.heat_fluctuation.corrected",
    "tf.result1.nonnegative",
    "tf.defs.nondegenerate_bd_sd",
):
    print(cid, claims[cid]["status"], claims[cid]["measured"])
hf_ok, hf_lit = claims["tf.heat_fluctuation.corrected"], claims["tf.heat_fluctuation.printed"]
assert hf_ok["measured"]["max_rel_dev_fcs_vs_trXrho"] <= hf_ok["tolerance"]
assert hf_lit["status"] == "fail" and hf_lit["measured"]["max_rel_dev"] > 0.1
assert all(0.4 < v < 0.6 for v in hf_ok["measured"]["rho_plus_coherent_part_over_A_qm"].values())
lo_c, hi_c = hf_ok["measured"]["signed_coherent_part_over_A_qm_range"]
assert lo_c < 0 < hi_c  # the coherent part of the heat fluctuation takes either sign
assert hf_ok["details"]["consequences_by_definition"]["max_abs_coherent_part_over_A_qm"] <= 1
assert claims["tf.defs.nondegenerate_bd_sd"]["measured"]["max_abs_diff"] == 0.0

# %% [markdown]
# ## Result 2 in a steady state: O(N) current at O(1) dissipation between two baths
#
# The paper's construction is in its Supplemental Material; ours: the same $2N$-state medium
# couples to a hot bath at $\beta_h\hbar\omega_0 = x_h$ and a cold one at
# $\beta_c\hbar\omega_0 = x_h + \delta_0/N$, both through the medium's own jumps. In the
# exact two-level reductions the collective medium relaxes at rate $N^2\gamma_0$, the incoherent
# one at $N\gamma_0$, and both share the stationary populations, so
# $J_h = N^k\hbar\omega_0\gamma_0(e^{-x_h}p_g - p_e)$ ($k = 2, 1$) and
# $\sigma = (\beta_c - \beta_h)J_h$. For large $N$ the coherent medium carries
# $J_h/N \to \hbar\omega_0\gamma_0\delta_0/(2(1 + e^{x_h}))$ at
# $\sigma \to \gamma_0\delta_0^2/(2(1 + e^{x_h}))$; the incoherent medium carries only $O(1)$.

# %%
display(Image(filename=str(root / "figures/tajima_funo_steady_current.png")))
for cid in (
    "tf.steady_state.dissipationless",
    "tf.steady_state.asymptotic_constants",
    "tf.steady_state.incoherent_medium",
    "tf.steady_state.bounds",
    "tf.steady_state.reduction_exact",
):
    print(cid, claims[cid]["status"], claims[cid]["measured"])
print(
    steady.groupby("medium")
    .tail(1)[["N", "medium", "J_h", "sigma", "cd_ratio", "A_cl"]]
    .to_string()
)

# %% [markdown]
# ## Result 3 with local decay: how fragile the O(N) power is
#
# Our addition (the paper only remarks that collective coupling is hard to engineer): each
# site also decays on its own, $|g,j\rangle\langle e,j|$ at rate $\kappa$ (and $\kappa
# e^{-\beta\hbar\omega}$ upward) in both baths, in the Result 3 cycle of Fig. 2. The bright and
# dark weights of each level then follow an exact 4-state chain: collective jumps act only on the
# bright states, local jumps land in the bright state with probability $1/N$. In the limit cycle
# the dark states hold all but about $1/N$ of the weight for every $\kappa > 0$, so the power is
# $O(1)$ however small $\kappa$ is; started from the $\kappa = 0$ cycle the $O(N)$ power decays at
# the rate $2\kappa/(1 + e^{x_H})$, independent of $N$.

# %%
display(Image(filename=str(root / "figures/tajima_funo_local_decay.png")))
for cid in (
    "tf.local_decay.reduction_exact",
    "tf.local_decay.limit_power_saturates",
    "tf.local_decay.lifetime",
):
    print(cid, claims[cid]["status"], claims[cid]["measured"])
print(local[local.N == local.N.max()][["kappa", "power", "bright_weight", "slow_rate"]].to_string())

# %% [markdown]
# ## Final checks
#
# Every claim must have its expected outcome, and the key numbers must be where the physics puts
# them.

# %%
for cid, c in claims.items():
    assert c["status"] == c.get("expected_outcome", "pass"), (cid, c["status"])

expected_ids = {
    "tf.fig3.quantum_exceeds_classical",
    "tf.fig3.bounds_hold",
    "tf.fig4.exceeds_classical",
    "tf.fig4.quantum_bound_holds",
    "tf.carnot.efficiency_gap",
    "tf.carnot.power",
    "tf.limit_cycle.closure",
    "tf.result2.transient",
    "tf.heat_fluctuation.printed",
    "tf.heat_fluctuation.corrected",
    "tf.result1.nonnegative",
    "tf.defs.nondegenerate_bd_sd",
}
assert expected_ids <= set(claims), expected_ids - set(claims)

assert list(fig3.columns) == ["t", "cd_rho", "cd_sd", "acl_half", "acl_aqm_half"]
assert list(fig4.columns) == ["tau_c", "ratio", "classical_bound", "quantum_bound", "eta", "power"]
assert (fig3.cd_rho > fig3.acl_half).all() and (fig3.cd_sd <= fig3.acl_half).all()
p4 = claims["tf.fig4.exceeds_classical"]["parameters"]  # the sweep actually run (config)
assert len(fig4) == p4["tau_c"]["n_tau"]
assert np.isclose(fig4.tau_c.min(), p4["tau_c"]["tau_c_min"])
assert np.isclose(fig4.tau_c.max(), p4["tau_c"]["tau_c_max"])
assert np.allclose(fig4.eta, 1 - p4["omega_c"] / p4["omega_h"], rtol=1e-8)

lo, hi = c4["tau_c_intervals_above_classical"][0]
assert 0.01 < lo < hi < 10
assert abs(claims["tf.carnot.efficiency_gap"]["measured"]["slope"] + 1) <= 0.1
assert abs(claims["tf.carnot.power"]["measured"]["slope"] - 1) <= 0.1
assert claims["tf.limit_cycle.closure"]["measured"]["max_trace_norm_closure"] <= 1e-10
gibbs = fig3_details[fig3_details.start == "gibbs"]
assert (gibbs.cd < gibbs.acl_half).all()  # the Gibbs start loses the advantage
assert (classical.ratio_cl <= classical.classical_bound_cl * (1 + 1e-9)).all()  # Eq. (8), first
assert (classical.power_ratio > 1).all() and (classical.entropy_cl > 0).all()
big = steady[(steady.medium == "collective")].sort_values("N").iloc[-1]
assert big.J_h / big.N > 0.1 and big.sigma < 1  # O(N) current, O(1) dissipation
top = local[local.N == local.N.max()]
assert (top[top.kappa > 0].power < top[top.kappa == 0].power.iloc[0] / 100).all()
assert (local.entropy_production > 0).all()
print("all notebook checks passed")
