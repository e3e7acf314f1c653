# Tajima & Funo, PRL 127, 190604 (2021), doi:10.1103/PhysRevLett.127.190604
# Fig. 1: the 2N-state model (Eqs. 5-7) with and without coherence.
# Chain: data (model generation + state evaluation) -> claims -> figure.

TF = config["tajima_funo"]

CLAIM_FILES.append("results/claims/tajima_funo_fig1.json")
FINAL_TARGETS.extend(["figures/tajima_funo_fig1.pdf", "figures/tajima_funo_fig1.png"])


rule tajima_funo_fig1_data:
    """J_tot, sigma, CD ratio and bounds for rho^+ and rho^+_sd versus N."""
    output:
        csv="results/tajima_funo/fig1.csv",
    log:
        "logs/tajima_funo/fig1_data.log",
    benchmark:
        "logs/benchmarks/tajima_funo/fig1_data.tsv"
    conda:
        ENV
    params:
        code=code_digest("papers/tajima_funo/fig1"),
        cfg=TF["fig1"],
        hbar=TF["hbar"],
        support_tol=config["numerics"]["support_tol"],
    script:
        "../scripts/tajima_funo/fig1_data.py"


rule tajima_funo_fig1_claims:
    """Claims tf.eq6, tf.eq7, tf.fig1.*, tf.ineq2-4."""
    input:
        csv=rules.tajima_funo_fig1_data.output.csv,
    output:
        claims="results/claims/tajima_funo_fig1.json",
    log:
        "logs/tajima_funo/fig1_claims.log",
    benchmark:
        "logs/benchmarks/tajima_funo/fig1_claims.tsv"
    conda:
        ENV
    params:
        code=code_digest(
            "papers/tajima_funo/schemas",
            "papers/tajima_funo/fig1",
            "papers/tajima_funo/result2_claims",
        ),
        cfg=TF["fig1"],
        artifacts=["figures/tajima_funo_fig1.png", "results/tajima_funo/fig1.csv"],
    script:
        "../scripts/tajima_funo/fig1_claims.py"


rule tajima_funo_fig1:
    """Figure 1: level diagram, J_tot and sigma versus N, CD ratio versus the bounds."""
    input:
        csv=rules.tajima_funo_fig1_data.output.csv,
    output:
        pdf="figures/tajima_funo_fig1.pdf",
        png=report(
            "figures/tajima_funo_fig1.png",
            caption="../report/tajima_funo_fig1.rst",
            category="Tajima-Funo",
        ),
    log:
        "logs/tajima_funo/fig1.log",
    benchmark:
        "logs/benchmarks/tajima_funo/fig1.tsv"
    conda:
        ENV
    params:
        code=code_digest(
            "papers/tajima_funo/schemas",
            "plumbing/figures",
            "plumbing/provenance",
            "papers/tajima_funo/fig1_plot",
        ),
        cfg=TF["fig1"],
    script:
        "../scripts/tajima_funo/fig1.py"


# ---------------------------------------------------------------------------------------------
# Figs. 2-4: heat-engine cycles (issue 3). Chain: data (limit cycles) -> claims -> figures.
# Fig. 2 / Result 3: 2N-state model as working medium; Figs. 3-4: 2-qubit superradiant engine.

CLAIM_FILES.append("results/claims/tajima_funo_engine.json")
FINAL_TARGETS.extend(
    [f"figures/tajima_funo_fig{k}.{ext}" for k in (2, 3, 4) for ext in ("pdf", "png")]
    + ["results/notebooks/tajima_funo.ipynb"]
)


rule tajima_funo_fig2_data:
    """Result 3: N sweep of the 2N-state engine (exact reduction) and full 2N-dim cross-check."""
    output:
        csv="results/tajima_funo/fig2.csv",
        check="results/tajima_funo/fig2_full_check.csv",
    log:
        "logs/tajima_funo/fig2_data.log",
    benchmark:
        "logs/benchmarks/tajima_funo/fig2_data.tsv"
    conda:
        ENV
    params:
        code=code_digest("papers/tajima_funo/fig2"),
        cfg=TF["carnot"],
        hbar=TF["hbar"],
    script:
        "../scripts/tajima_funo/fig2_data.py"


