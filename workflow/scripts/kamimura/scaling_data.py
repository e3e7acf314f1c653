"""Rule kamimura_scaling_data: thin wrapper around qthermo.papers.kamimura.tables.sweep."""

from qthermo.papers.kamimura.tables import sweep
from qthermo.plumbing.outputs import write_csv
from qthermo.plumbing.runlog import job_logger

log = job_logger(snakemake.rule, snakemake.log[0])
tables = sweep(snakemake.params.cfg, progress=log.info)
for name, df in tables.items():
    write_csv(snakemake.output[name], df)
    log.info(f"wrote {snakemake.output[name]} ({len(df)} rows)")
