"""Pure analysis of a workshop: geometry, comparisons, diagnostics. Imports no Qt."""
