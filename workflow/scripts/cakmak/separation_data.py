"""Rule cakmak_separation_data: finite-separation tables (papers.cakmak.separation)."""

from qthermo.papers.cakmak.separation import curve_table, fig3_consistency_table, lifetime_table
from qthermo.plumbing.outputs import write_csv
from qthermo.plumbing.runlog import job_logger

log = job_logger(snakemake.rule, snakemake.log[0])
c = snakemake.params.cfg
tables = {
    "separation": lifetime_table(c),
    "separation_curves": curve_table(c),
    "separation_fig3": fig3_consistency_table(c),
}
for name, df in tables.items():
    write_csv(snakemake.output[name], df)
    log.info(f"wrote {snakemake.output[name]} ({len(df)} rows)")
