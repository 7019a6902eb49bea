"""The tests the reader weighs its evidence by: whether two rows tie, whether the task's words
are enough, whether the words no title explains name a thing of their own."""

from __future__ import annotations

from collections.abc import Sequence

from knowledge.catalogue.agencies import AgencyMention
from knowledge.catalogue.model import Province
from knowledge.language.progress_words import (
    DUE_WORDS,
)
from knowledge.language.vocabulary import (
    CHAT_WORDS,
    DUTY_PHRASES,
    DUTY_WORDS,
    PLACE_WORDS,
    PREPOSITIONS,
    QUESTION_MARKED,
    UNTIL_WORDS,
    WHAT_WORDS,
    WORK_PHRASES,
    WORK_WORDS,
)
from knowledge.reader.asking import names_rows
from knowledge.reader.evidence import Fit
from knowledge.reader.explaining import MIN_COVERAGE
from knowledge.reader.in_catalogue import MEMBERSHIP, catalogue_named
from knowledge.reader.matching import Matcher
from knowledge.reader.parse import Parsed
from knowledge.reader.question_words import Hit, Word
from knowledge.reader.row_refs import DECISIONS

TASK_COVERAGE = 0.5
MANY_WORDS = 4
# ... within a question they explain this share of at least: four of a task's words in a story
# most of which no task text holds ("thi tuyển công chức …, nộp hồ sơ … cấp xã") are no task
MANY_WORDS_COVERAGE = 0.4
TIE_RATIO = 0.95  # two rows this close: offer both
PLURAL = {"nhung", "cac"}  # "những mục nào", "các dịch vụ gì": a list
OUTSIDE_WORDS = 5  # words no title explains: a question about something else
PLACED_WORDS = 2  # ... or these, beside an agency named as a place ("… ở thành phố …")
TOPIC_WORDS = 2  # words of a thing of its own, before the question's period


def outside_thing(parsed: Parsed, foreign: Sequence[Word]) -> bool:
    """Whether the words no title explains name a thing of their own, whose date the question
    asks: the object of the work verb ("nộp <a fee no catalogue lists>"), or most of a long
    question. Not the words around a date ("hạn chót rơi vào", "trong vòng … kể từ")."""
    if len(foreign) >= OUTSIDE_WORDS or _topic_outside(parsed, foreign):
        return True
    # "xong trước cuối tháng": a word that opens a time is no object
    folds = {
        w.token.fold
        for w in foreign
        if not w.chat and w.token not in UNTIL_WORDS and w.token not in PREPOSITIONS
    }
    free = set(parsed.residue)
    tokens = parsed.tokens
    return any(
        t in WORK_WORDS and i + 1 in free and tokens[i + 1].fold in folds
        for i, t in enumerate(tokens)
        if i in free
    )


def _topic_outside(parsed: Parsed, foreign: Sequence[Word]) -> bool:
    """ "<a fund no catalogue lists> quý 2 hạn nộp": the question opens on a thing of two words
    or more before its period, and no title explains any of them."""
    if not parsed.periods:
        return False
    first = min(p.start for p in parsed.periods)
    tokens = parsed.tokens
    before = [
        i
        for i in parsed.residue
        if i < first and tokens[i] not in QUESTION_MARKED and not tokens[i].is_number
    ]
    # "hạn chót rơi vào tháng 10": the words of a date's frame, no thing
    if any(tokens[i] in DUE_WORDS or tokens[i] in PREPOSITIONS for i in range(first)):
        return False
    unexplained = {id(w.token) for w in foreign if not w.chat}
    return len(before) >= TOPIC_WORDS and all(id(tokens[i]) in unexplained for i in before)


def tied(hits: Sequence[Hit]) -> bool:
    """Two rows fit the words about as well: the words name no one service."""
    return (
        len(hits) > 1
        and hits[1].score >= TIE_RATIO * hits[0].score
        and hits[1].coverage >= MIN_COVERAGE
    )


def task_fit(fits: Sequence[Fit], named_agency: bool, strict: bool = False) -> list[Fit]:
    """The tasks the question's words describe: most of them, two at least (three beside an
    agency's name: "danh sách việc của sở" asks for the agency's list). One when clearly one;
    every task the words fit as well as the best when several do ("báo cáo rà soát" of two
    letters), for the evidence beyond the words to weigh (task_choice.py)."""
    if not fits:
        return []
    best = fits[0]
    # Four words of a task's text are enough however long the question around them.
    enough = best.words >= MANY_WORDS and best.coverage >= MANY_WORDS_COVERAGE and not strict
    if not enough and (best.coverage < TASK_COVERAGE or best.words < (3 if named_agency else 2)):
        return []
    return [f for f in fits if f.weight >= best.weight]


def names_doer(parsed: Parsed) -> bool:
    """Whether the question names an agency other than where something is sent: "gửi Sở
    TT&TT" is the task's recipient, no agency whose list the words might ask for."""
    return any(m not in parsed.recipients for m in parsed.agencies)


def named_key(province: Province, index: int) -> str:
    return f"{province.slug}#{index}"


def in_plan(hit: Hit, province: Province) -> bool:
    return hit.key.startswith(province.decision + "-") or hit.key in province.assignments


