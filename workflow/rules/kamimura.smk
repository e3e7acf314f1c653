# Kamimura, Yoshida, Tokura, Matsuzaki, PRL 131, 090401 (2023), doi:10.1103/PhysRevLett.131.090401
# L^3 (Bound 1, m-body interaction, Eq. 12) versus L^2 (Bound 2, superradiance, Eq. 17) scaling of
# the heat current, computed in the Dicke subspace up to L ~ 1000.
# Chain: kamimura_scaling_data (models, currents, bounds, burst, RWA check) -> kamimura_scaling_claims
# -> kamimura_scaling (figure); kamimura_notebook.

KYTM = config["kamimura"]
KYTM_TABLES = {
    "scaling": "results/kamimura/heat_current_scaling.csv",
    "eq12": "results/kamimura/eq12_all_m.csv",
    "burst_peaks": "results/kamimura/burst_peaks.csv",
    "burst_curves": "results/kamimura/burst_curves.csv",
    "rwa": "results/kamimura/rwa_check.csv",
}

CLAIM_FILES.append("results/claims/kamimura.json")
FINAL_TARGETS.extend(
    [
        "figures/kamimura_scaling.pdf",
        "figures/kamimura_scaling.png",
        "results/notebooks/kamimura.ipynb",
    ]
)


rule kamimura_scaling_data:
    """J(0), Bound 1, Bound 2 for all models and L; Eq. (12) for all m; burst; RWA check."""
    output:
        **KYTM_TABLES,
    log:
        "logs/kamimura/scaling_data.log",
    benchmark:
        "logs/benchmarks/kamimura/scaling_data.tsv"
    conda:
        ENV
    params:
        code=code_digest("papers/kamimura/tables"),
        cfg=KYTM,
    script:
        "../scripts/kamimura/scaling_data.py"


rule kamimura_scaling_claims:
    """Claims kytm.eq12, kytm.eq17, kytm.scaling.*, kytm.bound*, kytm.burst_peak, kytm.rwa_*."""
    input:
        scaling=KYTM_TABLES["scaling"],
        eq12=KYTM_TABLES["eq12"],
        burst_peaks=KYTM_TABLES["burst_peaks"],
        rwa=KYTM_TABLES["rwa"],
    output:
        claims="results/claims/kamimura.json",
    log:
        "logs/kamimura/scaling_claims.log",
    benchmark:
        "logs/benchmarks/kamimura/scaling_claims.tsv"
    conda:
        ENV
    params:
        code=code_digest("papers/kamimura/schemas", "papers/kamimura/claims"),
        cfg=KYTM,
        artifacts=[
            "figures/kamimura_scaling.png",
            KYTM_TABLES["scaling"],
            KYTM_TABLES["eq12"],
            KYTM_TABLES["burst_peaks"],
            KYTM_TABLES["rwa"],
        ],
    script:
        "../scripts/kamimura/scaling_claims.py"


rule kamimura_scaling:
    """Figure: |J| versus L with forbidden regions, ratios to the bounds, superradiant burst."""
    input:
        scaling=KYTM_TABLES["scaling"],
        burst_peaks=KYTM_TABLES["burst_peaks"],
        burst_curves=KYTM_TABLES["burst_curves"],
    output:
        pdf="figures/kamimura_scaling.pdf",
        png=report(
            "figures/kamimura_scaling.png",
            caption="../report/kamimura_scaling.rst",
            category="Kamimura et al.",
        ),
    log:
        "logs/kamimura/scaling.log",
    benchmark:
        "logs/benchmarks/kamimura/scaling.tsv"
    conda:
        ENV
    params:
        code=code_digest(
            "papers/kamimura/schemas",
            "plumbing/figures",
            "papers/kamimura/scaling_plot",
        ),
        cfg=KYTM,
    script:
        "../scripts/kamimura/scaling.py"


