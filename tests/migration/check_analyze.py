"""QEMU's scripts/analyze-migration.py over pyemu's streams.

Used by the tests (test_snapshots_e2e.py, test_streams_compat.py) and as a
command:  python tests/migration/check_analyze.py [STREAM ...]
(without arguments it checks streams written by the fake machine).

The script comes from Debian's qemu 7.2 source package, fetched by
tests/migration/fetch_analyze.sh into a cache outside the repository
(~/.cache/pyemu/qemu-src, or $PYEMU_QEMU_SRC_CACHE); analyze_script() runs
the fetch when the script is not there yet.
"""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
FETCH = os.path.join(HERE, "fetch_analyze.sh")


def _cache_dir():
    return os.environ.get("PYEMU_QEMU_SRC_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"),
        "pyemu", "qemu-src")


def analyze_script():
    """Path of analyze-migration.py, fetching it first if needed."""
    path = os.path.join(_cache_dir(), "analyze-migration.py")
    if not os.path.exists(path):
        out = subprocess.run(["sh", FETCH], capture_output=True, text=True, timeout=600)
        if out.returncode != 0:
            raise RuntimeError("fetch_analyze.sh failed: %s" % out.stderr.strip()[-500:])
        path = out.stdout.strip().splitlines()[-1]
    return path


def run_analyze(path, mode, script=None):
    """(parsed JSON, None) or (None, last stderr line) for -d mode."""
    script = script or analyze_script()
    out = subprocess.run([sys.executable, script, "-f", str(path), "-d", mode],
                         capture_output=True, text=True, timeout=120)
    if out.returncode:
        return None, (out.stderr.strip().splitlines() or ["exit %d" % out.returncode])[-1]
    return json.loads(out.stdout), None


def analyze(path, script=None):
    """Run `-d state` and `-d desc`; returns (state, desc) or raises
    AssertionError with the script's complaint."""
    state, err = run_analyze(path, "state", script)
    assert state is not None, "analyze-migration -d state failed on %s: %s" % (path, err)
    desc, err = run_analyze(path, "desc", script)
    assert desc is not None, "analyze-migration -d desc failed on %s: %s" % (path, err)
    return state, desc


def section(state, name):
    """The state of section `name` ("cpu", "timer" ...): keys are 'name (id)'."""
    for key, value in state.items():
        if key.rsplit(" (", 1)[0] == name:
            return value
    raise KeyError(name)


def _fake_streams(tmp):
    sys.path[:0] = [ROOT, HERE]
    from migration.qemu_file import QEMUFileWriter
    from migration.savevm import save_state
    from migration_fakes import Machine
    busy = Machine()
    busy.scribble()
    for name, machine, kw in (("reset", Machine(), {}), ("scribbled", busy, {})):
        path = os.path.join(tmp, name + ".mig")
        with open(path, "wb") as fh:
            save_state(QEMUFileWriter(fh), machine.registry, "virt-10.2", **kw)
        yield path


def main(argv):
    script = analyze_script()
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        paths = argv or list(_fake_streams(tmp))
        for path in paths:
            try:
                analyze(path, script)
                print("OK   %s" % path)
            except AssertionError as exc:
                print("FAIL %s" % exc)
                failures += 1
    print("script: %s" % script)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
