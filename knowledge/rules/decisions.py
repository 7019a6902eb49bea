"""What a rule answers when it says no: one Vietnamese line for the user, already HTML-escaped.

A core decision returns either what to do (a new state, an agency to write for, what to restore)
or a Refusal; the handler persists the one and quotes the other, and nothing changes on a refusal.
"""

from __future__ import annotations

from dataclasses import dataclass

UNCHANGED = "Không có gì thay đổi."


@dataclass(frozen=True)
class Refusal:
    reason: str
