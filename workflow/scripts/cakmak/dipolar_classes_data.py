"""Rule cakmak_dipolar_classes_data: Sec. III B classes, H_d oscillations, far-apart limit."""

from qthermo.papers.cakmak.dipolar_classes import class_table, far_table, oscillation_table
from qthermo.plumbing.outputs import write_csv
from qthermo.plumbing.runlog import job_logger

log = job_logger(snakemake.rule, snakemake.log[0])
c = snakemake.params.cfg
tables = {
    "dipolar_classes": class_table(c),
    "dipolar_oscillations": oscillation_table(c),
    "far_limit": far_table(c),
}
for name, df in tables.items():
    write_csv(snakemake.output[name], df)
    log.info(f"wrote {snakemake.output[name]} ({len(df)} rows)")
