"""A write taken back in words that name its row ("ui nhầm, mục 27 chưa xong đâu", ux19 #7):
the undo of that write offered; words naming another row are no correction of it."""

from __future__ import annotations

from tests.usecases.conftest import officer
from usecases import corrections, statuses
from usecases.corrections import Corrected
from usecases.statuses import Recorded, Status

LDTBXH = "Sở Lao động, Thương binh và Xã hội"


def test_words_naming_the_row_just_written_offer_its_undo(desk):
    who = officer(desk, agency=LDTBXH)
    written = desk.call(statuses.update_status, who, "/capnhat 406-27 ht")
    assert isinstance(written, Recorded)
    said = desk.call(corrections.read_correction, who, "ui nham, muc 27 chua xong dau")
    assert said is not None
    found = desk.call(corrections.correction_offer, who, said)
    assert isinstance(found, Corrected)
    assert (found.change.key, found.back, found.offered) == ("406-27", Status.CHUA_BAT_DAU, None)
    instead = desk.call(corrections.read_correction, who, "ôi nhầm, mục 27 đang làm thôi")
    offered = desk.call(corrections.correction_offer, who, instead)
    assert isinstance(offered, Corrected) and offered.offered is not None
    assert offered.offered.offer.status is Status.DANG_THUC_HIEN
    other = desk.call(corrections.read_correction, who, "nhầm, mục 28 chưa xong")
    assert desk.call(corrections.correction_offer, who, other) is None
