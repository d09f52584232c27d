"""VMState field kinds, versions, subsections, hooks and vmdesc entries.

Each kind is saved, compared with bytes written out by hand from the format
reference (section 1.9), loaded into a fresh object and compared again.
"""
import types

import numpy as np
import pytest

from migration.errors import MigrationError
from migration.qemu_file import QEMUFileReader, QEMUFileWriter
from migration.vmstate import (
    VMStateDescription, vmstate_2darray, vmstate_bool, vmstate_buffer,
    vmstate_cpudouble_array, vmstate_int8, vmstate_int16, vmstate_int32,
    vmstate_int32_equal, vmstate_int32_positive_le, vmstate_int64,
    vmstate_load, vmstate_save, vmstate_single, vmstate_struct, vmstate_struct_array,
    vmstate_struct_varray, vmstate_timer, vmstate_uint8, vmstate_uint16,
    vmstate_uint32, vmstate_uint32_equal, vmstate_uint64,
    vmstate_uint64_array, vmstate_uint64_equal, vmstate_uinttl,
    vmstate_uinttl_array, vmstate_unused, vmstate_validate,
    vmstate_varray_uint32, vmstate_vbuffer, vmstate_vbuffer_alloc_uint32,
    UINT16, UINT32,
)

from migration_fakes import CPSR_INFO, FakeTimer

NS = types.SimpleNamespace


def save(vmsd, obj):
    w = QEMUFileWriter()
    desc = vmstate_save(w, vmsd, obj)
    return w.getvalue(), desc


def load(vmsd, obj, data, version=None):
    r = QEMUFileReader(data)
    vmstate_load(r, vmsd, obj, vmsd.version_id if version is None else version)
    assert r.at_eof(), "loader left bytes behind"


def roundtrip(vmsd, obj, fresh, expected):
    data, desc = save(vmsd, obj)
    assert data == expected
    load(vmsd, fresh, data)
    assert save(vmsd, fresh)[0] == expected
    return desc


def test_integers_of_every_width_and_sign():
    vmsd = VMStateDescription("ints", fields=[
        vmstate_int8("a"), vmstate_uint8("b"), vmstate_int16("c"),
        vmstate_uint16("d"), vmstate_int32("e"), vmstate_uint32("f"),
        vmstate_int64("g"), vmstate_uint64("h"), vmstate_bool("i")])
    obj = NS(a=-2, b=0xFE, c=-3, d=0xBEEF, e=-4, f=0xDEADBEEF, g=-5,
             h=0x0123456789ABCDEF, i=True)
    expected = (b"\xfe" b"\xfe" b"\xff\xfd" b"\xbe\xef" b"\xff\xff\xff\xfc"
                b"\xde\xad\xbe\xef" + b"\xff" * 7 + b"\xfb"
                + bytes.fromhex("0123456789abcdef") + b"\x01")
    fresh = NS(a=0, b=0, c=0, d=0, e=0, f=0, g=0, h=0, i=False)
    desc = roundtrip(vmsd, obj, fresh, expected)
    assert vars(fresh) == vars(obj)
    assert [f["size"] for f in desc["fields"]] == [1, 1, 2, 2, 4, 4, 8, 8, 1]
    assert desc["fields"][0] == {"name": "a", "type": "int8", "size": 1}


def test_bool_loads_any_nonzero_byte_as_true():
    vmsd = VMStateDescription("b", fields=[vmstate_bool("x")])
    obj = NS(x=False)
    load(vmsd, obj, b"\x07")
    assert obj.x is True


def test_uinttl_width_follows_target_long():
    for bits, expected in ((32, b"\x00\x00\x00\x05"), (64, b"\0" * 7 + b"\5")):
        vmsd = VMStateDescription("tl", fields=[vmstate_uinttl("pc", bits)])
        roundtrip(vmsd, NS(pc=5), NS(pc=0), expected)


