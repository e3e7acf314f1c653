# Cakmak, Manatuly & Mustecaplioglu, PRA 96, 032117 (2017), doi:10.1103/PhysRevA.96.032117
# Thermal generation of coherence: Figs. 2-4, the large-N extension, harvesting (Sec. III C).
# Chain: data (fig2, fig3, scaling, harvesting) -> claims -> one rule per figure -> notebook.

CK = config["cakmak"]
CK_DIR = "results/cakmak"
CK_FIGS = ["fig2", "fig3", "fig4", "scaling_beyond", "harvesting", "heat_exchange"]
# finite separation and Sec. III B classes (rules at the end; the notebook reads these tables)
CK_CLASSES_CFG = {"dipolar_classes": CK["dipolar_classes"], "gamma0": CK["gamma0"]}
CK_CLASSES = {
    "dipolar_classes": f"{CK_DIR}/dipolar_classes.csv",
    "dipolar_oscillations": f"{CK_DIR}/dipolar_oscillations.csv",
    "far_limit": f"{CK_DIR}/far_limit.csv",
}
CK_SEPARATION_CFG = {**CK["separation"], "fig3": CK["fig3"], "gamma0": CK["gamma0"]}
CK_SEPARATION = {
    "separation": f"{CK_DIR}/separation.csv",
    "separation_curves": f"{CK_DIR}/separation_curves.csv",
    "separation_fig3": f"{CK_DIR}/separation_fig3.csv",
}

# readings the text leaves open (frame, X form of the Fig. 2 state) and Eq. (28), issue 14
CK_READINGS = {
    "readings_x_state": f"{CK_DIR}/readings_x_state.csv",
    "readings_frame": f"{CK_DIR}/readings_frame.csv",
    "readings_long_time_signs": f"{CK_DIR}/readings_long_time_signs.csv",
    "power": f"{CK_DIR}/power.csv",
}

CLAIM_FILES.append("results/claims/cakmak.json")
CLAIM_FILES.append("results/claims/cakmak_heat_exchange.json")
CLAIM_FILES.append("results/claims/cakmak_readings.json")
CLAIM_FILES.append("results/claims/cakmak_separation_large.json")
FINAL_TARGETS.extend(
    [f"figures/cakmak_{f}.{ext}" for f in CK_FIGS for ext in ("pdf", "png")]
    + ["results/notebooks/cakmak.ipynb"]
)


rule cakmak_fig2_data:
    """N = 2 from |gg>: C_l1(t) for Fig. 2 (vs Eq. 5), high-nbar limit of the long-time value."""
    output:
        fig2=f"{CK_DIR}/fig2.csv",
        high_temperature=f"{CK_DIR}/high_temperature.csv",
    log:
        "logs/cakmak/fig2_data.log",
    benchmark:
        "logs/benchmarks/cakmak/fig2_data.tsv"
    conda:
        ENV
    params:
        code=code_digest("papers/cakmak/fig2"),
        cfg=CK,
    script:
        "../scripts/cakmak/fig2_data.py"


rule cakmak_fig3_data:
    """N = 2 from the Fig. 3 superpositions: C_l1(t) and the long-time limits."""
    output:
        fig3=f"{CK_DIR}/fig3.csv",
        fig3_longtime=f"{CK_DIR}/fig3_longtime.csv",
        vacuum=f"{CK_DIR}/vacuum.csv",
    log:
        "logs/cakmak/fig3_data.log",
    benchmark:
        "logs/benchmarks/cakmak/fig3_data.tsv"
    conda:
        ENV
    params:
        code=code_digest("papers/cakmak/fig3", "papers/cakmak/vacuum"),
        cfg=CK,
    script:
        "../scripts/cakmak/fig3_data.py"


rule cakmak_scaling_data:
    """Long-time C_l1 vs N: full space and symmetric subspace (Fig. 4), N to 1000, saturation."""
    output:
        fig4=f"{CK_DIR}/fig4.csv",
        fig4_dipolar=f"{CK_DIR}/fig4_dipolar.csv",
        beyond=f"{CK_DIR}/beyond.csv",
        saturation=f"{CK_DIR}/saturation.csv",
    log:
        "logs/cakmak/scaling_data.log",
    benchmark:
        "logs/benchmarks/cakmak/scaling_data.tsv"
    conda:
        ENV
    resources:
        mem_mb=1500,
    params:
        code=code_digest("papers/cakmak/fig4", "papers/cakmak/scaling_beyond"),
        cfg=CK,
    script:
        "../scripts/cakmak/scaling_data.py"


