"""The vCPU execution loop in Python: runs the numba executor and serves
its exits (translation, helpers, TLB misses and I/O, self-modifying code,
guest exceptions with exact pc and icount).

QEMU's cpu_exec in shape: check interrupts, find or translate the TB, run,
and handle why it stopped.  Everything per instruction stays in the
executor; this file runs only on rare events.
"""

from emu import log
from emu.tcg import exec as X
from emu.tcg import ops as O
from emu.tcg.helpers import GuestException
from emu.tcg.ir import HELPERS, IRBuilder, format_op
from emu.tcg.translator import EXIT_TB_DEBUG, translate_block

# results of run_cpu
RUN_BUDGET = "budget"        # the instruction budget is used up
RUN_REQUEST = "request"      # exit_request was set (irq, timer, stop...)
RUN_HALTED = "halted"        # the CPU is halted (wfi) and has no work

STALL_LIMIT = 10_000         # executor round trips without an instruction retired
RUN_DEBUG = "debug"          # breakpoint, watchpoint or single step: cpu.debug_event says which


def _mask_pc(cpu, pc):
    return pc


def tb_translate(cpu, pc, flags, max_insns, nocache=False):
    """Translate one TB at pc; returns its index (may raise GuestException)."""
    machine = cpu.machine
    tbc = machine.tbcache
    phys_page = cpu.code_page(pc)
    if not nocache:
        tb = tbc.lookup(pc, flags, (phys_page, max_insns))
        if tb is not None:
            return tb
    ir = IRBuilder(cpu.regtable.n_slots)
    ctx = cpu.make_disas_context(pc, flags, max_insns, ir)
    translate_block(ctx)
    if ir.next_temp > len(cpu.regs):
        raise RuntimeError("TB at 0x%x needs %d slots" % (pc, ir.next_temp))
    pages = set()
    ranges = []
    if not nocache:
        page_size = 1 << cpu.page_bits
        vaddr = pc
        end = max(ctx.pc_next, pc + 1)
        while vaddr < end:
            chunk_end = min(end, (vaddr | (page_size - 1)) + 1)
            page_base = ctx.code_backing(vaddr)
            if page_base >= 0:
                base = page_base + (vaddr & (page_size - 1))
                stop = base + (chunk_end - vaddr)
                # every arena page the code touches (a target page may be
                # larger than the arena's dirty/invalidation page)
                pages.update(range(base >> X_PAGE_BITS, ((stop - 1) >> X_PAGE_BITS) + 1))
                ranges.append((base, stop))
            vaddr = chunk_end
    if log.log_enabled("in_asm"):
        _log_in_asm(cpu, ctx)
    if log.log_enabled("op"):
        log.qemu_log("op", "OP:\n" + "\n".join(" " + format_op(op) for op in ir.ops) + "\n\n")
    tb = tbc.add(pc, flags, (phys_page, max_insns) if not nocache else None, ir.ops,
                 ctx.insn_lengths, sorted(pages), max_insns, ranges)
    if nocache:
        tbc.meta[tb, X.TB_VALID] = 1
    return tb


X_PAGE_BITS = 12


def _log_in_asm(cpu, ctx):
    size = ctx.pc_next - ctx.pc_first
    try:
        data = b"".join(cpu.fetch_code(ctx.pc_first + i, 1).to_bytes(1, "little")
                        for i in range(size))
    except GuestException:
        return
    first = ctx.pc_first & ((1 << 64) - 1)     # 64-bit targets keep the pc signed
    lines = ["----------------", "IN: %s" % cpu.symbol_at(ctx.pc_first)]
    for pc, n, text in cpu.disas(data, first):
        lines.append(cpu.in_asm_line(pc, data[pc - first:pc - first + n], text))
    log.qemu_log("in_asm", "\n".join(lines) + "\n\n")


def _set_jc(cpu, tb):
    info = cpu.machine.tbcache.infos[tb]
    cpu.machine.tbcache.set_jump_cache(info.pc, info.flags, tb)


def _restore_insn(cpu, tb, ip, completed=False):
    """Set pc and icount to the instruction op ip belongs to (QEMU's
    restore_state_to_opc).  Returns that instruction's index."""
    info = cpu.machine.tbcache.infos[tb]
    k = info.insn_at(ip)
    n = len(info.insn_pcs)
    done = k + 1 if completed else k
    cpu.state[X.ST_ICOUNT] -= n - done
    cpu.env.pc = info.insn_pcs[k]
    return info, k


