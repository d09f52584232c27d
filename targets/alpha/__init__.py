"""The Alpha target (EV67, QEMU's OSF/1-style PALcode interface)."""
