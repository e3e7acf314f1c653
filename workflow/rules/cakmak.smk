# Cakmak, Manatuly & Mustecaplioglu, PRA 96, 032117 (2017), doi:10.1103/PhysRevA.96.032117
# Thermal generation of coherence: Figs. 2-4, the large-N extension, harvesting (Sec. III C).
# Chain: compute (n2, scaling, harvest) -> claims -> plot -> notebook.

CK = config["cakmak"]
CK_DIR = "results/cakmak"
CK_FIGS = ["fig2", "fig3", "fig4", "scaling_beyond", "harvesting"]

CLAIM_FILES.append("results/claims/cakmak.json")
FINAL_TARGETS.extend(
    [f"figures/cakmak_{f}.{ext}" for f in CK_FIGS for ext in ("pdf", "png")]
    + ["results/notebooks/cakmak.ipynb"]
)


rule cakmak_n2:
    """N = 2: C_l1(t) for Fig. 2 (vs Eq. 5) and Fig. 3, long-time limits, high-nbar limit."""
    input:
        code=pkg("core/superop", "core/coherence", "papers/cakmak/model", "papers/cakmak/fig2_fig3"),
    output:
        fig2=f"{CK_DIR}/fig2.csv",
        fig3=f"{CK_DIR}/fig3.csv",
        fig3_longtime=f"{CK_DIR}/fig3_longtime.csv",
        high_temperature=f"{CK_DIR}/high_temperature.csv",
    params:
        cfg=CK,
    log:
        "logs/cakmak/n2.log",
    script:
        "../scripts/cakmak_n2.py"


rule cakmak_scaling:
    """Long-time C_l1 vs N: full space and symmetric subspace (Fig. 4), N to 1000, saturation."""
    input:
        code=pkg("core/coherence", "papers/cakmak/model", "papers/cakmak/symmetric", "papers/cakmak/scaling"),
    output:
        fig4=f"{CK_DIR}/fig4.csv",
        fig4_dipolar=f"{CK_DIR}/fig4_dipolar.csv",
        beyond=f"{CK_DIR}/beyond.csv",
        saturation=f"{CK_DIR}/saturation.csv",
    params:
        cfg=CK,
    log:
        "logs/cakmak/scaling.log",
    resources:
        mem_mb=1500,
        runtime=5,
    script:
        "../scripts/cakmak_scaling.py"


rule cakmak_harvest:
    """Harvesting: Table I, Eq. (30) effective temperature, repeated-interaction simulation."""
    input:
        code=pkg("papers/cakmak/model", "papers/cakmak/harvesting", "papers/cakmak/harvest_analysis"),
    output:
        harvest=f"{CK_DIR}/harvest.csv",
        harvest_sim=f"{CK_DIR}/harvest_sim.csv",
        harvest_table1=f"{CK_DIR}/harvest_table1.csv",
    params:
        cfg=CK,
    log:
        "logs/cakmak/harvest.log",
    script:
        "../scripts/cakmak_harvest.py"


rule cakmak_claims:
    """Claims ck.eq5, ck.high_temperature_limit, ck.dipolar_independence, ck.fig4.*,
    ck.extrapolation, ck.beyond.closed_form, ck.nbar_saturation, ck.harvest.*."""
    input:
        **rules.cakmak_n2.output,
        **rules.cakmak_scaling.output,
        **rules.cakmak_harvest.output,
        code=pkg(
            "papers/cakmak/model",
            "papers/cakmak/symmetric",
            "papers/cakmak/harvesting",
            "papers/cakmak/fig2_fig3",
            "papers/cakmak/scaling",
            "papers/cakmak/harvest_analysis",
        ),
    output:
        claims="results/claims/cakmak.json",
    params:
        cfg=CK,
        artifacts={
            "fig2": ["figures/cakmak_fig2.png", f"{CK_DIR}/fig2.csv", f"{CK_DIR}/high_temperature.csv"],
            "fig3": ["figures/cakmak_fig3.png", f"{CK_DIR}/fig3.csv", f"{CK_DIR}/fig3_longtime.csv"],
            "fig4": ["figures/cakmak_fig4.png", f"{CK_DIR}/fig4.csv", f"{CK_DIR}/fig4_dipolar.csv"],
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
    log:
        "logs/cakmak/claims.log",
    script:
        "../scripts/cakmak_claims.py"


rule cakmak_plot:
    """Figures: Figs. 2-4, the extension beyond N = 7 with the nbar saturation, harvesting."""
    input:
        **rules.cakmak_n2.output,
        **rules.cakmak_scaling.output,
        **rules.cakmak_harvest.output,
        code=pkg(
            "plumbing/figures",
            "plumbing/provenance",
            "papers/cakmak/model",
            "papers/cakmak/symmetric",
            "papers/cakmak/harvesting",
            "papers/cakmak/fig2_fig3",
            "papers/cakmak/scaling",
            "papers/cakmak/harvest_analysis",
        ),
    output:
        fig2_pdf="figures/cakmak_fig2.pdf",
        fig2_png=report(
            "figures/cakmak_fig2.png",
            caption="../report/cakmak_fig2.rst",
            category="Cakmak et al.",
        ),
        fig3_pdf="figures/cakmak_fig3.pdf",
        fig3_png=report(
            "figures/cakmak_fig3.png",
            caption="../report/cakmak_fig3.rst",
            category="Cakmak et al.",
        ),
        fig4_pdf="figures/cakmak_fig4.pdf",
        fig4_png=report(
            "figures/cakmak_fig4.png",
            caption="../report/cakmak_fig4.rst",
            category="Cakmak et al.",
        ),
        beyond_pdf="figures/cakmak_scaling_beyond.pdf",
        beyond_png=report(
            "figures/cakmak_scaling_beyond.png",
            caption="../report/cakmak_scaling_beyond.rst",
            category="Cakmak et al.",
        ),
        harvest_pdf="figures/cakmak_harvesting.pdf",
        harvest_png=report(
            "figures/cakmak_harvesting.png",
            caption="../report/cakmak_harvesting.rst",
            category="Cakmak et al.",
        ),
    params:
        cfg=CK,
    log:
        "logs/cakmak/plot.log",
    script:
        "../scripts/cakmak_plot.py"


rule cakmak_notebook:
    """Executed notebook: cached tables, figures, interpretation, assertions on the claims."""
    input:
        nb="notebooks/cakmak.py",
        claims=rules.cakmak_claims.output.claims,
        csv=[*rules.cakmak_n2.output, *rules.cakmak_scaling.output, *rules.cakmak_harvest.output],
        png=[f"figures/cakmak_{f}.png" for f in CK_FIGS],
    output:
        ipynb="results/notebooks/cakmak.ipynb",
    log:
        "logs/cakmak/notebook.log",
    shell:
        "jupytext --to ipynb --set-kernel python3 --execute --output {output.ipynb} {input.nb} > {log} 2>&1"