def raise_exception(cpu, tb, ip, exc):
    """Take a guest exception raised by the instruction at op ip."""
    if tb is not None:
        _restore_insn(cpu, tb, ip)
    if log.log_enabled("int"):
        log.qemu_log("int", "cpu %d: exception %d (tval 0x%x) at pc 0x%x\n"
                     % (cpu.cpu_index, exc.excp, exc.tval & ((1 << 64) - 1), cpu.env.pc & ((1 << 64) - 1)))
    cpu.do_interrupt(exc.excp, exc.tval)


def run_cpu(cpu, max_insns):
    """Run cpu for at most max_insns instructions.  Returns RUN_*."""
    state = cpu.state
    cpu.debug_event = None
    if cpu.debug_step:
        max_insns = 1
    state[X.ST_SLICE_INSNS] = max_insns
    state[X.ST_ICOUNT_LIMIT] = state[X.ST_ICOUNT] + max_insns
    state[X.ST_NOCHAIN] = 1 if cpu.nochain else 0
    machine = cpu.machine
    tbc = machine.tbcache
    arena = machine.arena
    runtime = machine.runtime
    stalled = 0
    last_icount = -1
    while True:
        # a guest that only takes exceptions (a trap vector that itself
        # faults) executes no instruction: hand control back now and then
        # so the caller can look at requests, timers and the monitor
        if state[X.ST_ICOUNT] == last_icount:
            stalled += 1
            if stalled > STALL_LIMIT:
                return RUN_BUDGET
        else:
            stalled = 0
            last_icount = state[X.ST_ICOUNT]
        if state[X.ST_RESUME_TB] < 0:
            if tbc.flush_pending:
                tbc.flush()
            if state[X.ST_EXIT_REQUEST]:
                state[X.ST_EXIT_REQUEST] = 0
                if runtime is not None and runtime.cpu_should_stop(cpu):
                    return RUN_REQUEST
                _check_interrupts(cpu)
            if cpu.halted:
                if cpu.has_work():
                    cpu.halted = 0
                else:
                    return RUN_HALTED
            if cpu.debug_skip_pc is not None:
                result = _resume_from_breakpoint(cpu)
                if result is not None:
                    return _debug_result(cpu, result)
                continue
        if runtime is not None:
            runtime.release_lock()
        try:
            reason = X.cpu_exec_loop(tbc.code, tbc.meta, cpu.regs, arena.mem, arena.mem16,
                                     arena.mem32, arena.mem64, arena.code, arena.dirty,
                                     cpu.tlb_r, cpu.tlb_w, cpu.tlb_add, tbc.jc_pc,
                                     tbc.jc_flags, tbc.jc_tb, state)
        finally:
            if runtime is not None:
                runtime.take_lock()
        try:
            result = _handle_exit(cpu, reason)
        except GuestException as exc:
            state[X.ST_RESUME_TB] = -1
            raise_exception(cpu, None, 0, exc)
            result = None
        if cpu.debug_event is not None:
            return RUN_DEBUG
        if result is not None:
            return _debug_result(cpu, result)


def _debug_result(cpu, result):
    """A single step ends when its one instruction is done."""
    if cpu.debug_step and result in (RUN_BUDGET, RUN_DEBUG):
        if cpu.debug_event is None:
            cpu.debug_event = ("step",)
        return RUN_DEBUG
    return result


def _resume_from_breakpoint(cpu):
    """Run the instruction at a breakpoint we are resuming from, alone and
    uncached, without stopping at it (the translator skips debug_skip_pc)."""
    state = cpu.state
    if (int(cpu.env.pc) & ((1 << 64) - 1)) != cpu.debug_skip_pc:
        cpu.debug_skip_pc = None
        return None
    if state[X.ST_ICOUNT] >= state[X.ST_ICOUNT_LIMIT]:
        return RUN_BUDGET
    try:
        _run_nocache(cpu, 1)
    finally:
        cpu.debug_skip_pc = None
    if cpu.debug_event is not None:
        return RUN_DEBUG
    if cpu.debug_step:
        return RUN_BUDGET
    return None


def _check_interrupts(cpu):
    try:
        cpu.cpu_exec_interrupt()
    except GuestException as exc:
        raise_exception(cpu, None, 0, exc)


