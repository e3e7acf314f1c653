# Human-readable outputs: the provenance record, and the claims ledger as a Markdown report
# (results/REPORT.md, linked to the figures) and as an HTML table for `snakemake --report`.

FINAL_TARGETS.extend(
    ["results/provenance.json", "results/REPORT.md", "results/claims_table.html"]
)

# Sources whose content the provenance digest covers: the package and the workflow definition.
PROVENANCE_SOURCES = sorted(
    {
        str(p)
        for pattern in (
            "src/qthermo/**/*.py",
            "workflow/*.smk",
            "workflow/rules/*.smk",
            "workflow/scripts/**/*.py",
            "config/*.yaml",
            "workflow/schemas/*.yaml",
            "Snakefile",
        )
        for p in map(os.path.relpath, REPO.glob(pattern))
    }
)


rule provenance:
    """Software versions, config hashes and a source digest (no timestamps)."""
    input:
        sources=PROVENANCE_SOURCES,
    output:
        json=report(
            "results/provenance.json",
            caption="../report/provenance.rst",
            category="Provenance",
        ),
    log:
        "logs/report/provenance.log",
    benchmark:
        "logs/benchmarks/report/provenance.tsv"
    # first: it is ready from the start and its ~300 source inputs would otherwise be
    # re-examined at every scheduling round until it runs (see qthermo.plumbing.deps)
    priority: 100
    conda:
        ENV
    params:
        code=code_digest("plumbing/provenance", "ledger/report"),
        cfg=config,
        root=repo_path(),
    script:
        "../scripts/report_provenance.py"


rule claims_report:
    """The claims table as Markdown (with figure links) and as self-contained HTML."""
    input:
        ledger="results/claims.json",
        sensitivity="results/sensitivity.json",
        figures=lambda wc: sorted({f for f in FINAL_TARGETS if f.endswith(".png")}),
        inventories=sorted(
            map(os.path.relpath, REPO.glob("src/qthermo/papers/*/inventory/*.yaml"))
        ),
    output:
        md="results/REPORT.md",
        html=report(
            "results/claims_table.html",
            caption="../report/claims_table.rst",
            category="Claims",
        ),
    log:
        "logs/report/claims_report.log",
    benchmark:
        "logs/benchmarks/report/claims_report.tsv"
    conda:
        ENV
    params:
        code=code_digest("ledger/referee"),
        package=lambda wc: repo_path("src", "qthermo"),
    script:
        "../scripts/report_claims.py"