rule tajima_funo_fig3_data:
    """Limit cycles of the superradiant engine: Fig. 3 hot-stroke time series, both starts."""
    output:
        fig3="results/tajima_funo/fig3.csv",
        fig3_details="results/tajima_funo/fig3_details.csv",
        summary="results/tajima_funo/engine_summary.json",
    log:
        "logs/tajima_funo/fig3_data.log",
    benchmark:
        "logs/benchmarks/tajima_funo/fig3_data.tsv"
    conda:
        ENV
    params:
        code=code_digest("papers/tajima_funo/fig3"),
        cfg=TF["superradiant"],
        hbar=TF["hbar"],
        support_tol=config["numerics"]["support_tol"],
    script:
        "../scripts/tajima_funo/fig3_data.py"


rule tajima_funo_fig4_data:
    """Limit cycles of the superradiant engine: Fig. 4 sweep over tau_C, both starts."""
    output:
        fig4="results/tajima_funo/fig4.csv",
        fig4_details="results/tajima_funo/fig4_details.csv",
    log:
        "logs/tajima_funo/fig4_data.log",
    benchmark:
        "logs/benchmarks/tajima_funo/fig4_data.tsv"
    conda:
        ENV
    params:
        code=code_digest("papers/tajima_funo/fig4"),
        cfg=TF["superradiant"],
        hbar=TF["hbar"],
    script:
        "../scripts/tajima_funo/fig4_data.py"


rule tajima_funo_engine_claims:
    """Claims tf.fig3.*, tf.fig4.*, tf.carnot.*, tf.engine.initial_state, tf.limit_cycle.closure."""
    input:
        fig3=rules.tajima_funo_fig3_data.output.fig3,
        fig3_details=rules.tajima_funo_fig3_data.output.fig3_details,
        fig4=rules.tajima_funo_fig4_data.output.fig4,
        fig4_details=rules.tajima_funo_fig4_data.output.fig4_details,
        summary=rules.tajima_funo_fig3_data.output.summary,
        carnot=rules.tajima_funo_fig2_data.output.csv,
        carnot_check=rules.tajima_funo_fig2_data.output.check,
    output:
        claims="results/claims/tajima_funo_engine.json",
    log:
        "logs/tajima_funo/engine_claims.log",
    benchmark:
        "logs/benchmarks/tajima_funo/engine_claims.tsv"
    conda:
        ENV
    params:
        code=code_digest(
            "papers/tajima_funo/schemas",
            "papers/tajima_funo/engine_claims",
            "papers/tajima_funo/fig2",
            "papers/tajima_funo/carnot_activity_claims",
        ),
        superradiant=TF["superradiant"],
        carnot=TF["carnot"],
        artifacts={
            "fig2": [
                "figures/tajima_funo_fig2.png",
                "results/tajima_funo/fig2.csv",
                "results/tajima_funo/fig2_full_check.csv",
            ],
            "fig3": [
                "figures/tajima_funo_fig3.png",
                "results/tajima_funo/fig3.csv",
                "results/tajima_funo/fig3_details.csv",
            ],
            "fig4": [
                "figures/tajima_funo_fig4.png",
                "results/tajima_funo/fig4.csv",
                "results/tajima_funo/fig4_details.csv",
            ],
            "closure": [
                "results/tajima_funo/engine_summary.json",
                "results/tajima_funo/fig4_details.csv",
                "results/tajima_funo/fig2.csv",
                "results/tajima_funo/fig2_full_check.csv",
            ],
        },
    script:
        "../scripts/tajima_funo/engine_claims.py"


