"""Decoder generator: QEMU decodetree notation in, a plain-Python decoder out.

A ``.decode`` file describes an encoding space declaratively (fields ``%``,
argument sets ``&``, formats ``@``, patterns, ``{ }`` overlap groups and
``[ ]`` no-overlap groups), following QEMU's docs/devel/decodetree.rst.
:func:`generate` turns it into the source of a Python module holding one
``arg_<set>`` class per argument set and a decode function::

    def decode_insn32(trans, ctx, insn):  # returns True if a trans_ accepted

which calls ``trans.trans_<pattern>(ctx, a)`` for the matching pattern.
Field post-processing functions (``!function=fn``) are called as
``trans.fn(ctx, value)``; parameters (a ``!function`` with no bit segments)
as ``trans.fn(ctx)``.

Command line (see docs/decodetree.md)::

    python -m emu.decodetree INPUT.decode -o OUTPUT.py [--insnwidth=16]
        [--decode=decode_insn16] [--check]
"""

import argparse
import keyword
import os
import re
import sys
from dataclasses import dataclass, field as dc_field

__all__ = ['DecodeError', 'generate', 'main']

_IDENT = r'[A-Za-z_][A-Za-z0-9_]*'
_RE_IDENT = re.compile(_IDENT + r'\Z')
_RE_BITS = re.compile(r'[01.\-]+\Z')
_RE_SEGMENT = re.compile(r'(\d+):(s?)(\d+)\Z')
_RE_INLINE_FIELD = re.compile(r'(' + _IDENT + r'):(s?)(\d+)\Z')
_RE_FIELD_REF = re.compile(r'(?:(' + _IDENT + r')=)?%(' + _IDENT + r')\Z')
_RE_CONST = re.compile(r'(' + _IDENT + r')=(-?(?:0[xX][0-9a-fA-F]+|\d+))\Z')
_RE_FUNCTION = re.compile(r'!function=(' + _IDENT + r')\Z')
_RE_ARG_ELT = re.compile(r'(' + _IDENT + r')(?::' + _IDENT + r')?\Z')
_RESERVED = frozenset(('self',))
_WIDTHS = (16, 32, 64)
_LINE_LIMIT = 100


class DecodeError(Exception):
    """A malformed .decode file; str() is 'file:line: what is wrong'."""

    def __init__(self, source, line, message):
        super().__init__(f'{source}:{line}: {message}')
        self.source = source
        self.line = line
        self.message = message


# ---------------------------------------------------------------------------
# Model


@dataclass
class _Field:
    """A field: bit segments (pos, len, signed) MSB-first, optional function."""
    name: str
    segments: list
    func: str = None
    line: int = 0


@dataclass
class _ArgSet:
    """An argument set; rendered as class arg_<name>."""
    name: str
    members: list
    line: int
    extern: bool = False
    origin: str = ''


@dataclass
class _Body:
    """What a format or pattern line says: bits, field uses, references."""
    mask: int = 0
    bits: int = 0
    nbits: int = 0
    uses: dict = dc_field(default_factory=dict)   # name -> _Field or int
    fmt: object = None
    argset: object = None


@dataclass
class _Format:
    name: str
    body: _Body
    argset: _ArgSet
    line: int


@dataclass
class _Pattern:
    name: str
    mask: int
    bits: int
    uses: dict
    argset: _ArgSet
    line: int
    text: str

    def leaves(self):
        return [self]


@dataclass
class _Group:
    """'{' (overlap: ordered, first accepting wins) or '[' (no overlap)."""
    kind: str
    line: int
    indent: int
    children: list = dc_field(default_factory=list)
    mask: int = 0
    bits: int = 0

    def leaves(self):
        out = []
        for child in self.children:
            out.extend(child.leaves())
        return out


# ---------------------------------------------------------------------------
# Lexing


def _logical_lines(text):
    """Yield (lineno, indent, content): comments dropped, '\\' lines joined.

    indent is the first physical line's count of leading spaces, or -1 if
    that indentation holds a tab.
    """
    start, indent, parts = None, 0, []
    for lineno, raw in enumerate(text.splitlines(), 1):
        code = raw.split('#', 1)[0].rstrip()
        if start is None:
            stripped = code.lstrip()
            lead = code[:len(code) - len(stripped)]
            start, indent = lineno, -1 if '\t' in lead else len(lead)
        continued = code.endswith('\\')
        parts.append(code[:-1] if continued else code)
        if continued:
            continue
        content = ' '.join(' '.join(parts).split())
        if content:
            yield start, indent, content
        start, parts = None, []
    content = ' '.join(' '.join(parts).split())
    if content:
        yield start, indent, content


