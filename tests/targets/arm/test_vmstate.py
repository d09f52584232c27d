"""The Arm `cpu` migration section: QEMU's type 2 (version 22, CPSR and
FPSCR through their own infos, the cpreg lists), save -> load -> save gives
the same bytes, and -smp 2 streams carry cpu_common and cpu per CPU."""

from emu.cli.options import parse_command_line
from emu.cpu import check_cpu_class
from emu.machine import find_machine
from emu.system import System
from migration.qemu_file import QEMUFileReader, QEMUFileWriter
from migration.savevm import save_state
from migration.vmstate import MigrationError, vmstate_load, vmstate_save

from targets.arm import cp15
from targets.arm import cpu_bits as B
from targets.arm.cpu import CPU_MODELS

from tests.targets.arm.harness import make_cpu


def save(cpu):
    f = QEMUFileWriter()
    vmstate_save(f, cpu.legacy_vmsd, cpu)
    return f.getvalue()


def load(blob):
    dst = make_cpu()
    assert vmstate_load(QEMUFileReader(blob), dst.legacy_vmsd, dst, 22) in (0, None)
    return dst


def busy_cpu():
    cpu = make_cpu()
    cpu.cpsr_write(B.MODE_IRQ | B.CPSR_I, B.CPSR_M | B.CPSR_I)
    for i in range(15):
        cpu.set_reg(i, 0x1000 * i + 7)
    cpu.cpsr_write(0xA0000000 | B.CPSR_T, B.CPSR_NZCV | B.CPSR_T)
    cpu.set("pc", 0x40001234)
    cpu.set("spsr", 0x600001D3)
    cpu.set("d", 0x400921FB54442D18, 5)
    cpu.set("d", 0x7FF8000000000001, 31)
    cpu.set("cpacr", 0xF << 20)
    cpu.set("fpexc", B.FPEXC_EN)
    cpu.fpscr_write(0x83C00011)                    # N, RZ, FZ, IXC, IOC
    cpu.set("ttbr0", 0x40004000)
    cpu.set("dacr", 0x55555555)
    cpu.set("tpidrurw", 0xCAFE)
    cpu.update_tb_flags()
    return cpu


def test_arm_cpu_is_type2_version_22():
    cls = CPU_MODELS["cortex-a15"]
    check_cpu_class(cls)
    assert cls.legacy_vmsd.name == "cpu" and cls.legacy_vmsd.version_id == 22
    names = [s.name for s in cls.legacy_vmsd.subsections]
    assert names == ["cpu/vfp", "cpu/thumb2ee", "cpu/irq-line-state"]


def test_cpsr_and_fpscr_go_through_their_own_infos():
    cpu = busy_cpu()
    blob = save(cpu)
    # regs[16] u32, xregs[32] u64, pc u64, then CPSR as one be32
    off = 16 * 4 + 32 * 8 + 8
    assert int.from_bytes(blob[off:off + 4], "big") == cpu.cpsr_read() == 0xA00001F2
    assert int.from_bytes(blob[13 * 4:14 * 4], "big") == 0xD007  # r13 of IRQ mode
    assert cpu.fpscr_read().to_bytes(4, "big") in blob


def test_save_load_save_round_trip_keeps_modes_vfp_and_cp15():
    src = busy_cpu()
    blob = save(src)
    dst = load(blob)
    assert save(dst) == blob
    assert dst.mode == B.MODE_IRQ and dst.cpsr_read() == src.cpsr_read()
    assert [dst.reg(i) for i in range(16)] == [src.reg(i) for i in range(16)]
    assert dst.get("d", 31) == 0x7FF8000000000001 and dst.fpscr_read() == 0x83C00011
    assert dst.get("fp_rm") == src.get("fp_rm") and dst.env.tb_flags == src.env.tb_flags
    assert (dst.get("ttbr0"), dst.get("dacr"), dst.get("tpidrurw")) == \
        (0x40004000, 0x55555555, 0xCAFE)
    # the banked registers of SVC mode survive too
    dst.cpsr_write(B.MODE_SVC, B.CPSR_M)
    src.cpsr_write(B.MODE_SVC, B.CPSR_M)
    assert dst.reg(13) == src.reg(13) and dst.reg(14) == src.reg(14)


def test_cpreg_lists_are_sorted_kvm_ids_with_values():
    cpu = busy_cpu()
    save(cpu)
    ids = cpu.cpreg_vmstate_indexes
    assert ids == sorted(ids) and len(ids) == cpu.cpreg_vmstate_array_len
    ttbr0 = cp15.cpreg_id((15, 2, 0, 0, 0))
    assert ttbr0 == 0x40200000000F1000          # KVM_REG_ARM | U32 | cp15 | crn 2
    assert cpu.cpreg_vmstate_values[ids.index(ttbr0)] == 0x40004000


def test_unknown_cpreg_fails_the_load():
    blob = bytearray(save(busy_cpu()))
    first_id = cp15.migrated_rows()[0][0].to_bytes(8, "big")
    at = blob.index(first_id)
    blob[at:at + 8] = (0x40200000DEAD0000).to_bytes(8, "big")
    dst = make_cpu()
    try:
        result = vmstate_load(QEMUFileReader(bytes(blob)), dst.legacy_vmsd, dst, 22)
    except MigrationError:
        result = -1
    assert result not in (0, None)


def test_smp2_stream_has_cpu_common_and_cpu_sections_per_cpu():
    import hw.arm.virt  # noqa: F401  (registers the board)
    argv = ["-M", "virt", "-cpu", "cortex-a15", "-smp", "2", "-display", "none",
            "-serial", "none"]
    opts = parse_command_line(argv, "pyemu-system-arm")
    system = System("arm", "pyemu-system-arm", opts, find_machine("virt", "arm"))
    ms = system.build()
    desc = save_state(QEMUFileWriter(), ms.vmstate, "virt-7.2")
    sections = [(d["name"], d["instance_id"]) for d in desc["devices"]
                if d["name"] in ("cpu_common", "cpu")]
    assert sections == [("cpu_common", 0), ("cpu", 0), ("cpu_common", 1), ("cpu", 1)]
    cpu = next(d for d in desc["devices"] if d["name"] == "cpu")
    assert cpu["version"] == 22
    assert [s["vmsd_name"] for s in cpu["subsections"]] == \
        ["cpu/vfp", "cpu/thumb2ee", "cpu/irq-line-state"]
