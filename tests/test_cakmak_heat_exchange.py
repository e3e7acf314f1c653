"""Cakmak et al. Eq. (A1), (19), (27): generator cross-checks and negative controls."""

from pathlib import Path

import numpy as np
import pytest
import yaml

from qthermo.core.operators import SIGMA_MINUS, SIGMA_PLUS, SIGMA_Z
from qthermo.core.states import random_density
from qthermo.core.superop import liouvillian
from qthermo.papers.cakmak import heat_exchange as he
from qthermo.papers.cakmak.harvesting import eq11_generator
from qthermo.papers.cakmak.heat_exchange_analysis import compute
from qthermo.papers.cakmak.heat_exchange_claims import evaluate_claims

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def cfg():
    c = yaml.safe_load((REPO / "config" / "config.yaml").read_text())["cakmak"]
    c["heat_exchange"].update(n_states=4, n_pairs=4, n_times=4)
    return c


def _squeezed_lindblad(gamma, n_th, r, phi, h):
    """Eqs. (20)-(21) brute force: rate-2 dissipators of R_1, R_2 via core.superop."""
    R = SIGMA_MINUS * np.cosh(r) + np.exp(1j * phi) * SIGMA_PLUS * np.sinh(r)
    H = h * SIGMA_PLUS + np.conj(h) * SIGMA_MINUS
    return liouvillian(H, [(R, gamma * (n_th + 1)), (R.conj().T, gamma * n_th)])


def test_generator_matches_lindblad_form_eq20():
    gamma, n_th, r, phi, h = 0.7, 0.4, 0.3, 1.1, 0.2 - 0.1j
    N = n_th * np.cosh(2 * r) + np.sinh(r) ** 2
    m = -(n_th + 0.5) * np.sinh(2 * r) * np.exp(1j * phi)
    G = he.qubit_generator(he.QubitParams(gamma=gamma, N=N, m=m, h=h))
    assert np.abs(G - _squeezed_lindblad(gamma, n_th, r, phi, h)).max() < 1e-13


def test_generator_matches_eq11_via_table1():
    rng = np.random.default_rng(3)
    for _ in range(5):
        a = random_density(rng, 4)
        a = a if np.real(a[3, 3]) > np.real(a[0, 0]) else a[::-1, ::-1].copy()
        q = he.params_from_pair(a, p=1.3, g_tau=0.2)
        assert np.abs(eq11_generator(a, p=1.3, g_tau=0.2) - he.qubit_generator(q)).max() < 1e-13


def test_unsqueezed_steady_state_is_gibbs():
    q = he.QubitParams(gamma=1.0, N=0.6, m=0.0, h=0.0)
    rho = he.steady_state(he.qubit_generator(q))
    assert rho[0, 0].real / rho[1, 1].real == pytest.approx(0.6 / 1.6, rel=1e-12)


def test_bloch_from_generator_bruteforce():
    """Heisenberg-picture A, b against finite differences of random states."""
    q = he.QubitParams(gamma=0.8, N=0.5, m=0.3 * np.exp(0.4j), h=0.1 + 0.2j)
    G = he.qubit_generator(q)
    A, b = he.bloch_from_generator(G)
    rho = random_density(np.random.default_rng(5), 2)
    s = np.array([np.trace(rho @ P) for P in he.PAULIS])
    ds = np.array([np.trace(P @ he.apply_superop(G, rho)) for P in he.PAULIS])
    assert np.abs(A @ s + b - ds).max() < 1e-13
    assert np.abs(A - he.bloch_derived(q)[0]).max() < 1e-13


def test_printed_eq19_negative_control():
    q = he.QubitParams(gamma=1.0, N=0.5, m=0.2, h=0.0)
    A = he.bloch_from_generator(he.qubit_generator(q))[0]
    # real M: quadratures damped at -(g/2)(2N+1 +- 2M); the printed y row has the + sign
    assert A[1, 1].real == pytest.approx(-0.5 * (2 * 0.5 + 1 - 0.4))
    assert abs(he.bloch_printed(q)[0][1, 1] - A[1, 1]) > 0.1
    # pure drive: exact generator antisymmetric (length conserved), printed not
    qd = he.QubitParams(gamma=0.0, N=0.0, m=0.0, h=0.3 + 0.2j)
    Ad = he.bloch_from_generator(he.qubit_generator(qd))[0]
    assert np.abs(Ad + Ad.T).max() < 1e-14
    assert np.abs(he.bloch_printed(qd)[0] + he.bloch_printed(qd)[0].T).max() > 0.1


