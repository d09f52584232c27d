"""Control and status registers: one registry row per CSR.

Each row names the CSR, a predicate (does it exist / may it be accessed
now), a read function and a write function (None: read-only).  The Zicsr
helper (:func:`helper_csr`) does the generic checks the privileged spec
asks for (privilege level from bits 9:8, read-only from bits 11:10) and
raises illegal instruction with the instruction bits as mtval, as QEMU.
The set of CSRs and their masks follow QEMU 7.2's `virt` rv64/rv32 models
without the H extension.
"""

from dataclasses import dataclass
from typing import Callable, Optional

from emu.tcg import exec as X
from emu.tcg.helpers import GuestException

from targets.riscv import cpu_bits as B


class IllegalCSR(Exception):
    """Access to a missing or forbidden CSR (becomes illegal instruction)."""


@dataclass(frozen=True)
class CSR:
    name: str
    read: Callable
    write: Optional[Callable] = None
    predicate: Optional[Callable] = None


CSRS = {}
CSR_NUMBERS = {}


def register(number, name, read, write=None, predicate=None):
    if number in CSRS:
        raise ValueError("CSR 0x%03x registered twice" % number)
    CSRS[number] = CSR(name, read, write, predicate)
    CSR_NUMBERS[name] = number


# --- predicates --------------------------------------------------------------
def _fs(cpu, number):
    mstatus = cpu.get("mstatus")
    return cpu.has_ext("F") and (mstatus & B.MSTATUS_FS) != 0


def _smode(cpu, number):
    return cpu.has_ext("S")


def _rv32(cpu, number):
    return cpu.xlen == 32


def _satp(cpu, number):
    if not cpu.has_ext("S"):
        return False
    return not (cpu.env.priv == B.PRV_S and cpu.get("mstatus") & B.MSTATUS_TVM)


def _sstc(cpu, number):
    """stimecmp(h): needs a time source; below M, mcounteren.TM and menvcfg.STCE."""
    if cpu.rdtime_fn is None or cpu.stimer is None:
        return False
    if number == 0x15D and cpu.xlen != 32:
        return False
    if cpu.env.priv == B.PRV_M:
        return True
    if not (cpu.get("mcounteren") & 2 and cpu.get("menvcfg") & B.MENVCFG_STCE):
        return False
    return cpu.has_ext("S")


N_HPM = 16                     # QEMU 7.2 default pmu-num: hpmcounter3..18


def _counter_index(number):
    return number & 0x1F


def _counter(cpu, number):
    """User counters: enabled through mcounteren (and scounteren for U)."""
    if number >= 0xC80 and cpu.xlen != 32:
        return False
    index = _counter_index(number)
    if index >= 3 + N_HPM:
        return False
    priv = cpu.env.priv
    bit = 1 << index
    if priv < B.PRV_M and not cpu.get("mcounteren") & bit:
        return False
    if priv < B.PRV_S and not cpu.get("scounteren") & bit:
        return False
    return True


def _mcounter(cpu, number):
    if number >= 0xB80 and cpu.xlen != 32:
        return False
    return _counter_index(number) < 3 + N_HPM


def _pmpcfg(cpu, number):
    return not (cpu.xlen == 64 and number & 1)


# --- generic read/write builders -----------------------------------------------
def _stored(name, mask=-1):
    def read(cpu):
        return cpu.get(name)

    def write(cpu, value):
        cpu.set(name, value & mask & cpu.xlen_mask)
    return read, write


def _const(value):
    return lambda cpu: value


# --- status -------------------------------------------------------------------
MSTATUS_WRITABLE = (B.MSTATUS_SIE | B.MSTATUS_MIE | B.MSTATUS_SPIE |
                    B.MSTATUS_MPIE | B.MSTATUS_SPP | B.MSTATUS_MPP |
                    B.MSTATUS_FS | B.MSTATUS_MPRV | B.MSTATUS_SUM |
                    B.MSTATUS_MXR | B.MSTATUS_TVM | B.MSTATUS_TW |
                    B.MSTATUS_TSR)
SSTATUS_WRITABLE = (B.MSTATUS_SIE | B.MSTATUS_SPIE | B.MSTATUS_SPP |
                    B.MSTATUS_FS | B.MSTATUS_SUM | B.MSTATUS_MXR)
_MMU_STATUS_BITS = B.MSTATUS_MPRV | B.MSTATUS_MPP | B.MSTATUS_SUM | B.MSTATUS_MXR


def _with_sd(cpu, value):
    if value & B.MSTATUS_FS == B.MSTATUS_FS:
        value |= B.MSTATUS64_SD if cpu.xlen == 64 else B.MSTATUS32_SD
    return value & cpu.xlen_mask


