"""The benchmark suite behind `make bench`: synthetic data, import, page computations, the
browser, memory and many users. Measurements only; nothing here is part of the dashboard."""
