"""Pictures of the canvases (PNG, SVG) and the workshop report (PDF). Loaded when needed."""
