#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""No SQL is built from text: values go to SQLite as bound parameters (?1), never
formatted or pasted into a statement.

Usage: check-sql.py SOURCE_ROOT         checks SOURCE_ROOT/src
       check-sql.py --self-test DIR      checks that DIR's lines marked `expect-sql`
                                         are found, and only those

It reports
- a printf-style call (g_strdup_printf, g_string_append_printf, sqlite3_mprintf…)
  whose format holds an SQL keyword and a conversion;
- a call that starts SQL from pieces (g_string_new, g_strconcat…) with an SQL keyword;
- SQL handed to SQLite (sqlite3_exec, sqlite3_prepare*, or any function of src/ that
  passes one of its parameters on as SQL) that is not a literal or a file's constant.

Where text in SQL is unavoidable and safe (a table name from a fixed list, a PRAGMA,
which takes no parameters), the line says why with a comment the check recognises:
    /* sql-from-text: the names come from tables[] above */
A marker on a line where the check finds nothing is reported too.
"""

import os
import re
import sys

MARKER = re.compile(r'sql-from-text:\s*(.*?)\s*(\*/)?\s*$')
MIN_REASON = 12

KEYWORDS = re.compile(r'\b(SELECT|INSERT|UPDATE|DELETE|REPLACE|UPSERT|CREATE|DROP|ALTER|PRAGMA|'
                      r'WHERE|FROM|INTO|VALUES|JOIN|LIMIT|HAVING|ORDER BY|GROUP BY|TRIGGER|'
                      r'ATTACH|DETACH|VACUUM|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)\b')

# Function → index of its format argument.
PRINTF = {
    'g_strdup_printf': 0, 'g_strdup_vprintf': 0, 'g_string_printf': 1, 'g_string_vprintf': 1,
    'g_string_append_printf': 1, 'g_string_append_vprintf': 1, 'g_snprintf': 2,
    'g_vsnprintf': 2, 'g_sprintf': 1, 'g_vasprintf': 1, 'sqlite3_mprintf': 0,
    'sqlite3_vmprintf': 0, 'sqlite3_snprintf': 2, 'sqlite3_vsnprintf': 2,
    'sqlite3_str_appendf': 1, 'sqlite3_str_vappendf': 1, 'snprintf': 2, 'sprintf': 1,
    'asprintf': 1, 'vasprintf': 1,
}
# Calls that start a string from pieces.
CONCAT = {'g_string_new', 'g_string_new_len', 'g_string_assign', 'g_strconcat', 'g_strjoin'}
# Function → index of its SQL argument; functions of src/ that pass a parameter on to
# one of these join them.
EXEC = {name: 1 for name in ('sqlite3_exec', 'sqlite3_prepare', 'sqlite3_prepare_v2',
                             'sqlite3_prepare_v3', 'sqlite3_prepare16', 'sqlite3_prepare16_v2',
                             'sqlite3_prepare16_v3')}
TRANSLATED = {'_', 'N_', 'C_', 'NC_', 'Q_', 'ngettext', 'dngettext', 'g_dngettext', 'g_dgettext',
              'dgettext', 'gettext', 'g_dpgettext2'}
C_WORDS = {'const', 'char', 'unsigned', 'signed', 'int', 'void', 'gchar', 'guchar', 'static',
           'struct', 'sizeof', 'volatile'}

TOKEN = re.compile(r'''
    (?P<nl>\n)
  | (?P<ws>[ \t\r\f\v]+|\\\n)
  | (?P<comment>//[^\n]*|/\*.*?\*/)
  | (?P<str>(?:u8|[uUL])?"(?:\\.|[^"\\\n])*")
  | (?P<chr>(?:[uUL])?'(?:\\.|[^'\\\n])*')
  | (?P<id>[A-Za-z_]\w*)
  | (?P<num>\.?\d(?:[eEpP][+-]|[\w.])*)
  | (?P<punct>->|\+\+|--|<<=?|>>=?|[<>=!&|^*/%+-]=|&&|\|\||\.\.\.|.)
''', re.S | re.X)


class Token:
    __slots__ = ('kind', 'text', 'line', 'directive')

    def __init__(self, kind, text, line, directive):
        self.kind, self.text, self.line, self.directive = kind, text, line, directive


def lex(text):
    """Tokens, and each line's comments."""
    tokens, comments = [], {}
    line, at_line_start, directive = 1, True, False
    for m in TOKEN.finditer(text):
        kind, value = m.lastgroup, m.group()
        if kind == 'nl':
            line += 1
            at_line_start, directive = True, False
            continue
        if kind == 'ws':
            line += value.count('\n')
            continue
        if kind == 'comment':
            for i, part in enumerate(value.split('\n')):
                comments.setdefault(line + i, []).append(part)
            line += value.count('\n')
            continue
        if at_line_start and value == '#':
            directive = True
        at_line_start = False
        tokens.append(Token(kind, value, line, directive))
    return tokens, comments


