"""Kamimura et al. (doi:10.1103/PhysRevLett.131.090401): two-bath steady-state currents of the
m = L ("parity") model, Theta(L^3) with bath temperatures scaled as L, Bound 1 at every L,
brute force in the 2^L space, detailed balance, entropy production, negative controls, the
Otto engines (parity, collective, parallel) and the Eq. (21) commutant statement."""

from __future__ import annotations

import math

import numpy as np
import pytest
import scipy.sparse as sp

from qthermo.core.dicke import collective_ops, full_collective_ops, m_values
from qthermo.core.states import random_density
from qthermo.papers.kamimura import steady_state as ss
from qthermo.papers.kamimura import steady_state_engine as se
from qthermo.papers.kamimura import steady_state_full as sf
from qthermo.papers.kamimura.bounds import hermitian_norm
from qthermo.papers.kamimura.dissipators import (
    gksl_dissipator,
    lorentzian_gamma,
    redfield_dissipator,
)
from qthermo.papers.kamimura.grids import odd_log_grid

# Non-unit constants, so that a misplaced g, omega_q or rate does not cancel.
P = dict(g=0.7, omega_q=1.3, gamma_h=0.9, gamma_c=1.1, x_h=0.5, x_c=2.0)
E = dict(g=0.7, omega_h=1.3, omega_c=0.65, gamma_h=0.9, gamma_c=1.1, x_h=0.5, x_c=2.0)
GRID = odd_log_grid(11, 1001, 10)  # every odd L to 11, then 10 per decade, up to 1001
KINDS = ("parity", "parity_fixed_T", "parity_cold_fixed_T", "collective")


def _model(kind: str, L: int, **p) -> ss.TwoBathModel:
    if kind == "collective":
        return ss.collective_two_bath(L, **p)
    hot, cold = ss.PARITY_KINDS[kind]
    return ss.parity_two_bath(L, scale_hot=hot, scale_cold=cold, **p)


def _closed(L: int, mod: ss.TwoBathModel) -> tuple[float, float]:
    return ss.parity_current_closed_form(
        L,
        omega_q=P["omega_q"],
        gamma_h=P["gamma_h"],
        gamma_c=P["gamma_c"],
        beta_h=mod.hot.beta,
        beta_c=mod.cold.beta,
    )


@pytest.fixture(scope="module")
def tables():
    return {kind: ss.steady_state_table(GRID, kind=kind, **P) for kind in KINDS}


def _commuting(rho: np.ndarray, energies: np.ndarray) -> np.ndarray:
    """Keep only the blocks of equal energy (a state or operator commuting with H_S)."""
    return np.where(np.isclose(energies[:, None], energies[None, :], atol=1e-12), rho, 0)


# --------------------------------------------------------------------------- brute force
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("L", [1, 2, 3, 4, 5])
def test_dicke_rate_equation_matches_full_liouvillian(kind, L):
    """Eq. (21) from |e...e> in the 2^L space (tensor-product A, full GKSL Liouvillian)."""
    rho0 = np.zeros((2**L, 2**L))
    rho0[0, 0] = 1.0  # all qubits excited = |M = L/2>
    full = sf.full_steady_state_currents(kind, L, rho0, **P)
    dicke = ss.steady_state_current(_model(kind, L, **P))
    assert full["J_h"] == pytest.approx(dicke["J_h"], rel=1e-8)
    assert full["J_c"] == pytest.approx(-full["J_h"], rel=1e-8)
    assert full["commutator"] < 1e-10
    if kind != "collective":
        assert dicke["J_h"] == pytest.approx(_closed(L, full["model"])[0], rel=1e-12)


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["parity", "collective"])
def test_dicke_rate_equation_matches_full_liouvillian_L7(kind):
    L = 7 if kind == "parity" else 6
    rho0 = np.zeros((2**L, 2**L))
    rho0[0, 0] = 1.0
    full = sf.full_steady_state_currents(kind, L, rho0, **P)
    assert full["J_h"] == pytest.approx(
        ss.steady_state_current(_model(kind, L, **P))["J_h"], rel=1e-8
    )


def test_parity_random_commuting_initial_state_full_space():
    """Any state commuting with H_S: only its weight on {|e..e>, |g..g>} reaches the baths."""
    L = 4
    rng = np.random.default_rng(7)
    energies, *_ = sf.full_space_two_bath("parity", L, **P)
    rho0 = _commuting(random_density(rng, 2**L), energies)
    rho0 /= np.trace(rho0).real
    full = sf.full_steady_state_currents("parity", L, rho0, **P)
    weight = float(np.real(rho0[0, 0] + rho0[-1, -1]))
    J_pair, _ = _closed(L, full["model"])
    assert full["J_h"] == pytest.approx(weight * J_pair, rel=1e-8)
    assert full["commutator"] < 1e-10  # Eq. (21) remark, degenerate H_S with coherences


