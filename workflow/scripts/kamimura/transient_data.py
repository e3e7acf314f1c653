"""Rule kamimura_transient_data: the m = L transient and the burst's heat budget."""

from qthermo.papers.kamimura.transient_heat import transient_tables
from qthermo.plumbing.outputs import write_csv
from qthermo.plumbing.runlog import job_logger

log = job_logger(snakemake.rule, snakemake.log[0])
curves, budget = transient_tables(snakemake.params.cfg, progress=log.info)
for name, df in (("curves", curves), ("budget", budget)):
    write_csv(snakemake.output[name], df)
    log.info(f"wrote {snakemake.output[name]} ({len(df)} rows)")