rule kamimura_notebook:
    """Execute the topic notebook on the cached results (ends with assertions on the claims)."""
    input:
        nb=repo_path("notebooks", "kamimura.py"),
        claims="results/claims/kamimura.json",
        scaling=KYTM_TABLES["scaling"],
        eq12=KYTM_TABLES["eq12"],
        burst_peaks=KYTM_TABLES["burst_peaks"],
        burst_curves=KYTM_TABLES["burst_curves"],
        rwa=KYTM_TABLES["rwa"],
        png="figures/kamimura_scaling.png",
        steady_claims="results/claims/kamimura_steady_state.json",
        steady_state="results/kamimura/steady_state.csv",
        steady_png="figures/kamimura_steady_state.png",
        regime="results/kamimura/regime.csv",
        regime_claims="results/claims/kamimura_regime.json",
        broadband="results/kamimura/broadband.csv",
        parallel_bath="results/kamimura/parallel_bath.csv",
        bath_claims="results/claims/kamimura_bath_readings.json",
    output:
        ipynb="results/notebooks/kamimura.ipynb",
    log:
        "logs/kamimura/notebook.log",
    benchmark:
        "logs/benchmarks/kamimura/notebook.tsv"
    conda:
        ENV
    params:
        code=code_digest("plumbing/notebooks"),
    shell:
        "python -m qthermo.plumbing.notebooks {input.nb} {output.ipynb} > {log} 2>&1"


# Bounds tested at the worst state (issue 13): max over all states of |J| is the largest
# |eigenvalue| of the current operator; brute force in the 2^L space for small L.
CLAIM_FILES.append("results/claims/kamimura_worst_case.json")
FINAL_TARGETS.extend(["figures/kamimura_worst_case.png"])


rule kamimura_worst_case_data:
    """max_rho |J|, Bound 1, Bound 2 per model and L; 2^L brute force and random states."""
    output:
        table="results/kamimura/worst_case.csv",
    log:
        "logs/kamimura/worst_case_data.log",
    benchmark:
        "logs/benchmarks/kamimura/worst_case_data.tsv"
    conda:
        ENV
    params:
        code=code_digest("papers/kamimura/worst_case"),
        cfg=KYTM,
    script:
        "../scripts/kamimura/worst_case_data.py"


rule kamimura_worst_case_claims:
    """Claims kytm.worst_case.bound1, kytm.worst_case.bound2, kytm.worst_case.outside_assumptions."""
    input:
        table="results/kamimura/worst_case.csv",
    output:
        claims="results/claims/kamimura_worst_case.json",
    log:
        "logs/kamimura/worst_case_claims.log",
    benchmark:
        "logs/benchmarks/kamimura/worst_case_claims.tsv"
    conda:
        ENV
    params:
        code=code_digest("papers/kamimura/schemas", "papers/kamimura/worst_case_claims"),
        cfg=KYTM,
        artifacts=["figures/kamimura_worst_case.png", "results/kamimura/worst_case.csv"],
    script:
        "../scripts/kamimura/worst_case_claims.py"


rule kamimura_worst_case:
    """Figure: max_rho |J| / bound versus L per model for Bound 1 and Bound 2."""
    input:
        table="results/kamimura/worst_case.csv",
    output:
        pdf="figures/kamimura_worst_case.pdf",
        png=report(
            "figures/kamimura_worst_case.png",
            caption="../report/kamimura_worst_case.rst",
            category="Kamimura et al.",
        ),
    log:
        "logs/kamimura/worst_case.log",
    benchmark:
        "logs/benchmarks/kamimura/worst_case.tsv"
    conda:
        ENV
    params:
        code=code_digest(
            "papers/kamimura/schemas",
            "plumbing/figures",
            "papers/kamimura/worst_case_plot",
        ),
        cfg=KYTM,
    script:
        "../scripts/kamimura/worst_case.py"


# ---------------------------------------------------------------------------------------------
# Issue 13: two-bath steady states with a Theta(L^3) current, Otto engines, the Eq. (21) remark
# (our construction). Chain: data -> claims -> figure.

CLAIM_FILES.append("results/claims/kamimura_steady_state.json")
FINAL_TARGETS.extend(
    ["figures/kamimura_steady_state.pdf", "figures/kamimura_steady_state.png"]
)


rule kamimura_steady_state_data:
    """J_ss and Bound 1 over L (three models), Otto engines, full 2^L Eq. (21) checks."""
    output:
        steady_state="results/kamimura/steady_state.csv",
        engine="results/kamimura/steady_state_engine.csv",
        eq21="results/kamimura/eq21_check.csv",
    log:
        "logs/kamimura/steady_state_data.log",
    benchmark:
        "logs/benchmarks/kamimura/steady_state_data.tsv"
    conda:
        ENV
    params:
        code=code_digest("papers/kamimura/steady_state_tables"),
        cfg=KYTM["steady_state"],
    script:
        "../scripts/kamimura/steady_state_data.py"