def _handle_exit(cpu, reason):
    state = cpu.state
    if reason == O.EXIT_TB_MISS:
        _tb_miss(cpu)
        return None
    if reason == O.EXIT_REQUEST:
        return None
    if reason == O.EXIT_BUDGET:
        return _budget(cpu)
    tb = int(state[X.ST_EXIT_TB])
    ip = int(state[X.ST_EXIT_IP])
    if reason == O.EXIT_HELPER:
        _call_helper(cpu, tb, ip)
        return None
    if reason == O.EXIT_TLB_MISS:
        _tlb_miss(cpu, tb, ip)
        return None
    if reason == O.EXIT_SMC:
        _self_modifying_store(cpu, tb, ip)
        return None
    if reason == O.EXIT_UNALIGNED:
        try:
            cpu.do_unaligned_access(int(state[X.ST_EXIT_ADDR]), _access_of(cpu, tb, ip),
                                    _mmu_of(cpu, int(state[X.ST_EXIT_MEMOP])))
        except GuestException as exc:
            raise_exception(cpu, tb, ip, exc)
        return None
    if reason == O.EXIT_TB:
        _exit_tb(cpu, tb, ip)
        return None
    if reason == O.EXIT_BAD_RM:
        try:
            _restore_insn(cpu, tb, ip)
            cpu.raise_illegal_instruction()
        except GuestException as exc:
            raise_exception(cpu, None, 0, exc)
        return None
    raise RuntimeError("executor stopped with reason %d" % reason)


def _exit_tb(cpu, tb, ip):
    """exit_tb at the end of an instruction: nothing more to do here;
    the next executor entry looks up the pc (and interrupts get checked).
    The exit of a breakpoint TB stops the CPU before its pc."""
    if cpu.state[X.ST_EXIT_VALUE] == EXIT_TB_DEBUG:
        pc = cpu.machine.tbcache.infos[tb].pc
        cpu.env.pc = pc
        cpu.debug_event = ("breakpoint", pc & ((1 << 64) - 1))
        return
    cpu.state[X.ST_EXIT_REQUEST] = 1


def _tb_miss(cpu):
    env = cpu.env
    pc = env.pc
    flags = env.tb_flags
    try:
        tb = tb_translate(cpu, pc, flags, cpu.max_insns_per_tb())
    except GuestException as exc:
        raise_exception(cpu, None, 0, exc)
        return
    _set_jc(cpu, tb)


def _budget(cpu):
    """The next TB does not fit in the budget: run exactly what is left
    as an uncached TB (icount exactness), then report the budget spent."""
    state = cpu.state
    left = int(state[X.ST_ICOUNT_LIMIT] - state[X.ST_ICOUNT])
    if left <= 0:
        return RUN_BUDGET
    clock = getattr(cpu.machine, "clock", None)
    if clock is not None and not clock.use_icount and left < int(state[X.ST_SLICE_INSNS]):
        # real-time mode: a slice may end a little early at a TB boundary
        # (exactness only matters for -icount)
        return RUN_BUDGET
    _run_nocache(cpu, left)
    return None


def _run_nocache(cpu, max_insns):
    """Translate and run one uncached TB of at most max_insns instructions."""
    env = cpu.env
    tbc = cpu.machine.tbcache
    mark = tbc.code_used
    ntbs = len(tbc.infos)
    try:
        tb = tb_translate(cpu, env.pc, env.tb_flags, max_insns, nocache=True)
    except GuestException as exc:
        raise_exception(cpu, None, 0, exc)
        return
    state = cpu.state
    saved_limit = state[X.ST_ICOUNT_LIMIT]
    state[X.ST_ICOUNT_LIMIT] = state[X.ST_ICOUNT] + tbc.meta[tb, X.TB_NINSNS]
    state[X.ST_RESUME_TB] = -1
    # enter the TB directly: resume at its first op after counting it
    state[X.ST_ICOUNT] += tbc.meta[tb, X.TB_NINSNS]
    state[X.ST_RESUME_TB] = tb
    state[X.ST_RESUME_IP] = tbc.meta[tb, X.TB_START]
    arena = cpu.machine.arena
    saved_chain = tbc.meta[tb, X.TB_CHAIN0], tbc.meta[tb, X.TB_CHAIN1]
    while True:
        reason = X.cpu_exec_loop(tbc.code, tbc.meta, cpu.regs, arena.mem, arena.mem16,
                                 arena.mem32, arena.mem64, arena.code, arena.dirty,
                                 cpu.tlb_r, cpu.tlb_w, cpu.tlb_add, tbc.jc_pc,
                                 tbc.jc_flags, tbc.jc_tb, state)
        if reason in (O.EXIT_BUDGET, O.EXIT_TB_MISS, O.EXIT_REQUEST):
            break
        try:
            _handle_exit(cpu, reason)
        except GuestException as exc:
            state[X.ST_RESUME_TB] = -1
            raise_exception(cpu, None, 0, exc)
            break
        if state[X.ST_RESUME_TB] < 0:
            break
    del saved_chain
    state[X.ST_ICOUNT_LIMIT] = saved_limit
    state[X.ST_RESUME_TB] = -1
    # forget the uncached TB (it is the newest one)
    tbc.meta[tb, X.TB_VALID] = 0
    if len(tbc.infos) == ntbs + 1 and tbc.code_used >= mark:
        tbc.infos.pop()
        tbc.code_used = mark


