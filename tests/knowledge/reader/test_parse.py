"""One parse of a question: the spans it recognises and what it leaves as the residue."""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.catalogue.agencies import generated_forms
from knowledge.language.text import tokenize
from knowledge.reader.period_finding import find_periods

TODAY = date(2021, 4, 13)


@pytest.fixture(scope="module")
def tq(catalogue):
    return catalogue.province("tuyen-quang")


def parse(assistant, tq, question, today=TODAY):
    return assistant.parse(question, today, tq)


def period_of(question, today=TODAY):
    spans, _ = find_periods(tokenize(question), today, [2021])
    assert spans, question
    return spans[0].period.start, spans[0].period.end


@pytest.mark.parametrize(
    "question, today, start, end",
    [
        ("tháng sáu", TODAY, date(2021, 6, 1), date(2021, 6, 30)),
        ("thang muoi mot", TODAY, date(2021, 11, 1), date(2021, 11, 30)),
        ("tháng chạp", TODAY, date(2021, 12, 1), date(2021, 12, 31)),
        ("T8/2021", TODAY, date(2021, 8, 1), date(2021, 8, 31)),
        ("th 9", TODAY, date(2021, 9, 1), date(2021, 9, 30)),
        ("tháng 7 năm 2021", TODAY, date(2021, 7, 1), date(2021, 7, 31)),
        ("quý IV", TODAY, date(2021, 10, 1), date(2021, 12, 31)),
        ("Q3", TODAY, date(2021, 7, 1), date(2021, 9, 30)),
        ("quý 2/2021", TODAY, date(2021, 4, 1), date(2021, 6, 30)),
        ("quý này", date(2021, 8, 2), date(2021, 7, 1), date(2021, 9, 30)),
        ("quý sau", date(2021, 8, 2), date(2021, 10, 1), date(2021, 12, 31)),
        ("tháng này", date(2021, 5, 3), date(2021, 5, 1), date(2021, 5, 31)),
        ("tháng sau", date(2021, 5, 3), date(2021, 6, 1), date(2021, 6, 30)),
        ("tháng hiện tại", date(2021, 5, 3), date(2021, 5, 1), date(2021, 5, 31)),
        ("hôm nay", TODAY, TODAY, TODAY),
        ("ngày mai", TODAY, date(2021, 4, 14), date(2021, 4, 14)),
        ("tuần này", date(2021, 5, 12), date(2021, 5, 12), date(2021, 5, 16)),
        ("tuần sau", date(2021, 5, 12), date(2021, 5, 17), date(2021, 5, 23)),
        ("trong 10 ngày tới", TODAY, TODAY, date(2021, 4, 23)),
        ("từ nay đến cuối tháng", TODAY, TODAY, date(2021, 4, 30)),
        ("tu gio den cuoi quy", date(2021, 7, 12), date(2021, 7, 12), date(2021, 9, 30)),
        ("cuối quý này", date(2021, 5, 3), date(2021, 5, 3), date(2021, 6, 30)),
        ("cuối quý sau", date(2021, 5, 3), date(2021, 7, 1), date(2021, 9, 30)),
        ("cuối quý 3", date(2021, 5, 3), date(2021, 7, 1), date(2021, 9, 30)),
        ("từ giờ đến hết năm", TODAY, TODAY, date(2021, 12, 31)),
        ("cuối năm", TODAY, date(2021, 12, 1), date(2021, 12, 31)),
        ("trước 20/4", TODAY, TODAY, date(2021, 4, 20)),
        ("hạn 30/9/2021", TODAY, date(2021, 9, 30), date(2021, 9, 30)),
        ("ngày 30 tháng 9", TODAY, date(2021, 9, 30), date(2021, 9, 30)),
        ("từ tháng 6 đến tháng 8", TODAY, date(2021, 6, 1), date(2021, 8, 31)),
        ("6 tháng cuối năm", TODAY, date(2021, 7, 1), date(2021, 12, 31)),
        ("nửa sau năm 2021", TODAY, date(2021, 7, 1), date(2021, 12, 31)),
        ("nua dau nam", TODAY, date(2021, 1, 1), date(2021, 6, 30)),
        ("trước cuối tháng 5", TODAY, date(2021, 5, 1), date(2021, 5, 31)),
    ],
)
def test_periods(question, today, start, end):
    assert period_of(question, today) == (start, end)


def test_sau_with_and_without_marks():
    assert period_of("tháng sáu") == (date(2021, 6, 1), date(2021, 6, 30))
    assert period_of("tháng sau") == (date(2021, 5, 1), date(2021, 5, 31))


def test_a_year_is_context_not_a_period():
    spans, years = find_periods(tokenize("nhiệm vụ năm 2021"), TODAY, [2021])
    assert spans == [] and [y.year for y in years] == [2021]


