"""Interim placeholder until the real analyzer lands (finds nothing)."""


def find_quotes(*args, **kwargs) -> tuple:
    """Nothing yet."""
    return ()