def _call_helper(cpu, tb, ip):
    tbc = cpu.machine.tbcache
    row = tbc.code[ip]
    d, hid, a, b, imm = int(row[1]), int(row[2]), int(row[3]), int(row[4]), int(row[5])
    regs = cpu.regs
    fn = HELPERS.functions[hid]
    try:
        result = fn(cpu, int(regs[a]) if a >= 0 else 0, int(regs[b]) if b >= 0 else 0, imm)
    except GuestException as exc:
        raise_exception(cpu, tb, ip, exc)
        return
    if d >= 0 and result is not None:
        result &= (1 << 64) - 1
        regs[d] = result - (1 << 64) if result >> 63 else result
    _resume(cpu, tb, ip + 1)


def _resume(cpu, tb, ip):
    """Continue TB tb at op ip (its code stays in place even if it was
    invalidated meanwhile: flushes wait for a TB boundary)."""
    cpu.state[X.ST_RESUME_TB] = tb
    cpu.state[X.ST_RESUME_IP] = ip


def _mmu_of(cpu, memop):
    m = (memop >> O.MO_MMU_SHIFT) & 15
    return cpu.env.mmu_idx if m == 0 else m - 1


def _access_of(cpu, tb, ip):
    return O.ACCESS_STORE if cpu.machine.tbcache.code[ip, 0] in O.STORE_OPS else O.ACCESS_LOAD


def _tlb_miss(cpu, tb, ip):
    """Fill the TLB for a RAM page (then retry the op), or do the access in
    Python (I/O, page-crossing, read-only) and go on with the next op."""
    state = cpu.state
    tbc = cpu.machine.tbcache
    row = tbc.code[ip]
    is_store = row[0] in O.STORE_OPS
    vaddr = int(state[X.ST_EXIT_ADDR])
    memop = int(state[X.ST_EXIT_MEMOP])
    size = 1 << (memop & O.MO_SIZE)
    access = O.ACCESS_STORE if is_store else O.ACCESS_LOAD
    mmu = _mmu_of(cpu, memop)
    page_size = 1 << cpu.page_bits
    watched = bool(cpu.watchpoints) and _page_watched(cpu, vaddr, size)
    try:
        paddr_page, prot = cpu.tlb_fill(vaddr, access, mmu)
        crosses = (vaddr & (page_size - 1)) + size > page_size
        if watched and not cpu.debug_watch_replay:
            hit = _watchpoint_hit(cpu, vaddr, size, is_store)
            if hit is not None:
                _watchpoint_stop(cpu, tb, ip, hit, vaddr)
                return
        if not crosses and not watched:
            backing = cpu.address_space.page_backing(paddr_page & ~(page_size - 1), page_size)
            if backing is not None:
                arena_off, readonly = backing
                vpn = vaddr >> cpu.page_bits
                idx = vpn & (X.TLB_SIZE - 1)
                cpu.tlb_add[mmu, idx] = arena_off - (vpn << cpu.page_bits)
                if prot & 1:
                    cpu.tlb_r[mmu, idx] = vpn
                if (prot & 2) and not readonly:
                    cpu.tlb_w[mmu, idx] = vpn
                if (not is_store and prot & 1) or (is_store and prot & 2 and not readonly):
                    _resume(cpu, tb, ip)
                    return
        value = _slow_access(cpu, vaddr, size, access, mmu, memop, int(row[1]), paddr_page, crosses)
    except GuestException as exc:
        raise_exception(cpu, tb, ip, exc)
        return
    if not is_store:
        cpu.regs[int(row[1])] = value
    _resume(cpu, tb, ip + 1)


