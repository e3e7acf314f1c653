"""Rule tajima_funo_fig4: draw Tajima-Funo Fig. 4 (Eq. 8 versus tau_C)."""

from qthermo.papers.tajima_funo import schemas
from qthermo.papers.tajima_funo.fig4 import plot_fig4
from qthermo.plumbing.figures import save_figure
from qthermo.plumbing.provenance import figure_provenance
from qthermo.plumbing.runlog import job_logger
from qthermo.plumbing.tables import read_table

log = job_logger(snakemake.rule, snakemake.log[0])
inp, out, cfg = snakemake.input, snakemake.output, snakemake.params.cfg
fig = plot_fig4(
    read_table(inp.fig4, schemas.fig4(cfg)),
    read_table(inp.fig4_details, schemas.fig4_details(cfg)),
    cfg,
)
save_figure(
    fig,
    out.pdf,
    out.png,
    provenance=figure_provenance(snakemake.rule, __file__, cfg, producer=plot_fig4),
)
log.info(f"wrote {out.pdf} and {out.png}")
