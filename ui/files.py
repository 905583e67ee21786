"""Taking a scenario away and bringing it back: the share link, the downloads, the scenario-file upload.

The scenario CSV is byte for byte what ``python -m model run`` writes for the same
settings; the second CSV adds the preset baseline and every pinned scenario; the KPI table
holds every KPI of the scenario and of each pinned scenario against the current reference at
the compare panel's months (with no pins and the preset as the reference, byte for byte what
``python -m model kpis`` writes); the TOML file is what *Open a scenario file* restores,
validated whole (a bad file changes nothing, and the message names what is wrong in the page
language).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import streamlit as st

from model.errors import InputError
from model.output import Result, kpi_csv, run, to_csv
from model.params import Params
from model.scenario import Scenario, load_text, to_toml
from model.schedule import Schedule

from . import guard
from . import urlstate as us
from .compare import compare_months
from .model_cache import presets
from .parameters import SHOWN
from .state import extra_query, lang, pins, set_schedules_to, set_widgets_to
from .texts import error_text, issue_text, md_escape, t

MAX_UPLOAD_BYTES = 64 * 1024  # a scenario file is a few KiB; the server refuses anything over 1 MB (config)


# A visible, focusable "copy link" button (st.code's own copy icon shows only on hover): the
# clipboard API where the page may use it, else the selected text and the browser's copy command.
# It takes the focus when the popover opens (Streamlit leaves it on the popover's button, and the
# popover's body comes last in the page: Tab would not reach it); Escape closes the popover.
_COPY = st.components.v2.component(
    "flywheel_copy_link",
    html='<button type="button" class="copy"></button> <span class="status" role="status" aria-live="polite"></span>',
    css=(
        ".copy { font: inherit; font-size: 0.95rem; padding: 0.35rem 0.8rem; border: 1px solid #8a8a8a;"
        " border-radius: 0.5rem; background: #ffffff; color: #111111; cursor: pointer; }"
        " .copy:focus-visible { outline: 3px solid #1f4ea8; outline-offset: 2px; }"
        " .status { font-size: 0.9rem; color: #0b6b2e; margin-left: 0.4rem; }"
    ),
    js="""
export default function (component) {
  const { data, parentElement } = component;
  const button = parentElement.querySelector(".copy");
  const status = parentElement.querySelector(".status");
  button.textContent = data.label;
  if (!button.dataset.focused) { button.dataset.focused = "1"; button.focus(); }
  button.onclick = async () => {
    let ok = false;
    try {
      await navigator.clipboard.writeText(data.url);
      ok = true;
    } catch (err) {
      const area = document.createElement("textarea");
      area.value = data.url;
      document.body.appendChild(area);
      area.select();
      try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
      area.remove();
      button.focus();
    }
    status.textContent = ok ? data.done : data.failed;
  };
}
""",
)


# The downloads popover's first control takes the focus when it opens (as the copy button above).
_FOCUS_FIRST = st.components.v2.component(
    "flywheel_focus_first",
    html="<span hidden></span>",
    isolate_styles=False,
    js="""
export default function (component) {
  const here = component.parentElement;
  let tries = 0;
  const attempt = () => {  // the popover's body may be attached a frame or two after this runs
    const body = here.isConnected && here.closest('[data-testid="stPopoverBody"]');
    const first = body && body.querySelector("button:not([disabled]), input, a[href]");
    if (first && first.offsetParent !== null) {
      if (!body.dataset.focused) { body.dataset.focused = "1"; first.focus(); }
    } else if (tries++ < 30) requestAnimationFrame(attempt);
  };
  attempt();
}
""",
)


def share_box(preset: str, params: Params, schedules: tuple[Schedule, ...], horizon: int, view: str, lg: str) -> None:
    """A popover with the link to this scenario and a copy button (built only when opened)."""
    query = us.share_query(preset, params, presets()[preset].params, horizon, view) | extra_query(preset, schedules)
    if lg != us.DEFAULT_LANG:
        query[us.LANG_KEY] = lg
    box = st.popover(t("share", lg), icon=":material/link:", key="share_open", on_change="rerun")
    if not box.open:
        return  # built only when opened
    url = us.share_url(st.context.url or "http://localhost:8501/", query)
    with box:
        st.caption(t("share_help", lg))
        st.code(url, language=None, wrap_lines=True)
        _COPY(
            data={"url": url, "label": t("copy_link", lg), "done": t("copied", lg), "failed": t("copy_failed", lg)},
            key="copy_link",
        )


def scenario_csv(scenario: Scenario, months: int) -> str:
    """The scenario's CSV, exactly as ``python -m model run`` writes it."""
    return to_csv([(scenario.name, run(scenario, months=months))])


def pin_scenario(pin: us.Pin) -> Scenario:
    """The scenario a pin runs: its preset with the pin's parameters and schedules."""
    return replace(presets()[pin.preset], params=pin.params, schedules=pin.schedules)


def scenario_and_baseline_csv(scenario: Scenario, months: int, pinned: list[us.Pin] | None = None) -> str:
    """The scenario, its preset baseline and every pinned scenario in one CSV (same long
    format, scenario column filled; pinned names are user text, neutralised by ``to_csv``)."""
    base = presets()[scenario.name]
    results = [(scenario.name, run(scenario, months=months)), (f"{base.name}-baseline", run(base, months=months))]
    for pin in pinned or []:
        results.append((pin.name, run(pin_scenario(pin), months=months)))
    return to_csv(results)


