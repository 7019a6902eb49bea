"""Whether a file sent with no task named looks like a report or a form at all (ux34 #2: a
meeting invitation, "GIẤY MỜI … dự họp chi bộ", was offered 👉 as the Phụ lục I–IV dossier and
kept as a late submission on one press).

A report or a form carries marks of its own: a form's name ("Mẫu số 01"), a period ("THÁNG
6/2021"), a table (a workbook is one). A paper titled by another kind of document ("GIẤY MỜI",
"QUYẾT ĐỊNH", "THÔNG BÁO": the kinds the source documents cite by number with their initials,
data/document_kinds.tsv, and those a letter prints alone over its subject, letters/header.py)
with none of those marks, and a kind no task it is offered for prints in its title or form (a
unit asked for its plan may send a "KẾ HOẠCH"), is said to look like no report or form: never
put forward, never kept without a press, and said again in the receipt.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from knowledge.catalogue.loader import DATA_DIR
from knowledge.catalogue.tsv_files import read_tsv
from knowledge.deliverables.file_claims import FileClaims, heading_parts
from knowledge.language.text import fold, nfc
from knowledge.letters.header import KINDS as PRINTED_KINDS

KINDS_FILE = DATA_DIR / "document_kinds.tsv"
TABLE_SUFFIXES = (".xlsx",)  # a workbook is a table whatever it prints


@functools.cache
def document_kinds() -> frozenset[str]:
    """The kinds of document, folded ("giay moi"): those the source documents cite with their
    initials as the number's code, and those a letter prints alone over its subject."""
    cited = {fold(c["kind"]) for _, c in read_tsv(KINDS_FILE, ["kind", "code", "source"])}
    return frozenset(cited | set(PRINTED_KINDS))


def titled_kind(name_words: str, head: str) -> str:
    """The kind of document a file is titled by, as printed: a line (or a part of a one-line
    title) of its head that is a kind alone ("GIẤY MỜI"), else its name's words printing one
    ("giaymoi hop": "giaymoi"); "" for none."""
    kinds = document_kinds()
    for part in heading_parts(head):
        if fold(part).strip(" .:") in kinds:
            return part.strip(" .:")
    words = nfc(name_words).split()
    folded = [fold(w) for w in words]
    for i, word in enumerate(folded):
        if word in {k.replace(" ", "") for k in kinds}:
            return words[i]
        if i + 1 < len(folded) and f"{word} {folded[i + 1]}" in kinds:
            return f"{words[i]} {words[i + 1]}"
    return ""


def unlike_report(claims: FileClaims, kind: str, name: str, offered: Iterable[str]) -> str:
    """The kind the file is titled by (`kind`, `titled_kind`) when it looks like no report or
    form (see the module): no form, no period, no table, and a kind no text of the tasks it is
    offered for (`offered`: their titles and forms) prints; "" otherwise."""
    if not kind or claims.form is not None or claims.month is not None:
        return ""
    if name.lower().endswith(TABLE_SUFFIXES):
        return ""
    said = fold(kind)
    said = next((k for k in document_kinds() if k.replace(" ", "") == said.replace(" ", "")), said)
    if any(f" {said} " in f" {fold(text)} " for text in offered):
        return ""
    return kind