def read_mstatus(cpu):
    return _with_sd(cpu, cpu.get("mstatus"))


def write_mstatus_bits(cpu, value, mask):
    """mstatus = (mstatus & ~mask) | (value & mask), legalised."""
    old = cpu.get("mstatus")
    new = (old & ~mask) | (value & mask)
    if (new & B.MSTATUS_MPP) >> B.MSTATUS_MPP_SHIFT == 2:     # reserved: keep
        new = (new & ~B.MSTATUS_MPP) | (old & B.MSTATUS_MPP)
    cpu.set("mstatus", new)
    if (old ^ new) & _MMU_STATUS_BITS:
        cpu.tlb_flush()
    cpu.update_tb_flags()


def write_mstatus(cpu, value):
    write_mstatus_bits(cpu, value, MSTATUS_WRITABLE)


def read_sstatus(cpu):
    mask = B.SSTATUS_MASK | (B.MSTATUS_UXL if cpu.xlen == 64 else 0)
    return _with_sd(cpu, cpu.get("mstatus") & mask)


def write_sstatus(cpu, value):
    write_mstatus_bits(cpu, value, SSTATUS_WRITABLE)


def read_misa(cpu):
    return cpu.get("misa")


def write_ignored(cpu, value):
    """WARL register that keeps its value (misa: QEMU 7.2 ignores writes)."""


# --- interrupts and delegation ---------------------------------------------------
def _masked_write(name, mask):
    def write(cpu, value):
        cpu.set(name, value & mask)
    return write


def read_sie(cpu):
    return cpu.get("mie") & cpu.get("mideleg")


def write_sie(cpu, value):
    mask = cpu.get("mideleg") & B.S_MODE_INTERRUPTS
    cpu.set("mie", (cpu.get("mie") & ~mask) | (value & mask))


MIP_WRITABLE = B.MIP_SSIP | B.MIP_STIP | B.MIP_SEIP


def write_mip(cpu, value):
    mask = MIP_WRITABLE
    if cpu.get("menvcfg") & B.MENVCFG_STCE and cpu.stimer is not None:
        mask &= ~B.MIP_STIP             # Sstc: STIP follows stimecmp
    cpu.set("mip", (cpu.get("mip") & ~mask) | (value & mask))
    cpu.exit_request()


def read_sip(cpu):
    return cpu.get("mip") & cpu.get("mideleg")


def write_sip(cpu, value):
    mask = cpu.get("mideleg") & B.MIP_SSIP
    cpu.set("mip", (cpu.get("mip") & ~mask) | (value & mask))
    cpu.exit_request()


def _tvec_write(name):
    def write(cpu, value):
        if value & 3 < 2:                       # direct or vectored only
            cpu.set(name, value & cpu.xlen_mask)
    return write


def _epc_write(name):
    def write(cpu, value):
        cpu.set(name, value & ~1 & cpu.xlen_mask)
    return write


# --- address translation ---------------------------------------------------------
def _satp_mode_ok(cpu, mode):
    if cpu.xlen == 32:
        return mode in (B.SATP_MODE_BARE, B.SATP32_MODE_SV32)
    return mode in (B.SATP_MODE_BARE, B.SATP64_MODE_SV39,
                    B.SATP64_MODE_SV48, B.SATP64_MODE_SV57)


def write_satp(cpu, value):
    value &= cpu.xlen_mask
    mode = value >> 31 if cpu.xlen == 32 else value >> 60
    if not _satp_mode_ok(cpu, mode):
        return                                  # the whole write is ignored
    cpu.set("satp", value)
    cpu.tlb_flush()


# --- PMP -----------------------------------------------------------------------
def _pmpcfg_entries(cpu, number):
    per_reg = cpu.xlen // 8
    first = (number - 0x3A0) * 4
    return range(first, first + per_reg)


def read_pmpcfg(number):
    def read(cpu):
        value = 0
        for shift, i in enumerate(_pmpcfg_entries(cpu, number)):
            value |= (cpu.get("pmpcfg", i) & 0xFF) << (8 * shift)
        return value
    return read


def write_pmpcfg(number):
    def write(cpu, value):
        for shift, i in enumerate(_pmpcfg_entries(cpu, number)):
            if cpu.get("pmpcfg", i) & B.PMP_L:
                continue
            cpu.set("pmpcfg", (value >> (8 * shift)) & 0x9F, i)
        cpu.tlb_flush()
    return write


