"""The riscv test guests print exactly what QEMU 7.2 prints.

Each guest ELF (tests/guests/riscv/elf) runs in-process on the `virt`
board and the real engine; its console output and exit code are compared
with the output QEMU 7.2 `-M virt -bios none` produced, recorded in
tests/targets/riscv/data/<guest>-<model>.txt (exit codes below).
"""

import os

import pytest

from tests.targets.riscv.guest_runner import run_guest

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
EXIT_CODES = {"exitcode": 3}
GUESTS = ["hello", "exitcode", "traps", "compressed", "atomics", "arith", "fpu"]


def expected(name, model):
    with open(os.path.join(DATA, "%s-%s.txt" % (name, model)), encoding="latin-1") as f:
        return f.read()


@pytest.mark.parametrize("model", ["rv64", "rv32"])
@pytest.mark.parametrize("name", GUESTS)
def test_guest_output_matches_qemu(name, model):
    code, out, _cpu = run_guest(name + "-virt.elf", model, max_insns=5_000_000)
    assert out == expected(name, model)
    assert code == EXIT_CODES.get(name, 0)
