"""Rule diosi_detuned_data: the incoherent coupling off resonance and at strong coupling."""

from qthermo.papers.diosi.detuned import detuned_map, strong_eps_table
from qthermo.plumbing.outputs import write_csv
from qthermo.plumbing.runlog import job_logger

log = job_logger(snakemake.rule, snakemake.log[0])
cfg = snakemake.params.cfg
tables = {
    "detuned_map": detuned_map(cfg["detuned"], support_tol=snakemake.params.support_tol),
    "strong_eps": strong_eps_table(cfg["incoherent"], cfg["strong"]),
}
for name, df in tables.items():
    write_csv(snakemake.output[name], df)
    log.info(f"wrote {snakemake.output[name]} ({len(df)} rows)")
