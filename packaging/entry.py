"""The bundle's program: the same entry point as the `regionroll` command."""

from regionroll_desktop.cli import entry

entry()
