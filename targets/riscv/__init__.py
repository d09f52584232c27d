"""The RISC-V target: CPU models rv64/rv32, front end, MMU, traps, CSRs."""
