#!/usr/bin/env python3
"""Record the expected output of every alpha guest by running real QEMU.

For each tests/guests/alpha/elf/<name>-bios.elf (or <name>-kernel.elf,
given with -kernel instead) this runs

    qemu-system-alpha -M clipper -nographic [-no-reboot] -bios <elf>

(stdin from /dev/null, twice; the runs must agree) and writes
expected/<name>-bios.out (raw stdout) and expected/<name>-bios.json
({"argv": [...], "exit_status": N, "system": "alpha", "recorded_with": ...}).
argv is relative to the repository root: run `pyemu-system-alpha *argv`
there.  -no-reboot is added for guests listed in NO_REBOOT (they end with a
reset request, which -no-reboot turns into exit status 0).

Usage: python3 tests/guests/alpha/record_fixtures.py [NAME ...]
"""
import json
import os
import subprocess
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
HERE = os.path.join("tests", "guests", "alpha")
NO_REBOOT = {"exitcode"}


def main():
    names = sys.argv[1:]
    version = subprocess.run(["qemu-system-alpha", "--version"], stdout=subprocess.PIPE,
                             text=True, check=True).stdout.splitlines()[0]
    outdir = os.path.join(ROOT, HERE, "expected")
    os.makedirs(outdir, exist_ok=True)
    for fn in sorted(os.listdir(os.path.join(ROOT, HERE, "elf"))):
        stem = fn[:-4]
        name = stem.rsplit("-", 1)[0]
        if names and name not in names and stem not in names:
            continue
        argv = ["-M", "clipper", "-nographic"]
        if name in NO_REBOOT:
            argv.append("-no-reboot")
        kind = "-kernel" if stem.endswith("-kernel") else "-bios"
        argv += [kind, os.path.join(HERE, "elf", fn)]
        runs = []
        for _ in range(2):
            with open(os.devnull, "rb") as devnull:
                p = subprocess.run(["qemu-system-alpha"] + argv, cwd=ROOT, stdin=devnull,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60)
            runs.append((p.stdout, p.returncode))
        if runs[0] != runs[1]:
            sys.exit("%s: two QEMU runs differ" % stem)
        out, status = runs[0]
        with open(os.path.join(outdir, stem + ".out"), "wb") as fh:
            fh.write(out)
        with open(os.path.join(outdir, stem + ".json"), "w") as fh:
            json.dump({"argv": argv, "exit_status": status, "system": "alpha",
                       "recorded_with": version}, fh, indent=2)
            fh.write("\n")
        print("%s: %d bytes, status %d" % (stem, len(out), status))


if __name__ == "__main__":
    main()
