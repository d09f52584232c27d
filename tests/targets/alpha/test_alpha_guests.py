"""The PAL-mode guests print what real QEMU 7.2 printed, byte for byte, and
end with the same exit status (fixtures in tests/guests/alpha/expected)."""

import json
import os

import pytest

from tests.targets.alpha import harness

EXPECTED = os.path.join(harness.GUESTS, "expected")


def _fixture(stem):
    with open(os.path.join(EXPECTED, stem + ".json")) as fh:
        meta = json.load(fh)
    with open(os.path.join(EXPECTED, stem + ".out"), "rb") as fh:
        return meta, fh.read()


@pytest.mark.parametrize("name", ["hello", "arith", "exitcode"])
def test_bios_guest_matches_qemu(name):
    meta, expected = _fixture(name + "-bios")
    status, out = harness.run_guest(name, no_reboot="-no-reboot" in meta["argv"])
    assert out == expected
    assert status == meta["exit_status"]


def test_halt_with_nonzero_value_requests_reset():
    ms = harness.build(bios=os.path.join(harness.GUESTS, "elf", "exitcode-bios.elf"))
    assert harness.run(ms, no_reboot=False) == "reset"


def test_kernel_boot_prints_the_firmware_pci_lines():
    """palcode-clipper enumerates PCI exactly as on QEMU (the kernel entry
    itself is a known gap, see docs/targets/alpha.md)."""
    meta, expected = _fixture("khello-kernel")
    ms = harness.build(kernel=os.path.join(harness.GUESTS, "elf", "khello-kernel.elf"))
    harness.run(ms, max_insns=4_000_000)
    pci = b"".join(line for line in expected.splitlines(keepends=True) if line.startswith(b"PCI:"))
    assert bytes(ms.console.out).startswith(pci)
