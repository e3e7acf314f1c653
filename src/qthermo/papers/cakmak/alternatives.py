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
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from qthermo.ledger.alternatives import Choice, Reading, Scan
from qthermo.ledger.claims import Claim
from qthermo.papers.cakmak.fig2 import claim_high_temperature_limit, high_temperature_table

__all__ = ["CHOICES", "SCANS", "CONFIG_KEYS", "evaluate_high_temperature"]

ARTIFACTS: dict[str, Sequence[str]] = {
    "fig2": ["figures/cakmak_fig2.png", "results/cakmak/high_temperature.csv"]
}

#: The keys of the paper's config section the evaluators read (the rule passes only these,
#: so an unrelated config change does not rerun the sensitivity job).
CONFIG_KEYS = ("gamma0", "krylov_breakdown_tol", "fig2", "high_temperature")


def evaluate_high_temperature(section: dict[str, Any]) -> Sequence[Claim]:
    """ck.high_temperature_limit recomputed from scratch under ``section``."""
    dfs = {"high_temperature": high_temperature_table(section)}
    return [claim_high_temperature_limit(dfs, section, ARTIFACTS)]


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
    )
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
    )
]
