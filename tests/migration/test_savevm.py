"""Whole-machine streams: layout, save -> load -> save, loader rules."""
import json

import pytest

from migration.errors import MigrationError
from migration.qemu_file import QEMUFileReader, QEMUFileWriter
from migration.savevm import (
    INSTANCE_ID_ANY, MIG_PRI_APIC, SaveVMLoader, SaveVMRegistry, SaveVMWriter,
    load_state, save_state, vmdesc_bytes,
)
from migration.vmstate import VMStateDescription, vmstate_uint8

from migration_fakes import Machine, Uart, VMSTATE_UART

MACHINE = "virt-10.2"


def saved(machine, **kw):
    w = QEMUFileWriter()
    desc = save_state(w, machine.registry, MACHINE, **kw)
    return w.getvalue(), desc


def test_save_load_save_gives_identical_bytes():
    src = Machine()
    src.scribble()
    data, _ = saved(src)
    dst = Machine()
    assert load_state(QEMUFileReader(data), dst.registry, MACHINE) == "running"
    assert saved(dst)[0] == data
    assert dst.cpus[1].pmp[1].cfg == 0x1F and dst.uart.fifo[:5] == b"hello"
    assert (dst.ram[0].host == src.ram[0].host).all()
    assert dst.cpus[0].timer.expire == 123456789


def test_stream_layout_header_configuration_sections_eof_vmdesc():
    data, desc = saved(Machine(), runstate="paused")
    assert data[:8] == b"QEVM\0\0\0\3"
    assert data[8:8 + 1 + 4 + 9] == b"\x07\0\0\0\x09virt-10.2"
    start = 8 + 1 + 4 + 9
    # START of ram: type, section id 0, "ram", instance 0, version 4
    assert data[start:start + 17] == b"\x01\0\0\0\1\x03ram\0\0\0\0\0\0\0\4"
    tail = vmdesc_bytes(desc)
    assert data.endswith(tail) and data[-len(tail) - 1] == 0   # EOF first
    parsed = json.loads(tail[5:])
    assert list(parsed) == ["configuration", "page_size", "devices"]
    assert [(d["name"], d["instance_id"]) for d in parsed["devices"]] == [
        ("globalstate", 0), ("cpu", 0), ("cpu", 1), ("serial", 0)]
    dst = Machine()
    assert load_state(QEMUFileReader(data), dst.registry, MACHINE) == "paused"


def test_vmdesc_length_never_contains_an_open_brace_byte():
    for n in range(0x370, 0x390):
        blob = vmdesc_bytes({"x": "a" * n})
        assert 0x7B not in blob[1:5]
        assert json.loads(blob[5:]) == {"x": "a" * n}


def test_registry_instance_ids_duplicates_and_priorities():
    reg = SaveVMRegistry(global_state=False)
    a = reg.register_vmstate("cpu", INSTANCE_ID_ANY, VMSTATE_UART, Uart())
    b = reg.register_vmstate("cpu", INSTANCE_ID_ANY, VMSTATE_UART, Uart())
    assert (a.instance_id, b.instance_id) == (0, 1)
    with pytest.raises(MigrationError, match="already registered"):
        reg.register_vmstate("cpu", 1, VMSTATE_UART, Uart())
    apic = VMStateDescription("apic", priority=MIG_PRI_APIC,
                              fields=[vmstate_uint8("lcr")])
    reg.register_vmstate("apic", 0, apic, Uart())
    assert [e.idstr for e in reg] == ["apic", "cpu", "cpu"]
    assert reg.unregister("cpu", 0) and not reg.unregister("cpu", 0)
    assert len(reg) == 2


def test_machine_type_mismatch():
    data, _ = saved(Machine())
    with pytest.raises(MigrationError, match="Machine type received is 'virt-10.2' and local is 'virt-9.0'"):
        load_state(QEMUFileReader(data), Machine().registry, "virt-9.0")


def test_page_bits_subsection_when_page_size_differs_from_legacy():
    m = Machine()
    w = QEMUFileWriter()
    desc = save_state(w, m.registry, MACHINE, legacy_page_bits=10)
    assert desc["configuration"]["subsections"][0]["vmsd_name"] == \
        "configuration/target-page-bits"
    data = w.getvalue()
    load_state(QEMUFileReader(data), Machine().registry, MACHINE,
               legacy_page_bits=10)
    with pytest.raises(MigrationError, match="Received TARGET_PAGE_BITS is 10 but local is 12"):
        load_state(QEMUFileReader(saved(Machine())[0]), Machine().registry,
                   MACHINE, legacy_page_bits=10)