def beside_agency(
    matcher: Matcher, parsed: Parsed, mention: AgencyMention | None, key: str
) -> str | None:
    """A weak agency whose words the row found does not hold: an agency beside the service
    ("TNMT phối hợp thanh toán nghĩa vụ tài chính đất đai"), not its wording ("xây dựng"
    of "giấy phép xây dựng")."""
    if mention is None:
        return None
    row = matcher.doc_words_of(key)
    words = matcher.words(list(parsed.tokens[mention.start : mention.end]))
    held = [w for w in words if w.known in row and w.token not in QUESTION_MARKED]
    return None if held else mention.name


def asked_words(parsed: Parsed, printed: set[int]) -> str:
    """The words that name the service asked about, as typed: the residue from its first to
    its last word that is not conversation or a question word (unless it pairs into a title's
    wording, as "đăng ký": `printed`)."""
    tokens = parsed.tokens
    # "… có trong danh mục không": the list asked of, and the word that asks it, no service's
    catalogue = catalogue_named(parsed)
    catalogue |= {i - 1 for i in catalogue if i and tokens[i - 1] in MEMBERSHIP}
    content = [
        i
        for i in parsed.residue
        if i not in catalogue
        and (
            i in printed
            or (
                tokens[i] not in QUESTION_MARKED
                and tokens[i] not in CHAT_WORDS
                and not tokens[i].is_number
            )
        )
    ]
    if not content:
        return ""
    # an agency's name inside the service's words is their wording, quoted back as typed:
    # "cap phep khai thac cat soi" ("cat" is no Công an tỉnh there), "... xay dung hang 2"
    free = set(parsed.residue)
    free |= {
        i
        for m in parsed.agencies
        if not m.strong or m.end - m.start == 1  # as `Parsed.apart` reads them
        for i in range(m.start, m.end)
    }
    span = range(content[0], content[-1] + 1)
    return " ".join(tokens[i].raw for i in span if i in free)


def chatter(parsed: Parsed, foreign: Sequence[Word], asks_list: bool) -> bool:
    """Whether an agency is only named in talk of something else: many words no title holds
    ("tối nay đá bóng giao hữu với đội Sở Y tế"), no list or duty of it asked for, and nothing
    of the work the bot tracks (rows, duties, deadlines, tasks, the domain's words, a decision's
    number: "nhiệm vụ của Sở Tư pháp theo 406")."""
    talk = [w for w in foreign if not w.chat and w.token not in QUESTION_MARKED]
    # an agency after "ở", "tại" is where the thing talked of is ("số điện thoại taxi ở thành
    # phố …"): a thing of two words no title holds is talk enough
    subject = parsed.subject
    placed = bool(subject and subject.start and parsed.tokens[subject.start - 1] in PLACE_WORDS)
    if asks_list or len(talk) < (PLACED_WORDS if placed else OUTSIDE_WORDS):
        return False
    if parsed.tasks or parsed.letters:
        return False
    if names_rows(parsed) or any(s.kind == "domain" for s in parsed.others):
        return False
    return not any(t.fold in DECISIONS for t in parsed.tokens)


def about_else(parsed: Parsed, foreign: Sequence[Word], asks_list: bool) -> bool:
    """Whether an agency or a date is named in a question about something the bot does not
    know ("<agency> <a thing of its own> bao nhiêu", "<a thing> ngày <a task's day> ở đâu"):
    two words or more no title holds, and nothing of the work beside them — no list, duty or
    deadline asked, no row, form, level or domain word, no decision's number, no role, and no
    verb of the work but one whose object is one of those words ("đóng <a thing>"); and it asks
    a time, a person, a place or a count, not what the agency has ("… gì")."""
    talk = [w for w in foreign if not w.chat and w.token not in QUESTION_MARKED]
    if asks_list or len(talk) < PLACED_WORDS:
        return False
    if parsed.rows or parsed.letters or any(t.how != "date" for t in parsed.tasks):
        return False
    if names_rows(parsed) or any(s.kind != "unit" for s in parsed.others):
        return False
    tokens = parsed.tokens
    if any(t.fold in DECISIONS for t in tokens) or WORK_PHRASES.positions(tokens):
        return False
    if DUTY_PHRASES.positions(tokens) or WHAT_WORDS.any_in(tokens):
        return False
    folds = {w.token.fold for w in talk}
    free = set(parsed.residue)
    for i, t in enumerate(tokens):
        if t in DUTY_WORDS:
            return False
        object_of_its_own = i + 1 in free and tokens[i + 1].fold in folds
        if t in WORK_WORDS and not object_of_its_own:
            return False
    return True


DESCRIBING = ("level", "tiers")  # spans a task's text may print: "mức độ 2, 3, 4", "cấp tỉnh"


def described(parsed: Parsed, matcher: Matcher) -> list[int]:
    """The positions of what the question names that is no service's wording but may be a
    task's: the levels, the tiers of government a report is split by, and a word of the domain
    no title prints ("TTHC"; not "tích hợp", "cổng", which every text of the domain holds)."""
    return [
        i
        for s in parsed.others
        if s.kind in DESCRIBING or s.kind == "domain"
        for i in range(s.start, s.end)
        if s.kind != "domain" or matcher.df(parsed.tokens[i].fold) == 0
    ]
