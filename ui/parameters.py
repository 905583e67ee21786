"""Which of the registry's parameters the page shows, and where (declared in ``model.registry``).

The three main levers are always on screen and bound to the URL by Streamlit; the subsidy's
design and the advanced assumptions sit in panels built only while open, their sliders
script-managed (session state, written to the URL by ``ui.state.sync_url``); the schedulable
levers have a row each in the time-phasing panel.
"""

from __future__ import annotations

from model.registry import PARAMETERS

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
SCHEDULABLE = tuple(p for p in LEVERS if p.schedulable)
SUBSIDY_SPLIT = ("subsidy_share_smb", "subsidy_share_head", "subsidy_share_logistics", "subsidy_share_coupons")
