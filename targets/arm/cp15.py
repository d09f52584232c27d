"""Coprocessor (CP15 system control) registers: one registry row each.

A row is keyed by ``(cp, crn, opc1, crm, opc2)`` for MRC/MCR or
``(cp, "64", opc1, crm)`` for MRRC/MCRR and says: its name, a read
function, a write function (None = read-only), and what PL0 may do.  The
translator looks rows up at translation time (a missing row or a forbidden
access is UNDEFINED, as on QEMU) and calls :func:`cp_read`/:func:`cp_write`
through helper calls at run time.  Rows whose value is just a slot of the
register file use :func:`slot_reg`.  Cache maintenance and barriers are
no-ops here (no caches are modelled); TLB maintenance flushes pyemu's TLB.
"""

from dataclasses import dataclass
from typing import Callable, Optional

from emu.tcg.helpers import GuestException

from targets.arm import cpu_bits as B

MASK32 = 0xFFFFFFFF


@dataclass(frozen=True)
class CPReg:
    name: str
    read: Optional[Callable]               # fn(cpu) -> int
    write: Optional[Callable]              # fn(cpu, value)
    pl0_read: bool = False
    pl0_write: bool = False
    wide: bool = False                     # a 64-bit (MRRC/MCRR) register
    ends_tb: bool = False                  # a write changes translation state
    migrate_key: Optional[int] = None      # vmstate cpreg index (None: not migrated)


REGS = {}         # key -> CPReg
ROWS = []         # index -> (key, CPReg)
_INDEX = {}


def _add(key, reg):
    if key in REGS:
        raise ValueError("coprocessor register %r registered twice" % (key,))
    REGS[key] = reg
    _INDEX[key] = len(ROWS)
    ROWS.append((key, reg))


def cp15(crn, opc1, crm, opc2, name, read, write=None, **kw):
    _add((15, crn, opc1, crm, opc2), CPReg(name, read, write, **kw))


def cp15_64(opc1, crm, name, read, write=None, **kw):
    _add((15, "64", opc1, crm), CPReg(name, read, write, wide=True, **kw))


def lookup(key):
    """(index, CPReg) or None."""
    reg = REGS.get(key)
    if reg is None:
        return None
    return _INDEX[key], reg


def cpreg_id(key):
    """The kvm-style 64-bit id QEMU puts in cpreg_vmstate_indexes
    (CP_REG_ARM | size | coproc | fields), for AArch32 registers."""
    cp = key[0]
    if key[1] == "64":
        _cp, _w, opc1, crm = key
        return (0x4000 << 48) | _id64(cp, opc1, crm)
    _cp, crn, opc1, crm, opc2 = key
    return _id32(cp, crn, opc1, crm, opc2)


def _id32(cp, crn, opc1, crm, opc2):
    # KVM_REG_ARM | KVM_REG_SIZE_U32 | cp << 16 | crn << 11 | crm << 7 | opc1 << 3 | opc2
    return (0x4000 << 48) | (0x0020 << 48) | (cp << 16) | (crn << 11) | (crm << 7) \
        | (opc1 << 3) | opc2


def _id64(cp, opc1, crm):
    # KVM_REG_ARM | KVM_REG_SIZE_U64 | cp << 16 | crm << 7 | opc1 << 3
    return (0x0030 << 48) | (cp << 16) | (crm << 7) | (opc1 << 3)


# --- row builders ---------------------------------------------------------------
def slot_reg(slot, mask=MASK32, after_write=None):
    """read/write functions for a register kept in one slot."""
    def read(cpu):
        return cpu.get(slot) & mask

    def write(cpu, value):
        cpu.set(slot, value & mask)
        if after_write is not None:
            after_write(cpu)
    return read, write


def const(value):
    return lambda cpu: value


def ignore(cpu, value):
    pass


def _flush(cpu, value=0):
    cpu.tlb_flush()