def _pmpaddr_locked(cpu, i):
    if cpu.get("pmpcfg", i) & B.PMP_L:
        return True
    if i + 1 < B.MAX_PMP:
        nxt = cpu.get("pmpcfg", i + 1)
        if nxt & B.PMP_L and (nxt >> B.PMP_A_SHIFT) & 3 == B.PMP_A_TOR:
            return True
    return False


def write_pmpaddr(i):
    def write(cpu, value):
        if _pmpaddr_locked(cpu, i):
            return
        mask = (1 << 54) - 1 if cpu.xlen == 64 else 0xFFFFFFFF
        cpu.set("pmpaddr", value & mask, i)
        cpu.tlb_flush()
    return write


# --- environment configuration ---------------------------------------------------
MENVCFG_WRITABLE = 0xF1 | B.MENVCFG_STCE        # FIOM, CBIE, CBCFE, CBZE; STCE (Sstc)


def read_menvcfg(cpu):
    return cpu.get("menvcfg") & cpu.xlen_mask


def write_menvcfg(cpu, value):
    mask = MENVCFG_WRITABLE & cpu.xlen_mask
    cpu.set("menvcfg", (cpu.get("menvcfg") & ~mask) | (value & mask))


def read_menvcfgh(cpu):
    return cpu.get("menvcfg") >> 32


def write_menvcfgh(cpu, value):
    mask = MENVCFG_WRITABLE & ~0xFFFFFFFF
    cpu.set("menvcfg", (cpu.get("menvcfg") & ~mask) | ((value << 32) & mask))


# --- floating point ----------------------------------------------------------------
def _mark_fs_dirty(cpu):
    cpu.set("mstatus", cpu.get("mstatus") | B.MSTATUS_FS)
    cpu.update_tb_flags()


def read_fflags(cpu):
    return cpu.get("fflags") & B.FFLAGS_MASK


def write_fflags(cpu, value):
    cpu.set("fflags", value & B.FFLAGS_MASK)
    _mark_fs_dirty(cpu)


def read_frm(cpu):
    return cpu.get("frm") & 7


def write_frm(cpu, value):
    cpu.set("frm", value & 7)
    _mark_fs_dirty(cpu)


def read_fcsr(cpu):
    return read_fflags(cpu) | read_frm(cpu) << 5


def write_fcsr(cpu, value):
    cpu.set("fflags", value & B.FFLAGS_MASK)
    cpu.set("frm", (value >> 5) & 7)
    _mark_fs_dirty(cpu)


# --- counters -------------------------------------------------------------------
def retired_before_current_insn(cpu):
    """Instructions retired before the one a helper runs for.  The engine
    counts a whole TB when it enters it; the exit point tells how much of
    it is done.  Called outside the engine, icount is the answer."""
    tbc = getattr(cpu.machine, "tbcache", None)
    tb = int(cpu.state[X.ST_EXIT_TB])
    if tbc is None or not 0 <= tb < len(tbc.infos):
        return cpu.icount
    info = tbc.infos[tb]
    k = info.insn_at(int(cpu.state[X.ST_EXIT_IP]))
    return cpu.icount - (len(info.insn_pcs) - k)


def _retired(cpu):
    return cpu.icount if cpu.insn_retired is None else cpu.insn_retired


def _counter_value(cpu, index):
    if index == 0:
        return _retired(cpu) + cpu.env.cycle_offset
    if index == 1:
        return cpu.rdtime()
    if index == 2:
        return _retired(cpu) + cpu.env.instret_offset
    if index < 3 + N_HPM:
        return cpu.get("mhpmcounter", index - 3)
    return 0


def read_counter(index, high=False):
    def read(cpu):
        value = _counter_value(cpu, index) & 0xFFFFFFFFFFFFFFFF
        return value >> 32 if high else value & cpu.xlen_mask
    return read


def write_mcounter(index, high=False):
    slot = {0: "cycle_offset", 2: "instret_offset"}.get(index)

    def write(cpu, value):
        current = _counter_value(cpu, index) & 0xFFFFFFFFFFFFFFFF
        if high:
            new = (current & 0xFFFFFFFF) | (value & 0xFFFFFFFF) << 32
        elif cpu.xlen == 32:
            new = (current & ~0xFFFFFFFF) | (value & 0xFFFFFFFF)
        else:
            new = value
        if slot is None:                        # hpm counters hold the value
            cpu.set("mhpmcounter", new, index - 3)
            return
        # a writing instruction does not count itself: the next one reads `new`
        in_insn = cpu.insn_retired is not None
        cpu.set(slot, new - (_retired(cpu) + in_insn))
    return write


