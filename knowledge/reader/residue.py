"""The residue of a parsed question as the service reader weighs it: what no span claimed, less
the question's frame ("hạn khi nào", "bên em", "phải làm gì"), as the matcher reads it, with the
words that pair into wording a title prints, and the words no catalogue wording holds.

Apart from the weighing (interpret.py), which asks these of every question it reads.
"""

from __future__ import annotations

from collections.abc import Sequence

from knowledge.language.text import Token
from knowledge.letters.helping import SUPPORT
from knowledge.reader.asking import (
    progress_asked,
    unfinished_work,
)
from knowledge.reader.evidence import strays, telling
from knowledge.reader.explaining import content
from knowledge.reader.list_asked import list_request
from knowledge.reader.matching import Matcher
from knowledge.reader.parse import Parsed
from knowledge.reader.question_frames import frame_words
from knowledge.reader.question_words import Word
from knowledge.reader.weighing import asked_words

RECENT_KEPT = 4  # the `kept` readings held (a question's, with and without extra words)


class Residue:
    """The residue's readings, over the catalogue's matcher."""

    def __init__(self, matcher: Matcher):
        self.matcher = matcher
        # The last few `kept`, newest first: the reading asks it of the same Parsed six times or
        # more (the residue's words, its tokens for the tasks, the task words), with and
        # without the extra words a task's text prints, a tenth of an ask. Read and written
        # whole, so threads asking at once never see another's.
        self._recent_kept: tuple[tuple[Parsed, tuple[int, ...], tuple[int, ...]], ...] = ()

    def tokens(self, parsed: Parsed, extra: Sequence[int] = ()) -> list[Token]:
        """The residue (plus the `extra` tokens) in question order, less the question's frame."""
        return [parsed.tokens[i] for i in self.kept(parsed, extra)]

    def kept(self, parsed: Parsed, extra: Sequence[int] = ()) -> list[int]:
        """The positions of `tokens`."""
        wanted = tuple(extra)
        recent = self._recent_kept
        for held, held_extra, found_before in recent:
            if held is parsed and held_extra == wanted:
                return list(found_before)
        found = self._kept(parsed, wanted)
        self._recent_kept = ((parsed, wanted, tuple(found)), *recent[: RECENT_KEPT - 1])
        return found

    def _kept(self, parsed: Parsed, extra: Sequence[int]) -> list[int]:
        domain = {i for s in parsed.others if s.kind == "domain" for i in range(s.start, s.end)}
        skip = frame_words(parsed.tokens, parsed.residue, domain, self.printed(parsed))
        if progress_asked(parsed):
            skip |= unfinished_work(parsed)
        skip |= list_request(parsed)  # "danh sách dịch vụ …": the frame, no task's "Danh sách"
        return sorted((set(parsed.residue) - skip) | set(extra))

    def support_only(self, parsed: Parsed) -> bool:
        """Whether the residue's only wording a title prints is a verb the letters give a unit
        that supports the others' work ("hỗ trợ", "hướng dẫn", "phối hợp"): "<agency> hỗ trợ
        kỹ thuật gì" asks what the agency supports, not a service titled "Hỗ trợ …"."""
        kept = self.kept(parsed)
        folds = [parsed.tokens[i].fold for i in kept]
        verb: set[int] = set()
        for phrase in SUPPORT:
            size = len(phrase.split())
            for n in range(len(folds) - size + 1):
                if " ".join(folds[n : n + size]) == phrase:
                    verb |= {kept[k] for k in range(n, n + size)}
        if not verb:
            return False
        rest = [parsed.tokens[i] for i in kept if i not in verb]
        return not telling(self.matcher, self.matcher.words(rest))

    def asked(self, parsed: Parsed, named: Sequence[int] | None = None) -> str:
        """The service asked, as typed. named: positions of words that name it though the titles
        print them nowhere ("đăng kiểm" of a ministry's part: role_pairs.py)."""
        return asked_words(parsed, self.printed(parsed) | set(named or ()))

    def foreign(self, parsed: Parsed) -> list[Word]:
        """The residue's words, its frame included, that are no catalogue wording: "thời
        tiết", "giá vàng", the "ăn" of "hôm nay ăn gì"."""
        words = self.matcher.words([parsed.tokens[i] for i in parsed.residue])
        tell = telling(self.matcher, words)
        found = strays(self.matcher, words, tell)
        # A word of content in no pair a title prints: "gia" of "gia vang" is not "gia hạn",
        # "lịch" of "âm lịch" not "lý lịch".
        return found + [w for w in content(words) if w.known not in tell and w not in found]

    def printed(self, parsed: Parsed) -> set[int]:
        """The residue words that pair with a neighbour into wording a title prints."""
        free = set(parsed.residue)
        tokens = parsed.tokens
        found: set[int] = set()
        for i in range(len(tokens) - 1):
            if i in free and i + 1 in free and self.matcher.printed_pair(tokens[i], tokens[i + 1]):
                found |= {i, i + 1}
        return found

    def words(self, parsed: Parsed, extra: Sequence[int] = ()) -> list[Word]:
        """The residue as the matcher reads it. Words the question keeps apart by naming someone,
        a period, a row or a form between them are no neighbours: "… xã hội | bên em | phụ
        trách" has no pair "hội phụ"."""
        kept = self.kept(parsed, extra)
        apart = parsed.apart
        breaks = [
            n
            for n in range(1, len(kept))
            if any(k in apart for k in range(kept[n - 1] + 1, kept[n]))
        ]
        return self.matcher.words([parsed.tokens[i] for i in kept], breaks)
