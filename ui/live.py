"""The live panel: the three main levers, four headline numbers and two large charts, run in the page.

A components-v2 element (no iframe) runs the model's generated kernel (``ui/engine/kernel.mjs``)
in the browser, so the numbers and both charts follow a slider **while it is dragged**; Monte
Carlo bands come from a Web Worker running the same kernel over the draws' inputs.  Python stays
the source of truth for everything that leaves the page:

* the panel's inputs come from Python (``payload``): the kernel's input row of the scenario as
  the page has it (``model.core.prepare``: parameters, derived and calibrated constants), its
  schedules, the draws' input rows (``model.analysis.draw_batch``), the reference scenario's
  series, every lever position's exact model value, the charts, the headline numbers and the
  words, in the reader's language;
* a move shows in the address bar at once (the panel writes the text ``sync_url`` will write,
  replacing the history entry: the link is always the one on screen), and costs the server
  nothing;
* once the room stops moving (``SETTLE_MS`` after the last move: a released drag, a burst of key
  presses) the levers come back as the ``levers`` state of a small element in a fragment of its
  own (``sync``), and the page reruns once: ``st.query_params``, the cards below, the downloads,
  undo/redo's history and the other views catch up.

The levers leave the sidebar: a lever has one slider on the page.
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
import re
import struct
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np
import streamlit as st

from model.analysis import draw_batch
from model.core import OUTPUTS, prepare
from model.equations import MODEL
from model.kpis import KPI_BY_KEY, Kpi
from model.params import Params
from model.registry import Param
from model.scenario import Scenario
from model.schedule import Schedule

from . import guard
from . import urlstate as us
from .charts import CHARTS, SERIES_COLOURS
from .model_cache import MC_DRAWS, MC_SEED, dates, presets
from .page import HTML_LANG
from .parameters import DEFAULT_SLOTS, MAIN_LEVERS
from .texts import field_text, label, lang_code, shown_factor, shown_unit, step_decimals, t, unit_factor

ENGINE = Path(__file__).resolve().parent / "engine"
MAGIC = b"FWL1"
REPORT_MS = 250  # after the last move, the panel's worker starts the bands (in the page)
SETTLE_MS = 900  # after the last move, the panel sends the levers and the page reruns (cards, downloads, history)
LIVE_KPIS = ("gmv_annual", "buyers", "smb_gmv_share", "platform_profit")  # the four headline numbers
CHART_KEYS = tuple(c.key for c in CHARTS)


@functools.cache
def sources() -> tuple[str, str]:
    """(JavaScript, CSS) of the panel: uPlot (vendored, pinned), the kernel (its ``export``s made
    module-level declarations) and ``live.js``; uPlot's stylesheet and ``live.css``."""
    kernel = re.sub(r"^export ", "", (ENGINE / "kernel.mjs").read_text(encoding="utf-8"), flags=re.MULTILINE)
    js = "\n".join(
        [
            (ENGINE / "vendor" / "uPlot.iife.min.js").read_text(encoding="utf-8"),
            kernel,
            (ENGINE / "live.js").read_text(encoding="utf-8"),
        ]
    )
    css = (
        (ENGINE / "vendor" / "uPlot.min.css").read_text(encoding="utf-8")
        + "\n"
        + (ENGINE / "live.css").read_text(encoding="utf-8")
    )
    return js, css


_JS, _CSS = sources()
CODE = _JS.encode("utf-8")
CODE_KEY = hashlib.blake2b(CODE, digest_size=8).hexdigest()
KEY = re.compile(r"[0-9a-f]{16}")  # a part's key, as the page reports it (``reported_have``)
# Streamlit sends an element's script with the element on every run; the panel's own (uPlot, the
# kernel, live.js: 166 KB) goes in its payload instead, once per page (``payload``), and the
# element's script is the small loader that keeps it (ui/engine/loader.js).
_LIVE = st.components.v2.component(
    "flywheel_live",
    html='<div class="live" data-state="loading"></div>',
    css=_CSS,
    js=(ENGINE / "loader.js").read_text(encoding="utf-8"),
)
# The panel's way back to Python: a tiny element in a fragment of its own.  The panel calls it
# (``window.flywheelSync``) once the room stops moving; the fragment reruns, sees the new levers,
# and reruns the page (a fragment rerun alone re-sends only this element, not the panel).
_SYNC = st.components.v2.component(
    "flywheel_live_sync",
    html="<span hidden></span>",
    css=":host { display: none; }",
    js=("export default function (component) { window.flywheelSync = { state: component.setStateValue }; }"),
)