rule kamimura_steady_state_claims:
    """Claims kytm.steady_state.*, kytm.engine.L3_power, kytm.eq21.commuting."""
    input:
        steady_state=rules.kamimura_steady_state_data.output.steady_state,
        engine=rules.kamimura_steady_state_data.output.engine,
        eq21=rules.kamimura_steady_state_data.output.eq21,
    output:
        claims="results/claims/kamimura_steady_state.json",
    log:
        "logs/kamimura/steady_state_claims.log",
    benchmark:
        "logs/benchmarks/kamimura/steady_state_claims.tsv"
    conda:
        ENV
    params:
        code=code_digest(
            "papers/kamimura/schemas", "papers/kamimura/steady_state_claims"
        ),
        cfg=KYTM["steady_state"],
        artifacts=[
            "figures/kamimura_steady_state.png",
            "results/kamimura/steady_state.csv",
            "results/kamimura/steady_state_engine.csv",
            "results/kamimura/eq21_check.csv",
        ],
    script:
        "../scripts/kamimura/steady_state_claims.py"


rule kamimura_steady_state:
    """Figure: J_ss versus L against Bound 1, J_ss / Bound 1, Otto-engine power versus L."""
    input:
        steady_state=rules.kamimura_steady_state_data.output.steady_state,
        engine=rules.kamimura_steady_state_data.output.engine,
    output:
        pdf="figures/kamimura_steady_state.pdf",
        png=report(
            "figures/kamimura_steady_state.png",
            caption="../report/kamimura_steady_state.rst",
            category="Kamimura et al.",
        ),
    log:
        "logs/kamimura/steady_state.log",
    benchmark:
        "logs/benchmarks/kamimura/steady_state.tsv"
    conda:
        ENV
    params:
        code=code_digest(
            "papers/kamimura/schemas",
            "plumbing/figures",
            "papers/kamimura/steady_state_plot",
        ),
        cfg=KYTM["steady_state"],
    script:
        "../scripts/kamimura/steady_state.py"


# ---------------------------------------------------------------------------------------------
# Text after Eq. (12) (issue 13): the L - m = k family beyond k = 2 and J(0) against m.
# Chain: data -> claims -> figure.

CLAIM_FILES.append("results/claims/kamimura_family.json")
FINAL_TARGETS.extend(["figures/kamimura_family.pdf", "figures/kamimura_family.png"])


rule kamimura_family_data:
    """J(0), Eq. (12) and Bound 1 of the m = L - k interactions for k = 3, 4, ..."""
    output:
        csv="results/kamimura/family.csv",
    log:
        "logs/kamimura/family_data.log",
    benchmark:
        "logs/benchmarks/kamimura/family_data.tsv"
    conda:
        ENV
    params:
        code=code_digest("papers/kamimura/family"),
        cfg=KYTM,
    script:
        "../scripts/kamimura/family_data.py"


rule kamimura_family_claims:
    """Claims kytm.family.exponents and kytm.family.L_body."""
    input:
        family="results/kamimura/family.csv",
        eq12=KYTM_TABLES["eq12"],
    output:
        claims="results/claims/kamimura_family.json",
    log:
        "logs/kamimura/family_claims.log",
    benchmark:
        "logs/benchmarks/kamimura/family_claims.tsv"
    conda:
        ENV
    params:
        code=code_digest("papers/kamimura/schemas", "papers/kamimura/family_claims"),
        cfg=KYTM,
        artifacts=[
            "figures/kamimura_family.png",
            "results/kamimura/family.csv",
            KYTM_TABLES["eq12"],
        ],
    script:
        "../scripts/kamimura/family_claims.py"


rule kamimura_family:
    """Figure: |J(0)| against L for L - m = 0..4; |J(0)| against m at fixed L."""
    input:
        scaling=KYTM_TABLES["scaling"],
        family="results/kamimura/family.csv",
        eq12=KYTM_TABLES["eq12"],
    output:
        pdf="figures/kamimura_family.pdf",
        png=report(
            "figures/kamimura_family.png",
            caption="../report/kamimura_family.rst",
            category="Kamimura et al.",
        ),
    log:
        "logs/kamimura/family.log",
    benchmark:
        "logs/benchmarks/kamimura/family.tsv"
    conda:
        ENV
    params:
        code=code_digest(
            "papers/kamimura/schemas",
            "plumbing/figures",
            "papers/kamimura/family_claims",
        ),
        cfg=KYTM,
    script:
        "../scripts/kamimura/family.py"


