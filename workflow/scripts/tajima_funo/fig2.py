"""Rule tajima_funo_fig2: draw Tajima-Funo Fig. 2 (cycle diagram and Result 3 scaling)."""

from qthermo.papers.tajima_funo import schemas
from qthermo.papers.tajima_funo.fig2_plot import plot
from qthermo.plumbing.figures import save_figure
from qthermo.plumbing.provenance import figure_provenance
from qthermo.plumbing.runlog import job_logger
from qthermo.plumbing.tables import read_table

log = job_logger(snakemake.rule, snakemake.log[0])
inp, out, cfg = snakemake.input, snakemake.output, snakemake.params.cfg
fig = plot(
    read_table(inp.csv, schemas.fig2(cfg)), read_table(inp.check, schemas.fig2_check(cfg)), cfg
)
save_figure(
    fig,
    out.pdf,
    out.png,
    provenance=figure_provenance(snakemake.rule, __file__, cfg, producer=plot),
)
log.info(f"wrote {out.pdf} and {out.png}")
