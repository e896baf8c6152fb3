"""The schema fuzz run: ``run_fuzz.py`` (``make fuzz``) and its schemathesis ``hooks.py``."""