# ---------------------------------------------------------------------------
# Parsing


class _Parser:
    """Reads a .decode text into fields, argsets, formats and a group tree."""

    def __init__(self, source, width):
        self.source = source
        self.width = width
        self.fields = {}
        self.argsets = {}
        self.formats = {}
        self.patterns = {}      # name -> (argset, line) of its first use
        self.root = _Group('[', 0, -2)
        self.stack = [self.root]

    def error(self, line, message):
        raise DecodeError(self.source, line, message)

    def parse(self, text):
        for lineno, indent, content in _logical_lines(text):
            self.line(lineno, indent, content)
        if len(self.stack) > 1:
            group = self.stack[-1]
            self.error(group.line, f"group '{group.kind}' is never closed")
        return self.root

    def line(self, lineno, indent, content):
        """Dispatch one logical line to a bracket, definition or pattern."""
        if indent < 0:
            self.error(lineno, 'tab in indentation; use spaces')
        head = content[0]
        if head in '{[}]':
            self.bracket(lineno, indent, content)
            return
        depth = len(self.stack) - 1
        if head in '%&@':
            if depth:
                self.error(lineno, f"'{head}' definitions must be at top level,"
                           ' not inside a group')
            if indent:
                self.error(lineno, f'indentation {indent}, expected 0')
            {'%': self.field_def, '&': self.argset_def,
             '@': self.format_def}[head](lineno, content.split())
            return
        self.check_indent(lineno, indent, 2 * depth)
        pattern = self.pattern_def(lineno, content.split(), content)
        self.stack[-1].children.append(pattern)

    def check_indent(self, lineno, indent, expected):
        if indent != expected:
            self.error(lineno, f'indentation {indent}, expected {expected}')

    def bracket(self, lineno, indent, content):
        if len(content) != 1:
            self.error(lineno, f"'{content[0]}' must be alone on its line")
        depth = len(self.stack) - 1
        if content in '{[':
            self.check_indent(lineno, indent, 2 * depth)
            group = _Group(content, lineno, indent)
            self.stack[-1].children.append(group)
            self.stack.append(group)
            return
        if depth == 0:
            self.error(lineno, f"'{content}' without a matching open bracket")
        group = self.stack.pop()
        want = '}' if group.kind == '{' else ']'
        if content != want:
            self.error(lineno, f"'{content}' closes '{group.kind}' opened at "
                       f"line {group.line}; expected '{want}'")
        self.check_indent(lineno, indent, group.indent)
        if not group.children:
            self.error(lineno, f"empty group '{group.kind}{content}'")

    # -- definitions -------------------------------------------------------

    def new_name(self, lineno, table, kind, name):
        if not _RE_IDENT.match(name):
            self.error(lineno, f"invalid {kind} name '{name}'")
        if name in table:
            self.error(lineno, f"duplicate {kind} '{name}' (first defined at "
                       f'line {table[name].line})')

    def field_def(self, lineno, toks):
        name = toks[0][1:]
        self.new_name(lineno, self.fields, 'field', name)
        segments, func = [], None
        for tok in toks[1:]:
            m = _RE_SEGMENT.match(tok)
            fm = _RE_FUNCTION.match(tok)
            if m:
                segments.append(self.segment(lineno, name, m))
            elif fm:
                if func:
                    self.error(lineno, f'%{name}: more than one !function')
                func = fm.group(1)
            elif _RE_INLINE_FIELD.match(tok):
                self.error(lineno, f"%{name}: named field reference '{tok}' "
                           'is not supported')
            else:
                self.error(lineno, f"%{name}: bad segment '{tok}', expected "
                           "pos:len, pos:slen or !function=name")
        if not segments and not func:
            self.error(lineno, f'%{name}: no segments and no !function')
        self.fields[name] = _Field(name, segments, func, lineno)

    def segment(self, lineno, name, m):
        pos, signed, length = int(m.group(1)), bool(m.group(2)), int(m.group(3))
        if length == 0:
            self.error(lineno, f'%{name}: segment {m.group(0)} has zero length')
        if pos + length > self.width:
            self.error(lineno, f'%{name}: segment {m.group(0)} out of range '
                       f'(bits {pos}..{pos + length - 1}, insn is '
                       f'{self.width} bits)')
        return (pos, length, signed)

    def argset_def(self, lineno, toks):
        name = toks[0][1:]
        self.new_name(lineno, self.argsets, 'argument set', name)
        members, extern = [], False
        for tok in toks[1:]:
            if tok == '!extern':
                extern = True
                continue
            m = _RE_ARG_ELT.match(tok)
            if not m:
                self.error(lineno, f"&{name}: bad argument '{tok}'")
            self.check_member(lineno, f'&{name}', m.group(1), members)
            members.append(m.group(1))
        self.argsets[name] = _ArgSet(name, members, lineno, extern, f'&{name}')

    def check_member(self, lineno, owner, member, members):
        if member in members:
            self.error(lineno, f"{owner}: duplicate argument '{member}'")
        if keyword.iskeyword(member) or member in _RESERVED:
            self.error(lineno, f"{owner}: argument name '{member}' is "
                       'reserved in the generated Python')

    def format_def(self, lineno, toks):
        name = toks[0][1:]
        self.new_name(lineno, self.formats, 'format', name)
        body = self.body(lineno, f'@{name}', toks[1:], is_format=True)
        argset = body.argset or self.infer_argset(
            lineno, name, list(body.uses), f'@{name}')
        self.check_subset(lineno, f'@{name}', body.uses, argset)
        self.formats[name] = _Format(name, body, argset, lineno)

    def infer_argset(self, lineno, name, members, origin):
        for member in members:
            self.check_member(lineno, origin, member, [])
        old = self.argsets.get(name)
        if old is not None:
            if old.members != members:
                self.error(lineno, f'{origin}: inferred argument set arg_{name}'
                           f' ({" ".join(members)}) clashes with {old.origin}'
                           f' at line {old.line} ({" ".join(old.members)})')
            return old
        argset = _ArgSet(name, members, lineno, origin=origin)
        self.argsets[name] = argset
        return argset

    def check_subset(self, lineno, owner, uses, argset):
        for name in uses:
            if name not in argset.members:
                self.error(lineno, f"{owner}: field '{name}' is not in argument "
                           f'set {argset.origin} ({" ".join(argset.members)})')

    def pattern_def(self, lineno, toks, text):
        name = toks[0]
        if not _RE_IDENT.match(name):
            self.error(lineno, f"invalid pattern name '{name}'")
        body = self.body(lineno, f'pattern {name}', toks[1:], is_format=False)
        if not body.nbits:
            self.error(lineno, f'pattern {name}: no bit pattern')
        mask, bits, uses, argset = body.mask, body.bits, body.uses, body.argset
        fmt = body.fmt
        if fmt is not None:
            clash = mask & fmt.body.mask & (bits ^ fmt.body.bits)
            if clash:
                self.error(lineno, f'pattern {name}: fixed bits {clash:#x} '
                           f'contradict format @{fmt.name}')
            if argset is not None and argset is not fmt.argset:
                self.error(lineno, f'pattern {name}: &{argset.name} differs '
                           f'from the argument set of @{fmt.name}')
            argset = fmt.argset
            uses = dict(fmt.body.uses, **uses)
            mask, bits = mask | fmt.body.mask, bits | fmt.body.bits
        if argset is None:
            argset = (self.infer_argset(lineno, name, list(uses), name)
                      if uses else self.empty_argset(lineno))
        self.check_subset(lineno, f'pattern {name}', uses, argset)
        self.check_reuse(lineno, name, argset)
        return _Pattern(name, mask, bits, uses, argset, lineno, text)

    def empty_argset(self, lineno):
        empty = self.argsets.get('empty')
        if empty is None:
            empty = _ArgSet('empty', [], lineno, origin='patterns without fields')
            self.argsets['empty'] = empty
        elif empty.members:
            self.error(lineno, f'pattern without fields needs arg_empty, but '
                       f'&empty at line {empty.line} has arguments')
        return empty

    def check_reuse(self, lineno, name, argset):
        old_argset, old_line = self.patterns.setdefault(name, (argset, lineno))
        if old_argset is not argset:
            self.error(lineno, f'pattern {name}: argument set arg_{argset.name} '
                       f'differs from arg_{old_argset.name} used by {name} '
                       f'at line {old_line}')

    # -- format and pattern bodies -----------------------------------------

    def body(self, lineno, owner, toks, is_format):
        out = _Body()
        inline = []          # (name, first bit index from MSB, len, signed)
        for tok in toks:
            self.body_token(lineno, owner, tok, out, inline, is_format)
        if out.nbits and out.nbits != self.width:
            self.error(lineno, f'{owner}: {out.nbits} bits, expected '
                       f'{self.width} (--insnwidth)')
        if inline and not out.nbits:
            self.error(lineno, f'{owner}: no bit pattern')
        for name, start, length, signed in inline:
            pos = self.width - start - length
            self.add_use(lineno, owner, out,
                         name, _Field(name, [(pos, length, signed)], None, lineno))
        return out

    def body_token(self, lineno, owner, tok, out, inline, is_format):
        if _RE_BITS.match(tok):
            for ch in tok:
                out.nbits += 1
                bit = 1 << (self.width - out.nbits) if out.nbits <= self.width else 0
                if ch in '01':
                    out.mask |= bit
                    out.bits |= bit if ch == '1' else 0
            return
        m = _RE_INLINE_FIELD.match(tok)
        if m:
            length = int(m.group(3))
            if length == 0:
                self.error(lineno, f"{owner}: field '{tok}' has zero length")
            inline.append((m.group(1), out.nbits, length, bool(m.group(2))))
            out.nbits += length
            if out.nbits > self.width:
                self.error(lineno, f"{owner}: field '{tok}' out of range "
                           f'(more than {self.width} bits)')
            return
        self.ref_token(lineno, owner, tok, out, is_format)

    def ref_token(self, lineno, owner, tok, out, is_format):
        m = _RE_FIELD_REF.match(tok)
        if m:
            fname = m.group(2)
            if fname not in self.fields:
                self.error(lineno, f"{owner}: unknown field '%{fname}'")
            self.add_use(lineno, owner, out, m.group(1) or fname,
                         self.fields[fname])
            return
        m = _RE_CONST.match(tok)
        if m:
            self.add_use(lineno, owner, out, m.group(1), int(m.group(2), 0))
            return
        if tok[0] == '&' and _RE_IDENT.match(tok[1:]):
            if out.argset is not None:
                self.error(lineno, f'{owner}: more than one argument set')
            if tok[1:] not in self.argsets:
                self.error(lineno, f"{owner}: unknown argument set '{tok}'")
            out.argset = self.argsets[tok[1:]]
            return
        if tok[0] == '@' and _RE_IDENT.match(tok[1:]) and not is_format:
            if out.fmt is not None:
                self.error(lineno, f'{owner}: more than one format')
            if tok[1:] not in self.formats:
                self.error(lineno, f"{owner}: unknown format '{tok}'")
            out.fmt = self.formats[tok[1:]]
            return
        self.error(lineno, f"{owner}: unexpected '{tok}'")

    def add_use(self, lineno, owner, out, name, what):
        if name in out.uses:
            self.error(lineno, f"{owner}: duplicate field '{name}'")
        out.uses[name] = what


