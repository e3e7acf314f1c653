"""The claims ledger: claim records and comparators (:mod:`.claims`), verification
(:mod:`.verify`), the committed reference baseline (:mod:`.baseline`) and the referee report
(:mod:`.report`)."""