rule tajima_funo_fig2:
    """Figure 2: four-step cycle diagram and the Result 3 scaling with N."""
    input:
        csv=rules.tajima_funo_fig2_data.output.csv,
        check=rules.tajima_funo_fig2_data.output.check,
    output:
        pdf="figures/tajima_funo_fig2.pdf",
        png=report(
            "figures/tajima_funo_fig2.png",
            caption="../report/tajima_funo_fig2.rst",
            category="Tajima-Funo",
        ),
    log:
        "logs/tajima_funo/fig2.log",
    benchmark:
        "logs/benchmarks/tajima_funo/fig2.tsv"
    conda:
        ENV
    params:
        code=code_digest(
            "papers/tajima_funo/schemas",
            "plumbing/figures",
            "plumbing/provenance",
            "papers/tajima_funo/fig2_plot",
        ),
        cfg=TF["carnot"],
    script:
        "../scripts/tajima_funo/fig2.py"


rule tajima_funo_fig3:
    """Figure 3: current-dissipation ratio on the hot stroke against Ineqs. (3)-(4)."""
    input:
        fig3=rules.tajima_funo_fig3_data.output.fig3,
        fig3_details=rules.tajima_funo_fig3_data.output.fig3_details,
    output:
        pdf="figures/tajima_funo_fig3.pdf",
        png=report(
            "figures/tajima_funo_fig3.png",
            caption="../report/tajima_funo_fig3.rst",
            category="Tajima-Funo",
        ),
    log:
        "logs/tajima_funo/fig3.log",
    benchmark:
        "logs/benchmarks/tajima_funo/fig3.tsv"
    conda:
        ENV
    params:
        code=code_digest(
            "papers/tajima_funo/schemas",
            "plumbing/figures",
            "plumbing/provenance",
            "papers/tajima_funo/fig3",
        ),
        cfg=TF["superradiant"],
    script:
        "../scripts/tajima_funo/fig3.py"


rule tajima_funo_fig4:
    """Figure 4: power-efficiency ratio versus tau_C against Eq. (8)."""
    input:
        fig4=rules.tajima_funo_fig4_data.output.fig4,
        fig4_details=rules.tajima_funo_fig4_data.output.fig4_details,
    output:
        pdf="figures/tajima_funo_fig4.pdf",
        png=report(
            "figures/tajima_funo_fig4.png",
            caption="../report/tajima_funo_fig4.rst",
            category="Tajima-Funo",
        ),
    log:
        "logs/tajima_funo/fig4.log",
    benchmark:
        "logs/benchmarks/tajima_funo/fig4.tsv"
    conda:
        ENV
    params:
        code=code_digest(
            "papers/tajima_funo/schemas",
            "plumbing/figures",
            "plumbing/provenance",
            "papers/tajima_funo/fig4",
        ),
        cfg=TF["superradiant"],
    script:
        "../scripts/tajima_funo/fig4.py"


rule tajima_funo_notebook:
    """Executed notebook for Tajima-Funo Figs. 1-4: cached results, figures, final assertions."""
    input:
        nb=repo_path("notebooks", "tajima_funo.py"),
        claims=[
            "results/claims/tajima_funo_fig1.json",
            "results/claims/tajima_funo_engine.json",
            "results/claims/tajima_funo_classical_engine.json",
            "results/claims/tajima_funo_steady_current.json",
            "results/claims/tajima_funo_local_decay.json",
            "results/claims/tajima_funo_friction.json",
            "results/claims/tajima_funo_incoherent.json",
            "results/claims/tajima_funo_transient.json",
            "results/claims/tajima_funo_heat_fluctuation.json",
        ],
        csv=[
            "results/tajima_funo/fig1.csv",
            "results/tajima_funo/fig2.csv",
            "results/tajima_funo/fig2_full_check.csv",
            "results/tajima_funo/fig3.csv",
            "results/tajima_funo/fig3_details.csv",
            "results/tajima_funo/fig4.csv",
            "results/tajima_funo/fig4_details.csv",
            "results/tajima_funo/classical_engine.csv",
            "results/tajima_funo/steady_current.csv",
            "results/tajima_funo/local_decay.csv",
        ],
        png=[f"figures/tajima_funo_fig{k}.png" for k in (1, 2, 3, 4)]
        + [
            "figures/tajima_funo_classical_engine.png",
            "figures/tajima_funo_steady_current.png",
            "figures/tajima_funo_local_decay.png",
            "figures/tajima_funo_friction.png",
            "figures/tajima_funo_incoherent.png",
        ],
    output:
        ipynb="results/notebooks/tajima_funo.ipynb",
    log:
        "logs/tajima_funo/notebook.log",
    benchmark:
        "logs/benchmarks/tajima_funo/notebook.tsv"
    conda:
        ENV
    params:
        code=code_digest("plumbing/notebooks"),
    shell:
        "python -m qthermo.plumbing.notebooks {input.nb} {output.ipynb} > {log} 2>&1"


