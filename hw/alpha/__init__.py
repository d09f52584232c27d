"""Alpha boards: the DP264/CLIPPER machine and its Typhoon chipset."""
