"""pyemu: emu package."""
