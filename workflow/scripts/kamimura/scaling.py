"""Rule kamimura_scaling: draw figures/kamimura_scaling from the sweep tables."""

import pandas as pd

from qthermo.papers.kamimura.scaling_plot import plot_scaling
from qthermo.plumbing.figures import save_figure
from qthermo.plumbing.provenance import figure_provenance
from qthermo.plumbing.runlog import job_logger

log = job_logger(snakemake.rule, snakemake.log[0])
cfg = snakemake.params.cfg
names = ("scaling", "burst_peaks", "burst_curves")
tables = {n: pd.read_csv(snakemake.input[n]) for n in names}
fig = plot_scaling(tables, cfg)
save_figure(
    fig,
    snakemake.output.pdf,
    snakemake.output.png,
    provenance=figure_provenance(snakemake.rule, __file__, cfg, producer=plot_scaling),
)
log.info(f"wrote {snakemake.output.pdf} and {snakemake.output.png}")