# ---------------------------------------------------------------------------------------------
# Beyond t = 0 (issue 13): heat budget and duration of the m = L transient, beside the burst.
# Chain: data -> claims -> figure.

CLAIM_FILES.append("results/claims/kamimura_transient.json")
FINAL_TARGETS.extend(
    ["figures/kamimura_transient.pdf", "figures/kamimura_transient.png"]
)
KYTM_TRANSIENT = {
    "curves": "results/kamimura/transient.csv",
    "budget": "results/kamimura/transient_budget.csv",
}


rule kamimura_transient_data:
    """E(t), J(t) of the m = L model from |L/2> (Dicke space); total heat and t_90 of both."""
    output:
        **KYTM_TRANSIENT,
    log:
        "logs/kamimura/transient_data.log",
    benchmark:
        "logs/benchmarks/kamimura/transient_data.tsv"
    conda:
        ENV
    params:
        code=code_digest("papers/kamimura/transient_heat"),
        cfg={**KYTM["scaling"], **KYTM["transient"]},
    script:
        "../scripts/kamimura/transient_data.py"


rule kamimura_transient_claims:
    """Claim kytm.transient.heat_budget."""
    input:
        **KYTM_TRANSIENT,
    output:
        claims="results/claims/kamimura_transient.json",
    log:
        "logs/kamimura/transient_claims.log",
    benchmark:
        "logs/benchmarks/kamimura/transient_claims.tsv"
    conda:
        ENV
    params:
        code=code_digest("papers/kamimura/schemas", "papers/kamimura/transient_claims"),
        cfg=KYTM,
        artifacts=["figures/kamimura_transient.png", *KYTM_TRANSIENT.values()],
    script:
        "../scripts/kamimura/transient_claims.py"


rule kamimura_transient:
    """Figure: J(t)/J(0) against gamma_wn L^2 t; t_90 against L, m = L and superradiance."""
    input:
        **KYTM_TRANSIENT,
    output:
        pdf="figures/kamimura_transient.pdf",
        png=report(
            "figures/kamimura_transient.png",
            caption="../report/kamimura_transient.rst",
            category="Kamimura et al.",
        ),
    log:
        "logs/kamimura/transient.log",
    benchmark:
        "logs/benchmarks/kamimura/transient.tsv"
    conda:
        ENV
    params:
        code=code_digest(
            "papers/kamimura/schemas",
            "plumbing/figures",
            "papers/kamimura/transient_claims",
        ),
        cfg=KYTM,
    script:
        "../scripts/kamimura/transient.py"


# ---------------------------------------------------------------------------------------------
# Even L (issue 13): the scaling results without the odd-L choice. Chain: data -> claims ->
# figure.

CLAIM_FILES.append("results/claims/kamimura_even_L.json")
FINAL_TARGETS.extend(["figures/kamimura_even_L.pdf", "figures/kamimura_even_L.png"])
KYTM_EVEN_CFG = {
    **KYTM["scaling"],
    **KYTM["even_L"],
    **{k: KYTM["claims"][k] for k in ("eq_rtol", "exponent_atol", "bound_rtol")},
}


rule kamimura_even_L_data:
    """J(0), closed forms and both bounds at even L; 2^L cross-check at small L."""
    output:
        csv="results/kamimura/even_L.csv",
    log:
        "logs/kamimura/even_L_data.log",
    benchmark:
        "logs/benchmarks/kamimura/even_L_data.tsv"
    conda:
        ENV
    params:
        code=code_digest("papers/kamimura/even_L"),
        cfg=KYTM_EVEN_CFG,
    script:
        "../scripts/kamimura/even_L_data.py"


