"""The riscv test guests print exactly what QEMU 7.2 prints, run in-process.

Each guest ELF (tests/guests/riscv/elf) runs in-process on the `virt`
board and the real engine (the CLI path is tests/guests/test_riscv_fixtures.py);
its console output and exit status are compared with the fixtures recorded
from QEMU 7.2 (tests/guests/riscv/expected, re-derived by `make fixtures`).
"""

import json
import os

import pytest

from tests.targets.riscv.guest_runner import run_guest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
EXPECTED = os.path.join(ROOT, "tests", "guests", "riscv", "expected")
GUESTS = ["hello", "exitcode", "traps", "compressed", "atomics", "arith", "fpu"]


def expected(name, model):
    base = os.path.join(EXPECTED, model, "%s-virt" % name)
    with open(base + ".out", "rb") as f:
        out = f.read().decode("latin-1")
    with open(base + ".json") as f:
        status = json.load(f)["exit_status"]
    return out, status


@pytest.mark.parametrize("model", ["rv64", "rv32"])
@pytest.mark.parametrize("name", GUESTS)
def test_guest_output_matches_qemu(name, model):
    code, out, _cpu = run_guest(name + "-virt.elf", model, max_insns=5_000_000)
    want_out, want_status = expected(name, model)
    assert out == want_out
    assert code == want_status
