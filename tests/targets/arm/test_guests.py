"""The arm guest programs (tests/guests/arm) on pyemu-system-arm: stdout,
the semihosting console (stderr) and the exit status must be the bytes real
QEMU 7.2 produced (tests/guests/arm/expected, recorded by
tests/guests/arm/record_fixtures.py)."""

import json
import os
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
EXPECTED = os.path.join(ROOT, "tests", "guests", "arm", "expected")
GUESTS = sorted(fn[:-5] for fn in os.listdir(EXPECTED) if fn.endswith(".json"))


def read(path):
    with open(path, "rb") as fh:
        return fh.read()


@pytest.mark.parametrize("guest", GUESTS)
def test_guest_matches_qemu(guest):
    with open(os.path.join(EXPECTED, guest + ".json")) as fh:
        meta = json.load(fh)
    cmd = [sys.executable, "-c", "from hw.arm.entry import main_arm; main_arm()"] + meta["argv"]
    p = subprocess.run(cmd, cwd=ROOT, stdin=subprocess.DEVNULL, capture_output=True, timeout=120)
    assert p.stdout == read(os.path.join(EXPECTED, guest + ".out"))
    assert p.stderr == read(os.path.join(EXPECTED, guest + ".err"))
    assert p.returncode == meta["exit_status"]


def test_bench_guest_matches_qemu():
    """benchmarks/guests/arm/bench-virt.elf with iterations=1 prints what
    qemu-system-arm 7.2 prints and exits 0 through semihosting."""
    from benchmarks.harness.targets import find_target
    target = find_target("arm")
    assert target.unavailable() is None
    cmd = [sys.executable, "-c", "from hw.arm.entry import main_arm; main_arm()"] + \
        target.argv(target.elf_path)
    p = subprocess.run(cmd, cwd=ROOT, stdin=subprocess.DEVNULL, capture_output=True, timeout=120)
    assert p.stdout == b"bench: iterations=1 checksum=0x7bbc19b4\n"
    assert p.returncode == 0
