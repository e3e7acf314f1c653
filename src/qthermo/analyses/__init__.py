"""Per-figure analyses: each module turns a config section into tables, claims and figures.

Workflow scripts (``workflow/scripts``) are thin wrappers around these functions.
"""
