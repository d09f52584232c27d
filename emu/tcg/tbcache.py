"""The TB cache: packed code arrays, TB metadata, the jump cache, and
invalidation.

Translated blocks are packed into one int64 code array shared by all vCPUs
of a machine (six columns: opcode and five operands; labels resolved to op
indices; insn_start removed and kept as a side table for restoring the pc
of a faulting instruction).  TBs are found by (virtual pc, tb_flags) in a
direct-mapped jump cache, backed by a dict keyed by (pc, flags, physical
page).  A TB remembers the arena pages it was translated from; a store into
such a page invalidates every TB on it (self-modifying code).
"""

import bisect

import numpy as np

from emu.memory import CODE_GRAN_BITS
from emu.tcg import exec as X
from emu.tcg import ops as O

CODE_CAPACITY = 1 << 20
TB_CAPACITY = 1 << 16


class TBInfo:
    """Python-side facts of one TB: where its instructions start."""

    __slots__ = ("index", "pc", "flags", "phys", "pages", "insn_pcs", "insn_ips",
                 "insn_lengths", "start", "end", "ops", "max_insns", "ranges")

    def insn_at(self, ip):
        """Index of the instruction that op ip belongs to."""
        return max(0, bisect.bisect_right(self.insn_ips, ip) - 1)


class TBCache:
    """All translated code of one machine."""

    def __init__(self, arena):
        self.arena = arena
        self.code = np.zeros((CODE_CAPACITY, X.CODE_COLS), dtype=np.int64)
        self.meta = np.zeros((TB_CAPACITY, X.TB_COLS), dtype=np.int64)
        self.jc_pc = np.zeros(X.JC_SIZE, dtype=np.int64)
        self.jc_flags = np.zeros(X.JC_SIZE, dtype=np.int64)
        self.jc_tb = np.full(X.JC_SIZE, -1, dtype=np.int64)
        self.by_key = {}
        self.infos = []
        self.page_tbs = {}            # arena page -> set of TB indices
        self.code_used = 0
        self.flushes = 0
        self.translated_insns = 0
        self.flush_pending = False
        arena.code_write_hook = self.invalidate_page

    # -- lookup -------------------------------------------------------------
    def lookup(self, pc, flags, phys_key):
        tb = self.by_key.get((pc, flags, phys_key))
        if tb is not None and self.meta[tb, X.TB_VALID]:
            return tb
        return None

    def set_jump_cache(self, pc, flags, tb):
        h = (pc >> 1) & (X.JC_SIZE - 1)
        self.jc_pc[h] = pc
        self.jc_flags[h] = flags
        self.jc_tb[h] = tb

    def clear_jump_cache(self):
        self.jc_tb[:] = -1

    # -- adding --------------------------------------------------------------
    def add(self, pc, flags, phys_key, ir_ops, insn_lengths, pages, max_insns, code_ranges=()):
        """Pack a finished op list; returns the TB index.  ``pages`` are the
        arena pages the guest code came from, ``code_ranges`` its arena byte
        ranges (start, end) for the self-modifying-code map."""
        start = self.code_used
        packed, insn_ips, insn_pcs = _pack(ir_ops, start)
        n = len(packed)
        if start + n > CODE_CAPACITY or len(self.infos) >= TB_CAPACITY:
            self.flush()
            start = 0
            packed, insn_ips, insn_pcs = _pack(ir_ops, start)
        if n:
            self.code[start:start + n] = packed
        self.code_used += n
        index = len(self.infos)
        info = TBInfo()
        info.index = index
        info.pc = pc
        info.flags = flags
        info.phys = phys_key
        info.pages = pages
        info.insn_pcs = insn_pcs
        info.insn_ips = insn_ips
        info.insn_lengths = insn_lengths
        info.start = start
        info.end = start + n
        info.ops = ir_ops
        info.max_insns = max_insns
        self.infos.append(info)
        row = [0] * X.TB_COLS
        row[X.TB_START] = start
        row[X.TB_NINSNS] = len(insn_pcs)
        row[X.TB_CHAIN0] = -1
        row[X.TB_CHAIN1] = -1
        row[X.TB_PC] = pc
        row[X.TB_FLAGS] = flags
        row[X.TB_VALID] = 1
        self.meta[index] = row
        self.by_key[(pc, flags, phys_key)] = index
        page_tbs = self.page_tbs
        for page in pages:
            tbs = page_tbs.get(page)
            if tbs is None:
                page_tbs[page] = {index}
            else:
                tbs.add(index)
        info.ranges = tuple(code_ranges)
        code_map = self.arena.code
        for start_off, end_off in code_ranges:
            first = start_off >> CODE_GRAN_BITS
            last = (end_off - 1) >> CODE_GRAN_BITS
            if first == last:
                code_map[first] = 1
            else:
                code_map[first:last + 1] = 1
        self.translated_insns += len(insn_pcs)
        return index

    # -- invalidation ------------------------------------------------------
    def invalidate_page(self, page):
        """Drop every TB translated from arena page ``page``."""
        tbs = self.page_tbs.pop(page, ())
        others = set()
        for tb in tbs:
            self.meta[tb, X.TB_VALID] = 0
            info = self.infos[tb]
            if self.by_key.get((info.pc, info.flags, info.phys)) == tb:
                del self.by_key[(info.pc, info.flags, info.phys)]
            # a TB spanning two pages is listed on both: forget it there too
            # (else its code granules get re-marked and a store into them
            # exits for self-modifying code forever)
            for other in info.pages:
                if other != page and other in self.page_tbs:
                    self.page_tbs[other].discard(tb)
                    others.add(other)
            for start_off, end_off in info.ranges:
                self.arena.code[start_off >> CODE_GRAN_BITS:((end_off - 1) >> CODE_GRAN_BITS) + 1] = 0
        # live TBs on those other pages may share the granules just cleared
        for other in others:
            for tb in self.page_tbs[other]:
                for start_off, end_off in self.infos[tb].ranges:
                    self.arena.code[start_off >> CODE_GRAN_BITS:((end_off - 1) >> CODE_GRAN_BITS) + 1] = 1
        return len(tbs)

    def request_flush(self):
        """Flush at the next TB boundary (helpers must not pull the code
        from under the TB that called them)."""
        self.flush_pending = True

    def flush(self):
        """Forget all translated code (fence.i-style full flush, or when full)."""
        self.flush_pending = False
        self.flushes += 1
        if not self.infos:
            # nothing translated since the last flush: the arrays are clean
            # already (sweeping the code map of a 256 MiB guest costs ~10 ms)
            return
        self.meta[:len(self.infos), X.TB_VALID] = 0
        self.by_key.clear()
        self.infos.clear()
        self.page_tbs.clear()
        self.arena.code[:] = 0
        self.code_used = 0
        self.jc_tb[:] = -1