def test_limit_populations_conserves_block_weights():
    L = 9
    rng = np.random.default_rng(3)
    p0 = rng.random(L + 1)
    p0 /= p0.sum()
    mod = ss.parity_two_bath(L, **P)
    r = ss.steady_state_current(mod, p0)
    J_pair, _ = _closed(L, mod)
    assert r["J_h"] == pytest.approx((p0[0] + p0[-1]) * J_pair, rel=1e-12)
    p = ss.limit_populations(mod.generator("h") + mod.generator("c"), p0)
    assert np.allclose(p[1:-1], p0[1:-1], rtol=0, atol=0)  # frozen pairs keep their weight
    assert p.sum() == pytest.approx(1.0, abs=1e-14)


# --------------------------------------------------------------------------- thermodynamics
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("L", [1, 6, 101, 1001])
def test_gibbs_state_is_fixed_point_of_each_bath(kind, L):
    """Detailed balance: W_a exp(-beta_a H_S) = 0 for each bath alone, rung by rung."""
    mod = _model(kind, L, **P)
    for which, bath in (("h", mod.hot), ("c", mod.cold)):
        W = mod.generator(which).toarray()
        logw = -bath.beta * mod.energies
        gibbs = np.exp(logw - logw.max())
        gibbs /= gibbs.sum()
        flux = W * gibbs[None, :]  # flux[i, j] = rate j -> i times p_j
        off = flux - np.diag(np.diag(flux))
        assert np.max(np.abs(off - off.T)) <= 1e-12 * max(np.max(np.abs(off)), 1e-300)
        assert np.max(np.abs(W @ gibbs)) <= 1e-12 * np.max(np.abs(W)) * np.max(gibbs)


@pytest.mark.parametrize("kind", KINDS)
def test_steady_state_thermodynamics_and_bound1_every_L(tables, kind):
    df = tables[kind]
    assert list(df["L"]) == GRID
    J_h, J_c = df["J_h"].to_numpy(), df["J_c"].to_numpy()
    assert np.all(J_h >= 0)  # heat flows from the hotter bath (x_h < x_c)
    assert np.allclose(J_h + J_c, 0, rtol=0, atol=1e-10 * np.max(np.abs(J_h)))
    assert np.all(df["sigma"] >= -1e-12 * np.abs(df["beta_h"] * J_h))  # second law
    assert np.all(np.abs(J_h) <= df["bound1_h"] * (1 + 1e-12))  # Eq. (9), hot bath
    assert np.all(np.abs(J_c) <= df["bound1_c"] * (1 + 1e-12))  # Eq. (9), cold bath
    assert np.all(df["residual"] <= 1e-9 * np.maximum(np.abs(J_h), 1e-300))


def test_bound1_inputs():
    """||A|| = g L (exact Dicke-space spectrum vs eigensolver), ||H_S|| = omega_q L/2, Xi fixed."""
    for L in (3, 8, 101):
        for kind in ("parity", "collective"):
            mod = _model(kind, L, **P)
            assert mod.norm_A == pytest.approx(hermitian_norm(mod.A), rel=1e-10)
            assert mod.norm_A == pytest.approx(P["g"] * L, rel=1e-12)
            assert mod.norm_H == pytest.approx(P["omega_q"] * L / 2, rel=1e-14)
    xi = {ss.parity_two_bath(L, **P).hot.xi for L in (1, 11, 1001)}
    assert max(xi) - min(xi) < 1e-14 * max(xi)  # L-independent: within Bound 1's assumptions


# --------------------------------------------------------------------------- scaling
def test_parity_steady_state_exponent_is_3(tables):
    """Our construction gives J_ss = c L^3 exactly (closed form: gap L omega_q, decay rates
    Gamma_a L^2, occupations fixed by x_a), so the fitted exponent over [101, 1001] must be 3 to
    round-off; 1e-9 is the round-off allowance of a 10-point log-log fit, not a fitted margin."""
    df = tables["parity"]
    assert ss.window_exponent(df, 101, 1001) == pytest.approx(3.0, abs=1e-9)
    c = df["J_h"] / df["L"] ** 3
    assert np.ptp(c) <= 1e-12 * c.max()
    assert np.allclose(df["ratio1_h"], df["ratio1_h"].iloc[0], rtol=1e-12)  # saturates Bound 1
    for L in (11, 101, 1001):
        row = df[df["L"] == L].iloc[0]
        assert row["J_h"] == pytest.approx(math.exp(row["logJ_h"]), rel=1e-12)