def test_fixed_array_into_numpy_view_and_compressed_vmdesc():
    state = np.zeros(6, dtype=np.int64)
    obj = NS(regs=state[1:4])
    obj.regs[:] = [1, -1, 3]
    vmsd = VMStateDescription("arr", fields=[vmstate_uint64_array("regs", 3)])
    expected = (b"\0" * 7 + b"\1" + b"\xff" * 8 + b"\0" * 7 + b"\3")
    target = np.zeros(6, dtype=np.int64)
    fresh = NS(regs=target[1:4])
    desc = roundtrip(vmsd, obj, fresh, expected)
    assert target.tolist() == [0, 1, -1, 3, 0, 0]       # updated in place
    assert desc["fields"] == [{"name": "regs", "array_len": 3,
                               "type": "uint64", "size": 8}]


def test_list_arrays_and_2d_arrays_load_element_by_element():
    vmsd = VMStateDescription("arr", fields=[
        vmstate_uinttl_array("l", 2, 32),
        vmstate_2darray("m", 2, 2, UINT16)])
    obj = NS(l=[1, 2], m=[[3, 4], [5, 6]])
    expected = bytes.fromhex("00000001 00000002 0003 0004 0005 0006")
    fresh = NS(l=[0, 0], m=np.zeros((2, 2), dtype=np.uint16))
    roundtrip(vmsd, obj, fresh, expected)
    assert fresh.l == [1, 2] and fresh.m.tolist() == [[3, 4], [5, 6]]


def test_varray_count_comes_from_an_earlier_field_and_is_bounded():
    vmsd = VMStateDescription("va", fields=[
        vmstate_int32_positive_le("n"),
        vmstate_varray_uint32("vals", "n", UINT32)])
    obj = NS(n=2, vals=[10, 20, 30])
    expected = bytes.fromhex("00000002 0000000a 00000014")
    fresh = NS(n=3, vals=[0, 0, 0])
    desc = roundtrip(vmsd, obj, fresh, expected)
    assert fresh.vals == [10, 20, 0]
    assert desc["fields"][1] == {"name": "vals", "array_len": 2,
                                 "type": "uint32", "size": 4}
    with pytest.raises(MigrationError, match="expecting positive value <= 3"):
        load(vmsd, NS(n=3, vals=[0, 0, 0]), bytes.fromhex("00000004") + b"\0" * 16)
    loose = VMStateDescription("va", fields=[
        vmstate_uint32("n"), vmstate_varray_uint32("vals", "n", UINT32)])
    with pytest.raises(MigrationError, match="do not fit the local array"):
        load(loose, NS(n=0, vals=[0]), bytes.fromhex("ffffffff"))


def test_empty_varray_has_no_vmdesc_entry():
    vmsd = VMStateDescription("va", fields=[
        vmstate_uint32("n"), vmstate_varray_uint32("vals", "n", UINT32)])
    data, desc = save(vmsd, NS(n=0, vals=[]))
    assert data == b"\0\0\0\0" and [f["name"] for f in desc["fields"]] == ["n"]


def test_buffers_fixed_variable_and_allocated():
    vmsd = VMStateDescription("buf", fields=[
        vmstate_buffer("fixed"), vmstate_uint32("len"),
        vmstate_vbuffer("part", "len"),
        vmstate_vbuffer_alloc_uint32("name", "len", max_size=8)])
    obj = NS(fixed=bytearray(b"ab"), len=3,
             part=np.frombuffer(b"xyzw", dtype=np.uint8).copy(),
             name=bytearray(b"qrs"))
    expected = b"ab" + b"\0\0\0\3" + b"xyz" + b"qrs"
    fresh = NS(fixed=bytearray(2), len=0, part=np.zeros(4, np.uint8),
               name=bytearray())
    desc = roundtrip(vmsd, obj, fresh, expected)
    assert fresh.fixed == b"ab" and bytes(fresh.part) == b"xyz\0"
    assert fresh.name == b"qrs"
    assert [f["size"] for f in desc["fields"]] == [2, 4, 3, 3]
    with pytest.raises(MigrationError, match="exceeds local size"):
        load(vmsd, fresh, b"ab" + b"\xff\xff\xff\xff")


