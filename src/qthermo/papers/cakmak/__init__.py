"""Cakmak, Manatuly & Mustecaplioglu, PRA 96, 032117 (2017), doi:10.1103/PhysRevA.96.032117:
thermal generation of collective coherence (Figs. 2-4), its protection and its harvesting."""
