#!/usr/bin/env python3
"""Build and run the public riscv-tests ISA suite on pyemu's spike board.

    python tests/targets/riscv/run_riscv_tests.py /path/to/riscv-tests [-j N]

The checkout (github.com/riscv-software-src/riscv-tests with its ``env``
submodule, github.com/riscv/riscv-test-env) is built in place with its own
isa/Makefile (riscv64-unknown-elf-gcc; the ``-v-`` tests need C headers, so
picolibc's are added to the include path).  Every test then runs as

    pyemu-system-riscv64 -M spike -nographic -bios none -kernel <test>

(riscv32 for rv32 tests); a test passes when pyemu exits with status 0,
which the test reports through HTIF ``tohost``.  The tally is printed per
group (rv64ui-p, rv64ui-v, ...).  Not a pytest test: the suite is not part
of this repository.  Exit status: 0 when everything passed.
"""

import argparse
import collections
import concurrent.futures
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__)))))
# groups whose -p- (physical memory) and -v- (virtual memory) tests we run
P_GROUPS = ["ui", "um", "ua", "uc", "uf", "ud", "mi", "si"]
V_GROUPS = ["ui", "um", "ua", "uc"]
PICOLIBC_INCLUDE = "/usr/lib/picolibc/riscv64-unknown-elf/include"
GCC_OPTS = ("-static -mcmodel=medany -fvisibility=hidden -nostdlib -nostartfiles"
            " -isystem " + PICOLIBC_INCLUDE)


def make_vars(isa_dir, xlen, names):
    """The values of Makefile variables (the test lists of each group)."""
    out = subprocess.run(
        ["make", "-s", "XLEN=%d" % xlen, "--eval", "print-%: ; @echo $($*)"]
        + ["print-" + n for n in names],
        cwd=isa_dir, check=True, capture_output=True, text=True).stdout
    return dict(zip(names, out.splitlines()))


def test_names(isa_dir, xlen, p_groups, v_groups):
    wanted = ["rv%d%s_p_tests" % (xlen, g) for g in p_groups]
    wanted += ["rv%d%s_v_tests" % (xlen, g) for g in v_groups]
    values = make_vars(isa_dir, xlen, wanted)
    return [t for n in wanted for t in values[n].split()]


def build(isa_dir, xlen, tests, jobs):
    cmd = ["make", "-j%d" % jobs, "-k", "XLEN=%d" % xlen,
           "RISCV_PREFIX=riscv64-unknown-elf-", "RISCV_GCC_OPTS=" + GCC_OPTS] + tests
    proc = subprocess.run(cmd, cwd=isa_dir, capture_output=True, text=True)
    if proc.returncode:
        sys.stderr.write(proc.stderr[-4000:])


def pyemu_command(xlen):
    """The pyemu-system-riscvNN command line (run from the repository root)."""
    main = "main_riscv%d" % xlen
    return [sys.executable, "-c",
            "import sys; sys.argv[0] = 'pyemu-system-riscv%d'; "
            "from hw.riscv.entry import %s; %s()" % (xlen, main, main)]


def run_one(path, xlen, timeout):
    cmd = pyemu_command(xlen) + ["-M", "spike", "-nographic", "-bios", "none", "-kernel", path]
    start = time.monotonic()
    try:
        proc = subprocess.run(cmd, cwd=ROOT, stdin=subprocess.DEVNULL,
                              capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return "timeout", time.monotonic() - start, b""
    status = proc.returncode
    detail = proc.stdout[-300:] + proc.stderr[-600:]
    return status, time.monotonic() - start, detail


def group_of(test):
    """rv64ui-p-add -> rv64ui-p"""
    return "-".join(test.split("-")[:2])


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("checkout", help="riscv-tests checkout (with env/ populated)")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--xlen", choices=["32", "64", "both"], default="both")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds per test")
    ap.add_argument("--only", default="", help="run only tests whose name contains this")
    ap.add_argument("--no-build", action="store_true")
    ap.add_argument("--extra", default="",
                    help="more -p- groups, comma-separated (e.g. uzba,uzbb,uzbc,uzbs)")
    args = ap.parse_args(argv)
    isa_dir = os.path.join(os.path.abspath(args.checkout), "isa")
    if not os.path.exists(os.path.join(args.checkout, "env", "p", "riscv_test.h")):
        ap.error("%s/env is empty: check out riscv-test-env there" % args.checkout)
    xlens = [64, 32] if args.xlen == "both" else [int(args.xlen)]
    todo = []
    for xlen in xlens:
        p_groups = P_GROUPS + [g for g in args.extra.split(",") if g]
        tests = [t for t in test_names(isa_dir, xlen, p_groups, V_GROUPS) if args.only in t]
        if not args.no_build:
            build(isa_dir, xlen, tests, args.jobs)
        todo += [(t, xlen) for t in tests]
    results = {}
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        futures = {}
        for test, xlen in todo:
            path = os.path.join(isa_dir, test)
            if not os.path.exists(path):
                results[test] = ("not built", 0.0, b"")
                continue
            futures[pool.submit(run_one, path, xlen, args.timeout)] = test
        for fut in concurrent.futures.as_completed(futures):
            test = futures[fut]
            results[test] = fut.result()
            status, secs, detail = results[test]
            if status != 0:
                print("FAIL %-32s status=%s (%.1fs) %s" % (test, status, secs,
                                                          detail.decode("latin-1").strip()[-300:]))
                sys.stdout.flush()
    tally = collections.OrderedDict()
    for test, _xlen in todo:
        passed, total = tally.get(group_of(test), (0, 0))
        tally[group_of(test)] = (passed + (results[test][0] == 0), total + 1)
    print("\n%-10s %6s %6s" % ("group", "pass", "total"))
    for group, (passed, total) in tally.items():
        print("%-10s %6d %6d" % (group, passed, total))
    n_pass = sum(p for p, _t in tally.values())
    n_all = sum(t for _p, t in tally.values())
    print("%-10s %6d %6d" % ("all", n_pass, n_all))
    return 0 if n_pass == n_all else 1


if __name__ == "__main__":
    sys.exit(main())
