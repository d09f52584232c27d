"""Every checked-in decoder is what emu/decodetree.py makes of its .decode
file today (`make decode` regenerates them)."""

import pathlib

import pytest

from emu.decodetree import header_options, regenerate

ROOT = pathlib.Path(__file__).resolve().parent.parent
GENERATED = sorted(ROOT.glob("targets/*/decode_*.py"))


def test_there_are_decoders():
    assert len(GENERATED) >= 3


@pytest.mark.parametrize("path", GENERATED, ids=lambda p: str(p.relative_to(ROOT)))
def test_decoder_is_fresh(path):
    assert header_options(path.read_text()) is not None, "missing decodetree header"
    assert regenerate(str(path), str(ROOT), check=True) is None


def test_stale_decoder_is_reported(tmp_path):
    source = (ROOT / "targets" / "riscv" / "decode_insn32.py").read_text()
    stale = tmp_path / "decode_stale.py"
    stale.write_text(source.replace("return False", "return None", 1))
    problem = regenerate(str(stale), str(ROOT), check=True)
    assert problem is not None and "is stale" in problem
