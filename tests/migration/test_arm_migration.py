"""savevm/loadvm and live migration of an Arm virt guest caught in IRQ mode
in the middle of VFP work, under -icount shift=0.

The guest is tests/guests/arm/src/irq_vfp.c: its main program computes with
FPSCR = round towards zero + IXC/UFC, the generic timer interrupt (CNTV
through the GICv2) arrives in the middle of that, and the IRQ handler does
its own long computation rounding towards +inf.  Its output is QEMU's,
recorded by tests/guests/arm/record_fixtures.py.

* savevm at an instruction count where the CPU is in IRQ mode inside the
  handler's VFP loop (checked on the live VM and in the stream), and at one
  where the main program runs with the timer armed; loadvm in the same
  process and -loadvm in a fresh one continue to exactly the rest of the
  recorded output, and the machine state at the end is byte-identical to
  the uninterrupted run's (so the interrupt came at the same instruction);
* live migration between two processes over TCP, started from the IRQ-mode
  point while the guest runs: source output + destination output = QEMU's;
* with -smp 2 the stream has cpu_common and cpu sections for CPUs 0 and 1,
  the GIC, PL011 and PL031 sections as QEMU names them, and QEMU's
  analyze-migration.py parses it (-d state and -d desc).
"""
import pathlib
import time

import capstone
import pytest
from elftools.elf.elffile import ELFFile

from check_analyze import analyze, section
from live_helpers import VM, free_port
from snapvm import stream_files

ROOT = pathlib.Path(__file__).resolve().parents[2]
GUEST = ROOT / "tests/guests/arm/elf/irq_vfp-virt.elf"
EXPECTED = ROOT / "tests/guests/arm/expected/irq_vfp-virt.out"
MODE_MASK, MODE_IRQ, MODE_SVC = 0x1F, 0x12, 0x13
CNTV_INTID = 27
IRQ_POINT = 1_000_000          # first candidates; the search moves on from there
FIRST_IRQ_POINT = 60_000       # (the live test starts early: the guest must outlast it)


@pytest.fixture(scope="module")
def reference():
    out = EXPECTED.read_bytes()
    assert out.endswith(b"interrupts 16 (spurious 0, other 0)\n")
    return out


def symbol(name):
    """(address, code bytes) of a function of the guest."""
    with open(GUEST, "rb") as fh:
        elf = ELFFile(fh)
        sym = elf.get_section_by_name(".symtab").get_symbol_by_name(name)[0]
        text = elf.get_section_by_name(".text")
        at = sym["st_value"] - text["sh_addr"]
        return sym["st_value"], text.data()[at:at + sym["st_size"]]


@pytest.fixture(scope="module")
def irq_body():
    """[start, end) of the guest's IRQ handler body (irq_work is inlined)."""
    addr, code = symbol("irq_body")
    return addr, addr + len(code)


@pytest.fixture(scope="module")
def main_chunk():
    """(after, upto]: return addresses of an IRQ taken during main's VFP
    chunk, the code between its `cpsie i` and the `cpsid i` after it."""
    addr, code = symbol("main")
    md = capstone.Cs(capstone.CS_ARCH_ARM, capstone.CS_MODE_ARM)
    insns = [(i.address, i.mnemonic) for i in md.disasm(code, addr)]
    enable = next(a for a, m in insns if m == "cpsie")
    disable = next(a for a, m in insns if m == "cpsid" and a > enable)
    return enable, disable


def interrupted_pc(vm):
    """Where the IRQ returns to: vectors.S saves it at the top of the IRQ stack."""
    with open(GUEST, "rb") as fh:
        top = ELFFile(fh).get_section_by_name(".symtab") \
            .get_symbol_by_name("__irq_stack_top")[0]["st_value"]
    text = vm.qmp.hmp("xp /1wx %#x" % (top - 4))
    return int(text.split(":")[1].split()[0], 16)


@pytest.fixture
def vms(tmp_path):
    started = []

    def make(name, *args, **kw):
        vm = VM(tmp_path, name, "-semihosting", "-snapshot-dir", str(tmp_path / "snaps"),
                *args, guest=GUEST, arch="arm", bios=None, **kw)
        started.append(vm)
        return vm
    yield make
    for vm in started:
        vm.close()


# -- driving a VM ------------------------------------------------------------------

