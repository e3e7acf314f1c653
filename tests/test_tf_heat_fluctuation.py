"""Slide 23's A as heat fluctuation (qthermo.papers.tajima_funo.heat_fluctuation[_claims]): the
FCS variance rate agrees with a hand computation and with Tr[X rho]; each claim fails on a wrong
input (negative controls)."""

import copy

import numpy as np
import pytest

from qthermo.core.model import Bath, Jump, Model
from qthermo.papers.tajima_funo import heat_fluctuation as hf
from qthermo.papers.tajima_funo.heat_fluctuation import (
    _jump_superops,
    cumulant_maps,
    fluctuation_rows,
    heat_cumulants,
    variance_rate,
)
from qthermo.papers.tajima_funo.heat_fluctuation_claims import (
    REL_STEP,
    claim_ids,
    evaluate_claims,
    fluctuation_claim,
    nondegenerate_claim,
    nonnegative_claim,
    printed_fluctuation_claim,
)
from qthermo.papers.tajima_funo.two_n_state import rho_plus, two_n_state_model

CFG = {
    "fig1": {"omega0": 1.0, "beta": 1.0, "gamma0": 1.0, "eq_rtol": 1e-9},
    "printed": {"N_values": [1, 2, 3], "n_states": 2, "atol": 1e-12},
    "friction": {"seed": 7, "n_models": 2, "n_levels_min": 2, "n_levels_max": 3,
                 "max_degeneracy": 2, "n_baths": 2, "beta_min": 0.2, "beta_max": 3.0},
}  # fmt: skip


@pytest.fixture(scope="module")
def rows():
    return fluctuation_rows(CFG, hbar=1.0, rel_step=REL_STEP)


def test_claims_pass():
    claims = evaluate_claims(CFG, hbar=1.0)
    assert [c.id for c in claims] == list(claim_ids())
    for c in claims:
        assert c.status == c.expected_outcome == ("fail" if c.id.endswith(".printed") else "pass")


def test_two_level_poisson_by_hand():
    # one excited qubit decaying at rate g: jumps are Poissonian at short times, so the heat
    # variance after t is omega^2 g t (1 + O(g t)) and its mean omega g t
    g, w = 0.7, 1.3
    L = np.array([[0, 1], [0, 0]], complex)
    model = Model(energies=np.array([0.0, w]), labels=[("g", 0), ("e", 0)],
                  baths=[Bath("b", 1.0, (Jump(op=L, omega=w, rate=g, label="down"),
                                         Jump(op=L.T.copy(), omega=-w, rate=g * np.exp(-w),
                                              label="up")))])  # fmt: skip
    excited = np.diag([0.0, 1.0]).astype(complex)
    t = 1e-6
    k1, k2 = heat_cumulants(cumulant_maps(model, t), excited)
    assert k1 / t == pytest.approx(w * g, rel=1e-5)
    assert variance_rate(model, [excited], rel_step=REL_STEP)[0] == pytest.approx(
        w**2 * g, rel=1e-9
    )


def test_rho_plus_coherent_part_closed_form(rows):
    x = 1.0
    for N in (2, 3):
        r = next(r for r in rows if r["model"] == f"2N N={N}" and r["state"] == "rho_plus")
        p_g = np.diag(rho_plus(N))[:N].sum().real
        ratio = (r["fcs_rate"] - r["A_cl"]) / r["A_qm"]
        assert ratio == pytest.approx(1 - p_g + np.exp(-x) * p_g, rel=1e-8)


def test_negative_control_wrong_heat_per_jump():
    # counting hbar omega / 2 per jump (a wrong input) gives a quarter of Tr[X rho]
    model = two_n_state_model(2)
    jumps = tuple(Jump(op=j.op, omega=j.omega / 2, rate=j.rate, label=j.label)
                  for j in model.baths[0].jumps)  # fmt: skip
    wrong = Model(energies=model.energies, labels=model.labels, baths=[Bath("b", 1.0, jumps)],
                  check=False)  # fmt: skip
    rho = rho_plus(2)
    right = variance_rate(model, [rho], rel_step=REL_STEP)[0]
    assert variance_rate(wrong, [rho], rel_step=REL_STEP)[0] == pytest.approx(right / 4, rel=1e-6)


def _wrong_heat_per_jump(model):
    """Tilted-generator derivatives that count hbar omega / 2 per jump (a wrong counting field)."""
    B, C = _jump_superops(model)
    return B / 2, C / 4


def test_negative_control_wrong_counting_field_through_claim(monkeypatch):
    monkeypatch.setattr(hf, "_jump_superops", _wrong_heat_per_jump)
    wrong = fluctuation_rows(CFG, hbar=1.0, rel_step=REL_STEP)
    c = fluctuation_claim(wrong, CFG)
    assert c.status == "fail" and c.measured["max_rel_dev_fcs_vs_trXrho"] > 0.7


def test_negative_control_wrong_x_through_claim(monkeypatch):
    # X without the (hbar omega)^2 weights: Tr[X rho] no longer matches the FCS rate
    def x_unweighted(model):
        return sum(j.rate * (np.asarray(j.op).conj().T @ np.asarray(j.op))
                   for b in model.baths for j in b.jumps)  # fmt: skip

    monkeypatch.setattr(hf, "x_operator", x_unweighted)
    wrong = fluctuation_rows(CFG, hbar=1.0, rel_step=REL_STEP)
    assert fluctuation_claim(wrong, CFG).status == "fail"


def test_corrected_records_consequences_without_checking_them(rows):
    # zeroing A_qm breaks only the definitional consequence, which is not part of the status
    c = fluctuation_claim([dict(r, A_qm=0.0) for r in rows], CFG)
    assert c.status == "pass"
    right = fluctuation_claim(rows, CFG)
    assert right.details["consequences_by_definition"]["max_abs_coherent_part_over_A_qm"] <= 1


def test_negative_controls_of_the_comparisons(rows):
    off = [dict(r, fcs_rate=r["fcs_rate"] * (1 + 1e-6)) for r in rows]  # FCS off by 1e-6
    assert fluctuation_claim(off, CFG).status == "fail"
    # the printed equality holds on rows where the coherent part is A_qm (a constructed input)
    exact = [dict(r, fcs_rate=r["A_cl"] + r["A_qm"]) for r in rows]
    assert printed_fluctuation_claim(exact, CFG).status == "pass"
    neg = [dict(rows[0], A_cl=-1e-3), *rows[1:]]
    assert nonnegative_claim(neg).status == "fail"


def test_negative_control_degenerate_models_through_claim():
    assert nondegenerate_claim(copy.deepcopy(CFG), hbar=1.0).status == "pass"
    # degenerate models (a wrong input): rho_bd keeps intra-block coherence, the claim fails
    c = nondegenerate_claim(copy.deepcopy(CFG), hbar=1.0, max_degeneracy=3)
    assert c.status == "fail" and c.measured["max_abs_diff"] > 1e-3
