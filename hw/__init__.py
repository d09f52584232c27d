"""pyemu: hw package."""
