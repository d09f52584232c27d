"""Fake devices, timers and RAM blocks shared by the migration tests."""
import numpy as np

from migration.ram import RamMigration
from migration.savevm import INSTANCE_ID_ANY, SaveVMRegistry
from migration.vmstate import (
    VMStateDescription, VMStateInfo, vmstate_bool, vmstate_buffer,
    vmstate_int32_positive_le, vmstate_single, vmstate_struct,
    vmstate_struct_array, vmstate_timer, vmstate_uint8, vmstate_uint16,
    vmstate_uint32, vmstate_uint64, vmstate_uint64_array, vmstate_unused,
    vmstate_varray_uint32,
)


class FakeTimer:
    """The timer protocol: get_expire() / set_expire(ns), -1 = disarmed."""

    def __init__(self, expire=-1):
        self.expire = expire

    def get_expire(self):
        return self.expire

    def set_expire(self, ns):
        self.expire = ns


class FakeRamBlock:
    def __init__(self, idstr, used_length, page_size=4096, fill=None):
        self.idstr = idstr
        self.used_length = used_length
        self.host = np.zeros(used_length, dtype=np.uint8)
        self.dirty = np.zeros(used_length // page_size, dtype=np.uint8)
        if fill is not None:
            self.host[:] = fill


class Cpu:
    """A CPU whose N/Z/C/V flags live in separate attributes."""

    def __init__(self):
        self.state = np.zeros(40, dtype=np.int64)    # flat register file
        self.gpr = self.state[0:32]                  # numpy view
        self.flag_n = self.flag_z = self.flag_c = self.flag_v = 0
        self.mode = 0x13
        self.pc = 0
        self.halted = 0
        self.timer = FakeTimer()
        self.nregs = 4
        self.regbank = np.zeros(8, dtype=np.uint32)
        self.pmp = [PmpEntry() for _ in range(2)]


class PmpEntry:
    def __init__(self):
        self.addr = 0
        self.cfg = 0


def _cpsr_put(f, cpu, field):
    value = (cpu.flag_n << 31 | cpu.flag_z << 30 | cpu.flag_c << 29
             | cpu.flag_v << 28 | cpu.mode)
    f.put_be32(value)


def _cpsr_get(f, cpu, field):
    value = f.get_be32()
    cpu.flag_n, cpu.flag_z = value >> 31 & 1, value >> 30 & 1
    cpu.flag_c, cpu.flag_v = value >> 29 & 1, value >> 28 & 1
    cpu.mode = value & 0x1F
    return cpu


CPSR_INFO = VMStateInfo("cpsr", get=_cpsr_get, put=_cpsr_put)

VMSTATE_PMP_ENTRY = VMStateDescription(
    "cpu/pmp/entry", version_id=1,
    fields=[vmstate_uint64("addr"), vmstate_uint8("cfg")])

VMSTATE_PMP = VMStateDescription(
    "cpu/pmp", version_id=1, needed=lambda cpu: any(e.cfg for e in cpu.pmp),
    fields=[vmstate_struct_array("pmp", 2, VMSTATE_PMP_ENTRY)])

VMSTATE_CPU = VMStateDescription(
    "cpu", version_id=3, minimum_version_id=2,
    fields=[
        vmstate_uint64_array("gpr", 32),
        vmstate_single("cpsr", CPSR_INFO, path=None),
        vmstate_uint64("pc"),
        vmstate_uint32("halted"),
        vmstate_timer("timer"),
        vmstate_int32_positive_le("nregs"),
        vmstate_varray_uint32("regbank", "nregs", vmstate_uint32("x").info),
        vmstate_unused(4),
    ],
    subsections=[VMSTATE_PMP])


class Uart:
    def __init__(self):
        self.lcr = 0
        self.fifo = bytearray(16)
        self.enabled = False
        self.divisor = 0


VMSTATE_UART = VMStateDescription(
    "uart", version_id=1,
    fields=[vmstate_uint8("lcr"), vmstate_buffer("fifo"),
            vmstate_bool("enabled"), vmstate_uint16("divisor")])


class Machine:
    """Two CPUs, one UART, two RAM blocks, registered like a board would."""

    PAGE = 4096

    def __init__(self, ram_pages=(8, 4)):
        self.cpus = [Cpu(), Cpu()]
        self.uart = Uart()
        self.ram = [FakeRamBlock("pc.ram", ram_pages[0] * self.PAGE),
                    FakeRamBlock("rom", ram_pages[1] * self.PAGE)]
        self.registry = SaveVMRegistry()
        self.ram_handler = RamMigration(self.ram, self.PAGE)
        self.registry.register_live("ram", 0, 4, self.ram_handler)
        for cpu in self.cpus:
            self.registry.register_vmstate("cpu", INSTANCE_ID_ANY,
                                           VMSTATE_CPU, cpu)
        self.registry.register_vmstate("serial", 0, VMSTATE_UART, self.uart)

    def scribble(self, seed=1):
        """Put recognisable non-reset state everywhere."""
        rng = np.random.default_rng(seed)
        for k, cpu in enumerate(self.cpus):
            cpu.gpr[:] = rng.integers(-2**63, 2**63 - 1, 32)
            cpu.flag_n, cpu.flag_c, cpu.mode = 1, 1, 0x10 + k
            cpu.pc = 0x80000000 + 4 * k
            cpu.timer.expire = 123456789 if k == 0 else -1
            cpu.nregs = 3
            cpu.regbank[:3] = [7, 8, 9 + k]
            if k == 1:
                cpu.pmp[1].addr, cpu.pmp[1].cfg = 0x1000, 0x1F
        self.uart.lcr, self.uart.enabled, self.uart.divisor = 3, True, 12
        self.uart.fifo[:5] = b"hello"
        self.ram[0].host[0:4096] = rng.integers(0, 256, 4096)
        self.ram[0].host[-4096 + 5] = 0xAA
        self.ram[1].host[:] = 0x5A
