"""pyemu: migration package."""
