"""Reproducible measurements with targets (see DESIGN.md, Performance budgets)."""