rule cakmak_harvesting_data:
    """Harvesting: Table I, Eq. (30) effective temperature, repeated-interaction simulation."""
    output:
        harvest=f"{CK_DIR}/harvest.csv",
        harvest_sim=f"{CK_DIR}/harvest_sim.csv",
        harvest_table1=f"{CK_DIR}/harvest_table1.csv",
    log:
        "logs/cakmak/harvesting_data.log",
    benchmark:
        "logs/benchmarks/cakmak/harvesting_data.tsv"
    conda:
        ENV
    params:
        code=code_digest("papers/cakmak/harvesting_figure"),
        cfg=CK,
    script:
        "../scripts/cakmak/harvesting_data.py"


rule cakmak_claims:
    """Claims ck.eq5, ck.high_temperature_limit, ck.dipolar_independence, ck.fig4.*,
    ck.extrapolation, ck.beyond.closed_form, ck.nbar_saturation, ck.harvest.*."""
    input:
        **rules.cakmak_fig2_data.output,
        **rules.cakmak_fig3_data.output,
        **rules.cakmak_scaling_data.output,
        **rules.cakmak_harvesting_data.output,
    output:
        claims="results/claims/cakmak.json",
    log:
        "logs/cakmak/claims.log",
    benchmark:
        "logs/benchmarks/cakmak/claims.tsv"
    conda:
        ENV
    params:
        code=code_digest(
            "papers/cakmak/schemas",
            "papers/cakmak/claims",
            "papers/cakmak/growth_claims",
            "papers/cakmak/harvest_claims",
            "papers/cakmak/vacuum",
        ),
        cfg=CK,
        artifacts={
            "fig2": [
                "figures/cakmak_fig2.png",
                f"{CK_DIR}/fig2.csv",
                f"{CK_DIR}/high_temperature.csv",
            ],
            "fig3": [
                "figures/cakmak_fig3.png",
                f"{CK_DIR}/fig3.csv",
                f"{CK_DIR}/fig3_longtime.csv",
                f"{CK_DIR}/vacuum.csv",
            ],
            "fig4": [
                "figures/cakmak_fig4.png",
                f"{CK_DIR}/fig4.csv",
                f"{CK_DIR}/fig4_dipolar.csv",
            ],
            "beyond": [
                "figures/cakmak_scaling_beyond.png",
                f"{CK_DIR}/beyond.csv",
                f"{CK_DIR}/saturation.csv",
            ],
            "harvest": [
                "figures/cakmak_harvesting.png",
                f"{CK_DIR}/harvest.csv",
                f"{CK_DIR}/harvest_sim.csv",
                f"{CK_DIR}/harvest_table1.csv",
            ],
        },
    script:
        "../scripts/cakmak/claims.py"


rule cakmak_heat_exchange_data:
    """Eq. (A1), Eq. (19), Eq. (27): printed forms against the exact generators."""
    output:
        heat_exchange=f"{CK_DIR}/heat_exchange.csv",
        heat_exchange_a1=f"{CK_DIR}/heat_exchange_a1.csv",
        heat_exchange_bloch=f"{CK_DIR}/heat_exchange_bloch.csv",
        heat_exchange_current=f"{CK_DIR}/heat_exchange_current.csv",
    log:
        "logs/cakmak/heat_exchange_data.log",
    benchmark:
        "logs/benchmarks/cakmak/heat_exchange_data.tsv"
    conda:
        ENV
    params:
        code=code_digest("papers/cakmak/heat_exchange_analysis"),
        cfg=CK,
    script:
        "../scripts/cakmak/heat_exchange_data.py"


rule cakmak_heat_exchange:
    """Figure: Eq. (19) coefficients, Eq. (27) current and Appendix A, printed vs generator."""
    input:
        **rules.cakmak_heat_exchange_data.output,
    output:
        pdf="figures/cakmak_heat_exchange.pdf",
        png=report(
            "figures/cakmak_heat_exchange.png",
            caption="../report/cakmak_heat_exchange.rst",
            category="Cakmak et al.",
        ),
    log:
        "logs/cakmak/heat_exchange.log",
    benchmark:
        "logs/benchmarks/cakmak/heat_exchange.tsv"
    conda:
        ENV
    params:
        code=code_digest(
            "papers/cakmak/schemas",
            "papers/cakmak/heat_exchange_plot",
            "plumbing/figures",
            "plumbing/provenance",
        ),
        cfg=CK,
    script:
        "../scripts/cakmak/heat_exchange.py"