def _flush_page(cpu, value):
    cpu.tlb_flush_page(value & 0xFFFFF000)


def _sctlr_written(cpu):
    cpu.tlb_flush()
    cpu.update_tb_flags()


def _ccsidr(cpu):
    level_ind = cpu.get("csselr") & 0xF
    # L1 D (0), L1 I (1), L2 unified (2): QEMU's cortex-a15 values
    return {0: 0x701FE00A, 1: 0x201FE00A, 2: 0x711FE07A}.get(level_ind, 0)


def _ats1(user, write):
    def op(cpu, value):
        from targets.arm import mmu
        cpu.set("par", mmu.ats1(cpu, value & MASK32, 1 if write else 0, user))
    return op


def _timer(name):
    def read(cpu):
        return getattr(cpu.gt_timers, "read_" + name)()

    def write(cpu, value):
        getattr(cpu.gt_timers, "write_" + name)(value)
    return read, write


def _isr(cpu):
    return (0x80 if cpu.irq_level else 0) | (0x40 if cpu.fiq_level else 0)


# --- the table ----------------------------------------------------------------------
def _build():
    # c0: identification
    cp15(0, 0, 0, 0, "MIDR", lambda cpu: cpu.midr)
    cp15(0, 0, 0, 1, "CTR", lambda cpu: cpu.ctr)
    cp15(0, 0, 0, 2, "TCMTR", const(0))
    cp15(0, 0, 0, 3, "TLBTR", const(0))
    cp15(0, 0, 0, 4, "MIDR_ALIAS4", lambda cpu: cpu.midr)
    cp15(0, 0, 0, 5, "MPIDR", lambda cpu: cpu.mpidr_base | cpu.cpu_index)
    cp15(0, 0, 0, 6, "REVIDR", const(0))
    cp15(0, 0, 0, 7, "MIDR_ALIAS7", lambda cpu: cpu.midr)
    for crm in (1, 2):
        for opc2 in range(8):
            key = (0, 0, crm, opc2)
            cp15(0, 0, crm, opc2, "ID_%d_%d" % (crm, opc2),
                 (lambda k: lambda cpu: cpu.id_regs.get(k, 0))(key))
    cp15(0, 1, 0, 0, "CCSIDR", _ccsidr)
    cp15(0, 1, 0, 1, "CLIDR", lambda cpu: cpu.id_regs.get((0, 1, 0, 1), 0))
    cp15(0, 1, 0, 7, "AIDR", const(0))
    cp15(0, 2, 0, 0, "CSSELR", *slot_reg("csselr", 0xF), migrate_key=1)
    # c1: system control
    cp15(1, 0, 0, 0, "SCTLR", *slot_reg("sctlr", after_write=_sctlr_written),
         ends_tb=True, migrate_key=1)
    cp15(1, 0, 0, 1, "ACTLR", *slot_reg("actlr"), migrate_key=1)
    cp15(1, 0, 0, 2, "CPACR", *slot_reg("cpacr", 0x00F00000,
                                        after_write=lambda cpu: cpu.update_tb_flags()),
         ends_tb=True, migrate_key=1)
    # c2, c3: translation table control
    cp15(2, 0, 0, 0, "TTBR0", *slot_reg("ttbr0", after_write=_flush), migrate_key=1)
    cp15(2, 0, 0, 1, "TTBR1", *slot_reg("ttbr1", after_write=_flush), migrate_key=1)
    cp15(2, 0, 0, 2, "TTBCR", *slot_reg("ttbcr", 0xB7F7F7F7, after_write=_flush),
         migrate_key=1)
    cp15(3, 0, 0, 0, "DACR", *slot_reg("dacr", after_write=_flush), migrate_key=1)
    cp15_64(0, 2, "TTBR0_64", *slot_reg("ttbr0", (1 << 64) - 1, after_write=_flush))
    cp15_64(1, 2, "TTBR1_64", *slot_reg("ttbr1", (1 << 64) - 1, after_write=_flush))
    # c5, c6: faults
    cp15(5, 0, 0, 0, "DFSR", *slot_reg("dfsr"), migrate_key=1)
    cp15(5, 0, 0, 1, "IFSR", *slot_reg("ifsr"), migrate_key=1)
    cp15(5, 0, 1, 0, "ADFSR", const(0), ignore)
    cp15(5, 0, 1, 1, "AIFSR", const(0), ignore)
    cp15(6, 0, 0, 0, "DFAR", *slot_reg("dfar"), migrate_key=1)
    cp15(6, 0, 0, 2, "IFAR", *slot_reg("ifar"), migrate_key=1)
    # c7: cache maintenance, barriers, address translation
    for crm, opc2, name in ((1, 0, "ICIALLUIS"), (1, 6, "BPIALLIS"), (5, 0, "ICIALLU"),
                            (5, 1, "ICIMVAU"), (5, 6, "BPIALL"), (5, 7, "BPIMVA"),
                            (6, 1, "DCIMVAC"), (6, 2, "DCISW"), (10, 1, "DCCMVAC"),
                            (10, 2, "DCCSW"), (11, 1, "DCCMVAU"), (14, 1, "DCCIMVAC"),
                            (14, 2, "DCCISW")):
        cp15(7, 0, crm, opc2, name, None, ignore)
    for crm, opc2, name in ((5, 4, "CP15ISB"), (10, 4, "CP15DSB"), (10, 5, "CP15DMB")):
        cp15(7, 0, crm, opc2, name, None, ignore, pl0_write=True)
    cp15(7, 0, 4, 0, "PAR", *slot_reg("par"), migrate_key=1)
    cp15_64(0, 7, "PAR_64", *slot_reg("par", (1 << 64) - 1))
    cp15(7, 0, 8, 0, "ATS1CPR", None, _ats1(False, False))
    cp15(7, 0, 8, 1, "ATS1CPW", None, _ats1(False, True))
    cp15(7, 0, 8, 2, "ATS1CUR", None, _ats1(True, False))
    cp15(7, 0, 8, 3, "ATS1CUW", None, _ats1(True, True))
    # c8: TLB maintenance
    for crm in (3, 5, 6, 7):
        cp15(8, 0, crm, 0, "TLBIALL_%d" % crm, None, _flush)
        cp15(8, 0, crm, 1, "TLBIMVA_%d" % crm, None, _flush_page)
        cp15(8, 0, crm, 2, "TLBIASID_%d" % crm, None, _flush)
        if crm in (3, 7):
            cp15(8, 0, crm, 3, "TLBIMVAA_%d" % crm, None, _flush_page)
    # c9: L2 control (cortex-a15) and the PMU (not modelled: RAZ/WI)
    cp15(9, 1, 0, 2, "L2CTLR", lambda cpu: (len(cpu.machine.cpus) - 1) << 24 if
         getattr(cpu.machine, "cpus", None) else 0, ignore)
    cp15(9, 1, 0, 3, "L2ECTLR", const(0), ignore)
    for crm in (12, 13, 14):
        for opc2 in range(8):
            cp15(9, 0, crm, opc2, "PMU_%d_%d" % (crm, opc2), const(0), ignore)
    # c10: memory attributes
    cp15(10, 0, 2, 0, "PRRR", *slot_reg("prrr"), migrate_key=1)
    cp15(10, 0, 2, 1, "NMRR", *slot_reg("nmrr"), migrate_key=1)
    cp15(10, 0, 3, 0, "AMAIR0", *slot_reg("amair0"), migrate_key=1)
    cp15(10, 0, 3, 1, "AMAIR1", *slot_reg("amair1"), migrate_key=1)
    # c12: vectors
    cp15(12, 0, 0, 0, "VBAR", *slot_reg("vbar", 0xFFFFFFE0), migrate_key=1)
    cp15(12, 0, 1, 0, "ISR", _isr)
    # c13: process and thread ids
    cp15(13, 0, 0, 0, "FCSEIDR", const(0), ignore)
    cp15(13, 0, 0, 1, "CONTEXTIDR", *slot_reg("contextidr", after_write=_flush),
         migrate_key=1)
    cp15(13, 0, 0, 2, "TPIDRURW", *slot_reg("tpidrurw"), pl0_read=True, pl0_write=True,
         migrate_key=1)
    cp15(13, 0, 0, 3, "TPIDRURO", *slot_reg("tpidruro"), pl0_read=True, migrate_key=1)
    cp15(13, 0, 0, 4, "TPIDRPRW", *slot_reg("tpidrprw"), migrate_key=1)
    # c14: generic timer
    cp15(14, 0, 0, 0, "CNTFRQ", *slot_reg("cntfrq"), pl0_read=True, migrate_key=1)
    cp15(14, 0, 1, 0, "CNTKCTL", *slot_reg("cntkctl", 0x3FF), migrate_key=1)
    cp15(14, 0, 2, 0, "CNTP_TVAL", *_timer("cntp_tval"), pl0_read=True, pl0_write=True)
    cp15(14, 0, 2, 1, "CNTP_CTL", *_timer("cntp_ctl"), pl0_read=True, pl0_write=True,
         migrate_key=1)
    cp15(14, 0, 3, 0, "CNTV_TVAL", *_timer("cntv_tval"), pl0_read=True, pl0_write=True)
    cp15(14, 0, 3, 1, "CNTV_CTL", *_timer("cntv_ctl"), pl0_read=True, pl0_write=True,
         migrate_key=1)
    cp15_64(0, 14, "CNTPCT", _timer("cntpct")[0], pl0_read=True)
    cp15_64(1, 14, "CNTVCT", _timer("cntvct")[0], pl0_read=True)
    cp15_64(2, 14, "CNTP_CVAL", *_timer("cntp_cval"), pl0_read=True, pl0_write=True,
            migrate_key=1)
    cp15_64(3, 14, "CNTV_CVAL", *_timer("cntv_cval"), pl0_read=True, pl0_write=True,
            migrate_key=1)
    # c15: implementation defined (cortex-a15 configuration base address)
    cp15(15, 4, 0, 0, "CBAR", lambda cpu: getattr(cpu, "reset_cbar", 0))


