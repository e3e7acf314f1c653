"""Printed forms of Tajima-Funo (doi:10.1103/PhysRevLett.127.190604) and Funo's slides that the
replication does not use as written, each evaluated literally beside the form we use.

* The jump operator of the 2N-state model, printed L_{omega0} = sum_{j,j'} |e,j><g,j'|, against
  the paper's own relation [L_omega, H] = hbar omega L_omega (Eq. 1); the lowering form
  sum |g,j><e,j'| satisfies it.
* The 2-qubit Hamiltonian, printed hbar omega (sigma_1^z + sigma_2^z), with the printed rates
  Gamma_down/Gamma_up = exp(beta hbar omega): detailed balance needs the ratio exp(beta Delta E)
  for the single-excitation gap Delta E, which is 2 hbar omega for Pauli sigma^z and hbar omega
  for H = hbar omega (n_1 + n_2).
* The dissipator of slide 25, printed gamma (L rho L^dag + {L^dag L, rho}): not trace
  preserving; the GKSL form L rho L^dag - {L^dag L, rho}/2 is.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from qthermo.core.states import random_density
from qthermo.ledger.claims import Claim, check_absolute, claim, margin_leq
from qthermo.papers import PAPERS
from qthermo.papers.tajima_funo.two_qubit import excitation_energies, paper_sigma_z_energies, rates

__all__ = [
    "commutator_residual",
    "detailed_balance_ratio",
    "trace_defect",
    "evaluate_claims",
    "claim_ids",
]

SOURCE = PAPERS["tajima_funo"].citation


def _two_n_state(N: int, omega0: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """H, the lowering L (ours) and the printed raising form of the 2N-state model (Eq. 5)."""
    H = np.diag(np.concatenate([np.zeros(N), np.full(N, omega0)])).astype(complex)
    lower = np.zeros((2 * N, 2 * N), dtype=complex)
    lower[:N, N:] = 1.0
    return H, lower, lower.conj().T


def commutator_residual(L: np.ndarray, H: np.ndarray, omega: float) -> float:
    """``||[L, H] - hbar omega L||_F / (omega ||L||_F)`` (hbar = 1): zero for a jump operator of
    Bohr frequency omega (Eq. 1), 2 for one of frequency -omega."""
    return float(np.linalg.norm(L @ H - H @ L - omega * L) / (omega * np.linalg.norm(L)))


def detailed_balance_ratio(energies: np.ndarray, *, omega: float, beta: float) -> float:
    """``ln(Gamma_down/Gamma_up) / (beta Delta E)`` for the printed rates and the gap
    ``Delta E = E(one excitation) - E(ground)`` of ``energies``: 1 is detailed balance."""
    g_down, g_up = rates(omega=omega, beta=beta, gamma0=1.0)
    gap = float(energies[1] - energies[0])
    return float(np.log(g_down / g_up) / (beta * gap))


def trace_defect(L: np.ndarray, rho: np.ndarray, anticommutator_factor: float) -> float:
    """``|Tr[L rho L^dag + f {L^dag L, rho}]|`` (f = +1 printed on slide 25, f = -1/2 GKSL)."""
    LdL = L.conj().T @ L
    D = L @ rho @ L.conj().T + anticommutator_factor * (LdL @ rho + rho @ LdL)
    return float(abs(np.trace(D)))


def _pair(cid: str, where: str, statement: str, printed: float, corrected: float, *,
          atol: float, quantity: str, reason: str, parameters: dict[str, Any],
          target: float = 0.0) -> list[Claim]:  # fmt: skip
    """The printed-form claim (expected to fail) and the corrected-form claim (expected to pass)."""
    out = []
    for suffix, value in (("printed", printed), ("corrected", corrected)):
        ok, err = check_absolute(value, target, atol)
        out.append(
            claim(
                f"tf.{cid}.{suffix}",
                source=f"{SOURCE}, {where}",
                statement=f"{statement} ({suffix} form).",
                measured={"value": value, "deviation": err},
                expected=target,
                comparator=f"|{quantity} - {target:g}| <= atol",
                tolerance=atol,
                ok=ok,
                margin=margin_leq(err, atol, f"|{quantity} - {target:g}|"),
                parameters=parameters,
                expected_outcome="fail" if suffix == "printed" else "pass",
                outcome_reason=reason if suffix == "printed" else None,
            )
        )
    return out


def evaluate_claims(cfg: dict[str, Any]) -> list[Claim]:
    """Claims tf.{jump_operator,sigma_z_rates,slides_dissipator}.{printed,corrected}."""
    p, sr = cfg["printed"], cfg["superradiant"]
    res_p, res_c = 0.0, 0.0
    for N in p["N_values"]:
        H, lower, raising = _two_n_state(N, 1.0)
        res_p = max(res_p, commutator_residual(raising, H, 1.0))
        res_c = max(res_c, commutator_residual(lower, H, 1.0))
    rng = np.random.default_rng(p["seed"])
    rhos = [random_density(rng, 2 * N) for N in p["N_values"] for _ in range(p["n_states"])]
    lowers = [_two_n_state(N, 1.0)[1] for N in p["N_values"] for _ in range(p["n_states"])]
    tr_p = max(trace_defect(L, r, 1.0) for L, r in zip(lowers, rhos, strict=True))
    tr_c = max(trace_defect(L, r, -0.5) for L, r in zip(lowers, rhos, strict=True))
    w, b = sr["omega_h"], sr["beta_h"]
    db_p = detailed_balance_ratio(paper_sigma_z_energies(w), omega=w, beta=b)
    db_c = detailed_balance_ratio(excitation_energies(w), omega=w, beta=b)
    atol = p["atol"]
    return [
        *_pair("jump_operator", "Result 2, text after Eq. (5)",
               "The collective jump operator of the 2N-state model has Bohr frequency omega0: "
               "[L, H] = hbar omega0 L", res_p, res_c, atol=atol,
               quantity="||[L,H] - omega0 L|| / (omega0 ||L||)",
               reason="The printed sum_{j,j'} |e,j><g,j'| raises the energy: [L, H] = -hbar "
               "omega0 L (relative residual 2), contradicting Eq. (1); the lowering form is used.",
               parameters={"N_values": p["N_values"]}),
        *_pair("sigma_z_rates", "Result 4 (Figs. 3-4), Hamiltonian and rates",
               "The printed rates Gamma_down/Gamma_up = exp(beta hbar omega) obey detailed "
               "balance with the 2-qubit Hamiltonian: ln(ratio) = beta Delta E", db_p - 1.0,
               db_c - 1.0, atol=atol, quantity="ln(Gamma_down/Gamma_up)/(beta Delta E) - 1",
               reason="With Pauli sigma^z the printed hbar omega (sigma_1^z + sigma_2^z) has the "
               "single-excitation gap 2 hbar omega, so the printed rates give half the Boltzmann "
               "exponent; H = hbar omega (n_1 + n_2) (gap hbar omega) is used.",
               parameters={"omega_h": w, "beta_h": b}),
        *_pair("slides_dissipator", "K. Funo's slides, slide 25",
               "The dissipator of the 2N-state model preserves the trace: Tr D[rho] = 0 on "
               "random states", tr_p, tr_c, atol=atol, quantity="max |Tr D[rho]|",
               reason="Slide 25 prints gamma (L rho L^dag + {L^dag L, rho}) (plus sign, no 1/2), "
               "whose trace is 3 gamma Tr[L^dag L rho] > 0; the GKSL form (slide 9, PRL Eq. 1) "
               "is used.",
               parameters={"N_values": p["N_values"], "n_states": p["n_states"],
                           "seed": p["seed"]}),
    ]  # fmt: skip


def claim_ids() -> Sequence[str]:
    """The ids :func:`evaluate_claims` produces."""
    return [f"tf.{c}.{s}" for c in ("jump_operator", "sigma_z_rates", "slides_dissipator")
            for s in ("printed", "corrected")]  # fmt: skip