# --- Sstc ------------------------------------------------------------------------
def read_stimecmp(high=False):
    def read(cpu):
        value = cpu.get("stimecmp")
        return value >> 32 if high else value & cpu.xlen_mask
    return read


def write_stimecmp(high=False):
    def write(cpu, value):
        old = cpu.get("stimecmp")
        if high:
            new = (old & 0xFFFFFFFF) | (value & 0xFFFFFFFF) << 32
        elif cpu.xlen == 32:
            new = (old & ~0xFFFFFFFF) | (value & 0xFFFFFFFF)
        else:
            new = value
        cpu.set("stimecmp", new)
        timer_write_timecmp(cpu, new)
    return write


def timer_write_timecmp(cpu, timecmp):
    """Raise STIP now if stimecmp is not in the future, else clear it and
    arm the hart's stimer for the moment time reaches it (QEMU's
    riscv_timer_write_timecmp)."""
    timecmp &= 0xFFFFFFFFFFFFFFFF
    rtc = cpu.rdtime() & 0xFFFFFFFFFFFFFFFF
    if timecmp <= rtc:
        cpu.set_irq_line(B.IRQ_S_TIMER, 1)
        return
    cpu.set_irq_line(B.IRQ_S_TIMER, 0)
    ns = (timecmp - rtc) * 1_000_000_000 // cpu.timebase_freq
    cpu.stimer.mod(min(cpu.clock_ns() + ns, (1 << 63) - 1))


def stimer_expired(cpu):
    """The stimer callback: time has reached stimecmp."""
    cpu.set_irq_line(B.IRQ_S_TIMER, 1)


# --- Sdtrig: the trigger CSRs exist, but no trigger type is implemented -------------
def write_tselect(cpu, value):
    """One trigger slot (tselect WARL 0); tdata1 reads 0 there: "no trigger"."""
    cpu.set("tselect", 0)


# --- the table -----------------------------------------------------------------
def _build():
    register(0x001, "fflags", read_fflags, write_fflags, _fs)
    register(0x002, "frm", read_frm, write_frm, _fs)
    register(0x003, "fcsr", read_fcsr, write_fcsr, _fs)
    for index, name in enumerate(["cycle", "time", "instret"] +
                                 ["hpmcounter%d" % i for i in range(3, 32)]):
        register(0xC00 + index, name, read_counter(index), None, _counter)
        register(0xC80 + index, name + "h", read_counter(index, True), None, _counter)
    # supervisor
    register(0x100, "sstatus", read_sstatus, write_sstatus, _smode)
    register(0x104, "sie", read_sie, write_sie, _smode)
    register(0x105, "stvec", _stored("stvec")[0], _tvec_write("stvec"), _smode)
    register(0x106, "scounteren", *_stored("scounteren", 0xFFFFFFFF), _smode)
    register(0x10A, "senvcfg", *_stored("senvcfg", 0xF1), _smode)
    register(0x140, "sscratch", *_stored("sscratch"), _smode)
    register(0x141, "sepc", _stored("sepc")[0], _epc_write("sepc"), _smode)
    register(0x142, "scause", *_stored("scause"), _smode)
    register(0x143, "stval", *_stored("stval"), _smode)
    register(0x144, "sip", read_sip, write_sip, _smode)
    register(0x180, "satp", _stored("satp")[0], write_satp, _satp)
    register(0x14D, "stimecmp", read_stimecmp(), write_stimecmp(), _sstc)
    register(0x15D, "stimecmph", read_stimecmp(True), write_stimecmp(True), _sstc)
    # machine information (read-only)
    register(0xF11, "mvendorid", _const(0))
    register(0xF12, "marchid", _const(0x70200))
    register(0xF13, "mimpid", _const(0x70200))
    register(0xF14, "mhartid", _stored("mhartid")[0])
    register(0xF15, "mconfigptr", _const(0))
    # machine trap setup and handling
    register(0x300, "mstatus", read_mstatus, write_mstatus)
    register(0x301, "misa", read_misa, write_ignored)
    register(0x302, "medeleg", _stored("medeleg")[0],
             _masked_write("medeleg", B.DELEGABLE_EXCPS), _smode)
    register(0x303, "mideleg", _stored("mideleg")[0],
             _masked_write("mideleg", B.S_MODE_INTERRUPTS), _smode)
    register(0x304, "mie", _stored("mie")[0], _masked_write("mie", B.ALL_INTERRUPTS))
    register(0x305, "mtvec", _stored("mtvec")[0], _tvec_write("mtvec"))
    register(0x306, "mcounteren", *_stored("mcounteren", 0xFFFFFFFF))
    register(0x30A, "menvcfg", read_menvcfg, write_menvcfg)
    register(0x310, "mstatush", _const(0), write_ignored, _rv32)
    register(0x31A, "menvcfgh", read_menvcfgh, write_menvcfgh, _rv32)
    register(0x320, "mcountinhibit", *_stored("mcountinhibit", 0xFFFFFFFD))
    for i in range(3, 32):
        register(0x320 + i, "mhpmevent%d" % i, _const(0), write_ignored)
    register(0x340, "mscratch", *_stored("mscratch"))
    register(0x7A0, "tselect", _stored("tselect")[0], write_tselect)
    register(0x7A1, "tdata1", _const(0), write_ignored)
    register(0x7A2, "tdata2", _const(0), write_ignored)
    register(0x7A3, "tdata3", _const(0), write_ignored)
    register(0x7A4, "tinfo", _const(1), write_ignored)   # bit 0: type 0 (none)
    register(0x341, "mepc", _stored("mepc")[0], _epc_write("mepc"))
    register(0x342, "mcause", *_stored("mcause"))
    register(0x343, "mtval", *_stored("mtval"))
    register(0x344, "mip", _stored("mip")[0], write_mip)
    for n in range(4):
        register(0x3A0 + n, "pmpcfg%d" % n, read_pmpcfg(0x3A0 + n),
                 write_pmpcfg(0x3A0 + n), _pmpcfg)
    for i in range(B.MAX_PMP):
        register(0x3B0 + i, "pmpaddr%d" % i,
                 (lambda i: lambda cpu: cpu.get("pmpaddr", i))(i), write_pmpaddr(i))
    for index, name in enumerate(["mcycle", "mtime_unused", "minstret"] +
                                 ["mhpmcounter%d" % i for i in range(3, 32)]):
        if index == 1:
            continue
        register(0xB00 + index, name, read_counter(index), write_mcounter(index),
                 _mcounter)
        register(0xB80 + index, name + "h", read_counter(index, True),
                 write_mcounter(index, True), _mcounter)


