"""Messages at the top of the page: what the link held that could not be used, and the last upload's result.

Both are kept in session state (``url_issues`` from the first run, ``upload_msg`` from the
upload callback), worded in the page language when shown, and dropped once the setting changes
(``forget_stale``): they belong to that one action.  Field names and values are
the link's own text: escaped for Markdown, never put inside a code span (a backtick would end it).
"""

from __future__ import annotations

import streamlit as st

from . import urlstate as us
from .guard import REFUSED
from .history import REPLAY_EVERY_S
from .texts import issue_text, md_escape, t


def issue_line(issue: us.Issue, lg: str) -> str:
    """One Markdown list item: the field, its value (∅ when empty) and what was wrong with it."""
    return f"- **{md_escape(issue.field)}** = {md_escape(issue.value) or '∅'}{t('sep', lg)}{md_escape(issue_text(issue, lg))}"


ONE_ACTION = ("url_issues", "upload_msg")
ISSUES_SHOWN = 8  # a link's issues listed; the rest counted
"""Messages that belong to one action (opening the link, an upload): they go once the setting changes."""


def forget_stale(setting: object) -> None:
    """Drop each of ``ONE_ACTION`` once the page's ``setting`` (preset, parameters, schedules) is no
    longer the one it was first shown with: a message about the link or an upload does not stay
    through later moves."""
    for key in ONE_ACTION:
        if not st.session_state.get(key):
            st.session_state.pop(key + "_with", None)
            continue
        with_ = st.session_state.setdefault(key + "_with", setting)
        if with_ != setting:
            st.session_state.pop(key, None)
            st.session_state.pop(key + "_with", None)


def issue_list(issues: list[us.Issue], lg: str) -> str:
    """The first ``ISSUES_SHOWN`` issues as Markdown list items, and a count of the rest (a link of a
    thousand bad keys)."""
    lines = "\n".join(issue_line(i, lg) for i in issues[:ISSUES_SHOWN])
    if len(issues) > ISSUES_SHOWN:
        lines += "\n- " + t("more_items", lg, n=len(issues) - ISSUES_SHOWN)
    return lines


def show_messages(lg: str) -> None:
    issues: list[us.Issue] = st.session_state.get("url_issues", [])
    if issues:
        st.warning(t("url_issues", lg) + "\n" + issue_list(issues, lg), icon=":material/link_off:")
    # shown once: it belongs to that one message from the page.  A settled move of the live panel
    # reruns the page once more at its end (``ui.live.sync``): that run is the one that stays, so
    # the refusal is kept for it.
    moving = st.session_state.get("live_moving", False)
    refused = st.session_state.get(REFUSED) if moving else st.session_state.pop(REFUSED, None)
    if refused:
        st.warning(t("refused", lg) + "\n" + issue_list(refused, lg), icon=":material/block:")
    wait = st.session_state.pop("replay_wait", None)  # a replay asked for too soon (``ui.history.on_replay``)
    if wait:
        st.info(t("replay_wait", lg, s=wait, every=REPLAY_EVERY_S), icon=":material/hourglass_top:")
    msg = st.session_state.get("upload_msg")
    if msg:
        kind, text = msg
        (st.error if kind == "error" else st.info)(text)
