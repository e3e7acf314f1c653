"""Interpretation choices of Tajima-Funo (doi:10.1103/PhysRevLett.127.190604) and what they
change (see :mod:`qthermo.ledger.alternatives`).

* ``tajima_funo.hamiltonian``: the printed hbar omega (sigma_1^z + sigma_2^z) with the printed
  rates violates detailed balance. Ours: H = hbar omega (n_1 + n_2) with the printed rates; the
  other repair keeps the printed H (gap 2 hbar omega) and the printed rate formula at that gap
  (config ``tajima_funo.superradiant.hamiltonian``).
* ``tajima_funo.engine_start``: the dark singlet makes the 2-qubit engine's limit cycle depend
  on its start, which the paper does not give. Ours: |gg> (symmetric sector); the other
  defensible reading: the Gibbs state of the hot stroke (config
  ``tajima_funo.superradiant.initial_state``).
* Scan ``tajima_funo.singlet_population``: the start (1 - p)|gg><gg| + p|S><S| with p from 0 to
  the Gibbs singlet population (``superradiant.singlet_fraction`` from 0 to 1 with
  ``initial_state: singlet_mix``), locating where the Fig. 3 and Fig. 4 advantages over the
  classical bound disappear.
* ``tajima_funo.power_bound_form``: PRL Eq. (8) against Funo's slide 32 form of the
  power-efficiency relation, read literally (extra factor beta_C eta) or with c standing for
  1/[2(2 - eta_Car)^2] (factor eta/eta_Car).
* ``tajima_funo.eq8_classical``: "W_cl and eta_cl for rho_sd" in Eq. (8) read as the engine whose
  state is rho_sd (independent decay, ours) or as the heats of rho_sd(t) along the quantum limit
  cycle (config ``superradiant.eq8_classical``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from qthermo.ledger.alternatives import Choice, Reading, Scan
from qthermo.ledger.claims import Claim
from qthermo.ledger.memo import shared, shared_reads
from qthermo.papers.tajima_funo import classical_engine as tf_classical
from qthermo.papers.tajima_funo import classical_engine_claims as tf_classical_claims
from qthermo.papers.tajima_funo import fig2 as tf_fig2
from qthermo.papers.tajima_funo import fig3 as tf_fig3
from qthermo.papers.tajima_funo import fig4 as tf_fig4

__all__ = [
    "CHOICES",
    "SCANS",
    "CONFIG_KEYS",
    "evaluate_engine",
    "evaluate_singlet_mix",
    "evaluate_eq8_classical",
    "evaluate_power_bound_form",
]

ENGINE_CLAIMS = (
    "tf.fig3.quantum_exceeds_classical",
    "tf.fig3.bounds_hold",
    "tf.fig4.exceeds_classical",
    "tf.fig4.quantum_bound_holds",
)
ARTIFACTS = {
    "fig3": ["figures/tajima_funo_fig3.png", "results/tajima_funo/fig3.csv"],
    "fig4": ["figures/tajima_funo_fig4.png", "results/tajima_funo/fig4.csv"],
    "classical_engine": [
        "figures/tajima_funo_classical_engine.png",
        "results/tajima_funo/classical_engine.csv",
    ],
}

#: The keys of the paper's config section the evaluators read (the rule passes only these,
#: so an unrelated config change does not rerun the sensitivity job).
CONFIG_KEYS = ("hbar", "superradiant", "carnot")


def evaluate_engine(section: dict[str, Any]) -> Sequence[Claim]:
    """The Fig. 3 and Fig. 4 claims recomputed from scratch under ``section`` (the paper's
    config section; the entropy-production support tolerance at its default)."""
    sr, hbar = section["superradiant"], section["hbar"]
    fig3, _, _ = shared(tf_fig3.fig3_tables, sr, hbar=hbar)
    fig4, _ = shared(tf_fig4.fig4_tables, sr, hbar=hbar)
    return [
        *tf_fig3.evaluate_claims(fig3, sr, ARTIFACTS["fig3"]),
        *tf_fig4.evaluate_claims(fig4, sr, ARTIFACTS["fig4"]),
    ]


def evaluate_singlet_mix(section: dict[str, Any]) -> Sequence[Claim]:
    """As :func:`evaluate_engine`, from the singlet_mix start at the section's singlet_fraction."""
    sr = {**section["superradiant"], "initial_state": "singlet_mix",
          "compare_initial_state": "ground"}  # fmt: skip
    return evaluate_engine({**section, "superradiant": sr})


