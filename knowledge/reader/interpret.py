"""Choosing what a parsed question asks, by the evidence it holds.

- a row reference names the row; a task's id or form ("Biểu 02", "phụ lục 3") names the task,
  and a letter's number ("cv 415") the letter (its tasks, or the one of them its words fit);
- words that fit a provincial task better than any service name the task, and so does a date a
  task falls due on, unless the question names a service;
- what names several tasks (a form two letters ask for, words two tasks fit as well) is weighed
  by the asker's unit, the day, a period or a letter (`knowledge.reader.task_choice`), and what
  none of them tells apart is offered to choose from;
- words that point at a service (see `knowledge.reader.evidence`) name the service, with the role
  of the agency the question names or the asker belongs to;
- else a period, narrowed by the agency when one is named, asks what falls due in it;
- else an agency asks for its rows (lead first) and tasks;
- else weak service evidence offers the closest rows ("Có phải bạn hỏi…"), and nothing at all
  gets examples.

An agency named only by a word that is also catalogue wording ("xây dựng", "tư pháp") is the
agency only when nothing else in the question is about a service; otherwise its words are service
words ("giấy phép xây dựng", "kết nối dữ liệu ngành tài chính").

What the residue holds (its words as the matcher reads them, the frame left out) is read in
residue.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from knowledge.catalogue.agencies import AgencyMention
from knowledge.catalogue.model import Province
from knowledge.reader.acts import listed_acts, opening_acts, opening_pairs
from knowledge.reader.agency_or_service import about_a_service, when_of_a_thing
from knowledge.reader.asking import (
    about_work,
    asks_deadline,
    asks_duty,
    first_person,
    progress_asked,
)
from knowledge.reader.beside_wording import clause_acts
from knowledge.reader.concern import concern_reading
from knowledge.reader.duty_frame import duty_frame, duty_words_only
from knowledge.reader.evidence import (
    TextIndex,
    strays,
    telling,
    unexplained,
)
from knowledge.reader.explaining import (
    MIN_COVERAGE,
    WHOLE_ROW,
    Explaining,
    own_compound,
    share,
)
from knowledge.reader.in_catalogue import catalogue_named
from knowledge.reader.list_asked import agency_list_asked, asks_for_a_list, counted
from knowledge.reader.matching import Matcher
from knowledge.reader.numbered_row import numbered_row
from knowledge.reader.outside_services import Outside
from knowledge.reader.own_unit import as_own_unit
from knowledge.reader.parse import Parsed
from knowledge.reader.plan_named import names_plan
from knowledge.reader.province_asked import whole_province
from knowledge.reader.question_words import Hit
from knowledge.reader.reading import Reading
from knowledge.reader.role_pairs import told_only, told_thing
from knowledge.reader.roles import role_row
from knowledge.reader.row_reading import SUGGESTIONS
from knowledge.reader.row_things import another_thing, sibling_compound
from knowledge.reader.row_wording import foreign_pairs, foreign_qualifier, qualifier_only
from knowledge.reader.side_clauses import told_aside, typed
from knowledge.reader.substitution import substituted
from knowledge.reader.task_choice import letter_words_reading, task_reading
from knowledge.reader.task_evidence import (
    against_tasks,
    row_within,
    task_shorthand,
    thing_against,
)
from knowledge.reader.time_readings import due_asked, progress_reading
from knowledge.reader.unexplained import Unexplained
from knowledge.reader.weighing import (
    PLURAL,
    about_else,
    beside_agency,
    chatter,
    described,
    in_plan,
    named_key,
    names_doer,
    task_fit,
    tied,
)
from knowledge.reader.wording import Wording

OTHER = 1 / 3  # this share of the question in another row's wording: offer the choice


class Interpreter(Unexplained):
    def __init__(
        self,
        matcher: Matcher,
        tasks: TextIndex,
        named: TextIndex,
        wording: Wording | None = None,
        outside: Outside | None = None,
        titles: Sequence[str] = (),
        act_titles: Sequence[str] = (),
    ):
        """tasks: the provincial tasks by id; named: the services provincial letters name
        outside the catalogues, by `named_key`; wording: the word pairs of every service name;
        outside: the services other documents name outside the catalogues; titles: the rows'
        titles as printed, for the acts they list (acts.py `listed_acts`); act_titles: the
        titles of the rows that name a service (not a sector's sub-row), for the acts they
        open with (beside_wording.py)."""
        super().__init__(matcher)
        self.tasks = tasks
        self.named = named
        self.wording = wording or Wording(())
        self.outside = outside
        self.explain = Explaining(matcher, self.wording, outside)
        self.acts = opening_acts(matcher)
        self.opening = opening_pairs(matcher)
        self.listed = listed_acts(titles)
        self.clause_acts = clause_acts(act_titles)

    def read(
        self,
        parsed: Parsed,
        province: Province,
        prior: np.ndarray,
        rows: np.ndarray,
        officer: str | None = None,
    ) -> Reading:
        """officer: the agency of the officer asking in chat, when the question names none."""
        if parsed.is_help:
            return Reading("help")
        if parsed.rows:
            return numbered_row(self, parsed, province, prior, rows, officer)
        parsed = as_own_unit(parsed, province, officer)  # "UB huyện em": the officer's own
        asker = parsed.asker or officer
        letters = [letter for ref in parsed.letters for letter in ref.letters]
        referred = [t.task for t in parsed.tasks if t.how in ("id", "form")]
        if referred:
            # a form several letters ask for, the evidence weighs which (task_choice.py)
            return task_reading(referred, parsed, province, asker, letters)
        if letters:
            return letter_words_reading(
                self.tasks, self.tokens(parsed), letters, parsed, province, asker
            )
        subject = parsed.subject
        words = self.words(parsed)
        tell = telling(self.matcher, words)
        standing = progress_asked(parsed)
        if standing and tell and not (parsed.agencies or asker or first_person(parsed)):
            # "khách ở lại quá hạn xin thị thực mới": lateness in a citizen's story beside
            # a service's wording, with no unit whose progress it could be
            standing = None
        weak = [i for m in parsed.agencies if not m.strong for i in range(m.start, m.end)]
        beside: AgencyMention | None = None  # a weak agency read as service words
        serving: list[int] = []  # the positions of those words
        if weak and tell:
            # "giấy phép xây dựng", "Sở Xây dựng hỏi cấp phép xây dựng nhà ở": a weak agency's
            # words belong to the service.
            words = self.words(parsed, weak)
            serving = weak
            tell = telling(self.matcher, words)
            if subject and not subject.strong and not counted(parsed):
                beside, subject = subject, None
        hits = self.matcher.rank(words, limit=SUGGESTIONS + 2, prior=prior, allowed=rows)
        hits = self.explain.first_specific(hits, words)
        if (
            beside
            and hits
            and beside_agency(self.matcher, parsed, beside, hits[0].key)
            and not self.wording.fills(parsed.tokens, beside.start)
        ):
            # "TNMT phối hợp <a service>": the agency's words are no part of the service
            # found, so they are no evidence against it either
            apart = set(range(beside.start, beside.end))
            serving = [i for i in weak if i not in apart]
            words = self.words(parsed, serving)
            tell = telling(self.matcher, words)
            hits = self.matcher.rank(words, limit=SUGGESTIONS + 2, prior=prior, allowed=rows)
            hits = self.explain.first_specific(hits, words)
        tokens = self.tokens(parsed)
        # "TTHC mức độ 2, 3, 4": evidence for a task's text, where it prints them
        extra = described(parsed, self.matcher)
        support = {parsed.tokens[i].fold for i in extra} - {t.fold for t in tokens}
        # "… trong danh mục DVCTT": the catalogue named as itself, not the proposal's "Danh mục"
        listed = catalogue_named(parsed)
        kept = [parsed.tokens[i] for i in self.kept(parsed, extra) if i not in listed]
        fits = self.tasks.fit([t.id for t in province.tasks], kept, support)
        # a service explains half the question, or it holds a row's wording whole, and more
        service = (
            bool(tell)
            and bool(hits)
            and (
                hits[0].coverage >= MIN_COVERAGE
                or (
                    self.explain.row_share(hits[0].key, words) >= WHOLE_ROW
                    and self.wording.specific(self.matcher, hits[0].key, words)
                )
            )
            and not qualifier_only(self.matcher, hits[0].key, words)
            and not duty_words_only(self.matcher, parsed, words)
        )
        stray = strays(self.matcher, words, tell)
        left = unexplained(self.matcher, hits[0].key, stray) if hits else stray
        agency_list = bool(subject and agency_list_asked(parsed, subject.strong))
        if (
            agency_list
            and subject
            and not (any(t.fold in PLURAL for t in parsed.tokens) or counted(parsed))
            and (service or role_row(province, subject.name, words))
        ):
            # "BHXH phối hợp <a service> mục nào", "<agency>: <its part of a row, in the
            # table's words> là mục nào": which row that is, not a list
            agency_list = False
        # "<agency> hỗ trợ gì": the verb of its own duty in the letters, nothing of a service's
        # beside it: what the agency supports, its list
        duty = bool(subject and subject.strong and not agency_list and self.support_only(parsed))
        agency_list = agency_list or duty
        if agency_list:
            # "Sở Tư pháp chủ trì những mục nào": the agency's list, whatever else it says.
            service = False
        fitting = task_fit(fits, named_agency=names_doer(parsed), strict=agency_list)
        if fitting and (
            not service
            or fitting[0].coverage > hits[0].coverage
            # "bc 30 tthc": the task's text holds the domain's shorthand and every word the
            # row holds ("báo cáo"): the task, not the row printing "báo cáo 6 tháng"
            or (
                task_shorthand(self.tasks, parsed, extra, fitting[0].key)
                and row_within(self.tasks, self.matcher, hits[0].key, words, fitting[0].key)
            )
        ):
            fitted = {f.key for f in fitting}
            found = task_reading(
                [t for t in province.tasks if t.id in fitted], parsed, province, asker
            )
            if (
                found.task
                and found.sure
                and against_tasks(self.tasks, self.matcher, fitted, words, tell, stray)
            ):
                held = set().union(*(self.tasks.words(k) for k in fitted))
                if thing_against(self.tasks, self.matcher, held, words, stray):
                    # a thing of its own no title and no such task holds: another service
                    return Reading("absent", agency=asker, asked=self.asked(parsed))
                # offered as the one candidate, with how to say it is not that one
                return replace(found, task=None, tasks=(found.task, *found.tasks), sure=False)
            return found
        keys = [named_key(province, i) for i in range(len(province.named_services))]
        # the service words the rows were weighed by, an agency's name read as them included:
        # "giấy phép | xây dựng" is not the labour permit's "giấy phép"
        named = self.named.fit(keys, self.tokens(parsed, serving)) if keys else []
        if (
            named
            and named[0].coverage >= MIN_COVERAGE
            and named[0].words >= 2
            and (
                not service
                or named[0].coverage > hits[0].coverage
                or not in_plan(hits[0], province)
            )
        ):
            # A service the province's letter names outside the catalogue of its plan.
            return Reading("named", agency=asker, named=int(named[0].key.rsplit("#", 1)[1]))
        dated = [t for t in parsed.tasks if t.how == "date"]
        if dated and not tell and about_else(parsed, self.foreign(parsed), False):
            # "<a match, a meeting> ngày 20/5 ở đâu": a task's day in talk of something else
            return Reading("unknown", sure=False)
        if dated and (
            not service or tied(hits) or foreign_pairs(self.matcher, hits[0].key, words)
        ):
            # "hồ sơ nộp ngày 20/4": a date a task is due on names it, unless the row the
            # words point at prints them all ("giấy phép xây dựng 20/4") and it alone does.
            return task_reading([t.task for t in dated], parsed, province, asker)
        other = service and share(foreign_pairs(self.matcher, hits[0].key, words), words) > OTHER
        if standing and (not service or other):
            service = False  # "còn nợ hồ sơ nào": how far along, not a row about "hồ sơ"
        if service and fits and task_shorthand(self.tasks, parsed, extra, fits[0].key):
            # the domain's shorthand a task's text holds, beside a row's words the task does
            # not hold: the row offered, never said as sure
            other = True
        loose = self.explain.loose(words, tell, hits[0].key) if hits else []
        swapped = (
            substituted(self.matcher, hits[0].key, words, left, *typed(parsed))
            if service
            else None
        )
        another = service and (
            swapped == "another"
            or self.explain.elsewhere(hits[0].key, words, tokens, loose)
            or another_thing(self.matcher, hits[0].key, words)
            # "thẻ thường trú" where the row prints "tạm trú": the sibling another title prints
            or sibling_compound(self.matcher, hits[0].key, words)
            # "giấy phép lái xe | quốc tế": a qualifier only an unrelated title prints
            or foreign_qualifier(self.matcher, hits[0].key, words)
            # "đăng kiểm | xe ô tô": what the row prints only in a ministry's part of it
            or told_only(
                self.matcher, self.told[hits[0].key], self.shared, parsed.tokens, self.kept(parsed)
            )
        )
        # "đăng kiểm | xe ô tô": a pair printed only in a ministry's part, beside a title's word
        thing = told_thing(self.matcher, self.lone, parsed.tokens, self.kept(parsed))
        who = asker or (subject.name if subject else None)
        if who and not standing and not agency_list and (not service or another):
            role = role_row(province, who, words)
            if role:
                # "Sở Y tế: phần khám sức khỏe lái xe": the agency's own part of a row, in the
                # words of the province's table, where the titles name no row
                hit = next((h for h in hits if h.key == role), Hit(role, 0.0, 1.0))
                return Reading("service", agency=who, hits=(hit,))
        if another and (whole := self.explain.holding(hits, words, loose)):
            # "hộ kinh doanh và thành lập doanh nghiệp": what the best row leaves is another
            # row's whole title, typed in full: those rows offered, never "not there"
            return Reading("suggest", agency=asker, hits=whole, sure=False)
        if another:
            return self.not_there(parsed, asker, hits, thing)
        if service:
            return self.row_reading(
                parsed, province, asker, subject, beside, hits, words, left, other, swapped
            )
        mine = (first_person(parsed) or not parsed.agencies) and not whole_province(parsed)
        # "bên em … so với kế hoạch tỉnh": the asker's own unit, said so, before an agency named
        # only by words that are also the documents' wording
        self_said = asker and mine and any(s.kind == "self" for s in parsed.others)
        # ", <agency> vừa nhắc": an agency told of in a clause of its own is no subject either
        own = (
            asker
            if self_said and subject and (not subject.strong or told_aside(parsed, subject))
            else None
        )
        own = own or (subject.name if subject else (asker if mine else None))
        periods = [p.period for p in parsed.periods]
        if standing and not about_work(parsed, [w.token for w in self.foreign(parsed)]):
            # "muộn", "chưa" in talk of something else ("đóng quỹ muộn vài hôm có sao không"):
            # no agency, no one's own unit, no deadline, list or work of the catalogue, and
            # words no title holds
            return Reading("unknown", sure=False)
        if standing:
            return progress_reading(parsed, standing, own)
        foreign = self.foreign(parsed) if periods else []
        if periods and due_asked(parsed, periods[0], foreign, bool(tell and loose)):
            # An officer's own agency's, when it names none ("tuần này có hạn gì") nor the
            # whole province.
            return Reading("deadline", agency=own, period=periods[0])
        # "<a service>, Sở X phải hoàn thành khi nào": that thing's date, not the agency's list
        when = when_of_a_thing(parsed, words, stray, bool(tell), self.matcher.bound)
        asks_list = (asks_duty(parsed) and not when) or asks_for_a_list(parsed) or duty
        # "huyện em có liên quan 406 không", "… thì liên hệ ai": the unit's list, whom it asks
        if concerned := concern_reading(parsed, self.foreign(parsed), bool(tell), own):
            return concerned
        about_service = not asks_list and about_a_service(
            self,
            parsed,
            subject,
            words,
            stray,
            bool(tell),
            bool(tell and (left or loose)),
            asks_list,
        )
        if subject and not about_service:
            # "đá bóng với đội Sở Y tế mấy giờ": talk of something else beside the agency
            talk = self.foreign(parsed)
            if chatter(parsed, talk, asks_list) or (
                not tell and about_else(parsed, talk, asks_list)
            ):
                return Reading("unknown", sure=False)
            # "bên em có nhiệm vụ gì trong kế hoạch": the asker's own list, said so, before a
            # weak name that is also the documents' wording (own, above)
            return Reading("agency", agency=own or subject.name)
        # "<a service> của Sở Tài nguyên có trong danh mục không": the question is about a
        # service, its agency only beside it; the service is weighed below (offered, or not in
        # the catalogue), never answered with the agency's list as if that were asked
        asks_own = asks_list or asks_deadline(parsed)
        if (thing and not asks_list) or (
            asks_deadline(parsed) and own_compound(self.matcher, words, tell)
        ):
            # "đăng kiểm xe cơ giới": what a row only uses; "chứng thực bản sao hạn khi nào": a
            # name of its own in the catalogue's words, that no title prints together: a service
            # no row holds, never the asker's whole list nor "not understood"
            return self.not_there(parsed, asker, hits, thing)
        # a list asked, the unit's duties, the catalogue named as itself: no stray words
        duties = duty_frame(parsed, asks_list)
        own_left = [w for w in left if id(w.token) not in duties]
        if not own_left and asks_own and (asker or first_person(parsed) or names_plan(parsed)):
            # "em cần làm gì", "hạn tỉnh giao cho bên em là khi nào", "đợt triển khai 406 có
            # những gì" (plan_named.py): the asker's agency's list, with its dates.
            return Reading("agency", agency=asker) if asker else Reading("whose", sure=False)
        return self.unexplained(
            parsed, asker, subject, hits, words, tokens, tell, stray, left, loose, prior
        )
