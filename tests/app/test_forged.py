"""Forged widget values over Streamlit's own websocket (issue 16): a running server, no browser.

A page only sends what its widgets offer; a client that speaks the protocol (``tools.wsclient``)
sends anything. For every widget kind the page has, a forged value is refused: the run finishes
without an exception, a warning names the widget and repeats the value, the page keeps what it
showed, and the next ordinary run is clean. Server CPU and memory stay bounded throughout. Before
``ui.guard``, the Horizon forged as "99999" cost 23 GB.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pytest

from tools.browser import cpu_seconds, rss_mb, running_server
from tools.wsclient import Run, Session

pytestmark = pytest.mark.app
ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
CPU_PER_RUN_S = 3.0  # a forged run costs no more than an ordinary one (~0.1-1 s here)
RSS_GROWTH_MB = 150.0  # over every forged run of a test


@pytest.fixture(scope="module")
def server() -> Iterator[Any]:
    with running_server(ARTIFACTS / "forged_server.log") as srv:
        yield srv


def plain(markdown: str) -> str:
    """Markdown as read: escapes and invisible word joiners gone."""
    return re.sub(r"\\(.)", r"\1", markdown).replace("\u2060", "")


def texts(run: Run) -> list[str]:
    return [plain(m.body) for m in run.of("markdown")]


def refusals(run: Run) -> str:
    return "\n".join(plain(a) for a in run.alerts if "not allowed" in plain(a))


def forge(server: Any, query: str, steps: list[tuple[str, dict[str, Any]]], forged: dict[str, Any]) -> tuple[Run, Run, Run]:
    """Open ``query``, apply the ordinary ``steps`` (key, widget state) one run each, then send
    ``forged`` (widget key → state) in one run, then an ordinary run.  Returns the last ordinary
    run before the forgery, the forged run and the run after it; checks CPU and memory."""

    async def go() -> tuple[Run, Run, Run]:
        async with Session.connect(server.url, query) as s:
            before = await s.rerun(timeout=180)
            assert before.ok, before.exceptions
            for key, state in steps:
                before = await s.rerun([s.state(key, **state)])
                assert before.ok, (key, before.exceptions)
            rss0, cpu0 = rss_mb(server.pid), cpu_seconds(server.pid)
            bad = await s.rerun([s.state(k, **v) for k, v in forged.items()], timeout=60)
            cpu = cpu_seconds(server.pid) - cpu0
            after = await s.rerun()
            grew = rss_mb(server.pid) - rss0
            assert cpu < CPU_PER_RUN_S, f"the forged run cost {cpu:.2f} s of server CPU"
            assert grew < RSS_GROWTH_MB, f"the server grew {grew:.0f} MB"
            return before, bad, after

    before, bad, after = asyncio.run(go())
    assert bad.ok, bad.exceptions
    assert after.ok and not refusals(after), (after.exceptions, refusals(after))
    return before, bad, after


def months_caption(run: Run) -> str:
    return next(t for t in texts(run) if re.search(r"At month \d+", t))


# ------------------------------------------------------------------ choice widgets: any string
SELECTS = [  # (query, ordinary steps, key, forged string, the label the warning names)
    ("p=baseline", [], "horizon", "99999", "Horizon (months)"),
    ("p=baseline", [], "horizon", "72.0", "Horizon (months)"),
    ("p=baseline", [], "preset", "../../etc/passwd", "Scenario preset"),
    ("p=baseline&view=analysis", [], "an_kpi", "__class__", "KPI"),
    ("p=support_100bn&view=analysis", [], "an_effect", "x" * 5000, "Effect"),
    ("p=baseline&view=analysis", [], "map_x", "eval", "Across"),
    ("p=baseline&view=analysis", [], "map_y", "", "Up"),
]


@pytest.mark.parametrize(("query", "steps", "key", "value", "label"), SELECTS, ids=[f"{s[2]}={s[3][:10]}" for s in SELECTS])
def test_a_forged_selectbox_value_is_refused_and_the_page_keeps_its_own(
    server: Any, query: str, steps: list[Any], key: str, value: str, label: str
) -> None:
    before, bad, after = forge(server, query, steps, {key: {"string_value": value}})
    said = refusals(bad)
    assert label in said and (value[:20] in said), said
    assert "must be one of" in said or "unknown preset" in said, said
    assert months_caption(bad) == months_caption(before) == months_caption(after)
    assert shown_option(bad, key) == shown_option(before, key)  # drawn with what it showed


def shown_option(run: Run, key: str) -> str:
    """The option a selectbox or radio shows (one of its options)."""
    w = run.widget(key)
    assert w is not None, key
    shown = w.raw_value if w.set_value else w.options[w.default]
    assert shown in w.options, (shown, list(w.options))
    return str(shown)


def test_a_forged_horizon_costs_what_an_ordinary_run_does(server: Any) -> None:
    """The attack of the issue: 99,999 months took 23.4 GB and 4.5 s of CPU per thousand."""
    _before, bad, _after = forge(server, "p=baseline", [], {"horizon": {"string_value": "99999"}})
    assert "At month 72" in months_caption(bad)


def test_a_forged_horizon_gives_way_to_the_last_good_one_and_reads_in_chinese(server: Any) -> None:
    _before, bad, _after = forge(server, "p=baseline&h=36&lang=zh", [], {"horizon": {"string_value": "99999"}})
    said = "\n".join(plain(a) for a in bad.alerts)
    assert "页面发来的取值不在允许范围内" in said and "时间范围（月）" in said and "改用 36" in said, said
    assert any("第36个月" in t for t in texts(bad))


BUTTON_GROUPS = [  # segmented controls: a string list; an empty one reads as None
    ("view", ["pie"], None),  # an unknown option: Streamlit itself keeps the one shown
    ("view", [], "View"),
    ("view", ["charts", "table"], None),  # two values: Streamlit takes the first, which is an option
    ("lang_choice", ["fr"], None),  # the page sets the language from the link each run
]


@pytest.mark.parametrize(("key", "value", "label"), BUTTON_GROUPS, ids=[f"{k}={v}" for k, v, _ in BUTTON_GROUPS])
def test_a_forged_segmented_control_value_is_refused(server: Any, key: str, value: list[str], label: str | None) -> None:
    before, bad, after = forge(server, "p=baseline", [], {key: {"string_array_value": value}})
    said = refusals(bad)
    if label is None:
        assert not said, said
    else:
        assert label in said and "view must be one of" in said and "showing charts" in said, said
    assert months_caption(bad) == months_caption(before) == months_caption(after)
    assert kinds(bad) == kinds(before) == kinds(after)  # the same view, drawn the same way


def kinds(run: Run) -> list[str]:
    """The kinds of element a run draws, in order (what the page is), messages aside."""
    return [k for e in run.elements if (k := str(e.WhichOneof("type"))) != "alert"]


def test_a_forged_reference_and_months_in_the_comparison_are_refused(server: Any) -> None:
    steps = [("compare_open", {"bool_value": True})]
    forged = {"ref_choice": {"string_value": "7"}, "cmp_h": {"string_array_value": ["99999", "abc", "12", "12"]}}
    before, bad, after = forge(server, "p=baseline", steps, forged)
    said = refusals(bad)
    assert "Reference for deltas and dashed lines" in said and "= 7" in said, said
    assert "KPIs at months" in said and "99999" in said and "using 12, 36, 72" in said, said
    for run in (bad, after):  # the comparison at the months it showed
        (table,) = [pa.ipc.open_stream(d.arrow_data.data).read_all() for d in run.of("dataframe")]
        months = {v for name in table.column_names if "onth" in name for v in table[name].to_pylist()}
        assert months == {12, 36, 72}, (table.column_names, months)
        assert shown_option(run, "ref_choice") == shown_option(before, "ref_choice")


def test_a_forged_slider_value_leaves_the_slider_where_it_was(server: Any) -> None:
    """A slider outside its range or not finite: Streamlit puts the slider's ``value`` back, which
    the page passes as the current one, so the lever does not jump to its minimum."""
    steps = [("design_open", {"bool_value": True}), ("ad_load", {"double_array_value": [7.0]})]
    for forged in ([1e12], [float("nan")], [-5.0], [3.0, 4.0]):
        before, bad, _after = forge(server, "p=baseline", steps, {"ad_load": {"double_array_value": forged}})
        w = bad.widget("ad_load")
        assert list(w.value or w.default) == [7.0], forged
        assert "Ad load" in "\n".join(texts(before))
        assert months_caption(bad) == months_caption(before)


def test_a_forged_pin_name_is_cut_to_the_box_and_escaped(server: Any) -> None:
    name = ":red[x] www.e.vl " + "A" * 10_000
    steps = [("compare_open", {"bool_value": True}), ("pin_name", {"string_value": name})]
    _before, _bad, after = forge(server, "p=baseline", steps, {"pin_btn": {"trigger_value": True}})
    rows = [m.body for m in after.of("markdown") if m.body.startswith("**1. ")]
    assert len(rows) == 1, [m.body for m in after.of("markdown")]
    name_shown = plain(rows[0].split("** · ")[0].removeprefix("**1. "))
    assert name_shown == name[:40], name_shown  # the box's 40 characters
    assert ":\u2060red" in rows[0] and "www\u2060" in rows[0], rows[0]  # no colour, no link (``md_escape``)


def test_forged_live_panel_levers_are_refused_by_name(server: Any) -> None:
    levers = {"values": {"commission": 1e9, "fairness": "x", "zz": 1, "subsidy_bn_per_year": 50}, "seq": 3}
    _before, bad, _after = forge(server, "p=baseline", [], {"live": {"json_value": {"levers": levers}}})
    said = refusals(bad)  # in the run that stays on screen (the move reruns the page once more)
    assert "Commission" in said and "1000000000" in said.replace(".0", ""), said
    assert "zz" in said and "not one of the panel's levers" in said, said
    assert "Subsidy" not in said  # the one valid lever is taken


@pytest.mark.parametrize(
    "state",
    [
        {"json_value": "not json"},
        {"json_value": json.dumps([1, 2, 3])},
        {"json_value": json.dumps({"levers": [[[[[]]]]], "slots": {"a": 1}})},
        {"json_value": json.dumps({"levers": {"values": {"commission": 2}, "seq": True, "epoch": "x"}})},
        {"json_value": "[" * 100_000 + "]" * 100_000},
        {"json_value": json.dumps({"levers": {"values": {"commission": 2}, "seq": 1, "have": [["a"]] * 1000}, "need": [1]})},
        {"json_value": json.dumps({"levers": {"values": {}, "seq": 1, "have": ["0" * 16] * 16}, "need": "x" * 10_000})},
    ],
    ids=["not-json", "a-list", "wrong-shapes", "wrong-types", "deep", "have-not-keys", "have-unknown-keys"],
)
def test_forged_live_panel_states_of_every_shape_never_break_the_page(server: Any, state: dict[str, Any]) -> None:
    forge(server, "p=baseline", [], {"live": state})


def live_payload(run: Run) -> tuple[dict[str, Any], int]:
    """The live panel's payload header in ``run``, and the payload's size in bytes."""
    from ui.live import read_payload

    (found,) = [b for b in run.of("bidi_component") if b.component_name == "flywheel_live"]
    return read_payload(found.bytes)[0], len(found.bytes)


def test_the_panels_parts_go_once_and_again_when_the_page_asks(server: Any) -> None:
    """The first run sends the panel's code and arrays; a move that reports them held gets the
    header only; a page that asks (``need``) gets them whole, once.  A page that reports keys it
    was never sent gets nothing it can draw from, and asks: that is its own loss, nobody else's."""

    async def go() -> None:
        async with Session.connect(server.url, "p=baseline") as s:
            first = await s.rerun(timeout=180)
            h, size = live_payload(first)
            assert h["static"] and h["codeSize"] > 0 and size > 600_000, size
            levers = {"values": {"commission": 1.0}, "seq": 1, "have": first.held()}
            moved = await s.rerun([s.state("live", json_value={"levers": levers})])
            h, size = live_payload(moved)
            assert moved.ok and not h["static"] and h["codeSize"] == 0 and size < 16_000, size
            need = {"levers": levers, "need": {"key": "lost", "n": 1}}
            # (a page's request reruns the sync element's fragment, which reruns the page; sent as
            # a whole run here, the page runs twice: the first one's payload carries every part)
            asked = await s.rerun([s.state("live", json_value=need)])
            assert asked.ok and asked.largest > 600_000 > moved.largest, (asked.largest, moved.largest)
            again = await s.rerun([s.state("live", json_value=need)])  # the same state: no new request
            assert again.ok and again.largest < 600_000 and not live_payload(again)[0]["static"]

    asyncio.run(go())


