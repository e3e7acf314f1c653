"""Claims on the meaning and the elementary properties of A_cl, A_qm and the dephased states
(Tajima-Funo, definitions before Eq. 2 and after Eq. 4; Funo's slide 23).

* tf.heat_fluctuation.printed (expected fail): slide 23 calls A "instantaneous heat fluctuation"
  under the heading "physical interpretation of A", with A_cl its classical and A_qm its
  coherence part. It is an interpretation, not a printed equation; we test its literal reading
  (the heat-variance rate of rho^+ equals A_cl + A_qm), which fails.
* tf.heat_fluctuation.corrected: full counting statistics of the bath energy gives the rate of
  the heat variance ``Tr[X rho]`` (the only check); that this is A_cl on rho_sd and within A_qm
  of A_cl follows from the definitions and is recorded, not checked (see
  :mod:`qthermo.papers.tajima_funo.heat_fluctuation`).
* tf.result1.nonnegative (trivial): A_cl >= 0 and A_qm >= 0 on every sampled state.
* tf.defs.nondegenerate_bd_sd (trivial): rho_bd = rho_sd for a nondegenerate Hamiltonian.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from qthermo.core.coherence import block_diagonal, strictly_diagonal
from qthermo.core.states import random_density
from qthermo.ledger.claims import (
    Claim,
    check_all_true,
    check_relative,
    claim,
    margin_geq,
    margin_leq,
)
from qthermo.papers import PAPERS
from qthermo.papers.tajima_funo.friction import random_db_model
from qthermo.papers.tajima_funo.heat_fluctuation import fluctuation_rows

__all__ = ["fluctuation_claim", "printed_fluctuation_claim", "nonnegative_claim", "nondegenerate_claim", "evaluate_claims",
           "claim_ids", "REL_STEP"]  # fmt: skip

SOURCE = PAPERS["tajima_funo"].citation
#: Richardson step of the FCS variance rate, t = REL_STEP / rate_scale: truncation O(1e-10),
#: below the eq_rtol = 1e-9 of the comparison (fixed from the error order, not from the result).
REL_STEP = 1.0e-5


def fluctuation_claim(rows: list[dict[str, Any]], cfg: dict[str, Any]) -> Claim:
    """Claim tf.heat_fluctuation.corrected (slide 23, as it holds): the FCS rate is Tr[X rho].

    Only this identity is checked. What it implies for A_cl and A_qm follows from the
    definitions alone and is recorded in ``details`` without entering the status: A_cl =
    Tr[X rho_sd] (:func:`qthermo.core.tradeoff.a_cl`), so on rho_sd the rate is A_cl; X commutes
    with H and A_qm = C_X C_l1(rho_bd), so |Tr[X rho] - A_cl| <= A_qm is the triangle inequality.
    """
    rtol = cfg["fig1"]["eq_rtol"]
    ok, dev = check_relative([r["fcs_rate"] for r in rows], [r["tr_X_rho"] for r in rows], rtol)
    sd = [r for r in rows if r["state"].endswith("_sd")]
    dev_sd = check_relative([r["fcs_rate"] for r in sd], [r["A_cl"] for r in sd], rtol)[1]
    coh = [r for r in rows if not r["state"].endswith("_sd") and r["A_qm"] > 0]
    signed = [(r["fcs_rate"] - r["A_cl"]) / r["A_qm"] for r in coh] or [np.nan]
    plus = {r["model"]: (r["fcs_rate"] - r["A_cl"]) / r["A_qm"] for r in coh
            if r["state"] == "rho_plus"}  # fmt: skip
    return claim(
        "tf.heat_fluctuation.corrected",
        source=SOURCE + "; K. Funo's slides, slide 23",
        statement="A read as the instantaneous heat fluctuation: the rate of the variance of the "
        "heat handed to the baths (full counting statistics of the tilted generator) is Tr[X "
        "rho], with X of Eqs. (3)-(4). By the definitions of A_cl and A_qm this makes A_cl the "
        "rate on rho_sd and bounds the coherent part Tr[X rho] - A_cl by A_qm in modulus; those "
        "two consequences are identities and are not checked.",
        measured={
            "max_rel_dev_fcs_vs_trXrho": dev,
            "rho_plus_coherent_part_over_A_qm": plus,
            "signed_coherent_part_over_A_qm_range": [min(signed), max(signed)],
            "n_states": len(rows),
        },  # fmt: skip
        expected="fcs rate = Tr[X rho]",
        comparator="max |fcs - Tr[X rho]| / |Tr[X rho]| <= eq_rtol on every state",
        tolerance=rtol,
        ok=ok,
        margin=margin_leq(dev, rtol, "max relative deviation of the FCS rate from Tr[X rho]"),
        parameters={
            "rel_step": REL_STEP,
            "N_values": cfg["printed"]["N_values"],
            "n_states": cfg["printed"]["n_states"],
            "seed": cfg["friction"]["seed"],
            "n_random_models": cfg["friction"]["n_models"],
        },  # fmt: skip
        details={
            "consequences_by_definition": {
                "max_rel_dev_sd_fcs_vs_A_cl": dev_sd,
                "max_abs_coherent_part_over_A_qm": max(abs(v) for v in signed),
                "reason": "A_cl = Tr[X rho_sd] by definition, so fcs = A_cl on rho_sd follows "
                "from fcs = Tr[X rho]; [X, H] = 0 and A_qm = C_X C_l1(rho_bd) make "
                "|Tr[X rho] - A_cl| <= A_qm the triangle inequality; not part of the status",
            }
        },
        interpretation="A_qm is an upper bound on the coherent part of the heat fluctuation, "
        "not the coherent part itself: for rho^+ it is p_e + e^{-beta hbar omega0} p_g (about "
        "0.5) of A_qm, and on random states it takes either sign.",
    )


def printed_fluctuation_claim(rows: list[dict[str, Any]], cfg: dict[str, Any]) -> Claim:
    """Claim tf.heat_fluctuation.printed (slide 23 literally: heat fluctuation = A_cl + A_qm)."""
    rtol = cfg["fig1"]["eq_rtol"]
    plus = [r for r in rows if r["state"] == "rho_plus" and r["A_qm"] > 0]
    ok, dev = check_relative([r["fcs_rate"] for r in plus],
                             [r["A_cl"] + r["A_qm"] for r in plus], rtol)  # fmt: skip
    return claim(
        "tf.heat_fluctuation.printed",
        source=SOURCE + "; K. Funo's slides, slide 23",
        statement="A = A_cl + A_qm is the instantaneous heat fluctuation, read literally as an "
        "equality: the heat-variance rate of rho^+ equals A_cl + A_qm. Slide 23 offers this as "
        "the 'physical interpretation of A', not as an equation; the equality is our reading.",
        measured={
            "max_rel_dev": dev,
            "fcs_rate": {r["model"]: r["fcs_rate"] for r in plus},
            "A_cl_plus_A_qm": {r["model"]: r["A_cl"] + r["A_qm"] for r in plus},
        },  # fmt: skip
        expected="fcs rate = A_cl + A_qm",
        comparator="max |fcs - (A_cl + A_qm)| / (A_cl + A_qm) <= eq_rtol on rho^+ (N >= 2)",
        tolerance=rtol,
        ok=ok,
        margin=margin_leq(dev, rtol, "max relative deviation from A_cl + A_qm"),
        parameters={"rel_step": REL_STEP, "N_values": cfg["printed"]["N_values"]},
        expected_outcome="fail",
        outcome_reason="The heat-variance rate (full counting statistics) is Tr[X rho]; for rho^+ "
        "its coherent part is (p_e + e^{-beta hbar omega0} p_g) A_qm, about half of A_qm, so "
        "A_cl + A_qm bounds the heat fluctuation but is not it (tf.heat_fluctuation.corrected).",
        interpretation="Slide 23 labels the sentence a physical interpretation; read loosely (A "
        "bounds the heat-variance rate, and A_cl is that rate for rho_sd) it holds. What fails "
        "is only the literal equality for the coherent part, so this records an interpretation "
        "that is looser than it reads, not a wrong printed formula.",
    )


def nonnegative_claim(rows: list[dict[str, Any]]) -> Claim:
    """Claim tf.result1.nonnegative (trivial: X >= 0 and a sum of moduli)."""
    low_cl, low_qm = min(r["A_cl"] for r in rows), min(r["A_qm"] for r in rows)
    ok, n_bad = check_all_true(r["A_cl"] >= 0.0 and r["A_qm"] >= 0.0 for r in rows)
    return claim(
        "tf.result1.nonnegative",
        source=SOURCE + ", Result 1, text after Ineq. (4)",
        statement="A_cl and A_qm are non-negative on every sampled model and state.",
        measured={
            "min_A_cl": low_cl,
            "min_A_qm": low_qm,
            "violations": n_bad,
            "n_states": len(rows),
        },  # fmt: skip
        expected=">= 0",
        comparator="A_cl >= 0 and A_qm >= 0 on every state (A_qm = 0 on rho_sd by definition)",
        tolerance=0.0,
        ok=ok,
        margin=margin_geq(low_cl if ok else min(low_cl, low_qm), 0.0, "min A_cl"),
        trivial="X = sum (hbar omega)^2 gamma L^dag L is positive semidefinite for gamma > 0 "
        "and A_qm is a product of moduli; the check guards the implementation only",
    )


def nondegenerate_claim(cfg: dict[str, Any], *, hbar: float, max_degeneracy: int = 1) -> Claim:
    """Claim tf.defs.nondegenerate_bd_sd (trivial): rho_bd = rho_sd when H is nondegenerate.

    ``max_degeneracy`` > 1 (degenerate models, a wrong input) is for the negative control only.
    """
    fr = cfg["friction"]
    rng = np.random.default_rng(fr["seed"] + 1)
    worst = 0.0
    for _ in range(fr["n_models"]):
        model = random_db_model(rng, n_levels=fr["n_levels_max"], max_degeneracy=max_degeneracy,
                                n_baths=1, beta_min=fr["beta_min"], beta_max=fr["beta_max"],
                                hbar=hbar)  # fmt: skip
        for _ in range(cfg["printed"]["n_states"]):
            rho = random_density(rng, model.dim)
            worst = max(worst, float(np.max(np.abs(block_diagonal(model, rho)
                                                   - strictly_diagonal(rho)))))  # fmt: skip
    atol = cfg["printed"]["atol"]
    return claim(
        "tf.defs.nondegenerate_bd_sd",
        source=SOURCE + ", definitions of rho_bd and rho_sd",
        statement="For a nondegenerate Hamiltonian rho_bd = rho_sd.",
        measured={"max_abs_diff": worst},
        expected=0.0,
        comparator="max |rho_bd - rho_sd| <= atol",
        tolerance=atol,
        ok=worst <= atol,
        margin=margin_leq(worst, atol, "max |rho_bd - rho_sd|"),
        parameters={
            "n_models": fr["n_models"],
            "n_levels": fr["n_levels_max"],
            "n_states": cfg["printed"]["n_states"],
            "max_degeneracy": max_degeneracy,
        },  # fmt: skip
        trivial="immediate from the definitions (every energy block is one state); the check "
        "guards the block detection of qthermo.core.model only",
    )


def evaluate_claims(cfg: dict[str, Any], *, hbar: float) -> list[Claim]:
    """The three claims; ``cfg`` holds the ``fig1``, ``printed`` and ``friction`` sections."""
    rows = fluctuation_rows(cfg, hbar=hbar, rel_step=REL_STEP)
    return [
        printed_fluctuation_claim(rows, cfg),
        fluctuation_claim(rows, cfg),
        nonnegative_claim(rows),
        nondegenerate_claim(cfg, hbar=hbar),
    ]


def claim_ids() -> Sequence[str]:
    """The ids :func:`evaluate_claims` produces."""
    return ["tf.heat_fluctuation.printed", "tf.heat_fluctuation.corrected",
            "tf.result1.nonnegative", "tf.defs.nondegenerate_bd_sd"]  # fmt: skip
