"""briefing: turn a folder of articles into a printable, cross-linked briefing website."""

__version__ = "0.1.0"
