"""How gdb sees an Alpha CPU: gdb's fixed Alpha register numbering (gdb has
no target-description features for Alpha, and QEMU sends none): 0-30 the
integer registers by their software names, 31 zero, 32-62 f0-f30, 63 fpcr,
64 pc, 65 unused, 66 unique; all 64-bit, all in the 'g' packet (QEMU's
alpha_cpu_gdb_read_register).  The integer registers are env's ir[]; in PAL
mode the shadow copies of r8-r14 and r25 are not what gdb shows (as QEMU).
The target.xml pyemu serves names only the architecture, so gdb keeps its
own layout.  Registered with emu.gdbstub.registers on import.
"""

from emu.gdbstub.registers import (GdbFeature, GdbRegister, GdbTarget,
                                   register_gdb_target, slot_accessors)

from targets.alpha.cpu import GPR_NAMES

FIRST_FPR = 32
FPCR_REGNUM = 63
PC_REGNUM = 64
UNIQUE_REGNUM = 66
NUM_REGS = 67
_TYPES = {"ra": "code_ptr", "sp": "data_ptr", "gp": "data_ptr"}




def _zero(cpu):
    return 0


def _set_pc(cpu, value):
    cpu.set("pc", value)


def _set_fpcr(cpu, value):
    cpu.store_fpcr(value)


def _set_unique(cpu, value):
    cpu.set("unique", value)


class AlphaGdbTarget(GdbTarget):
    def xml_files(self):
        """Only target.xml naming the architecture: gdb's Alpha support
        takes no register features."""
        return {"target.xml": '<?xml version="1.0"?>\n<!DOCTYPE target SYSTEM "gdb-target.dtd">\n'
                              "<target>\n  <architecture>alpha</architecture>\n</target>\n"}


def alpha_gdb_target(cpu):
    core = GdbFeature("org.gnu.gdb.alpha.core", "alpha-core.xml")
    regs = core.registers
    for i, name in enumerate(GPR_NAMES):
        get, set_ = slot_accessors("ir", i)
        regs.append(GdbRegister(name, 64, i, get, set_, _TYPES.get(name, "int"),
                                aliases=("r%d" % i,)))
    regs.append(GdbRegister("zero", 64, 31, _zero, None, aliases=("r31",)))
    for i in range(31):
        get, set_ = slot_accessors("fir", i)
        regs.append(GdbRegister("f%d" % i, 64, FIRST_FPR + i, get, set_, "ieee_double", "float"))
    regs.append(GdbRegister("fpcr", 64, FPCR_REGNUM, lambda cpu: cpu.load_fpcr(), _set_fpcr,
                            group="float"))
    regs.append(GdbRegister("pc", 64, PC_REGNUM, lambda cpu: cpu.get("pc"), _set_pc, "code_ptr"))
    regs.append(GdbRegister("", 64, 65, _zero, None))
    regs.append(GdbRegister("unique", 64, UNIQUE_REGNUM, lambda cpu: cpu.get("unique"),
                            _set_unique))
    return AlphaGdbTarget("alpha", [core], little_endian=True, g_count=NUM_REGS)


register_gdb_target("alpha", alpha_gdb_target)