def evaluate_eq8_classical(section: dict[str, Any]) -> Sequence[Claim]:
    """Claim tf.eq8.classical_half recomputed under ``section`` (its ``eq8_classical`` reading;
    the table does not read it, so both readings share one table: ``shared_reads``)."""
    sr = section["superradiant"]
    table = shared_reads(tf_classical.classical_engine_table, sr, hbar=section["hbar"])
    return [tf_classical_claims.classical_half_claim(table, sr, ARTIFACTS["classical_engine"])]


def evaluate_power_bound_form(section: dict[str, Any]) -> Sequence[Claim]:
    """The Fig. 4 claims and the bound claims of the Result 3 cycles under ``section``'s
    power_bound_form (the reduction cross-check of Result 3 does not depend on it)."""
    sr, cn, hbar = section["superradiant"], section["carnot"], section["hbar"]
    fig4, _ = shared(tf_fig4.fig4_tables, sr, hbar=hbar)
    sweep = tf_fig2.sweep(cn, hbar=hbar)
    art = ["figures/tajima_funo_fig2.png", "results/tajima_funo/fig2.csv"]
    return [
        *tf_fig4.evaluate_claims(fig4, sr, ARTIFACTS["fig4"]),
        tf_fig2.classical_medium_claim(sweep, cn, art),
        tf_fig2.quantum_bound_claim(sweep, cn, art),
    ]


CHOICES = [
    Choice(
        key="tajima_funo.hamiltonian",
        question="The printed H = hbar omega (sigma_1^z + sigma_2^z) and the printed rates "
        "(Gamma_down/Gamma_up = exp(beta hbar omega)) contradict detailed balance: which of "
        "the two is the misprint?",
        where="Result 4, the text before Fig. 3 (Hamiltonian and rates of the 2-qubit engine)",
        readings=(
            Reading(
                "number",
                "H = hbar omega (n_1 + n_2), printed rates at omega (ours)",
                {"superradiant": {"hamiltonian": "number"}},
            ),
            Reading(
                "sigma_z",
                "printed H (gap 2 hbar omega), printed rate formula at 2 omega",
                {"superradiant": {"hamiltonian": "sigma_z"}},
            ),
        ),
        claims=(*ENGINE_CLAIMS, "tf.eq8.classical_half"),
        evaluate=lambda section: [*evaluate_engine(section), *evaluate_eq8_classical(section)],
    ),
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
    ),
    Choice(
        key="tajima_funo.eq8_classical",
        question="Eq. (8) takes W_cl and eta_cl 'for rho_sd': the engine whose state is the "
        "dephased rho_sd, or the dephased state of the quantum engine's own trajectory?",
        where="Eq. (8) and the sentence defining W_cl, eta_cl",
        readings=(
            Reading(
                "dephased_engine",
                "the engine with independent decay, i.e. the rho_sd dynamics (ours)",
                {"superradiant": {"eq8_classical": "dephased_engine"}},
            ),
            Reading(
                "dephased_trajectory",
                "heats of rho_sd(t) along the quantum limit cycle (violate the first law)",
                {"superradiant": {"eq8_classical": "dephased_trajectory"}},
            ),
        ),
        claims=("tf.eq8.classical_half",),
        evaluate=evaluate_eq8_classical,
    ),
]

CHOICES.append(
    Choice(
        key="tajima_funo.power_bound_form",
        question="Funo's slide 32 prints the quantum power-efficiency relation as P <= (A_cl + "
        "A_qm) c beta_L eta (eta_Car - eta), which differs from PRL Eq. (8) by a factor: "
        "which form do the engines respect?",
        where="PRL Eq. (8) against Funo's slides, slide 32 (and slide 31's classical form)",
        readings=tuple(
            Reading(
                name,
                text,
                {"superradiant": {"power_bound_form": name}, "carnot": {"power_bound_form": name}},
            )  # fmt: skip
            for name, text in (
                ("eq8", "PRL Eq. (8): (W/tau)/(eta_Car - eta) <= c A_bar (ours)"),
                ("slides_literal", "slide 32 with the PRL's c: an extra factor beta_C eta"),
                ("slides_eta", "slide 32 with c = 1/[2(2 - eta_Car)^2]: a factor eta/eta_Car"),
            )
        ),
        claims=(
            "tf.fig4.exceeds_classical",
            "tf.fig4.quantum_bound_holds",
            "tf.carnot.classical_medium",
            "tf.carnot.quantum_bound",
        ),
        evaluate=evaluate_power_bound_form,
    )
)

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
