"""Splitting a long HTML answer into messages of at most `limit` shown characters.

The limit is the caller's (Telegram's 4096, telegram.constants.MessageLimit.MAX_TEXT_LENGTH): the
core knows no Telegram. What counts is the text as shown, once the markup is parsed: a tag shows
nothing, an entity (&amp;) one character. Messages break between lines; a single line longer than
the limit breaks after a word, and inside a word only when the word alone is longer than the
limit. A tag or an entity is never cut, and a tag still open at a break (a <b> or a <pre> spanning
lines) is closed at the end of the message and opened again at the start of the next, so that
every message is well-formed on its own. A line that heads bullets ("406-25 …" over "• Sở Lao
động … — quá hạn 8 ngày") does not end a message without its first bullet: the bullet read alone
in the next message would not say what it is about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(
    r"(?P<tag><(?P<closing>/?)(?P<name>[a-zA-Z][a-zA-Z0-9-]*)[^<>]*>)"
    r"|(?P<entity>&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);)"
    r"|[^<&]+|[<&]"
)
_WORD = re.compile(r"\S*\s*")
_ANY_TAG = re.compile(r"<[^<>]*>")
EMPTY = "…"  # what an empty answer becomes: Telegram refuses an empty message
BULLET = "•"  # how an item under a heading line starts (knowledge/render)


@dataclass(frozen=True)
class _Piece:
    raw: str
    shown: int  # characters Telegram shows for it
    tag: str = ""  # a tag's name
    closing: bool = False

    @property
    def visible(self) -> bool:
        return not self.tag and not self.raw.isspace()


def _text(text: str) -> _Piece:
    return _Piece(text, len(text))


def _width(pieces: list[_Piece]) -> int:
    return sum(p.shown for p in pieces)


def _lines(markup: str) -> list[list[_Piece]]:
    """The markup as lines of pieces: tags, entities, and runs of text."""
    lines: list[list[_Piece]] = [[]]
    for m in _TOKEN.finditer(markup):
        if m.group("tag"):
            lines[-1].append(
                _Piece(m.group(0), 0, m.group("name").lower(), bool(m.group("closing")))
            )
        elif m.group("entity"):
            lines[-1].append(_Piece(m.group(0), 1))
        else:
            for i, segment in enumerate(m.group(0).split("\n")):
                if i:
                    lines.append([])
                if segment:
                    lines[-1].append(_text(segment))
    return lines


def _words(line: list[_Piece]) -> list[list[_Piece]]:
    """A line as words, each with its trailing spaces and the tags and entities inside or next to
    it ("TT&amp;TT" is one word): the places where a long line may break.
    """
    words: list[list[_Piece]] = [[]]
    for piece in line:
        parts = [piece] if piece.tag or piece.raw.startswith("&") else None
        for part in parts or [_text(w) for w in _WORD.findall(piece.raw) if w]:
            words[-1].append(part)
            if part.raw[-1].isspace():
                words.append([])
    return [word for word in words if word]


def _characters(word: list[_Piece]) -> list[list[_Piece]]:
    """A word longer than a whole message, one character at a time (tags and entities whole)."""
    return [
        [c] for p in word for c in ([p] if p.tag or p.shown <= 1 else [_text(x) for x in p.raw])
    ]


class _Messages:
    """The messages so far, and the one being filled."""

    def __init__(self, limit: int):
        self.limit = limit
        self.done: list[str] = []
        self.open: list[tuple[str, str]] = []  # tags open here: (name, opening tag as written)
        self.raw: list[str] = []
        self.shown = 0
        self.lines = 0  # lines begun in the current message
        self.visible = False

    def room(self) -> int:
        return self.limit - self.shown

    def newline(self) -> None:
        if self.lines:
            self.raw.append("\n")
            self.shown += 1
        self.lines += 1

    def put(self, pieces: list[_Piece]) -> None:
        for piece in pieces:
            if piece.tag and not piece.closing:
                self.open.append((piece.tag, piece.raw))
            elif piece.tag and self.open and self.open[-1][0] == piece.tag:
                self.open.pop()
            self.raw.append(piece.raw)
            self.shown += piece.shown
            self.visible = self.visible or piece.visible

    def end(self, mid_line: bool = False) -> None:
        """Close the current message; the next opens with the tags still open."""
        if self.visible:
            closing = "".join(f"</{name}>" for name, _ in reversed(self.open))
            self.done.append("".join(self.raw) + closing)
        self.raw = [opening for _, opening in self.open]
        self.shown, self.visible = 0, False
        self.lines = 1 if mid_line else 0


def _bullet(line: list[_Piece]) -> bool:
    return "".join(p.raw for p in line if not p.tag).lstrip().startswith(BULLET)


CONTINUED = " (tiếp)"


def split_message(markup: str, limit: int) -> list[str]:
    """The markup as messages of at most `limit` shown characters each, in order."""
    if len(markup) <= limit and _ANY_TAG.sub("", markup).strip():
        return [markup]  # the common case: markup never shows more than it is long
    out = _Messages(limit)
    lines = _lines(markup)
    heading: list[_Piece] | None = None  # the line over the bullets being put, if any
    for i, line in enumerate(lines):
        width = _width(line)
        if not _bullet(line):
            heading = line if _width(line) else None
        if width <= limit:  # a line is never broken when it fits in a message of its own
            need = width + 1
            after = lines[i + 1] if i + 1 < len(lines) else None
            if after is not None and _bullet(after) and not _bullet(line):
                together = need + _width(after) + 1
                need = together if together <= limit else need
            if out.lines and need > out.room():
                out.end()
                again = [*heading, _text(CONTINUED)] if heading else []
                if _bullet(line) and again and _width(again) + width + 2 <= limit:
                    # a list broken between messages: its heading again over the rest, so the
                    # second message does not open on bullets of no row (a digest's late units)
                    out.newline()
                    out.put(again)
            out.newline()
            out.put(line)
            continue
        # A line longer than a whole message goes on where the message stands, broken after words.
        if out.lines and out.room() < 2:
            out.end()
        out.newline()
        for word in _words(line):
            for piece in [word] if _width(word) <= limit else _characters(word):
                if _width(piece) > out.room():
                    out.end(mid_line=True)
                out.put(piece)
    out.end()
    return out.done or [EMPTY]


def shown_length(markup: str) -> int:
    """How many characters Telegram shows for the markup."""
    return sum(_width(line) for line in _lines(markup)) + markup.count("\n")


def shorten(markup: str, limit: int, tail: str) -> str:
    """The markup whole when it fits one message, else its first message's worth and then `tail`
    (markup too): broken where `split_message` breaks, so no tag or entity is cut."""
    whole = split_message(markup, limit)
    if len(whole) == 1:
        return whole[0]
    return split_message(markup, limit - shown_length(tail) - 1)[0] + "\n" + tail
