"""The rules deciding what a message may write: the /capnhat grammar, repeats, questions, free text
offered for confirmation, and when a waiting prompt ends."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from knowledge.reader.capnhat_line import CapnhatKind as Kind
from knowledge.reader.capnhat_line import (
    CapnhatReading,
    read_capnhat,
    read_capnhat_line,
    repeats,
)
from knowledge.reader.prompt_ends import PromptEnd, prompt_ends
from knowledge.reader.question_shape import reads_as_question
from knowledge.reader.status_alone import Bare, bare_status, status_answer
from knowledge.reader.writes import Items, Offer, offer_for, statement
from knowledge.rules.officers import Actor
from knowledge.rules.status_undo import undo
from knowledge.rules.statuses import Change, Status

TODAY = date(2021, 4, 13)
NOW = datetime(2021, 4, 13, 8, 0)
DONE = Status.HOAN_THANH


@pytest.fixture(scope="module")
def resolve(assistant, catalogue):
    province = catalogue.province(None)
    return lambda text: assistant.resolve_key(text, province, TODAY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("406-14 xong", CapnhatReading(Kind.WRITE, "406-14", DONE)),
        ("406/14 hoàn thành", CapnhatReading(Kind.WRITE, "406-14", DONE)),
        ("406-14 đã xong rồi ạ", CapnhatReading(Kind.WRITE, "406-14", DONE)),
        ("406-14 xong rồi ạ", CapnhatReading(Kind.WRITE, "406-14", DONE)),
        ("406-14 da tich hop xong roi", CapnhatReading(Kind.WRITE, "406-14", DONE)),
        ("406-14 đã kiểm thử", CapnhatReading(Kind.WRITE, "406-14", Status.DANG_KIEM_THU)),
        ("406-14 xong đã tích hợp", CapnhatReading(Kind.WRITE, "406-14", DONE, "đã tích hợp")),
        ("406-14 xong ạ, chờ ký rồi ạ", CapnhatReading(Kind.WRITE, "406-14", DONE, "chờ ký")),
        (
            "406-15 vướng mắc chờ máy chủ",
            CapnhatReading(Kind.WRITE, "406-15", Status.VUONG_MAC, "chờ máy chủ"),
        ),
        ("406-15 vuong", CapnhatReading(Kind.WRITE, "406-15", Status.VUONG_MAC)),
        (
            "406-11/Y tế đang làm",
            CapnhatReading(Kind.WRITE, "406-11/Y tế", Status.DANG_THUC_HIEN),
        ),
        ("406-11/y te xong", CapnhatReading(Kind.WRITE, "406-11/Y tế", DONE)),
        ("tq-2021-04-20 da nop", CapnhatReading(Kind.WRITE, "tq-2021-04-20", DONE)),
        ("20/4 xong", CapnhatReading(Kind.WRITE, "tq-2021-04-20", DONE)),
        # a whole key without a status right after it: that key's buttons
        ("406-14 bay xong", CapnhatReading(Kind.CHOOSE, "406-14")),
        ("406-14", CapnhatReading(Kind.CHOOSE, "406-14")),
        ("406-14 ghi chú xong", CapnhatReading(Kind.CHOOSE, "406-14")),
        # no whole key: the form explained
        ("406-14/capnhat 999-1 xong", CapnhatReading(Kind.USAGE)),
        ("14 xong", CapnhatReading(Kind.USAGE, hint="406-14")),
        ("mục 22 xong", CapnhatReading(Kind.USAGE, hint="406-22")),
        ("gplx xong", CapnhatReading(Kind.USAGE)),
        ("406-999 xong", CapnhatReading(Kind.USAGE)),
        ("xong 406-14", CapnhatReading(Kind.USAGE)),
        ("", CapnhatReading(Kind.ROWS)),
        ("406-11/Xây dựng, đang làm", CapnhatReading(Kind.USAGE, hint="406-11/Xây dựng")),
        ("406-14 ok? xong", CapnhatReading(Kind.CHOOSE, "406-14")),
        ("406-14 xong/capnhat 999-1 bay", CapnhatReading(Kind.CHOOSE, "406-14")),
    ],
)
def test_capnhat_is_read_exactly(resolve, text, expected):
    assert read_capnhat(text, resolve) == expected


HEALTH, POLICE, HAM_YEN = "Sở Y tế", "Công an tỉnh", "UBND huyện Hàm Yên"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the unit between the key and the status, however typed
        (
            "tq-2021-04-20 So Y te da nop",
            CapnhatReading(Kind.WRITE, "tq-2021-04-20", DONE, unit=HEALTH),
        ),
        ("20/4 SYT đã nộp", CapnhatReading(Kind.WRITE, "tq-2021-04-20", DONE, unit=HEALTH)),
        (
            "406-22 cong an tinh vuong mac cho du lieu",
            CapnhatReading(Kind.WRITE, "406-22", Status.VUONG_MAC, "cho du lieu", unit=POLICE),
        ),
        (
            "406-11 ubnd ham yen dang lam",
            CapnhatReading(Kind.WRITE, "406-11", Status.DANG_THUC_HIEN, unit=HAM_YEN),
        ),
        (
            "406-22 Sở Tài chánh xong",
            CapnhatReading(Kind.WRITE, "406-22", DONE, unit="Sở Tài chính"),
        ),
        # a unit and no status: that unit's status buttons
        ("406-22 CAT", CapnhatReading(Kind.CHOOSE, "406-22", unit=POLICE)),
        # not a unit named whole: no unit ("So Y" is no agency)
        ("406-22 So Y xong", CapnhatReading(Kind.CHOOSE, "406-22")),
        # a note that is nothing but a unit is kept aside; any other note is a note
        (
            "tq-2021-04-20 đã nộp Sở Y tế",
            CapnhatReading(Kind.WRITE, "tq-2021-04-20", DONE, "Sở Y tế", note_unit=HEALTH),
        ),
        (
            "406-22 vuong mac cho So Y te",
            CapnhatReading(Kind.WRITE, "406-22", Status.VUONG_MAC, "cho So Y te"),
        ),
        # the status first, as before: no unit read
        ("406-14 xong", CapnhatReading(Kind.WRITE, "406-14", DONE)),
    ],
)
def test_capnhat_reads_a_unit_named_whole(resolve, assistant, text, expected):
    assert read_capnhat(text, resolve, assistant.agencies.whole) == expected


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("/capnhat 406-14 xong", Kind.WRITE),
        ("/capnhat@tq_han_bot 406-14 xong", Kind.WRITE),
        ("/capnhat, 406-14 xong", Kind.USAGE),  # Telegram still calls this /capnhat
        ("/capnhat/capnhat 406-14 xong", Kind.USAGE),
        ("/capnhat", Kind.ROWS),
    ],
)
def test_only_the_exact_command_word_reads_a_line(resolve, line, kind):
    assert read_capnhat_line(line, resolve).kind == kind


def change(new: Status, note: str = "", at: datetime = NOW) -> Change:
    return Change(7, "406-14", "Sở Xây dựng", None, new, note, 1001, at)


def test_the_same_status_without_a_new_note_repeats():
    assert repeats(change(DONE), DONE, "")
    assert repeats(change(Status.VUONG_MAC, "chờ máy chủ"), Status.VUONG_MAC, "chờ máy chủ")
    assert not repeats(change(Status.VUONG_MAC, "chờ máy chủ"), Status.VUONG_MAC, "đã có máy")
    assert not repeats(change(DONE), Status.DANG_KIEM_THU, "")
    assert repeats(None, Status.CHUA_BAT_DAU, "")
    assert not repeats(None, DONE, "")


@pytest.mark.parametrize(
    "text",
    [
        "cho em hỏi tháng 5 có gì đến hạn ạ",
        "tháng 5 có gì đến hạn",
        "406-14 xong chưa",
        "406-14 xong chưa ạ",
        "hạn khi nào",
        "han bao gio",
        "Sở Y tế phải làm gì?",
        "nộp ở đâu",
        "ai chủ trì 406-14",
        "được không ạ",
        "xong chứ",
        "hoi ve bieu 02",
        "khi nao thi nop",
        "khi nào nộp biểu 02 thì gửi ai",
        "khi nào Bộ cấp thì làm được không",
    ],
)
def test_questions_read_as_questions(text):
    assert reads_as_question(text)


@pytest.mark.parametrize(
    "text",
    [
        "gplx",
        "Thiếu máy chủ",
        "chờ máy chủ của Bộ",
        "chưa có kinh phí",
        "bắt đầu từ tháng 5",
        "chưa số hóa dữ liệu đầu vào",
        "Chưa có CSDL quy hoạch số hóa",
        "không đủ dữ liệu đất đai",
        "406-14 xong rồi",
        # a condition ("when … then …"): what blocks the work, said
        "chua co du lieu ho tich tu bo, khi nao bo cap thi lam duoc",
        "bao giờ có phần mềm của Bộ thì bên em mới triển khai",
    ],
)
def test_notes_do_not_read_as_questions(text):
    assert not reads_as_question(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("406-14 xong rồi", Offer("406-14", DONE)),
        ("gpxd đã tích hợp xong", Offer("406-14", DONE)),
        ("giấy phép xây dựng hoàn thành rồi", Offer("406-14", DONE)),
        ("biểu 02 đã nộp", Offer("tq-2021-04-20", DONE)),
        ("406-15 vướng mắc chờ máy chủ", Offer("406-15", Status.VUONG_MAC, "chờ máy chủ")),
        ("406-14 xong chưa", None),  # a question
        ("xong rồi", None),  # no row
        ("406-14 đang", None),  # too weak a status word to offer a write on
        ("gplx chưa xong", None),  # negated: not done
        ("406-14 vẫn chưa hoàn thành", None),
        ("406-14 406-15 xong", None),  # two rows: which one?
        ("/capnhat 406-14 xong", None),  # a command is no free text
        ("giấy phép xây dựng hạn khi nào", None),
    ],
)
def test_free_text_naming_a_row_and_a_status_is_offered(assistant, catalogue, text, expected):
    assert offer_for(text, assistant, catalogue.province(None), TODAY) == expected


def test_a_prompt_ends_on_commands_other_buttons_questions_and_after_its_wait():
    later = NOW + timedelta(minutes=11)
    assert prompt_ends("note", NOW, NOW, text="Thiếu máy chủ") is None
    # a note is waited for 30 minutes (an officer on a phone), any other answer 10
    assert prompt_ends("note", NOW, later, text="Thiếu máy chủ") is None
    assert prompt_ends("note", NOW, NOW + timedelta(minutes=31), text="Thiếu") == PromptEnd.EXPIRED
    assert prompt_ends("proposal", NOW, later, text="Cấp phép") == PromptEnd.EXPIRED
    assert prompt_ends("note", None, later, text="Thiếu máy chủ") is None  # asked before 0005
    assert prompt_ends("note", NOW, NOW, text="/tiendo") == PromptEnd.COMMAND
    assert prompt_ends("note", NOW, NOW, text="cho em hỏi tháng 5 có gì") == PromptEnd.QUESTION
    assert prompt_ends("note", NOW, NOW, button="un:3") == PromptEnd.BUTTON
    assert prompt_ends("proposal", NOW, NOW, button="pv:3") is None  # its own step buttons
    assert prompt_ends("proposal", NOW, NOW, button="s:1:2") == PromptEnd.BUTTON
    assert prompt_ends("proposal", NOW, NOW, text="hạn khi nào?") == PromptEnd.QUESTION
    assert prompt_ends("note", NOW, NOW, text="406-14 xong", states=True) == PromptEnd.STATEMENT
    assert prompt_ends("offer", NOW, NOW, text="Thiếu máy chủ") == PromptEnd.MOVED_ON
    assert prompt_ends("offer", NOW, NOW, button="wo:31:3") is None


def test_undo_is_valid_for_ten_minutes(catalogue):
    province = catalogue.province(None)
    who = Actor(1001, "Sở Xây dựng", False)
    done = change(DONE)
    assert undo(province, who, done, None, done.id, NOW + timedelta(minutes=10)).status == (
        Status.CHUA_BAT_DAU
    )
    late = undo(province, who, done, None, done.id, NOW + timedelta(minutes=10, seconds=1))
    assert "10 phút" in late.reason and "Không có gì thay đổi" in late.reason


def test_asking_to_undo_is_read_from_short_messages_only():
    from knowledge.reader.prompt_ends import asks_undo

    for text in (
        "hoàn tác",
        "hoan tac",
        "Huỷ thao tác vừa rồi",
        "hủy cái vừa ghi giúp em",
        "undo",
        "ghi nham roi",
        "em gửi nhầm tệp",
    ):
        assert asks_undo(text), text
    for text in (
        "hủy mẫu con dấu hạn khi nào",  # a service that cancels something
        "xóa đăng ký thường trú",
        "/hoantac",
        "406-14 hoàn tác",  # names a row: about that row
        "bỏ",
        "vừa xong",
    ):
        assert not asks_undo(text), text


@pytest.mark.parametrize(
    "text, status",
    [("xong roi", "hoan_thanh"), ("đang làm ạ", "dang_thuc_hien"), ("Hoàn thành", "hoan_thanh")],
)
def test_a_status_said_alone_is_bare(text, status):
    assert bare_status(text) == Bare(Status(status), sending=False)


def test_a_sending_said_alone_is_about_a_document():
    assert bare_status("đã nộp rồi") == Bare(Status.HOAN_THANH, sending=True)


@pytest.mark.parametrize(
    "text",
    ["406-14 xong roi", "gpxd xong", "xong chưa", "bên em còn gì chưa xong", "/capnhat xong"],
)
def test_a_status_with_anything_else_is_not_bare(text):
    assert bare_status(text) is None


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("vướng", (Status.VUONG_MAC, "")),
        ("vuong mac cho may chu", (Status.VUONG_MAC, "cho may chu")),
        ("đang làm ạ", (Status.DANG_THUC_HIEN, "")),
        ("xong rồi", (Status.HOAN_THANH, "")),
        ("da nop roi a", (Status.HOAN_THANH, "")),
        # a question, a command, another row, no status: no answer to the buttons
        ("xong chưa?", None),
        ("/capnhat 406-15 xong", None),
        ("xong 406-15", None),
        # words that open sentences as often as statuses carry no note
        ("Chưa có CSDL quy hoạch số hóa", None),
        ("ok em gửi sau", None),
        ("ok", None),
        ("chua lam", (Status.CHUA_BAT_DAU, "")),
        ("khong du dk vi thieu ha tang", (Status.KHONG_DU_DIEU_KIEN, "vi thieu ha tang")),
        ("giấy phép xây dựng hạn khi nào", None),
    ],
)
def test_a_status_typed_for_the_row_whose_buttons_wait(text, said):
    assert status_answer(text) == said


WORKING = Status.DANG_THUC_HIEN


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a row named as a question names it: "mục 22", a sub-row by its sector's words
        ("muc 22 xong roi", Offer("406-22", DONE)),
        ("406-11 y te xong", Offer("406-11/Y tế", DONE)),
        ("mục 11 ngành y tế đã xong", Offer("406-11/Y tế", DONE)),
        ("406-11 xong roi", Offer("406-11", DONE)),  # the parent: whose sub-row, the use case
        # several items, each with its own status and note, never one's note the next item
        (
            "406-22 xong, 406-11/Y tế đang làm",
            Items((Offer("406-22", DONE), Offer("406-11/Y tế", WORKING))),
        ),
        (
            "406-22 dang lam, 11 y te xong",
            Items((Offer("406-22", WORKING), Offer("406-11/Y tế", DONE))),
        ),
        ("406-22 và 406-14 xong rồi", Items((Offer("406-22", DONE), Offer("406-14", DONE)))),
        # status words inside a note stay in it
        (
            "406-22 vướng mắc do kiểm thử chưa đạt",
            Offer("406-22", Status.VUONG_MAC, "do kiểm thử chưa đạt"),
        ),
        ("406-22 xong 406-14", None),  # a row left over: which is meant is not clear
        ("14 xong", None),  # a number alone counts anything
        ("20/4 da nop het roi", Offer("tq-2021-04-20", DONE)),  # "hết" closing is filler
        ("406-22 vuong mac het kinh phi", Offer("406-22", Status.VUONG_MAC, "het kinh phi")),
    ],
)
def test_a_statement_names_its_rows_as_questions_do(assistant, catalogue, text, expected):
    assert statement(text, assistant, catalogue.province(None), TODAY) == expected


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("bên em đã xong 50% rồi", True),
        ("bên em đạt 80 phần trăm rồi", True),
        ("được bao nhiêu phần trăm rồi", False),  # asked, not said
        ("bên em xong rồi", False),  # no share
        ("406-14 xong 100%", False),  # a row's status: offered as any
    ],
)
def test_a_share_said_done_is_no_status(text, said):
    from knowledge.reader.status_words import share_reported

    assert share_reported(text) is said


@pytest.mark.parametrize(
    ("text", "ack"),
    [
        ("ok em biet roi", True),
        ("👍", True),
        ("cảm ơn bot nhiều", True),
        ("nhận được rồi ạ", True),
        ("dạ cho em hỏi", False),  # a question opening
        ("ok hạn khi nào", False),
        ("ok 406-14 xong", False),
        ("được không", False),
        ("xin chào", False),  # a greeting: the help, as before
    ],
)
def test_an_acknowledgement_is_no_question(text, ack):
    from knowledge.reader.small_talk import acknowledges

    assert acknowledges(text) is ack
