"""How a question asks, by its words: how far along the work is ("còn gì chưa xong", "có gì
quá hạn"), what must be done ("cần làm gì"), what falls due ("hạn", "mục", "nộp"), a list ("những
mục nào"), and whether the asker speaks of their own unit ("bên em")."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Literal

from knowledge.language.progress_words import (
    AFTER_LATE,
    AMOUNT_PHRASES,
    ASPECT_WORDS,
    BESIDES_CLOSE,
    BESIDES_WORDS,
    DID_BETWEEN,
    DONE_PHRASES,
    DONE_WORDS,
    DUE_WORDS,
    ENOUGH_WORDS,
    GOING_BY,
    GONE_BY,
    LATE_WORDS,
    LEFT_OVER,
    LIST_REQUEST_PHRASES,
    NEXT_WORK,
    NOT_YET,
    ON_TIME,
    OPEN_AFTER_ASPECT,
    OWED_AFTER_ASPECT,
    PAST_WORDS,
    PENDING_MARKED,
    PENDING_WORDS,
    PROGRESS_PHRASES,
    REMAINING,
    STATE_AROUND,
    STATE_PHRASES,
    UNFINISHED_PAIR,
    UNMARKED_LATE,
)
from knowledge.language.text import Token
from knowledge.language.vocabulary import (
    CHAT_WORDS,
    DUTY_WORDS,
    FIRST_PERSON,
    INTERROGATIVES,
    QUESTION_MARKED,
    WHAT_WORDS,
    WORK_WORDS,
)
from knowledge.reader.late_included import late_included
from knowledge.reader.list_asked import LIST_NOUNS, asks_for_a_list, phrase_spans
from knowledge.reader.parse import Parsed

QUANTIFIERS = {"nhung", "cac", "cai", "may", "bao", "nhieu"}
STILL_SPAN = 5  # "còn" and the rows it asks about: "còn (đang làm dở những) mục nào"
VERB_WORDS = (
    2  # a verb is one or two words ("nộp", "xử lý")  # "mục nào", "việc gì", "nhiệm vụ gì"
)
Standing = Literal["open", "late", "done"]


# The last question's answer: the reading asks it of the same Parsed four or five times (the
# residue, the interpreter, the progress reading), a millisecond of a 3 ms ask at 10,000 rows.
# One slot, read and written whole, so threads asking at once never see another's answer.
_LAST: tuple[Parsed, Standing | None] | None = None


def progress_asked(parsed: Parsed) -> Standing | None:
    """ "có gì quá hạn" -> late; "còn gì chưa xong", "tiến độ" -> open; "đã xong những gì" ->
    done; None when the question does not ask how far along the work is."""
    global _LAST
    last = _LAST
    if last is not None and last[0] is parsed:
        return last[1]
    found = _progress_asked(parsed)
    _LAST = (parsed, found)
    return found


def _progress_asked(parsed: Parsed) -> Standing | None:
    tokens = parsed.tokens
    folds = [t.fold for t in tokens]
    # each test below opens on a word of its vocabulary: asked only of a question that holds
    # one (one set test, `any_in`), the same answers
    late = (
        [i for i in range(len(tokens)) if late_said(tokens, i)]
        if LATE_WORDS.any_in(tokens)
        else []
    )
    if late_included(parsed, late):
        return "open"  # "còn gì chưa xong, kể cả trễ": the late with the rest
    if any(p.period.late for p in parsed.periods) or late or _gone_by(tokens):
        return "late"
    if ASPECT_WORDS.any_in(tokens) and any(_owed(tokens, i) for i in range(len(tokens))):
        return "open"
    pending = PENDING_WORDS.any_in(tokens) or PENDING_MARKED.any_in(tokens)
    for i, t in enumerate(tokens if pending else ()):
        # "chưa xong", "chưa nộp", "chưa tích hợp"; not "chưa nắm được"
        after = tokens[i + 1 : i + 3]
        if t in PENDING_WORDS and (t.fold != "chua" or any(_done_verb(a) for a in after)):
            return "open"
        if t in PENDING_MARKED:
            return "open"
    if did_asked(tokens):
        return "done"
    if done_asked(tokens):
        return "open"
    dated = any(not p.period.late for p in parsed.periods)
    for i, t in enumerate(tokens[:-1] if REMAINING.any_in(tokens) else ()):
        if t not in REMAINING:
            continue
        nxt = tokens[i + 1]
        # "còn gì", "còn những …", "còn mục nào", "còn lại": what remains (in a period, "còn
        # hạn gì" asks what falls due)
        asks = nxt in INTERROGATIVES or nxt in LEFT_OVER or nxt.fold in QUANTIFIERS | LIST_NOUNS
        # "còn phải làm gì": what is still to do
        asks = asks or (nxt in DUTY_WORDS and any(a in INTERROGATIVES for a in tokens[i + 2 :]))
        # "còn đang làm dở những mục nào": the rows asked for a few words on
        asks = asks or _rows_asked(tokens[i + 1 : i + 1 + STILL_SPAN])
        if asks and not dated and not _besides(tokens, i):
            return "open"
    if (
        not dated
        and NEXT_WORK.any_in(tokens)
        and any(_next_work(tokens, i) for i in range(len(tokens)))
    ):
        return "open"
    if _has_phrase(folds, PROGRESS_PHRASES) or state_asked(parsed):
        return "open"
    if DONE_WORDS.any_in(tokens) or _has_phrase(folds, DONE_PHRASES):
        return "done" if PAST_WORDS.any_in(tokens) else None
    return None


def late_said(tokens: Sequence[Token], i: int) -> bool:
    """ "trễ", "chậm", "muộn" at i; "muon" typed without marks only where no verb follows it
    ("muon han", "nop muon roi"), for "muon nhap ho khau" is "muốn" (want)."""
    t = tokens[i]
    if t not in LATE_WORDS:
        return False
    if t.has_marks or t.fold != UNMARKED_LATE or i + 1 == len(tokens):
        return True
    after = tokens[i + 1]
    return after.is_number or after in AFTER_LATE


def _gone_by(tokens: Sequence[Token]) -> bool:
    """ "hạn nào đã trôi qua mà chưa xong": a due word, "đã"/"trôi" then "qua" shortly after
    it, and work still owed ("chưa") in the question: what is late, not a period."""
    if not PENDING_WORDS.any_in(tokens):
        return False
    for i, t in enumerate(tokens):
        if t not in DUE_WORDS:
            continue
        after = tokens[i + 1 : i + 5]
        for k in range(1, len(after)):
            if after[k] in GONE_BY and after[k - 1] in GOING_BY:
                return True
    return False


def _owed(tokens: Sequence[Token], i: int) -> bool:
    """ "còn dang dở những gì", "đang nợ việc gì": "còn"/"đang", the words of work left owed
    (marks or not), and a question after them."""
    if tokens[i] not in ASPECT_WORDS:
        return False
    k = i + 1
    owed = opened = False
    while k < len(tokens) and k <= i + 2:
        if tokens[k] in OWED_AFTER_ASPECT:
            owed = True
        elif tokens[k] in OPEN_AFTER_ASPECT:
            opened = True
        elif tokens[k] not in UNFINISHED_PAIR and tokens[k] not in ASPECT_WORDS:
            break
        k += 1
    if opened:
        # "các việc còn đang mở": the rows or duties named right before are what is open
        return i > 0 and tokens[i - 1].fold in LIST_NOUNS
    # asked by a question after them, or as a list ("cho xem danh sách việc còn dang dở")
    folds = [t.fold for t in tokens]
    return owed and (INTERROGATIVES.any_in(tokens[k:]) or _has_phrase(folds, LIST_REQUEST_PHRASES))


def _besides(tokens: Sequence[Token], i: int) -> bool:
    """ "ngoài <something> ra (thì) còn …": the "còn" at i asks what else, not what is left."""
    opened = next((k for k in range(i) if tokens[k] in BESIDES_WORDS), None)
    return opened is not None and any(t in BESIDES_CLOSE for t in tokens[opened + 1 : i])


def _rows_asked(tokens: Sequence[Token]) -> bool:
    """ "những mục nào", "việc gì": rows or duties, then a question word."""
    return any(a.fold in LIST_NOUNS and b in INTERROGATIVES for a, b in itertools.pairwise(tokens))


def _next_work(tokens: Sequence[Token], i: int) -> bool:
    """ "làm gì tiếp", "việc kế tiếp", "bước tiếp theo": the work next, in a question."""
    if tokens[i] not in NEXT_WORK or not INTERROGATIVES.any_in(tokens):
        return False
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    before = tokens[i - 1].fold if i else ""
    ahead = after is not None and after.fold == "theo"  # "bước tiếp theo": the next one
    if i and before != "ke" and not ahead and _of_content(tokens[i - 1]):
        return False  # "trực tiếp": the second half of a word of its own, no next work
    return before == "ke" or after is None or after.fold == "theo" or after in CHAT_WORDS


def _of_content(token: Token) -> bool:
    """A word that is none of the talk, the question, the work, nor a number."""
    return not (
        token.is_number
        or token in QUESTION_MARKED
        or token in CHAT_WORDS
        or token in WORK_WORDS
        or token in INTERROGATIVES
    )


def unfinished_work(parsed: Parsed) -> set[int]:
    """In a question of how far along the work is, the verb after "chưa": "chưa xử lý", "chưa
    giải quyết" say what is not done, not which service ("xử lý" is also 406-45's wording); and
    the words that frame it (`progress_frame`)."""
    found: set[int] = set()
    tokens = parsed.tokens
    for i, t in enumerate(tokens):
        if t.fold != "chua" or t not in PENDING_WORDS:
            continue
        # one word for the verbs of the work ("chưa gửi hồ sơ": "hồ sơ" is what), else two,
        # as for the verbs of two words ("chưa hoàn thành trong năm": no "thành trong" of a title)
        verb = i + 1 < len(tokens) and _done_verb(tokens[i + 1])
        size = 1 if verb and tokens[i + 1] not in NOT_YET else VERB_WORDS
        for k in range(i + 1, min(i + 1 + size, len(tokens))):
            if tokens[k].is_number or tokens[k] in QUESTION_MARKED:
                break
            found.add(k)
    return found | progress_frame(parsed)


def done_asked(tokens: Sequence[Token]) -> set[int]:
    """ "bên em xong chưa", "nộp đủ chưa": a verb of the work (and "đủ") closed by "chưa",
    nothing but function words after it — whether the work is done, so what is still open. The
    positions of those words, which name no service; empty when the question is not so."""
    for i, t in enumerate(tokens):
        if t.fold != "chua" or t not in PENDING_WORDS or i == 0:
            continue
        if not all(a in QUESTION_MARKED for a in tokens[i + 1 :]):
            continue
        k = i - 1
        if tokens[k] in ENOUGH_WORDS and k > 0:
            k -= 1
        elif k > 1 and tokens[k] in ON_TIME[1] and tokens[k - 1] in ON_TIME[0]:
            k -= 2
        if _done_verb(tokens[k]):
            return set(range(k, i + 1))
    return set()


def did_asked(tokens: Sequence[Token]) -> set[int]:
    """ "Hàm Yên đã làm gì rồi", "Sở Y tế đã làm được những gì": "đã", a verb of the work and
    "gì", with only DID_BETWEEN between them — what has been done. Their positions (no
    service's words); empty when the question is not so."""
    for i, t in enumerate(tokens if PAST_WORDS.any_in(tokens) else ()):
        if t not in PAST_WORDS:
            continue
        k = i + 1
        while k < len(tokens) and tokens[k] in DID_BETWEEN:
            k += 1
        if k == len(tokens) or not _done_verb(tokens[k]):
            continue
        k += 1
        while k < len(tokens) and tokens[k] in DID_BETWEEN:
            k += 1
        if k < len(tokens) and tokens[k] in WHAT_WORDS:
            return set(range(i, k + 1))
    return set()


def amount_asked(parsed: Parsed) -> bool:
    """ "được bao nhiêu phần trăm rồi", "xong bao nhiêu rồi": how much of the work, as an
    amount; and how a unit stands ("Sở Y tế đang thế nào", `state_asked`), which /tiendo heads
    with the same count."""
    return _has_phrase([t.fold for t in parsed.tokens], AMOUNT_PHRASES) or state_asked(parsed)


def state_asked(parsed: Parsed) -> bool:
    """ "Sở Lao động đang thế nào", "bên em ra sao rồi", "Hàm Yên làm tới đâu rồi": a unit (an
    agency named, or the asker's own) and, beside its name, only a phrase asking how it stands
    (STATE_PHRASES), the words of now and the talk around a question. No verb, no service: "nộp
    thế nào" asks how to send, "đăng ký thế nào" how to register."""
    named = {i for m in parsed.agencies for i in range(m.start, m.end)}
    named |= {i for s in parsed.others if s.kind == "self" for i in range(s.start, s.end)}
    if not named and not first_person(parsed):
        return False
    folds = [t.fold for t in parsed.tokens]
    asking = {i for start, end in phrase_spans(folds, STATE_PHRASES) for i in range(start, end)}
    if not asking:
        return False
    return all(
        i in named or i in asking or t in STATE_AROUND or t in CHAT_WORDS
        for i, t in enumerate(parsed.tokens)
    )


def progress_frame(parsed: Parsed) -> set[int]:
    """The words that ask how far along the work is ("tiến độ", "tình hình", "nộp đủ chưa")
    and ask for it as a list ("ds", "liệt kê"): the question's frame, no service's wording."""
    folds = [t.fold for t in parsed.tokens]
    found = done_asked(parsed.tokens) | did_asked(parsed.tokens)
    for start, end in phrase_spans(folds, PROGRESS_PHRASES + LIST_REQUEST_PHRASES):
        found |= set(range(start, end))
    return found


def _done_verb(token: Token) -> bool:
    """A verb of the work getting done: "xong", "làm", "nộp", "hoàn thành", "tích hợp"."""
    return token in WORK_WORDS or token in DONE_WORDS or token in NOT_YET


def _has_phrase(folds: Sequence[str], phrases: Sequence[tuple[str, ...]]) -> bool:
    return bool(phrase_spans(folds, phrases))


def names_the_work(parsed: Parsed) -> bool:
    """Whether the question names what the bot tracks, not only a verb that also has other
    senses ("đóng", "nộp"): an agency, a task, the asker's own unit, a deadline ("hạn"), rows
    or duties ("mục", "việc"), or the domain's own words ("dịch vụ công")."""
    if parsed.agencies or parsed.tasks or first_person(parsed) or _domain(parsed):
        return True
    return names_rows(parsed)


def names_rows(parsed: Parsed) -> bool:
    """ "hạn", "mục", "việc": the question speaks of deadlines, rows or duties (the "vụ" of
    "dịch vụ công" is no duty, nor the "vụ" of an agency's name, "Sở Nội vụ")."""
    domain = {i for s in parsed.others if s.kind == "domain" for i in range(s.start, s.end)}
    domain |= {i for m in parsed.agencies for i in range(m.start, m.end)}
    return any(
        t in DUE_WORDS or t.fold in LIST_NOUNS
        for i, t in enumerate(parsed.tokens)
        if i not in domain
    )


def about_work(parsed: Parsed, foreign: Sequence[Token]) -> bool:
    """Whether a question of how far along something is speaks of the work the bot tracks:
    it names the work (`names_the_work`) or asks for a list, or its words of content no
    title holds (`foreign`) are only the words of standing ("nộp muộn có sao không")."""
    if names_the_work(parsed) or asks_for_a_list(parsed):
        return True
    # "được bao nhiêu phần trăm rồi": the frame's own words ask how far along, too
    framed = {parsed.tokens[i] for i in progress_frame(parsed)}
    return all(standing_word(t) or t in framed for t in foreign)


def standing_word(token: Token) -> bool:
    """A word that asks how far along the work is ("trễ", "chưa", "còn", "xong")."""
    return any(
        token in words
        for words in (
            LATE_WORDS,
            PENDING_WORDS,
            PENDING_MARKED,
            REMAINING,
            DONE_WORDS,
            OWED_AFTER_ASPECT,
        )
    )


def first_person(parsed: Parsed) -> bool:
    """ "bên em", "sở mình", "chúng tôi", "em", "mình": the asker speaks of their own unit."""
    if any(s.kind == "self" for s in parsed.others):
        return True
    return FIRST_PERSON.any_in(parsed.tokens)


def asks_duty(parsed: Parsed) -> bool:
    """ "cần làm gì", "phải xong những gì": what must be done, with no one named."""
    return DUTY_WORDS.any_in(parsed.tokens) and INTERROGATIVES.any_in(parsed.tokens)


def asks_deadline(parsed: Parsed) -> bool:
    """Words that make a period a question about deadlines: "hạn", "mục", "việc", "phải",
    "nộp", the domain's own words, a task or an agency."""
    tokens = parsed.tokens
    frame = any(
        t.fold in LIST_NOUNS or t in DUE_WORDS or t in DUTY_WORDS or t in WORK_WORDS
        for t in tokens
    )
    return frame or bool(parsed.agencies or parsed.tasks) or _domain(parsed)


def _domain(parsed: Parsed) -> bool:
    return any(s.kind == "domain" for s in parsed.others)
