"""Rule tf_fig1_plot: draw Tajima-Funo Fig. 1 from the sweep table."""

import pandas as pd

from qthermo.papers.tajima_funo.fig1 import plot
from qthermo.plumbing.figures import save_figure
from qthermo.plumbing.provenance import figure_provenance
from qthermo.plumbing.runlog import job_logger

log = job_logger("tf_fig1_plot", snakemake.log[0])
df = pd.read_csv(snakemake.input.csv)
fig = plot(df, snakemake.params.cfg)
save_figure(
    fig,
    snakemake.output.pdf,
    snakemake.output.png,
    provenance=figure_provenance(snakemake.rule, __file__, snakemake.params.cfg),
)
log.info(f"wrote {snakemake.output.pdf} and {snakemake.output.png}")
