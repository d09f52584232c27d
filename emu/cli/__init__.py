"""The command line: QEMU-compatible option parsing (options.py) on top of
QemuOpts-style `key=val,...` parsing (qemuopts.py)."""
