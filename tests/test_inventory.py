"""Statement inventories: every claim is accounted for by an entry, every entry is well formed
and names only claims that exist (the ledger's ids are those of the committed baseline)."""

import copy
import json

import pytest

from qthermo.ledger import inventory as inv
from qthermo.papers import PAPERS
from qthermo.plumbing.paths import repo_root

ROOT = repo_root(__file__)
PACKAGE = ROOT / "src" / "qthermo"
CLAIM_IDS = set(json.loads((ROOT / "baseline" / "claims.json").read_text()))


@pytest.fixture(scope="module")
def inventories():
    return inv.load_inventories(PACKAGE)


def test_every_source_document_has_an_inventory(inventories):
    docs = {i.document for i in inventories}
    assert docs == {d for p in PAPERS.values() for d in p.documents}
    assert all(len(i.entries) >= 15 for i in inventories)
    assert sum(len(i.entries) for i in inventories) > 100


def test_inventories_and_ledger_agree(inventories):
    assert inv.inventory_problems(inventories, CLAIM_IDS) == []


def test_entries_name_claims_of_their_own_paper(inventories):
    for i in inventories:
        prefix = PAPERS[i.paper].claim_prefix + "."
        for e in i.entries:
            for cid in e.get("claims") or ():
                assert cid.startswith(prefix), f"{i.document}:{e['id']} names {cid}"


def test_negative_controls(inventories):
    broken = copy.deepcopy(inventories)
    first = broken[0]
    entries = [dict(e) for e in first.entries]
    checked = next(e for e in entries if e["status"] == "checked")
    checked["claims"] = ["tf.no_such_claim"]
    entries.append({"id": entries[0]["id"], "location": "x", "kind": "equation",
                    "summary": "dup", "status": "not_attempted"})  # fmt: skip
    bad = inv.Inventory(first.paper, first.document, first.title, first.doi, tuple(entries))
    problems = inv.inventory_problems([bad, *broken[1:]], CLAIM_IDS | {"tf.orphan"})
    text = "\n".join(problems)
    assert "names claim 'tf.no_such_claim'" in text
    assert f"entry id {entries[0]['id']!r} appears 2 times" in text
    assert "status not_attempted needs 'why'" in text
    assert "claim 'tf.orphan' is referenced by no inventory entry" in text


def test_coverage_counts_every_status(inventories):
    cov = inv.coverage(inventories)
    for counts in cov.values():
        assert set(counts) == {*inv.STATUSES, "total"}
        assert sum(counts[s] for s in inv.STATUSES) == counts["total"]
    assert len(inv.unchecked_entries(inventories)) == sum(
        c["total"] - c["checked"] - c["used"] for c in cov.values()
    )


def test_caveat_needed_for_flagged_claims(inventories):
    tf = next(i for i in inventories if i.paper == "tajima_funo")
    entry = next(e for e in tf.entries if e.get("claims"))
    cid = entry["claims"][0]
    ledger = {"claims": [{"id": cid, "by_construction": "our protocol"}]}
    bare = [{k: v for k, v in e.items() if k != "caveat"} for e in tf.entries]
    inv_bare = inv.Inventory(tf.paper, tf.document, tf.title, tf.doi, tuple(bare))
    assert any(cid in p and "no 'caveat'" in p for p in inv.caveat_problems([inv_bare], ledger))
    fixed = [dict(e, caveat="holds by our protocol") if cid in (e.get("claims") or ()) else e
             for e in bare]  # fmt: skip
    inv_fixed = inv.Inventory(tf.paper, tf.document, tf.title, tf.doi, tuple(fixed))
    assert inv.caveat_problems([inv_fixed], ledger) == []
