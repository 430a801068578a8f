"""Interim placeholder until the real analyzer lands (finds nothing)."""


def find_keyphrases(*args, **kwargs) -> tuple:
    """Nothing yet."""
    return ()
