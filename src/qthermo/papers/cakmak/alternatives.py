"""Interpretation choices of Cakmak et al. (doi:10.1103/PhysRevA.96.032117) and what they
change (see :mod:`qthermo.ledger.alternatives`).

* ``cakmak.coherence_basis``: the l1-coherence is basis dependent, and the two-atom
  Hamiltonian is degenerate, so "coherence between energy eigenstates" does not fix a basis.
  The paper (and we) measure it in the bare-atom product basis; in the collective Dicke basis
  the symmetric long-time state is diagonal and its coherence vanishes. The "thermally
  generated coherence" is coherence inside a degenerate eigenspace, a property of the basis.
* Scan of the dipolar coupling ``high_temperature.f0`` (f0/gamma0): the long-time coherence of
  the close-atom limit should not depend on it (the content of ck.dipolar_independence), which
  the scan tests on the N = 2 high-temperature claim.
* ``cakmak.geometry``: Figs. 2-4 use the close-atom limit xi -> 0; a pair at a stated
  separation (xi = k0 r = ``geometry.xi``, dipoles perpendicular or parallel to the axis, the
  Sec. II couplings) has gamma_12 < gamma0: Fig. 2's curve leaves Eq. (5) and the long-time
  coherence is zero (ck.separation.unique_thermal_state), so the protection claims fail there.
  The choice re-evaluates only the two-atom Fig. 2 claims (``_FIG2_CLAIMS``); the
  finite-separation lifetimes (pairs to N = 6) are the separate ck.separation.* claims.
* ``cakmak.frame``: Eq. (1) is written in the interaction picture of H_s; in the lab frame
  (``L_I - i[H_s, .]`` at ``frame.omega0``) the Fig. 2 claims are recomputed from the lab-frame
  dynamics.  C_l1 is frame independent (ck.frame.c_l1_invariant), so nothing changes.
* Scan of Fig. 2's photon number (the legend is not in the text): ``fig2.nbar_values`` set to one
  value at a time; which Fig. 2 statements (Eq. 5, the X form) hold at each.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from qthermo.ledger.alternatives import Choice, Reading, Scan
from qthermo.ledger.claims import Claim
from qthermo.papers.cakmak import fig2, readings, readings_claims
from qthermo.papers.cakmak.fig2 import claim_high_temperature_limit, high_temperature_table

__all__ = ["CHOICES", "SCANS", "CONFIG_KEYS", "evaluate_high_temperature", "evaluate_fig2"]

ARTIFACTS: dict[str, Sequence[str]] = {
    "fig2": ["figures/cakmak_fig2.png", "results/cakmak/high_temperature.csv"],
    "readings": ["results/cakmak/readings_x_state.csv", "results/cakmak/readings_frame.csv"],
}

#: The keys of the paper's config section the evaluators read (the rule passes only these,
#: so an unrelated config change does not rerun the sensitivity job).
CONFIG_KEYS = ("gamma0", "krylov_breakdown_tol", "fig2", "high_temperature", "geometry", "frame")


def evaluate_high_temperature(section: dict[str, Any]) -> Sequence[Claim]:
    """ck.high_temperature_limit recomputed from scratch under ``section``."""
    dfs = {"high_temperature": high_temperature_table(section)}
    return [claim_high_temperature_limit(dfs, section, ARTIFACTS)]


def evaluate_fig2(section: dict[str, Any]) -> Sequence[Claim]:
    """ck.eq5, ck.high_temperature_limit and ck.iiia.x_state recomputed under ``section``
    (geometry and frame readings; ``fig2.nbar_values`` may be a single number)."""
    nb = section["fig2"]["nbar_values"]
    if not isinstance(nb, list | tuple):
        section = {**section, "fig2": {**section["fig2"], "nbar_values": [float(nb)]}}
    dfs = fig2.compute(section)
    xs = {"readings_x_state": readings.x_state_table(section)}
    return [*fig2.evaluate_claims(dfs, section, ARTIFACTS),
            readings_claims.claim_x_state(xs["readings_x_state"], section, ARTIFACTS["readings"])]  # fmt: skip


_FIG2_CLAIMS = ("ck.eq5", "ck.high_temperature_limit", "ck.iiia.x_state")

CHOICES = [
    Choice(
        key="cakmak.coherence_basis",
        question="The basis of the l1-coherence of a degenerate multi-atom state.",
        where="Sec. II (definition of C_l1), Sec. III A, Eq. (5)",
        readings=(
            Reading(
                "product",
                "bare-atom product basis (the paper's, ours)",
                {"high_temperature": {"coherence_basis": "product"}},
            ),
            Reading(
                "dicke",
                "collective Dicke basis |ee>, |T0>, |S>, |gg>",
                {"high_temperature": {"coherence_basis": "dicke"}},
            ),
        ),  # fmt: skip
        claims=("ck.high_temperature_limit",),
        evaluate=evaluate_high_temperature,
    ),
    Choice(
        key="cakmak.geometry",
        question="Figs. 2-4 take the close-atom limit xi -> 0 (gamma_ij = gamma0); what do the "
        "Fig. 2 and long-time claims say for a pair at a stated separation?",
        where="Sec. II (f_ij, gamma_ij) and Sec. III (xi << 1 assumed)",
        readings=(
            Reading(
                "close",
                "close-atom limit gamma_12 = gamma0, f_12 = f0 (the paper's)",
                {"geometry": {"name": "close"}},
            ),
            Reading(
                "pair_perpendicular",
                "pair at xi = geometry.xi, dipoles perpendicular to the axis (Sec. II couplings)",
                {"geometry": {"name": "pair_perpendicular"}},
            ),
            Reading(
                "pair_parallel",
                "pair at xi = geometry.xi, dipoles along the axis",
                {"geometry": {"name": "pair_parallel"}},
            ),
        ),  # fmt: skip
        claims=_FIG2_CLAIMS,
        evaluate=evaluate_fig2,
    ),
    Choice(
        key="cakmak.frame",
        question="Eq. (1) is in the interaction picture of H_s; do the Fig. 2 claims hold for "
        "the lab-frame state?",
        where="Sec. II (before Eq. 1), Eq. (4)",
        readings=(
            Reading(
                "interaction",
                "interaction picture of H_s (the paper's)",
                {"frame": {"name": "interaction"}},
            ),
            Reading(
                "lab",
                "laboratory frame, L_I - i[H_s, .] with omega0 = frame.omega0",
                {"frame": {"name": "lab"}},
            ),
        ),  # fmt: skip
        claims=_FIG2_CLAIMS,
        evaluate=evaluate_fig2,
    ),
]

SCANS = [
    Scan(
        key="cakmak.dipolar_f0",
        question="Does the long-time coherence of two close atoms depend on the dipolar "
        "coupling f0/gamma0 (the paper says it does not)?",
        parameter="high_temperature.f0",
        values=(0.0, 0.1, 1.0, 10.0, 100.0),
        claims=("ck.high_temperature_limit",),
        evaluate=evaluate_high_temperature,
    ),
    Scan(
        key="cakmak.fig2_nbar",
        question="Fig. 2's legend (its photon numbers) is not in the text: which Fig. 2 "
        "statements (Eq. 5, the positive X form) hold at which nbar?",
        parameter="fig2.nbar_values",
        values=(0.01, 0.1, 1.0, 10.0, 100.0, 1000.0),
        claims=("ck.eq5", "ck.iiia.x_state"),
        evaluate=evaluate_fig2,
    ),
]
