"""The source papers: one sub-package per paper, and the one place where papers are listed.

Each paper has one name (its sub-package, config section, rule file ``workflow/rules/<name>.smk``,
script folder ``workflow/scripts/<name>/``, figure files ``figures/<name>_*`` and notebook
``notebooks/<name>.py``).  Claim ids keep their historical short prefix (``tf.``, ``kytm.``,
``ck.``, ``diosi.``): referees cite them, so the mapping from prefix to paper lives here.

This module holds data only and imports nothing from the package, so every layer may use it.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Paper", "PAPERS", "paper_of_claim"]


@dataclass(frozen=True)
class Paper:
    """One source of the replication.

    Attributes
    ----------
    name : str
        The paper's single name (package, config section, rule prefix, figure prefix).
    claim_prefix : str
        Prefix of its claim ids (``<prefix>.<rest>``).
    citation : str
        Short citation used in claim records, ending with the DOI where there is one.
    doi : str or None
        DOI of the paper (None for talk slides).
    documents : tuple of str
        The documents of this source that the statement inventory covers.
    """

    name: str
    claim_prefix: str
    citation: str
    doi: str | None
    documents: tuple[str, ...]


PAPERS: dict[str, Paper] = {
    p.name: p
    for p in (
        Paper(
            "tajima_funo",
            "tf",
            "Tajima & Funo, PRL 127, 190604 (2021), doi:10.1103/PhysRevLett.127.190604",
            "10.1103/PhysRevLett.127.190604",
            ("tajima_funo_prl", "tajima_funo_slides"),
        ),
        Paper(
            "kamimura",
            "kytm",
            "Kamimura, Yoshida, Tokura, Matsuzaki, PRL 131, 090401 (2023), "
            "doi:10.1103/PhysRevLett.131.090401",
            "10.1103/PhysRevLett.131.090401",
            ("kamimura",),
        ),
        Paper(
            "cakmak",
            "ck",
            "Cakmak, Manatuly & Mustecaplioglu, PRA 96, 032117 (2017), doi:10.1103/PhysRevA.96.032117",
            "10.1103/PhysRevA.96.032117",
            ("cakmak",),
        ),
        Paper(
            "diosi",
            "diosi",
            "Diosi, talk slides 'Autonomy of coupled quantum thermodynamic systems' (2014); "
            "Diosi, talk slides (2014); Levy & Kosloff EPL 107, 20004 (2014), "
            "doi:10.1209/0295-5075/107/20004",
            None,
            ("diosi",),
        ),
    )
}


def paper_of_claim(claim_id: str) -> Paper:
    """The paper a claim id belongs to, from its prefix (``tf.eq6`` -> Tajima-Funo)."""
    prefix = claim_id.split(".", 1)[0]
    for p in PAPERS.values():
        if p.claim_prefix == prefix:
            return p
    raise KeyError(f"claim id {claim_id!r}: no paper has the prefix {prefix!r}")