@pytest.mark.parametrize(
    ("selection", "moves"),
    [
        ({"selection": {"cell": [{"x": "abc", "y": 1}]}}, False),
        ({"selection": {"cell": "x"}}, False),
        ({"selection": {"cell": [{"x": None}]}}, False),
        ({"selection": {"cell": [{"x": 1e308, "y": -1e308}]}}, True),  # held to the levers' ranges
    ],
    ids=["text", "not-a-list", "none", "huge"],
)
def test_a_forged_policy_map_click_moves_nothing_or_stays_in_range(server: Any, selection: dict[str, Any], moves: bool) -> None:
    from urllib.parse import parse_qs

    from model.registry import PARAM_BY_NAME
    from ui import urlstate as us

    query = "p=baseline&view=analysis"
    before, bad, after = forge(server, query, [], {"policy_map": {"string_value": json.dumps(selection)}})
    if not moves:
        assert months_caption(bad) == months_caption(before) == months_caption(after)
        return
    link = {k: float(v[0]) for k, v in parse_qs(after_query(server, query, selection)).items() if k in PARAM_BY_NAME}
    assert set(link) == {"commission", "fairness"}, link
    for name, value in link.items():
        lo, hi, _ = us.display_range(PARAM_BY_NAME[name])
        assert value in (lo, hi), (name, value)


