"""The benchmark harness behind ``benchmarks/run.py`` (``make bench``).

Modules:
  targets   the table of guest systems (one entry per pyemu-system-<arch>)
  elfpatch  patch the bench guest's ``iterations`` symbol in a temp copy
  probe     the instrumented pyemu child process (run as a script)
  runner    spawn pyemu / QEMU children, collect wall time and ru_maxrss
  registry  the registry of benchmark sections that ``run.py`` runs
  sections  the sections themselves (guest MIPS, startup, exit profile,
            snapshot and migration hooks)
  pngchart  a small PNG bar-chart writer (numpy + zlib, no matplotlib)
"""
