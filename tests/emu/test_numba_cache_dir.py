"""numba's cache directory follows the engine's sources, so an edit to
softfloat or the fop table can never leave a stale executor in use."""

import shutil

import emu


def copy_sources(tmp_path):
    for rel in emu._JIT_SOURCES:
        target = tmp_path / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(f"{emu._HERE}/{rel}", target)


def test_cache_dir_changes_when_a_jit_source_changes(tmp_path, monkeypatch):
    copy_sources(tmp_path)
    monkeypatch.setattr(emu, "_HERE", str(tmp_path))
    before = emu._numba_cache_dir()
    assert before == emu._numba_cache_dir()
    with open(tmp_path / "softfloat.py", "a") as f:
        f.write("\n# changed\n")
    assert emu._numba_cache_dir() != before


def test_cache_dir_lives_under_the_user_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert emu._numba_cache_dir().startswith(str(tmp_path / "pyemu" / "numba"))
