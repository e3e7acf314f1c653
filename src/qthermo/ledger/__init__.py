"""The claims ledger: claim records and comparators (:mod:`.claims`), verification
(:mod:`.verify`), the run's manifest (:mod:`.manifest`), the committed reference baseline
(:mod:`.baseline`), statement inventories (:mod:`.inventory`), the referee report (:mod:`.report`,
:mod:`.referee`) and ledger comparison (:mod:`.diff`)."""
