"""Rule tf_engine_compute: limit cycles of the 2-qubit superradiant engine (Figs. 3 and 4)."""

from qthermo.papers.tajima_funo.engine import fig3_tables, fig4_tables
from qthermo.plumbing.outputs import write_csv, write_json
from qthermo.plumbing.runlog import job_logger

log = job_logger("tf_engine_compute", snakemake.log[0])
cfg = snakemake.params.cfg
fig3, fig3_details, summary = fig3_tables(
    cfg, hbar=snakemake.params.hbar, support_tol=snakemake.params.support_tol
)
write_csv(snakemake.output.fig3, fig3)
write_csv(snakemake.output.fig3_details, fig3_details)
write_json(snakemake.output.summary, summary)
log.info(f"Fig. 3 at t=0: {fig3.iloc[0].to_dict()}")
fig4, fig4_details = fig4_tables(cfg, hbar=snakemake.params.hbar)
write_csv(snakemake.output.fig4, fig4)
write_csv(snakemake.output.fig4_details, fig4_details)
log.info(
    f"Fig. 4: {len(fig4)} tau_C values; max closure "
    f"{fig4_details[['closure_fixed_point', 'closure_after_one_pass']].to_numpy().max():.2e}"
)
