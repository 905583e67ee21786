"""The explorer page: controls from the registry, KPI cards, charts, share link, files."""

from __future__ import annotations

import functools
import math
from dataclasses import replace
from typing import Literal

import altair as alt
import numpy as np
import pandas as pd
import streamlit as st

import model
from model.core import integrate
from model.output import month_dates, run, to_csv
from model.params import Params
from model.registry import GROUP_LABELS, PARAMETERS, Param
from model.scenario import Scenario, load_text, to_toml

from . import urlstate as us
from .charts import CHARTS, Series, dashboard_datasets, dashboard_spec
from .kpi import Kpi, kpis
from .texts import t

LEVERS = tuple(p for p in PARAMETERS if p.ui == "lever")
ADVANCED = tuple(p for p in PARAMETERS if p.ui == "advanced")
SHOWN = LEVERS + ADVANCED
# Always on screen and bound to the URL by Streamlit: the three levers a meeting drives.
MAIN_LEVERS = tuple(p for p in LEVERS if p.name in ("commission", "fairness", "subsidy_bn_per_year"))
# The subsidy's timing, budget and split: one click away, in a panel built only while open.
DESIGN = tuple(p for p in LEVERS if p not in MAIN_LEVERS)
# Script-managed sliders (session state, written to the URL by ``sync_url``), by panel key.
PANELS = {"design_open": DESIGN, "advanced_open": ADVANCED}
MANAGED = DESIGN + ADVANCED
SUBSIDY_SPLIT = ("subsidy_share_smb", "subsidy_share_head", "subsidy_share_logistics", "subsidy_share_coupons")


# ------------------------------------------------------------------ model, cached
@functools.cache
def presets() -> dict[str, Scenario]:
    """The preset library, read once per process (files under scenarios/; immutable)."""
    return {s.name: s for s in model.presets()}


def series(preset: str, params: Params, months: int) -> dict[str, np.ndarray]:
    """One run as variable → monthly values (plus ``date``), from the cache when seen before."""
    # The cache key is the frozen parameter values packed as float64 bytes: exact (bit for
    # bit) and hashed in one step, where a tuple of 88 floats costs st.cache_data ~3 ms.
    return run_series(preset, np.asarray(params.values, dtype=np.float64).tobytes(), months)


@st.cache_data(max_entries=512, show_spinner=False)
def run_series(preset: str, values: bytes, months: int) -> dict[str, np.ndarray]:
    """One run keyed by the preset, the packed parameter values and the horizon."""
    sc = presets()[preset]
    params = Params(tuple(np.frombuffer(values, dtype=np.float64).tolist()))
    raw = integrate(params, reference=sc.state, schedules=sc.schedules, months=months, dt=model.DT)
    out = {v: np.ascontiguousarray(a[:, 0]) for v, a in raw.data.items()}
    out["date"] = dates(sc.start, months + 1)
    return out


@functools.cache
def dates(start: str, n: int) -> np.ndarray:
    """The month dates of a run (read-only, shared)."""
    out = np.array(month_dates(start, n))
    out.flags.writeable = False
    return out


def scenario_for(preset: str, params: Params) -> Scenario:
    """The preset with the run parameters ``params`` (its reference state unchanged)."""
    return replace(presets()[preset], params=params)


# ------------------------------------------------------------------ state
def lang() -> str:
    """The page language (``lang=zh`` in the URL)."""
    return "zh" if st.query_params.get(us.LANG_KEY) == "zh" else "en"


def label(p: Param, lg: str) -> str:
    return p.label_zh if lg == "zh" else p.label_en


def help_text(p: Param, lg: str) -> str:
    text = p.help_zh if lg == "zh" else p.help_en
    lo, hi, _ = us.display_range(p)
    return f"{text} ({lo:g}–{hi:g} {p.shown_unit})"


def set_widgets_to(preset: str) -> None:
    """Move every parameter slider to the preset's value."""
    params = presets()[preset].params
    for p in SHOWN:
        st.session_state[p.name] = us.to_display(p, params[p.name])


def on_preset_change() -> None:
    set_widgets_to(st.session_state["preset"])


def on_reset_preset() -> None:
    set_widgets_to(st.session_state["preset"])


def on_reset_all() -> None:
    st.session_state["preset"] = us.DEFAULT_PRESET
    st.session_state["horizon"] = us.DEFAULT_HORIZON
    st.session_state["view"] = us.VIEWS[0]
    set_widgets_to(us.DEFAULT_PRESET)