def test_unused_timer_cpudouble_and_equal_fields():
    vmsd = VMStateDescription("misc", fields=[
        vmstate_unused(3), vmstate_timer("t"), vmstate_timer("off"),
        vmstate_cpudouble_array("fpr", 2), vmstate_int32_equal("ver"),
        vmstate_uint32_equal("magic"), vmstate_uint64_equal("big"),
        vmstate_unused(1)])
    obj = NS(t=FakeTimer(1000), off=FakeTimer(-1), fpr=[1.5, 0x1122334455667788],
             ver=-1, magic=7, big=2**64 - 1)
    expected = (b"\0\0\0" + (1000).to_bytes(8, "big") + b"\xff" * 8
                + bytes.fromhex("3ff8000000000000 1122334455667788")
                + b"\xff\xff\xff\xff" + b"\0\0\0\7" + b"\xff" * 8 + b"\0")
    fresh = NS(t=FakeTimer(5), off=FakeTimer(5), fpr=[0.0, 0], ver=-1,
               magic=7, big=2**64 - 1)
    desc = roundtrip(vmsd, obj, fresh, expected)
    assert (fresh.t.expire, fresh.off.expire, fresh.fpr) == \
        (1000, -1, [1.5, 0x1122334455667788])
    names = [f["name"] for f in desc["fields"]]
    assert names[0] == "unused[0]" and names[-1] == "unused[1]"
    assert [f["type"] for f in desc["fields"]][:3] == \
        ["unused_buffer", "timer", "timer"]
    with pytest.raises(MigrationError, match="7 != 8"):
        load(vmsd, NS(t=FakeTimer(), off=FakeTimer(), fpr=[0, 0], ver=-1,
                      magic=8, big=2**64 - 1), expected)


def test_validate_writes_nothing_and_refuses_bad_input():
    vmsd = VMStateDescription("v", fields=[
        vmstate_uint32("x"),
        vmstate_validate("x is small", lambda o, v: o.x < 10)])
    data, desc = save(vmsd, NS(x=3))
    assert data == b"\0\0\0\3" and len(desc["fields"]) == 1
    with pytest.raises(MigrationError, match="Input validation failed: v/x is small"):
        load(vmsd, NS(x=0), b"\0\0\0\x0b")


PAIR = VMStateDescription("pair", version_id=2, fields=[
    vmstate_uint8("a"), vmstate_uint16("b")])
PAIR_SUB = VMStateDescription("pairs/extra", needed=lambda o: o.extra != 0,
                              fields=[vmstate_uint8("extra")])
PAIR_WITH_SUB = VMStateDescription("pairs", fields=[vmstate_uint8("a")],
                                   subsections=[PAIR_SUB])


def test_structs_and_struct_arrays_inline_without_version():
    vmsd = VMStateDescription("outer", fields=[
        vmstate_struct("one", PAIR), vmstate_struct_array("many", 2, PAIR),
        vmstate_uint32("n"), vmstate_struct_varray("some", "n", PAIR)])
    mk = lambda a, b: NS(a=a, b=b)
    obj = NS(one=mk(1, 2), many=[mk(3, 4), mk(5, 6)], n=1, some=[mk(7, 8)])
    expected = bytes.fromhex("01 0002 03 0004 05 0006 00000001 07 0008")
    fresh = NS(one=mk(0, 0), many=[mk(0, 0), mk(0, 0)], n=0,
               some=[mk(0, 0), mk(0, 0)])
    desc = roundtrip(vmsd, obj, fresh, expected)
    assert fresh.many[1].b == 6 and fresh.some[0].a == 7
    one = desc["fields"][0]
    assert one["type"] == "struct" and one["size"] == 3
    assert one["struct"]["vmsd_name"] == "pair" and one["struct"]["version"] == 2
    assert desc["fields"][1]["array_len"] == 2