rule cakmak_heat_exchange_claims:
    """Claims ck.appendix_a.*, ck.eq19.*, ck.eq27.*."""
    input:
        **rules.cakmak_heat_exchange_data.output,
    output:
        claims="results/claims/cakmak_heat_exchange.json",
    log:
        "logs/cakmak/heat_exchange_claims.log",
    benchmark:
        "logs/benchmarks/cakmak/heat_exchange_claims.tsv"
    conda:
        ENV
    params:
        code=code_digest("papers/cakmak/schemas", "papers/cakmak/heat_exchange_claims"),
        cfg=CK,
        artifacts=[
            f"{CK_DIR}/heat_exchange.csv",
            f"{CK_DIR}/heat_exchange_a1.csv",
            f"{CK_DIR}/heat_exchange_bloch.csv",
            f"{CK_DIR}/heat_exchange_current.csv",
        ],
    script:
        "../scripts/cakmak/heat_exchange_claims.py"


rule cakmak_fig2:
    """Fig. 2: C_l1(t) for N = 2 from |gg>, master equation against Eq. (5)."""
    input:
        **rules.cakmak_fig2_data.output,
    output:
        pdf="figures/cakmak_fig2.pdf",
        png=report(
            "figures/cakmak_fig2.png",
            caption="../report/cakmak_fig2.rst",
            category="Cakmak et al.",
        ),
    log:
        "logs/cakmak/fig2.log",
    benchmark:
        "logs/benchmarks/cakmak/fig2.tsv"
    conda:
        ENV
    params:
        code=code_digest(
            "papers/cakmak/schemas",
            "papers/cakmak/fig2",
            "plumbing/figures",
            "plumbing/provenance",
        ),
        cfg=CK,
    script:
        "../scripts/cakmak/fig2.py"


rule cakmak_fig3:
    """Fig. 3: C_l1(t) for the two initial superpositions, two dipolar couplings."""
    input:
        **rules.cakmak_fig3_data.output,
    output:
        pdf="figures/cakmak_fig3.pdf",
        png=report(
            "figures/cakmak_fig3.png",
            caption="../report/cakmak_fig3.rst",
            category="Cakmak et al.",
        ),
    log:
        "logs/cakmak/fig3.log",
    benchmark:
        "logs/benchmarks/cakmak/fig3.tsv"
    conda:
        ENV
    params:
        code=code_digest(
            "papers/cakmak/schemas",
            "papers/cakmak/fig3",
            "plumbing/figures",
            "plumbing/provenance",
        ),
        cfg=CK,
    script:
        "../scripts/cakmak/fig3.py"


rule cakmak_fig4:
    """Fig. 4: long-time C_l1 versus N = 2..7, full space and symmetric subspace, cubic fit."""
    input:
        fig4=rules.cakmak_scaling_data.output.fig4,
    output:
        pdf="figures/cakmak_fig4.pdf",
        png=report(
            "figures/cakmak_fig4.png",
            caption="../report/cakmak_fig4.rst",
            category="Cakmak et al.",
        ),
    log:
        "logs/cakmak/fig4.log",
    benchmark:
        "logs/benchmarks/cakmak/fig4.tsv"
    conda:
        ENV
    params:
        code=code_digest(
            "papers/cakmak/schemas",
            "papers/cakmak/fig4",
            "plumbing/figures",
            "plumbing/provenance",
        ),
        cfg=CK,
    script:
        "../scripts/cakmak/fig4.py"


rule cakmak_scaling_beyond:
    """Extension beyond N = 7 (exact growth against the extrapolated cubic), nbar saturation."""
    input:
        **rules.cakmak_scaling_data.output,
    output:
        pdf="figures/cakmak_scaling_beyond.pdf",
        png=report(
            "figures/cakmak_scaling_beyond.png",
            caption="../report/cakmak_scaling_beyond.rst",
            category="Cakmak et al.",
        ),
    log:
        "logs/cakmak/scaling_beyond.log",
    benchmark:
        "logs/benchmarks/cakmak/scaling_beyond.tsv"
    conda:
        ENV
    params:
        code=code_digest(
            "papers/cakmak/schemas",
            "papers/cakmak/scaling_beyond",
            "plumbing/figures",
            "plumbing/provenance",
        ),
        cfg=CK,
    script:
        "../scripts/cakmak/scaling_beyond.py"