def first_run() -> None:
    """Once per session: read the link, remember what could not be used, seed the controls."""
    query = st.query_params.to_dict()
    names = list(presets())
    values, issues = us.check_query(query, names)
    st.session_state["url_issues"] = issues
    preset = query.get(us.PRESET_KEY, us.DEFAULT_PRESET)
    st.session_state["preset"] = preset if preset in names else us.DEFAULT_PRESET
    horizon = query.get(us.HORIZON_KEY, "")
    st.session_state["horizon"] = int(horizon) if horizon in {str(h) for h in us.HORIZONS} else us.DEFAULT_HORIZON
    view = query.get(us.VIEW_KEY, "")
    st.session_state["view"] = view if view in us.VIEWS else us.VIEWS[0]
    for p in MANAGED:
        if p.name in values:
            st.session_state[p.name] = us.to_display(p, values[p.name])
    shown = {p.name for p in SHOWN}
    for key in list(query):
        if key not in us.META_KEYS and key not in shown:
            del st.query_params[key]  # unknown or not adjustable here: reported, then dropped
    st.session_state["initialised"] = True


def sync_url(preset: str, params: Params, horizon: int, view: str) -> None:
    """Write the script-managed keys (the bound lever sliders write their own)."""
    want = {us.PRESET_KEY: preset, us.VERSION_KEY: model.__version__}
    diff = params.diff(presets()[preset].params)
    for p in MANAGED:
        if p.name in diff:
            want[p.name] = us.format_display(p, us.to_display(p, diff[p.name]))
    if horizon != us.DEFAULT_HORIZON:
        want[us.HORIZON_KEY] = str(horizon)
    if view != us.VIEWS[0]:
        want[us.VIEW_KEY] = view
    for key in (us.PRESET_KEY, us.HORIZON_KEY, us.VIEW_KEY, us.VERSION_KEY, *(p.name for p in MANAGED)):
        if key in want and st.query_params.get(key) != want[key]:
            st.query_params[key] = want[key]
        elif key not in want and key in st.query_params:
            del st.query_params[key]


# ------------------------------------------------------------------ controls
def slider(p: Param, default: float, lg: str, *, bound: bool = True) -> float:
    """A slider for ``p`` in display units, keyed by the parameter's name.

    ``bound``: Streamlit syncs it with the URL (the default is the preset value, so
    the URL holds only changes).  Unbound sliders keep their value in session state
    (no ``value=``), which survives reruns while a collapsed expander hides them.
    """
    lo, hi, step = us.display_range(p)
    decimals = max(0, -math.floor(math.log10(step))) if step < 1 else 0
    fmt = f"%.{decimals}f" + ("%%" if p.display_unit == "%" else "")
    if not bound and p.name not in st.session_state:
        st.session_state[p.name] = us.to_display(p, default)
    value = st.slider(
        label(p, lg),
        min_value=lo,
        max_value=hi,
        value=us.to_display(p, default) if bound else None,
        step=step,
        format=fmt,
        key=p.name,
        help=help_text(p, lg),
        bind="query-params" if bound else None,
        persist_state=None if bound else "session",
    )
    return float(value)


def panel(key: str, title: str, preset: Scenario, lg: str, caption: str = "") -> dict[str, float]:
    """A collapsible group of script-managed sliders, built only while open (most reruns skip it).

    The values live in session state either way; the title counts the settings that
    differ from the preset, so a closed panel still says that it holds changes.
    """
    params = PANELS[key]
    values = {p.name: float(st.session_state.setdefault(p.name, us.to_display(p, preset.params[p.name]))) for p in params}
    changed = sum(us.to_display(p, preset.params[p.name]) != us.snap_display(p, values[p.name]) for p in params)
    label_text = title + (" · " + t("n_changed", lg, n=changed) if changed else "")
    box = st.expander(label_text, key=key, on_change="rerun")
    if not box.open:
        return values
    with box:
        if caption:
            st.caption(caption)
        group = ""
        for p in params:
            if p.group != group and len({q.group for q in params}) > 1:
                en, zh = GROUP_LABELS[p.group]
                st.markdown(f"**{zh if lg == 'zh' else en}**")
            if p.name == SUBSIDY_SPLIT[0]:
                st.markdown(f"**{t('subsidy_split', lg)}**")
            group = p.group
            values[p.name] = slider(p, preset.params[p.name], lg, bound=False)
    return values