# ---------------------------------------------------------------------------------------------
# Result 1 on coherent states (issue 12): quantum friction and Ineqs. (2)-(4) on random states
# with coherence between different energy levels. Chain: data -> claims -> figure.

CLAIM_FILES.append("results/claims/tajima_funo_friction.json")
CLAIM_FILES.append("results/claims/tajima_funo_printed.json")
FINAL_TARGETS.extend(
    ["figures/tajima_funo_friction.pdf", "figures/tajima_funo_friction.png"]
)


rule tajima_funo_friction_data:
    """Random coherent states on random detailed-balance models and the 2N-state model."""
    output:
        csv="results/tajima_funo/friction.csv",
    log:
        "logs/tajima_funo/friction_data.log",
    benchmark:
        "logs/benchmarks/tajima_funo/friction_data.tsv"
    conda:
        ENV
    params:
        code=code_digest("papers/tajima_funo/friction"),
        cfg=TF["friction"],
        hbar=TF["hbar"],
        support_tol=config["numerics"]["support_tol"],
    script:
        "../scripts/tajima_funo/friction_data.py"


rule tajima_funo_printed_claims:
    """Claims tf.{jump_operator,sigma_z_rates,slides_dissipator}.{printed,corrected}."""
    output:
        claims="results/claims/tajima_funo_printed.json",
    log:
        "logs/tajima_funo/printed_claims.log",
    benchmark:
        "logs/benchmarks/tajima_funo/printed_claims.tsv"
    conda:
        ENV
    params:
        code=code_digest("papers/tajima_funo/printed_forms"),
        cfg={"printed": TF["printed"], "superradiant": TF["superradiant"]},
    script:
        "../scripts/tajima_funo/printed_claims.py"


# Result 2, last paragraph (issue 11 part 4): rho^+ relaxes; claim tf.result2.transient.
CLAIM_FILES.append("results/claims/tajima_funo_transient.json")


rule tajima_funo_transient_claims:
    """Claim tf.result2.transient: J(t), sigma(t) from rho^+, full 2N-dim against closed form."""
    output:
        claims="results/claims/tajima_funo_transient.json",
    log:
        "logs/tajima_funo/transient_claims.log",
    benchmark:
        "logs/benchmarks/tajima_funo/transient_claims.tsv"
    conda:
        ENV
    params:
        code=code_digest("papers/tajima_funo/rho_plus_transient"),
        cfg={"fig1": TF["fig1"], "printed": TF["printed"]},
        hbar=TF["hbar"],
        support_tol=config["numerics"]["support_tol"],
    script:
        "../scripts/tajima_funo/transient_claims.py"


# Slide 23 and two definitional statements (issue 11 part 4): claims
# tf.heat_fluctuation.{printed,corrected}, tf.result1.nonnegative, tf.defs.nondegenerate_bd_sd.
CLAIM_FILES.append("results/claims/tajima_funo_heat_fluctuation.json")


rule tajima_funo_heat_fluctuation_claims:
    """Claims tf.heat_fluctuation.{printed,corrected} (FCS), tf.result1.nonnegative and
    tf.defs.nondegenerate_bd_sd."""
    output:
        claims="results/claims/tajima_funo_heat_fluctuation.json",
    log:
        "logs/tajima_funo/heat_fluctuation_claims.log",
    benchmark:
        "logs/benchmarks/tajima_funo/heat_fluctuation_claims.tsv"
    conda:
        ENV
    params:
        code=code_digest("papers/tajima_funo/heat_fluctuation_claims"),
        cfg={"fig1": TF["fig1"], "printed": TF["printed"], "friction": TF["friction"]},
        hbar=TF["hbar"],
    script:
        "../scripts/tajima_funo/heat_fluctuation_claims.py"


