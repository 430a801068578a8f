"""Interim placeholder until the real analyzer lands (finds nothing)."""


def find_figures(*args, **kwargs) -> tuple:
    """Nothing yet."""
    return ()