def after_query(server: Any, query: str, selection: dict[str, Any]) -> str:
    """The link after one forged policy-map click (the page writes its query string back)."""

    async def go() -> str:
        async with Session.connect(server.url, query) as s:
            await s.rerun(timeout=180)
            await s.rerun([s.state("policy_map", string_value=json.dumps(selection))])
            return s.query

    return asyncio.run(go())


@pytest.mark.parametrize(
    ("key", "state"),
    [
        ("policy_map", {"string_value": "not json"}),
        ("policy_map", {"string_value": json.dumps({"selection": [1]})}),
        ("policy_map", {"string_value": "7"}),
        ("live", {"json_value": "{" * 50_000}),
        ("horizon", {"string_value": "x" * 100_000}),
        ("cmp_h", {"string_array_value": ["12"] * 1000}),
        ("not-a-widget-id", {"bool_value": True}),
    ],
    ids=["map-not-json", "map-selection-a-list", "map-a-number", "live-deep", "long-text", "long-list", "raw-id"],
)
def test_states_streamlit_itself_would_choke_on_are_dropped_before_it_decodes_them(
    server: Any, key: str, state: dict[str, Any]
) -> None:
    """Each of these raised inside Streamlit (a traceback on the page) before ``ui.server``."""
    query = "p=baseline&view=analysis"
    steps = [("compare_open", {"bool_value": True})]
    before, bad, after = forge(server, query, steps, {key: state})
    said = refusals(bad)
    assert "not used" in said, said
    assert months_caption(bad) == months_caption(before) == months_caption(after)


