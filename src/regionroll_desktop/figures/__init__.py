"""Figures computed for their reader: what is drawn where (shapes, words and their sizes) from
the workshop, a target size and the type the reader needs. Pure: no Qt. The words are measured
by a function the caller passes (`drawing.Measure`), and a painter (`ui/drawing_painter.py`)
draws the result on any paint device."""
