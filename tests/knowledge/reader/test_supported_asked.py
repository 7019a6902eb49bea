"""Which units a supporter's part serves, asked: a unit word with "nào", or a support verb with
"ai"; "nộp cho ai" asks where a document goes, not this."""

from __future__ import annotations

import pytest

from knowledge.language.text import tokenize
from knowledge.reader.supported_asked import asks_whom_supported


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("ben em phai gop y cho so nao", True),
        ("huyện em phối hợp với đơn vị nào", True),
        ("bên em góp ý cho ai", True),
        ("biểu 02 nộp cho ai", False),
        ("bên em phải góp ý những gì", False),
        ("góp ý biểu 02 hạn khi nào", False),
    ],
)
def test_whom_supported(text: str, asked: bool) -> None:
    assert asks_whom_supported(tokenize(text)) is asked
