"""How gdb sees an AArch32 CPU, as QEMU 7.2 describes a cortex-a15: the
feature org.gnu.gdb.arm.core (r0-r12, sp, lr, pc as gdb numbers 0-15 and
cpsr as 25; 16-24 are the old FPA registers, absent) and org.gnu.gdb.arm.vfp
(d0-d31 as 26-57, fpscr as 58).  The 'g' packet holds the core feature.
r0-r14 are the current mode's bank; a pc written in Thumb state drops bit 0;
a cpsr write is a full write (mode switch with its banks, as QEMU's
CPSRWriteByGDBStub).  Registered with emu.gdbstub.registers on import.
"""

from emu.gdbstub.registers import (GdbFeature, GdbRegister, GdbTarget,
                                   register_gdb_target, slot_accessors)

MASK32 = 0xFFFFFFFF
CPSR_REGNUM = 25
FIRST_D_REGNUM = 26
NUM_D_REGS = 32
FPSCR_REGNUM = FIRST_D_REGNUM + NUM_D_REGS
CORE_NAMES = tuple("r%d" % i for i in range(13)) + ("sp", "lr", "pc")
_CORE_TYPES = {"sp": "data_ptr", "lr": "int", "pc": "code_ptr"}


def _core(n):
    def get(cpu):
        return cpu.reg(n)

    def set_(cpu, value):
        if n == 15 and cpu.env.thumb:
            value &= ~1
        cpu.set_reg(n, value & MASK32)
    return get, set_



def _get_cpsr(cpu):
    return cpu.cpsr_read()


def _set_cpsr(cpu, value):
    cpu.cpsr_write(value, MASK32)


def _get_fpscr(cpu):
    return cpu.fpscr_read()


def _set_fpscr(cpu, value):
    cpu.fpscr_write(value)


def arm_gdb_target(cpu):
    core = GdbFeature("org.gnu.gdb.arm.core", "arm-core.xml")
    for i, name in enumerate(CORE_NAMES):
        get, set_ = _core(i)
        aliases = ("r%d" % i,) if i >= 13 else ()
        core.registers.append(GdbRegister(name, 32, i, get, set_,
                                          _CORE_TYPES.get(name, "int"), aliases=aliases))
    core.registers.append(GdbRegister("cpsr", 32, CPSR_REGNUM, _get_cpsr, _set_cpsr))
    vfp = GdbFeature("org.gnu.gdb.arm.vfp", "arm-vfp3.xml")
    for i in range(NUM_D_REGS):
        get, set_ = slot_accessors("d", i)
        vfp.registers.append(GdbRegister("d%d" % i, 64, FIRST_D_REGNUM + i, get, set_,
                                         "ieee_double", "float"))
    vfp.registers.append(GdbRegister("fpscr", 32, FPSCR_REGNUM, _get_fpscr, _set_fpscr,
                                     "int", "float"))
    return GdbTarget("arm", [core, vfp], little_endian=True, g_count=CPSR_REGNUM + 1)


register_gdb_target("arm", arm_gdb_target)