rule cakmak_harvesting:
    """Harvesting: T_eff of the working qubit versus pair coherence; collision-model check."""
    input:
        **rules.cakmak_harvesting_data.output,
    output:
        pdf="figures/cakmak_harvesting.pdf",
        png=report(
            "figures/cakmak_harvesting.png",
            caption="../report/cakmak_harvesting.rst",
            category="Cakmak et al.",
        ),
    log:
        "logs/cakmak/harvesting.log",
    benchmark:
        "logs/benchmarks/cakmak/harvesting.tsv"
    conda:
        ENV
    params:
        code=code_digest(
            "papers/cakmak/schemas",
            "papers/cakmak/harvesting_figure",
            "plumbing/figures",
            "plumbing/provenance",
        ),
        cfg=CK,
    script:
        "../scripts/cakmak/harvesting.py"


rule cakmak_notebook:
    """Executed notebook: cached tables, figures, interpretation, assertions on the claims."""
    input:
        nb=repo_path("notebooks", "cakmak.py"),
        claims=rules.cakmak_claims.output.claims,
        # the notebook reads every results/cakmak/*.csv (tests/test_notebooks.py checks the list)
        csv=[
            *rules.cakmak_fig2_data.output,
            *rules.cakmak_fig3_data.output,
            *rules.cakmak_scaling_data.output,
            *rules.cakmak_harvesting_data.output,
            *rules.cakmak_heat_exchange_data.output,
            f"{CK_DIR}/dipolar_regime.csv",
            f"{CK_DIR}/settling_ladder.csv",
            f"{CK_DIR}/settling_full.csv",
            f"{CK_DIR}/coherence_measures.csv",
            f"{CK_DIR}/coherence_measures_full.csv",
            f"{CK_DIR}/sectors.csv",
            *CK_SEPARATION.values(),
            *CK_CLASSES.values(),
            *CK_READINGS.values(),
            f"{CK_DIR}/separation_large.csv",
        ],
        readings_claims="results/claims/cakmak_readings.json",
        png=[f"figures/cakmak_{f}.png" for f in CK_FIGS]
        + ["figures/cakmak_separation.png"],
    output:
        ipynb="results/notebooks/cakmak.ipynb",
    log:
        "logs/cakmak/notebook.log",
    benchmark:
        "logs/benchmarks/cakmak/notebook.tsv"
    conda:
        ENV
    params:
        code=code_digest("plumbing/notebooks"),
    shell:
        "python -m qthermo.plumbing.notebooks {input.nb} {output.ipynb} > {log} 2>&1"


# ---------------------------------------------------------------------------------------------
# Sec. III B vs Sec. V (issue 14): when the dipolar coupling is visible in the coherence.
# Chain: data -> claims -> figure.

CLAIM_FILES.append("results/claims/cakmak_dipolar_regime.json")
FINAL_TARGETS.extend(
    ["figures/cakmak_dipolar_regime.pdf", "figures/cakmak_dipolar_regime.png"]
)
CK_DIPOLAR = {
    **CK["dipolar_regime"],
    "fig3_nbar": CK["fig3"]["nbar"],
    "gamma0": CK["gamma0"],
}


rule cakmak_dipolar_regime_data:
    """D = max_t |C_l1(t; f0) - C_l1(t; 0)| over f0/gamma0 and nbar, both Fig. 3 states."""
    output:
        csv=f"{CK_DIR}/dipolar_regime.csv",
    log:
        "logs/cakmak/dipolar_regime_data.log",
    benchmark:
        "logs/benchmarks/cakmak/dipolar_regime_data.tsv"
    conda:
        ENV
    params:
        code=code_digest("papers/cakmak/dipolar_regime"),
        cfg=CK_DIPOLAR,
    script:
        "../scripts/cakmak/dipolar_regime_data.py"


rule cakmak_dipolar_regime_claims:
    """Claims ck.fig3.f0_gamma0_invisible and ck.fig3.onset_nbar_gamma0."""
    input:
        csv=rules.cakmak_dipolar_regime_data.output.csv,
    output:
        claims="results/claims/cakmak_dipolar_regime.json",
    log:
        "logs/cakmak/dipolar_regime_claims.log",
    benchmark:
        "logs/benchmarks/cakmak/dipolar_regime_claims.tsv"
    conda:
        ENV
    params:
        code=code_digest("papers/cakmak/schemas", "papers/cakmak/dipolar_regime_claims"),
        cfg=CK_DIPOLAR,
        ck=CK,
        artifacts=["figures/cakmak_dipolar_regime.png", f"{CK_DIR}/dipolar_regime.csv"],
    script:
        "../scripts/cakmak/dipolar_regime_claims.py"


