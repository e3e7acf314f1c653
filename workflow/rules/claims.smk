# The claims ledger: merge the per-paper claim files into results/claims.json, and check it.


rule claims_merge:
    """One machine-readable ledger of every checked claim."""
    input:
        claims=lambda wc: sorted(CLAIM_FILES),
        tests=sorted(map(os.path.relpath, (REPO / "tests").glob("test_*.py"))),
    output:
        ledger="results/claims.json",
    log:
        "logs/claims/merge.log",
    benchmark:
        "logs/benchmarks/claims/merge.tsv"
    conda:
        ENV
    params:
        code=code_digest("plumbing/deps"),
        tests_dir=lambda wc: repo_path("tests"),
        package=lambda wc: repo_path("src", "qthermo"),
    script:
        "../scripts/claims_merge.py"


rule manifest:
    """Every output with its sealed SHA-256 and producing rule (what verify recomputes)."""
    input:
        lambda wc: sorted(output_producers()),
    output:
        manifest="results/manifest.json",
    log:
        "logs/claims/manifest.log",
    benchmark:
        "logs/benchmarks/claims/manifest.tsv"
    conda:
        ENV
    params:
        code=code_digest("ledger/manifest"),
        producers=lambda wc: output_producers(),
        seal_dir=os.path.relpath(SEAL_DIR),
        config_hash=config_hash(config),
    script:
        "../scripts/manifest.py"


# verify and baseline_check have no output (not even a benchmark: file), so they run every time.
rule verify:
    """Fail on an unexpected claim outcome, an incomplete or edited ledger, or any output that is
    missing, changed after its job wrote it, or produced by no rule."""
    input:
        ledger="results/claims.json",
        manifest="results/manifest.json",
    log:
        "logs/claims/verify.log",
    conda:
        ENV
    params:
        expected=repo_path("baseline", "claims.json"),
        seal_dir=os.path.relpath(SEAL_DIR),
    shell:
        "python -m qthermo.ledger.verify {input.ledger} --manifest {input.manifest}"
        " --expected {params.expected} --seal-dir {params.seal_dir} 2>&1 | tee {log};"
        " exit ${{PIPESTATUS[0]}}"


rule baseline_check:
    """Compare claims and figure data with the committed reference baseline (baseline/)."""
    input:
        ledger="results/claims.json",
        targets=lambda wc: FINAL_TARGETS,
    log:
        "logs/claims/baseline_check.log",
    conda:
        ENV
    shell:
        "python -m qthermo.ledger.baseline check 2>&1 | tee {log}; exit ${{PIPESTATUS[0]}}"


# Papers that declare interpretation choices (src/qthermo/papers/<paper>/alternatives.py).
SENSITIVITY_PAPERS = sorted(
    p.parent.name
    for p in (REPO / "src" / "qthermo" / "papers").glob("*/alternatives.py")
)
WILDCARD_VALUES["paper"] = SENSITIVITY_PAPERS


rule sensitivity:
    """One paper's interpretation choices and scans: affected claims under every reading."""
    output:
        json="results/{paper}/sensitivity.json",
    log:
        "logs/{paper}/sensitivity.log",
    benchmark:
        "logs/benchmarks/{paper}/sensitivity.tsv"
    wildcard_constraints:
        paper="|".join(SENSITIVITY_PAPERS) or "no-paper",
    conda:
        ENV
    params:
        code=lambda wc: code_digest(
            f"papers/{wc.paper}/alternatives", "ledger/alternatives"
        ),
        cfg=lambda wc: {
            k: config[wc.paper][k]
            for k in literal_constant(
                REPO / "src" / "qthermo" / "papers" / wc.paper / "alternatives.py",
                "CONFIG_KEYS",
            )
        },
    script:
        "../scripts/sensitivity.py"


rule sensitivity_merge:
    """All papers' sensitivity records, cross-checked against the ledger."""
    input:
        records=expand("results/{paper}/sensitivity.json", paper=SENSITIVITY_PAPERS),
        ledger="results/claims.json",
    output:
        json="results/sensitivity.json",
    log:
        "logs/claims/sensitivity_merge.log",
    benchmark:
        "logs/benchmarks/claims/sensitivity_merge.tsv"
    conda:
        ENV
    params:
        code=code_digest("ledger/alternatives"),
    script:
        "../scripts/sensitivity_merge.py"
