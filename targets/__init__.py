"""pyemu: targets package."""
