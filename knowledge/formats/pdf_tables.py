"""A PDF page's text with its ruled tables read row by row.

pypdf's text layer gives a table's cells in drawing order: a row's duty, then its lead agency,
then its date, each wrapped over several lines, so which date belongs to which duty is lost. The
rules the page draws around the cells say it: the horizontal and vertical segments (rectangles
and lines, under the page's transformation) that touch one another make a table, their
coordinates its rows and columns. Each piece of text pypdf reads inside a table goes to its cell;
the table then stands where its first piece stood, a row a line, its cells apart by " | " — as a
.docx table in the body reads (knowledge/formats/letter_file.py) — and a cell that spans several
rows (no rule below it) is given to each of them: a date printed once for three districts is
each district's date. Text outside the tables is pypdf's own, unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass, field

_NEAR = 1.5  # points: two rules this close are one, a rule this close to another touches it
_THIN = 2.0  # a filled rectangle this thin is a rule (how Word draws a table's borders)
_MARK = "\x00table %d\x00"  # where a table's rows go, in the text read around it
_MAX_SEGMENTS = 20000  # a page of drawings, not of a table: left to pypdf's reading


@dataclass(frozen=True)
class _Segment:
    horizontal: bool
    at: float  # y of a horizontal rule, x of a vertical one
    start: float
    end: float


@dataclass
class _Table:
    xs: list[float]  # the column rules, left to right
    ys: list[float]  # the row rules, top to bottom (PDF y grows upward)
    segments: list[_Segment]
    cells: dict[tuple[int, int], list[tuple[float, str]]] = field(default_factory=dict)

    def holds(self, x: float, y: float) -> bool:
        return self.xs[0] - _NEAR < x < self.xs[-1] + _NEAR and (
            self.ys[-1] - _NEAR < y < self.ys[0] + _NEAR
        )

    def put(self, x: float, y: float, text: str) -> None:
        col = max(i for i, edge in enumerate(self.xs[:-1]) if x >= edge - _NEAR)
        row = max(i for i, edge in enumerate(self.ys[:-1]) if y <= edge + _NEAR)
        self.cells.setdefault((row, col), []).append((y, text))

    def _ruled(self, horizontal: bool, at: float, across: float) -> bool:
        return any(
            s.horizontal == horizontal
            and abs(s.at - at) <= _NEAR
            and s.start - _NEAR <= across <= s.end + _NEAR
            for s in self.segments
        )

    def lines(self) -> list[str]:
        """A row a line, its cells apart by " | ", each followed by an empty line."""
        columns = len(self.xs) - 1
        texts = {key: _cell_text(pieces) for key, pieces in self.cells.items()}
        # a cell with no rule above it continues the one above: one text for the block
        for col in range(columns):
            middle = (self.xs[col] + self.xs[col + 1]) / 2
            top = 0
            for row in range(1, len(self.ys)):
                if row < len(self.ys) - 1 and not self._ruled(True, self.ys[row], middle):
                    continue
                block = [texts.get((r, col), "") for r in range(top, row)]
                joined = " ".join(t for t in block if t)
                for r in range(top, row):
                    texts[(r, col)] = joined
                top = row
        lines: list[str] = []
        for row in range(len(self.ys) - 1):
            middle = (self.ys[row] + self.ys[row + 1]) / 2
            cells = [texts.get((row, 0), "")]
            for col in range(1, columns):
                text = texts.get((row, col), "")
                if self._ruled(False, self.xs[col], middle):
                    cells.append(text)
                elif text and text != cells[-1]:  # a cell across columns: one cell
                    cells[-1] = f"{cells[-1]} {text}".strip()
            if any(cells):
                lines += [" | ".join(cells), ""]
        return lines


def _cell_text(pieces: list[tuple[float, str]]) -> str:
    out = ""
    last_y: float | None = None
    for y, text in pieces:
        if last_y is not None and abs(y - last_y) > _NEAR and not out.endswith(" "):
            out += " "
        out += text
        last_y = y
    return " ".join(out.split())


def segments(operations: list[tuple[list, bytes]]) -> list[_Segment]:
    """The horizontal and vertical rules a page's content stream draws, in page coordinates."""
    found: list[_Segment] = []
    matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    stack: list[tuple[float, ...]] = []
    point: tuple[float, float] | None = None

    def at(x: float, y: float) -> tuple[float, float]:
        a, b, c, d, e, f = matrix
        return a * x + c * y + e, b * x + d * y + f

    def add(p: tuple[float, float], q: tuple[float, float]) -> None:
        if abs(p[1] - q[1]) <= _NEAR / 3 and abs(p[0] - q[0]) > _NEAR:
            found.append(_Segment(True, p[1], min(p[0], q[0]), max(p[0], q[0])))
        elif abs(p[0] - q[0]) <= _NEAR / 3 and abs(p[1] - q[1]) > _NEAR:
            found.append(_Segment(False, p[0], min(p[1], q[1]), max(p[1], q[1])))

    for operands, op in operations:
        if len(found) > _MAX_SEGMENTS:
            return []
        try:
            numbers = [float(v) for v in operands]
        except (TypeError, ValueError):
            numbers = []
        if op == b"q":
            stack.append(matrix)
        elif op == b"Q" and stack:
            matrix = stack.pop()  # type: ignore[assignment]
        elif op == b"cm" and len(numbers) == 6:
            a, b, c, d, e, f = numbers
            m = matrix
            matrix = (
                a * m[0] + b * m[2], a * m[1] + b * m[3],
                c * m[0] + d * m[2], c * m[1] + d * m[3],
                e * m[0] + f * m[2] + m[4], e * m[1] + f * m[3] + m[5],
            )  # fmt: skip
        elif op == b"m" and len(numbers) == 2:
            point = at(*numbers)
        elif op == b"l" and len(numbers) == 2 and point is not None:
            nxt = at(*numbers)
            add(point, nxt)
            point = nxt
        elif op == b"re" and len(numbers) == 4:
            x, y, w, h = numbers
            corners = [at(x, y), at(x + w, y), at(x + w, y + h), at(x, y + h)]
            if abs(h) < _THIN or abs(w) < _THIN:  # a rule drawn as a thin filled box
                add(at(x, y + h / 2), at(x + w, y + h / 2))
                add(at(x + w / 2, y), at(x + w / 2, y + h))
            else:
                for p, q in zip(corners, corners[1:] + corners[:1], strict=True):
                    add(p, q)
    return found


