"""Rule tajima_funo_engine_claims: claims tf.fig3.*, tf.fig4.*, tf.carnot.*, tf.engine.*,
tf.limit_cycle.closure."""

import pandas as pd

from qthermo.ledger.claims import write_claims
from qthermo.papers.tajima_funo import engine_claims as tf_engine
from qthermo.papers.tajima_funo import fig2 as tf_fig2
from qthermo.plumbing.outputs import read_json
from qthermo.plumbing.runlog import job_logger

log = job_logger(snakemake.rule, snakemake.log[0])
inp, par = snakemake.input, snakemake.params
fig3 = pd.read_csv(inp.fig3)
fig3_details = pd.read_csv(inp.fig3_details)
fig4 = pd.read_csv(inp.fig4)
fig4_details = pd.read_csv(inp.fig4_details)
summary = read_json(inp.summary)
carnot = pd.read_csv(inp.carnot)
check = pd.read_csv(inp.carnot_check)
sr, cn = par.superradiant, par.carnot
claims = tf_engine.evaluate_claims(
    fig3, fig3_details, fig4, fig4_details, summary, sr, par.artifacts
)
claims += tf_fig2.evaluate_claims(carnot, check, cn, par.artifacts["fig2"])
claims.append(
    tf_engine.closure_claim(
        summary,
        fig4_details,
        carnot,
        check,
        sr["closure_tol"],
        par.artifacts["closure"],
        parameters={"null_tol": [sr["null_tol"], cn["null_tol"]]},
    )
)
write_claims(snakemake.output.claims, claims)
for c in claims:
    log.info(f"{c.id}: {c.status} {c.measured}")
