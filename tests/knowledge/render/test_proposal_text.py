"""A proposal's change quoted back: each field, before → after, every value escaped."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from knowledge.render.proposal_text import quote
from knowledge.rules.proposal_changes import ChangeKind, LoggedChange

EDITED_AT = datetime(2021, 4, 20, 9, 0, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh"))


def test_the_quote_names_each_field_old_to_new_escaped():
    change = LoggedChange(
        1,
        3,
        ChangeKind.EDIT,
        {"tier": "tinh", "coordinate": [], "name": "A <b>"},
        {"tier": "huyen", "coordinate": ["Sở Y tế", "Công an tỉnh"], "name": "A & B"},
        1001,
        EDITED_AT,
    )
    assert quote(change).splitlines() == [
        "  Cấp: Cấp tỉnh → <b>Cấp huyện</b>",
        "  Phối hợp: — → <b>Sở Y tế, Công an tỉnh</b>",
        "  Tên: A &lt;b&gt; → <b>A &amp; B</b>",
    ]
