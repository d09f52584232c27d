"""Board-building helpers shared by every architecture (device trees, ...)."""