def _merged(found: list[_Segment]) -> list[_Segment]:
    """Rules on one line that touch or overlap as one (each cell's rectangle draws its own edges:
    a row's rule is many)."""
    out: list[_Segment] = []
    for s in sorted(found, key=lambda s: (s.horizontal, round(s.at / _NEAR), s.start)):
        last = out[-1] if out else None
        if (
            last is not None
            and last.horizontal == s.horizontal
            and abs(last.at - s.at) <= _NEAR
            and s.start <= last.end + _NEAR
        ):
            out[-1] = _Segment(s.horizontal, last.at, last.start, max(last.end, s.end))
        else:
            out.append(s)
    return out


def tables(found: list[_Segment]) -> list[_Table]:
    """The rules that touch one another, grouped: a group with at least two rules each way and
    three columns or more is a table."""
    found = _merged(found)
    parent = list(range(len(found)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, s in enumerate(found):
        for j in range(i):
            t = found[j]
            if s.horizontal != t.horizontal:
                h, v = (s, t) if s.horizontal else (t, s)
                touch = (h.start - _NEAR <= v.at <= h.end + _NEAR) and (
                    v.start - _NEAR <= h.at <= v.end + _NEAR
                )
            else:
                touch = abs(s.at - t.at) <= _NEAR and (
                    s.start <= t.end + _NEAR and t.start <= s.end + _NEAR
                )
            if touch:
                parent[root(i)] = root(j)
    groups: dict[int, list[_Segment]] = {}
    for i, s in enumerate(found):
        groups.setdefault(root(i), []).append(s)
    result = []
    for group in groups.values():
        xs = _distinct(s.at for s in group if not s.horizontal)
        ys = _distinct((s.at for s in group if s.horizontal), reverse=True)
        if len(xs) >= 4 and len(ys) >= 2:
            result.append(_Table(xs, ys, group))
    return result


def _distinct(values, reverse: bool = False) -> list[float]:
    out: list[float] = []
    for v in sorted(values, reverse=reverse):
        if not out or abs(v - out[-1]) > _NEAR:
            out.append(v)
    return out


def _unruled(pieces: list[tuple[str, float, float, float]], carry: list) -> str:
    """The page's text with each table drawn without rules read a row a line
    (knowledge/formats/pdf_columns.py), or "" when it has none. `carry` holds the columns of
    such a table the page before ended on, and gets this page's."""
    from knowledge.formats.pdf_columns import Piece
    from knowledge.formats.pdf_columns import tables as unruled

    read = [Piece(i, t, x, y, size) for i, (t, x, y, size) in enumerate(pieces)]
    found, ends_on = unruled(read, carry[0] if carry else None)
    carry[:] = [ends_on] if ends_on else []
    if not found:
        return ""
    out: list[str] = []
    i = 0
    for table in found:
        out += [text for text, *_ in pieces[i : table.first]]
        if out and not out[-1].endswith("\n"):
            out.append("\n")
        out.append("\n".join(table.lines) + "\n")
        i = table.last + 1
        while i < len(pieces) and not pieces[i][0].strip():
            i += 1  # the table's own line ends
    out += [text for text, *_ in pieces[i:]]
    return "".join(out)


def page_text(page, carry: list | None = None) -> str:
    """The page's text as pypdf reads it, each ruled table in it read a row a line; `carry`,
    kept from page to page, holds the columns of a table without rules a page ended on."""
    carry = [] if carry is None else carry
    pieces: list[tuple[str, float, float, float]] = []

    def visit(text, cm, tm, _font, size) -> None:
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        pieces.append((text, x, y, float(size or 0) * abs(cm[3] or 1)))

    plain = page.extract_text(visitor_text=visit) or ""
    try:
        from pypdf.generic import ContentStream

        contents = page.get_contents()
        found = []
        if contents is not None:
            found = tables(segments(ContentStream(contents, page.pdf).operations))
    except Exception:  # a drawing pypdf cannot parse: the text as pypdf reads it
        found = []
    if not found:
        return _unruled(pieces, carry) or plain
    carry.clear()
    out: list[str] = []
    shown: list[_Table] = []
    inside = False  # the last text read went to a table: its line ends are the table's
    for text, x, y, _ in pieces:
        if not text.strip():
            if not (inside and text.strip(" ") in ("\n", "")):
                out.append(text)
            continue
        table = next((t for t in found if t.holds(x + 1, y + 2)), None)
        if table is None:
            if inside and not (out and out[-1].endswith("\n")):
                out.append("\n")
            inside = False
            out.append(text)
            continue
        if table not in shown:  # the table stands where its first text stood
            shown.append(table)
            out.append("" if not out or out[-1].endswith("\n") else "\n")
            out.append(_MARK % len(shown))
        table.put(x + 1, y + 2, text)
        inside = True
    text = "".join(out)
    for n, table in enumerate(shown, 1):
        text = text.replace(_MARK % n, "\n".join(table.lines()) + "\n")
    return text
