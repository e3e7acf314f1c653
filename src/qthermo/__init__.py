"""qthermo: physics core of the quantum-thermodynamics replication workflow.

Conventions (Tajima-Funo, doi:10.1103/PhysRevLett.127.190604):

* A model lives in an explicit, labelled energy eigenbasis |e, j> (energy e, degeneracy
  index j). All operators are matrices in that basis, so H is diagonal.
* A jump operator L_{a,omega} of bath a satisfies [L_omega, H] = hbar*omega*L_omega, i.e. it
  LOWERS the energy by hbar*omega; rates obey gamma_a(omega)/gamma_a(-omega) = exp(beta_a hbar omega).
* Units: hbar is a model parameter (default 1); energies are hbar*omega.
"""

__version__ = "0.1.0"
