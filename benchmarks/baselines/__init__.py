"""Bare PySide6 apps the benchmarks compare Heard against (run as scripts)."""
