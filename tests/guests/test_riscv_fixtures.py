"""RISC-V guest programs of our own, run on pyemu with the command line that
recorded their expected output on QEMU 7.2 (tests/guests/riscv/expected):
the serial bytes and the exit status must match exactly."""

import json
import os
import pathlib
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
EXPECTED = ROOT / "tests" / "guests" / "riscv" / "expected"

# Guests that need too many instructions for a test run on pyemu (the full
# counter workloads run ~5 billion instructions; their *_small variants cover
# the same code here).
LONG_RUNNING = {"counter-virt", "counter_timer-virt"}


def fixtures():
    for meta in sorted(EXPECTED.glob("*/*.json")):
        name = meta.stem
        if name in LONG_RUNNING:
            continue
        yield pytest.param(meta, id="%s/%s" % (meta.parent.name, name))


def run_pyemu(system, argv, timeout=600):
    entry = "from hw.riscv.entry import main_%s; main_%s()" % (system, system)
    return subprocess.run([sys.executable, "-c", entry, *argv], cwd=ROOT,
                          stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})


@pytest.mark.parametrize("meta", list(fixtures()))
def test_guest_matches_qemu(meta):
    info = json.loads(meta.read_text())
    expected = meta.with_suffix(".out").read_bytes()
    result = run_pyemu(info["system"], info["argv"])
    assert result.stderr.decode(errors="replace") == ""
    assert result.stdout == expected
    assert result.returncode == info["exit_status"]
