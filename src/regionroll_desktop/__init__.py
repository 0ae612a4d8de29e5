"""RegionRoll Desktop: a workshop tool for a Swedish region's role in regional development."""

__version__ = "0.1.0"
