"""The page's views, one module each: charts, analysis, table, loops, reference, calibration.

``ui.urlstate.VIEWS`` names them (the ``view`` key of the link); ``ui.app.main`` shows the
one chosen below the KPI cards.
"""
