"""pyemu's version, the QEMU release it mirrors, and the triple QMP reports."""

VERSION = "0.1.0"
QEMU_COMPAT = "7.2"

# What the QMP greeting and `query-version` report as {"qemu": {...}}: the
# QEMU release whose behaviour pyemu mirrors, so clients that gate features
# on the version (the qemu.qmp library, libvirt) treat us as QEMU 7.2.
QMP_VERSION = (7, 2, 0)
QMP_PACKAGE = "pyemu " + VERSION


def qmp_version_dict() -> dict:
    """The `version` member of the QMP greeting / query-version reply."""
    major, minor, micro = QMP_VERSION
    return {"qemu": {"major": major, "minor": minor, "micro": micro},
            "package": QMP_PACKAGE}


def version_banner(prog: str) -> str:
    """The first line of `-version` and `-h` output."""
    return f"{prog} version {VERSION} (pyemu), QEMU {QEMU_COMPAT} compatible"
