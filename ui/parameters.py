"""Which of the registry's parameters the page shows, and where (declared in ``model.registry``).

The three main levers are always on screen, in the live panel (``ui.live``); our other levers
and the subsidy's design, the rivals' levers and the advanced assumptions sit in panels built only
while open.  Every value is script-managed: kept in session state and written to the URL by
``ui.state.sync_url``; the schedulable levers have a row each in the time-phasing panel.
"""

from __future__ import annotations

from model.registry import PARAMETERS

LEVERS = tuple(p for p in PARAMETERS if p.ui == "lever")
# The rivals' own levers and reaction rules ("what if Taobao answers 千亿扶持 with its own programme?").
RIVALS = tuple(p for p in PARAMETERS if p.ui == "advanced" and p.group == "rival")
ADVANCED = tuple(p for p in PARAMETERS if p.ui == "advanced" and p.group != "rival")
SHOWN = LEVERS + RIVALS + ADVANCED
# Always on screen, in the live panel: the three levers a meeting drives.
MAIN_LEVERS = tuple(p for p in LEVERS if p.name in ("commission", "fairness", "subsidy_bn_per_year"))
# Our other levers (ad load, marketing) and the subsidy's timing, budget and split: one click
# away, in a panel built only while open.
DESIGN = tuple(p for p in LEVERS if p not in MAIN_LEVERS)
# Script-managed sliders (session state, written to the URL by ``sync_url``), by panel key.
PANELS = {"design_open": DESIGN, "rivals_open": RIVALS, "advanced_open": ADVANCED}
MANAGED = MAIN_LEVERS + DESIGN + RIVALS + ADVANCED
# Ours and the rivals': each can follow a schedule (a preset may move a rival's lever over time).
SCHEDULABLE = tuple(p for p in LEVERS + RIVALS if p.schedulable)
SUBSIDY_SPLIT = ("subsidy_share_smb", "subsidy_share_head", "subsidy_share_logistics", "subsidy_share_coupons")
# The live panel's two chart slots as a preset opens them (a link's ``charts=`` picks others).
DEFAULT_SLOTS = ("ch_gmv_type", "ch_profit")
