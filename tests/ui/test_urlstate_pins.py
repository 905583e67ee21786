"""The link codec for pinned scenarios, the reference and lever schedules (pure, no Streamlit)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import model
from model.schedule import Schedule
from ui import urlstate as us
from ui.texts import issue_text

PRESETS = {s.name: s.params for s in model.presets()}


def test_a_pin_round_trips_through_its_url_text() -> None:
    base = PRESETS["baseline"]
    pin = us.Pin(
        name="Fee cut, fair; =1 <b>x</b> & 50%",
        preset="baseline",
        params=base.replace(commission=0.015, fairness=0.85, network_effect=0.45),
        schedules=(Schedule(param="subsidy_bn_per_year", value=20.0, at_month=12, ramp_months=6),),
    )
    text = us.encode_pin(pin, base)
    back, issues = us.decode_pin(text, "s1", PRESETS)
    assert issues == []
    assert back == pin
    assert "commission=1.5" in text  # display units, like the rest of the link


@given(st.text(max_size=80))
def test_any_name_round_trips_cleaned(name: str) -> None:
    pin = us.Pin(name=us.clean_name(name) or "x", preset="baseline", params=PRESETS["baseline"])
    back, issues = us.decode_pin(us.encode_pin(pin, PRESETS["baseline"]), "s2", PRESETS)
    assert back is not None and back.name == pin.name and not issues


@pytest.mark.parametrize(
    ("text", "field_value"),
    [
        ("garbage", "garbage"),
        ("x,nosuchpreset,commission=1", "x,nosuchpreset,commission=1"),
        ("", ""),
    ],
)
def test_a_bad_pin_is_dropped_with_a_message(text: str, field_value: str) -> None:
    pin, issues = us.decode_pin(text, "s3", PRESETS)
    assert pin is None
    assert issues[0].field == "s3" and issues[0].value == field_value


def test_bad_settings_inside_a_pin_are_dropped_one_by_one() -> None:
    pin, issues = us.decode_pin("x,baseline,commission=99,foo=1,fairness=0.9,@fairness=2@3,h=3", "s1", PRESETS)
    assert pin is not None and pin.params["fairness"] == 0.9 and pin.params["commission"] == PRESETS["baseline"]["commission"]
    reasons = " | ".join(f"{i.value}: {issue_text(i, 'en')}" for i in issues)
    assert "commission=99: outside the allowed range 0-15 %" in reasons
    assert "foo=1" in reasons and "h=3" in reasons
    assert "fairness=2@3" in reasons and "outside the allowed range 0-1" in reasons


def test_schedules_in_display_units() -> None:
    got, issues = us.decode_schedules("commission=2@12+6,fairness=0.9@24")
    assert not issues
    assert got == (
        Schedule(param="commission", value=0.02, at_month=12, ramp_months=6),
        Schedule(param="fairness", value=0.9, at_month=24),
    )
    assert us.encode_schedules(got) == "commission=2@12+6,fairness=0.9@24"
    assert us.decode_schedules("none") == ((), [])


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("commission=abc@1", "not a number"),
        ("fairness=0.9@300", "[0, 240] months"),
        ("gmv=1@2", "not a lever"),
        ("commission=20@1", "outside the allowed range 0-15"),
        ("commission", "is not of the form"),
    ],
)
def test_bad_schedules_are_named(text: str, reason: str) -> None:
    got, issues = us.decode_schedules(text)
    assert got == ()
    assert issues[0].field == "sched" and reason in issue_text(issues[0], "en")


def test_reference_must_name_a_pin() -> None:
    assert us.decode_ref("2", 3) == (2, [])
    assert us.decode_ref("0", 0) == (0, [])
    ref, issues = us.decode_ref("5", 2)
    assert ref == 0 and "1-2" in issue_text(issues[0], "en")
