"""Whether a file sent with no task named looks like a report or form at all (ux34 #2)."""

from __future__ import annotations

import pytest

from knowledge.catalogue.tsv_files import read_tsv
from knowledge.deliverables.document_kinds import (
    KINDS_FILE,
    document_kinds,
    titled_kind,
    unlike_report,
)
from knowledge.deliverables.file_claims import read_claims
from knowledge.language.text import fold

HEAD = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nGIẤY MỜI\nMời đồng chí dự họp chi bộ lúc 14h."
OWED = ("Báo cáo tình hình cung cấp dịch vụ công trực tuyến", "Mẫu số 01")


def test_each_kind_is_cited_with_its_initials_as_its_code():
    for _, cell in read_tsv(KINDS_FILE, ["kind", "code", "source"]):
        initials = "".join(w[0] for w in fold(cell["kind"]).split())
        assert initials == fold(cell["code"]), cell
        assert f"{cell['kind']} số" in cell["source"], cell
    assert {"giay moi", "quyet dinh", "thong bao", "bao cao"} <= document_kinds()


@pytest.mark.parametrize(
    ("name", "head", "kind"),
    [
        ("giaymoi_hop", HEAD, "GIẤY MỜI"),
        ("giaymoi hop", "", "giaymoi"),
        ("qd so 12", "QUYẾT ĐỊNH\nVề việc …", "QUYẾT ĐỊNH"),
        ("bc t6", "Mời đồng chí dự họp", ""),  # a kind's word inside a sentence titles nothing
    ],
)
def test_the_kind_a_file_is_titled_by(name, head, kind):
    assert titled_kind(name, head) == kind


def _unlike(name: str, head: str, offered=OWED) -> str:
    words = name.rsplit(".", 1)[0].replace("_", " ")
    return unlike_report(read_claims(words, head), titled_kind(words, head), name, offered)


def test_an_invitation_looks_like_no_report_a_report_or_a_form_does():
    assert _unlike("giaymoi_hop.docx", HEAD) == "GIẤY MỜI"
    assert _unlike("giaymoi_hop.docx", HEAD + "\nMẫu số 01") == ""  # a form's name
    assert _unlike("giaymoi_hop.docx", HEAD + "\nTHÁNG 6/2021") == ""  # a period
    assert _unlike("giaymoi_hop.xlsx", HEAD) == ""  # a workbook is a table
    assert _unlike("bc.docx", "BÁO CÁO\nTình hình cung cấp dịch vụ công") == ""
    # a kind the task asks for (a unit's plan) is no stray paper
    assert _unlike("kh.docx", "KẾ HOẠCH\nSố hóa hồ sơ", ("Kế hoạch số hóa hồ sơ",)) == ""
    assert _unlike("kh.docx", "KẾ HOẠCH\nSố hóa hồ sơ") == "KẾ HOẠCH"