def wait_event(vm, name, timeout=180):        # a cold numba cache compiles first
    deadline = time.monotonic() + timeout
    while True:
        for i, ev in enumerate(vm.qmp.events):
            if ev.get("event") == name:
                return vm.qmp.events.pop(i)
        if time.monotonic() > deadline:
            raise AssertionError("%s: no %s event" % (vm.name, name))
        vm.qmp.poll_events(0.05)


def run_to(vm, icount, exact=True):
    """With one CPU the stop is exact; with more, at the first slice end
    at or past icount."""
    vm.qmp.cmd("x-stop-at-icount", icount=icount)
    vm.qmp.cmd("cont")
    wait_event(vm, "STOP")
    done = vm.qmp.cmd("x-query-icount")["icount"]
    assert done == icount if exact else done >= icount


def run_to_shutdown(vm):
    vm.qmp.cmd("cont")
    assert wait_event(vm, "SHUTDOWN")["data"]["reason"] == "guest-shutdown"


def reg(vm, name):
    return int(vm.qmp.hmp("p/x $%s" % name).strip(), 16)


def mode(vm):
    return reg(vm, "cpsr") & MODE_MASK


def timer_armed(vm):
    now = vm.qmp.cmd("x-query-icount")
    return now.get("next-deadline-ns", -1) > now["vm-clock-ns"]


def advance_until(vm, start, predicate, stride=10_000, tries=40):
    """Stop at start, start + stride, ... until predicate(vm); the icount."""
    for k in range(tries):
        run_to(vm, start + k * stride)
        if predicate(vm):
            return start + k * stride
    raise AssertionError("no such point in %d tries from %d" % (tries, start))


def at_irq_vfp_point(irq_range):
    """In IRQ mode, in the handler's body, with its own FPSCR
    (round towards +inf, sticky flags set)."""
    def check(vm):
        fpscr = reg(vm, "fpscr")
        return (mode(vm) == MODE_IRQ and irq_range[0] <= reg(vm, "pc") < irq_range[1]
                and (fpscr >> 22) & 3 == 1 and fpscr & 0x9F)
    return check


# -- reading streams ---------------------------------------------------------------------

def be(value):
    """An analyze-migration value (hex string, or hex bytes of a custom type)."""
    return int(value.replace(" ", "").replace("0x", ""), 16)


def check_irq_point_stream(path, icount):
    state, desc = analyze(path)
    assert be(section(state, "timer")["timer/icount"]["qemu_icount"]) == icount
    cpu = section(state, "cpu")
    assert be(cpu["cpsr"]) & MODE_MASK == MODE_IRQ
    fpscr = be(cpu["cpu/vfp"]["fpscr"])
    assert (fpscr >> 22) & 3 == 1 and fpscr & 0x9F                   # RP, sticky flags
    gic = section(state, "arm_gic")
    assert be(gic["irq_state"][CNTV_INTID]["active"]) == 1          # CNTV taken by CPU 0
    assert be(gic["running_priority"][0]) == 0x80
    names = [(d["name"], d["instance_id"]) for d in desc["devices"]]
    order = [n for n in names if n[0] in ("cpu_common", "cpu", "arm_gic", "pl011", "pl031")]
    assert order == [("cpu_common", 0), ("cpu", 0), ("arm_gic", 0), ("pl011", 0), ("pl031", 0)]


# -- the tests ---------------------------------------------------------------------------------

