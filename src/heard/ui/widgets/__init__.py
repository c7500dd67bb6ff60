"""Custom widgets for the session screen, one module each (imported one by one: a package
that imported them all would load every widget with the first)."""
