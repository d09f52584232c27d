#!/usr/bin/env python3
"""Record the expected output of every arm guest ELF by running real QEMU.

For each ELF tests/guests/arm/elf/<name>-virt.elf this runs

    qemu-system-arm -M virt -cpu cortex-a15 -nographic -semihosting [EXTRA] -kernel ELF

from the repository root with stdin from /dev/null, twice (the runs must
agree), and writes

    tests/guests/arm/expected/<name>-virt.out   raw stdout bytes
    tests/guests/arm/expected/<name>-virt.err   raw stderr bytes (semihosting console)
    tests/guests/arm/expected/<name>-virt.json  {"argv": [...], "exit_status": N, ...}

Usage: python3 tests/guests/arm/record_fixtures.py [NAME ...]
"""
import json
import os
import subprocess
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
GUESTS = os.path.join("tests", "guests", "arm")
BOARD_ARGS = ["-M", "virt", "-cpu", "cortex-a15", "-nographic", "-semihosting"]
EXTRA_ARGS = {"semihost": ["-append", "one two  three"],
              "smp": ["-smp", "4"],
              "semihost_thumb": ["-append", "one two  three"]}
TIMEOUT = 20


def run(argv):
    with open(os.devnull, "rb") as devnull:
        p = subprocess.run(["qemu-system-arm"] + argv, cwd=ROOT, stdin=devnull,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=TIMEOUT)
    return p.stdout, p.stderr, p.returncode


def main():
    names = sys.argv[1:]
    version = subprocess.run(["qemu-system-arm", "--version"], stdout=subprocess.PIPE,
                             text=True, check=True).stdout.splitlines()[0]
    elf_dir = os.path.join(ROOT, GUESTS, "elf")
    out_dir = os.path.join(ROOT, GUESTS, "expected")
    os.makedirs(out_dir, exist_ok=True)
    failed = 0
    for fn in sorted(os.listdir(elf_dir)):
        stem = fn[:-4]
        name = stem.rsplit("-", 1)[0]
        if names and name not in names and stem not in names:
            continue
        argv = BOARD_ARGS + EXTRA_ARGS.get(name, []) + ["-kernel", os.path.join(GUESTS, "elf", fn)]
        try:
            first = run(argv)
            second = run(argv)
        except subprocess.TimeoutExpired:
            print("%s: timed out after %d s" % (stem, TIMEOUT), file=sys.stderr)
            failed += 1
            continue
        if second != first:
            print("%s: NOT DETERMINISTIC across two runs" % stem, file=sys.stderr)
            failed += 1
            continue
        out, err, status = first
        base = os.path.join(out_dir, stem)
        with open(base + ".out", "wb") as f:
            f.write(out)
        with open(base + ".err", "wb") as f:
            f.write(err)
        with open(base + ".json", "w") as f:
            json.dump({"argv": argv, "exit_status": status, "system": "arm",
                       "recorded_with": version}, f, indent=2)
            f.write("\n")
        print("%-24s exit %-3d %6d bytes" % (stem, status, len(out)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
