"""Character devices: UARTs and host-target consoles."""
