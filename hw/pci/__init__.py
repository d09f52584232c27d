"""A minimal PCI model: one bus, type-0 configuration space, BAR sizing."""
