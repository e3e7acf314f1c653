"""Model construction: the commutation relation and detailed balance are enforced."""

import numpy as np
import pytest

from qthermo.core.model import Bath, Jump, Model, ModelError, energy_blocks
from qthermo.papers.tajima_funo.two_n_state import two_n_state_model

SIGMA_MINUS = np.array([[0, 1], [0, 0]], dtype=complex)  # basis (|g>, |e>): |g><e|


def qubit(beta=1.0, omega=1.0, gamma=1.0, up_rate=None, op_down=SIGMA_MINUS, **kw):
    up = gamma * np.exp(-beta * omega) if up_rate is None else up_rate
    jumps = (
        Jump(op_down, omega, gamma, "sigma-"),
        Jump(op_down.conj().T, -omega, up, "sigma+"),
    )
    return Model([0.0, omega], [("g", 0), ("e", 0)], [Bath("b", beta, jumps)], **kw)


def test_valid_qubit_builds():
    m = qubit()
    assert m.dim == 2
    assert [b.tolist() for b in m.blocks] == [[0], [1]]


def test_raising_operator_labelled_as_lowering_is_rejected():
    # The paper's printed L_{omega0} = |e><g| with omega0 > 0 violates [L, H] = hbar omega L.
    with pytest.raises(
        ModelError, match=r"sigma-.*\[L, H\] != hbar\*omega\*L.*residual\| = 2\.000e\+00"
    ):
        qubit(op_down=SIGMA_MINUS.T.copy())


def test_detailed_balance_violation_names_jump_and_size():
    with pytest.raises(
        ModelError, match=r"sigma-.*gamma\(omega\)/gamma\(-omega\) = 2 .*exp\(beta\*hbar\*omega\)"
    ):
        qubit(up_rate=0.5)


def test_missing_partner_channel_rejected():
    jumps = (Jump(SIGMA_MINUS, 1.0, 1.0, "only-down"),)
    with pytest.raises(ModelError, match="no partner channel"):
        Model([0.0, 1.0], [("g", 0), ("e", 0)], [Bath("b", 1.0, jumps)])


@pytest.mark.parametrize("beta", [0.0, -1.0, np.inf, np.nan])
def test_bad_temperature_rejected(beta):
    with pytest.raises(ModelError, match="beta must be positive"):
        qubit(beta=beta)


def test_negative_rate_rejected():
    with pytest.raises(ModelError, match="rate must be >= 0"):
        Model([0.0, 1.0], [("g", 0), ("e", 0)], [Bath("b", 1.0, (Jump(SIGMA_MINUS, 1.0, -1.0),))])


def test_check_can_be_disabled_for_inconsistent_models():
    m = qubit(up_rate=0.5, check=False)
    assert m.dim == 2


def test_energy_blocks_keep_declared_order():
    blocks = energy_blocks(np.array([1.0, 0.0, 1.0, 0.0, 2.0]))
    assert [b.tolist() for b in blocks] == [[1, 3], [0, 2], [4]]


@pytest.mark.parametrize("N", [1, 3, 8])
def test_gibbs_state_is_fixed_point_of_every_bath(N):
    from qthermo.core.superop import bath_dissipator

    m = two_n_state_model(N, omega0=1.3, beta=0.7, gamma0=0.9)
    for bath in m.baths:
        pi = m.gibbs_state(bath.beta)
        assert np.max(np.abs(bath_dissipator(pi, bath.jumps))) < 1e-14


def test_gibbs_fixed_point_violation_is_reported():
    # omega = 0 jump |0><1| inside a degenerate level: commutes with H and needs no partner,
    # but pumps population one way, so the Gibbs state is not stationary.
    L = np.array([[0, 1, 0], [0, 0, 0], [0, 0, 0]], dtype=complex)
    jumps = (Jump(L, 0.0, 1.0, "one-way"),)
    with pytest.raises(ModelError, match=r"bath 'b': the Gibbs state .* not a fixed point"):
        Model([0.0, 0.0, 1.0], [("g", 0), ("g", 1), ("e", 0)], [Bath("b", 1.0, jumps)])


def test_channels_with_the_same_operator_add_up_in_the_detailed_balance_check():
    """Two channels with one operator (a collective and a local jump of a single emitter) are
    one channel at the summed rate: balanced sums pass, unbalanced ones fail."""
    L = np.array([[0.0, 1.0], [0.0, 0.0]], dtype=complex)
    w, beta = 1.0, 0.7
    boltz = np.exp(-beta * w)

    def model(rates_down, rates_up):
        jumps = [Jump(L, w, r, f"d{i}") for i, r in enumerate(rates_down)]
        jumps += [Jump(L.conj().T, -w, r, f"u{i}") for i, r in enumerate(rates_up)]
        return Model(np.array([0.0, w]), [("g", 0), ("e", 0)], [Bath("b", beta, tuple(jumps))])

    model([1.0, 0.3], [boltz, 0.3 * boltz])  # passes
    model([1.0, 0.3], [1.3 * boltz, 0.0])  # only the sums must balance
    with pytest.raises(ModelError, match="gamma"):
        model([1.0, 0.3], [boltz, 0.5 * boltz])  # summed down 1.3, summed up 1.5 boltz


def test_scalar_and_array_closeness_match_numpy():
    """The detailed-balance check's fast comparisons give numpy's answers, also at the edges
    (exactly at the tolerance, infinities, NaN, signed zero)."""
    from qthermo.core.model import _allclose, _isclose

    edge = [0.0, -0.0, 1.0, -1.0, 1e-12, 2e-12, 1 + 1e-9, 1 + 2e-9, 1e300, np.inf, -np.inf, np.nan]
    for a in edge:
        for b in edge:
            for atol, rtol in ((1e-12, 0.0), (0.0, 1e-9), (1e-10, 1e-5)):
                want = bool(np.isclose(a, b, atol=atol, rtol=rtol))
                assert _isclose(a, b, atol=atol, rtol=rtol) == want, (a, b, atol, rtol)
    rng = np.random.default_rng(7)
    base = rng.normal(size=(4, 4)) + 1j * rng.normal(size=(4, 4))
    for scale in (0.0, 1e-11, 1e-10, 9e-6, 2e-5, 1.0):
        other = base + scale * base
        for atol in (1e-10, 0.0):
            assert _allclose(other, base, atol=atol) == bool(np.allclose(other, base, atol=atol))
    for bad in (np.inf, -np.inf, np.nan):
        other = base.copy()
        other[1, 2] = bad
        for x, y in ((other, base), (base, other), (other, other)):
            assert _allclose(x, y, atol=1e-10) == bool(np.allclose(x, y, atol=1e-10))