def test_struct_with_subsections_is_not_compressed_and_sizes_include_them():
    vmsd = VMStateDescription("outer", fields=[
        vmstate_struct_array("p", 2, PAIR_WITH_SUB)])
    obj = NS(p=[NS(a=1, extra=0), NS(a=2, extra=9)])
    expected = b"\x01" + b"\x02" + b"\x05\x0bpairs/extra\0\0\0\1" + b"\x09"
    fresh = NS(p=[NS(a=0, extra=0), NS(a=0, extra=0)])
    desc = roundtrip(vmsd, obj, fresh, expected)
    assert [(f["index"], f["size"]) for f in desc["fields"]] == [(0, 1), (1, 19)]
    assert "subsections" not in desc["fields"][0]["struct"]
    assert desc["fields"][1]["struct"]["subsections"][0]["vmsd_name"] == \
        "pairs/extra"


def _versioned():
    return VMStateDescription("dev", version_id=3, minimum_version_id=2, fields=[
        vmstate_uint8("a"),
        vmstate_uint8("b", version=3),
        vmstate_uint8("c", field_exists=lambda o, v: o.has_c)])


def test_version_gating_and_test_predicates():
    vmsd = _versioned()
    obj = NS(a=1, b=2, c=3, has_c=False)
    assert save(vmsd, obj)[0] == b"\1\2"
    obj.has_c = True
    assert save(vmsd, obj)[0] == b"\1\2\3"
    old = NS(a=0, b=0, c=0, has_c=False)
    load(vmsd, old, b"\x05", version=2)             # v2 stream: no `b`
    assert (old.a, old.b) == (5, 0)


def test_version_too_new_and_too_old():
    vmsd = _versioned()
    with pytest.raises(MigrationError, match="dev: incoming version_id 4 is too new for local version_id 3"):
        load(vmsd, NS(has_c=False), b"\1\2", version=4)
    with pytest.raises(MigrationError, match="dev: incoming version_id 1 is too old for local minimum version_id 2"):
        load(vmsd, NS(has_c=False), b"\1", version=1)


def _with_subsections():
    sub_b = VMStateDescription("dev/b", needed=lambda o: o.b != 0,
                               fields=[vmstate_uint16("b")])
    sub_c = VMStateDescription("dev/c", version_id=2, minimum_version_id=2,
                               needed=lambda o: o.c != 0,
                               fields=[vmstate_uint8("c")])
    return VMStateDescription("dev", fields=[vmstate_uint8("a")],
                              subsections=[sub_b, sub_c])


def test_subsections_needed_true_and_false():
    vmsd = _with_subsections()
    data, desc = save(vmsd, NS(a=1, b=0, c=0))
    assert data == b"\1" and "subsections" not in desc
    obj = NS(a=1, b=0x203, c=4)
    expected = (b"\1" + b"\x05\x05dev/b\0\0\0\1\x02\x03"
                + b"\x05\x05dev/c\0\0\0\2\x04")
    fresh = NS(a=0, b=0, c=0)
    desc = roundtrip(vmsd, obj, fresh, expected)
    assert (fresh.b, fresh.c) == (0x203, 4)
    assert [s["vmsd_name"] for s in desc["subsections"]] == ["dev/b", "dev/c"]
    assert desc["subsections"][1]["version"] == 2