def controls(preset: Scenario) -> Params:
    """The sidebar: preset picker, levers, advanced assumptions, resets. Returns the run parameters."""
    lg = lang()
    sb = st.sidebar
    names = list(presets())
    sb.selectbox(
        t("preset", lg),
        names,
        key="preset",
        format_func=lambda n: presets()[n].title_zh if lg == "zh" else presets()[n].title_en,
        on_change=on_preset_change,
    )
    shown: dict[str, float] = {}
    with sb:
        st.caption(preset.question_zh if lg == "zh" else preset.question_en)
        st.subheader(t("levers", lg))
        for p in MAIN_LEVERS:
            shown[p.name] = slider(p, preset.params[p.name], lg)
        shown |= panel("design_open", t("subsidy_design", lg), preset, lg)
        shown |= panel("advanced_open", t("advanced", lg), preset, lg, caption=t("advanced_help", lg))
        c1, c2 = st.columns(2)
        c1.button(t("reset_preset", lg), on_click=on_reset_preset, width="stretch")
        c2.button(t("reset_all", lg), on_click=on_reset_all, width="stretch")
    changes = {}
    for p in SHOWN:
        if us.to_display(p, preset.params[p.name]) != us.snap_display(p, shown[p.name]):
            changes[p.name] = us.from_display(p, shown[p.name])
    return preset.params.replace(**changes)


# ------------------------------------------------------------------ output
def fmt_number(value: float, unit: str) -> str:
    digits = 2 if abs(value) < 10 else 1 if abs(value) < 1000 else 0
    return f"{value:,.{digits}f}"


def kpi_cards(cards: list[Kpi], lg: str) -> None:
    row = st.container(horizontal=True, gap="small")
    for k in cards:
        unit = t("u_" + k.unit, lg)
        delta = None
        if not math.isnan(k.delta):
            d_unit = t("u_pp", lg) if k.unit == "percent" else unit
            delta = f"{k.delta:+,.2f} {d_unit}" if abs(k.delta) < 100 else f"{k.delta:+,.0f} {d_unit}"
        color: Literal["normal", "off"] = "normal" if k.higher_is_better else "off"
        row.metric(
            f"{t('k_' + k.key, lg)} ({unit})",
            fmt_number(k.value, k.unit),
            delta=delta,
            delta_color=color,
            help=t("k_efficiency_help", lg) if k.key.endswith("per_subsidy") else None,
            border=True,
            width=190,
        )


@functools.cache
def cached_dashboard(lang: str) -> dict[str, object]:
    """The charts are built (and validated) with Altair once per language; reruns only send data."""
    return dashboard_spec(lang)


def charts(current: Series, base: Series, start: str, lg: str) -> None:
    end = str(current["date"][-1])[:7]
    titles = ", ".join(t(spec.key, lg) for spec in CHARTS)
    spec = dict(cached_dashboard(lg))  # a shallow copy: the cached spec is shared by every session
    spec["datasets"] = dashboard_datasets(current, base)
    st.vega_lite_chart(
        None,
        spec,
        width="content",
        alt=t("chart_alt", lg, title=titles, start=start, end=end),
    )


def table(current: Series, base: Series, lg: str) -> None:
    names = list(dict.fromkeys(v for spec in CHARTS for v, _ in spec.series))
    suffix = " (" + t("baseline", lg) + ")"
    merged = pd.DataFrame({"date": current["date"], **{n: current[n] for n in names}, **{n + suffix: base[n] for n in names}})
    st.caption(t("table_caption", lg))
    st.dataframe(merged, hide_index=True, width="stretch", height=420)


def share_box(preset: str, params: Params, horizon: int, view: str, lg: str) -> None:
    query = us.share_query(preset, params, presets()[preset].params, horizon, view)
    if lg == "zh":
        query[us.LANG_KEY] = "zh"
    box = st.popover(t("share", lg), icon=":material/link:", key="share_open", on_change="rerun")
    if not box.open:
        return  # built only when opened
    with box:
        st.caption(t("share_help", lg))
        st.code(us.share_url(st.context.url or "http://localhost:8501/", query), language=None, wrap_lines=True)


def scenario_csv(scenario: Scenario, months: int) -> str:
    """The scenario's CSV, exactly as ``python -m model run`` writes it."""
    return to_csv([(scenario.name, run(scenario, months=months))])


def scenario_and_baseline_csv(scenario: Scenario, months: int) -> str:
    """The scenario and its preset baseline in one CSV (scenario column filled)."""
    base = presets()[scenario.name]
    return to_csv([(scenario.name, run(scenario, months=months)), (f"{base.name}-baseline", run(base, months=months))])


def files(scenario: Scenario, months: int, lg: str) -> None:
    box = st.popover(t("downloads", lg), icon=":material/download:", key="files_open", on_change="rerun")
    if not box.open:
        return  # built only when opened
    with box:
        st.download_button(
            t("dl_csv", lg),
            data=lambda: scenario_csv(scenario, months),
            file_name=f"{scenario.name}.csv",
            mime="text/csv",
            key="dl_csv",
            on_click="ignore",
            width="stretch",
        )
        st.download_button(
            t("dl_csv_both", lg),
            data=lambda: scenario_and_baseline_csv(scenario, months),
            file_name=f"{scenario.name}-and-baseline.csv",
            mime="text/csv",
            key="dl_csv_both",
            on_click="ignore",
            width="stretch",
        )
        st.download_button(
            t("dl_toml", lg),
            data=lambda: to_toml(scenario),
            file_name=f"{scenario.name}.toml",
            mime="application/toml",
            key="dl_toml",
            on_click="ignore",
            width="stretch",
        )
        st.file_uploader(
            t("upload", lg), type=["toml"], key="upload", on_change=on_upload, help=t("upload_help", lg), max_upload_size=1
        )


