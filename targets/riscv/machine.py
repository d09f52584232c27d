"""RISC-V CPU migration state: the legacy (type 2) `cpu` description.

RISC-V is one of the targets that keep QEMU's type-2 registration
(CPUClass.legacy_vmsd): realize registers `cpu_common` and this `cpu`
section separately.  The field order follows the shared migration-format
notes (§3.3 riscv, QEMU 10.2, version 11).  Fields pyemu has no state for
(H extension, AIA, vector, PMU counters) are sent as zeros and ignored on
load.  Derived state (tb_flags, mmu_idx, TLB) is rebuilt in post_load.
"""

from migration.vmstate import (
    VMStateDescription, vmstate_bool, vmstate_struct_array, vmstate_uint32,
    vmstate_uint64, vmstate_uint64_array, vmstate_uint8, vmstate_uint8_array,
    vmstate_uinttl, vmstate_uinttl_array, vmstate_unused)

from targets.riscv import cpu_bits as B

PRIV_VERSION_1_12_0 = 2          # QEMU's priv_ver encoding of v1.12
VEXT_VERSION_1_00_0 = 0x00010000


class MigrationView:
    """What the description's field paths name: env slots by name, plus
    QEMU fields pyemu does not keep (constants, dropped on load)."""

    CONSTANTS = {"priv_ver": PRIV_VERSION_1_12_0, "vext_ver": VEXT_VERSION_1_00_0,
                 "badaddr": 0, "guest_phys_fault_addr": 0, "virt_enabled": False,
                 "miclaim": 0, "mvien": 0, "mvip": 0, "sie": 0, "miselect": 0,
                 "siselect": 0, "scountinhibit": 0, "henvcfg": 0}

    def __init__(self, cpu):
        object.__setattr__(self, "cpu", cpu)
        object.__setattr__(self, "miprio", bytearray(64))
        object.__setattr__(self, "siprio", bytearray(64))

    def __getattr__(self, name):
        cpu = self.cpu
        if name in self.CONSTANTS:
            return self.CONSTANTS[name]
        if name == "misa_mxl":
            return B.MXL_64 if cpu.xlen == 64 else B.MXL_32
        if name in ("misa_ext", "misa_ext_mask"):
            return cpu.get("misa") & ((1 << 26) - 1)
        if name == "resetvec":
            return cpu.reset_pc & cpu.xlen_mask
        return cpu.get(name) & cpu.xlen_mask

    def __setattr__(self, name, value):
        if name in self.CONSTANTS or name.startswith("misa") or name == "resetvec":
            return
        self.cpu.set(name, value)


def _u64(name):
    return vmstate_uint64(name, path="vm." + name)


def _counters_needed(cpu):
    env = cpu.env
    return bool(env.fflags or env.cycle_offset or env.instret_offset
                or env.mhpmcounter.any())


def _pre_load(cpu):
    # absent optional subsections mean reset values
    env = cpu.env
    env.menvcfg = 0
    env.senvcfg = 0
    env.fflags = 0
    env.cycle_offset = 0
    env.instret_offset = 0
    env.mhpmcounter[:] = 0
    return 0


def _post_load(cpu, version_id):
    if cpu.xlen == 32:                    # x registers hold sign-extended words
        for i in range(32):
            cpu.set("x", cpu.sext_xlen(cpu.get("x", i)), i)
    cpu.update_tb_flags()
    cpu.tlb_flush()
    if cpu.stimer is not None and cpu.get("menvcfg") & B.MENVCFG_STCE:
        from targets.riscv.csr import timer_write_timecmp
        timer_write_timecmp(cpu, cpu.get("stimecmp"))
    return 0