rule tajima_funo_friction_claims:
    """Claims tf.friction and tf.ineq{2,3,4}.coherent."""
    input:
        csv=rules.tajima_funo_friction_data.output.csv,
    output:
        claims="results/claims/tajima_funo_friction.json",
    log:
        "logs/tajima_funo/friction_claims.log",
    benchmark:
        "logs/benchmarks/tajima_funo/friction_claims.tsv"
    conda:
        ENV
    params:
        code=code_digest(
            "papers/tajima_funo/schemas", "papers/tajima_funo/friction_claims"
        ),
        cfg=TF["friction"],
        artifacts=[
            "figures/tajima_funo_friction.png",
            "results/tajima_funo/friction.csv",
        ],
    script:
        "../scripts/tajima_funo/friction_claims.py"


rule tajima_funo_friction:
    """Friction figure: sigma excess versus inter-level coherence, lhs/bound of Ineqs. (2)-(4)."""
    input:
        csv=rules.tajima_funo_friction_data.output.csv,
    output:
        pdf="figures/tajima_funo_friction.pdf",
        png=report(
            "figures/tajima_funo_friction.png",
            caption="../report/tajima_funo_friction.rst",
            category="Tajima-Funo",
        ),
    log:
        "logs/tajima_funo/friction.log",
    benchmark:
        "logs/benchmarks/tajima_funo/friction.tsv"
    conda:
        ENV
    params:
        code=code_digest(
            "papers/tajima_funo/schemas",
            "plumbing/figures",
            "plumbing/provenance",
            "papers/tajima_funo/friction_plot",
        ),
        cfg=TF["friction"],
    script:
        "../scripts/tajima_funo/friction.py"


# ---------------------------------------------------------------------------------------------
# The classical side of Eq. (8) (issue 12): the same engine with independent decay, and the
# heats of the dephased state along the quantum cycle. Chain: data -> claims -> figure.

CLAIM_FILES.append("results/claims/tajima_funo_classical_engine.json")
FINAL_TARGETS.extend(
    [
        "figures/tajima_funo_classical_engine.pdf",
        "figures/tajima_funo_classical_engine.png",
    ]
)


rule tajima_funo_classical_engine_data:
    """Quantum and independent-decay engine over the Fig. 4 tau_C sweep, dephased heats."""
    output:
        csv="results/tajima_funo/classical_engine.csv",
    log:
        "logs/tajima_funo/classical_engine_data.log",
    benchmark:
        "logs/benchmarks/tajima_funo/classical_engine_data.tsv"
    conda:
        ENV
    params:
        code=code_digest("papers/tajima_funo/classical_engine"),
        cfg=TF["superradiant"],
        hbar=TF["hbar"],
    script:
        "../scripts/tajima_funo/classical_engine_data.py"


rule tajima_funo_classical_engine_claims:
    """Claims tf.eq8.classical_half, tf.classical_engine.*, tf.fig4.beats_classical_engine, ..."""
    input:
        csv=rules.tajima_funo_classical_engine_data.output.csv,
    output:
        claims="results/claims/tajima_funo_classical_engine.json",
    log:
        "logs/tajima_funo/classical_engine_claims.log",
    benchmark:
        "logs/benchmarks/tajima_funo/classical_engine_claims.tsv"
    conda:
        ENV
    params:
        code=code_digest(
            "papers/tajima_funo/schemas", "papers/tajima_funo/classical_engine_claims"
        ),
        cfg=TF["superradiant"],
        artifacts=[
            "figures/tajima_funo_classical_engine.png",
            "results/tajima_funo/classical_engine.csv",
        ],
    script:
        "../scripts/tajima_funo/classical_engine_claims.py"


