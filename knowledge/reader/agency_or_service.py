"""Whether a question naming an agency asks about a service, or for the agency's list.

An agency's list answers "Sở Tư pháp có những mục nào"; a question that names an agency beside a
thing of its own ("<agency>: <a service no title holds> hạn bao giờ") asks about that service,
which the weighing then finds in the catalogue or says is not there. Read by interpret.py when
no row explains the question.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from knowledge.catalogue.agencies import AgencyMention
from knowledge.language.progress_words import DUE_WORDS
from knowledge.language.vocabulary import WHAT_WORDS
from knowledge.reader.explaining import content
from knowledge.reader.in_catalogue import rows_named
from knowledge.reader.parse import Parsed
from knowledge.reader.question_words import Word
from knowledge.reader.residue import Residue
from knowledge.reader.row_things import thing_of_its_own
from knowledge.reader.weighing import chatter
from knowledge.reader.when_asked import asks_when

OWN_THING = 2  # words of content no title holds, after the asker's agency: a thing of its own


def about_a_service(
    reader: Residue,
    parsed: Parsed,
    subject: AgencyMention | None,
    words: Sequence[Word],
    stray: list[Word],
    tell: bool,
    told: bool,
    asks_list: bool,
) -> bool:
    """tell: the question's words tell some row (evidence.py `telling`); told: and leave words
    of their own or loose ones."""
    return (
        told
        # an agency named only by catalogue wording ("lao động") beside words no title
        # holds ("chế độ thai sản cho lao động nữ"): a service, not the agency's list
        # ("… có trong danh mục không" names the catalogue, no rows of the agency's)
        or bool(subject and not subject.strong and content(stray) and not rows_named(parsed))
        # "em ở <agency>, <a thing no title holds> có phải đưa lên cổng không": the asker says
        # where they work, then asks of a service, not of their own list
        or bool(subject and parsed.asker == subject.name and len(content(stray)) >= OWN_THING)
        # "<a thing no title holds> <agency> hạn bao giờ": the agency's service, not its
        # list, whatever the agency is named by, when its deadline is asked ("hạn"); not
        # where the agency is only where the thing talked of is ("số điện thoại bệnh
        # viện ở <a district>", `chatter`)
        # ("hạn", or a deadline asked in other words: "phải làm đến bao giờ")
        or bool(
            subject
            and not tell
            and (DUE_WORDS.any_in(parsed.tokens) or asks_when(parsed))
            and thing_of_its_own(words, stray, reader.matcher.bound)
            and not chatter(parsed, reader.foreign(parsed), asks_list)
        )
    )


def when_of_a_thing(
    parsed: Parsed,
    words: Sequence[Word],
    stray: Sequence[Word],
    tell: bool,
    bound: Collection[str],
) -> bool:
    """Whether a duty's verb asked with "khi nào" ("<a service>, Sở X phải hoàn thành khi
    nào") asks the date of a thing the question names, not what the agency must do: a time is
    asked and nothing of "gì", beside wording a title prints or a thing of the question's own.
    Asked of nothing ("Sở Tư pháp phải hoàn thành khi nào") it stays the agency's list."""
    if not asks_when(parsed) or WHAT_WORDS.any_in(parsed.tokens):
        return False
    return tell or thing_of_its_own(words, stray, bound)
