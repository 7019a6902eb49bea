"""/congvan lichsu (knowledge/render/letter_versions.py): a rename's line says which task and
its title old → new, each title cut so the line stays one version's; a later version that keeps
the titles given says nothing of them again."""

from __future__ import annotations

from datetime import datetime

from knowledge.letters.publish import LetterVersion
from knowledge.render.letter_versions import version_lines

AT = datetime(2021, 5, 20, 9, 0)
WAS = "Hồ sơ đề xuất Danh mục DVCTT mức độ 3, 4 thực hiện tích hợp, cung cấp trên Cổng dịch vụ"


def test_a_rename_says_the_task_and_its_title_old_to_new():
    renamed = {"tq-2021-04-20": ("Hồ sơ đăng ký DVCTT", WAS)}
    versions = [
        LetterVersion(1, "rename", None, (), None, 9000, AT, renamed=renamed),
        LetterVersion(2, "end", None, (), None, 9000, AT, renamed=renamed),
    ]
    lines = version_lines(versions, {}, 2)
    assert lines[1].startswith("1 · 20/5/2021 09:00 · đổi tên nhiệm vụ tq-2021-04-20: «Hồ sơ")
    assert "…» → «Hồ sơ đăng ký DVCTT» · 0 công văn" in lines[1], lines[1]
    assert "DVCTT»" not in lines[2] and lines[2].endswith("← đang dùng"), lines[2]
