"""Plots and self-contained HTML reports of analysed documents and corpus runs.

>>> from polisent.report import corpus_report, document_report, plot_actors, plot_heatmap  # doctest: +SKIP
>>> corpus_report("out/", "report.html", documents_dir="docs")  # doctest: +SKIP

Plots use matplotlib (a dependency) without changing its global state. :func:`document_html` and
:func:`corpus_html` give the same renderings as fragments for notebooks.
"""

from __future__ import annotations

from polisent.report.corpus import corpus_html, corpus_report
from polisent.report.document import document_html, document_report, write_html
from polisent.report.plots import figure_bytes, plot_actors, plot_heatmap, save_figure

__all__ = ["corpus_html", "corpus_report", "document_html", "document_report", "figure_bytes", "plot_actors", "plot_heatmap",
           "save_figure", "write_html"]
