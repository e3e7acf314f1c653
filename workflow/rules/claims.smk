# The claims ledger: merge the per-paper claim files into results/claims.json, and check it.


rule claims_merge:
    """One machine-readable ledger of every checked claim."""
    input:
        claims=lambda wc: sorted(CLAIM_FILES),
        code=pkg("plumbing/deps"),
        tests=sorted(str(p) for p in (REPO / "tests").glob("test_*.py")),
    output:
        ledger="results/claims.json",
    params:
        tests_dir=str(REPO / "tests"),
        package=str(REPO / "src" / "qthermo"),
    log:
        "logs/claims/merge.log",
    script:
        "../scripts/claims_merge.py"


rule verify:
    """Exit non-zero when any claim's status differs from its expected outcome."""
    input:
        ledger="results/claims.json",
    log:
        "logs/claims/verify.log",
    shell:
        "python -m qthermo.ledger.verify {input.ledger} 2>&1 | tee {log}; exit ${{PIPESTATUS[0]}}"


rule baseline_check:
    """Compare claims and figure data with the committed reference baseline (baseline/)."""
    input:
        ledger="results/claims.json",
        targets=lambda wc: FINAL_TARGETS,
    log:
        "logs/claims/baseline_check.log",
    shell:
        "python -m qthermo.ledger.baseline check 2>&1 | tee {log}; exit ${{PIPESTATUS[0]}}"