_SET_LABEL = O.OP_SET_LABEL
_INSN_START = O.OP_INSN_START
_BR = O.OP_BR
_BRCONDS = (O.OP_BRCOND, O.OP_BRCONDI)


_EXT32S = O.OP_EXT32S
_LD = O.OP_LD
_ST = O.OP_ST
_FUSE = O.FUSE_EXT32S
_FUSE_U = O.FUSE_EXT32U
_EXT32U = O.OP_EXT32U
_NOT_PLAIN = O.MO_NOT_PLAIN


def _pack(ir_ops, start):
    """Resolve labels to absolute op indices (the TB's ops begin at
    ``start``), drop set_label/insn_start, and choose packed forms (ops.py):
    ``op d, ..; ext32s d, d`` within one instruction becomes op32s (ext32u:
    op32u), plain
    ld/st become per-size ops.  Returns rows, the absolute op index of each
    instruction's first op, and the instruction pcs."""
    label_pos = {}
    rows = []
    insn_ips = []
    insn_pcs = []
    branches = []
    fusable = False           # rows[-1] may take a following ext32s
    for op in ir_ops:
        opc = op[0]
        if opc == _SET_LABEL:
            label_pos[op[1]] = start + len(rows)
            fusable = False
        elif opc == _INSN_START:
            insn_ips.append(start + len(rows))
            insn_pcs.append(op[1])
            fusable = False
        else:
            if fusable and (opc == _EXT32S or opc == _EXT32U) and op[1] == op[2] \
                    and rows[-1][1] == op[1]:
                prev = rows[-1]
                fused = _FUSE if opc == _EXT32S else _FUSE_U
                rows[-1] = (fused[prev[0]],) + tuple(prev[1:])
                fusable = False
                continue
            if opc == _LD:
                if not op[4] & _NOT_PLAIN:
                    op = (O.PLAIN_LD[op[4] & 7],) + tuple(op[1:])
            elif opc == _ST:
                if not op[4] & _NOT_PLAIN:
                    op = (O.PLAIN_ST[op[4] & 3],) + tuple(op[1:])
            elif opc == _BR or opc in _BRCONDS:
                branches.append(len(rows))
            fusable = opc in _FUSE
            rows.append(op)
    for i in branches:
        row = list(rows[i])
        if row[0] == _BR:
            row[1] = label_pos[row[1]]
        else:
            row[4] = label_pos[row[4]]
        rows[i] = row
    return rows, insn_ips, insn_pcs
