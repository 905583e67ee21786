"""Reading what an AppTest page shows: chart specs and their datasets, KPI card texts, every visible text.

``AppTest`` exposes ``st.vega_lite_chart`` / ``st.altair_chart`` as an ``UnknownElement`` whose
``proto`` is the ``ArrowVegaLiteChart`` message: ``spec`` (Vega-Lite JSON) and ``datasets``
(name + Arrow IPC bytes; an Altair chart with inline data has one dataset per data frame).
``visible_texts`` walks every node of the element tree (blocks included: popovers, expanders)
and returns each piece of text a reader can see or hear (labels, help, placeholders, options,
captions, metric values, chart titles, axes, legends, tooltips and the text in their datasets,
dataframe headers and text cells, the diagram's labels), each tagged with where it came from.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pyarrow as pa
from google.protobuf.message import Message
from streamlit.testing.v1 import AppTest

CHART_TYPES = ("vega_lite_chart", "arrow_vega_lite_chart")


# ------------------------------------------------------------------ charts
def charts(at: AppTest) -> list[Any]:
    """Every Vega-Lite chart element on the page, in page order."""
    return [c for kind in CHART_TYPES for c in at.get(kind)]


def spec(chart: Any) -> dict[str, Any]:
    """A chart's Vega-Lite spec."""
    out: dict[str, Any] = json.loads(chart.proto.spec)
    return out


def arrow_table(data: bytes) -> pa.Table:
    """An Arrow IPC stream as a table."""
    return pa.ipc.open_stream(pa.py_buffer(data)).read_all()


def datasets(chart: Any) -> dict[str, pa.Table]:
    """A chart's named datasets (Streamlit sends them beside the spec, Arrow-encoded)."""
    return {d.name: arrow_table(d.data.data) for d in chart.proto.datasets}


def layers(node: Any) -> Iterator[dict[str, Any]]:
    """Every unit spec (one with a ``mark``) inside a Vega-Lite spec, depth first."""
    if isinstance(node, dict):
        if "mark" in node:
            yield node
        for key in ("layer", "concat", "hconcat", "vconcat"):
            for child in node.get(key, []):
                yield from layers(child)
    elif isinstance(node, list):
        for child in node:
            yield from layers(child)


# ------------------------------------------------------------------ KPI cards
UNITS = {"tn_per_year": "RMB tn/yr", "bn_per_year": "RMB bn/yr", "bn": "RMB bn", "m_people": "M", "m_merchants": "M"}
UNITS |= {"percent": "%", "rmb_per_rmb": "RMB per RMB"}  # a KPI's unit as an English card shows it


def shown(value: float) -> str:
    """A card's number: 2 decimals below 10, 1 below 1,000, none above (thousands separated)."""
    digits = 2 if abs(value) < 10 else 1 if abs(value) < 1000 else 0
    return f"{value:,.{digits}f}"


def shown_delta(delta: float, unit: str) -> str:
    """A card's delta: signed, 2 decimals below 100, none above, then the unit; one that rounds to
    zero reads ``0.00`` (no sign: no change, no arrow)."""
    text = f"{delta:+,.2f}" if abs(delta) < 100 else f"{delta:+,.0f}"
    return ("0.00" if float(text.replace(",", "")) == 0.0 else text) + " " + unit


# ------------------------------------------------------------------ visible text
# Proto fields that never reach the reader: ids, keys, formats, types, icons (Material names), URLs of files.
HIDDEN_FIELDS = frozenset(
    {
        "id",
        "form_id",
        "key",
        "type",
        "tag",
        "icon",
        "format",
        "query_param_key",
        "deferred_file_id",
        "url",
        "theme",
        "language",
        "raw_value",
        "raw_values",
        "default",
        "columns",  # a dataframe's column configuration (JSON); headers are read from the data
        "mime",
        "spec",  # read below, key by key
        "name",  # dataset names
        "engine",
        "element_id",
        "selection_mode",
    }
)
# Keys of a Vega-Lite spec whose text is drawn: titles (chart, axis, legend, tooltip), legend labels.
SPEC_TEXT_KEYS = frozenset({"title", "text", "description"})
DOT_TEXT = re.compile(r'\b(?:label|xlabel|tooltip)\s*=\s*"((?:[^"\\]|\\.)*)"')


def _proto_strings(msg: Message, path: str) -> Iterator[tuple[str, str]]:
    for fd, value in msg.ListFields():
        if fd.name in HIDDEN_FIELDS:
            continue
        for v in value if fd.is_repeated else [value]:
            if isinstance(v, Message):
                yield from _proto_strings(v, f"{path}.{fd.name}")
            elif isinstance(v, str):
                yield f"{path}.{fd.name}", v


def _spec_strings(node: Any, path: str) -> Iterator[tuple[str, str]]:
    """Drawn text of a Vega-Lite spec: titles, legend label expressions' literals, scale domains (legend entries)."""
    if isinstance(node, dict):
        for key, value in node.items():
            where = f"{path}.{key}"
            if key in SPEC_TEXT_KEYS and isinstance(value, str):
                yield where, value
            elif key in SPEC_TEXT_KEYS and isinstance(value, list):
                yield from ((where, v) for v in value if isinstance(v, str))
            elif key == "labelExpr" and isinstance(value, str):
                yield from ((where, m) for m in re.findall(r"'((?:[^'\\]|\\.)*)'", value))
            elif key == "domain" and isinstance(value, list):
                yield from ((where, v) for v in value if isinstance(v, str))
            else:
                yield from _spec_strings(value, where)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _spec_strings(value, f"{path}[{i}]")