rule tajima_funo_classical_engine:
    """Figure: power, power ratio, tightness of Eq. (8) and entropy per cycle of both engines."""
    input:
        csv=rules.tajima_funo_classical_engine_data.output.csv,
    output:
        pdf="figures/tajima_funo_classical_engine.pdf",
        png=report(
            "figures/tajima_funo_classical_engine.png",
            caption="../report/tajima_funo_classical_engine.rst",
            category="Tajima-Funo",
        ),
    log:
        "logs/tajima_funo/classical_engine.log",
    benchmark:
        "logs/benchmarks/tajima_funo/classical_engine.tsv"
    conda:
        ENV
    params:
        code=code_digest(
            "papers/tajima_funo/schemas",
            "plumbing/figures",
            "plumbing/provenance",
            "papers/tajima_funo/classical_engine_plot",
        ),
        cfg=TF["superradiant"],
    script:
        "../scripts/tajima_funo/classical_engine.py"


# ---------------------------------------------------------------------------------------------
# Result 2 in a steady state between two baths (issue 12; our construction): exact two-level
# reductions to N = 10^4, full 2N space at small N. Chain: data -> claims -> figure.

CLAIM_FILES.append("results/claims/tajima_funo_steady_current.json")
FINAL_TARGETS.extend(
    ["figures/tajima_funo_steady_current.pdf", "figures/tajima_funo_steady_current.png"]
)


rule tajima_funo_steady_current_data:
    """Two-bath steady state of the 2N-state model: N sweep (reduced) and full-space check."""
    output:
        sweep="results/tajima_funo/steady_current.csv",
        check="results/tajima_funo/steady_current_check.csv",
    log:
        "logs/tajima_funo/steady_current_data.log",
    benchmark:
        "logs/benchmarks/tajima_funo/steady_current_data.tsv"
    conda:
        ENV
    params:
        code=code_digest("papers/tajima_funo/steady_current"),
        cfg={**TF["steady_current"], "hbar": TF["hbar"]},
    script:
        "../scripts/tajima_funo/steady_current_data.py"


rule tajima_funo_steady_current_claims:
    """Claims tf.steady_state.*: O(N) current at O(1) dissipation, constants, bounds, reduction."""
    input:
        sweep=rules.tajima_funo_steady_current_data.output.sweep,
        check=rules.tajima_funo_steady_current_data.output.check,
    output:
        claims="results/claims/tajima_funo_steady_current.json",
    log:
        "logs/tajima_funo/steady_current_claims.log",
    benchmark:
        "logs/benchmarks/tajima_funo/steady_current_claims.tsv"
    conda:
        ENV
    params:
        code=code_digest(
            "papers/tajima_funo/schemas", "papers/tajima_funo/steady_current_claims"
        ),
        cfg={**TF["steady_current"], "hbar": TF["hbar"]},
        artifacts=[
            "figures/tajima_funo_steady_current.png",
            "results/tajima_funo/steady_current.csv",
            "results/tajima_funo/steady_current_check.csv",
        ],
    script:
        "../scripts/tajima_funo/steady_current_claims.py"


rule tajima_funo_steady_current:
    """Figure: J/N, sigma, CD ratio against both bounds and the approach to the constants."""
    input:
        csv=rules.tajima_funo_steady_current_data.output.sweep,
    output:
        pdf="figures/tajima_funo_steady_current.pdf",
        png=report(
            "figures/tajima_funo_steady_current.png",
            caption="../report/tajima_funo_steady_current.rst",
            category="Tajima-Funo",
        ),
    log:
        "logs/tajima_funo/steady_current.log",
    benchmark:
        "logs/benchmarks/tajima_funo/steady_current.tsv"
    conda:
        ENV
    params:
        code=code_digest(
            "papers/tajima_funo/schemas",
            "plumbing/figures",
            "plumbing/provenance",
            "papers/tajima_funo/steady_current_plot",
        ),
        cfg={**TF["steady_current"], "hbar": TF["hbar"]},
    script:
        "../scripts/tajima_funo/steady_current.py"


# ---------------------------------------------------------------------------------------------
# Fig. 1(a) / Result 2 (issue 12): A_cl = O(N) for every state, so diagonal states carrying an
# O(N) current dissipate Omega(N). Chain: data -> claims -> figure.

