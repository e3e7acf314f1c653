"""Rule tf_engine_plot: draw Tajima-Funo Figs. 2, 3 and 4 from the computed tables."""

import pandas as pd

from qthermo.papers.tajima_funo import engine as tf_engine
from qthermo.papers.tajima_funo import fig2 as tf_carnot
from qthermo.plumbing.figures import save_figure
from qthermo.plumbing.provenance import figure_provenance
from qthermo.plumbing.runlog import job_logger

log = job_logger("tf_engine_plot", snakemake.log[0])
inp, out, par = snakemake.input, snakemake.output, snakemake.params
sr, cn = par.superradiant, par.carnot
fig = tf_engine.plot_fig3(pd.read_csv(inp.fig3), pd.read_csv(inp.fig3_details), sr)
save_figure(
    fig, out.fig3_pdf, out.fig3_png, provenance=figure_provenance(snakemake.rule, __file__, sr)
)
fig = tf_engine.plot_fig4(pd.read_csv(inp.fig4), pd.read_csv(inp.fig4_details), sr)
save_figure(
    fig, out.fig4_pdf, out.fig4_png, provenance=figure_provenance(snakemake.rule, __file__, sr)
)
fig = tf_carnot.plot(pd.read_csv(inp.carnot), pd.read_csv(inp.carnot_check), cn)
save_figure(
    fig, out.fig2_pdf, out.fig2_png, provenance=figure_provenance(snakemake.rule, __file__, cn)
)
log.info(f"wrote {', '.join(str(p) for p in out)}")
