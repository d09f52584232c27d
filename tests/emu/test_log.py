"""-d log items and the -D log file."""
import threading

import pytest

from emu import log


@pytest.fixture(autouse=True)
def reset_log():
    yield
    log.set_log_items(())
    log.close_log()


def test_parse_items():
    assert log.parse_log_items("in_asm,int,guest_errors") == {"in_asm", "int", "guest_errors"}
    assert log.parse_log_items("all") >= {"in_asm", "exec", "cpu", "mmu", "unimp",
                                          "nochain", "page", "op", "op_opt", "out_asm"}
    assert log.parse_log_items("trace:foo*") == {"trace:foo*"}


@pytest.mark.parametrize("text,bad", [("foo", "foo"), ("in_asm,bogus", "bogus"),
                                      ("", ""), ("in_asm,", "")])
def test_unknown_items(text, bad):
    with pytest.raises(log.LogItemError) as info:
        log.parse_log_items(text)
    assert str(info.value) == f"unknown log item '{bad}'"


def test_help_text_has_qemu_layout():
    text = log.log_help_text()
    assert text.startswith("Log items (comma separated):\nout_asm         show generated host")
    assert "guest_errors    log when the guest OS does something invalid (eg accessing a\nnon-existent register)" in text
    assert text.endswith('Use "-d trace:help" to get a list of trace events.\n')


def test_enabled_items_and_stderr(capsys):
    log.set_log_items({"int"})
    assert log.log_enabled("int") and not log.log_enabled("exec")
    log.qemu_log("int", "interrupt 7\n")
    log.qemu_log("exec", "not shown\n")
    assert capsys.readouterr().err == "interrupt 7\n"


def test_log_file_opened_lazily_and_thread_safe(tmp_path):
    path = tmp_path / "pyemu.log"
    log.set_log_file(str(path))
    assert not path.exists()
    log.set_log_items({"cpu"})

    def writer(tag):
        for i in range(200):
            log.qemu_log("cpu", f"{tag}{i:03d}\n")
    threads = [threading.Thread(target=writer, args=(t,)) for t in "ab"]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    log.close_log()
    lines = path.read_text().splitlines()
    assert len(lines) == 400 and all(len(line) == 4 for line in lines)
