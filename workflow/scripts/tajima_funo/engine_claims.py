"""Rule tajima_funo_engine_claims: claims tf.fig3.*, tf.fig4.*, tf.carnot.*, tf.engine.*,
tf.limit_cycle.closure."""

from qthermo.ledger.claims import write_claims
from qthermo.papers.tajima_funo import engine_claims as tf_engine
from qthermo.papers.tajima_funo import fig2 as tf_fig2
from qthermo.papers.tajima_funo import schemas
from qthermo.papers.tajima_funo.carnot_activity_claims import (
    activity_scaling_claim,
    entropy_production_claim,
)
from qthermo.plumbing.outputs import read_json
from qthermo.plumbing.runlog import job_logger
from qthermo.plumbing.tables import read_table

log = job_logger(snakemake.rule, snakemake.log[0])
inp, par = snakemake.input, snakemake.params
sr, cn = par.superradiant, par.carnot
fig3 = read_table(inp.fig3, schemas.fig3(sr))
fig3_details = read_table(inp.fig3_details, schemas.fig3_details(sr))
fig4 = read_table(inp.fig4, schemas.fig4(sr))
fig4_details = read_table(inp.fig4_details, schemas.fig4_details(sr))
summary = read_json(inp.summary)
carnot = read_table(inp.carnot, schemas.fig2(cn))
check = read_table(inp.carnot_check, schemas.fig2_check(cn))
claims = tf_engine.evaluate_claims(
    fig3, fig3_details, fig4, fig4_details, summary, sr, par.artifacts
)
claims += tf_fig2.evaluate_claims(carnot, check, cn, par.artifacts["fig2"])
claims.append(activity_scaling_claim(carnot, cn, par.artifacts["fig2"]))
claims.append(entropy_production_claim(carnot, cn, par.artifacts["fig2"]))
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
