"""The causal-loop diagram as Graphviz DOT text (for ``st.graphviz_chart``).

Drawn from the one declaration in ``model.loops``: stocks as boxes, other
variables as plain text, policy levers as filled hexagons marked "lever",
arrows labelled "+" / "−" (dashed: a decision rule outside the equations), and
one label per loop ("R1 reinforcing: cross-side network effect") inside the
flywheel it runs through.  With ``changes`` (from ``model.loops.loop_changes``)
each loop label also says whether the scenario strengthens it ("▲ +12 %", blue)
or weakens it ("▼ −8 %", vermillion): Okabe-Ito colours, never colour alone.
"""

from __future__ import annotations

import itertools
import math
import textwrap
from collections import Counter
from collections.abc import Mapping

from model.loops import EDGES, LOOPS, NODES, Loop, Node

from .texts import label, pick, t

# Okabe-Ito blue; a darker vermillion (#B85000) so small text keeps 4.5:1 contrast on white.
BLUE, VERMILLION, GREY, LEVER_FILL = "#0072B2", "#B85000", "#666666", "#F0E442"
UNCHANGED = 0.005
# layout hints: arrows that close a loop from far across the diagram do not set ranks (keeps LR compact)
_LOOSE = frozenset(
    {
        ("price_smb", "relative_price_low_tier"),
        ("coupon_rate", "relative_price_low_tier"),
        ("fee_cut_incumbent", "wallet_share_low_tier"),
        ("cpc_index", "charge_smb"),
        ("cpc_index", "margin_head"),
        ("cpc_index", "platform_revenue"),
        ("gmv", "gmv_share_incumbent"),
        ("perceived_margin_smb_incumbent", "effort_smb"),
        ("merchants", "wallet_share_low_tier"),
        ("merchants", "buyers"),
        ("merchants", "cpc_index"),
        ("gmv", "gmv_share_incumbent"),
        ("subsidy_spend", "fee_cut_incumbent"),
        ("subsidy_spend", "support_spend_incumbent"),
        ("subsidy_spend", "charge_smb"),
        ("price_smb", "head_traffic_share"),
        ("margin_smb", "head_traffic_share"),
        ("smb_capability", "margin_smb"),
    }
)  # |change| below this (0.5 %) reads as unchanged

_SECTOR_TITLES: Mapping[str, tuple[str, str]] = {
    "consumers": ("Consumer flywheel", "消费者飞轮"),
    "merchants": ("Merchant flywheel", "商家飞轮"),
    "platform": ("Platform flywheel", "平台飞轮"),
    "rival": ("Rival platforms", "竞争平台"),
}
_WORDS: Mapping[str, tuple[str, str]] = {
    "R": ("reinforcing", "增强回路"),
    "B": ("balancing", "调节回路"),
    "lever": ("policy lever", "政策杠杆"),
    "decision": ("decision", "决策"),
    "stronger": ("stronger", "增强"),
    "weaker": ("weaker", "减弱"),
    "unchanged": ("unchanged", "基本不变"),
    "new": ("new: off in baseline", "新出现：基准情景中未启动"),
    "off": ("off: on in baseline", "已停止：基准情景中启动"),
    "n/a": ("n/a", "无数据"),
    "legend": ("Legend", "图例"),
    "stock": ("stock (accumulates)", "存量（累积）"),
    "variable": ("variable", "变量"),
    "plus": ("+  same direction", "+  同向变化"),
    "minus": ("−  opposite direction", "−  反向变化"),
    "dashed": ("dashed: decision rule (you set the lever)", "虚线：决策规则（由您设定杠杆）"),
}
_VIA: Mapping[str, tuple[str, str]] = {
    "word of mouth": ("word of mouth", "口碑"),
    "saturation": ("saturation", "饱和"),
    "bids": ("bids", "出价"),
}
_FONTS = {"en": "Helvetica,Arial,sans-serif", "zh": "PingFang SC,Microsoft YaHei,Noto Sans CJK SC,sans-serif"}
# Graphviz in the page measures Chinese narrower than the browser draws it: wider node margins
_MARGIN = ("0.08,0.04", "0.25,0.04")  # the full diagram's, English and Chinese
_BREAK = ("spaces", "characters")  # where a long label breaks, English and Chinese


def _q(text: str) -> str:
    """A DOT double-quoted string; ``\\n`` in ``text`` becomes a centred line break."""
    body = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{body}"'


