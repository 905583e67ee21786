"""Calibration facts: provenance kept, and the model stays within tolerance."""

from __future__ import annotations

from model.facts import RULES, compare, load_facts


def test_facts_keep_their_provenance() -> None:
    facts = load_facts()
    for col in ("id", "metric", "period", "value", "unit", "source", "confidence"):
        assert col in facts.columns
        assert facts[col].notna().all(), col
    assert facts.id.is_unique
    assert {r.fact_id for r in RULES} <= set(facts.id)


def test_model_within_tolerance_of_every_compared_fact() -> None:
    table = compare()
    bad = table[~table.within]
    assert bad.empty, bad[["id", "preset", "fact", "model", "rel_error", "tolerance"]].to_string()
