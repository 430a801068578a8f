"""Interim placeholder until the real analyzer lands (finds nothing)."""


def find_dates(*args, **kwargs) -> tuple:
    """Nothing yet."""
    return ()