rule cakmak_dipolar_regime:
    """Figure: D against f0/gamma0 per nbar; the visibility onset f0* against nbar."""
    input:
        csv=rules.cakmak_dipolar_regime_data.output.csv,
    output:
        pdf="figures/cakmak_dipolar_regime.pdf",
        png=report(
            "figures/cakmak_dipolar_regime.png",
            caption="../report/cakmak_dipolar_regime.rst",
            category="Cakmak et al.",
        ),
    log:
        "logs/cakmak/dipolar_regime.log",
    benchmark:
        "logs/benchmarks/cakmak/dipolar_regime.tsv"
    conda:
        ENV
    params:
        code=code_digest(
            "papers/cakmak/schemas",
            "papers/cakmak/dipolar_regime_claims",
            "plumbing/figures",
            "plumbing/provenance",
        ),
        cfg=CK_DIPOLAR,
        ck=CK,
    script:
        "../scripts/cakmak/dipolar_regime.py"


# ---------------------------------------------------------------------------------------------
# Sec. IV (issue 14): rise and settling of the coherence from |g...g>, and what sets the time.
# Chain: data -> claims -> figure.

CLAIM_FILES.append("results/claims/cakmak_settling.json")
FINAL_TARGETS.extend(["figures/cakmak_settling.pdf", "figures/cakmak_settling.png"])
CK_SETTLING_CFG = {**CK["settling"], "nbar": CK["fig4"]["nbar"], "gamma0": CK["gamma0"]}
CK_SETTLING = {
    "settling_ladder": f"{CK_DIR}/settling_ladder.csv",
    "settling_full": f"{CK_DIR}/settling_full.csv",
}


rule cakmak_settling_data:
    """C_l1(t) from |g...g>: ladder chain for N = 2..N_max, full 2^N space for several f0."""
    output:
        **CK_SETTLING,
    log:
        "logs/cakmak/settling_data.log",
    benchmark:
        "logs/benchmarks/cakmak/settling_data.tsv"
    conda:
        ENV
    params:
        code=code_digest("papers/cakmak/settling"),
        cfg=CK_SETTLING_CFG,
    script:
        "../scripts/cakmak/settling_data.py"


rule cakmak_settling_claims:
    """Claims ck.iv.monotone_in_time and ck.iv.settling_f0."""
    input:
        **CK_SETTLING,
    output:
        claims="results/claims/cakmak_settling.json",
    log:
        "logs/cakmak/settling_claims.log",
    benchmark:
        "logs/benchmarks/cakmak/settling_claims.tsv"
    conda:
        ENV
    params:
        code=code_digest("papers/cakmak/schemas", "papers/cakmak/settling_claims"),
        cfg=CK_SETTLING_CFG,
        ck=CK,
        artifacts=["figures/cakmak_settling.png", *CK_SETTLING.values()],
    script:
        "../scripts/cakmak/settling_claims.py"


rule cakmak_settling:
    """Figure: C_l1(t)/C_lt from |g...g> for N = 2..N_max; full-space trajectories for each f0."""
    input:
        **CK_SETTLING,
    output:
        pdf="figures/cakmak_settling.pdf",
        png=report(
            "figures/cakmak_settling.png",
            caption="../report/cakmak_settling.rst",
            category="Cakmak et al.",
        ),
    log:
        "logs/cakmak/settling.log",
    benchmark:
        "logs/benchmarks/cakmak/settling.tsv"
    conda:
        ENV
    params:
        code=code_digest(
            "papers/cakmak/schemas",
            "papers/cakmak/settling_claims",
            "plumbing/figures",
            "plumbing/provenance",
        ),
        cfg=CK_SETTLING_CFG,
        ck=CK,
    script:
        "../scripts/cakmak/settling.py"


# ---------------------------------------------------------------------------------------------
# Sec. IV (issue 14): the l1 norm against the relative entropy of coherence of the long-time
# state. Chain: data -> claims -> figure.

