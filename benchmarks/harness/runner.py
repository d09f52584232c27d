"""Spawn pyemu and QEMU children and collect what they did.

Every child runs with stdin from /dev/null and its stdout captured (the
guest's console); ``os.wait4`` gives its own rusage, so ``maxrss_kib`` is
the child's peak resident set, not the harness's.
"""

import json
import os
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field

from harness.targets import REPO_ROOT

PROBE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "probe.py")
BENCH_LINE = re.compile(rb"bench: iterations=(\d+) checksum=(0x[0-9a-f]+)")


class RunError(Exception):
    pass


@dataclass
class ChildRun:
    argv: list
    status: int
    wall_s: float            # spawn to reaped
    t_spawn: float           # time.time() just before spawning
    maxrss_kib: int
    user_s: float
    sys_s: float
    stdout: bytes
    stderr: bytes
    probe: dict = field(default_factory=dict)   # the probe's JSON (pyemu only)

    @property
    def checksum(self):
        m = BENCH_LINE.search(self.stdout)
        return m.group(2).decode() if m else None

    @property
    def iterations(self):
        m = BENCH_LINE.search(self.stdout)
        return int(m.group(1)) if m else None


def spawn(argv, env=None, timeout=None):
    """Run argv to completion; returns a ChildRun (without probe data)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t_spawn = time.time()
        t0 = time.perf_counter()
        proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                                env=env, cwd=REPO_ROOT)
        deadline = None if timeout is None else t0 + timeout
        while True:
            pid, wstatus, usage = os.wait4(proc.pid, os.WNOHANG if deadline else 0)
            if pid:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                os.wait4(proc.pid, 0)
                proc.returncode = -9
                raise RunError("%s: no exit after %.0f s" % (argv[0], timeout))
            time.sleep(0.02)
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(wstatus)
        out.seek(0)
        err.seek(0)
        return ChildRun(argv, proc.returncode, wall, t_spawn, usage.ru_maxrss,
                        usage.ru_utime, usage.ru_stime, out.read(), err.read())


def child_env(numba_cache_dir=None):
    env = dict(os.environ)
    env["PYTHONPATH"] = REPO_ROOT + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    if numba_cache_dir is not None:
        env["NUMBA_CACHE_DIR"] = numba_cache_dir
    else:
        env.pop("NUMBA_CACHE_DIR", None)
    return env


def run_pyemu(target, elf, workdir, profile=False, numba_cache_dir=None, no_frontends=False,
              timeout=None):
    """Run the target's pyemu on elf under the probe; returns a ChildRun."""
    out = tempfile.mktemp(suffix=".json", dir=workdir)
    argv = [sys.executable, PROBE, "--entry", target.entry, "--prog", target.prog, "--out", out]
    if profile:
        argv.append("--profile")
    if no_frontends:
        argv.append("--no-frontends")
    argv += ["--"] + target.argv(elf)
    run = spawn(argv, env=child_env(numba_cache_dir), timeout=timeout)
    if run.status != 0 or not os.path.exists(out):
        raise RunError("%s on %s failed with status %d:\n%s" % (
            target.prog, os.path.basename(elf), run.status,
            run.stderr.decode(errors="replace")[-2000:]))
    with open(out) as f:
        run.probe = json.load(f)
    os.unlink(out)
    return run


def run_qemu(target, elf, timeout=None):
    argv = [target.qemu_binary] + target.argv(elf)
    run = spawn(argv, timeout=timeout)
    if run.status != 0:
        raise RunError("%s on %s failed with status %d:\n%s" % (
            target.qemu_binary, os.path.basename(elf), run.status,
            run.stderr.decode(errors="replace")[-2000:]))
    return run
