"""`python -m bot import FILE [--merge] [--apply [--replace]]`, `import --history`,
`import --rollback N` (`--province SLUG`, `--name NAME`, `--decision 406|411`, `--db URL`): a
provincial assignment table (like BIỂU 01) as a reviewed change. Without --apply it only prints
the difference from the table in force; with it the table becomes a new version; a table that
drops rows in force needs --replace as well. With --merge only the rows in FILE change (added or
replaced), every other row in force is kept: a patch of a few rows, never a drop. Every version
is kept and any can be restored (usecases/tables.py, as the table sent in chat). Bad input exits
2 with one line on standard error.
"""

from __future__ import annotations

import sys
from pathlib import Path

from bot.cli_context import open_desk
from bot.clock import TZ
from knowledge.catalogue.importer import ImportRefused, checked
from knowledge.formats.safe_zip import FileRefused
from knowledge.formats.sandbox import run_job
from knowledge.render.table_text import render_diff, render_version
from usecases import tables
from usecases.desk import Desk
from usecases.results import Refusal

TIME_ZONE = f"Việt Nam, {TZ.key}"


def fail(line: str) -> int:
    print(line, file=sys.stderr)
    return 2


def main(args) -> int:
    if not (args.file or args.history or args.rollback is not None):
        return fail("Thiếu tệp: python -m bot import BẢNG.xlsx [--apply], hoặc --history.")
    opened = open_desk(args, check_province=False, writable=True)
    assert opened is not None
    config, desk = opened
    slug = config.province
    if args.history:
        return history(desk, slug)
    if args.rollback is not None:
        return rollback(desk, slug, args.rollback)
    return load(desk, slug, args)


def history(desk: Desk, slug: str) -> int:
    found = desk.call(tables.versions, slug)
    zero = found.zero
    if not found.versions and zero is None:
        return fail(f"Tỉnh {slug!r} chưa có bảng phân công nào.")
    print(f"Các phiên bản bảng phân công của tỉnh {slug} (giờ {TIME_ZONE}):")
    if zero is not None:
        print(f"0 · dữ liệu gốc (assignments_{slug}.tsv) · {zero[2]} mục", end="")
        print(" ← đang dùng" if found.current == 0 else "")
    last = None
    for v in found.versions:
        line = render_version(v, v.number == found.current)
        if last is not None and v.at is not None and v.at < last:
            # numbers give the order; a time before the one above came from another clock
            line += " (ghi theo đồng hồ khác: giờ trước phiên bản trên; xem --at)"
        last = v.at or last
        print(line)
    return 0


def rollback(desk: Desk, slug: str, number: int) -> int:
    if number == desk.call(tables.versions, slug).current:
        print(f"Phiên bản {number} đang được dùng: không có gì thay đổi.")
        return 0
    done = desk.call(tables.restore_version, slug, number, None)
    if done is None:
        return fail(f"Không có phiên bản {number} của tỉnh {slug} (xem: import --history).")
    version = done.version
    print(
        f"Đã khôi phục phiên bản {number}: nay là phiên bản {version.number} ({version.rows} mục)."
    )
    for line in render_diff(done.change, f"Phiên bản {number}", "bảng trước đó")[1:]:
        print(line)
    return 0


def load(desk: Desk, slug: str, args) -> int:
    path = Path(args.file)
    merge = getattr(args, "merge", False)
    if merge and args.replace:
        return fail(
            "--merge giữ mọi mục khác, --replace bỏ chúng: chọn một. Không có gì thay đổi."
        )
    if not path.is_file():
        return fail(f"Không thấy tệp {path}.")
    try:
        # the same bounds and sandbox as a file sent in the chat
        table = checked(path.name, run_job("table", path.name, path.read_bytes()))
        file = tables.TableFile(
            path.name, table, args.apply, args.replace, args.name, args.decision, merge
        )
        result = desk.call(tables.import_table, slug, file)
    except OSError:
        return fail(f"Không đọc được tệp {path}. Không có gì thay đổi.")
    except FileRefused as exc:
        return fail(f"{exc} Không có gì thay đổi.")
    except ImportRefused as refused:
        return fail(
            f"Từ chối cả tệp {path.name} ({len(refused.errors)} lỗi), không có gì thay đổi: "
            + "; ".join(refused.errors)
        )
    if isinstance(result, Refusal):
        return fail(result.reason)
    label = f"bảng đang dùng, phiên bản {result.current}"
    # a patch's count is the table it makes, not the file's ("43 mục" for a file of 3 rows)
    source = (
        f"Tệp {path.name} ({result.merged} dòng) ghép vào bảng"
        if result.merged is not None
        else f"Tệp {path.name}"
    )
    for line in render_diff(result.change, source, label):
        print(line)
    for line in result.late_plans:  # a provincial date after the decision's: said, not refused
        print(line)
    if not args.apply:
        print("Chưa ghi gì: thêm --apply để dùng bảng này.")
        return 0
    if result.needs_replace:
        return fail(
            f"Bảng mới thiếu {len(result.change.removed)} mục đang có: thêm --replace để bỏ các "
            "mục đó. Không có gì thay đổi."
        )
    if result.version is None:
        print("Không có gì thay đổi.")
        return 0
    what = f"các mục trong {path.name} gộp vào bảng đang dùng" if merge else f"từ {path.name}"
    print(
        f"Đã áp dụng phiên bản {result.version.number} ({result.version.rows} mục, {what}). "
        f"Hoàn tác: python -m bot import --rollback {result.current}"
    )
    return 0
