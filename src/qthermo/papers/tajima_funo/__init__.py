"""Tajima & Funo, PRL 127, 190604 (2021), doi:10.1103/PhysRevLett.127.190604, with Funo's slides:
the 2N-state model (Fig. 1), the finite-power Carnot engine of Result 3 (Fig. 2) and the
2-qubit superradiant engine (Figs. 3-4)."""
