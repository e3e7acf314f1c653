"""Rule cakmak_coherence_measures_data: C_re and C_l1 of the long-time state."""

from qthermo.papers.cakmak.coherence_measures import full_space_table, scaling_table
from qthermo.plumbing.outputs import write_csv
from qthermo.plumbing.runlog import job_logger

log = job_logger(snakemake.rule, snakemake.log[0])
c = snakemake.params.cfg
tables = {"coherence_measures": scaling_table(c), "coherence_measures_full": full_space_table(c)}
for name, df in tables.items():
    write_csv(snakemake.output[name], df)
    log.info(f"wrote {snakemake.output[name]} ({len(df)} rows)")
