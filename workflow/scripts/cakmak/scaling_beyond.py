"""Rule cakmak_scaling_beyond: draw figure cakmak_scaling_beyond (growth to N = 1000 and saturation in nbar)."""

import pandas as pd

from qthermo.papers.cakmak.scaling_beyond import plot_scaling_beyond
from qthermo.plumbing.figures import save_figure
from qthermo.plumbing.provenance import figure_provenance
from qthermo.plumbing.runlog import job_logger

log = job_logger(snakemake.rule, snakemake.log[0])
dfs = {name: pd.read_csv(path) for name, path in snakemake.input.items() if name != "code"}
cfg = snakemake.params.cfg
prov = figure_provenance(snakemake.rule, __file__, cfg, producer=plot_scaling_beyond)
save_figure(
    plot_scaling_beyond(dfs, cfg), snakemake.output.pdf, snakemake.output.png, provenance=prov
)
log.info(f"wrote {snakemake.output.pdf} and {snakemake.output.png}")
