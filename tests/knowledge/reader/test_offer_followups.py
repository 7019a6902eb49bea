"""What a line typed right after a status offer says of it: its note, typed before the press,
or another item named instead ("không phải X mà là Y"); anything else is read as usual."""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.reader.offer_followups import note_line, swapped
from knowledge.rules.statuses import Status

TODAY = date(2021, 5, 14)
SYT = "Sở Y tế"


@pytest.mark.parametrize(
    ("text", "status", "note"),
    [
        ("cho bo gtvt huong dan", Status.VUONG_MAC, "cho bo gtvt huong dan"),
        ("chờ Sở Y tế duyệt", Status.VUONG_MAC, "chờ Sở Y tế duyệt"),
        ("ko du ha tang", Status.KHONG_DU_DIEU_KIEN, "ko du ha tang"),
        ("dang cho nang cap may chu", Status.KHONG_DU_DIEU_KIEN, "dang cho nang cap may chu"),
        # a service asked, surely or as a choice; a question; talk to the bot; a cancel; an
        # acknowledgement; a unit's bare name; a row; a status of its own: no note
        ("giay phep xay dung", Status.VUONG_MAC, None),
        ("gplx", Status.KHONG_DU_DIEU_KIEN, None),
        ("gplx han khi nao", Status.VUONG_MAC, None),
        ("ma sao van nhac", Status.VUONG_MAC, None),
        ("huy", Status.VUONG_MAC, None),
        ("ok", Status.VUONG_MAC, None),
        ("so y te", Status.VUONG_MAC, None),
        ("406-14", Status.VUONG_MAC, None),
        ("xong roi", Status.VUONG_MAC, None),
        ("🙏🙏", Status.VUONG_MAC, None),
        # a status that needs no note takes only what the reader finds nothing in
        ("cho bo gtvt huong dan", Status.HOAN_THANH, "cho bo gtvt huong dan"),
        ("thieu kinh phi", Status.HOAN_THANH, None),
    ],
)
def test_note_line(assistant, catalogue, text, status, note):
    province = catalogue.province(None)
    assert note_line(text, status, assistant, province, TODAY, SYT) == note


LACK = "chua co tai khoan ket noi csdl dan cu, da gui cv hoi cong an"


@pytest.mark.parametrize(
    ("text", "status", "note"),
    [
        # ux30 #3: a lack stated is the note owed, though its words alone read as a sub-row
        # the district has no part in, "→ Hoàn thành"
        (LACK, Status.VUONG_MAC, LACK),
        # a status needing no note: that reading is news of its own
        (LACK, Status.DANG_THUC_HIEN, None),
        # a key typed names the item: never a note
        ("406-22 chua co tai khoan", Status.VUONG_MAC, None),
    ],
)
def test_a_district_note_typed_before_the_press(assistant, catalogue, text, status, note):
    province = catalogue.province(None)
    unit = "UBND huyện Sơn Dương"
    assert note_line(text, status, assistant, province, TODAY, unit) == note


@pytest.mark.parametrize(
    ("text", "meant", "denied"),
    [
        ("nham, ko phai 406-22 ma la 406-11 y te", "406-11/Y tế", "406-22"),
        ("khong phai muc 22 ma la muc 11 y te", "406-11/Y tế", "406-22"),
        ("không phải 406-22, mà là 406-11/Y tế ạ", "406-11/Y tế", "406-22"),
        ("ko phai cai do ma la 406-22", "406-22", None),
    ],
)
def test_swapped(assistant, catalogue, text, meant, denied):
    found = swapped(text, assistant, catalogue.province(None), TODAY, SYT)
    assert found is not None and (found.meant, found.denied) == (meant, denied)


@pytest.mark.parametrize(
    "text",
    ["không phải tôi mà là anh", "khong phai 406-22 dau", "sao khong phai 406-22 ma la 406-11?"],
)
def test_not_swapped(assistant, catalogue, text):
    assert swapped(text, assistant, catalogue.province(None), TODAY, SYT) is None


def test_the_status_said_with_the_item_meant(assistant, catalogue):
    found = swapped(
        "nham, khong phai 406-22 ma la 406-11 y te vuong mac",
        assistant,
        catalogue.province(None),
        TODAY,
        SYT,
    )
    assert found is not None and found.offer is not None
    assert (found.offer.key, found.offer.status) == ("406-11/Y tế", Status.VUONG_MAC)
