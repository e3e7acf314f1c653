"""Rule kamimura_superabsorption_data: the three Omega readings of Eq. (18)."""

from qthermo.papers.kamimura.superabsorption import superabsorption_table
from qthermo.plumbing.outputs import write_csv
from qthermo.plumbing.runlog import job_logger

log = job_logger(snakemake.rule, snakemake.log[0])
df = superabsorption_table(snakemake.params.cfg, progress=log.info)
write_csv(snakemake.output.csv, df)
log.info(f"wrote {snakemake.output.csv} ({len(df)} rows)")
