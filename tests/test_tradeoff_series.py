"""Stacked evaluation of sigma and the trade-off quantities (``entropy_terms``,
``evaluate_tradeoff_series``): a stack of n states gives each state the numbers of that state
alone, bit for bit, and those numbers agree with the definition by matrix logarithm."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.linalg as sla
from test_tradeoff_property import random_model

from qthermo.core.coherence import block_diagonal
from qthermo.core.cycles import Cycle, Stroke, limit_cycle_state, run_cycle
from qthermo.core.superop import bath_dissipator
from qthermo.core.thermo import ThermodynamicsError, entropy_production, entropy_terms
from qthermo.core.tradeoff import TradeoffPoint, evaluate_tradeoff, evaluate_tradeoff_series


def _states(rng: np.random.Generator, model) -> np.ndarray:
    """Full-rank, rank-deficient, pure, block-diagonal, diagonal and rank-one diagonal states."""
    d = model.dim
    out = []
    for rank in (d, max(1, d - 1), 1):
        G = rng.normal(size=(d, rank)) + 1j * rng.normal(size=(d, rank))
        rho = G @ G.conj().T
        out.append(rho / np.trace(rho).real)
    out.append(block_diagonal(model, out[0]))
    out.append(np.diag(np.diag(out[0])))
    e = np.zeros((d, d), dtype=complex)
    e[-1, -1] = 1.0
    out.append(e)
    return np.array(out)


def _same(a: np.ndarray, b: np.ndarray) -> bool:
    return bool(np.array_equal(a, b) or np.array_equal(a, b, equal_nan=True))


@pytest.mark.parametrize("seed", range(12))
def test_a_stack_gives_each_state_its_own_numbers_bit_for_bit(seed):
    rng = np.random.default_rng(seed)
    mults = rng.integers(1, 5, size=int(rng.integers(2, 5)))  # d from 2 to 16
    model = random_model(rng, mults=mults)
    stack = _states(rng, model)
    whole = evaluate_tradeoff_series(model, stack)
    terms = entropy_terms(model, stack, model.baths)
    for i in range(len(stack)):
        alone = evaluate_tradeoff_series(model, stack[i : i + 1])
        for key, values in whole.items():
            assert _same(values[i : i + 1], alone[key]), (seed, i, key)
        one = entropy_terms(model, stack[i : i + 1], model.baths)
        for a, b in zip(terms, one, strict=True):
            assert _same(np.asarray(a)[i : i + 1], np.asarray(b)), (seed, i)
        point = evaluate_tradeoff(model, stack[i])
        assert isinstance(point, TradeoffPoint)
        assert point.sigma == whole["sigma"][i] or np.isinf(point.sigma)


@pytest.mark.parametrize("seed", range(6))
def test_sigma_of_a_stack_agrees_with_the_matrix_logarithm(seed):
    """sigma = -sum_a Tr[D_a(rho) (ln rho - ln pi_a)], ln pi_a = -beta_a H - ln Z_a, with
    scipy's logm (full-rank states only: the definition needs ln rho)."""
    rng = np.random.default_rng(100 + seed)
    model = random_model(rng, mults=rng.integers(1, 4, size=3))
    stack = _states(rng, model)[:1]
    stack = np.concatenate([stack, 0.5 * (stack + np.eye(model.dim)[None] / model.dim)])
    sigma, per_bath, _, currents = entropy_terms(model, stack, model.baths)  # an EntropyTerms
    H = np.diag(model.energies).astype(complex)
    for i, rho in enumerate(stack):
        ln_rho = sla.logm(rho)
        expected = 0.0
        for b, bath in enumerate(model.baths):
            D = bath_dissipator(rho, bath.jumps)
            ln_Z = np.log(np.sum(np.exp(-bath.beta * model.energies)))
            ln_pi = -bath.beta * H - ln_Z * np.eye(model.dim)
            term = -np.trace(D @ (ln_rho - ln_pi)).real
            assert per_bath[i, b] == pytest.approx(term, rel=1e-8, abs=1e-12)
            assert currents[i, b] == pytest.approx(np.trace(H @ D).real, rel=1e-12, abs=1e-14)
            expected += term
        assert sigma[i] == pytest.approx(expected, rel=1e-8, abs=1e-12)
        assert sigma[i] >= 0.0


def test_run_cycle_columns_are_the_pointwise_tradeoff_numbers():
    """run_cycle(tradeoff=True) evaluates each stroke as one stack; its columns are exactly
    evaluate_tradeoff at each kept state."""
    rng = np.random.default_rng(7)
    hot = random_model(rng, n_baths=1, mults=[1, 2, 1], energies=[0.0, 1.0, 2.0], betas=[0.3])
    cold = random_model(rng, n_baths=1, mults=[1, 2, 1], energies=[0.0, 0.5, 1.0], betas=[2.0])
    cycle = Cycle((Stroke(hot, 0.7, "hot"), Stroke(cold, 0.9, "cold")))
    rho0 = limit_cycle_state(cycle, np.eye(4, dtype=complex) / 4).rho
    res = run_cycle(cycle, rho0, n_points=11, tradeoff=True, keep_states=True)
    models = [hot] * 11 + [cold] * 11
    for key in ("sigma", "cd", "cd_bd", "cd_sd", "sigma_sd", "J_tot_sd", "C_l1_bd"):
        pairs = zip(models, res.states, strict=True)
        expected = [getattr(evaluate_tradeoff(m, r), key) for m, r in pairs]
        assert np.array_equal(res.series[key].to_numpy(), np.array(expected)), key


def test_a_non_positive_state_in_a_stack_is_named():
    rng = np.random.default_rng(3)
    model = random_model(rng, mults=[1, 1])
    good = np.eye(2, dtype=complex) / 2
    bad = np.diag([1.2, -0.2]).astype(complex)
    with pytest.raises(ThermodynamicsError, match=r"smallest eigenvalue -2\.000e-01"):
        entropy_terms(model, np.array([good, bad, good]), model.baths)
    with pytest.raises(ThermodynamicsError, match="non-finite"):
        entropy_production(model, np.full((2, 2), np.nan, dtype=complex))
