"""Streamlit helpers shared by the pages: the app shell and cached access to the core."""
