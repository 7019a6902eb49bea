"""The label an officer types before a note ("…, ghi chú: đã phối hợp với Sở GTVT"): the bot
prints its own "Ghi chú:" before every note, so the typed one is dropped (ux38 #11) and the
note keeps only what it says."""

from __future__ import annotations

from knowledge.language.text import fold

# The words that name a note, folded; a label is one of them at the note's start, then a colon
# or a dash ("ghi chu:", "lưu ý -"), or the whole word pair alone before the note ("ghi chú đã…").
_LABELS = (("ghi", "chu"), ("luu", "y"), ("note",), ("gc",))
_MARKS = ":-–—"


def unlabelled(note: str) -> str:
    """`note` less a typed label at its start; the note as typed otherwise."""
    words = note.split()
    for label in _LABELS:
        n = len(label)
        if len(words) <= n:
            continue
        head = words[:n]
        last = head[-1].rstrip(_MARKS)
        marked = head[-1] != last or words[n] in tuple(_MARKS)
        if tuple(fold(w) for w in [*head[:-1], last]) != label:
            continue
        if not marked and n == 1:
            continue  # "gc"/"note" alone may be a word of the note itself
        rest = words[n + 1 :] if words[n] in tuple(_MARKS) else words[n:]
        return " ".join(rest)
    return note
