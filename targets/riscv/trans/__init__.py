"""RISC-V trans_ functions, one module per ISA extension."""