_build()


# --- run time ------------------------------------------------------------------------
def pl0_allowed(cpu, reg, is_write):
    """PL0 access to the timer registers also depends on CNTKCTL."""
    if reg.name.startswith("CNT") and reg.name != "CNTFRQ":
        kctl = cpu.get("cntkctl")
        if reg.name in ("CNTPCT",):
            return bool(kctl & 1)
        if reg.name in ("CNTVCT",):
            return bool(kctl & 2)
        if reg.name.startswith("CNTP_"):
            return bool(kctl & (1 << 9))
        if reg.name.startswith("CNTV_"):
            return bool(kctl & (1 << 8))
    return True


def cp_read(cpu, index):
    _key, reg = ROWS[index]
    if cpu.mode == B.MODE_USR and not pl0_allowed(cpu, reg, False):
        raise GuestException(B.EXCP_UDEF)
    return reg.read(cpu)


def cp_write(cpu, index, value):
    _key, reg = ROWS[index]
    if cpu.mode == B.MODE_USR and not pl0_allowed(cpu, reg, True):
        raise GuestException(B.EXCP_UDEF)
    reg.write(cpu, value if reg.wide else value & MASK32)


def migrated_rows():
    """[(cpreg id, row index)] of the registers migrated in the cpreg list,
    sorted by id as QEMU sorts its list."""
    rows = [(cpreg_id(key), _INDEX[key]) for key, reg in ROWS if reg.migrate_key]
    return sorted(rows)