def kpi_table_csv(scenario: Scenario, months: Sequence[int], pinned: list[us.Pin] | None = None, ref: int = 0) -> str:
    """The KPI table (``model.output.kpi_csv``): every KPI of the scenario and of each pinned scenario at
    ``months``, with deltas against the reference (``ref``: 0 the preset, labelled ``<preset>-reference``
    as ``python -m model kpis`` labels its default; k the pinned scenario k, by its name).  Each
    scenario runs ``max(months)`` months, as the command line does."""
    pinned = pinned or []
    n = max(months)
    if 0 < ref <= len(pinned):
        ref_label, ref_run = pinned[ref - 1].name, run(pin_scenario(pinned[ref - 1]), months=n)
    else:
        ref_label, ref_run = f"{scenario.name}-reference", run(presets()[scenario.name], months=n)
    results: list[tuple[str, Result]] = [(scenario.name, run(scenario, months=n))]
    for k, pin in enumerate(pinned, start=1):
        results.append((pin.name, ref_run if k == ref else run(pin_scenario(pin), months=n)))
    return kpi_csv(results, (ref_label, ref_run), months)


def files_box(scenario: Scenario, months: int, lg: str) -> None:
    """A popover with the four downloads (computed only when clicked) and the upload (built only when opened)."""
    box = st.popover(t("downloads", lg), icon=":material/download:", key="files_open", on_change="rerun")
    if not box.open:
        return  # built only when opened
    pinned = pins()
    name = scenario.name
    at, ref = compare_months(), int(st.session_state.get("ref", 0))
    downloads = (  # widget key (also the label's text key), contents (made when clicked), file name, type
        ("dl_csv", lambda: scenario_csv(scenario, months), f"{name}.csv", "text/csv"),
        ("dl_csv_both", lambda: scenario_and_baseline_csv(scenario, months, pinned), f"{name}-and-baseline.csv", "text/csv"),
        ("dl_kpis", lambda: kpi_table_csv(scenario, at, pinned, ref), f"{name}-kpis.csv", "text/csv"),
        ("dl_toml", lambda: to_toml(scenario), f"{name}.toml", "application/toml"),
    )
    with box:
        for key, data, file_name, mime in downloads:
            st.download_button(
                t(key, lg),
                data=data,
                file_name=file_name,
                mime=mime,
                key=key,
                on_click="ignore",
                width="stretch",
                disabled=key == "dl_kpis" and not at,  # no months chosen in the compare panel: no table
            )
        st.file_uploader(
            t("upload", lg), type=["toml"], key="upload", on_change=on_upload, help=t("upload_help", lg), max_upload_size=1
        )
        _FOCUS_FIRST(key="files_focus")


def read_upload(name: str, data: bytes) -> Scenario:
    """The uploaded bytes as a scenario; ``InputError`` (or another ``ValueError``) says what is wrong."""
    if not data.strip():
        raise InputError("file_empty", "the file is empty")
    if len(data) > MAX_UPLOAD_BYTES:
        kib = MAX_UPLOAD_BYTES // 1024
        raise InputError("file_too_large", f"the file is larger than {kib} KiB", kib=kib)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError("not_utf8", "not UTF-8 text") from None
    if "\0" in text:
        raise InputError("not_text", "not a text file (it contains NUL characters)")
    try:
        return load_text(text, name.rsplit(".", 1)[0], name)
    except RecursionError:
        raise InputError("too_nested", "too deeply nested") from None


@guard.guarded
def on_upload() -> None:
    """Restore a scenario file: validate it whole, then move the controls; on any error change nothing.

    The file's name and every reason are user text: escaped before they reach Markdown."""
    lg = lang()
    up = st.session_state.get("upload")
    if up is None:
        return
    name = md_escape(us.clean_name(str(up.name))[: us.MAX_NAME_CHARS] or "?")

    def refuse(reason: str) -> None:
        reason = reason.removesuffix(t("ignored_tail", lg)).rstrip(".?")
        st.session_state.pop("upload_msg_with", None)  # a new message: shown with the setting it leaves
        st.session_state["upload_msg"] = ("error", t("upload_bad", lg, name=name, reason=md_escape(reason)))

    try:
        sc = read_upload(str(up.name), up.getvalue())
    except (ValueError, MemoryError) as exc:
        refuse(error_text(exc, lg, where=False))
        return
    target = next((n for n in (sc.preset, sc.name) if n in presets()), st.session_state["preset"])
    base = presets()[target]
    notes = [t("upload_ok", lg, name=name)]
    state_diff = sc.state.diff(base.state)
    wanted = {**state_diff, **sc.params.diff(base.params)}
    not_shown = sorted(k for k in wanted if k not in {p.name for p in SHOWN})
    if not_shown:
        names = ", ".join(not_shown)
        refuse(error_text(InputError("not_in_app", f"these settings cannot be changed in the app: {names}", names=names), lg))
        return
    schedules, bad = us.fit_schedules(sc.schedules, "schedule")
    if bad:
        refuse(t("item_sep", lg).join(f"{i.value}{t('sep', lg)}{issue_text(i, lg)}" for i in bad))
        return
    if state_diff:
        notes.append(t("upload_state", lg, name=name, fields=", ".join(sorted(state_diff))))
    if schedules:
        notes.append(t("upload_schedules", lg, name=name, n=len(schedules)))
    st.session_state["preset"] = target
    set_widgets_to(target)
    for p in SHOWN:
        if p.name in wanted:
            st.session_state[p.name] = us.to_display(p, wanted[p.name])
    set_schedules_to(schedules, base.params)
    st.session_state.pop("upload_msg_with", None)
    st.session_state["upload_msg"] = ("info", " ".join(notes))
