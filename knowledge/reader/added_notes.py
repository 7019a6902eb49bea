"""A note added to an item's standing status, the item named by its key: "ghi chú 406-11: chờ
công an", "thêm ghi chú 406-11: …", "ghi chú thêm cho 406-11: …", "bổ sung ghi chú mục 22 …".
The line opens with the note's word, perhaps with words of adding around it, then the key; the
note is what follows the key (after its colon, when one is typed). Read here; offered for a
press with the item's own status by usecases/added_notes.py. Nothing is written from it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from knowledge.catalogue.model import Province
from knowledge.language.text import MarkedPhrases, MarkedWords, tokenize
from knowledge.reader.capnhat_line import whole_key_shape
from knowledge.reader.row_lookup import RowLookup

# the note's own word, as the status prompts print it ("gõ ghi chú về vướng mắc")
_NOTE = MarkedPhrases(("ghi chú",))
# words of adding around it, and the words that lead to the key ("cho mục 406-11")
_AROUND = MarkedWords("thêm bổ sung cho của mục")
_OPENING_AT_MOST = 4  # "bổ sung thêm ghi chú": the note's word is within the opening words


@dataclass(frozen=True)
class AddedNote:
    """`key`: the item the words name, or None when they name none (`typed`: those words);
    `note`: the note as typed, empty when none follows the key."""

    key: str | None
    typed: str
    note: str


def added_note(text: str, lookup: RowLookup, province: Province, today: date) -> AddedNote | None:
    """The item and note of a line that adds a note (see the module); None when the line does
    not open so."""
    words = text.strip().split()
    folds = [tokenize(w) for w in words]
    if any(len(f) != 1 for f in folds[:_OPENING_AT_MOST]):
        return None  # a word of two tokens ("406-11:" is one) opens no note line
    tokens = [f[0] for f in folds[:_OPENING_AT_MOST]]
    at = sorted(_NOTE.positions(tokens))
    if len(at) != 2 or any(t not in _AROUND for t in tokens[: at[0]]):
        return None
    start = at[1] + 1
    while start < len(words) and len(folds[start]) == 1 and folds[start][0] in _AROUND:
        start += 1
    rest = words[start:]
    if not rest:
        return AddedNote(None, "", "")
    colon = next((i for i, w in enumerate(rest) if w.endswith(":")), None)
    if colon is not None:
        typed, note = " ".join(rest[: colon + 1]).rstrip(":"), rest[colon + 1 :]
    elif whole_key_shape(rest[0]):
        typed, note = rest[0], rest[1:]
    else:
        return AddedNote(None, " ".join(rest), "")
    key = lookup.resolve_key(typed.strip(), province, today)
    return AddedNote(key, typed.strip(), " ".join(note).strip(" ,;:-"))
