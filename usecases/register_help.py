"""How to register, asked in chat by someone not registered ("đăng ký thế nào ạ", "dang ky",
"chào bạn, mình là cán bộ VP UBND huyện …, đăng ký thế nào": knowledge/reader/register_how.py):
/dangky's button for the agency the writer names, else the line saying how; where their request
stands when they made one. Nothing is requested before a press. It was read as a question and
listed the services titled "Đăng ký …" (ux37 #8)."""

from __future__ import annotations

from knowledge.catalogue import units
from knowledge.reader.register_how import register_asked
from knowledge.render import whose
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.officers import AgencyChoice, named_unit, registrable
from usecases.runner import use_case


@use_case(database=False)
def register_help(desk: Desk, caller: Caller, text: str) -> AgencyChoice | str | None:
    """The agency's /dangky offered, or the line on how to register; None when the text asks
    something else or comes from an officer or an admin."""
    if caller.agency is not None or caller.is_admin:
        return None
    asked = desk.remembered(  # every text typed by someone unregistered passes here
        "register how", text, lambda: register_asked(text, lambda t: named_unit(desk, t))
    )
    if asked is None:
        return None
    if caller.registration is not None:  # asked already: where that request stands
        return whose.whose_waiting(caller.standing)
    agency = asked.agency
    if agency is not None:
        choices = units.choose_unit(desk.province, agency)
        if choices:
            return AgencyChoice(tuple(choices), group=agency)
        if agency in registrable(desk):
            return AgencyChoice((agency,))
    return whose.REGISTER_HOW_TEXT
