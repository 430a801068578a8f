"""The generated pages whose Markdown is pinned as golden files."""

GOLDEN_PAGES = (
    "index.md",
    "artikel/index.md",
    "artikel/trump-trudeau-usmca.md",
    "artikel/kas-laenderbericht-mexiko-usa.md",
    "artikel/japan-usa-allianz.md",
    "akteure/index.md",
    "akteure/donald-trump.md",
    "akteure/marta-barcena.md",  # known only from a footnote
)
