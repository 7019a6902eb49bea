"""Who asks, said before the question: "VP HĐND-UBND thành phố hỏi: bên em còn phải gửi gì".

An opening clause that closes on "hỏi" and a colon names the asker, and the question after it
speaks of the asker's own unit ("bên em"): that clause's words are no service's wording (an
office's long name spells "hội đồng nhân dân", words of titles), so they are no evidence.
"""

from __future__ import annotations

from dataclasses import replace

from knowledge.reader.parse import ASKING_WORDS, Parsed
from knowledge.reader.side_clauses import clause_numbers


def without_introduction(parsed: Parsed) -> Parsed:
    """The question without the words of an opening "<who> hỏi:" clause, where a later clause
    names the asker's own unit; else the question as it is."""
    head, colon, _ = parsed.text.partition(":")
    if not colon or not head.strip() or any(c in head for c in ".?!;,"):
        return parsed  # the colon must close the opening clause, the text's first
    numbers = clause_numbers(parsed.text, len(parsed.tokens))
    if not numbers or numbers[-1] == 0:
        return parsed
    opening = [i for i, n in enumerate(numbers) if n == 0]
    if not opening:
        return parsed  # no word before the colon (an emoji, a dash): no clause names anyone
    last = opening[-1]
    if parsed.tokens[last].fold not in ASKING_WORDS:
        return parsed
    if not any(s.kind == "self" and numbers[s.start] > 0 for s in parsed.others):
        return parsed
    return replace(parsed, residue=tuple(i for i in parsed.residue if numbers[i] > 0))
