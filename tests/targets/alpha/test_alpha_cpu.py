"""Alpha CPU: registration (type 1), decode, helpers, exceptions, MMU,
and the cpu vmstate round trip."""

import io

from emu.cpu import check_cpu_class
from emu.qom import object_class_by_name
from migration.qemu_file import QEMUFileReader, QEMUFileWriter
from migration.vmstate import vmstate_load, vmstate_save
from targets.alpha import cpu_bits as B
from targets.alpha import mmu
from targets.alpha.cpu import EV67AlphaCPU
from targets.alpha.decode_insn import decode_insn
from targets.alpha.trans import integer
from tests.targets.alpha import harness


def test_ev67_is_a_type1_cpu():
    cls = object_class_by_name("ev67-alpha-cpu")
    assert cls is EV67AlphaCPU and cls.model_name == "ev67" and cls.target_name == "alpha"
    assert cls.vmsd.name == "cpu" and cls.vmsd.version_id == 1
    assert cls.vmsd.fields[0].name == "parent_obj"
    assert cls.legacy_vmsd is None
    check_cpu_class(cls)


class Recorder:
    def __getattr__(self, name):
        def trans(ctx, a):
            self.seen = (name, a)
            return True
        return trans


def _decode(word):
    rec = Recorder()
    assert decode_insn(rec, None, word)
    return rec.seen


def test_decode_operate_literal_and_register_forms():
    name, a = _decode(0x40220403)        # addq t0,t1,t2
    assert name == "trans_addq" and (a.ra, a.rb, a.rc, a.islit) == (1, 2, 3, 0)
    name, a = _decode(0x40203403)        # addq t0,1,t2
    assert name == "trans_addq" and a.islit == 1 and a.lit == 1


def test_decode_pal_instructions():
    assert _decode(0x77FF00FC)[0] == "trans_hw_mtpr"   # hw_mtpr zero, 252 (HALT)
    name, a = _decode(0x7BEE8000)                        # hw_ret (s5)
    assert name == "trans_hw_ret" and a.rb == 14
    assert _decode(0x00000000)[0] == "trans_call_pal"


def test_byte_helpers():
    assert integer.helper_cmpbge(None, 0x0102030405060708, 0x0807060504030201, 0) == 0x0F
    assert integer.helper_zapnot(None, 0x1122334455667788, 0x0F, 0) == 0x55667788
    assert integer.helper_zap(None, 0x1122334455667788, 0x0F, 0) == 0x1122334400000000


def test_mvi_helpers():
    assert integer.helper_minub8(None, 0x0102FF00, 0x02010080, 0) == 0x01010000
    assert integer.helper_maxsb8(None, 0x7F80, 0x0001, 0) == 0x7F01
    assert integer.helper_perr(None, 0x0A00, 0x0005, 0) == 15
    assert integer.helper_pklb(None, 0, 0x0000004400000033, 0) == 0x4433
    assert integer.helper_unpkbw(None, 0, 0x44332211, 0) == 0x0044003300220011


def test_kseg_maps_to_typhoon_physical_addresses():
    assert mmu.translate(None, 0xFFFFFC0000001000, 1, B.MMU_KERNEL_IDX)[0] == 0x1000
    phys, _prot, fault = mmu.translate(None, 0xFFFFFD01FC0003F8, 1, B.MMU_KERNEL_IDX)
    assert (phys, fault) == (0x801FC0003F8, -1)
    assert mmu.translate(None, 0xFFFFFC0000001000, 1, B.MMU_USER_IDX)[2] == B.MM_K_ACV


def test_cpu_vmstate_round_trip_keeps_fpcr_and_registers():
    ms = harness.build(bios=harness.GUESTS + "/elf/hello-bios.elf")
    harness.run(ms)
    cpu = ms.cpus[0]
    cpu.store_fpcr(0x8C00000000000000)
    buf = io.BytesIO()
    writer = QEMUFileWriter(buf)
    vmstate_save(writer, cpu.vmsd, cpu)
    writer.flush()
    data = buf.getvalue()
    assert len(data) == 8 + 31 * 8 * 2 + 8 + 4 * 8 + 2 * 4 + 9 * 8 + 8 * 8 + 24 * 8
    other = harness.build(bios=harness.GUESTS + "/elf/hello-bios.elf").cpus[0]
    vmstate_load(QEMUFileReader(io.BytesIO(data)), other.vmsd, other, 1)
    assert other.get("pc") == cpu.get("pc")
    assert other.load_fpcr() == 0x8C00000000000000
    assert other.env.fpcr_dyn_rm == 3          # DYN = plus -> round up
    assert list(other.env.ir) == list(cpu.env.ir)
