"""The callback-data codec of every button: each kind a frozen dataclass registered with a
short prefix, encoded as `prefix:field:field`, decoded back to the dataclass, and the pattern its
CallbackQueryHandler matches generated from it. The kinds themselves live beside this module,
grouped by capability (statuses.py, forms.py, letters.py); this one holds only the rules every
kind follows.

Fields carry stable ids only: row keys, task ids and agency names as references
(usecases/refs.py: the key itself when short ASCII, else a digest of it), change, proposal and
draft ids, status values, version numbers. Never a position in a list: a button pressed after a
new table version must name the same row, or be refused. Every encoding stays under Telegram's
64 bytes (`encode` checks it).

Add a kind: a frozen dataclass with `@button("xy")` (a prefix no other kind has) in the module of
its capability, re-exported by handlers/buttons/__init__.py, fields of type int, bool, str (a
token: letters, digits, `_`, `-`), a StrEnum, or `Ref` (a row, task or agency by reference); then
one line in handlers/registry.py: `pressed(Kind, callback)`. Kinds whose data carried stable ids
before this codec keep their old form (`ok:1001`, `pe:7`, `un:42`...), so the buttons already in
chats keep working; those that carried a list position (`u:31`, `ag:5`) now carry a reference,
and an old one is refused.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import re
import typing
from collections.abc import Awaitable, Callable
from typing import Annotated, Any, ClassVar, TypeVar

from telegram import Update
from telegram.ext import CallbackQueryHandler

from handlers.context import BotContext
from usecases.refs import PATTERN as REF_PATTERN
from usecases.refs import ref

MAX_BYTES = 64  # Telegram's limit on callback_data
STALE = "Nút này không còn hợp lệ. Không có gì thay đổi."  # a kind or data no handler knows
PRIVATE_ONLY = (
    "Lệnh này chỉ dùng trong tin nhắn riêng với bot (bấm vào tên bot rồi Nhắn tin). "
    "Không có gì thay đổi."
)

# A row, task or agency: built with its name or its reference, carried as its reference
# (usecases/refs.py), decoded as the reference, which the use cases resolve.
REF = "ref"
Ref = Annotated[str, REF]

_TOKEN = r"[A-Za-z0-9_-]{1,24}"
# ASCII digits (\d would take "٣"), bounded by the 64 bytes; the use case says when no such id
# exists
_INT = r"[0-9]+"
_KINDS: dict[str, type[Button]] = {}
B = TypeVar("B", bound="Button")


class Button:
    """Base of every button kind (a frozen dataclass)."""

    prefix: ClassVar[str]

    def encode(self) -> str:
        return encode(self)


def button(prefix: str) -> Callable[[type[B]], type[B]]:
    def register(cls: type[B]) -> type[B]:
        if prefix in _KINDS or ":" in prefix:
            raise ValueError(f"button prefix {prefix!r} taken or malformed")
        if not dataclasses.is_dataclass(cls):
            raise TypeError(f"{cls.__name__} must be a frozen dataclass")
        optional = [_optional(kind) is not None for _, kind in _fields_of(cls)]
        if optional != sorted(optional):
            raise TypeError(f"{cls.__name__}: optional fields must come last")
        cls.prefix = prefix
        _KINDS[prefix] = cls
        return cls

    return register


_FIELDS: dict[str, list[tuple[str, Any]]] = {}


def _fields(cls: type[Button]) -> list[tuple[str, Any]]:
    found = _FIELDS.get(cls.prefix)
    if found is None:
        found = _FIELDS[cls.prefix] = _fields_of(cls)
    return found


def _fields_of(cls: type) -> list[tuple[str, Any]]:
    hints = typing.get_type_hints(cls, include_extras=True)
    return [(f.name, hints[f.name]) for f in dataclasses.fields(cls)]


def _optional(kind: Any) -> Any | None:
    """T for `T | None`, else None."""
    args = typing.get_args(kind)
    if typing.get_origin(kind) is not Annotated and type(None) in args and len(args) == 2:
        return next(a for a in args if a is not type(None))
    return None


def _is_ref(kind: Any) -> bool:
    return typing.get_origin(kind) is Annotated and REF in typing.get_args(kind)[1:]


def _regex(kind: Any) -> str:
    inner = _optional(kind)
    if inner is not None:
        return f"(?:{_regex(inner)})?"
    if _is_ref(kind):
        return REF_PATTERN
    if kind is bool:
        return "[01]"
    if kind is int:
        return _INT
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return "(?:" + "|".join(re.escape(str(m.value)) for m in kind) + ")"
    if kind is str:
        return _TOKEN
    raise TypeError(f"button field of type {kind!r}")


def _dump(kind: Any, value: Any) -> str:
    if value is None:
        return ""
    inner = _optional(kind)
    if inner is not None:
        return _dump(inner, value)
    if _is_ref(kind):
        return ref(value)
    if kind is bool:
        return "1" if value else "0"
    if isinstance(value, enum.Enum):
        return str(value.value)
    return str(value)


def _load(kind: Any, text: str) -> Any:
    inner = _optional(kind)
    if inner is not None:
        return None if text == "" else _load(inner, text)
    if _is_ref(kind):
        return text
    if kind is bool:
        return text == "1"
    if kind is int:
        return int(text)
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return kind(text)
    return text


_PATTERNS: dict[str, re.Pattern[str]] = {}


def pattern(cls: type[Button]) -> re.Pattern[str]:
    """What this kind's data looks like, and nothing else. Optional fields come last and are
    left out when empty (`ok:1001`, `ch:`)."""
    found = _PATTERNS.get(cls.prefix)
    if found is None:
        parts = [re.escape(cls.prefix)]
        for _, kind in _fields(cls):
            inner = _optional(kind)
            parts.append(f"(?::{_regex(inner)})?" if inner is not None else f":{_regex(kind)}")
        found = _PATTERNS[cls.prefix] = re.compile("^" + "".join(parts) + "$")
    return found


def encode(pressed: Button) -> str:
    """`Ref` fields hold the row key or agency name (or its reference); the data carries the
    reference."""
    cls = type(pressed)
    parts = [cls.prefix]
    for name, kind in _fields(cls):
        value = getattr(pressed, name)
        if value is None and _optional(kind) is not None:
            continue  # an empty optional field, always a trailing one
        parts.append(_dump(kind, value))
    data = ":".join(parts)
    if len(data.encode("utf-8")) > MAX_BYTES or not pattern(cls).match(data):
        raise ValueError(f"button data {data!r} is not a valid {cls.__name__}")
    return data


def decode(data: str | None) -> Button | None:
    """The button this data names; None for data no kind reads (refused as stale)."""
    if not data:
        return None
    cls = _KINDS.get(data.partition(":")[0])
    if cls is None or not pattern(cls).match(data):
        return None
    values = data.split(":")[1:]
    fields = _fields(cls)[: len(values)]  # the optional ones left out keep their default
    try:
        return cls(
            **{name: _load(kind, v) for (name, kind), v in zip(fields, values, strict=True)}
        )
    except ValueError:
        return None


def pressed(
    cls: type[B],
    callback: Callable[[Update, BotContext, B], Awaitable[None]],
    private: bool = False,
    in_groups: Callable[[Update, BotContext], Awaitable[str | None]] | None = None,
) -> CallbackQueryHandler:
    """The handler of one kind: the query answered, the data decoded, the callback called with
    the button. `private`: a button that changes something works only in a private chat (in a
    group anyone could press it), unless `in_groups` lets this presser press it there (None) or
    says why not (shown to the presser alone)."""

    @functools.wraps(callback)
    async def handle(update: Update, context: BotContext) -> None:
        query = update.callback_query
        assert query is not None
        chat = update.effective_chat
        if private and chat is not None and chat.type != "private":
            why = await in_groups(update, context) if in_groups is not None else PRIVATE_ONLY
            if why is not None:
                await query.answer(why[:190], show_alert=True)
                return
        await query.answer()
        found = decode(query.data)
        assert isinstance(found, cls)  # the pattern matched
        await callback(update, context, found)

    return CallbackQueryHandler(handle, pattern=pattern(cls))