def test_appendix_a_printed_and_corrected():
    rho0 = random_density(np.random.default_rng(7), 4)
    ex = np.triu(he.appendix_a_exact(rho0, f=0.9, t=0.4))
    assert np.abs(he.appendix_a_corrected(rho0, f=0.9, t=0.4) - ex).max() < 1e-14
    pr = he.appendix_a_printed(rho0, f=0.9, t=0.4)
    assert abs(pr[1, 1].imag) > 1e-3  # printed population complex
    # negative control: printed rho_23 is wrong already at t = 0 unless Re rho_23 = 0
    pr0 = he.appendix_a_printed(rho0, f=0.9, t=0.0)
    assert abs(pr0[1, 2] - rho0[1, 2]) == pytest.approx(abs(rho0[1, 2].real) / 2)
    rho_im = rho0.copy()
    rho_im[1, 2] = 1j * rho0[1, 2].imag
    assert abs(he.appendix_a_printed(rho_im, f=0.9, t=0.0)[1, 2] - rho_im[1, 2]) < 1e-15


def test_heat_current_bruteforce_and_steady_state():
    q = he.QubitParams(gamma=0.9, N=0.4, m=0.2 * np.exp(0.3j), h=0.15 - 0.05j, omega_q=1.7)
    rho = random_density(np.random.default_rng(11), 2)
    D = he.dissipative_generator(q)
    H = q.h * SIGMA_PLUS + np.conj(q.h) * SIGMA_MINUS + 0.5 * q.omega_q * SIGMA_Z
    Drho = (D @ rho.reshape(-1, order="F")).reshape(2, 2, order="F")
    assert he.heat_current_derived(q, rho) == pytest.approx(np.trace(Drho @ H).real, abs=1e-14)
    q0 = he.QubitParams(gamma=0.9, N=0.4, m=0.2, h=0.0, omega_q=1.7)
    ss = he.steady_state(he.qubit_generator(q0))
    assert abs(he.heat_current_derived(q0, ss)) < 1e-13
    assert he.heat_current_printed(q0, ss) == pytest.approx(0.5 * 0.9 * 1.7)


def test_claims_outcomes(cfg):
    claims = {c.id: c for c in evaluate_claims(compute(cfg), cfg, [])}
    assert all(c.status == c.expected_outcome for c in claims.values())
    assert claims["ck.eq19.printed"].measured["coefficients"]["x<-z"]["printed_over_generator"] == (
        pytest.approx(0.5)
    )


def test_claims_can_fail(cfg):
    """Negative controls: corrupted tables flip the passing claims."""
    dfs = compute(cfg)
    dfs["heat_exchange_a1"]["corrected_dev_all"] += 1e-6
    dfs["heat_exchange_bloch"]["derived_max_abs_diff"] += 1e-6
    dfs["heat_exchange_current"]["J_derived"] += 1e-6
    dfs["heat_exchange_current"]["M_effect_undriven"] += 1e-6
    claims = {c.id: c for c in evaluate_claims(dfs, cfg, [])}
    for cid in (
        "ck.appendix_a.corrected",
        "ck.eq19.derived",
        "ck.eq27.derived",
        "ck.eq27.m_needs_lambda",
    ):
        assert claims[cid].status == "fail", cid
    dfs = compute(cfg)
    dfs["heat_exchange"]["printed_minus_generator"] = 0.0
    dfs["heat_exchange_current"]["J_printed"] = 0.0
    claims = {c.id: c for c in evaluate_claims(dfs, cfg, [])}
    assert claims["ck.eq19.printed"].status == "pass"
    assert claims["ck.eq27.printed_steady_state"].status == "pass"


def test_heat_exchange_figure_has_three_panels(cfg):
    """The figure of the printed forms draws from the four heat-exchange tables."""
    from qthermo.papers.cakmak.heat_exchange_plot import plot_heat_exchange

    fig = plot_heat_exchange(compute(cfg), cfg)
    assert len(fig.axes) == 3
