"""The causal-loop declaration (model.loops): nodes, edges, loops, their measured strength (drawn: tests/ui/test_cld.py)."""

from __future__ import annotations

import math
from collections.abc import Mapping

import numpy as np
import pytest

from model import load_scenario, run
from model.equations import VARIABLE_BY_NAME, VARIABLES
from model.loops import EDGES, LOOPS, NODE_BY_NAME, NODES, check, loop_changes, loop_edges
from model.registry import PARAM_BY_NAME
from model.scenario import Scenario

Run = Mapping[str, np.ndarray]


def _series(s: Scenario, months: int = 72) -> dict[str, np.ndarray]:
    r = run(s, months=months)
    return {v.name: r[v.name] for v in VARIABLES}


@pytest.fixture(scope="module")
def base() -> dict[str, np.ndarray]:
    return _series(load_scenario("baseline"))


def test_check_passes() -> None:
    check()


def test_nodes_are_registry_names() -> None:
    for n in NODES:
        assert n.name in VARIABLE_BY_NAME or n.name in PARAM_BY_NAME, n.name
        if n.kind == "lever":
            assert n.name in PARAM_BY_NAME, n.name
        if n.name in VARIABLE_BY_NAME and VARIABLE_BY_NAME[n.name].kind == "stock":
            assert n.kind == "stock", n.name
    for lever in ("commission", "fairness", "subsidy_bn_per_year"):
        assert NODE_BY_NAME[lever].kind == "lever"


def test_edges_join_declared_nodes() -> None:
    for e in EDGES:
        assert e.src in NODE_BY_NAME and e.dst in NODE_BY_NAME, e
        assert e.sign in ("+", "-")


def test_loops_are_closed_cycles_with_their_polarity() -> None:
    keys = {lp.key for lp in LOOPS}
    assert {"R1", "R2", "R4", "B1", "B2", "B3", "B4", "B5", "B6"} <= keys
    for lp in LOOPS:
        edges = loop_edges(lp)
        assert len(edges) == len(lp.path)
        for a, b in zip(edges, edges[1:] + edges[:1], strict=True):
            assert a.dst == b.src, lp.key  # each arrow starts where the last ended: a closed cycle
        negatives = sum(e.sign == "-" for e in edges)
        assert (negatives % 2 == 0) == (lp.polarity == "R"), lp.key
        assert lp.proxy in VARIABLE_BY_NAME


def test_check_names_a_wrong_polarity(monkeypatch: pytest.MonkeyPatch) -> None:
    import dataclasses

    import model.loops as loops

    bad = tuple(dataclasses.replace(lp, polarity="R") if lp.key == "B2" else lp for lp in loops.LOOPS)
    monkeypatch.setattr(loops, "LOOPS", bad)
    monkeypatch.setattr(loops, "LOOP_BY_KEY", {lp.key: lp for lp in bad})
    with pytest.raises(ValueError, match="B2"):
        loops.check()


def test_check_names_a_missing_edge(monkeypatch: pytest.MonkeyPatch) -> None:
    import dataclasses

    import model.loops as loops

    bad = tuple(dataclasses.replace(lp, path=("gmv", "buyers")) if lp.key == "R1" else lp for lp in loops.LOOPS)
    monkeypatch.setattr(loops, "LOOPS", bad)
    monkeypatch.setattr(loops, "LOOP_BY_KEY", {lp.key: lp for lp in bad})
    with pytest.raises(ValueError, match="R1: no declared edge gmv → buyers"):
        loops.check()


def test_loop_changes_zero_for_same_run(base: Run) -> None:
    ch = loop_changes(base, base, 72)
    assert set(ch) == {lp.key for lp in LOOPS}
    assert all(abs(v) < 1e-12 for v in ch.values())
    with pytest.raises(ValueError, match="horizon"):
        loop_changes(base, base, 500)


def test_loop_changes_signs_in_clear_cases(base: Run) -> None:
    b = load_scenario("baseline")
    fee_cut = loop_changes(_series(b.with_overrides(commission=0.0)), base, 72)
    assert fee_cut["B4"] < -0.05  # a fee cut weakens extraction
    assert fee_cut["R1"] > 0  # ... and lets the merchant side grow
    fair = loop_changes(_series(b.with_overrides(fairness=1.0)), base, 72)
    assert fair["R4"] < -0.1  # fair traffic weakens the Matthew effect
    unfair = loop_changes(_series(b.with_overrides(fairness=0.0)), base, 72)
    assert unfair["R4"] > 0.1
    support = loop_changes(_series(load_scenario("support_100bn")), base, 72)
    assert support["B5"] == math.inf  # the budget loop is dormant without a subsidy
    war = loop_changes(_series(load_scenario("fee_war_matched")), base, 72)
    assert war["B6"] > 0.1  # the rival matches the cut


def _delta(a: Run, b: Run, var: str, month: int) -> float:
    return float(a[var][month] - b[var][month])


def test_some_edge_signs_empirically(base: Run) -> None:
    """Small lever perturbations move their first targets in the declared direction."""
    b = load_scenario("baseline")
    sign = {(e.src, e.dst): e.sign for e in EDGES}
    up = _series(b.with_overrides(commission=0.012), months=24)
    assert sign["commission", "margin_smb"] == "-" and _delta(up, base, "margin_smb", 6) < 0
    assert sign["margin_smb", "perceived_margin_smb"] == "+" and _delta(up, base, "perceived_margin_smb", 6) < 0
    assert sign["commission", "take_rate"] == "+" and _delta(up, base, "take_rate", 6) > 0
    assert sign["take_rate", "relative_price_low_tier"] == "+" and _delta(up, base, "relative_price_low_tier", 6) > 0
    assert sign["relative_price_low_tier", "wallet_share_low_tier"] == "-" and _delta(up, base, "wallet_share_low_tier", 12) < 0
    fair = _series(b.with_overrides(fairness=0.8), months=24)
    assert sign["fairness", "head_traffic_share"] == "-" and _delta(fair, base, "head_traffic_share", 1) < 0
    assert sign["fairness", "ad_intensity"] == "-" and _delta(fair, base, "ad_intensity", 1) < 0
    sub = _series(b.with_overrides(subsidy_bn_per_year=30.0), months=24)
    assert sign["subsidy_spend", "margin_smb"] == "+" and _delta(sub, base, "margin_smb", 6) > 0
    assert sign["subsidy_spend", "logistics_coverage"] == "+" and _delta(sub, base, "logistics_coverage", 12) > 0
