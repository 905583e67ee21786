"""A trivial three-slider Streamlit app: the reference for bench/bench_app.py."""

import streamlit as st

a = st.slider("a", 0.0, 1.0, 0.5, key="a")
b = st.slider("b", 0.0, 1.0, 0.5, key="b")
c = st.slider("c", 0.0, 1.0, 0.5, key="c")
st.text(f"sum {a + b + c:.2f}")
