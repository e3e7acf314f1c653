"""Rule tajima_funo_fig3: draw Tajima-Funo Fig. 3 (CD ratio on the hot stroke)."""

from qthermo.papers.tajima_funo import schemas
from qthermo.papers.tajima_funo.fig3 import plot_fig3
from qthermo.plumbing.figures import save_figure
from qthermo.plumbing.provenance import figure_provenance
from qthermo.plumbing.runlog import job_logger
from qthermo.plumbing.tables import read_table

log = job_logger(snakemake.rule, snakemake.log[0])
inp, out, cfg = snakemake.input, snakemake.output, snakemake.params.cfg
fig = plot_fig3(
    read_table(inp.fig3, schemas.fig3(cfg)),
    read_table(inp.fig3_details, schemas.fig3_details(cfg)),
    cfg,
)
save_figure(
    fig,
    out.pdf,
    out.png,
    provenance=figure_provenance(snakemake.rule, __file__, cfg, producer=plot_fig3),
)
log.info(f"wrote {out.pdf} and {out.png}")
