"""The demo saves the files the bot sends beside the database it is given, never in the project's
data folder when the database is elsewhere (ux19 #13: a tester who must not write into the
project ran `--db sqlite:////tmp/…` and found the files in data/emulator_files/)."""

from __future__ import annotations

from pathlib import Path

from bot.emulator_files import files_beside


def test_files_go_beside_a_sqlite_file_else_into_a_temporary_folder(tmp_path):
    assert files_beside(f"sqlite:///{tmp_path}/run.db") == tmp_path / "run_files"
    assert files_beside("sqlite:///data/demo.db") == Path("data/demo_files")
    for other in ("sqlite://", "sqlite:///:memory:", "postgresql+psycopg://u:p@host/db"):
        made = files_beside(other)
        assert made.is_dir() and made.name.startswith("dvc-demo-files-")
        assert Path.cwd() not in made.parents
        made.rmdir()
