"""Debian's U-Boot for qemu_arm as -bios on pyemu-system-arm -M virt: it
relocates, turns the LPAE MMU on, reaches the `=>` prompt and answers
`version` and `bdinfo` typed on the PL011 console (a pipe)."""

import os
import select
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
UBOOT = "/usr/lib/u-boot/qemu_arm/u-boot.bin"
TIMEOUT = 90


def _read_until(proc, buf, marker, deadline):
    while marker not in buf:
        left = deadline - time.monotonic()
        assert left > 0, buf[-400:].decode(errors="replace")
        ready, _, _ = select.select([proc.stdout], [], [], min(left, 1.0))
        if ready:
            chunk = os.read(proc.stdout.fileno(), 4096)
            assert chunk, buf[-400:].decode(errors="replace")
            buf += chunk
    return buf


def test_uboot_prompt_version_and_bdinfo():
    cmd = [sys.executable, "-c", "import sys; sys.argv[0] = 'pyemu-system-arm'; "
           "from hw.arm.entry import main_arm; main_arm()",
           "-M", "virt", "-cpu", "cortex-a15", "-nographic", "-bios", UBOOT]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + TIMEOUT
    try:
        buf = _read_until(proc, b"", b"Hit any key to stop autoboot", deadline)
        proc.stdin.write(b"\r")                  # stop autoboot
        proc.stdin.flush()
        buf = _read_until(proc, buf, b"=> ", deadline)
        assert b"U-Boot 2023.01" in buf and b"DRAM:  128 MiB" in buf
        proc.stdin.write(b"version\r")
        proc.stdin.flush()
        buf = _read_until(proc, buf, b"GNU ld", deadline)
        proc.stdin.write(b"bdinfo\r")
        proc.stdin.flush()
        buf = _read_until(proc, buf, b"Early malloc usage", deadline)
        assert b"-> start    = 0x40000000" in buf and b"-> size     = 0x08000000" in buf
        assert b"relocaddr   = 0x47f38000" in buf
    finally:
        proc.kill()
        proc.wait()
