"""Readings of the power-efficiency relation (PRL Eq. 8 against Funo's slide 32): prefactors,
and the Fig. 4 bound columns under each reading."""

from __future__ import annotations

import pytest
import yaml

from qthermo.core.cycles import carnot_efficiency, power_bound_prefactor, power_efficiency_constant
from qthermo.papers.tajima_funo.fig4 import fig4_tables
from qthermo.plumbing.paths import repo_root

ROOT = repo_root(__file__)
SR = yaml.safe_load((ROOT / "config/config.yaml").read_text())["tajima_funo"]["superradiant"]


def test_prefactors():
    bh, bc, eta = 0.7, 1.9, 0.4
    c = power_efficiency_constant(bh, bc)
    assert power_bound_prefactor("eq8", beta_h=bh, beta_c=bc, eta=eta) == c
    assert power_bound_prefactor("slides_literal", beta_h=bh, beta_c=bc, eta=eta) == pytest.approx(
        c * bc * eta
    )
    eta_car = carnot_efficiency(bh, bc)
    assert power_bound_prefactor("slides_eta", beta_h=bh, beta_c=bc, eta=eta) == pytest.approx(
        c * eta / eta_car
    )
    with pytest.raises(ValueError, match="power_bound_form"):
        power_bound_prefactor("slide31", beta_h=bh, beta_c=bc, eta=eta)


def test_fig4_bounds_scale_by_the_reading():
    small = {**SR, "fig4": {**SR["fig4"], "n_tau": 5}}
    base, _ = fig4_tables(small)
    lit, _ = fig4_tables({**small, "power_bound_form": "slides_literal"})
    factor = small["beta_c"] * base.eta
    assert (lit.quantum_bound / base.quantum_bound).to_numpy() == pytest.approx(factor.to_numpy())
    assert (lit.ratio == base.ratio).all()  # the engine itself is unchanged


def test_fig4_cycles_are_built_once_per_start_inside_a_sensitivity_scope(monkeypatch):
    """The readings of the bound's form and of the plotted start, and the singlet scan's
    comparison start, reuse the limit cycles of a start (ledger.memo.shared_reads); each table
    is the one built outside a scope, bit for bit."""
    from qthermo.ledger import memo
    from qthermo.papers.tajima_funo import fig4 as f4

    small = {**SR, "fig4": {**SR["fig4"], "n_tau": 4}}
    sections = [
        small,
        {**small, "power_bound_form": "slides_literal"},
        {**small, "initial_state": small["compare_initial_state"],
         "compare_initial_state": small["initial_state"]},
        {**small, "initial_state": "singlet_mix", "compare_initial_state": "ground",
         "singlet_fraction": 0.5},
    ]  # fmt: skip
    alone = [fig4_tables(s) for s in sections]
    built = []
    real = f4._cycle_rows

    def counting(cfg, *, start, hbar):
        built.append(start)
        return real(cfg, start=start, hbar=hbar)

    monkeypatch.setattr(f4, "_cycle_rows", counting)
    with memo.scope():
        shared = [fig4_tables(s) for s in sections]
    assert sorted(built) == sorted({small["initial_state"], small["compare_initial_state"],
                                    "singlet_mix"})  # fmt: skip
    for (a4, ad), (b4, bd) in zip(alone, shared, strict=True):
        assert a4.equals(b4) and ad.equals(bd)