def test_forged_clicks_on_disabled_or_missing_buttons_change_nothing(server: Any) -> None:
    """Disabled is the page's word only: Undo with nothing to undo, Redo at the end, Replay with
    nothing to replay, an Unpin for a pin that is not there (a widget id the page never drew)."""
    forged = {k: {"trigger_value": True} for k in ("undo", "redo", "replay_btn", "$$ID-0000-unpin_3")}
    before, bad, _after = forge(server, "p=baseline", [], forged)
    assert months_caption(bad) == months_caption(before)
    assert not refusals(bad)


def test_a_clear_cache_request_from_a_client_is_refused(server: Any) -> None:
    """Any client's ``clear_cache`` emptied every user's caches (the model's runs, the presets)."""
    from streamlit.proto.BackMsg_pb2 import BackMsg

    async def go() -> tuple[float, float]:
        async with Session.connect(server.url, "p=baseline") as s:
            first = await s.rerun(timeout=180)
            assert first.ok
            warm = await s.rerun()
            msg = BackMsg()
            msg.clear_cache = True
            await s.send(msg)
            again = await s.rerun()
            assert again.ok
            return warm.seconds, again.seconds

    warm, again = asyncio.run(go())
    log = (ARTIFACTS / "forged_server.log").read_text(encoding="utf-8")
    assert "refused a clear_cache request" in log
    assert again < max(1.0, 3 * warm), (warm, again)  # still served from the caches


def test_a_message_over_the_size_limit_closes_that_connection_only(server: Any) -> None:
    """``server.maxWidgetStateSize`` is 1 MB (Streamlit's default: 25): a 3 MB rerun is refused
    before it is parsed, and the server goes on serving."""
    import websockets

    async def go() -> None:
        async with Session.connect(server.url, "p=baseline") as s:
            assert (await s.rerun(timeout=180)).ok
            rss0 = rss_mb(server.pid)
            with pytest.raises((websockets.ConnectionClosed, TimeoutError)):
                await s.rerun([s.state("pin_name", string_value="x" * 3_000_000)], timeout=30)
            assert rss_mb(server.pid) - rss0 < RSS_GROWTH_MB
        async with Session.connect(server.url, "p=baseline") as s:
            assert (await s.rerun()).ok

    asyncio.run(go())


def test_a_link_streamlit_will_not_read_is_named_not_silently_dropped(server: Any) -> None:
    """Over 1,000 fields Streamlit reads none of the link: the page said nothing and showed the preset."""
    query = "p=baseline&commission=2&" + "&".join(f"k{i}=1" for i in range(1000))

    async def go() -> Run:
        async with Session.connect(server.url, query) as s:
            return await s.rerun(timeout=180)

    run = asyncio.run(go())
    assert run.ok
    said = "\n".join(plain(a) for a in run.alerts)
    assert "the link has 1,002 fields and" in said and "none of it was read; showing the preset" in said, said
