"""Importing a provincial assignment table like BIỂU 01 (csv or xlsx): row key or service name,
lead agencies, coordinating agencies, deadline. Every line is validated; one bad line refuses the
whole file, with each error's line number, so a province never runs on half a table.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, replace
from pathlib import Path

from knowledge.deadlines import DeadlineError, parse_deadline
from knowledge.model import Assignment, Catalogue, Province
from knowledge.text import fold

COLUMNS = {
    "row": (
        "muc",
        "ma muc",
        "ma",
        "key",
        "stt",
        "ten dich vu",
        "ten dich vu cong",
        "dich vu",
        "ten dich vu cong tthc",
    ),
    "lead": ("chu tri", "co quan chu tri", "lead"),
    "coordinate": ("phoi hop", "co quan phoi hop", "coordinate"),
    "deadline": ("thoi han", "han", "thoi han hoan thanh", "deadline"),
}
_KEY = re.compile(r"^(406|411)\s*[-/ ]\s*0*(\d{1,3})(?:\s*/\s*(.+))?$")
SEPARATORS = re.compile(r"[|;\n]")  # not the comma: "Sở Lao động, Thương binh và Xã hội" holds one
MIN_COVERAGE = 0.85
CLEAR_MARGIN = 0.9
COORDINATOR = "Sở Thông tin và Truyền thông"


class ImportRefused(ValueError):
    def __init__(self, errors: list[str]):
        super().__init__("\n".join(errors))
        self.errors = errors


@dataclass(frozen=True)
class ImportedRow:
    line: int
    key: str
    lead: tuple[str, ...]
    coordinate: tuple[str, ...]
    deadline_text: str


def read_table(path: Path) -> list[tuple[int, list[str]]]:
    """(line number, cells) of a .csv (UTF-8, comma or semicolon) or an .xlsx's first sheet."""
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        from openpyxl import load_workbook

        sheet = load_workbook(path, read_only=True, data_only=True).active
        return [
            (i, ["" if v is None else str(v).strip() for v in row])
            for i, row in enumerate(sheet.iter_rows(values_only=True), start=1)
        ]
    if suffix in (".csv", ".tsv", ".txt"):
        text = path.read_text(encoding="utf-8-sig")
        dialect = (
            csv.Sniffer().sniff(text[:2000], delimiters=",;\t") if text.strip() else csv.excel
        )
        return [
            (i, [c.strip() for c in row])
            for i, row in enumerate(csv.reader(text.splitlines(), dialect), start=1)
        ]
    raise ImportRefused([f"{path.name}: chỉ nhận tệp .csv hoặc .xlsx"])


def _header(rows: list[tuple[int, list[str]]]) -> tuple[int, dict[str, int]] | None:
    for index, (_, cells) in enumerate(rows[:10]):
        found = {}
        for col, cell in enumerate(cells):
            name = fold(cell)
            for field, words in COLUMNS.items():
                if field not in found and (
                    name in words or any(name.startswith(w + " ") for w in words)
                ):
                    found[field] = col
        if {"row", "lead", "deadline"} <= set(found):
            return index, found
    return None


def validate(
    rows: list[tuple[int, list[str]]], assistant, province_decision: str
) -> list[ImportedRow]:
    """The table's lines as assignments, or ImportRefused listing every bad line."""
    header = _header(rows)
    if header is None:
        raise ImportRefused(
            [
                "không thấy dòng tiêu đề: cần các cột Mục (hoặc Tên dịch vụ), Chủ trì, Phối hợp, "
                "Thời hạn"
            ]
        )
    start, columns = header
    errors: list[str] = []
    result: list[ImportedRow] = []
    seen: dict[str, int] = {}
    for line, cells in rows[start + 1 :]:
        if not any(cells):
            continue

        def cell(field: str, cells: list[str] = cells) -> str:
            col = columns.get(field)
            return cells[col].strip() if col is not None and col < len(cells) else ""

        problems: list[str] = []
        key = resolve_row(cell("row"), assistant, province_decision, problems)
        lead = _agencies(cell("lead"), assistant, problems, "chủ trì")
        if not lead and not any("chủ trì" in p for p in problems):
            problems.append("thiếu cơ quan chủ trì")
        coordinate = _agencies(cell("coordinate"), assistant, problems, "phối hợp")
        deadline = cell("deadline")
        try:
            parse_deadline(deadline)
        except DeadlineError as exc:
            problems.append(f"thời hạn không hợp lệ: {exc}")
        if key and key in seen:
            problems.append(f"mục {key} đã có ở dòng {seen[key]}")
        if problems:
            errors += [f"dòng {line}: {p}" for p in problems]
            continue
        assert key is not None  # resolve_row reports a problem when it finds no row
        seen[key] = line
        result.append(ImportedRow(line, key, lead, coordinate, deadline))
    if errors:
        raise ImportRefused(errors)
    if not result:
        raise ImportRefused(["tệp không có dòng dữ liệu nào"])
    return result


def resolve_row(text: str, assistant, decision: str, problems: list[str]) -> str | None:
    if not text:
        problems.append("thiếu mục (mã hoặc tên dịch vụ)")
        return None
    rows = assistant.catalogue.rows
    m = _KEY.match(text.strip())
    if m:
        key = f"{m.group(1)}-{int(m.group(2))}" + (f"/{m.group(3).strip()}" if m.group(3) else "")
        found = next((k for k in rows if fold(k) == fold(key)), None)
        if found is None:
            problems.append(f"không có mục {text!r} trong danh mục")
        return found
    wanted = fold(text)
    exact = [r.key for r in rows.values() if fold(r.title) == wanted and not r.sub]
    if len(exact) == 1:
        return exact[0]
    prior = {k: 1.0 for k, r in rows.items() if r.decision == decision}
    hits = assistant.matcher.search(text, limit=2, prior=prior)
    if (
        hits
        and hits[0].coverage >= MIN_COVERAGE
        and (len(hits) == 1 or hits[1].score < CLEAR_MARGIN * hits[0].score)
    ):
        return hits[0].key
    problems.append(f"không xác định được mục cho “{text[:80]}” (ghi mã mục, ví dụ 406-14)")
    return None


def _agencies(text: str, assistant, problems: list[str], role: str) -> tuple[str, ...]:
    names = []
    for part in (p.strip() for p in SEPARATORS.split(text or "")):
        if not part:
            continue
        name = assistant.agencies.resolve(part)
        if name is None:
            problems.append(f"cơ quan {role} không rõ: “{part[:80]}”")
        else:
            names.append(name)
    return tuple(dict.fromkeys(names))


def with_imported(
    catalogue: Catalogue, slug: str, name: str, decision: str, rows: list[ImportedRow], source: str
) -> Catalogue:
    """The catalogue with this province's assignments replaced by the imported table (a new
    province if needed).
    """
    base = catalogue.provinces.get(slug) or Province(
        slug=slug, name=name, coordinator=COORDINATOR, decision=decision
    )
    assignments = {}
    for r in rows:
        assignments[r.key] = Assignment(
            key=r.key,
            province=slug,
            lead=base.expand(r.lead),  # "UBND huyện" means each of the province's units
            coordinate=base.expand(r.coordinate),
            deadline_text=r.deadline_text,
            milestones=parse_deadline(r.deadline_text),
            role_text="",
            source=f"{source}#dòng {r.line}",
        )
    province = replace(
        base,
        assignments=assignments,
        assignments_label=f"bảng nhập từ {source}",
        name=name or base.name,
    )
    return replace(catalogue, provinces={**catalogue.provinces, slug: province})
