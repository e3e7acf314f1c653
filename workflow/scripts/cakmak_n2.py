"""Rule cakmak_n2: N = 2 dynamics (Figs. 2-3) and long-time limits, thin wrapper."""

from qthermo.papers.cakmak.fig2_fig3 import compute
from qthermo.plumbing.outputs import write_csv
from qthermo.plumbing.runlog import job_logger

log = job_logger("cakmak_n2", snakemake.log[0])
dfs = compute(snakemake.params.cfg, progress=log.info)
for name, path in snakemake.output.items():
    write_csv(path, dfs[name])
    log.info(f"wrote {path} ({len(dfs[name])} rows)")