CLAIM_FILES.append("results/claims/cakmak_coherence_measures.json")
FINAL_TARGETS.extend(
    ["figures/cakmak_coherence_measures.pdf", "figures/cakmak_coherence_measures.png"]
)
CK_MEASURES_CFG = {
    **CK["coherence_measures"],
    "fig4_nbar": CK["fig4"]["nbar"],
    "gamma0": CK["gamma0"],
}
CK_MEASURES = {
    "coherence_measures": f"{CK_DIR}/coherence_measures.csv",
    "coherence_measures_full": f"{CK_DIR}/coherence_measures_full.csv",
}


rule cakmak_coherence_measures_data:
    """C_re and C_l1 of the long-time state to large N; 2^N-space cross-check at small N."""
    output:
        **CK_MEASURES,
    log:
        "logs/cakmak/coherence_measures_data.log",
    benchmark:
        "logs/benchmarks/cakmak/coherence_measures_data.tsv"
    conda:
        ENV
    params:
        code=code_digest("papers/cakmak/coherence_measures"),
        cfg=CK_MEASURES_CFG,
    script:
        "../scripts/cakmak/coherence_measures_data.py"


rule cakmak_coherence_measures_claims:
    """Claims ck.coherence.re_closed_form, re_superlinear_in_range and re_logarithmic."""
    input:
        **CK_MEASURES,
    output:
        claims="results/claims/cakmak_coherence_measures.json",
    log:
        "logs/cakmak/coherence_measures_claims.log",
    benchmark:
        "logs/benchmarks/cakmak/coherence_measures_claims.tsv"
    conda:
        ENV
    params:
        code=code_digest(
            "papers/cakmak/schemas", "papers/cakmak/coherence_measures_claims"
        ),
        cfg=CK_MEASURES_CFG,
        ck=CK,
        artifacts=["figures/cakmak_coherence_measures.png", *CK_MEASURES.values()],
    script:
        "../scripts/cakmak/coherence_measures_claims.py"


rule cakmak_coherence_measures:
    """Figure: ln(C_l1 + 1) and C_re against N; C_re against ln N with its asymptote."""
    input:
        **CK_MEASURES,
    output:
        pdf="figures/cakmak_coherence_measures.pdf",
        png=report(
            "figures/cakmak_coherence_measures.png",
            caption="../report/cakmak_coherence_measures.rst",
            category="Cakmak et al.",
        ),
    log:
        "logs/cakmak/coherence_measures.log",
    benchmark:
        "logs/benchmarks/cakmak/coherence_measures.tsv"
    conda:
        ENV
    params:
        code=code_digest(
            "papers/cakmak/schemas",
            "papers/cakmak/coherence_measures_claims",
            "plumbing/figures",
            "plumbing/provenance",
        ),
        cfg=CK_MEASURES_CFG,
        ck=CK,
    script:
        "../scripts/cakmak/coherence_measures.py"


# ---------------------------------------------------------------------------------------------
# Sec. IV (issue 14): long-time states from non-symmetric initial states, one steady state per
# permutation sector. Chain: data -> claims -> figure.

CLAIM_FILES.append("results/claims/cakmak_sectors.json")
FINAL_TARGETS.extend(["figures/cakmak_sectors.pdf", "figures/cakmak_sectors.png"])
CK_SECTORS_CFG = {**CK["sectors"], "nbar": CK["fig4"]["nbar"], "gamma0": CK["gamma0"]}


rule cakmak_sectors_data:
    """Kernel projection of the full Liouvillian against the sector formula, N = 2..N_max."""
    output:
        csv=f"{CK_DIR}/sectors.csv",
    log:
        "logs/cakmak/sectors_data.log",
    benchmark:
        "logs/benchmarks/cakmak/sectors_data.tsv"
    conda:
        ENV
    params:
        code=code_digest("papers/cakmak/sectors"),
        cfg=CK_SECTORS_CFG,
    script:
        "../scripts/cakmak/sectors_data.py"


rule cakmak_sectors_claims:
    """Claims ck.iv.sector_steady_states and ck.iv.f0_all_initial_states."""
    input:
        csv=f"{CK_DIR}/sectors.csv",
    output:
        claims="results/claims/cakmak_sectors.json",
    log:
        "logs/cakmak/sectors_claims.log",
    benchmark:
        "logs/benchmarks/cakmak/sectors_claims.tsv"
    conda:
        ENV
    params:
        code=code_digest("papers/cakmak/schemas", "papers/cakmak/sectors_claims"),
        cfg=CK_SECTORS_CFG,
        ck=CK,
        artifacts=["figures/cakmak_sectors.png", f"{CK_DIR}/sectors.csv"],
    script:
        "../scripts/cakmak/sectors_claims.py"