rule kamimura_even_L_claims:
    """Claims kytm.even_L.closed_forms, kytm.even_L.exponents and kytm.even_L.bounds."""
    input:
        csv="results/kamimura/even_L.csv",
    output:
        claims="results/claims/kamimura_even_L.json",
    log:
        "logs/kamimura/even_L_claims.log",
    benchmark:
        "logs/benchmarks/kamimura/even_L_claims.tsv"
    conda:
        ENV
    params:
        code=code_digest("papers/kamimura/schemas", "papers/kamimura/even_L_claims"),
        cfg=KYTM_EVEN_CFG,
        kytm=KYTM,
        artifacts=["figures/kamimura_even_L.png", "results/kamimura/even_L.csv"],
    script:
        "../scripts/kamimura/even_L_claims.py"


rule kamimura_even_L:
    """Figure: |J(0)| against even L with the closed forms; distance to Bounds 1 and 2."""
    input:
        csv="results/kamimura/even_L.csv",
    output:
        pdf="figures/kamimura_even_L.pdf",
        png=report(
            "figures/kamimura_even_L.png",
            caption="../report/kamimura_even_L.rst",
            category="Kamimura et al.",
        ),
    log:
        "logs/kamimura/even_L.log",
    benchmark:
        "logs/benchmarks/kamimura/even_L.tsv"
    conda:
        ENV
    params:
        code=code_digest(
            "papers/kamimura/schemas",
            "papers/kamimura/even_L_claims",
            "plumbing/figures",
            "plumbing/provenance",
        ),
        cfg=KYTM_EVEN_CFG,
        kytm=KYTM,
    script:
        "../scripts/kamimura/even_L.py"


# ---------------------------------------------------------------------------------------------
# Eq. (18) (issue 13): the sign of Omega and an extensive Omega = Omega_0/L. Chain: data ->
# claims -> figure.

CLAIM_FILES.append("results/claims/kamimura_superabsorption.json")
FINAL_TARGETS.extend(
    ["figures/kamimura_superabsorption.pdf", "figures/kamimura_superabsorption.png"]
)
KYTM_SA_CFG = {
    **KYTM["scaling"],
    **{
        k: KYTM["claims"][k]
        for k in ("eq_rtol", "exponent_atol", "fit_L_min", "fit_L_max")
    },
}


rule kamimura_superabsorption_data:
    """J(0), both bounds, ||H_S||, Delta E and the Bohr gap for Omega, -Omega and Omega/L."""
    output:
        csv="results/kamimura/superabsorption.csv",
    log:
        "logs/kamimura/superabsorption_data.log",
    benchmark:
        "logs/benchmarks/kamimura/superabsorption_data.tsv"
    conda:
        ENV
    params:
        code=code_digest("papers/kamimura/superabsorption"),
        cfg=KYTM_SA_CFG,
    script:
        "../scripts/kamimura/superabsorption_data.py"


rule kamimura_superabsorption_claims:
    """Claims kytm.superabsorption.first_step_sign, sign_independent and extensive_bound2."""
    input:
        csv="results/kamimura/superabsorption.csv",
    output:
        claims="results/claims/kamimura_superabsorption.json",
    log:
        "logs/kamimura/superabsorption_claims.log",
    benchmark:
        "logs/benchmarks/kamimura/superabsorption_claims.tsv"
    conda:
        ENV
    params:
        code=code_digest(
            "papers/kamimura/schemas", "papers/kamimura/superabsorption_claims"
        ),
        cfg=KYTM_SA_CFG,
        kytm=KYTM,
        artifacts=[
            "figures/kamimura_superabsorption.png",
            "results/kamimura/superabsorption.csv",
        ],
    script:
        "../scripts/kamimura/superabsorption_claims.py"


rule kamimura_superabsorption:
    """Figure: |J(0)| over both bounds per Omega reading; ||H_S||, Delta E, Bohr gap."""
    input:
        csv="results/kamimura/superabsorption.csv",
    output:
        pdf="figures/kamimura_superabsorption.pdf",
        png=report(
            "figures/kamimura_superabsorption.png",
            caption="../report/kamimura_superabsorption.rst",
            category="Kamimura et al.",
        ),
    log:
        "logs/kamimura/superabsorption.log",
    benchmark:
        "logs/benchmarks/kamimura/superabsorption.tsv"
    conda:
        ENV
    params:
        code=code_digest(
            "papers/kamimura/schemas",
            "papers/kamimura/superabsorption_claims",
            "plumbing/figures",
            "plumbing/provenance",
        ),
        cfg=KYTM_SA_CFG,
        kytm=KYTM,
    script:
        "../scripts/kamimura/superabsorption.py"


