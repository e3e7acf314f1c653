"""Rule cakmak_scaling: long-time C_l1 versus N (Fig. 4), beyond N = 7, saturation in nbar."""

from qthermo.papers.cakmak.scaling import compute
from qthermo.plumbing.outputs import write_csv
from qthermo.plumbing.runlog import job_logger

log = job_logger("cakmak_scaling", snakemake.log[0])
dfs = compute(snakemake.params.cfg, progress=log.info)
for name, path in snakemake.output.items():
    write_csv(path, dfs[name])
    log.info(f"wrote {path} ({len(dfs[name])} rows)")
