"""Interrupt controllers and core-local timers."""
