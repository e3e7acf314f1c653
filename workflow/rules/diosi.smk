# Diosi, talk slides "Autonomy of coupled quantum thermodynamic systems" (2014); local master
# equation problem: Levy & Kosloff, EPL 107, 20004 (2014), doi:10.1209/0295-5075/107/20004.
# Two thermalized qubits: incoherent resonant coupling (heat flow, slides 4-5) and the local
# coherent-coupling master equation (second-law violation map, slide 3).
# Chain: sweep (models + stationary states) -> claims -> plot; notebook on the cached results.

DIOSI = config["diosi"]

CLAIM_FILES.append("results/claims/diosi.json")
FINAL_TARGETS.extend(
    [
        "figures/diosi_heat_flow.pdf",
        "figures/diosi_heat_flow.png",
        "results/notebooks/diosi.ipynb",
    ]
)


rule diosi_sweep:
    """Exact stationary states, heat currents and entropy production of both models."""
    input:
        code=pkg("core/model", "core/superop", "core/thermo", "papers/diosi/model", "papers/diosi/heat_flow"),
    output:
        incoherent="results/diosi/incoherent.csv",
        local="results/diosi/local_map.csv",
    params:
        cfg=DIOSI,
        support_tol=config["numerics"]["support_tol"],
    log:
        "logs/diosi/sweep.log",
    script:
        "../scripts/diosi_sweep.py"


rule diosi_claims:
    """Claims diosi.energy_balance, .exact_current, .leading_order, .slide_formula,
    .slide_steady_state, .incoherent_second_law, .local_me_violation."""
    input:
        incoherent=rules.diosi_sweep.output.incoherent,
        local=rules.diosi_sweep.output.local,
        code=pkg("papers/diosi/model", "papers/diosi/heat_flow"),
    output:
        claims="results/claims/diosi.json",
    params:
        cfg=DIOSI,
        artifacts=[
            "figures/diosi_heat_flow.png",
            "results/diosi/incoherent.csv",
            "results/diosi/local_map.csv",
        ],
    log:
        "logs/diosi/claims.log",
    script:
        "../scripts/diosi_claims.py"


rule diosi_plot:
    """Figure: J_A versus eps/Gamma against the formulas; sign map of the local-ME sigma."""
    input:
        incoherent=rules.diosi_sweep.output.incoherent,
        local=rules.diosi_sweep.output.local,
        code=pkg("plumbing/figures", "plumbing/provenance", "papers/diosi/model", "papers/diosi/heat_flow"),
    output:
        pdf="figures/diosi_heat_flow.pdf",
        png=report(
            "figures/diosi_heat_flow.png",
            caption="../report/diosi_heat_flow.rst",
            category="Diosi",
        ),
    params:
        cfg=DIOSI,
    log:
        "logs/diosi/plot.log",
    script:
        "../scripts/diosi_plot.py"


rule diosi_notebook:
    """Executed notebook: figure, numbers, interpretation choices and assertions on the claims."""
    input:
        nb="notebooks/diosi.py",
        claims=rules.diosi_claims.output.claims,
        incoherent=rules.diosi_sweep.output.incoherent,
        local=rules.diosi_sweep.output.local,
        png=rules.diosi_plot.output.png,
    output:
        ipynb="results/notebooks/diosi.ipynb",
    log:
        "logs/diosi/notebook.log",
    shell:
        "jupytext --to ipynb --set-kernel python3 --execute --output {output.ipynb} {input.nb} > {log} 2>&1"