def test_unknown_section_is_fatal_and_missing_ones_keep_reset_state():
    src = Machine()
    src.registry.register_vmstate("extra", 0, VMSTATE_UART, Uart())
    data, _ = saved(src)
    with pytest.raises(MigrationError, match="Unknown section or instance 'extra' 0. Make sure"):
        load_state(QEMUFileReader(data), Machine().registry, MACHINE)
    small = Machine()
    small.registry.unregister("serial", 0)
    small.scribble()
    data, _ = saved(small)
    dst = Machine()
    load_state(QEMUFileReader(data), dst.registry, MACHINE)
    assert dst.uart.lcr == 0 and dst.cpus[0].pc == 0x80000000


def test_header_checks():
    def fails(blob, message):
        with pytest.raises(MigrationError, match=message):
            load_state(QEMUFileReader(blob), Machine().registry, MACHINE)
    fails(b"QEVX\0\0\0\3", "Not a migration stream")
    fails(b"QEVM\0\0\0\2", "SaveVM v2 format is obsolete")
    fails(b"QEVM\0\0\0\4", "Unsupported migration stream version")
    fails(b"QEVM\0\0\0\3\x00", "Configuration section missing")
    fails(b"QEVM\0\0\0\3\x07\0\0\0\x09virt-10.2\x09", "Unknown savevm section type 9")
    fails(b"QEVM\0\0\0\3\x07\0\0\0\x09virt-10.2\x08\0\x01\0\0",
          "MIG_CMD 0x1 with length 0 is not supported")
    fails(b"QEVM\0\0\0\3\x07\0\0\0\x09virt-10.2\x08\0\x0c\0\0",
          "MIG_CMD 0xc unknown")
    fails(b"QEVM\0\0\0\3\x07\0\0\0\x09virt-10.2\x02\0\0\0\x07",
          "Unknown savevm section 7")


def _patch_section(data, old, new):
    assert data.count(old) == 1
    return data.replace(old, new)


def test_footer_and_version_checks():
    data, _ = saved(Machine())
    serial = b"\x04\0\0\0\x04\x06serial\0\0\0\0\0\0\0\1"
    bad_version = _patch_section(data, serial, serial[:-1] + b"\2")
    with pytest.raises(MigrationError, match="savevm: unsupported version 2 for 'serial' v1"):
        load_state(QEMUFileReader(bad_version), Machine().registry, MACHINE)
    body_len = 1 + 16 + 1 + 2
    footer_at = data.index(serial) + len(serial) + body_len
    assert data[footer_at:footer_at + 5] == b"\x7e\0\0\0\x04"
    no_footer = data[:footer_at] + b"\x00" + data[footer_at + 1:]
    with pytest.raises(MigrationError, match="Missing section footer for serial"):
        load_state(QEMUFileReader(no_footer), Machine().registry, MACHINE)
    wrong_id = data[:footer_at + 4] + b"\x09" + data[footer_at + 5:]
    with pytest.raises(MigrationError, match="Mismatched section id in footer for serial -- read 0x9 expected 0x4"):
        load_state(QEMUFileReader(wrong_id), Machine().registry, MACHINE)


def test_unmigratable_device_blocks_the_save():
    m = Machine()
    m.registry.register_vmstate("nomig", 0, VMStateDescription(
        "nomig", unmigratable=True), Uart())
    with pytest.raises(MigrationError, match="State blocked by non-migratable device 'nomig'"):
        saved(m)


def test_vmdesc_missing_after_eof_is_only_a_warning():
    data, desc = saved(Machine())
    cut = data[:len(data) - len(vmdesc_bytes(desc))]
    loader = SaveVMLoader(QEMUFileReader(cut), Machine().registry, MACHINE)
    assert loader.load() == "running"
    assert loader.warnings == ["No vmdesc after EOF"]


def test_live_steps_send_ram_in_passes():
    src = Machine()
    src.scribble()
    w = QEMUFileWriter()
    writer = SaveVMWriter(w, src.registry, MACHINE)
    writer.header()
    writer.setup()
    assert writer.pending() == 12 * 4096
    assert not writer.iterate(max_bytes=3 * 4096)
    assert 0 < writer.pending() < 12 * 4096
    while not writer.iterate(max_bytes=3 * 4096):
        pass
    src.ram[1].host[100] = 1            # the guest writes while we migrate
    src.ram[1].dirty[0] = 1
    assert writer.pending() == 4096
    writer.switchover_start()
    writer.complete()
    dst = Machine()
    load_state(QEMUFileReader(w.getvalue()), dst.registry, MACHINE)
    assert all((a.host == b.host).all() for a, b in zip(src.ram, dst.ram))
    assert dst.ram[1].host[100] == 1