# ---------------------------------------------------------------------------
# Checking


def _overlap(p, q):
    """True if some instruction word matches both patterns."""
    return (p.mask & q.mask & (p.bits ^ q.bits)) == 0


def _check_no_overlap(source, items):
    """Items of a no-overlap context: no leaf of one may overlap another's."""
    for i, item in enumerate(items):
        for other in items[:i]:
            for q in item.leaves():
                for p in other.leaves():
                    if _overlap(p, q):
                        raise DecodeError(
                            source, q.line,
                            f'pattern {q.name} overlaps pattern {p.name} '
                            f'({source}:{p.line}) outside an overlap group '
                            "'{ }'")


def _check_tree(source, group):
    """Check overlaps everywhere and compute each group's common bits."""
    if group.kind == '[':
        _check_no_overlap(source, group.children)
    for child in group.children:
        if isinstance(child, _Group):
            _check_tree(source, child)
    leaves = group.leaves()
    mask = -1
    for leaf in leaves:
        mask &= leaf.mask
    for leaf in leaves:
        mask &= ~(leaf.bits ^ leaves[0].bits)
    group.mask, group.bits = mask, leaves[0].bits & mask


# ---------------------------------------------------------------------------
# Code generation


class _Writer:
    """Emits the generated module text."""

    def __init__(self, source, width, decode_name):
        self.source = source
        self.width = width
        self.decode_name = decode_name
        self.out = []

    def emit(self, depth, text=''):
        self.out.append('    ' * depth + text if text else '')

    def hex(self, value):
        return f'{value:#0{2 + self.width // 4}x}'

    # -- argument classes --------------------------------------------------

    def arg_class(self, argset):
        cls = f'arg_{argset.name}'
        members = argset.members
        self.emit(0, f'class {cls}:')
        note = ' (!extern: shared with another decoder)' if argset.extern else ''
        self.emit(1, f'"""{argset.origin}: {" ".join(members) or "no fields"}'
                     f'{note}."""')
        self.emit(0)
        slots = ', '.join(repr(m) for m in members)
        self.emit(1, f'__slots__ = ({slots}{"," if len(members) == 1 else ""})')
        self.emit(0)
        self.def_line(1, '__init__', ['self'] + [f'{m}=0' for m in members])
        for m in members:
            self.emit(2, f'self.{m} = {m}')
        if not members:
            self.emit(2, 'pass')
        self.emit(0)
        self.emit(1, 'def __eq__(self, other):')
        self.emit(2, 'if type(other) is not type(self):')
        self.emit(3, 'return NotImplemented')
        self.emit(2, 'return all(getattr(self, n) == getattr(other, n) '
                     'for n in self.__slots__)')
        self.emit(0)
        self.emit(1, '__hash__ = None')
        self.emit(0)
        self.emit(1, 'def __repr__(self):')
        self.emit(2, "shown = ', '.join(f'{n}={getattr(self, n)!r}' "
                     'for n in self.__slots__)')
        self.emit(2, "return f'{type(self).__name__}({shown})'")
        self.emit(0)
        self.emit(0)

    def def_line(self, depth, name, params):
        """A def statement, one parameter per line when it is too long."""
        line = f'def {name}({", ".join(params)}):'
        if len('    ' * depth + line) <= _LINE_LIMIT:
            self.emit(depth, line)
            return
        self.emit(depth, f'def {name}(')
        for i, param in enumerate(params):
            self.emit(depth + 2, param + (',' if i < len(params) - 1 else '):'))

    # -- field extraction --------------------------------------------------

    @staticmethod
    def segment_expr(pos, length, signed):
        """Extract (and sign-extend if signed) bits pos..pos+length-1."""
        base = f'(insn >> {pos})' if pos else 'insn'
        value = f'{base} & {(1 << length) - 1:#x}'
        if signed and length == 1:
            return f'-({value})'
        if signed:
            sign = 1 << (length - 1)
            return f'(({value}) ^ {sign:#x}) - {sign:#x}'
        return value

    def field_expr(self, use):
        """Python expression for a field use (constant or _Field)."""
        if isinstance(use, int):
            return repr(use)
        if not use.segments:
            return f'trans.{use.func}(ctx)'
        if len(use.segments) > 1:
            expr = f'_field_{use.name}(insn)'
        else:
            expr = self.segment_expr(*use.segments[0])
        return f'trans.{use.func}(ctx, {expr})' if use.func else expr

    def field_function(self, fld):
        """A helper concatenating a multi-segment field, MSB segment first."""
        self.emit(0, f'def _field_{fld.name}(insn):')
        self.emit(1, f'"""%{fld.name}: {self.source}:{fld.line}."""')
        total = sum(length for _, length, _ in fld.segments)
        for i, (pos, length, signed) in enumerate(fld.segments):
            total -= length
            part = f'({self.segment_expr(pos, length, signed)})'
            part += f' << {total}' if total else ''
            last = i == len(fld.segments) - 1
            self.emit(1 if i == 0 else 3, ('return (' if i == 0 else '| ')
                      + part + (')' if last else ''))
        self.emit(0)
        self.emit(0)

    # -- decode tree -------------------------------------------------------

    def pattern(self, p, known, depth):
        self.emit(depth, f'# {self.source}:{p.line}: {p.text}')
        rest = p.mask & ~known
        if rest:
            self.emit(depth, f'if (insn & {self.hex(rest)}) == '
                             f'{self.hex(p.bits & rest)}:')
            depth += 1
        args = [f'{m}={self.field_expr(p.uses[m])}'
                for m in p.argset.members if m in p.uses]
        call = f'a = arg_{p.argset.name}({", ".join(args)})'
        if len('    ' * depth + call) <= _LINE_LIMIT:
            self.emit(depth, call)
        else:
            self.emit(depth, f'a = arg_{p.argset.name}(')
            for i, arg in enumerate(args):
                self.emit(depth + 1, arg + (',' if i < len(args) - 1 else ')'))
        self.emit(depth, f'if trans.trans_{p.name}(ctx, a):')
        self.emit(depth + 1, 'return True')

    def item(self, node, known, depth):
        if isinstance(node, _Pattern):
            self.pattern(node, known, depth)
            return
        rest = node.mask & ~known
        if rest:
            self.emit(depth, f'# {self.source}:{node.line}: group '
                             f"'{node.kind}'")
            self.emit(depth, f'if (insn & {self.hex(rest)}) == '
                             f'{self.hex(node.bits & rest)}:')
            depth += 1
        if node.kind == '{':
            for child in node.children:
                self.item(child, known | rest, depth)
        else:
            self.no_overlap(node.children, known | rest, depth)

    def no_overlap(self, items, known, depth):
        """Items that never match the same word: switch on shared fixed bits."""
        if len(items) == 1:
            self.item(items[0], known, depth)
            return
        common = -1
        for it in items:
            common &= it.mask
        common &= ~known & ((1 << self.width) - 1)
        if common == 0:
            self.no_overlap_split(items, known, depth)
            return
        cases = {}
        for it in items:
            cases.setdefault(it.bits & common, []).append(it)
        if len(cases) == 1:
            value, = cases
            self.emit(depth, f'if (insn & {self.hex(common)}) == '
                             f'{self.hex(value)}:')
            self.no_overlap(items, known | common, depth + 1)
            return
        self.emit(depth, f'op = insn & {self.hex(common)}')
        for i, value in enumerate(sorted(cases)):
            self.emit(depth, f'{"if" if i == 0 else "elif"} op == '
                             f'{self.hex(value)}:')
            self.no_overlap(cases[value], known | common, depth + 1)

    def no_overlap_split(self, items, known, depth):
        """No bit is fixed by all items: switch on those sharing the most."""
        best, best_count = 0, 0
        for bit in range(self.width):
            b = 1 << bit
            if known & b:
                continue
            count = sum(1 for it in items if it.mask & b)
            if count > best_count:
                best, best_count = b, count
        if best_count <= 1:
            for it in items:
                self.item(it, known, depth)
            return
        some = [it for it in items if it.mask & best]
        self.no_overlap(some, known, depth)
        others = [it for it in items if not it.mask & best]
        if others:
            self.no_overlap(others, known, depth)

    def module(self, root, argsets, fields, patterns):
        self.emit(0, f'# Generated from {self.source} by emu/decodetree.py; '
                     'do not edit.')
        self.emit(0, f'# decodetree options: --insnwidth={self.width} '
                     f'--decode={self.decode_name}')
        self.emit(0, f'"""Decoder for {self.source}.')
        self.emit(0)
        self.emit(0, f'{self.decode_name}(trans, ctx, insn) calls '
                     'trans.trans_<pattern>(ctx, a) for the matching pattern.')
        self.emit(0, '"""')
        self.emit(0)
        self.emit(0)
        for argset in argsets:
            self.arg_class(argset)
        for fld in fields:
            if len(fld.segments) > 1:
                self.field_function(fld)
        names = ''.join(f'    {n!r},\n' for n in patterns)
        self.out.append(f'trans_names = (\n{names})' if names
                        else 'trans_names = ()')
        self.emit(0)
        self.emit(0)
        self.emit(0, f'def {self.decode_name}(trans, ctx, insn):')
        self.emit(1, '"""Decode one instruction word; returns True if a '
                     'trans_ function accepted it."""')
        self.no_overlap(root.children, 0, 1)
        self.emit(1, 'return False')
        return '\n'.join(self.out) + '\n'


