"""`python -m bot import FILE [--apply [--replace]]`, `import --history`, `import --rollback N`
(`--province SLUG`, `--name NAME`, `--decision 406|411`, `--db URL`): a provincial assignment
table (like BIỂU 01) as a reviewed change. Without --apply it only prints the difference from the
table in force; with it the table becomes a new version; a table that drops rows in force needs
--replace as well. Every version is kept and any can be restored.
"""

from __future__ import annotations

import sys
from pathlib import Path

from bot.clock import Clock
from bot.config import load_config
from db.import_repo import ImportRepo
from db.session import make_sessions, open_database
from knowledge.catalogue.importer import ImportRefused, checked, validate
from knowledge.catalogue.loader import default_catalogue
from knowledge.catalogue.model import Catalogue
from knowledge.catalogue.table_versions import (
    diff,
    render_diff,
    render_version,
    table_of,
    version_zero,
)
from knowledge.formats.safe_zip import FileRefused
from knowledge.formats.sandbox import run_job
from knowledge.reader.ask import Assistant


def fail(line: str) -> int:
    print(line, file=sys.stderr)
    return 2


def in_force(repo: ImportRepo, slug: str) -> Catalogue:
    return repo.in_force(default_catalogue(), slug)[1]


def embedded(slug: str) -> tuple[str, str, int] | None:
    return version_zero(default_catalogue(), slug)


def main(args) -> int:
    config = load_config(args.config)
    slug = args.province or config.province
    if not (args.file or args.history or args.rollback is not None):
        return fail("Thiếu tệp: python -m bot import BẢNG.xlsx [--apply], hoặc --history.")
    engine = open_database(args.db or config.database)
    repo = ImportRepo(make_sessions(engine))
    if args.history:
        return history(repo, slug)
    if args.rollback is not None:
        return rollback(repo, slug, args.rollback)
    return load(repo, slug, args)


def history(repo: ImportRepo, slug: str) -> int:
    versions = repo.history(slug)
    zero = embedded(slug)
    if not versions and zero is None:
        return fail(f"Tỉnh {slug!r} chưa có bảng phân công nào.")
    current = repo.in_force_number(slug)
    if zero is not None:
        print(f"0 · dữ liệu gốc (assignments_{slug}.tsv) · {zero[2]} mục", end="")
        print(" ← đang dùng" if current == 0 else "")
    for v in versions:
        print(render_version(v, v.number == current))
    return 0


def rollback(repo: ImportRepo, slug: str, number: int) -> int:
    if number == repo.in_force_number(slug):
        print(f"Phiên bản {number} đang được dùng: không có gì thay đổi.")
        return 0
    catalogue = in_force(repo, slug)
    known = catalogue.provinces.get(slug)
    before = table_of(known.assignments.values()) if known else {}
    done = repo.rollback(slug, number, Clock().now(), None, embedded(slug))
    if done is None:
        return fail(f"Không có phiên bản {number} của tỉnh {slug} (xem: import --history).")
    after = table_of(in_force(repo, slug).province(slug).assignments.values())
    print(f"Đã khôi phục phiên bản {number}: nay là phiên bản {done.number} ({done.rows} mục).")
    for line in render_diff(diff(before, after), f"Phiên bản {number}", "bảng trước đó")[1:]:
        print(line)
    return 0


def load(repo: ImportRepo, slug: str, args) -> int:
    path = Path(args.file)
    if not path.is_file():
        return fail(f"Không thấy tệp {path}.")
    catalogue = in_force(repo, slug)
    known = catalogue.provinces.get(slug)
    if known is None and not args.name:
        return fail(f'Tỉnh {slug!r} chưa có: thêm --name "Tên tỉnh" để tạo mới.')
    decision = args.decision or (known.decision if known else "406")
    try:
        # the same bounds and sandbox as a file sent in the chat
        lines = checked(path.name, run_job("table", path.name, path.read_bytes()))
        rows = validate(lines, Assistant(catalogue), decision, path.name)
    except OSError:
        return fail(f"Không đọc được tệp {path}. Không có gì thay đổi.")
    except FileRefused as exc:
        return fail(f"{exc} Không có gì thay đổi.")
    except ImportRefused as refused:
        print(
            f"Từ chối cả tệp {path.name} ({len(refused.errors)} lỗi), không có gì thay đổi:",
            file=sys.stderr,
        )
        for error in refused.errors:
            print(f"  {error}", file=sys.stderr)
        return 1
    current = repo.in_force_number(slug)
    old = table_of(known.assignments.values()) if known else {}
    expand = known.expand if known else None
    change = diff(old, table_of(rows, expand))
    for line in render_diff(change, f"Tệp {path.name}", f"bảng đang dùng, phiên bản {current}"):
        print(line)
    if not args.apply:
        print("Chưa ghi gì: thêm --apply để dùng bảng này.")
        return 0
    if change.empty:
        print("Không có gì thay đổi.")
        return 0
    if change.partial and not args.replace:
        return fail(
            f"Bảng mới thiếu {len(change.removed)} mục đang có: thêm --replace để bỏ các mục "
            "đó. Không có gì thay đổi."
        )
    name = args.name or (known.name if known else slug)
    done = repo.add(slug, name, decision, rows, path.name, Clock().now())
    print(
        f"Đã áp dụng phiên bản {done.number} ({done.rows} mục, từ {path.name}). "
        f"Hoàn tác: python -m bot import --rollback {current}"
    )
    return 0
