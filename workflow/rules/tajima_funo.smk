# Tajima & Funo, PRL 127, 190604 (2021), doi:10.1103/PhysRevLett.127.190604
# Fig. 1: the 2N-state model (Eqs. 5-7) with and without coherence.
# Chain: sweep (model generation + state evaluation) -> claims -> plot.

TF = config["tajima_funo"]

CLAIM_FILES.append("results/claims/tajima_funo_fig1.json")
FINAL_TARGETS.extend(["figures/tajima_funo_fig1.pdf", "figures/tajima_funo_fig1.png"])


rule tf_fig1_sweep:
    """J_tot, sigma, CD ratio and bounds for rho^+ and rho^+_sd versus N."""
    input:
        code=pkg(
            "model", "lindblad", "thermo", "coherence", "tradeoff", "two_n_state", "analyses/tf_fig1"
        ),
    output:
        csv="results/tajima_funo/fig1.csv",
    params:
        cfg=TF["fig1"],
        hbar=TF["hbar"],
        support_tol=config["numerics"]["support_tol"],
    log:
        "logs/tajima_funo/fig1_sweep.log",
    conda:
        ENV
    threads: 1
    resources:
        mem_mb=1000,
        runtime=5,
    script:
        "../scripts/tajima_funo_fig1_sweep.py"


rule tf_fig1_claims:
    """Claims tf.eq6, tf.eq7, tf.fig1.*, tf.ineq2-4."""
    input:
        csv=rules.tf_fig1_sweep.output.csv,
        code=pkg("analyses/tf_fig1"),
    output:
        claims="results/claims/tajima_funo_fig1.json",
    params:
        cfg=TF["fig1"],
        artifacts=["figures/tajima_funo_fig1.png", "results/tajima_funo/fig1.csv"],
    log:
        "logs/tajima_funo/fig1_claims.log",
    conda:
        ENV
    threads: 1
    resources:
        mem_mb=500,
        runtime=2,
    script:
        "../scripts/tajima_funo_fig1_claims.py"


rule tf_fig1_plot:
    """Figure: level diagram, J_tot and sigma versus N, CD ratio versus the bounds."""
    input:
        csv=rules.tf_fig1_sweep.output.csv,
        code=pkg("figures", "provenance", "analyses/tf_fig1"),
    output:
        pdf="figures/tajima_funo_fig1.pdf",
        png=report(
            "figures/tajima_funo_fig1.png",
            caption="../report/tajima_funo_fig1.rst",
            category="Tajima-Funo",
        ),
    params:
        cfg=TF["fig1"],
    log:
        "logs/tajima_funo/fig1_plot.log",
    conda:
        ENV
    threads: 1
    resources:
        mem_mb=1000,
        runtime=2,
    script:
        "../scripts/tajima_funo_fig1_plot.py"
