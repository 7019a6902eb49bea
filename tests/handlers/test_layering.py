"""What import-linter cannot see: handlers reach the desk only through its use cases (`run`),
never its repositories."""

from __future__ import annotations

import ast
from pathlib import Path

HANDLERS = Path(__file__).resolve().parents[2] / "handlers"
REPOSITORIES = {"repo", "reminders", "proposals", "submissions", "tables", "sessions"}


def _desk(node: ast.expr) -> bool:
    """`context.services`, or a name a handler gives the desk."""
    if isinstance(node, ast.Attribute) and node.attr == "services":
        return True
    return isinstance(node, ast.Name) and node.id in ("desk", "svc", "services")


def test_no_handler_touches_a_repository():
    found = []
    for path in sorted(HANDLERS.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in REPOSITORIES and _desk(node.value):
                found.append(f"{path.relative_to(HANDLERS)}:{node.lineno} .{node.attr}")
    assert found == []


def test_the_probe_sees_a_repository_call():
    tree = ast.parse("context.services.repo.history()\ndesk.reminders.log()")
    hits = [
        n.attr
        for n in ast.walk(tree)
        if isinstance(n, ast.Attribute) and n.attr in REPOSITORIES and _desk(n.value)
    ]
    assert hits == ["repo", "reminders"]
