"""Article analyzers: one per file, pure functions from cleaned text to tuples of dataclasses."""
