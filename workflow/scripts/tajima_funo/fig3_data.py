"""Rule tajima_funo_fig3_data: hot-stroke time series of the superradiant engine's limit cycle."""

from qthermo.papers.tajima_funo.fig3 import fig3_tables
from qthermo.plumbing.outputs import write_csv, write_json
from qthermo.plumbing.runlog import job_logger

log = job_logger(snakemake.rule, snakemake.log[0])
fig3, fig3_details, summary = fig3_tables(
    snakemake.params.cfg, hbar=snakemake.params.hbar, support_tol=snakemake.params.support_tol
)
write_csv(snakemake.output.fig3, fig3)
write_csv(snakemake.output.fig3_details, fig3_details)
write_json(snakemake.output.summary, summary)
log.info(f"Fig. 3 at t=0: {fig3.iloc[0].to_dict()}")