_build()


# --- access ---------------------------------------------------------------------
def lookup(cpu, number, write):
    """The CSR row for an access, or raise IllegalCSR."""
    csr = CSRS.get(number)
    if csr is None:
        raise IllegalCSR(number)
    if cpu.env.priv < (number >> 8) & 3:
        raise IllegalCSR(number)
    if write and (number >> 10) & 3 == 3:
        raise IllegalCSR(number)
    if csr.predicate is not None and not csr.predicate(cpu, number):
        raise IllegalCSR(number)
    if write and csr.write is None:
        raise IllegalCSR(number)
    return csr


def csr_read(cpu, number):
    """Read CSR ``number`` with the access checks of the current mode."""
    return lookup(cpu, number, False).read(cpu) & cpu.xlen_mask


def csr_write(cpu, number, value):
    lookup(cpu, number, True).write(cpu, value & cpu.xlen_mask)


def csr_read_raw(cpu, name):
    """Read a CSR by name without any check (monitor, gdb)."""
    return CSRS[CSR_NUMBERS[name]].read(cpu) & cpu.xlen_mask


_CSR_OPS = {1: lambda old, src: src,            # csrrw
            2: lambda old, src: old | src,      # csrrs
            3: lambda old, src: old & ~src}     # csrrc


def helper_csr(cpu, src, _unused, insn):
    """The Zicsr instructions; everything is decoded from ``insn``.

    ``src`` is the value of rs1 (ignored by the immediate forms, whose
    5-bit immediate sits in the rs1 field).  Returns the old value,
    sign-extended as an x register holds it.
    """
    number = (insn >> 20) & 0xFFF
    funct3 = (insn >> 12) & 7
    rs1 = (insn >> 15) & 0x1F
    rd = (insn >> 7) & 0x1F
    op = funct3 & 3
    if funct3 & 4:
        src = rs1
    write = op == 1 or rs1 != 0
    try:
        csr = lookup(cpu, number, write)
    except IllegalCSR:
        raise GuestException(B.EXCP_ILLEGAL_INST, insn) from None
    cpu.insn_retired = retired_before_current_insn(cpu)
    try:
        old = 0
        if op != 1 or rd != 0:
            old = csr.read(cpu) & cpu.xlen_mask
        if write:
            csr.write(cpu, _CSR_OPS[op](old, src & cpu.xlen_mask) & cpu.xlen_mask)
            cpu.update_tb_flags()
    finally:
        cpu.insn_retired = None
    return cpu.sext_xlen(old)
