# Diosi, talk slides "Autonomy of coupled quantum thermodynamic systems" (2014); local master
# equation problem: Levy & Kosloff, EPL 107, 20004 (2014), doi:10.1209/0295-5075/107/20004.
# Two thermalized qubits: incoherent resonant coupling (heat flow, slides 4-5) and the local
# coherent-coupling master equation (second-law violation map, slide 3).
# Chain: diosi_heat_flow_data (models + stationary states) -> diosi_heat_flow_claims and
# diosi_heat_flow (figure); notebook on the cached results.

DIOSI = config["diosi"]

CLAIM_FILES.append("results/claims/diosi.json")
CLAIM_FILES.append("results/claims/diosi_printed.json")
FINAL_TARGETS.extend(
    [
        "figures/diosi_heat_flow.pdf",
        "figures/diosi_heat_flow.png",
        "results/notebooks/diosi.ipynb",
    ]
)


rule diosi_heat_flow_data:
    """Exact stationary states, heat currents and entropy production of both models."""
    output:
        incoherent="results/diosi/incoherent.csv",
        local="results/diosi/local_map.csv",
    log:
        "logs/diosi/heat_flow_data.log",
    benchmark:
        "logs/benchmarks/diosi/heat_flow_data.tsv"
    conda:
        ENV
    params:
        code=code_digest("papers/diosi/heat_flow"),
        cfg=DIOSI,
        support_tol=config["numerics"]["support_tol"],
    script:
        "../scripts/diosi/heat_flow_data.py"


rule diosi_heat_flow_claims:
    """Claims diosi.energy_balance, .exact_current, .leading_order, .slide_formula,
    .slide_steady_state, .incoherent_second_law, .local_me_violation."""
    input:
        incoherent=rules.diosi_heat_flow_data.output.incoherent,
        local=rules.diosi_heat_flow_data.output.local,
    output:
        claims="results/claims/diosi.json",
    log:
        "logs/diosi/heat_flow_claims.log",
    benchmark:
        "logs/benchmarks/diosi/heat_flow_claims.tsv"
    conda:
        ENV
    params:
        code=code_digest("papers/diosi/schemas", "papers/diosi/claims"),
        cfg=DIOSI,
        artifacts=[
            "figures/diosi_heat_flow.png",
            "results/diosi/incoherent.csv",
            "results/diosi/local_map.csv",
        ],
    script:
        "../scripts/diosi/heat_flow_claims.py"


rule diosi_printed_claims:
    """Claims diosi.{stationary_state,current_operator}.{printed,corrected} (slide 1)."""
    output:
        claims="results/claims/diosi_printed.json",
    log:
        "logs/diosi/printed_claims.log",
    benchmark:
        "logs/benchmarks/diosi/printed_claims.tsv"
    conda:
        ENV
    params:
        code=code_digest("papers/diosi/printed_forms"),
        cfg={"printed": DIOSI["printed"]},
    script:
        "../scripts/diosi/printed_claims.py"


rule diosi_heat_flow:
    """Figure: J_A versus eps/Gamma against the formulas; sign map of the local-ME sigma."""
    input:
        incoherent=rules.diosi_heat_flow_data.output.incoherent,
        local=rules.diosi_heat_flow_data.output.local,
    output:
        pdf="figures/diosi_heat_flow.pdf",
        png=report(
            "figures/diosi_heat_flow.png",
            caption="../report/diosi_heat_flow.rst",
            category="Diosi",
        ),
    log:
        "logs/diosi/heat_flow.log",
    benchmark:
        "logs/benchmarks/diosi/heat_flow.tsv"
    conda:
        ENV
    params:
        code=code_digest("papers/diosi/schemas", "papers/diosi/heat_flow_plot"),
        cfg=DIOSI,
    script:
        "../scripts/diosi/heat_flow.py"


rule diosi_notebook:
    """Executed notebook: figure, numbers, interpretation choices and assertions on the claims."""
    input:
        nb=repo_path("notebooks", "diosi.py"),
        claims=rules.diosi_heat_flow_claims.output.claims,
        incoherent=rules.diosi_heat_flow_data.output.incoherent,
        local=rules.diosi_heat_flow_data.output.local,
        png=rules.diosi_heat_flow.output.png,
        global_csv=[
            "results/diosi/global_comparison.csv",
            "results/diosi/global_map.csv",
        ],
        global_png="figures/diosi_global.png",
        detuned=[
            "results/claims/diosi_detuned.json",
            "results/diosi/detuned_map.csv",
            "results/diosi/strong_eps.csv",
        ],
        noise=["results/claims/diosi_noise.json", "results/diosi/noise_average.csv"],
    output:
        ipynb="results/notebooks/diosi.ipynb",
    log:
        "logs/diosi/notebook.log",
    benchmark:
        "logs/benchmarks/diosi/notebook.tsv"
    conda:
        ENV
    params:
        code=code_digest("plumbing/notebooks"),
    shell:
        "python -m qthermo.plumbing.notebooks {input.nb} {output.ipynb} > {log} 2>&1"


# ---------------------------------------------------------------------------------------------
# Slide 2's "correct equation" (issue 14; our construction): the joint thermalizer beside the
# local and incoherent equations. Chain: data -> claims -> figure.

CLAIM_FILES.append("results/claims/diosi_global.json")
FINAL_TARGETS.extend(["figures/diosi_global.pdf", "figures/diosi_global.png"])


