"""Rule kamimura_sweep: thin wrapper around qthermo.analyses.kamimura.sweep."""

from qthermo.analyses.kamimura import sweep
from qthermo.outputs import write_csv
from qthermo.runlog import job_logger

log = job_logger("kamimura_sweep", snakemake.log[0])
tables = sweep(snakemake.params.cfg, progress=log.info)
for name, df in tables.items():
    write_csv(snakemake.output[name], df)
    log.info(f"wrote {snakemake.output[name]} ({len(df)} rows)")
