"""A_cl, C_X, A_qm, dephasing and Ineqs. (2)-(4) against closed forms of the 2N-state model."""

import numpy as np
import pytest

from qthermo.core.coherence import block_diagonal, l1_coherence, strictly_diagonal
from qthermo.core.tradeoff import a_cl, a_qm, c_x, evaluate_tradeoff, x_operator
from qthermo.papers.tajima_funo.two_n_state import (
    eq6_heat_current,
    eq7_entropy_production,
    plus_state_populations,
    rho_plus,
    two_n_state_model,
)

W, B, G, HB = 1.2, 0.8, 0.7, 1.0


@pytest.mark.parametrize("N", [1, 2, 3, 7, 20])
def test_closed_forms_for_rho_plus(N):
    m = two_n_state_model(N, omega0=W, beta=B, gamma0=G, hbar=HB)
    r = rho_plus(N, omega0=W, beta=B, hbar=HB)
    pg, pe = plus_state_populations(N, omega0=W, beta=B, hbar=HB)
    boltz = np.exp(-B * HB * W)
    X = x_operator(m)
    assert a_cl(m, r, X) == pytest.approx((HB * W) ** 2 * N * G * (pe + boltz * pg), rel=1e-12)
    assert c_x(m, X) == pytest.approx((HB * W) ** 2 * N * G if N > 1 else 0.0, rel=1e-12)
    assert l1_coherence(block_diagonal(m, r)) == pytest.approx(N - 1, rel=1e-12, abs=1e-12)
    assert a_qm(m, r, X) == pytest.approx((HB * W) ** 2 * G * N * (N - 1), rel=1e-12, abs=1e-12)
    tp = evaluate_tradeoff(m, r)
    assert tp.J_tot == pytest.approx(
        eq6_heat_current(N, omega0=W, beta=B, gamma0=G, hbar=HB), rel=1e-12
    )
    assert tp.sigma == pytest.approx(
        eq7_entropy_production(N, omega0=W, beta=B, gamma0=G, hbar=HB), rel=1e-11
    )
    assert tp.ineq2 and tp.ineq3 and tp.ineq4


def test_plus_state_populations_ratio():
    pg, pe = plus_state_populations(5, omega0=W, beta=B, hbar=HB)
    assert pg + pe == pytest.approx(1.0)
    assert pg / pe == pytest.approx((1 + 1 / 5) * np.exp(B * HB * W))


def test_dephasing_maps():
    rng = np.random.default_rng(0)
    m = two_n_state_model(3, omega0=W, beta=B, gamma0=G)
    a = rng.normal(size=(6, 6)) + 1j * rng.normal(size=(6, 6))
    r = a @ a.conj().T
    r /= np.trace(r)
    bd = block_diagonal(m, r)
    sd = strictly_diagonal(r)
    assert np.allclose(bd[:3, 3:], 0) and np.allclose(bd[:3, :3], r[:3, :3])
    assert np.allclose(sd, np.diag(np.diag(r)))
    assert l1_coherence(sd) == 0.0
    assert l1_coherence(r) >= l1_coherence(bd)


def test_coherence_between_eigenspaces_only_lowers_cd_ratio():
    """Ineq. (2) on states with coherence between the g and e blocks (random seeded)."""
    rng = np.random.default_rng(42)
    for _ in range(100):
        N = int(rng.integers(1, 5))
        m = two_n_state_model(
            N, omega0=rng.uniform(0.5, 2), beta=rng.uniform(0.2, 3), gamma0=rng.uniform(0.2, 2)
        )
        a = rng.normal(size=(2 * N, 2 * N)) + 1j * rng.normal(size=(2 * N, 2 * N))
        r = a @ a.conj().T
        r /= np.trace(r).real
        tp = evaluate_tradeoff(m, r)
        assert tp.ineq2 and tp.ineq3 and tp.ineq4
        assert tp.sigma >= 0 and not np.isnan(tp.sigma)