def _w(key: str, lang: str) -> str:
    return pick(_WORDS[key], lang)


def _pct(x: float) -> str:
    """``0.123`` → ``+12 %``; ``-0.084`` → ``−8.4 %`` (typographic minus)."""
    v = abs(x) * 100.0
    body = f"{v:.1f}" if v < 10.0 else f"{v:.0f}"
    return ("+" if x >= 0 else "−") + body + " %"


def change_text(change: float | None, lang: str = "en") -> tuple[str, str]:
    """The annotation and colour for a loop's change (see ``model.loops.loop_changes``)."""
    if change is None or math.isnan(change):
        return "· " + _w("n/a", lang), GREY
    if math.isinf(change):
        return ("▲ " + _w("new", lang), BLUE) if change > 0 else ("▼ " + _w("off", lang), VERMILLION)
    if abs(change) < UNCHANGED:
        return "● " + _w("unchanged", lang), GREY
    if change > 0:
        return f"▲ {_w('stronger', lang)} {_pct(change)}", BLUE
    return f"▼ {_w('weaker', lang)} {_pct(change)}", VERMILLION


def loop_title(loop: Loop, lang: str = "en") -> str:
    """``R1 reinforcing: cross-side network effect`` (or the Chinese)."""
    return f"{loop.key} {_w(loop.polarity, lang)}{t('sep', lang)}{label(loop, lang)}"


def _node_line(n: Node, lang: str) -> str:
    text = label(n, lang)
    if n.kind == "stock":
        attrs = "shape=box, style=rounded"
    elif n.kind == "lever":
        text = f"◆ {text}\n({_w('lever', lang)})"
        attrs = f'shape=hexagon, style=filled, fillcolor="{LEVER_FILL}", penwidth=1.5'
    else:
        attrs = "shape=plaintext"
    return f"    {_q(n.name)} [label={_q(text)}, {attrs}];"


def _loop_sector(loop: Loop) -> str:
    """The cluster a loop's label goes in: where most of its nodes live."""
    by_name = {n.name: n for n in NODES}
    counts = Counter(by_name[p].sector for p in loop.path if by_name[p].sector in _SECTOR_TITLES)
    return counts.most_common(1)[0][0] if counts else "platform"


