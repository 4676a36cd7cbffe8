"""Entrypoint of the dashboard: `streamlit run app.py` (see ui/app_main.py)."""

from ui.app_main import main

main()
