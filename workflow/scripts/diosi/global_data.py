"""Rule diosi_global_data: the joint thermalizer beside the local and incoherent equations."""

from qthermo.papers.diosi.global_me import comparison_table, global_map_table
from qthermo.plumbing.outputs import write_csv
from qthermo.plumbing.runlog import job_logger

log = job_logger(snakemake.rule, snakemake.log[0])
tables = {
    "global_comparison": comparison_table(snakemake.params.cfg),
    "global_map": global_map_table(snakemake.params.local),
}
for name, df in tables.items():
    write_csv(snakemake.output[name], df)
    log.info(f"wrote {snakemake.output[name]} ({len(df)} rows)")
