"""Rule cakmak_fig3_data: N = 2 from the two Fig. 3 superpositions, with their long-time limits."""

from qthermo.papers.cakmak.fig3 import compute
from qthermo.plumbing.outputs import write_csv
from qthermo.plumbing.runlog import job_logger

log = job_logger(snakemake.rule, snakemake.log[0])
dfs = compute(snakemake.params.cfg, progress=log.info)
for name, path in snakemake.output.items():
    write_csv(path, dfs[name])
    log.info(f"wrote {path} ({len(dfs[name])} rows)")