def on_upload() -> None:
    """Restore a scenario file: validate it whole, then move the controls; on any error change nothing."""
    lg = lang()
    up = st.session_state.get("upload")
    if up is None:
        return
    name = up.name
    try:
        data = up.getvalue()
        if not data.strip():
            raise ValueError("the file is empty")
        if len(data) > 64 * 1024:
            raise ValueError("the file is larger than 64 KiB")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            raise ValueError("not UTF-8 text") from None
        sc = load_text(text, name.rsplit(".", 1)[0], name)
    except ValueError as exc:
        st.session_state["upload_msg"] = ("error", t("upload_bad", lg, name=name, reason=str(exc)))
        return
    target = next((n for n in (sc.preset, sc.name) if n in presets()), st.session_state["preset"])
    base = presets()[target]
    notes = [t("upload_ok", lg, name=name)]
    state_diff = sc.state.diff(base.state)
    wanted = {**state_diff, **sc.params.diff(base.params)}
    not_shown = sorted(k for k in wanted if k not in {p.name for p in SHOWN})
    if not_shown:
        st.session_state["upload_msg"] = (
            "error",
            t("upload_bad", lg, name=name, reason="these settings cannot be changed in the app: " + ", ".join(not_shown)),
        )
        return
    if state_diff:
        notes.append(t("upload_state", lg, name=name, fields=", ".join(sorted(state_diff))))
    if sc.schedules:
        notes.append(t("upload_schedules", lg, name=name))
    st.session_state["preset"] = target
    set_widgets_to(target)
    for p in SHOWN:
        if p.name in wanted:
            st.session_state[p.name] = us.to_display(p, wanted[p.name])
    st.session_state["upload_msg"] = ("info", " ".join(notes))


def show_messages(lg: str) -> None:
    issues: list[us.Issue] = st.session_state.get("url_issues", [])
    if issues:
        lines = [f"- `{i.field}` = `{i.value}`: {i.reason_zh if lg == 'zh' else i.reason_en}" for i in issues]
        st.warning(t("url_issues", lg) + "\n" + "\n".join(lines), icon=":material/link_off:")
    msg = st.session_state.get("upload_msg")
    if msg:
        kind, text = msg
        (st.error if kind == "error" else st.info)(text)


def main() -> None:
    alt.data_transformers.disable_max_rows()
    if "initialised" not in st.session_state:
        first_run()
    lg = lang()
    preset_name = st.session_state["preset"]
    preset = presets()[preset_name]
    params = controls(preset)
    horizon = int(st.session_state["horizon"])
    view = st.session_state["view"]

    st.title(t("app_title", lg))
    st.caption(t("tagline", lg))
    show_messages(lg)

    top = st.columns([2.2, 1.6, 2, 1.4, 1.6], vertical_alignment="bottom")
    top[0].markdown(f"**{preset.title_zh if lg == 'zh' else preset.title_en}**")
    top[1].selectbox(t("horizon", lg), us.HORIZONS, key="horizon", help=t("horizon_help", lg))
    top[2].segmented_control(
        t("view", lg),
        us.VIEWS,
        key="view",
        format_func=lambda v: t("view_" + v, lg),
        required=True,
    )
    scenario = scenario_for(preset_name, params)
    with top[3]:
        share_box(preset_name, params, horizon, view, lg)
    with top[4]:
        files(scenario, horizon, lg)
    st.session_state["scenario"] = scenario  # what the downloads would write (read by tests)

    current = series(preset_name, params, horizon)
    base = series(preset_name, preset.params, horizon)
    changes = params.diff(preset.params)
    st.caption(
        t("kpis_at", lg, h=horizon, date=str(current["date"][-1])[:7])
        + " · "
        + (t("changed", lg) + ": " + ", ".join(f"`{k}`" for k in changes) if changes else t("no_changes", lg))
    )
    kpi_cards(kpis(current, base, horizon), lg)
    if view == "table":
        table(current, base, lg)
    else:
        charts(current, base, preset.start, lg)
    st.caption(t("footer", lg, version=model.__version__, start=preset.start, dt=model.DT))
    sync_url(preset_name, params, horizon, view)
