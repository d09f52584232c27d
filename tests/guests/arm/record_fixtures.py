#!/usr/bin/env python3
"""Record the expected output of every arm guest ELF by running real QEMU.

For each ELF tests/guests/arm/elf/<name>-virt.elf this runs

    qemu-system-arm -M virt -cpu cortex-a15 -nographic -semihosting [EXTRA] -kernel ELF

from the repository root with stdin from /dev/null, twice (the runs must
agree), and writes

    tests/guests/arm/expected/<name>-virt.out   raw stdout bytes
    tests/guests/arm/expected/<name>-virt.err   raw stderr bytes (semihosting console)
    tests/guests/arm/expected/<name>-virt.json  {"argv": [...], "exit_status": N, ...}

For the guests in SECTION_GUESTS it also saves QEMU's migration stream of
the board at reset (-S, `migrate "exec:cat > FILE"`) and keeps, for the
device sections listed there, the vmdesc entry and the section body:

    tests/guests/arm/expected/<name>-virt.sections  (JSON; not .json, which marks an output fixture)
        {"argv": [...], "recorded_with": ..., "sections": {"arm_gic 0":
         {"desc": {...vmdesc entry...}, "body": "hex"}, ...}}

Usage: python3 tests/guests/arm/record_fixtures.py [NAME ...]
"""
import json
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
GUESTS = os.path.join("tests", "guests", "arm")
BOARD_ARGS = ["-M", "virt", "-cpu", "cortex-a15", "-nographic", "-semihosting"]
EXTRA_ARGS = {"semihost": ["-append", "one two  three"],
              "smp": ["-smp", "4"],
              "semihost_thumb": ["-append", "one two  three"]}
TIMEOUT = 20
# guest -> (extra arguments, sections kept) for the stream fixtures
SECTION_GUESTS = {"irq_vfp": (["-smp", "2"], ["arm_gic 0", "pl011 0", "pl031 0",
                                               "cpu_common 0", "cpu_common 1"])}
QEMU_VM_SECTION_FULL, QEMU_VM_SUBSECTION = 0x04, 0x05


def run(argv):
    with open(os.devnull, "rb") as devnull:
        p = subprocess.run(["qemu-system-arm"] + argv, cwd=ROOT, stdin=devnull,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=TIMEOUT)
    return p.stdout, p.stderr, p.returncode


def qemu_stream(argv):
    """QEMU's migration stream of the machine at reset (never started)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "stream")
        cmds = [{"execute": "qmp_capabilities"},
                {"execute": "migrate", "arguments": {"uri": "exec:cat > %s" % path}}]
        p = subprocess.Popen(["qemu-system-arm"] + argv + ["-S", "-qmp", "stdio", "-serial", "null",
                                                             "-monitor", "none"],
                             cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True)
        try:
            p.stdout.readline()                              # greeting
            for cmd in cmds:
                p.stdin.write(json.dumps(cmd) + "\n")
                p.stdin.flush()
            deadline = time.monotonic() + TIMEOUT
            while time.monotonic() < deadline:
                p.stdin.write(json.dumps({"execute": "query-migrate"}) + "\n")
                p.stdin.flush()
                reply = _reply(p)
                if reply.get("status") in ("completed", "failed"):
                    break
                time.sleep(0.1)
            p.stdin.write(json.dumps({"execute": "quit"}) + "\n")
            p.stdin.flush()
            p.wait(TIMEOUT)
        finally:
            if p.poll() is None:
                p.kill()
        with open(path, "rb") as fh:
            return fh.read()


def _reply(p):
    """The next QMP reply's `return` (events skipped)."""
    while True:
        msg = json.loads(p.stdout.readline())
        if "return" in msg:
            return msg["return"]
        if "error" in msg:
            raise RuntimeError(msg["error"]["desc"])


def _vmdesc(stream):
    """The trailing vmdesc JSON: 0x06, be32 length, the text, at the end."""
    at = stream.rindex(b'{"page_size"')
    length = int.from_bytes(stream[at - 4:at], "big")
    assert stream[at - 5] == 0x06 and at + length == len(stream), "no vmdesc at the end"
    return json.loads(stream[at:])


def _body_size(entry):
    """Bytes of a VMSD body as its vmdesc entry describes them."""
    size = sum(f["size"] * f.get("array_len", 1) for f in entry["fields"])
    for sub in entry.get("subsections", ()):
        size += 2 + len(sub["vmsd_name"]) + 4 + _body_size(sub)
    return size


def _section_body(stream, name, instance, size):
    """The body of FULL section name/instance: after type, section id,
    idstr, instance id and version."""
    idstr = bytes([len(name)]) + name.encode() + instance.to_bytes(4, "big")
    at = 0
    while True:
        at = stream.index(idstr, at + 1)
        if stream[at - 5] == QEMU_VM_SECTION_FULL:
            start = at + len(idstr) + 4
            return stream[start:start + size]


def record_sections(name, argv, keep, version):
    stream = qemu_stream(argv)
    desc = _vmdesc(stream)
    sections = {}
    for entry in desc["devices"]:
        key = "%s %d" % (entry["name"], entry["instance_id"])
        if key in keep:
            body = _section_body(stream, entry["name"], entry["instance_id"], _body_size(entry))
            sections[key] = {"desc": entry, "body": body.hex()}
    missing = set(keep) - set(sections)
    if missing:
        raise RuntimeError("%s: QEMU's stream has no %s" % (name, sorted(missing)))
    return {"argv": argv + ["-S"], "recorded_with": version, "sections": sections}


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
        if name in SECTION_GUESTS:
            extra, keep = SECTION_GUESTS[name]
            fixture = record_sections(name, argv[:-2] + extra + argv[-2:], keep, version)
            with open(base + ".sections", "w") as f:
                json.dump(fixture, f, indent=1)
                f.write("\n")
            print("%-24s %d sections" % (stem, len(fixture["sections"])))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