def make_vmstate(xlen):
    """The `cpu` VMStateDescription of an RV32 or RV64 hart."""
    def tl(name):
        return vmstate_uinttl(name, xlen, path="vm." + name)

    pmp_entry = VMStateDescription(
        name="cpu/pmp/entry", version_id=1, minimum_version_id=1,
        fields=[vmstate_uinttl("addr_reg", xlen), vmstate_uint8("cfg_reg")])
    pmp = VMStateDescription(
        name="cpu/pmp", version_id=1, minimum_version_id=1,
        needed=lambda cpu: True,
        fields=[vmstate_struct_array("pmp_entries", B.MAX_PMP, pmp_entry)])
    envcfg = VMStateDescription(
        # QEMU's cpu/envcfg (needed from priv spec 1.12 on, which pyemu is)
        name="cpu/envcfg", version_id=1, minimum_version_id=1,
        needed=lambda cpu: True,
        fields=[vmstate_uint64("menvcfg", path="env.menvcfg"),
                vmstate_uinttl("senvcfg", xlen, path="env.senvcfg"),
                vmstate_uint64("henvcfg", path="vm.henvcfg")])
    counters = VMStateDescription(
        # pyemu's own: state QEMU keeps elsewhere (fp_status flags, PMU
        # counter bases) that a run needs to continue exactly.  Only sent
        # when it differs from reset, so idle streams stay QEMU-shaped.
        name="cpu/pyemu-counters", version_id=1, minimum_version_id=1,
        needed=_counters_needed,
        fields=[vmstate_uint8("fflags", path="env.fflags"),
                vmstate_uint64("cycle_offset", path="env.cycle_offset"),
                vmstate_uint64("instret_offset", path="env.instret_offset"),
                vmstate_uint64_array("env.mhpmcounter", 29)])
    fields = [
        vmstate_uinttl_array("env.x", 32, xlen),
        vmstate_uint64_array("env.f", 32),
        vmstate_uint8_array("vm.miprio", 64),
        vmstate_uint8_array("vm.siprio", 64),
    ]
    fields += [tl(n) for n in ("pc", "load_res", "load_val", "frm", "badaddr",
                               "guest_phys_fault_addr", "priv_ver", "vext_ver")]
    fields += [vmstate_uint32("misa_mxl", path="vm.misa_mxl"),
               vmstate_uint32("misa_ext", path="vm.misa_ext"),
               vmstate_unused(4),
               vmstate_uint32("misa_ext_mask", path="vm.misa_ext_mask"),
               tl("priv"),
               vmstate_bool("virt_enabled", path="vm.virt_enabled")]
    fields += [_u64(n) for n in ("resetvec", "mhartid", "mstatus", "mip", "miclaim",
                                 "mie", "mvien", "mvip", "sie", "mideleg", "satp",
                                 "stval", "medeleg", "stvec", "sepc", "scause",
                                 "mtvec", "mepc", "mcause", "mtval")]
    fields += [tl("miselect"), tl("siselect")]
    fields += [vmstate_uint32(n, path="vm." + n)
               for n in ("scounteren", "mcounteren", "scountinhibit", "mcountinhibit")]
    fields += [tl("sscratch"), tl("mscratch"), _u64("stimecmp")]
    return VMStateDescription(name="cpu", version_id=11, minimum_version_id=11,
                              fields=fields, subsections=[pmp, envcfg, counters],
                              pre_load=_pre_load, post_load=_post_load)


class PMPEntryView:
    """One PMP entry as the cpu/pmp/entry struct sees it."""

    def __init__(self, cpu, index):
        self._cpu = cpu
        self._index = index

    @property
    def addr_reg(self):
        return self._cpu.get("pmpaddr", self._index)

    @addr_reg.setter
    def addr_reg(self, value):
        self._cpu.set("pmpaddr", value, self._index)

    @property
    def cfg_reg(self):
        return self._cpu.get("pmpcfg", self._index) & 0xFF

    @cfg_reg.setter
    def cfg_reg(self, value):
        self._cpu.set("pmpcfg", value, self._index)


VMSTATE_RISCV_CPU = {64: make_vmstate(64), 32: make_vmstate(32)}
