"""QEMU's analyze-migration.py parses the streams the unit tests' fake
machine writes (the real machines' streams are checked in
test_snapshots_e2e.py, test_streams_compat.py and test_live_migration.py)."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

import check_analyze  # noqa: E402


def test_fake_machine_streams_parse(tmp_path):
    paths = list(check_analyze._fake_streams(str(tmp_path)))
    assert len(paths) == 2
    script = check_analyze.analyze_script()
    for path in paths:
        state, desc = check_analyze.analyze(path, script)
        assert state and desc["devices"]
