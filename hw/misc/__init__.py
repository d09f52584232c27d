"""Miscellaneous devices: test finishers and other small board helpers."""
