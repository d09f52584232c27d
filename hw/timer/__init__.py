"""Timers and counters."""