rule cakmak_sectors:
    """Figure: long-time C_l1 per initial state against N; brute force against the formula."""
    input:
        csv=f"{CK_DIR}/sectors.csv",
    output:
        pdf="figures/cakmak_sectors.pdf",
        png=report(
            "figures/cakmak_sectors.png",
            caption="../report/cakmak_sectors.rst",
            category="Cakmak et al.",
        ),
    log:
        "logs/cakmak/sectors.log",
    benchmark:
        "logs/benchmarks/cakmak/sectors.tsv"
    conda:
        ENV
    params:
        code=code_digest(
            "papers/cakmak/schemas",
            "papers/cakmak/sectors_claims",
            "plumbing/figures",
            "plumbing/provenance",
        ),
        cfg=CK_SECTORS_CFG,
        ck=CK,
    script:
        "../scripts/cakmak/sectors.py"


# ---------------------------------------------------------------------------------------------
# Finite atom separation (issue 14; ours): Sec. II couplings of stated geometries, full 4^N
# Liouvillian from |g...g>. Chain: data -> claims -> figure.

CLAIM_FILES.append("results/claims/cakmak_separation.json")
FINAL_TARGETS.extend(["figures/cakmak_separation.pdf", "figures/cakmak_separation.png"])


rule cakmak_separation_data:
    """Lifetimes against xi (pair, chains, rings), pair curves, Fig. 3 consistency."""
    output:
        **CK_SEPARATION,
    log:
        "logs/cakmak/separation_data.log",
    benchmark:
        "logs/benchmarks/cakmak/separation_data.tsv"
    conda:
        ENV
    params:
        code=code_digest("papers/cakmak/separation"),
        cfg=CK_SEPARATION_CFG,
    script:
        "../scripts/cakmak/separation_data.py"


rule cakmak_separation_claims:
    """Claims ck.separation.*: unique thermal state, lifetime ~ xi^-2, Fig. 3 consistency."""
    input:
        **CK_SEPARATION,
    output:
        claims="results/claims/cakmak_separation.json",
    log:
        "logs/cakmak/separation_claims.log",
    benchmark:
        "logs/benchmarks/cakmak/separation_claims.tsv"
    conda:
        ENV
    params:
        code=code_digest("papers/cakmak/schemas", "papers/cakmak/separation_claims"),
        cfg=CK_SEPARATION_CFG,
        ck=CK,
        artifacts=[
            "figures/cakmak_separation.png",
            "results/cakmak/separation.csv",
            "results/cakmak/separation_fig3.csv",
        ],
    script:
        "../scripts/cakmak/separation_claims.py"


rule cakmak_separation:
    """Figure: pair C_l1(t) at several xi, lifetime against xi, Fig. 3 consistency."""
    input:
        **CK_SEPARATION,
    output:
        pdf="figures/cakmak_separation.pdf",
        png=report(
            "figures/cakmak_separation.png",
            caption="../report/cakmak_separation.rst",
            category="Cakmak et al.",
        ),
    log:
        "logs/cakmak/separation.log",
    benchmark:
        "logs/benchmarks/cakmak/separation.tsv"
    conda:
        ENV
    params:
        code=code_digest(
            "papers/cakmak/schemas",
            "papers/cakmak/separation_claims",
            "plumbing/figures",
            "plumbing/provenance",
        ),
        cfg=CK_SEPARATION_CFG,
        ck=CK,
    script:
        "../scripts/cakmak/separation.py"


# ---------------------------------------------------------------------------------------------
# Sec. III B state classes and the far-apart limit (issue 14). Chain: data -> claims -> figure.

CLAIM_FILES.append("results/claims/cakmak_dipolar_classes.json")
FINAL_TARGETS.extend(
    ["figures/cakmak_dipolar_classes.pdf", "figures/cakmak_dipolar_classes.png"]
)


rule cakmak_dipolar_classes_data:
    """N = 2: H_d-invariant classes with and without the bath, H_d oscillations, far limit."""
    output:
        **CK_CLASSES,
    log:
        "logs/cakmak/dipolar_classes_data.log",
    benchmark:
        "logs/benchmarks/cakmak/dipolar_classes_data.tsv"
    conda:
        ENV
    params:
        code=code_digest("papers/cakmak/dipolar_classes"),
        cfg=CK_CLASSES_CFG,
    script:
        "../scripts/cakmak/dipolar_classes_data.py"