CLAIM_FILES.append("results/claims/tajima_funo_incoherent.json")
FINAL_TARGETS.extend(
    ["figures/tajima_funo_incoherent.pdf", "figures/tajima_funo_incoherent.png"]
)
TF_INCOHERENT = {
    **TF["incoherent"],
    **{k: TF["fig1"][k] for k in ("omega0", "beta", "gamma0")},
    "hbar": TF["hbar"],
}


rule tajima_funo_incoherent_data:
    """Random and structured diagonal states of the 2N-state model, in the 2N-dim space."""
    output:
        csv="results/tajima_funo/incoherent.csv",
    log:
        "logs/tajima_funo/incoherent_data.log",
    benchmark:
        "logs/benchmarks/tajima_funo/incoherent_data.tsv"
    conda:
        ENV
    params:
        code=code_digest("papers/tajima_funo/incoherent_activity"),
        cfg=TF_INCOHERENT,
    script:
        "../scripts/tajima_funo/incoherent_data.py"


rule tajima_funo_incoherent_claims:
    """Claim tf.result2.incoherent_cost."""
    input:
        csv=rules.tajima_funo_incoherent_data.output.csv,
    output:
        claims="results/claims/tajima_funo_incoherent.json",
    log:
        "logs/tajima_funo/incoherent_claims.log",
    benchmark:
        "logs/benchmarks/tajima_funo/incoherent_claims.tsv"
    conda:
        ENV
    params:
        code=code_digest(
            "papers/tajima_funo/schemas",
            "papers/tajima_funo/incoherent_activity_claims",
        ),
        cfg=TF_INCOHERENT,
        artifacts=[
            "figures/tajima_funo_incoherent.png",
            "results/tajima_funo/incoherent.csv",
        ],
    script:
        "../scripts/tajima_funo/incoherent_claims.py"


rule tajima_funo_incoherent:
    """Figure: sigma/N against J/N of diagonal states with the Ineq. (3) floor; A_cl/N."""
    input:
        csv=rules.tajima_funo_incoherent_data.output.csv,
    output:
        pdf="figures/tajima_funo_incoherent.pdf",
        png=report(
            "figures/tajima_funo_incoherent.png",
            caption="../report/tajima_funo_incoherent.rst",
            category="Tajima-Funo",
        ),
    log:
        "logs/tajima_funo/incoherent.log",
    benchmark:
        "logs/benchmarks/tajima_funo/incoherent.tsv"
    conda:
        ENV
    params:
        code=code_digest(
            "papers/tajima_funo/schemas",
            "plumbing/figures",
            "plumbing/provenance",
            "papers/tajima_funo/incoherent_activity_claims",
        ),
        cfg=TF_INCOHERENT,
    script:
        "../scripts/tajima_funo/incoherent.py"


# ---------------------------------------------------------------------------------------------
# Preconditions of every bound claim: sigma >= 0 on every evaluated state, the first law and
# engine operation over every limit cycle.

CLAIM_FILES.append("results/claims/tajima_funo_laws.json")


rule tajima_funo_laws_claims:
    """Claims tf.second_law.states, tf.engine.first_law, tf.engine.operates."""
    input:
        fig1=rules.tajima_funo_fig1_data.output.csv,
        friction=rules.tajima_funo_friction_data.output.csv,
        fig3_details=rules.tajima_funo_fig3_data.output.fig3_details,
        steady_current=rules.tajima_funo_steady_current_data.output.sweep,
        incoherent=rules.tajima_funo_incoherent_data.output.csv,
        carnot=rules.tajima_funo_fig2_data.output.csv,
        fig4_details=rules.tajima_funo_fig4_data.output.fig4_details,
        classical=rules.tajima_funo_classical_engine_data.output.csv,
    output:
        claims="results/claims/tajima_funo_laws.json",
    log:
        "logs/tajima_funo/laws_claims.log",
    benchmark:
        "logs/benchmarks/tajima_funo/laws_claims.tsv"
    conda:
        ENV
    params:
        code=code_digest("papers/tajima_funo/schemas", "papers/tajima_funo/laws_claims"),
        cfg={
            "fig1": TF["fig1"],
            "friction": TF["friction"],
            "superradiant": TF["superradiant"],
            "steady_current": {**TF["steady_current"], "hbar": TF["hbar"]},
            "incoherent": TF_INCOHERENT,
            "carnot": TF["carnot"],
        },
        artifacts={
            "second_law": [
                "results/tajima_funo/fig1.csv",
                "results/tajima_funo/friction.csv",
                "results/tajima_funo/fig3_details.csv",
                "results/tajima_funo/steady_current.csv",
                "results/tajima_funo/incoherent.csv",
            ],
            "cycles": [
                "results/tajima_funo/fig2.csv",
                "results/tajima_funo/fig4_details.csv",
                "results/tajima_funo/classical_engine.csv",
            ],
        },
    script:
        "../scripts/tajima_funo/laws_claims.py"


