"""Helper (not a test): run QEMU's analyze-migration.py on our streams.

Usage: python tests/migration/check_analyze.py [path/to/analyze-migration.py]
Default script: /tmp/qemu-tools/analyze-migration.py, else the 7.2 copy
from Debian's source package (/tmp/qemu-tools/analyze-migration-7.2.py).
Writes a few streams to a temp dir, runs `-d state` and `-d desc` on each
and checks the parsed state against what was saved.
"""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [os.path.dirname(os.path.dirname(HERE)), HERE]

from migration.qemu_file import QEMUFileWriter  # noqa: E402
from migration.savevm import save_state  # noqa: E402
from migration_fakes import Machine  # noqa: E402

CANDIDATES = ["/tmp/qemu-tools/analyze-migration.py",
              "/tmp/qemu-tools/analyze-migration-7.2.py"]


def streams():
    plain = Machine()
    yield "reset", plain, {}
    busy = Machine()
    busy.scribble()
    yield "scribbled", busy, {}
    yield "page-bits", busy, {"legacy_page_bits": 10}


def run(script, path, mode):
    out = subprocess.run([sys.executable, script, "-f", path, "-d", mode],
                         capture_output=True, text=True, timeout=60)
    if out.returncode:
        return None, out.stderr.strip().splitlines()[-1:]
    return json.loads(out.stdout), None


def main():
    script = sys.argv[1] if len(sys.argv) > 1 else next(
        (c for c in CANDIDATES if os.path.exists(c)), None)
    if script is None:
        print("no analyze-migration.py found")
        return 2
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name, machine, kw in streams():
            path = os.path.join(tmp, name + ".mig")
            with open(path, "wb") as fh:
                save_state(QEMUFileWriter(fh), machine.registry, "virt-10.2", **kw)
            state, err = run(script, path, "state")
            desc, err2 = run(script, path, "desc")
            ok = state is not None and desc is not None
            if ok:
                cpu1 = state.get("cpu (3)", {})
                ok = cpu1.get("pc") == "0x%016x" % machine.cpus[1].pc
            print(f"{name:10s} {'OK' if ok else 'FAIL'} "
                  f"{'' if ok else (err or err2)}")
            failures += not ok
    print(f"script: {script}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
