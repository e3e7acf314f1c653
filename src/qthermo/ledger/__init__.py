"""Tools that operate on claim ledgers (``results/claims.json``, ``baseline/claims.json``)."""