# ---------------------------------------------------------------------------------------------
# Result 3 with local decay kappa on top of the collective jumps (issue 12; ours): exact 4-state
# chain to N = 1024, full 2N space at small N. Chain: data -> claims -> figure.

CLAIM_FILES.append("results/claims/tajima_funo_local_decay.json")
FINAL_TARGETS.extend(
    ["figures/tajima_funo_local_decay.pdf", "figures/tajima_funo_local_decay.png"]
)
TF_LOCAL_DECAY = {
    **TF["local_decay"],
    "protocol": {
        k: TF["carnot"][k]
        for k in ("beta_h", "beta_c", "x_h", "delta0", "tau0", "gamma0")
    },
    "hbar": TF["hbar"],
}


rule tajima_funo_local_decay_data:
    """Limit cycle and transient with local decay (4-state chain), full-space check."""
    output:
        sweep="results/tajima_funo/local_decay.csv",
        transient="results/tajima_funo/local_decay_transient.csv",
        check="results/tajima_funo/local_decay_check.csv",
    log:
        "logs/tajima_funo/local_decay_data.log",
    benchmark:
        "logs/benchmarks/tajima_funo/local_decay_data.tsv"
    conda:
        ENV
    params:
        code=code_digest("papers/tajima_funo/local_decay"),
        cfg=TF_LOCAL_DECAY,
    script:
        "../scripts/tajima_funo/local_decay_data.py"


rule tajima_funo_local_decay_claims:
    """Claims tf.local_decay.*: reduction exact, O(1) limit-cycle power, lifetime ~ 1/kappa."""
    input:
        sweep=rules.tajima_funo_local_decay_data.output.sweep,
        check=rules.tajima_funo_local_decay_data.output.check,
    output:
        claims="results/claims/tajima_funo_local_decay.json",
    log:
        "logs/tajima_funo/local_decay_claims.log",
    benchmark:
        "logs/benchmarks/tajima_funo/local_decay_claims.tsv"
    conda:
        ENV
    params:
        code=code_digest(
            "papers/tajima_funo/schemas", "papers/tajima_funo/local_decay_claims"
        ),
        cfg=TF_LOCAL_DECAY,
        artifacts=[
            "figures/tajima_funo_local_decay.png",
            "results/tajima_funo/local_decay.csv",
            "results/tajima_funo/local_decay_check.csv",
        ],
    script:
        "../scripts/tajima_funo/local_decay_claims.py"


rule tajima_funo_local_decay:
    """Figure: limit-cycle power against N for each kappa, and the transient against kappa t."""
    input:
        sweep=rules.tajima_funo_local_decay_data.output.sweep,
        transient=rules.tajima_funo_local_decay_data.output.transient,
    output:
        pdf="figures/tajima_funo_local_decay.pdf",
        png=report(
            "figures/tajima_funo_local_decay.png",
            caption="../report/tajima_funo_local_decay.rst",
            category="Tajima-Funo",
        ),
    log:
        "logs/tajima_funo/local_decay.log",
    benchmark:
        "logs/benchmarks/tajima_funo/local_decay.tsv"
    conda:
        ENV
    params:
        code=code_digest(
            "papers/tajima_funo/schemas",
            "plumbing/figures",
            "plumbing/provenance",
            "papers/tajima_funo/local_decay_claims",
        ),
        cfg=TF_LOCAL_DECAY,
    script:
        "../scripts/tajima_funo/local_decay.py"