rule diosi_global_data:
    """Local, global and incoherent stationary currents on one eps grid; global on the map."""
    output:
        global_comparison="results/diosi/global_comparison.csv",
        global_map="results/diosi/global_map.csv",
    log:
        "logs/diosi/global_data.log",
    benchmark:
        "logs/benchmarks/diosi/global_data.tsv"
    conda:
        ENV
    params:
        code=code_digest("papers/diosi/global_me"),
        cfg=DIOSI["global"],
        local=DIOSI["local"],
    script:
        "../scripts/diosi/global_data.py"


rule diosi_global_claims:
    """Claims diosi.global.*: second law, local ME wrong at weak coupling, secular breakdown."""
    input:
        **rules.diosi_global_data.output,
        local=rules.diosi_heat_flow_data.output.local,
    output:
        claims="results/claims/diosi_global.json",
    log:
        "logs/diosi/global_claims.log",
    benchmark:
        "logs/benchmarks/diosi/global_claims.tsv"
    conda:
        ENV
    params:
        code=code_digest("papers/diosi/schemas", "papers/diosi/global_claims"),
        cfg=DIOSI,
        artifacts=[
            "figures/diosi_global.png",
            "results/diosi/global_comparison.csv",
            "results/diosi/global_map.csv",
        ],
    script:
        "../scripts/diosi/global_claims.py"


rule diosi_global:
    """Figure: currents of the three equations against eps/Gamma; global sigma on the map."""
    input:
        **rules.diosi_global_data.output,
        local=rules.diosi_heat_flow_data.output.local,
    output:
        pdf="figures/diosi_global.pdf",
        png=report(
            "figures/diosi_global.png",
            caption="../report/diosi_global.rst",
            category="Diosi",
        ),
    log:
        "logs/diosi/global.log",
    benchmark:
        "logs/benchmarks/diosi/global.tsv"
    conda:
        ENV
    params:
        code=code_digest(
            "papers/diosi/schemas",
            "papers/diosi/global_claims",
            "plumbing/figures",
            "plumbing/provenance",
        ),
        cfg=DIOSI,
    script:
        "../scripts/diosi/global.py"


# ---------------------------------------------------------------------------------------------
# The incoherent coupling off resonance (slides 3 and 6: "resonance appears to be required for
# consistency") and the resonant current at eps ~ Gamma and above (issue 14). No figure: the
# claims carry the numbers. Chain: data -> claims.

CLAIM_FILES.append("results/claims/diosi_detuned.json")


rule diosi_detuned_data:
    """Detuned incoherent coupling on the (omega_A/omega_B, T_A/T_B) map; strong-eps currents."""
    output:
        detuned_map="results/diosi/detuned_map.csv",
        strong_eps="results/diosi/strong_eps.csv",
    log:
        "logs/diosi/detuned_data.log",
    benchmark:
        "logs/benchmarks/diosi/detuned_data.tsv"
    conda:
        ENV
    params:
        code=code_digest("papers/diosi/detuned"),
        cfg={k: DIOSI[k] for k in ("detuned", "strong", "incoherent")},
        support_tol=config["numerics"]["support_tol"],
    script:
        "../scripts/diosi/detuned_data.py"


rule diosi_detuned_claims:
    """Claims diosi.detuned.energy_exchange, .heat_direction and diosi.strong_coupling."""
    input:
        **rules.diosi_detuned_data.output,
    output:
        claims="results/claims/diosi_detuned.json",
    log:
        "logs/diosi/detuned_claims.log",
    benchmark:
        "logs/benchmarks/diosi/detuned_claims.tsv"
    conda:
        ENV
    params:
        code=code_digest("papers/diosi/schemas", "papers/diosi/detuned_claims"),
        cfg=DIOSI,
        artifacts=["results/diosi/detuned_map.csv", "results/diosi/strong_eps.csv"],
    script:
        "../scripts/diosi/detuned_claims.py"


# ---------------------------------------------------------------------------------------------
# Slide 3's stochastic coupling averaged over seeded noise realisations against L_K, and
# slide 1's vanishing current (issue 14). Chain: data -> claims.

CLAIM_FILES.append("results/claims/diosi_noise.json")


rule diosi_noise_data:
    """Noise-averaged state of the white-noise coupling (seeded trajectories)."""
    output:
        noise_average="results/diosi/noise_average.csv",
    log:
        "logs/diosi/noise_data.log",
    benchmark:
        "logs/benchmarks/diosi/noise_data.tsv"
    conda:
        ENV
    params:
        code=code_digest("papers/diosi/noise"),
        cfg=DIOSI["noise"],
    script:
        "../scripts/diosi/noise_data.py"


rule diosi_noise_claims:
    """Claims diosi.noise_average (statistical agreement) and diosi.s1.current_vanishes."""
    input:
        **rules.diosi_noise_data.output,
    output:
        claims="results/claims/diosi_noise.json",
    log:
        "logs/diosi/noise_claims.log",
    benchmark:
        "logs/benchmarks/diosi/noise_claims.tsv"
    conda:
        ENV
    params:
        code=code_digest("papers/diosi/schemas", "papers/diosi/noise"),
        cfg=DIOSI,
        artifacts=["results/diosi/noise_average.csv"],
    script:
        "../scripts/diosi/noise_claims.py"
