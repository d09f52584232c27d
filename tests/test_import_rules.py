"""DESIGN.md's import rules, checked on the source tree."""

import ast
import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent


def imported_packages(path):
    tree = ast.parse(path.read_text(), str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name.split(".")[0], node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module.split(".")[0], node.lineno, node.module


def violations(package, forbidden):
    found = []
    for path in sorted((ROOT / package).rglob("*.py")):
        for top, line, name in imported_packages(path):
            if top in forbidden:
                found.append("%s:%d imports %s" % (path.relative_to(ROOT), line, name))
    return found


@pytest.mark.parametrize("package,forbidden", [
    ("emu", {"targets", "hw"}),
    ("migration", {"targets", "hw", "emu"}),
])
def test_layer_does_not_import_upward(package, forbidden):
    assert violations(package, forbidden) == []


def test_targets_do_not_import_each_other_or_hw():
    bad = []
    for target in sorted(p for p in (ROOT / "targets").iterdir() if p.is_dir() and p.name != "__pycache__"):
        for path in target.rglob("*.py"):
            for top, line, name in imported_packages(path):
                other = name.split(".")[1] if top == "targets" and "." in name else None
                if top == "hw" or (other and other != target.name):
                    bad.append("%s:%d imports %s" % (path.relative_to(ROOT), line, name))
    assert bad == []


def test_hw_devices_do_not_import_the_engine():
    bad = []
    for path in sorted((ROOT / "hw").rglob("*.py")):
        parts = path.relative_to(ROOT / "hw").parts
        if parts[0] in ("char", "intc", "misc", "timer", "virtio"):
            for top, line, name in imported_packages(path):
                if name.startswith(("emu.tcg", "emu.cpu_exec", "targets")):
                    bad.append("%s:%d imports %s" % (path.relative_to(ROOT), line, name))
    assert bad == []


def test_nothing_unpickles_or_evals():
    bad = []
    for package in ("emu", "targets", "hw", "migration"):
        for path in sorted((ROOT / package).rglob("*.py")):
            tree = ast.parse(path.read_text(), str(path))
            for node in ast.walk(tree):
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                        and node.func.id in ("eval", "exec"):
                    bad.append("%s:%d calls %s" % (path.relative_to(ROOT), node.lineno, node.func.id))
            for top, line, name in imported_packages(path):
                if top in ("pickle", "marshal", "shelve"):
                    bad.append("%s:%d imports %s" % (path.relative_to(ROOT), line, name))
    assert bad == []