def test_savevm_in_irq_mode_mid_vfp_continues_exactly(vms, reference, irq_body, main_chunk,
                                                     tmp_path):
    vm = vms("src", "-S", "-no-shutdown")
    points, clocks = {}, {}
    irq_at = advance_until(vm, IRQ_POINT, at_irq_vfp_point(irq_body))
    assert "irq32" in vm.qmp.hmp("info registers")
    # the handler's VFP loop interrupted the main program's VFP chunk
    assert main_chunk[0] < interrupted_pc(vm) <= main_chunk[1]
    vm.qmp.hmp("savevm irq")
    points["irq"], clocks["irq"] = vm.output(), vm.qmp.cmd("x-query-icount")
    # the main program again, the next step's timer armed and not yet fired
    armed_at = advance_until(vm, irq_at + 50_000,
                             lambda v: mode(v) == MODE_SVC and timer_armed(v))
    assert reg(vm, "fpscr") == 0x00C00018                 # main's: RZ, IXC, UFC
    vm.qmp.hmp("savevm armed")
    points["armed"], clocks["armed"] = vm.output(), vm.qmp.cmd("x-query-icount")
    assert armed_at > irq_at and "next-deadline-ns" in clocks["armed"]

    run_to_shutdown(vm)
    assert vm.output() == reference
    end_icount = vm.qmp.cmd("x-query-icount")
    vm.qmp.hmp("savevm end")
    end = stream_files(tmp_path / "snaps")["end"].read_bytes()

    for tag in ("irq", "armed"):
        assert vm.qmp.hmp("loadvm %s" % tag) == ""
        assert vm.status() == "paused"
        # virtual time, instruction count and the armed CNTV deadline are back
        assert vm.qmp.cmd("x-query-icount") == clocks[tag], tag
        start = len(vm.output())
        run_to_shutdown(vm)
        assert vm.output()[start:] == reference[len(points[tag]):], tag
        assert vm.qmp.cmd("x-query-icount") == end_icount, tag
        vm.qmp.hmp("savevm end-%s" % tag)
        assert stream_files(tmp_path / "snaps")["end-" + tag].read_bytes() == end, tag

    check_irq_point_stream(stream_files(tmp_path / "snaps")["irq"], irq_at)

    for tag in ("irq", "armed"):
        fresh = vms("fresh-" + tag, "-S", "-loadvm", tag)
        assert fresh.qmp.cmd("x-query-icount") == clocks[tag], tag
        if tag == "irq":
            assert at_irq_vfp_point(irq_body)(fresh)
        fresh.qmp.cmd("cont")
        assert fresh.wait_exit() == 0, tag
        assert fresh.output() == reference[len(points[tag]):], tag


def test_live_migration_from_irq_mode_continues_exactly(vms, reference, irq_body):
    port = free_port()
    src = vms("src", "-S")
    dst = vms("dst", "-incoming", "tcp:127.0.0.1:%d" % port)
    live_from = advance_until(src, FIRST_IRQ_POINT, at_irq_vfp_point(irq_body))
    src.qmp.cmd("migrate", uri="tcp:127.0.0.1:%d" % port)
    src.qmp.cmd("cont")
    info = src.wait_migration()
    assert info["status"] == "completed", info
    assert src.status() == "postmigrate"
    assert info["ram"]["dirty-sync-count"] >= 2
    assert src.qmp.cmd("x-query-icount")["icount"] > live_from    # it ran meanwhile
    assert dst.wait_exit() == 0
    assert src.output() + dst.output() == reference
    assert dst.output(), "the guest had finished on the source"


def test_smp2_stream_has_sections_per_cpu_and_parses(vms, reference, tmp_path):
    vm = vms("smp", "-S", "-no-shutdown", "-smp", "2")
    run_to(vm, IRQ_POINT, exact=False)
    vm.qmp.hmp("savevm smp")
    prefix = vm.output()
    path = stream_files(tmp_path / "snaps")["smp"]
    state, desc = analyze(path)
    names = [(d["name"], d["instance_id"]) for d in desc["devices"]]
    cpus = [n for n in names if n[0] in ("cpu_common", "cpu")]
    assert cpus == [("cpu_common", 0), ("cpu", 0), ("cpu_common", 1), ("cpu", 1)]
    for dev in ("arm_gic", "pl011", "pl031"):
        assert names.count((dev, 0)) == 1, dev
    assert names.index(("cpu", 1)) < names.index(("arm_gic", 0)) \
        < names.index(("pl011", 0)) < names.index(("pl031", 0))
    gic = next(d for d in desc["devices"] if d["name"] == "arm_gic")
    assert gic["version"] == 12 and "subsections" not in gic
    pl011 = next(d for d in desc["devices"] if d["name"] == "pl011")
    assert [s["vmsd_name"] for s in pl011["subsections"]] == ["pl011/clock"]
    pl031 = next(d for d in desc["devices"] if d["name"] == "pl031")
    assert [s["vmsd_name"] for s in pl031["subsections"]] == ["pl031/tick-offset"]
    # both CPUs' sections hold their own state: CPU 1 is powered off (PSCI)
    cpu0 = next(v for k, v in state.items() if k.startswith("cpu (") and
                be(v["power_state"]) == 0)
    cpu1 = next(v for k, v in state.items() if k.startswith("cpu (") and
                be(v["power_state"]) == 1)
    assert be(cpu0["cpsr"]) != be(cpu1["cpsr"])
    # and the stream loads back: the rest of the run is QEMU's
    run_to_shutdown(vm)
    assert vm.output() == reference
    assert vm.qmp.hmp("loadvm smp") == ""
    start = len(vm.output())
    run_to_shutdown(vm)
    assert vm.output()[start:] == reference[len(prefix):]
