"""Machine types: per-arch registries, versioned names and aliases, defaults,
and `-M help`."""

import pytest

from emu.machine import (MachineClass, MachineError, default_machine, find_machine,
                         machine_help_text, register_machine)


@register_machine
class _OldBoard(MachineClass):
    name, version, arch, desc, is_default = "tboard", "1.0", ("tarch-a",), "Test board", True


@register_machine
class _NewBoard(MachineClass):
    name, version, arch, desc, is_default = "tboard", "1.1", ("tarch-a",), "Test board", True


@register_machine
class _OtherArchBoard(MachineClass):
    name, version, arch, desc = "tboard", None, ("tarch-b",), "Another arch's board"


def test_alias_names_the_newest_version():
    assert find_machine("tboard", "tarch-a") is _NewBoard
    assert find_machine("tboard-1.0", "tarch-a") is _OldBoard


def test_same_name_on_another_arch_is_another_board():
    assert find_machine("tboard", "tarch-b") is _OtherArchBoard
    assert find_machine("tboard-1.1", "tarch-b") is None


def test_default_is_the_current_version():
    assert default_machine("tarch-a") is _NewBoard
    assert default_machine("tarch-b") is None


def test_help_lists_alias_then_versions():
    assert machine_help_text("tarch-a").splitlines() == [
        "Supported machines are:",
        "tboard-1.0           Test board",
        "tboard               Test board (default) (alias of tboard-1.1)",
        "tboard-1.1           Test board",
    ]


def test_duplicate_registration_refused():
    with pytest.raises(MachineError, match="registered twice"):
        @register_machine
        class _Again(MachineClass):
            name, version, arch = "tboard", "1.1", ("tarch-a",)
