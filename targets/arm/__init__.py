"""The Arm target (AArch32, ARMv7-A): the cortex-a15 CPU model, its A32 and
T32 front ends, CP15, the short-descriptor MMU, VFPv3-D32, the generic
timer and the legacy (type 2) migration state."""
