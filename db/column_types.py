"""The column types every table shares: enums kept as text and read back as the core's members,
and text stripped of control characters on the way in (db/models.py uses them)."""

from __future__ import annotations

from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import Dialect, String, Text
from sqlalchemy.types import TypeDecorator

from knowledge.language.text import strip_controls

E = TypeVar("E", bound=StrEnum)


class EnumText(TypeDecorator[E]):
    """A StrEnum kept in a VARCHAR column: writes its value, reads a member, raises on anything
    else.
    """

    impl = String
    cache_ok = True

    def __init__(self, enum: type[E], length: int):
        super().__init__(length)
        self.enum = enum

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        return None if value is None else self.enum(value).value

    def process_result_value(self, value: Any, dialect: Dialect) -> E | None:
        if value is None:
            return None
        try:
            return self.enum(value)
        except ValueError:
            raise ValueError(f"{value!r} in the database is no {self.enum.__name__}") from None


class CleanString(TypeDecorator[str]):
    """Text as it is stored: NUL (which PostgreSQL refuses) and the other control characters
    stripped on the way in, for every column, whatever wrote it.
    """

    impl: Any = String
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        return strip_controls(value) if isinstance(value, str) else value


class CleanText(CleanString):
    impl = Text
    cache_ok = True
