"""A scripted day, 2/6/2021 in Tuyên Quang: every view gives the same late count.

Three agencies report through /capnhat on 20/5: done rows, a row not eligible (with its reason),
a multi-phase row (406-39) still in progress after its first phase, a row the agency coordinates,
a blocked row and the provincial dossiers. On 2/6 /quahan, /quahan tinh, /tiendo, /tiendo tinh, the
coordinator's digest, the charts and the workbooks count the same late units.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from openpyxl import load_workbook

from knowledge.deliverables.digest import Cadence
from knowledge.render.charts import chart_data
from knowledge.rules.standing import marks_of
from tests.botkit import ADMIN, register, sketched_charts, texts
from tests.clikit import run_cli

BUILDING, FINANCE, ENVIRONMENT = 1001, 1002, 1003
UPDATES = [
    (BUILDING, "/capnhat 406-14 xong đã tích hợp"),
    (BUILDING, "/capnhat 406-15 không đủ điều kiện Chưa số hóa quy hoạch xây dựng"),
    (BUILDING, "/capnhat 20/4 xong"),
    (FINANCE, "/capnhat 406-39 đang làm"),
    (FINANCE, "/capnhat tq-2021-05-20 xong"),
    (ENVIRONMENT, "/capnhat 406-39 xong"),
    (ENVIRONMENT, "/capnhat 406-19 xong"),
    (ENVIRONMENT, "/capnhat 406-20 vướng mắc chờ dữ liệu đất đai"),
]
# Without any status, on 2/6/2021 the province owes 45 late units: 9 (row, lead agency) past a
# date of May (406-39's first phase among them), the 19 units that owe the 20/4 dossier (the 15
# Sở but Sở TT&TT, which receives it, Công an tỉnh and Bảo hiểm xã hội tỉnh, addressed by name
# in 000, Văn phòng UBND tỉnh and the Ban Quản lý các Khu công nghiệp: 000 §6) and the 17 that
# owe the 20/5 list (003 addresses "Các Sở, ban, ngành" only: not the police nor social
# insurance). The 7 district units only comment (000 §4, 003 §2) and Viễn thông supports (000
# §5): not late. 406-14, 406-19, two dossiers are done and 406-15 is not eligible: 45 - 5.
PROVINCE_LATE = 40
# Sở Tài chính: 406-39 (first phase passed), 406-18 (it coordinates, no status of its own), the
# 20/4 dossier.
FINANCE_LATE = 3


def number(pattern: str, text: str) -> int:
    found = re.search(pattern, text)
    assert found, f"{pattern!r} not in {text!r}"
    return int(found.group(1))


def files(calls, method):
    return [c["file"] for c in calls if c["method"] == method and c["error"] is None and c["file"]]


def late_lines(path) -> int:
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    header = next(r for r in rows if r[0] == "Mục")
    column = header.index("Tình trạng")
    return sum(1 for r in rows if isinstance(r[column], str) and r[column].startswith("Quá hạn"))


def late_keys(text: str) -> list[str]:
    """The keys a late list names, in its order ("• 📌 tq-2021-04-20 …", "• 406-39 …")."""
    return re.findall(r"^• (?:📌 )?(\S+)", text, re.M)


async def test_one_late_count_in_every_view(player, db_url, monkeypatch):
    sketched_charts(monkeypatch)  # the pictures' counts, not their pixels (tests/botkit.py)
    await register(player, BUILDING, "Sở Xây dựng", "Nguyễn Văn An")
    await register(player, FINANCE, "Sở Tài chính", "Trần Thị Bình")
    await register(player, ENVIRONMENT, "Sở Tài nguyên và Môi trường", "Lê Văn Cường")
    await player.line("@ 2021-05-20 09:00")
    for user, line in UPDATES:
        out = texts(await player.send(user, line), user)
        assert out[0].startswith("✅ Đã ghi"), out
    svc = player.app.bot_data["services"]
    current = svc.repo.current_all()
    assert {k: c.new for k, c in current.items()} == {
        ("406-14", "Sở Xây dựng"): "hoan_thanh",
        ("406-15", "Sở Xây dựng"): "khong_du_dieu_kien",
        ("tq-2021-04-20", "Sở Xây dựng"): "hoan_thanh",
        ("406-39", "Sở Tài chính"): "dang_thuc_hien",
        ("tq-2021-05-20", "Sở Tài chính"): "hoan_thanh",
        # done on a row of two milestones both owed: the first, the second still tracked
        ("406-39@2021-05-31", "Sở Tài nguyên và Môi trường"): "hoan_thanh",
        ("406-19", "Sở Tài nguyên và Môi trường"): "hoan_thanh",
        ("406-20", "Sở Tài nguyên và Môi trường"): "vuong_mac",
    }
    assert current[("406-15", "Sở Xây dựng")].note == "Chưa số hóa quy hoạch xây dựng"

    # a coordinator who wants the digest every working day: the tick of 2/6 sends it
    player.config.digest = Cadence(weekdays=(0, 1, 2, 3, 4))
    digest = [t for t in texts(await player.line("@ 2021-06-02 09:00"), ADMIN) if "Tổng hợp" in t]
    digest = digest[-1:]  # the day's, after those of the days the clock ran over (ux34 #6)
    assert digest and "2/6/2021" in digest[0]
    # /quahan tinh's count (ux30 #7), late rows and missing dossiers said apart (ux20 #11):
    # both dossiers are past 20/5 by 2/6
    assert number(r"(\d+) mục quá hạn", digest[0]) == PROVINCE_LATE
    dossiers = number(r"\((\d+) lượt hồ sơ chưa nộp quá hạn", digest[0])
    rows = number(r"(\d+) mục ở danh sách Quá hạn", digest[0])
    assert f"{dossiers} lượt hồ sơ chưa nộp (Biểu 02: 18, Phụ lục I–IV: 16)" in digest[0]
    assert (rows, dossiers) == (PROVINCE_LATE - 34, 34)

    out = texts(await player.send(ADMIN, "/quahan tinh"), ADMIN)
    assert number(r"(\d+) mục quá hạn", out[0]) == PROVINCE_LATE
    whole = "\n".join(out)
    assert "406-39" in whole and "406-14" not in whole and "406-15" not in whole

    out = texts(await player.send(ADMIN, "/tiendo tinh"), ADMIN)
    total = next(line for line in out[0].splitlines() if line.startswith("Toàn tỉnh"))
    assert number(r"(\d+) quá hạn", total) == PROVINCE_LATE
    # the not-eligible row is its own category, not done
    assert number(r"(\d+) không đủ điều kiện", total) == 1
    assert number(r"(\d+)/\d+ xong", total) == 4
    assert "Sở Tài chính: 1/4 xong (25%), ❗2 quá hạn" in out[0]

    out = texts(await player.send(FINANCE, "/quahan"), FINANCE)
    assert number(r"(\d+) mục quá hạn", out[0]) == FINANCE_LATE
    assert all(key in out[0] for key in ("406-39", "406-18", "tq-2021-04-20"))
    command = out[0]

    # free text agrees with the commands: the same late units, asked as the officer would
    for question in ("bên em có gì quá hạn không", "đơn vị mình còn mục nào trễ hạn"):
        said = texts(await player.send(FINANCE, question), FINANCE)[0]
        assert late_keys(said) == late_keys(command), question
        assert number(r"(\d+) mục quá hạn", said) == FINANCE_LATE
    said = texts(await player.send(ADMIN, "toàn tỉnh có gì quá hạn"), ADMIN)[0]
    assert number(r"(\d+) mục quá hạn", said) == PROVINCE_LATE
    said = texts(await player.send(BUILDING, "Sở Tài chính có gì trễ hạn"), BUILDING)[0]
    assert late_keys(said) == late_keys(command)
    # what is still open: late and open units, never a done or not-eligible one
    said = texts(await player.send(BUILDING, "sở em còn gì chưa xong"), BUILDING)[0]
    keys = late_keys(said)
    assert "tq-2021-05-20" in keys and "406-54" in keys
    assert not {"406-14", "406-15", "tq-2021-04-20"} & set(keys)
    # and from the command line, as an officer of the agency, on the same database
    result = run_cli(
        "ask",
        "--json",
        "--db",
        db_url,
        "--today",
        "2021-06-02",
        "--agency",
        "Sở Tài chính",
        "bên em có gì quá hạn",
    )
    data = json.loads(result.stdout)
    assert (data["intent"], data["agency"], data["sure"]) == ("progress", "Sở Tài chính", True)
    listed = [t["id"] for t in data["tasks"]] + [i["key"] for i in data["items"]]
    assert sorted(listed) == sorted(late_keys(command))
    assert {i["standing"] for i in data["items"] + data["tasks"]} == {"late"}
    out = texts(await player.send(FINANCE, "/tiendo"), FINANCE)
    # its own rows and tasks in the head, the row it coordinates apart (u23c #5): together
    counts = [line for line in out[0].splitlines() if not line.startswith("•")]
    assert sum(int(n) for n in re.findall(r"❗(\d+) quá hạn", "\n".join(counts))) == FINANCE_LATE
    # each milestone with its own standing (ux24 #3)
    assert (
        "mốc 1 (hộ gia đình) 31/5/2021 — quá hạn 2 ngày; mốc 2 (doanh nghiệp) 31/8/2021"
        in (out[0])
    )

    # tasks count in /quahan; done and not-eligible rows never read late
    out = texts(await player.send(BUILDING, "/quahan"), BUILDING)
    assert number(r"(\d+) mục quá hạn", out[0]) == 1 and "tq-2021-05-20" in out[0]
    out = texts(await player.send(BUILDING, "/tiendo"), BUILDING)
    done = next(line for line in out[0].splitlines() if "406-14" in line)
    closed = next(line for line in out[0].splitlines() if "406-15" in line)
    assert "Hoàn thành" in done and "quá hạn" not in done.lower()
    assert "Không đủ điều kiện" in closed and "quá hạn" not in closed.lower()

    # the charts: what they draw, and the pictures sent
    marks = marks_of(svc.repo.current_all())
    catalogue, today = svc.assistant.catalogue, svc.clock.today()
    assert sum(b.late for b in chart_data(catalogue, svc.province, marks, today)) == PROVINCE_LATE
    [finance] = chart_data(catalogue, svc.province, marks, today, "Sở Tài chính")
    assert (finance.late, finance.counts["hoan_thanh"]) == (FINANCE_LATE, 1)
    await player.send(ADMIN, "/tiendo tinh")
    assert files(await player.send(ADMIN, "[📊 Xem biểu đồ]"), "sendPhoto")
    await player.send(FINANCE, "/tiendo")
    [photo] = files(await player.send(FINANCE, "[📊 Xem biểu đồ]"), "sendPhoto")
    # the agency's picture draws its one bar, with its late units (the sketch names them)
    assert f"Sở Tài chính:{finance.total}:{FINANCE_LATE}".encode() in Path(photo).read_bytes()

    # the workbooks: the province's, one line per row and unit; the agency's own
    await player.send(ADMIN, "/baocao")
    [path] = files(await player.send(ADMIN, "[Tiến độ BIỂU 01 (toàn tỉnh)]"), "sendDocument")
    assert late_lines(path) == PROVINCE_LATE
    await player.send(FINANCE, "/baocao")
    [path] = files(await player.send(FINANCE, "[Tiến độ BIỂU 01 (Sở Tài chính)]"), "sendDocument")
    assert late_lines(path) == FINANCE_LATE
