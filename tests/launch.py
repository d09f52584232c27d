"""How tests start a pyemu-system-<arch> from the work tree: the `python -c`
text that runs the console entry point under its own program name (the same
function `pip install` makes the `pyemu-system-<arch>` script call)."""

ENTRIES = {                     # arch -> (module, function) of its pyemu-system-<arch>
    "riscv64": ("hw.riscv.entry", "main_riscv64"),
    "riscv32": ("hw.riscv.entry", "main_riscv32"),
    "arm": ("hw.arm.entry", "main_arm"),
    "alpha": ("hw.alpha.entry", "main_alpha"),
}


def launcher(arch):
    """The `python -c` text that runs pyemu-system-<arch>."""
    module, func = ENTRIES[arch]
    return ("import sys; from %s import %s; sys.argv[0] = 'pyemu-system-%s'; %s()"
            % (module, func, arch, func))