# ---------------------------------------------------------------------------
# Public API


def generate(text, source_name, insnwidth=32, decode_name='decode'):
    """Return the source of a Python decoder module for a .decode text.

    source_name is used in error messages and the generated header/comments.
    Raises DecodeError ('file:line: message') for malformed input.
    """
    if insnwidth not in _WIDTHS:
        raise DecodeError(source_name, 0, f'insnwidth {insnwidth} not one of '
                          f'{", ".join(map(str, _WIDTHS))}')
    if not _RE_IDENT.match(decode_name) or keyword.iskeyword(decode_name):
        raise DecodeError(source_name, 0, f"bad decode function name "
                          f"'{decode_name}'")
    parser = _Parser(source_name, insnwidth)
    root = parser.parse(text)
    if not root.children:
        raise DecodeError(source_name, 0, 'no patterns')
    _check_tree(source_name, root)
    argsets = sorted(parser.argsets.values(), key=lambda s: s.line)
    writer = _Writer(source_name, insnwidth, decode_name)
    return writer.module(root, argsets, list(parser.fields.values()),
                         list(parser.patterns))


def _repo_relative(path):
    """The path as given, relative to the repo root when it lies inside it."""
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    full = os.path.abspath(path)
    if os.path.commonpath([root, full]) == root:
        return os.path.relpath(full, root).replace(os.sep, '/')
    return path.replace(os.sep, '/') if not os.path.isabs(path) \
        else os.path.basename(path)


