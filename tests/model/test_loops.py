"""The causal-loop declaration (model.loops): nodes, edges, loops, their measured strength (drawn: tests/ui/test_cld.py)."""

from __future__ import annotations

import math
from collections.abc import Mapping

import numpy as np
import pytest

from model import load_scenario, run
from model.equations import VARIABLE_BY_NAME, VARIABLES
from model.loops import EDGES, LOOPS, NODE_BY_NAME, NODES, check, equation_path, loop_changes, loop_edges
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
    assert {"R1", "R2", "R3", "R4", "R5", "R6", "B1", "B2", "B3", "B4", "B5", "B6", "B7"} <= keys
    for lp in LOOPS:
        edges = loop_edges(lp)
        assert len(edges) == len(lp.path)
        for a, b in zip(edges, edges[1:] + edges[:1], strict=True):
            assert a.dst == b.src, lp.key  # each arrow starts where the last ended: a closed cycle
        negatives = sum(e.sign == "-" for e in edges)
        assert (negatives % 2 == 0) == (lp.polarity == "R"), lp.key
        assert lp.proxy in VARIABLE_BY_NAME


def test_every_arrow_is_a_path_in_the_equations() -> None:
    for e in EDGES:
        if not e.decision:
            assert equation_path(e.src, e.dst), (e.src, e.dst)
    # ... and the check can tell: nothing in the equations runs from fairness to logistics or back
    assert not equation_path("fairness", "logistics_coverage")
    assert not equation_path("logistics_coverage", "subsidy_spend")
    assert not equation_path("commission", "subsidy_spent")


def test_check_names_an_arrow_the_equations_lack(monkeypatch: pytest.MonkeyPatch) -> None:
    import model.loops as loops
    from model.loops import Edge

    monkeypatch.setattr(loops, "EDGES", (*loops.EDGES, Edge("fairness", "logistics_coverage", "+")))
    monkeypatch.setattr(loops, "_EDGE_BY_KEY", {e.key: e for e in loops.EDGES})
    with pytest.raises(ValueError, match="fairness → logistics_coverage: no path"):
        loops.check()


def test_the_new_structure_is_drawn() -> None:
    """Competing platforms, multi-homing, the auction and the two-way flow each close a loop."""
    by_key = {lp.key: lp for lp in LOOPS}
    assert "effort_smb" in by_key["B2"].path  # merchants move their effort between platforms
    assert "perceived_margin_smb_incumbent" in by_key["B7"].path  # ... to the rival
    assert {"cpc_index", "charge_smb"} <= set(by_key["B3"].path)  # the click price is a cost of selling
    assert "gmv_smb_high_tier" in by_key["R5"].path  # higher-tier buyers' SMB purchases
    assert "fee_cut_incumbent" in by_key["B6"].path and "fee_cut_incumbent" in by_key["R6"].path


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
    assert fee_cut["B7"] < 0  # ... with less effort on the rival
    fee_rise = loop_changes(_series(b.with_overrides(commission=0.06)), base, 72)
    assert fee_rise["B7"] > 0.1  # a tenfold fee sends merchants' effort to the rival
    fair = loop_changes(_series(b.with_overrides(fairness=1.0)), base, 72)
    assert fair["R4"] < -0.1  # fair traffic weakens the Matthew effect
    assert fair["B3"] < -0.1  # ... and the auction's click price
    assert fair["R5"] > 0.1  # ... and more SMB goods reach higher-tier buyers
    unfair = loop_changes(_series(b.with_overrides(fairness=0.0)), base, 72)
    assert unfair["R4"] > 0.1 and unfair["B3"] > 0.1
    support = loop_changes(_series(load_scenario("support_100bn")), base, 72)
    assert support["B5"] == math.inf  # the budget loop is dormant without a subsidy
    war = loop_changes(_series(load_scenario("fee_war_matched")), base, 72)
    assert war["R6"] == math.inf  # the incumbent matches the cut: dormant in the baseline
    no_match = loop_changes(_series(load_scenario("fee_war_no_match")), base, 72)
    assert no_match["R6"] == 0.0


def _delta(a: Run, b: Run, var: str, month: int) -> float:
    return float(a[var][month] - b[var][month])


def test_some_edge_signs_empirically(base: Run) -> None:
    """Small lever perturbations move their first targets in the declared direction."""
    b = load_scenario("baseline")
    sign = {(e.src, e.dst): e.sign for e in EDGES}

    def moved(run: Run, src: str, dst: str, month: int, direction: int) -> None:
        """``src`` moved in ``direction`` (+1 up, -1 down); ``dst`` must follow the declared sign."""
        declared = 1 if sign[src, dst] == "+" else -1
        assert declared * direction * _delta(run, base, dst, month) > 0, (src, dst)

    up = _series(b.with_overrides(commission=0.012), months=24)
    moved(up, "commission", "charge_smb", 1, +1)
    moved(up, "charge_smb", "price_smb", 1, +1)
    moved(up, "charge_smb", "margin_smb", 1, +1)
    moved(up, "margin_smb", "perceived_margin_smb", 6, -1)  # the margin fell
    moved(up, "perceived_margin_smb", "effort_smb", 12, -1)
    moved(up, "price_smb", "relative_price_low_tier", 1, +1)
    moved(up, "relative_price_low_tier", "wallet_share_low_tier", 12, +1)
    moved(up, "commission", "platform_revenue", 1, +1)
    fair = _series(b.with_overrides(fairness=0.8), months=24)
    moved(fair, "fairness", "head_traffic_share", 1, +1)
    moved(fair, "fairness", "cpc_index", 12, +1)
    moved(fair, "cpc_index", "charge_smb", 12, -1)  # the click price falls, and with it the charge
    sub = _series(b.with_overrides(subsidy_bn_per_year=30.0), months=24)
    moved(sub, "subsidy_spend", "charge_smb", 6, +1)
    moved(sub, "subsidy_spend", "logistics_coverage", 12, +1)
    moved(sub, "subsidy_spend", "coupon_rate", 6, +1)
    rival = _series(b.with_overrides(rival_match_share_incumbent=1.0, subsidy_bn_per_year=30.0), months=24)
    moved(rival, "subsidy_spend", "fee_cut_incumbent", 12, +1)  # the incumbent matches our net-fee cut
    moved(rival, "fee_cut_incumbent", "perceived_margin_smb_incumbent", 12, +1)
    ads = _series(b.with_overrides(marketing_bn_per_year=60.0), months=24)
    moved(ads, "marketing_bn_per_year", "buyers", 12, +1)
