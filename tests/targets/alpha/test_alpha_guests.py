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


@pytest.mark.parametrize("name", ["hello", "arith", "exitcode", "fpops", "vaxops"])
def test_bios_guest_matches_qemu(name):
    meta, expected = _fixture(name + "-bios")
    status, out = harness.run_guest(name, no_reboot="-no-reboot" in meta["argv"])
    assert out == expected
    assert status == meta["exit_status"]


def test_halt_with_nonzero_value_requests_reset():
    ms = harness.build(bios=os.path.join(harness.GUESTS, "elf", "exitcode-bios.elf"))
    assert harness.run(ms, no_reboot=False) == "reset"


@pytest.mark.parametrize("name", ["khello"])
def test_kernel_guest_under_palcode_clipper_matches_qemu(name):
    """-kernel under Debian's palcode-clipper: the firmware's PCI lines,
    the i8042 probe and the VGA font load, then the kernel's own output."""
    meta, expected = _fixture(name + "-kernel")
    ms = harness.build(kernel=os.path.join(harness.GUESTS, "elf", name + "-kernel.elf"))
    status = harness.run(ms, max_insns=4_000_000)
    assert bytes(ms.console.out) == expected
    assert status == meta["exit_status"]


def test_bench_guest_matches_qemu():
    """benchmarks/guests/alpha/bench-clipper.elf with iterations=1 prints
    what QEMU 7.2 prints."""
    elf = os.path.join(harness.ROOT, "benchmarks", "guests", "alpha", "bench-clipper.elf")
    ms = harness.build(bios=elf)
    assert harness.run(ms, max_insns=20_000_000) == 0
    assert bytes(ms.console.out) == b"bench: iterations=1 checksum=0x7bbc19b4\n"