# Printed forms taken literally beside the forms that follow from the paper's own equations
# (issue 11 part 4): claims kytm.sa_gap.{printed,corrected}.
CLAIM_FILES.append("results/claims/kamimura_printed.json")


rule kamimura_printed_claims:
    """Claims kytm.sa_gap.{printed,corrected} (superabsorption bottom-rung gap, text after Eq. 18)."""
    output:
        claims="results/claims/kamimura_printed.json",
    log:
        "logs/kamimura/printed_claims.log",
    benchmark:
        "logs/benchmarks/kamimura/printed_claims.tsv"
    conda:
        ENV
    params:
        code=code_digest("papers/kamimura/printed_forms"),
        cfg=KYTM_SA_CFG,
    script:
        "../scripts/kamimura/printed_claims.py"


# Weak-coupling regime of the master equations (issue 13; ours): x = |J|/Delta_E^2 per model
# and L from the scaling and steady-state tables; claim kytm.regime.unit_couplings.
CLAIM_FILES.append("results/claims/kamimura_regime.json")


rule kamimura_regime_claims:
    """Regime table (rate / Bohr frequency, rate ceiling) and claim kytm.regime.unit_couplings."""
    input:
        scaling=KYTM_TABLES["scaling"],
        steady_state="results/kamimura/steady_state.csv",
    output:
        regime="results/kamimura/regime.csv",
        claims="results/claims/kamimura_regime.json",
    log:
        "logs/kamimura/regime_claims.log",
    benchmark:
        "logs/benchmarks/kamimura/regime_claims.tsv"
    conda:
        ENV
    params:
        code=code_digest("papers/kamimura/schemas", "papers/kamimura/regime"),
        cfg=KYTM,
        artifacts=["results/kamimura/regime.csv", KYTM_TABLES["scaling"]],
    script:
        "../scripts/kamimura/regime_claims.py"


# ---------------------------------------------------------------------------------------------
# Bath readings (issue 13): the six models under an Ohmic bath for several cutoffs, and the
# parallel scheme with one common bath. Chain: data -> claims (no figure: the numbers are in
# the claims and the notebook).

CLAIM_FILES.append("results/claims/kamimura_bath_readings.json")
KYTM_BATH_CFG = {
    **KYTM["scaling"],
    **KYTM["bath_readings"],
    **{
        k: KYTM["claims"][k]
        for k in (
            "fit_L_min",
            "fit_L_max",
            "eq_rtol",
            "exponent_atol",
            "burst_exponent_atol",
            "bound_rtol",
        )
    },
    "full_rtol": KYTM["burst"]["rtol"],
}


rule kamimura_bath_readings_data:
    """Ohmic-bath table (every model, L, cutoff) and parallel-scheme table (L or one bath)."""
    output:
        broadband="results/kamimura/broadband.csv",
        parallel_bath="results/kamimura/parallel_bath.csv",
    log:
        "logs/kamimura/bath_readings_data.log",
    benchmark:
        "logs/benchmarks/kamimura/bath_readings_data.tsv"
    conda:
        ENV
    params:
        code=code_digest(
            "papers/kamimura/bath_readings",
            "papers/kamimura/broadband",
            "papers/kamimura/tables",
            "papers/kamimura/burst",
        ),
        cfg=KYTM_BATH_CFG,
        burst=KYTM["burst"],
    script:
        "../scripts/kamimura/bath_readings_data.py"


rule kamimura_bath_readings_claims:
    """Claims kytm.broadband.*, kytm.parallel.bath_reading and kytm.eq11.norm."""
    input:
        broadband="results/kamimura/broadband.csv",
        parallel_bath="results/kamimura/parallel_bath.csv",
    output:
        claims="results/claims/kamimura_bath_readings.json",
    log:
        "logs/kamimura/bath_readings_claims.log",
    benchmark:
        "logs/benchmarks/kamimura/bath_readings_claims.tsv"
    conda:
        ENV
    params:
        code=code_digest(
            "papers/kamimura/schemas", "papers/kamimura/bath_readings_claims"
        ),
        cfg=KYTM_BATH_CFG,
        kytm=KYTM,
        artifacts=[
            "results/kamimura/broadband.csv",
            "results/kamimura/parallel_bath.csv",
        ],
    script:
        "../scripts/kamimura/bath_readings_claims.py"