# ------------------------------------------------------------------ what the panel is given
@dataclass(frozen=True, slots=True)
class Arrays:
    """Named float64 arrays in the payload's binary part, in order."""

    items: tuple[tuple[str, np.ndarray], ...]

    def header(self) -> list[list[object]]:
        return [[name, int(a.size)] for name, a in self.items]

    def blob(self) -> bytes:
        return b"".join(np.ascontiguousarray(a, dtype="<f8").tobytes() for _, a in self.items)


@functools.cache
def lever_positions(p: Param) -> tuple[list[float], list[float]]:
    """Every position of a main lever's slider: (display values, exact model values), as the
    sidebar's slider had them (``urlstate``: snapped display value, ``from_display``)."""
    lo, hi, step = us.display_range(p)
    n = round((hi - lo) / step)
    shown = [us.snap_display(p, lo + k * step) for k in range(n + 1)]
    return shown, [us.from_display(p, s) for s in shown]


def position_of(shown: Sequence[float], value: float) -> int:
    """The slider position nearest ``value`` (display units)."""
    return int(np.argmin(np.abs(np.asarray(shown) - value)))


def _kpi_spec(k: Kpi, lg: str) -> dict[str, object]:
    return {
        "key": k.key,
        "label": label(k, lg),
        "unit": t("u_" + k.unit, lg),
        "deltaUnit": t("u_pp", lg) if k.unit == "percent" else t("u_" + k.unit, lg),
        "out": OUTPUTS.index(k.variable),
        "how": k.how,
        "scale": k.scale * unit_factor("u_" + k.unit, lg),
        "higher": k.higher_is_better,
        "help": field_text(k, "help", lg),
    }


def _chart_spec(key: str, lg: str) -> dict[str, object]:
    spec = next(c for c in CHARTS if c.key == key)
    return {
        "key": spec.key,
        "title": t(spec.key, lg),
        "axis": t(spec.axis, lg),
        "scale": spec.scale * unit_factor(spec.axis, lg),
        "series": [{"out": OUTPUTS.index(var), "label": t(lab, lg), "color": SERIES_COLOURS[lab]} for var, lab in spec.series],
    }


@functools.lru_cache(maxsize=32)
def _draws_inputs(preset: str, values: bytes, schedules: str, months: int) -> np.ndarray:
    """The input rows of the Monte Carlo draws the page's bands use (``run_bands``: same draws,
    seed and count), with the main levers as the scenario has them (the panel sets its own)."""
    from .model_cache import unpack, unsched

    sc = replace(presets()[preset], params=unpack(values), schedules=unsched(schedules))
    _, batch, state = draw_batch(sc, MC_DRAWS, MC_SEED)
    prep = prepare(batch, reference=state, schedules=sc.schedules, months=months)
    out = prep.inputs
    out.flags.writeable = False
    return out


def _without_main_levers(params: Params, preset: Scenario) -> Params:
    """``params`` with the main levers at the preset's values (what the panel's cached inputs are
    made from: the panel sets the levers' columns itself)."""
    return params.replace(**{p.name: preset.params[p.name] for p in MAIN_LEVERS})


USED: tuple[int, ...] = tuple(
    sorted(
        {OUTPUTS.index(var) for c in CHARTS for var, _ in c.series} | {OUTPUTS.index(KPI_BY_KEY[k].variable) for k in LIVE_KPIS}
    )
)
"""The outputs the panel reads (its charts' series and headline numbers), in ``OUTPUTS`` order."""


@dataclass(frozen=True, slots=True)
class _Static:
    """The part of a payload that a lever move does not change (cached): the binary arrays and
    the loop's shape."""

    arrays: list[list[object]]
    blob: bytes
    key: str  # a digest of ``blob``: the page keeps what it has when the key is the same
    steps: int
    dt: float
    save_every: int
    saved: int
    dates: list[int]


