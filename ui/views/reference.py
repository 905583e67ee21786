"""The model view: the reference generated from the registry and the equations (``model.reference``)."""

from __future__ import annotations

import functools

import streamlit as st

from model.reference import markdown

from ..texts import lang_code


@functools.lru_cache(maxsize=4)
def reference_page(lang: str) -> str:
    """The model reference as Markdown, generated once per language."""
    return markdown(lang_code(lang))


def reference_view(lg: str) -> None:
    st.markdown(reference_page(lg))