rule cakmak_dipolar_classes_claims:
    """Claims ck.iiib.unaffected_states, .persist_with_bath, .oscillations, ck.limit.far_independent."""
    input:
        **CK_CLASSES,
    output:
        claims="results/claims/cakmak_dipolar_classes.json",
    log:
        "logs/cakmak/dipolar_classes_claims.log",
    benchmark:
        "logs/benchmarks/cakmak/dipolar_classes_claims.tsv"
    conda:
        ENV
    params:
        code=code_digest(
            "papers/cakmak/schemas", "papers/cakmak/dipolar_classes_claims"
        ),
        cfg=CK_CLASSES_CFG,
        ck=CK,
        artifacts=[
            "figures/cakmak_dipolar_classes.png",
            *CK_CLASSES.values(),
        ],
    script:
        "../scripts/cakmak/dipolar_classes_claims.py"


rule cakmak_dipolar_classes:
    """Figure: H_d oscillations, f0 dependence by class with the bath, independent atoms."""
    input:
        **CK_CLASSES,
    output:
        pdf="figures/cakmak_dipolar_classes.pdf",
        png=report(
            "figures/cakmak_dipolar_classes.png",
            caption="../report/cakmak_dipolar_classes.rst",
            category="Cakmak et al.",
        ),
    log:
        "logs/cakmak/dipolar_classes.log",
    benchmark:
        "logs/benchmarks/cakmak/dipolar_classes.tsv"
    conda:
        ENV
    params:
        code=code_digest(
            "papers/cakmak/schemas",
            "papers/cakmak/dipolar_classes_claims",
            "plumbing/figures",
            "plumbing/provenance",
        ),
        cfg=CK_CLASSES_CFG,
        ck=CK,
    script:
        "../scripts/cakmak/dipolar_classes.py"


rule cakmak_readings_data:
    """Fig. 2 element structure, C_l1 in both frames, Eq. (28) against Tr[rho dH/dt]."""
    output:
        **CK_READINGS,
    log:
        "logs/cakmak/readings_data.log",
    benchmark:
        "logs/benchmarks/cakmak/readings_data.tsv"
    conda:
        ENV
    params:
        code=code_digest("papers/cakmak/readings", "papers/cakmak/power"),
        cfg=CK,
    script:
        "../scripts/cakmak/readings_data.py"


rule cakmak_readings_claims:
    """Claims ck.iiia.x_state, ck.frame.c_l1_invariant, ck.iv.real_positive, ck.eq28.*."""
    input:
        **CK_READINGS,
    output:
        claims="results/claims/cakmak_readings.json",
    log:
        "logs/cakmak/readings_claims.log",
    benchmark:
        "logs/benchmarks/cakmak/readings_claims.tsv"
    conda:
        ENV
    params:
        code=code_digest(
            "papers/cakmak/schemas",
            "papers/cakmak/readings_claims",
            "papers/cakmak/power_claims",
        ),
        cfg=CK,
        artifacts=list(CK_READINGS.values()),
    script:
        "../scripts/cakmak/readings_claims.py"


rule cakmak_separation_large_data:
    """N = 5, 6 chains and rings: coherence lifetime on the excitation-sector blocks, f on/off."""
    output:
        separation_large=f"{CK_DIR}/separation_large.csv",
    log:
        "logs/cakmak/separation_large_data.log",
    benchmark:
        "logs/benchmarks/cakmak/separation_large_data.tsv"
    conda:
        ENV
    params:
        code=code_digest("papers/cakmak/separation_large"),
        cfg=CK_SEPARATION_CFG,
    script:
        "../scripts/cakmak/separation_large_data.py"


rule cakmak_separation_large_claims:
    """Claims ck.separation.large_N_exponent, ck.separation.large_N_f_dependence."""
    input:
        separation_large=rules.cakmak_separation_large_data.output.separation_large,
    output:
        claims="results/claims/cakmak_separation_large.json",
    log:
        "logs/cakmak/separation_large_claims.log",
    benchmark:
        "logs/benchmarks/cakmak/separation_large_claims.tsv"
    conda:
        ENV
    params:
        code=code_digest(
            "papers/cakmak/schemas", "papers/cakmak/separation_large_claims"
        ),
        cfg=CK_SEPARATION_CFG,
        ck=CK,
        artifacts=[f"{CK_DIR}/separation_large.csv"],
    script:
        "../scripts/cakmak/separation_large_claims.py"
