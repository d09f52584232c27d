"""How gdb sees a RISC-V hart: gdb's standard target description features
org.gnu.gdb.riscv.cpu (x0-x31 by ABI name, pc), .fpu (f0-f31, fflags,
frm, fcsr), .csr (every CSR pyemu implements) and .virtual (priv), in
gdb's register numbering (x: 0-31, pc: 32, f: 33-64, CSR n: 65 + n,
priv: 65 + 4096).  Registered with emu.gdbstub.registers on import.
"""

from emu.gdbstub.registers import (GdbFeature, GdbRegister, GdbTarget,
                                   register_gdb_target, slot_accessors)

from targets.riscv import csr as csrs

GPR_NAMES = ("zero", "ra", "sp", "gp", "tp", "t0", "t1", "t2", "fp", "s1",
             "a0", "a1", "a2", "a3", "a4", "a5", "a6", "a7", "s2", "s3",
             "s4", "s5", "s6", "s7", "s8", "s9", "s10", "s11", "t3", "t4",
             "t5", "t6")
FPR_NAMES = ("ft0", "ft1", "ft2", "ft3", "ft4", "ft5", "ft6", "ft7", "fs0",
             "fs1", "fa0", "fa1", "fa2", "fa3", "fa4", "fa5", "fa6", "fa7",
             "fs2", "fs3", "fs4", "fs5", "fs6", "fs7", "fs8", "fs9", "fs10",
             "fs11", "ft8", "ft9", "ft10", "ft11")
_GPR_TYPES = {"ra": "code_ptr", "sp": "data_ptr", "gp": "data_ptr", "tp": "data_ptr"}
FIRST_FPR = 33
FIRST_CSR = 65
PRIV_REGNUM = FIRST_CSR + 4096
_FP_CSRS = {1: "fflags", 2: "frm", 3: "fcsr"}


def _gpr(i):
    def get(cpu):
        return cpu.get("x", i) & cpu.xlen_mask

    def set_(cpu, value):
        if i:
            cpu.set("x", cpu.sext_xlen(value), i)
    return get, set_



def _get_pc(cpu):
    return cpu.get("pc") & cpu.xlen_mask


def _set_pc(cpu, value):
    cpu.set("pc", value & cpu.xlen_mask)


def _csr(number):
    row = csrs.CSRS[number]

    def get(cpu):
        try:
            return row.read(cpu) & cpu.xlen_mask
        except Exception:       # a CSR that cannot be read now (e.g. FS off)
            return 0

    def set_(cpu, value):
        if row.write is None:
            return
        row.write(cpu, value & cpu.xlen_mask)
        cpu.update_tb_flags()
        cpu.tlb_flush()
    return get, set_


def _get_priv(cpu):
    return cpu.env.priv & 3


def _set_priv(cpu, value):
    if value & 3 != 2:
        cpu.set_priv(value & 3)
        cpu.tlb_flush()


def riscv_gdb_target(cpu):
    xlen = cpu.xlen
    bits = "64bit" if xlen == 64 else "32bit"
    core = GdbFeature("org.gnu.gdb.riscv.cpu", "riscv-%s-cpu.xml" % bits)
    for i, name in enumerate(GPR_NAMES):
        get, set_ = _gpr(i)
        aliases = ("x%d" % i,) + (("s0",) if name == "fp" else ())
        core.registers.append(GdbRegister(name, xlen, i, get, set_,
                                          _GPR_TYPES.get(name, "int"), aliases=aliases))
    core.registers.append(GdbRegister("pc", xlen, 32, _get_pc, _set_pc, "code_ptr"))
    fpu = GdbFeature("org.gnu.gdb.riscv.fpu", "riscv-%s-fpu.xml" % bits)
    for i, name in enumerate(FPR_NAMES):
        get, set_ = slot_accessors("f", i)
        fpu.registers.append(GdbRegister(name, 64, FIRST_FPR + i, get, set_,
                                         "ieee_double", "float", aliases=("f%d" % i,)))
    for number, name in _FP_CSRS.items():
        get, set_ = _csr(number)
        fpu.registers.append(GdbRegister(name, xlen, FIRST_CSR + number, get, set_,
                                         "int", "float"))
    csr_feature = GdbFeature("org.gnu.gdb.riscv.csr", "riscv-%s-csr.xml" % bits)
    for number in sorted(csrs.CSRS):
        if number in _FP_CSRS:
            continue
        get, set_ = _csr(number)
        csr_feature.registers.append(GdbRegister(csrs.CSRS[number].name, xlen,
                                                 FIRST_CSR + number, get, set_,
                                                 "int", "csr"))
    virtual = GdbFeature("org.gnu.gdb.riscv.virtual", "riscv-%s-virtual.xml" % bits)
    virtual.registers.append(GdbRegister("priv", xlen, PRIV_REGNUM, _get_priv,
                                         _set_priv, "int", "general"))
    return GdbTarget("riscv:rv64" if xlen == 64 else "riscv:rv32",
                     [core, fpu, csr_feature, virtual], little_endian=True, g_count=33)


register_gdb_target("riscv", riscv_gdb_target)
