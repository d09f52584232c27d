"""pyemu core: object model, memory, machines, the engine, the main loop.

Importing this package first points numba's on-disk cache at a directory
named after a hash of every source file that holds numba-compiled code.
numba keys a cached function by its own file only, so a change in a module
it calls (softfloat, the fop table) would otherwise leave a stale, wrong
executor in the cache.  A user's own NUMBA_CACHE_DIR is respected.
"""

import hashlib
import os

_HERE = os.path.dirname(os.path.abspath(__file__))
_JIT_SOURCES = ("softfloat.py", os.path.join("tcg", "exec.py"), os.path.join("tcg", "fops.py"),
                os.path.join("tcg", "ops.py"))


def _numba_cache_dir():
    digest = hashlib.sha1()
    for rel in _JIT_SOURCES:
        with open(os.path.join(_HERE, rel), "rb") as f:
            digest.update(f.read())
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "pyemu", "numba", digest.hexdigest()[:16])


if "NUMBA_CACHE_DIR" not in os.environ:
    os.environ["NUMBA_CACHE_DIR"] = _numba_cache_dir()