def literal_text(token):
    return token.text[token.text.index('"') + 1:-1]


def split_args(tokens, open_index):
    """The arguments of the call whose '(' is at open_index, and the index of its ')'."""
    args, current, depth = [], [], 0
    for i in range(open_index + 1, len(tokens)):
        t = tokens[i]
        if t.text in '([{' and t.kind == 'punct':
            depth += 1
        elif t.text in ')]}' and t.kind == 'punct':
            if depth == 0:
                if current or args:
                    args.append(current)
                return args, i
            depth -= 1
        elif t.text == ',' and depth == 0:
            args.append(current)
            current = []
            continue
        current.append(t)
    return args, len(tokens) - 1


def matching(tokens, index, opening, closing, step):
    depth = 0
    i = index
    while 0 <= i < len(tokens):
        if tokens[i].text == opening:
            depth += 1
        elif tokens[i].text == closing:
            depth -= 1
            if depth == 0:
                return i
        i += step
    return i


class Function:
    def __init__(self, source, name, params, start, end, static):
        self.source, self.name, self.params = source, name, params
        self.start, self.end, self.static = start, end, static

    @property
    def key(self):
        return (self.source.path, self.name) if self.static else self.name


class Source:
    def __init__(self, path, display):
        self.path, self.display = path, display
        with open(path, encoding='utf-8') as f:
            all_tokens, self.comments = lex(f.read())
        self.tokens = [t for t in all_tokens if not t.directive]
        self.directive_tokens = [t for t in all_tokens if t.directive]
        self.functions = []
        self.constants = {}    # file-scope const name → its literal text, or ''
        self._scan_file_scope()

    def _scan_file_scope(self):
        toks = self.tokens
        depth, decl_start, i = 0, 0, 0
        while i < len(toks):
            t = toks[i]
            if t.text == '{' and depth == 0 and i > 0 and toks[i - 1].text == ')':
                opening = matching(toks, i - 1, ')', '(', -1)
                if opening > 0 and toks[opening - 1].kind == 'id':
                    args, _ = split_args(toks, opening)
                    params = [next((x.text for x in reversed(a) if x.kind == 'id'), None)
                              for a in args]
                    end = matching(toks, i, '{', '}', 1)
                    static = any(x.text == 'static' for x in toks[decl_start:opening])
                    self.functions.append(Function(self, toks[opening - 1].text, params,
                                                   i, end, static))
                    i, decl_start = end + 1, end + 1
                    continue
            if t.text == '=' and depth == 0:
                declaration = toks[decl_start:i]
                name = self._declared_name(declaration)
                end = i + 1
                inner = 0
                while end < len(toks) and not (toks[end].text == ';' and inner == 0):
                    inner += toks[end].text == '{'
                    inner -= toks[end].text == '}'
                    end += 1
                if name and any(x.text == 'const' for x in declaration):
                    init = toks[i + 1:end]
                    self.constants[name] = ''.join(literal_text(x) for x in init
                                                   if x.kind == 'str')
                i, decl_start = end + 1, end + 1
                continue
            if t.text in '{(':
                depth += 1
            elif t.text in '})':
                depth -= 1
            elif t.text == ';' and depth == 0:
                decl_start = i + 1
            i += 1
        # #define NAME "literal" names a constant as well.
        for i, t in enumerate(self.directive_tokens[:-2]):
            if t.text == 'define' and self.directive_tokens[i + 1].kind == 'id':
                name_token = self.directive_tokens[i + 1]
                body = [x for x in self.directive_tokens[i + 2:] if x.line == name_token.line]
                if body and all(x.kind == 'str' or (x.kind == 'id' and x.text.isupper())
                                for x in body):
                    self.constants[name_token.text] = ''.join(literal_text(x) for x in body
                                                              if x.kind == 'str')

    @staticmethod
    def _declared_name(declaration):
        names = [x.text for x in declaration if x.kind == 'id']
        j = len(declaration) - 1
        while j >= 0 and declaration[j].text == ']':
            j = matching(declaration, j, ']', '[', -1) - 1
        return declaration[j].text if j >= 0 and declaration[j].kind == 'id' else (
            names[-1] if names else None)

    def calls(self, tokens=None):
        """(name, index of '(', its arguments, index of ')')."""
        toks = self.tokens if tokens is None else tokens
        for i in range(len(toks) - 1):
            if toks[i].kind == 'id' and toks[i + 1].text == '(':
                args, close = split_args(toks, i + 1)
                yield toks[i].text, i, args, close

    def function_at(self, index):
        for f in self.functions:
            if f.start <= index <= f.end:
                return f
        return None

    def marker(self, first_line, last_line):
        for line in range(first_line, last_line + 1):
            for comment in self.comments.get(line, []):
                m = MARKER.search(comment)
                if m:
                    return line, m.group(1)
        return None