@pytest.mark.parametrize(
    "agency, forms",
    [
        ("Sở Xây dựng", {"sxd", "soxd", "soxaydung"}),
        ("Sở Tài nguyên và Môi trường", {"stnmt", "sotnvamt", "sotainguyen"}),
        ("Sở Lao động, Thương binh và Xã hội", {"sldtbxh", "solaodong", "sld"}),
        ("Sở Nông nghiệp và Phát triển nông thôn", {"snn", "snnptnt", "sonongnghiepptnt"}),
        ("Công an tỉnh", {"cat", "catinh"}),
        ("Văn phòng UBND tỉnh", {"vpubnd", "vpubndtinh"}),
        ("Bảo hiểm xã hội tỉnh", {"bhxhtinh"}),
    ],
)
def test_short_forms_are_generated_from_the_names(catalogue, agency, forms):
    assert forms <= generated_forms(catalogue.agencies[agency])


def test_a_short_form_two_agencies_share_names_neither(assistant):
    # "SKH" is Kế hoạch và Đầu tư as much as Khoa học và Công nghệ.
    assert "skh" not in assistant.agencies.forms
    # The register writes "SNV" out for Sở Nội vụ: it wins over Sở Ngoại vụ's generated one.
    assert assistant.agencies.forms["snv"][0] == "Sở Nội vụ"


def test_every_generated_short_form_of_every_agency_is_read_back(assistant, catalogue):
    def listed(name):
        agency = catalogue.agencies[name]
        return {"".join(t.fold for t in tokenize(a)) for a in (agency.name, *agency.aliases)}

    for agency in catalogue.agencies.values():
        for form in generated_forms(agency):
            if form in assistant.agencies.forms:
                owner = assistant.agencies.resolve(form)
                # Another agency only wins a form its register line writes out ("Sở NV").
                assert owner == agency.name or form in listed(owner), form


def test_a_name_that_reads_as_catalogue_wording_is_weak(assistant, tq):
    parsed = parse(assistant, tq, "giấy phép xây dựng")
    assert [m.strong for m in parsed.agencies] == [False]
    parsed = parse(assistant, tq, "sở xây dựng")
    assert [m.strong for m in parsed.agencies] == [True]


def test_misspelt_department_is_still_read(assistant, tq):
    assert parse(assistant, tq, "sở tài chánh có việc gì").subject.name == "Sở Tài chính"


@pytest.mark.parametrize(
    "question, decision, number, sector",
    [
        ("406-14", "406", "14", ""),
        ("406/22", "406", "22", ""),
        ("mục 22", None, "22", ""),
        ("mục 5 QĐ 411", "411", "5", ""),
        ("xem mục 406-11 ngành y tế", "406", "11", "nganh y te"),
        # "TT" heads the number column of the seeds' tables
        ("TT 7 quyết định 411", "411", "7", ""),
        ("tt 11 thuộc 406 phần giáo dục", "406", "11", "phan giao duc"),
        # the decision on whose side the row stands
        ("hàng 3 bên 411", "411", "3", ""),
    ],
)
def test_row_references(assistant, tq, question, decision, number, sector):
    parsed = parse(assistant, tq, question)
    ref = parsed.rows[0]
    assert (ref.decision, ref.number) == (decision, number)
    assert " ".join(t.fold for t in ref.sector) == sector


def test_a_level_is_not_a_row(assistant, tq):
    assert parse(assistant, tq, "danh sách không đủ điều kiện lên mức 4").rows == ()
    assert parse(assistant, tq, "dịch vụ mức độ 3").rows == ()


@pytest.mark.parametrize(
    "question, task, how",
    [
        ("tq-2021-04-20", "tq-2021-04-20", "id"),
        ("Biểu 02 nộp khi nào", "tq-2021-04-20", "form"),
        ("biểu mẫu 2", "tq-2021-04-20", "form"),
        ("phụ lục III", "tq-2021-05-20", "form"),
        ("PL4 ghi thế nào", "tq-2021-05-20", "form"),
        ("phuj luc 2", "tq-2021-05-20", "form"),
        ("hạn 20/5", "tq-2021-05-20", "date"),
    ],
)
def test_task_references(assistant, tq, question, task, how):
    parsed = parse(assistant, tq, question)
    assert [(t.task.id, t.how) for t in parsed.tasks][:1] == [(task, how)]


@pytest.mark.parametrize(
    "question, asker, subject",
    [
        ("em ở sở y tế, bên em phải làm gì ạ", "Sở Y tế", "Sở Y tế"),
        ("bên sở gtvt hỏi đổi bằng lái", "Sở Giao thông vận tải", "Sở Giao thông vận tải"),
        ("em ở STP, sở xây dựng phải làm gì", "Sở Tư pháp", "Sở Xây dựng"),
        ("sở xây dựng phải làm gì", None, "Sở Xây dựng"),
    ],
)
def test_the_askers_own_agency(assistant, tq, question, asker, subject):
    parsed = parse(assistant, tq, question)
    assert parsed.asker == asker and parsed.subject.name == subject


def test_the_residue_is_what_no_span_claims(assistant, tq):
    parsed = parse(assistant, tq, "Sở Y tế tháng 8 có dịch vụ công nào đến hạn")
    assert [t.fold for t in parsed.residue_tokens] == ["co", "nao", "den", "han"]


def test_the_question_is_folded_once(assistant, tq):
    parsed = parse(assistant, tq, "Giấy phép XÂY DỰNG")
    assert [(t.raw, t.fold) for t in parsed.tokens] == [
        ("giấy", "giay"),
        ("phép", "phep"),
        ("xây", "xay"),
        ("dựng", "dung"),
    ]
