"""Arm boards: virt."""
