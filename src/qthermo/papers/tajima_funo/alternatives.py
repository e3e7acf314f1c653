"""Interpretation choices of Tajima-Funo (doi:10.1103/PhysRevLett.127.190604) and what they
change (see :mod:`qthermo.ledger.alternatives`).

* ``tajima_funo.engine_start``: the dark singlet makes the 2-qubit engine's limit cycle depend
  on its start, which the paper does not give. Ours: |gg> (symmetric sector); the other
  defensible reading: the Gibbs state of the hot stroke (config
  ``tajima_funo.superradiant.initial_state``).
* Scan ``tajima_funo.singlet_population``: the start (1 - p)|gg><gg| + p|S><S| with p from 0 to
  the Gibbs singlet population (``superradiant.singlet_fraction`` from 0 to 1 with
  ``initial_state: singlet_mix``), locating where the Fig. 3 and Fig. 4 advantages over the
  classical bound disappear.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from qthermo.ledger.alternatives import Choice, Reading, Scan
from qthermo.ledger.claims import Claim
from qthermo.papers.tajima_funo import fig3 as tf_fig3
from qthermo.papers.tajima_funo import fig4 as tf_fig4

__all__ = ["CHOICES", "SCANS", "CONFIG_KEYS", "evaluate_engine", "evaluate_singlet_mix"]

ENGINE_CLAIMS = (
    "tf.fig3.quantum_exceeds_classical",
    "tf.fig3.bounds_hold",
    "tf.fig4.exceeds_classical",
    "tf.fig4.quantum_bound_holds",
)
ARTIFACTS = {
    "fig3": ["figures/tajima_funo_fig3.png", "results/tajima_funo/fig3.csv"],
    "fig4": ["figures/tajima_funo_fig4.png", "results/tajima_funo/fig4.csv"],
}

#: The keys of the paper's config section the evaluators read (the rule passes only these,
#: so an unrelated config change does not rerun the sensitivity job).
CONFIG_KEYS = ("hbar", "superradiant")


def evaluate_engine(section: dict[str, Any]) -> Sequence[Claim]:
    """The Fig. 3 and Fig. 4 claims recomputed from scratch under ``section`` (the paper's
    config section; the entropy-production support tolerance at its default)."""
    sr, hbar = section["superradiant"], section["hbar"]
    fig3, _, _ = tf_fig3.fig3_tables(sr, hbar=hbar)
    fig4, _ = tf_fig4.fig4_tables(sr, hbar=hbar)
    return [
        *tf_fig3.evaluate_claims(fig3, sr, ARTIFACTS["fig3"]),
        *tf_fig4.evaluate_claims(fig4, sr, ARTIFACTS["fig4"]),
    ]


def evaluate_singlet_mix(section: dict[str, Any]) -> Sequence[Claim]:
    """As :func:`evaluate_engine`, from the singlet_mix start at the section's singlet_fraction."""
    sr = {**section["superradiant"], "initial_state": "singlet_mix",
          "compare_initial_state": "ground"}  # fmt: skip
    return evaluate_engine({**section, "superradiant": sr})


CHOICES = [
    Choice(
        key="tajima_funo.engine_start",
        question="The start of the 2-qubit engine, which fixes the conserved singlet population "
        "and with it the limit cycle (the paper gives none).",
        where="Figs. 3-4 and the text on the superradiant engine",
        readings=(
            Reading(
                "ground",
                "|gg>: symmetric sector, singlet population 0 (ours)",
                {"superradiant": {"initial_state": "ground", "compare_initial_state": "gibbs"}},
            ),
            Reading(
                "gibbs",
                "Gibbs state of the hot stroke (singlet population e^{-beta_H hbar omega_H}/Z)",
                {"superradiant": {"initial_state": "gibbs", "compare_initial_state": "ground"}},
            ),
        ),  # fmt: skip
        claims=ENGINE_CLAIMS,
        evaluate=evaluate_engine,
    )
]

SCANS = [
    Scan(
        key="tajima_funo.singlet_population",
        question="How much singlet population can the start carry before the advantage over "
        "the classical bound (Figs. 3 and 4) disappears?",
        parameter="superradiant.singlet_fraction",
        values=(0.0, 0.2, 0.4, 0.6, 0.8, 0.9, 0.95, 1.0),
        claims=("tf.fig3.quantum_exceeds_classical", "tf.fig4.exceeds_classical"),
        evaluate=evaluate_singlet_mix,
    )
]
