"""Kamimura, Yoshida, Tokura, Matsuzaki, PRL 131, 090401 (2023), doi:10.1103/PhysRevLett.131.090401:
scaling bounds on the heat current (Bounds 1 and 2), the m-body models (Eq. 12), superradiance
(Eq. 17), superabsorption and the parallel scheme."""