class Checker:
    def __init__(self, paths):
        self.sources = [Source(path, display) for path, display in paths]
        self.constants = {}
        for s in self.sources:
            self.constants.update(s.constants)
        self.exec = dict(EXEC)
        self.findings = []          # (source, line, message)
        self.used_markers = set()   # (path, line)

    # ── What an expression of SQL is ─────────────────────────────────────────────────

    def classify(self, source, function, expr, seen=frozenset()):
        """'literal', ('param', index) or ('built', why) for the tokens of expr."""
        expr = [t for t in expr if not (t.kind == 'punct' and t.text in '&*')]
        # Of a condition, only its outcomes can be SQL.
        depth = 0
        for i, t in enumerate(expr):
            if t.text in ('(', '['):
                depth += 1
            elif t.text in (')', ']'):
                depth -= 1
            elif t.text == '?' and depth == 0:
                rest = expr[i + 1:]
                inner = 0
                for j, u in enumerate(rest):
                    inner += u.text in ('(', '[')
                    inner -= u.text in (')', ']')
                    if u.text == ':' and inner == 0:
                        return self.worst(self.classify(source, function, rest[:j], seen),
                                          self.classify(source, function, rest[j + 1:], seen))
                return self.classify(source, function, rest, seen)

        result = 'literal'
        i = 0
        while i < len(expr):
            t = expr[i]
            following = expr[i + 1].text if i + 1 < len(expr) else None
            preceding = expr[i - 1].text if i > 0 else None
            if t.kind != 'id' or preceding in ('.', '->') or t.text in C_WORDS:
                i += 1
                continue
            if following == '(':
                _, close = split_args(expr, i + 1)
                if t.text in PRINTF:
                    return ('built', f'formatted by {t.text} ()')
                # A macro (G_STRINGIFY) makes a literal; a function, text at run time.
                if not t.text.isupper():
                    return ('built', f'returned by {t.text} ()')
                i = close + 1
                continue
            if following == '[':
                # Which element is taken is no text of the statement.
                end = matching(expr, i + 1, '[', ']', 1)
                expr = expr[:i + 1] + expr[end + 1:]
                following = expr[i + 1].text if i + 1 < len(expr) else None
            if t.text.isupper() or t.text in seen:
                i += 1
                continue
            if function is not None and t.text in function.params:
                if result == 'literal':
                    result = ('param', function.params.index(t.text))
                i += 1
                continue
            values = list(self.assignments(source, function, t.text)) if function else []
            if not values:
                if t.text not in self.constants:
                    return ('built', f'{t.text} is filled at run time')
                i += 1
                continue
            for value in values:
                outcome = self.classify(source, function, value, seen | {t.text})
                if outcome != 'literal' and outcome[0] == 'built':
                    return ('built', f'{t.text} is {outcome[1]}')
                result = self.worst(result, outcome)
            i += 1
        return result

    @staticmethod
    def worst(a, b):
        for x in (a, b):
            if x != 'literal' and x[0] == 'built':
                return x
        return a if a != 'literal' else b

    @staticmethod
    def assignments(source, function, name):
        toks = source.tokens
        for i in range(function.start, function.end):
            if toks[i].text == name and toks[i + 1].text == '=' and toks[i - 1].text not in ('.', '->'):
                value, depth, j = [], 0, i + 2
                while j < function.end:
                    u = toks[j]
                    if depth == 0 and u.text in (';', ','):
                        break
                    depth += u.text in '([{'
                    depth -= u.text in ')]}'
                    value.append(u)
                    j += 1
                yield value
            # Handed out by address (&name): whatever fills it is not literal.
            if toks[i].text == name and toks[i - 1].text == '&' and toks[i - 2].text in '(,':
                yield [Token('id', 'out_parameter', toks[i].line, False), Token('punct', '(', 0, False),
                       Token('punct', ')', 0, False)]

    # ── The rules ────────────────────────────────────────────────────────────────────

    def report(self, source, first_line, last_line, message):
        marker = source.marker(first_line, last_line)
        if marker is not None:
            line, reason = marker
            self.used_markers.add((source.path, line))
            if len(reason) >= MIN_REASON:
                return
            message += f' (its sql-from-text marker must say why it is safe)'
        self.findings.append((source, first_line, message))

    def find_wrappers(self):
        changed = True
        while changed:
            changed = False
            for s in self.sources:
                for name, i, args, _ in s.calls():
                    function = s.function_at(i)
                    index = self.exec_index(s, name)
                    if function is None or index is None or index >= len(args):
                        continue
                    outcome = self.classify(s, function, args[index])
                    if outcome != 'literal' and outcome[0] == 'param' and \
                            function.key not in self.exec:
                        self.exec[function.key] = outcome[1]
                        changed = True

    def exec_index(self, source, name):
        if (source.path, name) in self.exec:
            return self.exec[(source.path, name)]
        if any(f.name == name and f.static for f in source.functions):
            return None
        return self.exec.get(name)

    def run(self):
        self.find_wrappers()
        for s in self.sources:
            toks = s.tokens + s.directive_tokens
            for name, i, args, close in s.calls(toks):
                first, last = toks[i].line, toks[close].line
                if name in PRINTF and PRINTF[name] < len(args):
                    fmt = self.format_text(args[PRINTF[name]])
                    if fmt is not None:
                        keyword = KEYWORDS.search(fmt)
                        if keyword and '%' in fmt.replace('%%', ''):
                            self.report(s, first, last,
                                        f'SQL formatted by {name} () from "{short(fmt)}": '
                                        'bind values as ?1 instead')
                if name in CONCAT:
                    for arg in args:
                        text = ''.join(literal_text(t) for t in arg if t.kind == 'str')
                        if KEYWORDS.search(text):
                            self.report(s, first, last,
                                        f'SQL put together by {name} () from "{short(text)}": '
                                        'write the statement as one literal and bind values as ?1')
                            break
            for name, i, args, close in s.calls():
                index = self.exec_index(s, name)
                function = s.function_at(i)
                # Outside a body: a declaration, not a call.
                if index is None or index >= len(args) or function is None:
                    continue
                outcome = self.classify(s, function, args[index])
                if outcome != 'literal' and outcome[0] == 'built':
                    self.report(s, s.tokens[i].line, s.tokens[close].line,
                                f'{name} () runs SQL that is not a literal: {outcome[1]}')
        for s in self.sources:
            for line, comments in s.comments.items():
                if any(MARKER.search(c) for c in comments) and (s.path, line) not in self.used_markers:
                    self.findings.append((s, line, 'sql-from-text marker where no SQL is built '
                                                   'from text: remove it'))
        self.findings.sort(key=lambda f: (f[0].display, f[1]))
        return self.findings

    def format_text(self, arg):
        """The literal text of a format argument, or None for a translated message or
        a format only known at run time."""
        if not arg:
            return None
        if arg[0].kind == 'id' and arg[0].text in TRANSLATED:
            return None
        if len(arg) == 1 and arg[0].kind == 'id':
            return self.constants.get(arg[0].text)
        if arg[0].kind != 'str':
            return None
        text = ''
        for t in arg:
            if t.kind == 'str':
                text += literal_text(t)
            elif t.kind == 'id':     # G_GINT64_FORMAT and the like
                text += self.constants.get(t.text, 'd')
        return text


