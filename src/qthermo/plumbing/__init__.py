"""Workflow plumbing: atomic outputs (:mod:`.outputs`), figure saving (:mod:`.figures`),
configuration and schemas (:mod:`.config`), the rules' code digests (:mod:`.deps`), provenance
(:mod:`.provenance`), job logs (:mod:`.runlog`), job environment (:mod:`.jobenv`) and the
repository's paths (:mod:`.paths`).  No physics."""
