"""Negative controls: every claim can fail (issue 11, part 2).

For each kind of claim the SAME claim function that writes the ledger is evaluated twice on a small
configuration (``config/quick.yaml`` merged into ``config/config.yaml``): on its real input table,
where it must pass, and on a deliberately wrong input, where it must fail with a recorded
``measured`` value that shows the corruption. Expected failures (a paper statement that does not
hold as printed) get the converse control: fed the corrected form, the same check passes.

=================  ===========================================  ====================================
claim kind         negative control                             claims covered
=================  ===========================================  ====================================
closed form        prefactor 1.01 in the numerics or in the     tf.eq6, tf.eq7, kytm.eq12, kytm.eq17,
(check_relative,   closed-form column; a generator/dissipator   ck.eq5, ck.beyond.closed_form,
check_absolute)    scaled by 1.01 before the table is built;    diosi.exact_current,
                   an injected singlet population or closure    diosi.energy_balance,
                   defect                                       tf.carnot.reduction_exact,
                                                                ck.fig4.methods_agree,
                                                                ck.dipolar_independence,
                                                                ck.high_temperature_limit,
                                                                ck.nbar_saturation,
                                                                kytm.superabsorption.delta_e,
                                                                kytm.rwa_heat_current,
                                                                ck.harvest.table1,
                                                                tf.engine.initial_state,
                                                                tf.limit_cycle.closure
inequality         a state that violates the bound: the         tf.ineq2, tf.ineq3, tf.ineq4,
(check_leq and     coherent state where the dephased one is     tf.fig1.decohered_classical,
strict >)          meant, the quantum bound without A_qm, the   tf.fig3.bounds_hold,
                   Gibbs start of the engine (no advantage),    tf.fig3.quantum_exceeds_classical,
                   bounds scaled down                           tf.fig4.quantum_bound_holds,
                                                                tf.fig4.exceeds_classical,
                                                                tf.carnot.quantum_bound,
                                                                kytm.bound1_holds, kytm.bound2_holds
fitted exponent    a column with the wrong power of N, L or     kytm.scaling.* (5 models),
                   eps (times N^0.1 ...); a non-cubic sequence  tf.fig1.dissipationless,
                   for the cubic fit                            kytm.burst_peak,
                                                                kytm.bound1_saturated,
                                                                kytm.bound2_saturated,
                                                                tf.carnot.power,
                                                                tf.carnot.classical_medium,
                                                                diosi.leading_order,
                                                                diosi.slide_steady_state,
                                                                ck.fig4.cubic_fit
sign map           flipped signs of sigma / J_A                 diosi.local_me_violation,
                                                                diosi.incoherent_second_law
statistical        biased simulation (pairs of a colder bath)   ck.harvest.collision_model
                   against the unchanged master equation
expected failure   the printed form replaced by the correct     ck.extrapolation,
(converse)         one passes the same check (Gibbs T_eff,      ck.harvest.teff_formula,
                   D2 current, a sequence that is cubic)        diosi.slide_formula
=================  ===========================================  ====================================

Claims without a control are listed in ``EXEMPT`` with the reason; ``test_every_claim_covered``
checks that the two sets together are exactly the ids of ``baseline/claims.json``.
"""

from __future__ import annotations

import json

import negative_controls_closed_form_inequality  # noqa: F401  (registers controls)
import negative_controls_fits_signs_stats  # noqa: F401  (registers controls)
import pytest
from negative_control_registry import ELSEWHERE, EXEMPT
from negative_control_support import CONTROLS, ROOT, Data


@pytest.fixture(scope="module")
def data() -> Data:
    return Data()


# ------------------------------------------------------------------ tests
@pytest.mark.parametrize("name", sorted(CONTROLS), ids=lambda n: f"{CONTROLS[n][0]}-{n}")
def test_negative_control(name, data, monkeypatch):
    fn = CONTROLS[name][2]
    if "monkeypatch" in fn.__code__.co_varnames[: fn.__code__.co_argcount]:
        fn(data, monkeypatch)
    else:
        fn(data)


def test_every_claim_covered():
    ids = set(json.loads((ROOT / "baseline/claims.json").read_text()))
    covered = {c for _, claims, _ in CONTROLS.values() for c in claims}
    for cid, test_file in ELSEWHERE.items():
        text = (ROOT / "tests" / test_file).read_text()
        assert "negative" in text.lower() and ("fail" in text), (cid, test_file)
    covered |= set(ELSEWHERE)
    assert covered.isdisjoint(EXEMPT), covered & set(EXEMPT)
    assert covered | set(EXEMPT) == ids, {
        "without control": sorted(ids - covered - set(EXEMPT)),
        "unknown ids": sorted((covered | set(EXEMPT)) - ids),
    }
    assert all(len(reason) > 40 for reason in EXEMPT.values())
    kinds = {kind for kind, _, _ in CONTROLS.values()}
    assert kinds == {"closed_form", "inequality", "exponent", "sign_map", "statistical"} | {
        "expected_failure"
    }