_HEADER_SOURCE = re.compile(r'^# Generated from (\S+) by emu/decodetree\.py; do not edit\.$')
_HEADER_OPTIONS = re.compile(r'^# decodetree options: --insnwidth=(\d+) --decode=(\w+)$')


def header_options(text):
    """(source, insnwidth, decode_name) read from a generated module's header."""
    lines = text.splitlines()[:2]
    src = _HEADER_SOURCE.match(lines[0]) if lines else None
    opt = _HEADER_OPTIONS.match(lines[1]) if len(lines) > 1 else None
    if not src or not opt:
        return None
    return src.group(1), int(opt.group(1)), opt.group(2)


def regenerate(path, root, check=False):
    """Regenerate one generated module from the source its header names.
    Returns None when it is (now) up to date, else a message."""
    with open(path, encoding='utf-8') as f:
        current = f.read()
    found = header_options(current)
    if found is None:
        return f'{path}: no decodetree header (regenerate it by hand once)'
    source, width, name = found
    with open(os.path.join(root, source), encoding='utf-8') as f:
        code = generate(f.read(), source, width, name)
    if code == current:
        return None
    if check:
        return f'{path} is stale; regenerate it from {source} (make decode)'
    with open(path, 'w', encoding='utf-8') as f:
        f.write(code)
    return None