@functools.lru_cache(maxsize=64)
def _static(
    preset_name: str, base: bytes, schedules: str, horizon: int, bands: bool, reference: tuple[str, bytes, str]
) -> _Static:
    from .model_cache import run_series, unpack, unsched

    preset = presets()[preset_name]
    prep = prepare(unpack(base), reference=preset.state, schedules=unsched(schedules), months=horizon)
    at, value, ramp, bounds = prep.schedules
    ref_run = run_series(reference[0], reference[1], reference[2], horizon)
    ref = np.stack([np.asarray(ref_run[OUTPUTS[i]], dtype=np.float64)[: prep.saved] for i in USED], axis=1)
    items: list[tuple[str, np.ndarray]] = [
        ("inp", prep.inputs[0]),
        ("at", at),
        ("value", value),
        ("ramp", ramp),
        ("bounds", bounds.astype(np.float64)),
        ("ref", ref),
    ]
    if bands:
        items.append(("draws", _draws_inputs(preset_name, base, schedules, horizon)))
    for p in MAIN_LEVERS:
        shown, model_values = lever_positions(p)
        items.append((f"lever_{p.name}", np.asarray(model_values)))
        items.append((f"shown_{p.name}", np.asarray(shown)))
    arrays = Arrays(tuple(items))
    run_dates = dates(preset.start, prep.saved)
    blob = arrays.blob()
    return _Static(
        arrays=arrays.header(),
        blob=blob,
        key=hashlib.blake2b(blob, digest_size=8).hexdigest(),
        steps=prep.steps,
        dt=prep.dt,
        save_every=prep.save_every,
        saved=prep.saved,
        dates=np.asarray(run_dates, dtype="datetime64[ms]").astype(np.int64).tolist(),
    )


