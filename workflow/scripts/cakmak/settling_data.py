"""Rule cakmak_settling_data: C_l1(t) from |g...g> (ladder chain and full space)."""

from qthermo.papers.cakmak.settling import full_f0_table, ladder_table
from qthermo.plumbing.outputs import write_csv
from qthermo.plumbing.runlog import job_logger

log = job_logger(snakemake.rule, snakemake.log[0])
c = snakemake.params.cfg
tables = {
    "settling_ladder": ladder_table(c, c["nbar"], c["gamma0"]),
    "settling_full": full_f0_table(c, c["nbar"], c["gamma0"]),
}
for name, df in tables.items():
    write_csv(snakemake.output[name], df)
    log.info(f"wrote {snakemake.output[name]} ({len(df)} rows)")