def _main_regenerate(paths, check):
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    status = 0
    for path in paths:
        try:
            problem = regenerate(path, root, check)
        except (DecodeError, OSError) as e:
            problem = str(e)
        if problem:
            print(f'decodetree: {problem}', file=sys.stderr)
            status = 1
    return status


def main(argv=None):
    """Command-line entry; returns the exit status."""
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == '--regenerate':
        rest = argv[1:]
        check = '--check' in rest
        return _main_regenerate([a for a in rest if a != '--check'], check)
    ap = argparse.ArgumentParser(
        prog='python -m emu.decodetree',
        description='Generate a Python decoder from a decodetree file.')
    ap.add_argument('input', help='the .decode file')
    ap.add_argument('-o', '--output', help='the .py file to write (default '
                    'stdout)')
    ap.add_argument('--insnwidth', type=int, default=32, choices=_WIDTHS)
    ap.add_argument('--decode', default='decode', help='decode function name')
    ap.add_argument('--check', action='store_true', help='exit 1 if OUTPUT '
                    'differs from what would be generated')
    args = ap.parse_args(argv)
    prog = 'decodetree'
    try:
        with open(args.input, encoding='utf-8') as f:
            text = f.read()
    except OSError as e:
        print(f'{prog}: {args.input}: {e.strerror}', file=sys.stderr)
        return 1
    try:
        code = generate(text, _repo_relative(args.input), args.insnwidth,
                        args.decode)
    except DecodeError as e:
        print(f'{prog}: {e}', file=sys.stderr)
        return 1
    if args.check:
        return _check_output(prog, args, code)
    if args.output is None:
        sys.stdout.write(code)
        return 0
    with open(args.output, 'w', encoding='utf-8') as f:
        f.write(code)
    return 0


def _check_output(prog, args, code):
    if args.output is None:
        print(f'{prog}: --check needs -o OUTPUT', file=sys.stderr)
        return 2
    try:
        with open(args.output, encoding='utf-8') as f:
            current = f.read()
    except OSError:
        current = None
    if current != code:
        print(f'{prog}: {args.output} is stale; regenerate it from '
              f'{args.input} (make decode)', file=sys.stderr)
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