def _table_strings(table: pa.Table, path: str, *, headers: bool) -> Iterator[tuple[str, str]]:
    """Column names (when shown as headers) and every text cell of an Arrow table."""
    for name in table.column_names:
        if headers and not name.startswith("__"):
            yield f"{path}.header", name
        column = table.column(name)
        if pa.types.is_dictionary(column.type):
            column = column.cast(column.type.value_type)
        if pa.types.is_string(column.type) or pa.types.is_large_string(column.type):
            for v in set(column.to_pylist()):
                if isinstance(v, str):
                    yield f"{path}.{name}", v


LIVE_CODE_FIELDS = {
    *("name", "key", "digest", "codeKey", "staticKey", "lang", "how", "color", "arrays", "slots", "atDate", "dates", "used"),
}


def _live_strings(node: Any, where: str) -> Iterator[tuple[str, str]]:
    """The words of the live panel's payload header (labels, units, help, chart titles, texts), not
    its code fields (names, keys, colours)."""
    if isinstance(node, dict):
        for k, v in node.items():
            if k not in LIVE_CODE_FIELDS:
                yield from _live_strings(v, f"{where}.{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _live_strings(v, f"{where}[{i}]")
    elif isinstance(node, str) and node.strip():
        yield where, re.sub(r"\{\w+\}", " ", node)  # a template's placeholders are filled in the page


def node_texts(node: Any, path: str = "") -> Iterator[tuple[str, str]]:
    """(where, text) for every visible text of ``node`` and everything under it."""
    kind = str(getattr(node, "type", type(node).__name__))
    here = f"{path}/{kind}"
    if kind == "bidi_component":  # components v2: HTML/CSS/JS are code; the live panel's header holds its words
        if node.proto.component_name == "flywheel_live":
            from ui.live import read_payload

            header, _ = read_payload(node.proto.bytes)
            yield from _live_strings(header, here + ".data")
        if node.proto.component_name == "flywheel_copy_link":  # its words (the link itself is the page's URL)
            data = json.loads(node.proto.json)
            yield from ((f"{here}.data.{k}", v) for k, v in data.items() if k != "url")
        return
    proto = getattr(node, "proto", None)
    if isinstance(proto, Message):
        if kind in CHART_TYPES:
            yield from _spec_strings(spec(node), here + ".spec")
            for name, table in datasets(node).items():
                yield from _table_strings(table, f"{here}.datasets[{name}]", headers=False)
        if kind == "dataframe":
            yield from _table_strings(arrow_table(proto.arrow_data.data), here, headers=True)
        if kind == "graphviz_chart":
            yield from ((here + ".dot", re.sub(r"\\[nlr]", "\n", m)) for m in DOT_TEXT.findall(proto.spec))
        yield from ((where, text) for where, text in _proto_strings(proto, here) if "arrow_data" not in where)
    for child in getattr(node, "children", {}).values():
        yield from node_texts(child, here)


def visible_texts(at: AppTest) -> list[tuple[str, str]]:
    """Every visible text on the page (main area and sidebar), tagged with its element path."""
    return list(node_texts(at._tree))


# ------------------------------------------------------------------ the live panel
def live_element(at: AppTest) -> Any:
    """The live panel's element (``ui.live``): a components-v2 element whose data is the payload."""
    found = [e for e in at.get("bidi_component") if e.proto.component_name == "flywheel_live"]
    assert len(found) == 1, f"{len(found)} live panels on the page"
    return found[0]


def live_payload(at: AppTest) -> tuple[dict[str, Any], dict[str, Any]]:
    """The header and the arrays the live panel was sent (``ui.live.read_payload``)."""
    from ui.live import read_payload

    return read_payload(live_element(at).proto.bytes)


class LiveLever:
    """A main lever as the live panel shows it, with the slider API the tests use for the others:
    ``value`` (display units: the position the panel was sent), ``min``/``max``/``step``,
    ``label``/``help``, and ``set_value`` -- what a settled move in the panel does: its ``levers``
    state goes through ``ui.live.lever_values`` (checked, snapped) into session state; ``run()``
    on the result reruns the page."""

    def __init__(self, at: AppTest, name: str) -> None:
        self.at = at
        self.name = name

    def _spec(self) -> tuple[dict[str, Any], Any]:
        header, arrays = live_payload(self.at)
        spec = next(lv for lv in header["levers"] if lv["name"] == self.name)
        return spec, arrays[f"shown_{self.name}"]

    @property
    def value(self) -> float:
        spec, shown = self._spec()
        return float(shown[spec["at"]])

    @property
    def min(self) -> float:
        return float(self._spec()[1][0])

    @property
    def max(self) -> float:
        return float(self._spec()[1][-1])

    @property
    def step(self) -> float:
        shown = self._spec()[1]
        return round(float(shown[1] - shown[0]), 12)

    @property
    def label(self) -> str:
        return str(self._spec()[0]["label"])

    @property
    def help(self) -> str:
        return str(self._spec()[0]["help"])

    def set_value(self, value: float) -> AppTest:
        from ui.live import lever_values

        values, refused = lever_values({self.name: value})
        assert not refused, refused
        self.at.session_state[self.name] = values[self.name]
        return self.at


def control(at: AppTest, name: str) -> Any:
    """The control of parameter ``name``: the live panel's lever for a main lever, else its slider."""
    from ui.parameters import MAIN_LEVERS

    if name in {p.name for p in MAIN_LEVERS}:
        return LiveLever(at, name)
    return at.slider(key=name)
