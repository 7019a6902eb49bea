"""What the chat says to a follow-up it cannot read against one thing ("thế còn hạn thì sao"
right after "Có phải bạn hỏi…"): which of the last choices, each with its key and title."""

from __future__ import annotations

from datetime import date

from knowledge.catalogue.views import RowView, TaskView
from knowledge.render.answers import row_list
from knowledge.render.task_answers import task_item

WHICH_NEXT = "Bạn hỏi tiếp về mục nào?"
# "cái kia" after an answer about one thing with no other choice: which other one is not known
ONE_SHOWN = (
    "Câu trước chỉ nói về một mục (dưới đây); «cái kia» là mục nào? Gõ tên dịch vụ hoặc mã "
    "mục; bấm nếu vẫn hỏi mục này."
)
# the last answer was a service in neither catalogue: it has no date in the plan
ABSENT_AGAIN = (
    "Câu trước hỏi một dịch vụ không có trong danh mục QĐ 406/411 nên không có hạn trong kế "
    "hoạch của tỉnh. Hỏi dịch vụ khác: gõ tên hoặc mã mục (ví dụ <code>406-14</code>)."
)

# the last message was not understood: nothing to ask on
UNCLEAR_AGAIN = (
    "Tôi chưa rõ bạn hỏi tiếp về mục nào. Gõ tên dịch vụ hoặc mã mục (ví dụ "
    "<code>406-14</code>), hoặc tên nhiệm vụ (ví dụ <code>Biểu 02</code>)."
)


def which_next(
    views: list[RowView], tasks: list[TaskView], today: date, header: str = WHICH_NEXT
) -> str:
    """The last choices again, to pick the one the follow-up is about."""
    lines = [header]
    lines += [task_item(view, today) for view in tasks]
    lines += row_list(views, today)
    lines.append("\nBấm một mục bên dưới, hoặc gõ mã mục.")
    return "\n".join(lines)
