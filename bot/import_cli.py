"""`python -m bot import FILE --province SLUG [--name NAME] [--decision 406|411] [--db URL]`: load
a provincial assignment table (like BIỂU 01) for a new province or a new year; refused whole, with
line numbers, on any error.
"""

from __future__ import annotations

import sys
from pathlib import Path

from bot.clock import Clock
from bot.config import load_config
from db.import_repo import ImportRepo
from db.session import make_engine, make_sessions, migrate
from knowledge.ask import Assistant
from knowledge.importer import ImportRefused, read_table, validate
from knowledge.loader import default_catalogue


def main(args) -> int:
    config = load_config(args.config)
    path = Path(args.file)
    if not path.exists():
        print(f"Không thấy tệp {path}.", file=sys.stderr)
        return 2
    catalogue = default_catalogue()
    known = catalogue.provinces.get(args.province)
    if known is None and not args.name:
        print(
            f'Tỉnh {args.province!r} chưa có: thêm --name "Tên tỉnh" để tạo mới.', file=sys.stderr
        )
        return 2
    decision = args.decision or (known.decision if known else "406")
    try:
        rows = validate(read_table(path), Assistant(catalogue), decision)
    except ImportRefused as refused:
        print(
            f"Từ chối cả tệp {path.name} ({len(refused.errors)} lỗi), không có gì thay đổi:",
            file=sys.stderr,
        )
        for error in refused.errors:
            print(f"  {error}", file=sys.stderr)
        return 1
    engine = make_engine(args.db or config.database)
    migrate(engine)
    ImportRepo(make_sessions(engine)).replace(
        args.province, args.name or known.name, decision, rows, path.name, Clock().now()
    )
    print(
        f"Đã nạp {len(rows)} mục cho tỉnh {args.province} từ {path.name}. Khởi động lại bot để "
        "dùng bảng mới."
    )
    return 0