def test_cold_bath_may_stay_at_fixed_temperature(tables):
    """Only the hot bath needs T ~ L: with beta_c fixed, J_ss -> c' L^3 (x_c -> inf)."""
    df = tables["parity_cold_fixed_T"]
    assert ss.window_exponent(df, 101, 1001) == pytest.approx(3.0, abs=1e-9)


def test_negative_control_fixed_temperatures_collapse(tables):
    """At fixed beta_a the same model's current is ~ L^3 exp(-beta_h L omega_q): no power law.
    logJ is the closed form (J underflows near L ~ 600); its slope in L tends to -x_h."""
    df = tables["parity_fixed_T"]
    big = df[df["L"] >= 101]
    assert np.all(big["local_exponent"] < -40)
    L, logJ = big["L"].to_numpy(float), big["logJ_h"].to_numpy()
    # log J + x_h L - 3 log L -> constant (x_c > x_h makes the second exponential negligible)
    resid = logJ + P["x_h"] * L - 3 * np.log(L)
    assert np.ptp(resid) < 1e-6
    assert df["J_h"].iloc[0] > df["J_h"].iloc[-1] * 1e100


def test_negative_control_collective_is_linear(tables):
    """The superradiant ladder (A = 2 g J_x) between the same-rule baths is Theta(L) in the steady
    state (population near |-L/2>, rung rates ~ L): exponent 1 + O(1/L), 1.012 at L = 101 with
    these constants, so |a - 1| < 0.03 over [101, 1001]; definitely not 2 or 3."""
    a = ss.window_exponent(tables["collective"], 101, 1001)
    assert abs(a - 1.0) < 0.03


def test_negative_control_maximally_mixed_start_is_quadratic():
    """Eq. (21) depends on rho(0): the maximally mixed Dicke state puts 2/(L+1) on the top pair."""
    Ls = [101, 201, 401, 1001]
    J = [
        ss.steady_state_current(ss.parity_two_bath(L, **P), np.full(L + 1, 1 / (L + 1)))["J_h"]
        for L in Ls
    ]
    a = np.polyfit(np.log(Ls), np.log(J), 1)[0]
    assert a == pytest.approx(2.0, abs=0.02)  # 2 L^3/(L+1): local exponent 2 + 1/(L+1)


# --------------------------------------------------------------------------- engines
@pytest.mark.parametrize("kind", se.KINDS)
@pytest.mark.parametrize("L", [1, 3, 4])
def test_otto_fast_switching_is_the_small_tau_limit(kind, L):
    s = se.engine_strokes(kind, L, **E)
    fast = se.fast_switching_engine(s)
    tau = 1e-5 / L**2
    slow = se.otto_limit_cycle(s, tau, tau)
    assert slow["P"] == pytest.approx(fast["P"], rel=1e-4)
    assert fast["eta"] == pytest.approx(1 - E["omega_c"] / E["omega_h"], rel=1e-10)
    assert slow["eta"] == pytest.approx(1 - E["omega_c"] / E["omega_h"], rel=1e-6)
    finite = se.otto_limit_cycle(s, 0.4, 0.3)
    assert finite["eta"] == pytest.approx(1 - E["omega_c"] / E["omega_h"], rel=1e-10)
    assert finite["sigma"] >= 0 and finite["P"] > 0


@pytest.mark.parametrize("L", [1, 2, 5])
def test_parity_otto_closed_form(L):
    s = se.engine_strokes("parity", L, **E)
    kw = {k: E[k] for k in ("omega_h", "omega_c", "gamma_h", "gamma_c", "x_h", "x_c")}
    for tau_h, tau_c in ((0.3, 0.2), (0.01, 0.05)):
        P_cf = se.parity_otto_closed_form(L, tau_h=tau_h, tau_c=tau_c, **kw)
        assert se.otto_limit_cycle(s, tau_h, tau_c)["P"] == pytest.approx(P_cf, rel=1e-10)


def test_engines_at_L1_coincide():
    vals = [se.fast_switching_engine(se.engine_strokes(k, 1, **E))["P"] for k in se.KINDS]
    assert np.allclose(vals, vals[0], rtol=1e-12)


def test_engine_power_exponents_efficiency_bound1():
    df = se.engine_table(GRID, **E)
    eta = 1 - E["omega_c"] / E["omega_h"]
    assert np.allclose(df["eta"], eta, rtol=1e-10)
    assert np.all(df["eta"] <= df["eta_carnot"])
    assert np.all(df["sigma"] >= 0)
    assert np.all(df["Qdot_h_inst"] <= df["bound1_h"] * (1 + 1e-12))
    expo = {}
    for kind, d in df.groupby("model"):
        expo[kind] = ss.window_exponent(d, 101, 1001, col="P")
    assert expo["parity"] == pytest.approx(3.0, abs=1e-9)  # exact, as J_ss
    assert expo["parallel"] == pytest.approx(1.0, abs=1e-9)  # L independent qubits
    assert abs(expo["collective"] - 1.0) < 0.03  # same 1 + O(1/L) as the conductor


