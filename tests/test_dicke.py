"""Dicke-subspace operators versus explicit 2^L tensor products and closed forms."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest

from qthermo.core import dicke as d


@pytest.mark.parametrize("L", range(1, 9))
def test_collective_ops_match_full_space(L):
    W = d.dicke_embedding(L)
    F, D = d.full_collective_ops(L), d.collective_ops(L)
    assert np.allclose((W.T @ W).toarray(), np.eye(L + 1), atol=1e-14)
    for name in ("Jz", "Jp", "Jm", "Jx"):
        f, s = getattr(F, name), getattr(D, name)
        # the symmetric subspace is invariant and the restriction equals the Dicke matrix
        assert np.allclose((f @ W).toarray(), (W @ s).toarray(), atol=1e-13)
        assert np.allclose((W.T @ f @ W).toarray(), s.toarray(), atol=1e-13)


@pytest.mark.parametrize("L", [1, 2, 5, 30])
def test_angular_momentum_algebra(L):
    o = d.collective_ops(L)
    j = L / 2
    comm = (o.Jp @ o.Jm - o.Jm @ o.Jp).toarray()
    assert np.allclose(comm, 2 * o.Jz.toarray(), atol=1e-12)
    Jy = (o.Jp - o.Jm) / 2j
    casimir = (o.Jx @ o.Jx + Jy @ Jy + o.Jz @ o.Jz).toarray()
    assert np.allclose(casimir, j * (j + 1) * np.eye(L + 1), atol=1e-10)


@pytest.mark.parametrize("L", [2, 5, 8])
def test_x_parity_is_product_of_sigma_x(L):
    W = d.dicke_embedding(L)
    P_full = d._local(L, 0, d.SIGMA_X)
    for i in range(1, L):
        P_full = P_full @ d._local(L, i, d.SIGMA_X)
    assert np.allclose((W.T @ P_full @ W).toarray(), d.x_parity(L).toarray(), atol=1e-14)


@pytest.mark.parametrize("L", range(1, 9))
def test_krawtchouk_is_elementary_symmetric_polynomial(L):
    # brute force: e_m(x) for x with k entries -1 (any arrangement: symmetric)
    for k in range(L + 1):
        x = [-1] * k + [1] * (L - k)
        for m in range(L + 1):
            e_m = sum(math.prod(c) for c in itertools.combinations(x, m))
            assert d.krawtchouk(L, m)[k] == e_m


def test_krawtchouk_symmetry_and_generating_function():
    L = 21
    for m in range(L + 1):
        K, Kc = d.krawtchouk(L, m), d.krawtchouk(L, L - m)
        assert all(K[k] == (-1) ** k * Kc[k] for k in range(L + 1))
    # sum_m K_m(k) = 2^(L-k) * 0^k (generating function at t = 1)
    for k in range(L + 1):
        assert sum(d.krawtchouk(L, m)[k] for m in range(L + 1)) == (2**L if k == 0 else 0)


@pytest.mark.parametrize("L,m", [(7, 7), (7, 1), (12, 5), (1001, 999)])
def test_m_body_spectrum_norm_is_gL(L, m):
    a = d.m_body_spectrum(L, m, g=0.7)
    assert a[0] == pytest.approx(0.7 * L, rel=1e-15)  # all sigma_x = +1: e_m = C(L, m)
    assert np.max(np.abs(a)) == pytest.approx(0.7 * L, rel=1e-15)


@pytest.mark.parametrize("L", range(1, 8))
def test_m_body_operator_matches_full_tensor_sum(L):
    W = d.dicke_embedding(L)
    for m in range(1, L + 1):
        A_full = d.full_m_body_operator(L, m, g=1.3)
        A_sym = d.m_body_operator(L, m, g=1.3).toarray()
        assert np.allclose((A_full @ W).toarray(), W @ A_sym, atol=1e-12)
        assert np.allclose(d.m_body_operator_dense(L, m, g=1.3), A_sym, atol=1e-12)


@pytest.mark.parametrize("L", [9, 10])
def test_m_body_operator_matches_full_tensor_sum_L9_10(L):
    W = d.dicke_embedding(L)
    for m in (1, 2, L // 2, L - 2, L - 1, L):
        A_full = d.full_m_body_operator(L, m)
        assert np.allclose(
            (A_full @ W).toarray(), W @ d.m_body_operator(L, m).toarray(), atol=1e-11
        )


def test_sparse_and_dense_routes_agree_for_all_m():
    L = 24
    for m in range(1, L + 1):
        s = d.m_body_operator(L, m).toarray()
        dd = d.m_body_operator_dense(L, m)
        assert np.max(np.abs(s - dd)) <= 1e-9 * L


@pytest.mark.parametrize("L", [4, 9, 60])
def test_jx_eigenbasis_binomial_overlaps(L):
    lam, V = d.jx_eigenbasis(L)
    assert np.allclose(lam, L / 2 - np.arange(L + 1), atol=1e-10)
    # |<L/2, M = L/2 | J_x = L/2 - k>|^2 = C(L, k) / 2^L
    expected = np.array([math.comb(L, k) for k in range(L + 1)]) / 2.0**L
    assert np.allclose(V[-1, :] ** 2, expected, atol=1e-13)


def test_invalid_labels():
    with pytest.raises(ValueError):
        d.dicke_index(3, 0.0)
    with pytest.raises(ValueError):
        d.m_body_operator(3, 4)
