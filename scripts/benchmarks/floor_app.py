"""The floor under every page's fresh-tab time: a Streamlit page with nothing but a heading and
one small plotly chart, served and opened exactly as the dashboard is. No page built on
Streamlit's plotly charts can open faster than this on the same machine and browser."""

import plotly.graph_objects as go
import streamlit as st

st.title("Golv")
st.plotly_chart(go.Figure(go.Bar(x=["a", "b", "c"], y=[1, 3, 2])))
