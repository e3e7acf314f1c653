"""Rule kamimura_steady_state_data: thin wrapper around papers.kamimura.steady_state_tables."""

from qthermo.papers.kamimura.steady_state_tables import steady_state_tables
from qthermo.plumbing.outputs import write_csv
from qthermo.plumbing.runlog import job_logger

log = job_logger(snakemake.rule, snakemake.log[0])
tables = steady_state_tables(snakemake.params.cfg, progress=log.info)
for name, df in tables.items():
    write_csv(snakemake.output[name], df)
    log.info(f"wrote {snakemake.output[name]} ({len(df)} rows)")
