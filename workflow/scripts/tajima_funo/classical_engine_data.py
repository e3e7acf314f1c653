"""Rule tajima_funo_classical_engine_data: thin wrapper around papers.tajima_funo.classical_engine."""

from qthermo.papers.tajima_funo.classical_engine import classical_engine_table
from qthermo.plumbing.outputs import write_csv
from qthermo.plumbing.runlog import job_logger

log = job_logger(snakemake.rule, snakemake.log[0])
df = classical_engine_table(snakemake.params.cfg, hbar=snakemake.params.hbar)
write_csv(snakemake.output.csv, df)
log.info(
    f"wrote {snakemake.output.csv} ({len(df)} tau_C values); P_q/P_cl in "
    f"[{df.power_ratio.min():.4f}, {df.power_ratio.max():.4f}]"
)
