#!/usr/bin/env python3
"""Record the expected output of every riscv guest ELF by running real QEMU.

For each ELF under tests/guests/riscv/elf/<rv64|rv32>/<name>-<board>.elf
(plus the demo guest and the benchmark guests) this runs the QEMU command
line pyemu must mirror, with stdin from /dev/null and a timeout, and writes

    tests/guests/riscv/expected/<rv64|rv32>/<name>-<board>.out   raw stdout bytes
    tests/guests/riscv/expected/<rv64|rv32>/<name>-<board>.json  {"argv": [...],
                                                                 "exit_status": N, ...}

"argv" is everything after the program name, with the ELF path relative to
the repository root; run it from the root as `pyemu-system-<arch> *argv`
("system" in the JSON names the arch).  Each guest is run twice and the two
runs must agree byte for byte, which shows the output does not depend on
host timing.

Usage (from anywhere):  python3 tests/guests/record_fixtures.py [--once] [NAME ...]
NAME filters on "<rv64|rv32>/<name>-<board>", e.g. rv64/hello-virt or hello.
"""
import argparse
import json
import os
import subprocess
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
GUESTS = os.path.join("tests", "guests", "riscv")
TIMEOUT = 120

BOARD_ARGS = {
    "virt": ["-M", "virt", "-bios", "none", "-nographic"],
    "spike": ["-M", "spike", "-nographic", "-bios", "none"],
}

# Extra QEMU options per guest name.  Every guest's output is independent of
# timing under real-time QEMU (counter_timer only reports that timer
# interrupts were seen; smp orders its harts itself).
EXTRA_ARGS = {"smp": ["-smp", "8"]}     # smp.c is built for 8 harts


def guests():
    """Yield (xlen_dir, name, board, elf_path_relative_to_root)."""
    for xlen in ("rv64", "rv32"):
        d = os.path.join(ROOT, GUESTS, "elf", xlen)
        if not os.path.isdir(d):
            continue
        for fn in sorted(os.listdir(d)):
            if fn.endswith(".elf"):
                stem = fn[:-4]
                name, board = stem.rsplit("-", 1)
                yield xlen, name, board, os.path.join(GUESTS, "elf", xlen, fn)
    yield "rv64", "demo", "virt", os.path.join("hw", "riscv", "demo", "demo-riscv64-virt.elf")
    for xlen in ("rv64", "rv32"):
        yield xlen, "bench", "virt", os.path.join(
            "benchmarks", "guests", "riscv", "bench-%s-virt.elf" % xlen)


def qemu_for(xlen):
    return "qemu-system-riscv64" if xlen == "rv64" else "qemu-system-riscv32"


def run(qemu, argv):
    with open(os.devnull, "rb") as devnull:
        p = subprocess.run([qemu] + argv, cwd=ROOT, stdin=devnull,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=TIMEOUT)
    return p.stdout, p.returncode, p.stderr


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--once", action="store_true", help="run each guest once only")
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()

    version = subprocess.run(["qemu-system-riscv64", "--version"], stdout=subprocess.PIPE,
                             text=True, check=True).stdout.splitlines()[0]
    failed = 0
    for xlen, name, board, elf in guests():
        key = "%s/%s-%s" % (xlen, name, board)
        if args.names and not any(n == key or n == name or n == "%s-%s" % (name, board)
                                  for n in args.names):
            continue
        if not os.path.exists(os.path.join(ROOT, elf)):
            print("missing %s (run make -C tests/guests)" % elf, file=sys.stderr)
            failed += 1
            continue
        argv = BOARD_ARGS[board] + EXTRA_ARGS.get(name, []) + ["-kernel", elf]
        qemu = qemu_for(xlen)
        try:
            out, status, err = run(qemu, argv)
            if not args.once:
                out2, status2, _ = run(qemu, argv)
                if (out2, status2) != (out, status):
                    print("%s: NOT DETERMINISTIC across two runs" % key, file=sys.stderr)
                    failed += 1
                    continue
        except subprocess.TimeoutExpired:
            print("%s: timed out after %d s" % (key, TIMEOUT), file=sys.stderr)
            failed += 1
            continue
        if err:
            sys.stderr.write("%s: qemu stderr: %s" % (key, err.decode(errors="replace")))
        outdir = os.path.join(ROOT, GUESTS, "expected", xlen)
        os.makedirs(outdir, exist_ok=True)
        base = os.path.join(outdir, "%s-%s" % (name, board))
        with open(base + ".out", "wb") as f:
            f.write(out)
        meta = {
            "argv": argv,
            "exit_status": status,
            "system": "riscv64" if xlen == "rv64" else "riscv32",
            "recorded_with": version,
        }
        with open(base + ".json", "w") as f:
            json.dump(meta, f, indent=2)
            f.write("\n")
        print("%-32s exit %-3d %7d bytes" % (key, status, len(out)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
