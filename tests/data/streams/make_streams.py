"""Regenerate the committed stream fixtures (run from the repository root):

    python tests/data/streams/make_streams.py

Each fixture is a snapshot stream written by this pyemu release at an exact
instruction count of a guest under -icount, plus a JSON file saying how it
was made and what the rest of the run prints.  tests/migration/
test_streams_compat.py keeps loading them; never regenerate a fixture to
make that test pass -- add a new one next to it instead.
"""
import json
import pathlib
import shutil
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests/migration")]

from snapvm import VM, run_plain, stream_files  # noqa: E402

FIXTURES = [
    # name, bits, guest, extra options, instruction count
    ("virt-rv64-counter_timer_small-2100000", 64, "counter_timer_small-virt.elf",
     ["-m", "16M"], 2_100_000),
    ("virt-rv32-counter_timer_small-2100000", 32, "counter_timer_small-virt.elf",
     ["-m", "16M"], 2_100_000),
]


def make(name, bits, guest, extra, icount):
    status, full, err = run_plain(guest, *extra, bits=bits)
    assert status == 0, err
    with tempfile.TemporaryDirectory() as tmp:
        vm = VM(tmp, guest, "-S", *extra, bits=bits)
        try:
            vm.run_to(icount)
            vm.hmp("savevm fixture")
            prefix = vm.output()
            vm.quit()
        finally:
            vm.kill()
        shutil.copyfile(stream_files(vm.snapshot_dir)["fixture"], HERE / (name + ".vmstate"))
    assert full.startswith(prefix)
    meta = {"pyemu-system": "riscv%d" % bits, "guest": guest, "options": extra,
            "icount": icount, "exit-status": status,
            "rest-of-output": full[len(prefix):].decode()}
    (HERE / (name + ".json")).write_text(json.dumps(meta, indent=2) + "\n")


if __name__ == "__main__":
    for fixture in FIXTURES:
        make(*fixture)
        print("wrote", fixture[0])