def _loop_line(loop: Loop, lang: str, changes: Mapping[str, float] | None) -> list[str]:
    text = loop_title(loop, lang)
    colour, pen = GREY, 1.0
    if changes is not None:
        note, colour = change_text(changes.get(loop.key), lang)
        text += "\n" + note
        pen = 1.0 if colour == GREY else 2.0
    nid = f"loop_{loop.key}"
    anchor = loop.path[len(loop.path) // 2]
    return [
        f"    {_q(nid)} [label={_q(text)}, shape=note, fontsize=10, color={_q(colour)}, fontcolor={_q(colour)}, penwidth={pen}];",
        f"    {_q(nid)} -> {_q(anchor)} [style=invis, weight=0];",
    ]


def dot(lang: str = "en", changes: Mapping[str, float] | None = None) -> str:
    """Graphviz DOT source of the causal-loop diagram.

    Args:
        lang: "en" or "zh" (labels from ``model.loops``).
        changes: optional loop key → relative change (``model.loops.loop_changes``);
            each loop label then says whether the scenario strengthens or weakens it.

    Returns:
        DOT text for ``st.graphviz_chart``.
    """
    if lang not in _FONTS:
        raise ValueError(f"lang = {lang!r} must be one of {sorted(_FONTS)}")
    font = _FONTS[lang]
    out = [
        "digraph CLD {",
        f"  graph [rankdir=TB, newrank=true, nodesep=0.25, ranksep=0.45, fontname={_q(font)}, fontsize=12];",
        f'  node [fontname={_q(font)}, fontsize=11, margin="{pick(_MARGIN, lang)}"];',
        f'  edge [fontname={_q(font)}, fontsize=13, arrowsize=0.7, color="#444444"];',
    ]
    for sector, title in _SECTOR_TITLES.items():
        out.append(f"  subgraph cluster_{sector} {{")
        out.append(f'    label={_q(pick(title, lang))}; style="rounded"; color="#BBBBBB"; fontcolor="#333333";')
        out.extend(_node_line(n, lang) for n in NODES if n.sector == sector)
        for loop in LOOPS:
            if _loop_sector(loop) == sector:
                out.extend(_loop_line(loop, lang, changes))
        out.append("  }")
    levers = [n for n in NODES if n.sector not in _SECTOR_TITLES]
    out.extend("  " + _node_line(n, lang).strip() for n in levers)
    for e in EDGES:
        sign = "+" if e.sign == "+" else "−"
        via = pick(_VIA.get(e.via, (e.via, e.via)), lang)
        text = f"{sign} {via}" if via else sign
        attrs = ", constraint=false" if (e.src, e.dst) in _LOOSE else ""
        if e.decision:
            text = f"{sign} ({_w('decision', lang)})"
            attrs = ", style=dashed, constraint=false"
        out.append(f"  {_q(e.src)} -> {_q(e.dst)} [label={_q(text)}{attrs}];")
    out.extend(_legend(lang))
    out.append("}")
    return "\n".join(out) + "\n"


OVERVIEW_FONT = 15  # pt: at 1280 px wide the overview is drawn at about its own size (tested: >= 14 px)
_WRAP = {"en": 22, "zh": 11}  # characters per line of a loop's name in the overview
_PER_ROW = 4  # loops a row in the overview: a wide, low picture, like the screen
_CLOSING = "）】」』，。、：；！？"  # Chinese punctuation that never starts a line
_ZH_BREAKS = "：（"  # where a Chinese label breaks first: after the colon, before the bracket


def lever_loops() -> dict[str, tuple[str, ...]]:
    """Each policy lever of the diagram and the loops it acts on: those with a variable the lever
    has an arrow into (``model.loops.EDGES``), in ``LOOPS`` order."""
    out: dict[str, tuple[str, ...]] = {}
    for n in NODES:
        if n.kind != "lever":
            continue
        targets = {e.dst for e in EDGES if e.src == n.name}
        hit = tuple(loop.key for loop in LOOPS if targets & set(loop.path))
        if hit:
            out[n.name] = hit
    return out


def overview_dot(lang: str = "en", changes: Mapping[str, float] | None = None) -> str:
    """Graphviz DOT source of the loop-level overview: one box per loop (its key and polarity, its
    name, the policy levers acting on it, ``lever_loops``, and with ``changes`` how the scenario
    changes it), grouped by the flywheel it runs through, three a row.  Few, large labels and no
    crossing arrows: readable on a projector, where the full diagram (``dot``) is for reading up
    close."""
    if lang not in _FONTS:
        raise ValueError(f"lang = {lang!r} must be one of {sorted(_FONTS)}")
    font = _FONTS[lang]
    out = [
        "digraph loops {",
        f"  graph [rankdir=TB, newrank=true, nodesep=0.2, ranksep=0.25, fontname={_q(font)}, fontsize={OVERVIEW_FONT + 1}];",
        f'  node [fontname={_q(font)}, fontsize={OVERVIEW_FONT}, margin="0.12,0.06", shape=box, style=rounded, width=2.6];',
    ]
    by_name = {n.name: n for n in NODES}
    acting: dict[str, list[str]] = {}
    for lever, keys in lever_loops().items():
        for k in keys:
            acting.setdefault(k, []).append(label(by_name[lever], lang))
    rows = _overview_rows()
    for sector, loops in _overview_groups():
        out.append(f"  subgraph cluster_{sector} {{")
        out.append(f'    label={_q(pick(title_of(sector), lang))}; style="rounded"; color="#BBBBBB"; fontcolor="#333333";')
        for loop in loops:
            text = f"{loop.key} {_w(loop.polarity, lang)}\n{_wrapped(label(loop, lang), lang)}"
            if loop.key in acting:
                text += "\n" + _listed(["◆ " + acting[loop.key][0], *acting[loop.key][1:]], lang)
            colour, pen = GREY, 1.0
            if changes is not None:
                note, colour = change_text(changes.get(loop.key), lang)
                text += "\n" + _wrapped(note, lang)
                pen = 1.0 if colour == GREY else 2.5
            ink = colour if colour != GREY else "#222222"
            out.append(
                f"    {_q('loop_' + loop.key)} [label={_q(text)}, color={_q(colour)}, fontcolor={_q(ink)}, penwidth={pen}];"
            )
        out.append("  }")
    # one row a rank, left to right as packed (``_overview_rows``), the rows one under another
    for row in rows:
        names = [_q("loop_" + k) for k in row]
        out.append("  { rank=same; " + " ".join(names) + " }")
        if len(names) > 1:
            out.append("  " + " -> ".join(names) + " [style=invis];")
    out.extend(f"  {_q('loop_' + a[0])} -> {_q('loop_' + b[0])} [style=invis];" for a, b in itertools.pairwise(rows))
    out.append("}")
    return "\n".join(line for line in out if line) + "\n"


def title_of(sector: str) -> tuple[str, str]:
    """A flywheel's title (English, Chinese)."""
    return _SECTOR_TITLES[sector]


def _overview_groups() -> list[tuple[str, list[Loop]]]:
    """(flywheel, its loops) for the overview, flywheels without a loop left out."""
    groups = [(s, [loop for loop in LOOPS if _loop_sector(loop) == s]) for s in _SECTOR_TITLES]
    return [(s, loops) for s, loops in groups if loops]


def _overview_rows() -> list[list[str]]:
    """The overview's rows of loop keys, ``_PER_ROW`` at most: each flywheel's loops in order, a
    flywheel of more than a row taking rows of its own, a smaller one the first row with room."""
    rows: list[list[str]] = []
    for _, loops in _overview_groups():
        keys = [loop.key for loop in loops]
        room = next((r for r in rows if len(r) + len(keys) <= _PER_ROW), None) if len(keys) <= _PER_ROW else None
        if room is not None:
            room.extend(keys)
        else:
            rows.extend(keys[i : i + _PER_ROW] for i in range(0, len(keys), _PER_ROW))
    return rows


def _listed(items: list[str], lang: str) -> str:
    """``items`` joined by the list separator, as many a line as fit ``_WRAP[lang]`` characters;
    an item is broken only where it is longer than a line (``_wrapped``)."""
    sep, width = t("list_sep", lang), _WRAP[lang]
    end = sep.rstrip()  # a line that ends inside the list keeps the separator, less its space
    lines: list[str] = []
    for item in items:
        parts = _wrapped(item, lang).split("\n")
        if lines and len(parts) == 1 and len(lines[-1]) + len(sep) + len(parts[0]) <= width:
            lines[-1] += sep + parts[0]
            continue
        if lines:
            lines[-1] += end
        lines.extend(parts)
    return "\n".join(lines)


def _wrapped(text: str, lang: str) -> str:
    """``text`` broken into lines of at most ``_WRAP[lang]`` characters (at spaces in English;
    in Chinese at a colon, before a bracket, or into even lines, never before closing punctuation)."""
    width = _WRAP[lang]
    if pick(_BREAK, lang) == "spaces":
        return "\n".join(textwrap.wrap(text, width)) or text
    if len(text) <= width:
        return text
    for mark, after in zip(_ZH_BREAKS, (True, False), strict=True):  # after a colon, before a bracket, if both halves fit
        k = text.find(mark)
        if 0 < k < len(text) - 1:
            cut = k + 1 if after else k
            if max(cut, len(text) - cut) <= width + 1:
                return text[:cut] + "\n" + text[cut:]
    size = -(-len(text) // -(-len(text) // width))  # lines of even length, as few as fit
    lines = [text[i : i + size] for i in range(0, len(text), size)]
    for i in range(1, len(lines)):  # a closing mark stays at the end of the line before
        while lines[i] and lines[i][0] in _CLOSING:
            lines[i - 1] += lines[i][0]
            lines[i] = lines[i][1:]
    return "\n".join(line for line in lines if line)


def _legend(lang: str) -> list[str]:
    rows = [
        ("lg_stock", _w("stock", lang), "shape=box, style=rounded"),
        ("lg_var", _w("variable", lang), "shape=plaintext"),
        ("lg_lever", "◆ " + _w("lever", lang), f'shape=hexagon, style=filled, fillcolor="{LEVER_FILL}"'),
        ("lg_signs", f"{_w('plus', lang)}\n{_w('minus', lang)}\n{_w('dashed', lang)}", "shape=plaintext, fontsize=10"),
    ]
    lines = ["  subgraph cluster_legend {", f'    label={_q(_w("legend", lang))}; style="dashed"; color="#BBBBBB";']
    lines += [f"    {_q(nid)} [label={_q(text)}, {attrs}];" for nid, text, attrs in rows]
    lines.append("    " + " -> ".join(_q(r[0]) for r in rows) + " [style=invis];")
    lines.append("  }")
    return lines
