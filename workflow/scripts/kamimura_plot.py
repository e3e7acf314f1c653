"""Rule kamimura_plot: draw figures/kamimura_scaling from the sweep tables."""

import pandas as pd

from qthermo.papers.kamimura.scaling import plot
from qthermo.plumbing.figures import save_figure
from qthermo.plumbing.provenance import figure_provenance
from qthermo.plumbing.runlog import job_logger

log = job_logger("kamimura_plot", snakemake.log[0])
names = ("scaling", "burst_peaks", "burst_curves")
tables = {n: pd.read_csv(snakemake.input[n]) for n in names}
fig = plot(tables, snakemake.params.cfg)
save_figure(
    fig,
    snakemake.output.pdf,
    snakemake.output.png,
    provenance=figure_provenance(snakemake.rule, __file__, snakemake.params.cfg),
)
log.info(f"wrote {snakemake.output.pdf} and {snakemake.output.png}")