def _page_watched(cpu, vaddr, size):
    """Does a watchpoint cover a page this access touches?  (Such pages
    never enter the TLB, so every access to them comes here.)"""
    bits = cpu.page_bits
    first = (vaddr & ((1 << 64) - 1)) >> bits
    last = ((vaddr & ((1 << 64) - 1)) + size - 1) >> bits
    for wp in cpu.watchpoints:
        if wp.addr >> bits <= last and (wp.addr + wp.len - 1) >> bits >= first:
            return True
    return False


def _watchpoint_hit(cpu, vaddr, size, is_store):
    vaddr &= (1 << 64) - 1
    for wp in cpu.watchpoints:
        if vaddr < wp.addr + wp.len and wp.addr < vaddr + size:
            if wp.kind == "access" or (wp.kind == "write") == bool(is_store):
                return wp
    return None


def _watchpoint_stop(cpu, tb, ip, wp, vaddr):
    """Finish the accessing instruction alone (the access happens once,
    in the replay), then stop after it, as QEMU reports watchpoints."""
    _restore_insn(cpu, tb, ip)
    cpu.state[X.ST_RESUME_TB] = -1
    cpu.debug_watch_replay = True
    try:
        _run_nocache(cpu, 1)
    finally:
        cpu.debug_watch_replay = False
    cpu.debug_event = ("watch", wp, max(vaddr & ((1 << 64) - 1), wp.addr))


def _slow_access(cpu, vaddr, size, access, mmu, memop, slot, paddr_page, crosses):
    big = bool(memop & O.MO_BE)
    page_size = 1 << cpu.page_bits
    space = cpu.address_space
    if crosses:
        first = page_size - (vaddr & (page_size - 1))
        second_page, _ = cpu.tlb_fill(vaddr + first, access, mmu)
        parts = [(paddr_page + (vaddr & (page_size - 1)), first, vaddr),
                 (second_page, size - first, vaddr + first)]
    else:
        parts = [(paddr_page + (vaddr & (page_size - 1)), size, vaddr)]
    if access == O.ACCESS_STORE:
        value = int(cpu.regs[slot]) & ((1 << (8 * size)) - 1)
        data = value.to_bytes(size, "big" if big else "little")
        pos = 0
        for paddr, n, va in parts:
            chunk = int.from_bytes(data[pos:pos + n], "big" if big else "little")
            if n == size:
                ok = space.write(paddr, n, chunk, big)
            else:
                ok = space.write_bytes(paddr, data[pos:pos + n])
            if not ok:
                cpu.do_transaction_failed(paddr, va, access)
            pos += n
        return 0
    data = b""
    for paddr, n, va in parts:
        if n == size:
            value, ok = space.access(paddr, n, False, 0, big)
            if not ok:
                cpu.do_transaction_failed(paddr, va, access)
            data = value.to_bytes(n, "big" if big else "little")
        else:
            data += space.read_bytes(paddr, n)
    value = int.from_bytes(data, "big" if big else "little")
    if memop & O.MO_SIGN and size < 8:
        if value >> (8 * size - 1):
            value -= 1 << (8 * size)
    elif size == 8 and value >> 63:
        value -= 1 << 64
    return value


def _self_modifying_store(cpu, tb, ip):
    """A store hits a page with translated code: drop those TBs, then redo
    the instruction as an uncached one-instruction TB."""
    state = cpu.state
    vaddr = int(state[X.ST_EXIT_ADDR])
    memop = int(state[X.ST_EXIT_MEMOP])
    mmu = _mmu_of(cpu, memop)
    vpn = vaddr >> cpu.page_bits
    idx = vpn & (X.TLB_SIZE - 1)
    off = vaddr + int(cpu.tlb_add[mmu, idx])
    _restore_insn(cpu, tb, ip)
    cpu.machine.tbcache.invalidate_page(off >> cpu.page_bits)
    cpu.machine.tbcache.clear_jump_cache()
    state[X.ST_RESUME_TB] = -1
    _run_nocache(cpu, 1)