def test_negative_control_otto_fixed_stroke_time_is_linear():
    """With L-independent stroke times the pair thermalises fully: P = Theta(L) only.  The
    Theta(L^3) engine needs strokes ~ 1/(Gamma L^2) (or shorter)."""
    kw = {k: E[k] for k in ("omega_h", "omega_c", "gamma_h", "gamma_c", "x_h", "x_c")}
    Ls = [101, 1001]
    fixed = [se.parity_otto_closed_form(L, tau_h=0.5, tau_c=0.5, **kw) for L in Ls]
    scaled = [se.parity_otto_closed_form(L, tau_h=0.5 / L**2, tau_c=0.5 / L**2, **kw) for L in Ls]
    span = math.log(Ls[1] / Ls[0])
    assert math.log(fixed[1] / fixed[0]) / span == pytest.approx(1.0, abs=1e-9)
    assert math.log(scaled[1] / scaled[0]) / span == pytest.approx(3.0, abs=1e-9)


# --------------------------------------------------------------------------- Eq. (21)
def _collective_full_channels(L: int):
    energies, ch_h, ch_c, _ = sf.full_space_two_bath("collective", L, **P)
    return energies, list(ch_h) + list(ch_c)


def test_eq21_commutant_is_preserved():
    """[H_S, A_w] = -w A_w and [H_S, H_LS] = 0 make the GKSL generator commute with [H_S, .]."""
    L = 3
    rng = np.random.default_rng(11)
    energies, chans = _collective_full_channels(L)
    X = rng.normal(size=(2**L, 2**L)) + 1j * rng.normal(size=(2**L, 2**L))
    H_LS = 0.3 * _commuting(X + X.conj().T, energies)
    assert sf.commutant_residual(energies, chans, H_LS=H_LS) < 1e-13
    rho0 = _commuting(random_density(rng, 2**L), energies)
    rho0 /= np.trace(rho0).real
    times = [0.1, 1.0, 10.0, 200.0]  # the last one: steady state (slowest rate ~ gamma)
    assert sf.max_commutator_along(energies, chans, rho0, times, H_LS=H_LS) < 1e-11


def test_eq21_negative_control_non_bohr_jump_operator():
    """A jump operator that is not a Bohr component (D[J_x]) creates coherences between energies
    from a commuting state: the statement needs the microscopically derived Eq. (20)."""
    L = 3
    energies = P["omega_q"] * full_collective_ops(L).Jz.diagonal()
    chans = [(full_collective_ops(L).Jx, 1.0)]
    assert sf.commutant_residual(energies, chans) > 0.1
    rho0 = np.diag(np.random.default_rng(2).random(2**L))  # (a populations profile linear in M
    rho0 /= np.trace(rho0)  # would be a dark state of these coherences)
    assert sf.max_commutator_along(energies, chans, rho0, [0.5]) > 1e-3


def test_dicke_collective_generator_is_the_ladder():
    """The collective Bohr components are g J_-, g J_+ with rates Gamma_a/g^2 (Eqs. 15-16)."""
    L = 6
    mod = ss.collective_two_bath(L, **P)
    (Am, rate_m), (Ap, rate_p) = mod.channels("h")
    ops = collective_ops(L)
    assert np.allclose((Am - P["g"] * ops.Jm).toarray(), 0)
    assert np.allclose((Ap - P["g"] * ops.Jp).toarray(), 0)
    assert rate_m * P["g"] ** 2 == pytest.approx(P["gamma_h"])
    assert rate_p == pytest.approx(rate_m * math.exp(-P["x_h"]))
    assert sp.issparse(mod.generator("h")) and np.allclose(mod.energies, P["omega_q"] * m_values(L))


@pytest.mark.parametrize("L", [4, 5])
def test_parity_redfield_equals_gksl_on_diagonal_states(L):
    """Each Bohr component of the parity A is one matrix element, so for diagonal states the
    Redfield dissipator (Eq. 6) equals the GKSL one (Eq. 20) entirely, not only its current."""
    mod = ss.parity_two_bath(L, **P)
    Gamma = lorentzian_gamma(omega0=mod.hot.w0, kappa=0.7, gamma_down=1.0, gamma_up=0.4)
    A = mod.A.toarray()
    rho = np.diag(np.random.default_rng(1).random(L + 1))
    rho /= np.trace(rho)
    D_r = redfield_dissipator(mod.energies, A, Gamma)(rho)
    D_g = gksl_dissipator(mod.energies, A, Gamma)(rho)
    assert np.max(np.abs(D_r - D_g)) < 1e-13 * np.max(np.abs(D_g))
