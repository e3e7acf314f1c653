# The claims ledger: merge the per-topic claim files into results/claims.json, and check it.


rule claims_merge:
    """One machine-readable ledger of every checked claim."""
    input:
        claims=lambda wc: sorted(CLAIM_FILES),
        code=pkg(),
    output:
        ledger="results/claims.json",
    log:
        "logs/claims/merge.log",
    conda:
        ENV
    threads: 1
    resources:
        mem_mb=500,
        runtime=2,
    script:
        "../scripts/claims_merge.py"


rule verify:
    """Exit non-zero when any claim's status differs from its expected outcome."""
    input:
        ledger="results/claims.json",
    log:
        "logs/claims/verify.log",
    conda:
        ENV
    threads: 1
    resources:
        mem_mb=500,
        runtime=2,
    shell:
        "python -m qthermo.verify {input.ledger} 2>&1 | tee {log}; exit ${{PIPESTATUS[0]}}"


rule baseline_check:
    """Compare claims and figure data with the committed reference baseline (baseline/)."""
    input:
        ledger="results/claims.json",
        targets=lambda wc: FINAL_TARGETS,
    log:
        "logs/claims/baseline_check.log",
    conda:
        ENV
    threads: 1
    resources:
        mem_mb=1000,
        runtime=2,
    shell:
        "python -m qthermo.baseline check 2>&1 | tee {log}; exit ${{PIPESTATUS[0]}}"
