"""The Streamlit app, one job per module (``ui.app.main`` puts them in page order).

Pure (no Streamlit): ``urlstate`` (the link codec), ``texts`` (every UI string in English and
Chinese, and the one way to pick a language), ``charts`` (Altair builders), ``cld`` (the
causal-loop diagram as DOT).  Serving: ``guard`` (every client value checked), ``server``
(what reaches Streamlit).  On the page: ``model_cache``, ``state``, ``history``,
``parameters``, ``controls``, ``cards``, ``on_screen``, ``compare``, ``files``, ``messages``,
``page`` (the document's language) and ``views/`` (one module per view).  ``engine/`` holds the
browser-side engine's kernel, generated from the declaration (``scripts/generate_kernel.py``).
"""
