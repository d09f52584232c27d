"""QemuOpts-style `key=val,...` parsing."""
import pytest

from emu.cli.qemuopts import (OptsError, check_keys, escape, format_size,
                              parse_bool, parse_choice, parse_opts,
                              parse_opts_list, parse_size, parse_uint,
                              split_elements, wants_help)


def test_implied_first_key():
    assert parse_opts("virt,dumpdtb=f", "type") == {"type": "virt", "dumpdtb": "f"}
    assert parse_opts("type=virt", "type") == {"type": "virt"}


def test_double_comma_is_a_literal_comma():
    assert split_elements("a,,b,c") == ["a,b", "c"]
    assert parse_opts("virt,dumpdtb=a,,b", "type")["dumpdtb"] == "a,b"
    assert parse_opts("path=x,,,,y", None) == {"path": "x,,y"}
    assert escape("a,b") == "a,,b"


def test_empty_text_and_empty_values():
    assert parse_opts("") == {}
    assert parse_opts("path=", None) == {"path": ""}


def test_short_form_booleans_in_qemuopts_mode():
    assert parse_opts("socket,id=a,server,nowait", "backend") == {
        "backend": "socket", "id": "a", "server": "on", "wait": "off"}


def test_keyval_mode_wants_equals():
    with pytest.raises(OptsError, match="Expected '=' after parameter 'dumpdtb'"):
        parse_opts("virt,dumpdtb", "type", keyval=True)


def test_last_value_wins_but_list_keeps_all():
    assert parse_opts("a=1,a=2") == {"a": "2"}
    assert parse_opts_list("arg=x,arg=y") == [("arg", "x"), ("arg", "y")]


def test_empty_key_is_invalid():
    with pytest.raises(OptsError, match="Invalid parameter ''"):
        parse_opts("=x")


@pytest.mark.parametrize("text,implied", [("help", "type"), ("?", "type"),
                                          ("virt,help", "type"), ("type=help", "type")])
def test_help_detection(text, implied):
    assert wants_help(parse_opts(text, implied), implied)


def test_not_help():
    assert not wants_help(parse_opts("virt", "type"), "type")


@pytest.mark.parametrize("word,value", [("on", True), ("yes", True), ("true", True),
                                        ("off", False), ("no", False), ("false", False)])
def test_booleans(word, value):
    assert parse_bool("x", word) is value


def test_bad_boolean():
    with pytest.raises(OptsError) as info:
        parse_bool("server", "maybe")
    assert str(info.value) == "Parameter 'server' expects 'on' or 'off'"


@pytest.mark.parametrize("text,suffix,expected", [
    ("128M", "B", 128 << 20), ("1G", "B", 1 << 30), ("4k", "B", 4096),
    ("4K", "B", 4096), ("2T", "B", 2 << 40), ("128", "M", 128 << 20),
    ("512", "B", 512), ("1.5G", "B", 3 << 29), ("0x1000", "B", 4096)])
def test_sizes(text, suffix, expected):
    assert parse_size(text, suffix) == expected


@pytest.mark.parametrize("text", ["12X", "-5", "foo", "", "1M2", str(1 << 64)])
def test_bad_sizes(text):
    with pytest.raises(OptsError) as info:
        parse_size(text)
    assert str(info.value) == "Parameter 'size' expects a non-negative number below 2^64"
    assert info.value.hint.startswith("Optional suffix k, M, G, T, P or E")


def test_uint_and_choice_and_keys():
    assert parse_uint("n", "0x10") == 16
    with pytest.raises(OptsError, match="Parameter 'smp.cpus' expects integer"):
        parse_uint("smp.cpus", "x", what="integer")
    with pytest.raises(OptsError, match="Parameter 'mode' does not accept value 'foo'"):
        parse_choice("mode", "foo", ("readline", "control"))
    with pytest.raises(OptsError, match="Invalid parameter 'foo'"):
        check_keys({"id": "a", "foo": "1"}, ("id",))


def test_format_size():
    assert format_size(128 << 20) == "128 MiB"
    assert format_size(1 << 30) == "1 GiB"
    assert format_size(1000) == "1000 B"