def payload(
    *,
    preset_name: str,
    params: Params,
    schedules: tuple[Schedule, ...],
    horizon: int,
    reference: tuple[str, Params, tuple[Schedule, ...]],
    reference_label: str,
    current_label: str,
    lg: str,
    meeting: bool,
    bands: bool,
    slots: tuple[str, str],
    notes: Mapping[str, str] | None = None,
    rev: int = 0,
    seen: int = 0,
    epoch: int = 0,
    have: Collection[str] = (),
) -> bytes:
    """Everything the panel draws from, as one binary message: ``FWL1``, the header's length
    (uint32, little-endian), the header (JSON, UTF-8), zero padding to 8 bytes, the panel's code
    (``CODE``, UTF-8, ``codeSize`` bytes, then padding to 8), then the float64 arrays the header
    lists, in order.  The code and the arrays are each sent only when the page does not hold them
    (``have``: the keys it reported, ``reported_have``): ``codeSize`` is 0 and ``static`` false
    when they are left out, and the page uses the ones it kept under ``codeKey`` / ``staticKey``.
    ``reference``: (preset, parameters, schedules) of the
    scenario the numbers and the dashed lines compare with.  ``rev``: the page's revision (a
    payload with the revision the panel already has is one it has drawn: nothing to do).  ``seen``:
    the last of the panel's moves this page has (its ``seq``; a later one stays as the panel has it).
    ``epoch``: how many times the levers were moved from elsewhere (``lever_epoch``): a new one
    makes the panel take these positions and drop a move it has not sent."""
    from .model_cache import pack, sched_key

    preset = presets()[preset_name]
    base = _without_main_levers(params, preset)
    ref_key = (reference[0], pack(reference[1]), sched_key(reference[2]))
    st_ = _static(preset_name, pack(base), sched_key(schedules), horizon, bands, ref_key)
    header = {
        **_header_static(lg),
        "rev": rev,
        "codeKey": CODE_KEY,
        "codeSize": 0 if CODE_KEY in have else len(CODE),
        "staticKey": st_.key,
        "static": st_.key not in have,
        "steps": st_.steps,
        "dt": st_.dt,
        "saveEvery": st_.save_every,
        "saved": st_.saved,
        "draws": MC_DRAWS if bands else 0,
        "seen": seen,
        "epoch": epoch,
        "reportMs": REPORT_MS,
        "settleMs": SETTLE_MS,
        "meeting": meeting,
        "levers": [_lever_spec(p, lg, params, preset, (notes or {}).get(p.name, "")) for p in MAIN_LEVERS],
        "slots": list(slots),
        "dates": st_.dates,
        "atDate": dates(preset.start, st_.saved)[-1][:7],
        "labels": {"current": current_label, "reference": reference_label},
        "preset": field_text(preset, "title", lg),
        "arrays": st_.arrays,
    }
    head = json.dumps(header, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    parts = [MAGIC, struct.pack("<I", len(head)), head, _pad(8 + len(head))]
    if header["codeSize"]:
        parts += [CODE, _pad(len(CODE))]
    if header["static"]:
        parts.append(st_.blob)
    return b"".join(parts)


def _pad(n: int) -> bytes:
    return b"\0" * (-n % 8)


@functools.lru_cache(maxsize=8)
def _header_static(lg: str) -> dict[str, object]:
    return {
        "v": 2,
        "digest": MODEL_DIGEST,
        "nIn": len(MODEL.columns),
        "nOut": len(OUTPUTS),
        "used": list(USED),
        "lang": HTML_LANG[lang_code(lg)],
        "kpis": [_kpi_spec(KPI_BY_KEY[k], lg) for k in LIVE_KPIS],
        "charts": [_chart_spec(k, lg) for k in CHART_KEYS],
        "texts": {k: t(k, lg) for k in LIVE_TEXTS},
    }


def _lever_spec(p: Param, lg: str, params: Params, preset: Scenario, note: str) -> dict[str, object]:
    shown, _ = lever_positions(p)
    _, _, step = us.display_range(p)
    factor = shown_factor(p.shown_unit, lg)
    return {
        "name": p.name,
        "col": MODEL.columns.index(p.name),
        "label": label(p, lg),
        "unit": "" if p.shown_unit == "index 0-1" else shown_unit(p.shown_unit, lg),
        "help": field_text(p, "help", lg),
        "n": len(shown),
        "factor": factor,
        "decimals": step_decimals(step * factor),
        "at": position_of(shown, us.to_display(p, params[p.name])),
        "preset": position_of(shown, us.to_display(p, preset.params[p.name])),
        "note": note,
    }


def _digest() -> str:
    text = (ENGINE / "kernel.mjs").read_text(encoding="utf-8")
    found = re.search(r'DIGEST = "([0-9a-f]+)"', text)
    return found.group(1) if found else ""


MODEL_DIGEST = _digest()
LIVE_TEXTS = (
    "live_left",
    "live_right",
    "live_unchanged",
    "live_vs",
    "live_at",
    "live_bands",
    "live_summary_none",
    "live_summary_did",
    "live_legend_current",
    "live_legend_reference",
    "live_legend_band",
    "sep",
)


def read_payload(blob: bytes) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
    """The header and the arrays of a ``payload`` (what loader.js decodes; tests read it back):
    no arrays when the payload left them out (``static`` false)."""
    header, offset = _read_head(blob)
    offset += header["codeSize"] + len(_pad(header["codeSize"]))
    out: dict[str, np.ndarray] = {}
    if not header["static"]:
        return header, out
    for name, size in header["arrays"]:
        out[name] = np.frombuffer(blob, dtype="<f8", count=size, offset=offset)
        offset += 8 * size
    return header, out


def payload_code(blob: bytes) -> bytes:
    """The panel's code a ``payload`` carries (empty when it left it out)."""
    header, offset = _read_head(blob)
    return blob[offset : offset + header["codeSize"]]


def _read_head(blob: bytes) -> tuple[dict[str, Any], int]:
    if blob[:4] != MAGIC:
        raise ValueError("not a live-panel payload")
    (n,) = struct.unpack("<I", blob[4:8])
    return json.loads(blob[8 : 8 + n].decode("utf-8")), 8 + n + len(_pad(8 + n))


# ------------------------------------------------------------------ what comes back
def reported_have() -> frozenset[str]:
    """The parts (code, arrays) the page said it holds with its last move (the panel's ``levers``
    state, ``have``): keys only, at most a few; anything else is ignored (the parts are sent
    whole).  None once the page asked for a whole payload (``on_need``), for that one run."""
    if st.session_state.pop("live_resend", False):
        return frozenset()
    got = _state("levers")
    have = got.get("have") if isinstance(got, dict) else None
    if not isinstance(have, list) or len(have) > 16:
        return frozenset()
    return frozenset(k for k in have if isinstance(k, str) and KEY.fullmatch(k))


def _state(name: str) -> object:
    """One field of the sync element's state (``live``: a mapping, whatever the client sent)."""
    state = st.session_state.get("live")
    return state.get(name) if isinstance(state, Mapping) else None


def on_need() -> None:
    """The page got a payload without a part it no longer holds (it keeps the last few): the next
    run sends every part (``reported_have``), and the page reruns for it."""
    st.session_state["live_resend"] = True
    st.session_state["live_moving"] = True


def lever_values(got: object) -> tuple[dict[str, float], list[tuple[str, object]]]:
    """The panel's ``levers`` state checked against the registry: name → display value snapped
    to a slider position, and the (name, value) pairs refused (unknown, not a number, out of range)."""
    values: dict[str, float] = {}
    refused: list[tuple[str, object]] = []
    if not isinstance(got, dict):
        return values, ([("levers", got)] if got is not None else [])
    by_name = {p.name: p for p in MAIN_LEVERS}
    for name, raw in got.items():
        p = by_name.get(str(name))
        if p is None or isinstance(raw, bool) or not isinstance(raw, int | float) or not math.isfinite(float(raw)):
            refused.append((str(name), raw))
            continue
        shown, _ = lever_positions(p)
        lo, hi, _step = us.display_range(p)
        if not lo <= float(raw) <= hi:
            refused.append((p.name, raw))
            continue
        values[p.name] = shown[position_of(shown, float(raw))]
    return values, refused


def slot_values(got: object, current: tuple[str, str]) -> tuple[str, str]:
    """The panel's ``slots`` state: two chart keys (anything else keeps ``current``)."""
    if isinstance(got, list) and len(got) == 2 and all(isinstance(k, str) and k in CHART_KEYS for k in got):
        return (got[0], got[1])
    return current


def on_levers() -> None:
    """The room stopped moving: the panel's levers (``{"values": {...}, "seq": n, "epoch": e}``)
    to session state, and ``seq`` remembered (the next payload tells the panel which of its moves
    it has).  A move made before the levers were moved from elsewhere (an undo, a reset: an older
    ``epoch``) is acknowledged and dropped: it must not undo the undo."""
    got = _state("levers")
    raw = got.get("values") if isinstance(got, dict) else got
    seq = got.get("seq") if isinstance(got, dict) else None
    if isinstance(seq, int) and not isinstance(seq, bool) and 0 < seq < 2**31:
        st.session_state["live_seen"] = seq
    epoch = got.get("epoch") if isinstance(got, dict) else None
    if epoch is not None and epoch != st.session_state.get("live_epoch"):
        return
    values, refused = lever_values(raw)
    for name, v in values.items():
        st.session_state[name] = v
    st.session_state["live_shown"] = _shown_now()  # what the panel shows: not a change from elsewhere
    st.session_state["live_moving"] = True  # the fragment reruns the page (``sync``)
    kept = {p.name: st.session_state.get(p.name, us.to_display(p, p.default)) for p in MAIN_LEVERS}
    for issue in lever_issues(refused, kept, us.lang_of(st.query_params.get(us.LANG_KEY))):
        guard.note(issue)


def lever_issues(refused: list[tuple[str, object]], kept: Mapping[str, float], lg: str) -> list[us.Issue]:
    """The refused (name, value) pairs of ``lever_values`` as the page words them: a lever by its
    label, with its range and the value it keeps (``kept``, display units); another name as sent."""
    by_name = {p.name: p for p in MAIN_LEVERS}
    out = []
    for name, value in refused:
        p = by_name.get(name)
        if p is None:
            out.append(us.Issue(guard.shown_value(name), guard.shown_value(value), "not_a_lever"))
            continue
        lo, hi, _ = us.display_range(p)
        fields = {"lo": lo, "hi": hi, "unit": p.display_unit or p.unit, "kept": f"{kept[p.name]:g}"}
        out.append(us.Issue(label(p, lg), guard.shown_value(value), "number_refused", fields))
    return out


def _shown_now() -> tuple[object, ...]:
    """The main levers' display values in session state (None where not set yet)."""
    return tuple(st.session_state.get(p.name) for p in MAIN_LEVERS)


def lever_epoch() -> int:
    """How many times the main levers were moved from elsewhere than the panel (undo, redo, a
    reset, a preset, an upload, the policy map, the first run): one more whenever session state
    holds other values than the panel last showed or sent (``on_levers`` keeps them in step)."""
    now = _shown_now()
    if st.session_state.get("live_shown") != now:
        st.session_state["live_epoch"] = int(st.session_state.get("live_epoch", 0)) + 1
        st.session_state["live_shown"] = now
    return int(st.session_state["live_epoch"])


def on_slots() -> None:
    got = _state("slots")
    st.session_state["slots"] = slot_values(got, current_slots())


def current_slots() -> tuple[str, str]:
    got = st.session_state.get("slots")
    return got if isinstance(got, tuple) and len(got) == 2 else DEFAULT_SLOTS


def mount(data: bytes) -> None:
    """The panel element (it sends nothing back itself: ``sync`` does)."""
    _LIVE(data=data, key="live_panel", width="stretch")


def sync(*, settled: Callable[[], None]) -> None:
    """The element the panel reports to, in a fragment: the levers it sends (once the room stops
    moving) go to session state (``on_levers``), then ``settled`` reruns the page."""
    _SYNC(key="live", on_levers_change=on_levers, on_slots_change=on_slots, on_need_change=on_need)
    if st.session_state.pop("live_moving", False):
        settled()
