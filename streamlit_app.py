"""Flywheel Explorer — the Streamlit entry point (layout only; the numbers come from ``model``).

State lives in the URL: the preset (``p``), every parameter that differs from it
(parameter sliders are bound to the query string, so moving one replaces the
history entry instead of adding one), the horizon (``h``), the view and the
model version (``v``).
"""

from __future__ import annotations

import streamlit as st

from ui import app

# Meeting mode (meet=1 in the link) opens with the sidebar collapsed: the levers are on the page.
sidebar = "collapsed" if st.query_params.get("meet") == "1" else "expanded"
st.set_page_config(page_title="Flywheel Explorer", page_icon="🛞", layout="wide", initial_sidebar_state=sidebar)
app.main()
