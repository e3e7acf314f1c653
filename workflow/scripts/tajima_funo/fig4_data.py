"""Rule tajima_funo_fig4_data: tau_C sweep of the superradiant engine's limit cycles."""

from qthermo.papers.tajima_funo.fig4 import fig4_tables
from qthermo.plumbing.outputs import write_csv
from qthermo.plumbing.runlog import job_logger

log = job_logger(snakemake.rule, snakemake.log[0])
fig4, fig4_details = fig4_tables(snakemake.params.cfg, hbar=snakemake.params.hbar)
write_csv(snakemake.output.fig4, fig4)
write_csv(snakemake.output.fig4_details, fig4_details)
log.info(
    f"Fig. 4: {len(fig4)} tau_C values; max closure "
    f"{fig4_details[['closure_fixed_point', 'closure_after_one_pass']].to_numpy().max():.2e}"
)