def short(text, limit=48):
    return text if len(text) <= limit else text[:limit - 1] + '…'


def sources_under(root, display_root):
    found = []
    for folder, _, files in os.walk(root):
        for name in sorted(files):
            if name.endswith(('.c', '.h')):
                path = os.path.join(folder, name)
                found.append((path, os.path.relpath(path, display_root)))
    return sorted(found)


def main(argv):
    if len(argv) == 3 and argv[1] == '--self-test':
        paths = sources_under(argv[2], argv[2])
        findings = Checker(paths).run()
        expected = set()
        for path, display in paths:
            with open(path, encoding='utf-8') as f:
                for number, text in enumerate(f, 1):
                    if 'expect-sql' in text:
                        expected.add((display, number))
        found = {(s.display, line) for s, line, _ in findings}
        for s, line, message in findings:
            print(f'{s.display}:{line}: {message}')
        status = 0
        for display, line in sorted(expected - found):
            print(f'{display}:{line}: expected a finding here, got none', file=sys.stderr)
            status = 1
        for display, line in sorted(found - expected):
            print(f'{display}:{line}: a finding where none was expected', file=sys.stderr)
            status = 1
        if status == 0:
            print(f'the check finds all {len(expected)} planted lines, and nothing else')
        return status
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    findings = Checker(sources_under(os.path.join(argv[1], 'src'), argv[1])).run()
    for s, line, message in findings:
        print(f'{s.display}:{line}: {message}', file=sys.stderr)
    if findings:
        print('\nSQL must not be built from text. Where it is unavoidable and safe, say why on '
              'that line: /* sql-from-text: … */', file=sys.stderr)
        return 1
    print('no SQL built from text')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