def test_unknown_subsection_is_refused_and_foreign_ones_left_to_the_caller():
    vmsd = _with_subsections()
    with pytest.raises(MigrationError, match="VM subsection 'dev/zz' in 'dev' does not exist"):
        load(vmsd, NS(a=0, b=0, c=0), b"\1\x05\x06dev/zz\0\0\0\1")
    r = QEMUFileReader(b"\1\x05\x05cpu/x\0\0\0\1")   # not ours: prefix rule
    obj = NS(a=0, b=0, c=0)
    vmstate_load(r, vmsd, obj, 1)
    assert obj.a == 1 and r.peek_byte() == 0x05
    r = QEMUFileReader(b"\1\x05\x03dev")               # too short to be ours
    vmstate_load(r, vmsd, obj, 1)
    assert r.peek_byte() == 0x05
    with pytest.raises(MigrationError, match="dev/c: incoming version_id 1 is too old"):
        load(vmsd, obj, b"\1\x05\x05dev/c\0\0\0\1\4")


def test_subsection_names_must_extend_the_parent_name():
    with pytest.raises(ValueError, match="must be named 'dev/...'"):
        VMStateDescription("dev", subsections=[VMStateDescription("other")])


def test_hook_order_on_save_and_load():
    calls = []

    def hook(name):
        def run(obj, *version):
            calls.append((name,) + version)
            return 0
        return run
    sub = VMStateDescription("dev/s", needed=lambda o: True,
                             pre_load=hook("sub pre_load"),
                             post_load=hook("sub post_load"),
                             fields=[vmstate_uint8("s")])
    vmsd = VMStateDescription(
        "dev", version_id=2, minimum_version_id=1, fields=[vmstate_uint8("a")],
        subsections=[sub], pre_save=hook("pre_save"),
        post_save=hook("post_save"), pre_load=hook("pre_load"),
        post_load=hook("post_load"))
    data, _ = save(vmsd, NS(a=1, s=2))
    assert calls == [("pre_save",), ("post_save",)]
    calls.clear()
    load(vmsd, NS(a=0, s=0), data, version=1)
    assert calls == [("pre_load",), ("sub pre_load",), ("sub post_load", 1),
                     ("post_load", 1)]


def test_failing_hooks_stop_the_save_or_load():
    vmsd = VMStateDescription("dev", fields=[vmstate_uint8("a")],
                              pre_save=lambda o: -1,
                              post_load=lambda o, v: -22)
    with pytest.raises(MigrationError, match="pre-save failed: dev"):
        save(vmsd, NS(a=1))
    with pytest.raises(MigrationError, match="post load hook failed for: dev"):
        load(vmsd, NS(a=0), b"\1")


def test_post_save_runs_even_when_a_field_fails():
    seen = []
    vmsd = VMStateDescription("dev", fields=[vmstate_uint8("missing")],
                              post_save=lambda o: seen.append(True))
    with pytest.raises(AttributeError):
        save(vmsd, NS())
    assert seen == [True]


def test_custom_info_gets_the_whole_object_at_offset_zero():
    cpu = NS(flag_n=1, flag_z=0, flag_c=1, flag_v=1, mode=0x13)
    vmsd = VMStateDescription("cpu", fields=[
        vmstate_uint8("mode"),
        vmstate_single("cpsr", CPSR_INFO, path=None)])
    expected = b"\x13" + (0xB0000013).to_bytes(4, "big")
    fresh = NS(flag_n=0, flag_z=1, flag_c=0, flag_v=0, mode=0)
    desc = roundtrip(vmsd, cpu, fresh, expected)
    assert vars(fresh) == vars(cpu)
    assert desc["fields"][1] == {"name": "cpsr", "type": "cpsr", "size": 4}


def test_vmdesc_sizes_equal_bytes_written():
    from migration_fakes import Cpu, VMSTATE_CPU
    cpu = Cpu()
    cpu.pmp[0].cfg = 1
    data, desc = save(VMSTATE_CPU, cpu)

    def total(d):
        n = 0
        for f in d["fields"]:
            n += f["size"] * f.get("array_len", 1)
        for s in d.get("subsections", []):
            n += 1 + 1 + len(s["vmsd_name"]) + 4 + total(s)
        return n
    assert total(desc) == len(data)
