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

import math
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
        f'  node [fontname={_q(font)}, fontsize=11, margin="0.08,0.04"];',
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
