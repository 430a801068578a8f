"""Charts: pure functions returning Altair charts (overview, article, actor), planned per page
(plan), rendered offline to cached SVG (svg). Import the submodules; this package stays light so
that importing the renderer does not import Altair.
"""
