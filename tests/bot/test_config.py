"""Configuration: the reminder settings read from config.toml, bad values refused with a clear
message.
"""

from __future__ import annotations

from datetime import time

import pytest

from bot.config import ConfigError, load_config
from knowledge.deliverables.digest import Cadence
from tests.clikit import run_cli


def test_reminder_settings_from_file(tmp_path, monkeypatch):
    monkeypatch.delenv("BOT_ADMINS", raising=False)
    path = tmp_path / "config.toml"
    path.write_text(
        '[bot]\nadmins = [9000]\n[reminders]\ntime = "07:30"\noffsets = [5, 0]\noverdue_every = '
        "0\n",
        encoding="utf-8",
    )
    config = load_config(str(path))
    assert config.reminder_time == time(7, 30)
    assert config.policy.offsets == (5, 0) and config.policy.overdue_every == 0
    assert config.admins == [9000]


@pytest.mark.parametrize("section", ['time = "25:00"', "offsets = [-1]", 'overdue_every = "x"'])
def test_bad_reminder_settings_refused(tmp_path, section):
    path = tmp_path / "config.toml"
    path.write_text(f"[reminders]\n{section}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"\[reminders\]"):
        load_config(str(path))


def test_digest_cadence_from_the_config(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text("", encoding="utf-8")
    assert load_config(str(path)).digest == Cadence(weekdays=(0,), before_deadline=3)
    path.write_text('[digest]\nweekdays = ["mon", "thu"]\nbefore_deadline = 2\n', encoding="utf-8")
    assert load_config(str(path)).digest == Cadence(weekdays=(0, 3), before_deadline=2)


@pytest.mark.parametrize("section", ['weekdays = ["lundi"]', "before_deadline = -1"])
def test_bad_digest_settings_refused(tmp_path, section):
    path = tmp_path / "config.toml"
    path.write_text(f"[digest]\n{section}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"\[digest\]"):
        load_config(str(path))


# -- every mistake of the issue: one line naming the key and what is expected, exit 2 ----------
BAD_FILES = [
    ('[telegram]\nmode = "webhok"\n', '[telegram] mode = "webhok": cần polling hoặc webhook.'),
    ('[telegram]\nport = "abc"\n', '[telegram] port = "abc": cần một số nguyên từ 1 đến 65535.'),
    ("[telegram]\nport = 70000\n", "[telegram] port = 70000: cần một số nguyên từ 1 đến 65535."),
    ('[bot]\nadmins = ["abc"]\n', '[bot] admins[0] = "abc": cần danh sách id Telegram'),
    ("[bot]\nadmins = 9000\n", "[bot] admins = 9000: cần danh sách id Telegram"),
    ('[bot]\nprovince = "Tuyên Quang"\n', '[bot] province = "Tuyên Quang": cần mã tỉnh'),
    ("[telegram]\nmdoe = 1\n", "[telegram] mdoe: không có khóa này (có: token, mode,"),
    ('[reminders]\ntime = "25:00"\n', '[reminders] time = "25:00": cần giờ dạng "HH:MM"'),
    ('[bot]\none_core = "có"\n', '[bot] one_core = "có": cần true hoặc false'),
    ("[bot\nadmins = []\n", "TOML sai cú pháp: Expected ']' at the end of a table declaration"),
]


@pytest.mark.parametrize("text, says", BAD_FILES)
def test_each_bad_value_is_one_line_naming_its_key_exit_2(tmp_path, monkeypatch, text, says):
    monkeypatch.delenv("BOT_ADMINS", raising=False)
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    done = run_cli("status", "--config", str(path), "--db", f"sqlite:///{tmp_path}/b.db")
    assert done.returncode == 2 and done.stdout == ""
    [line] = done.stderr.splitlines()
    assert line.startswith("Cấu hình sai: ") and says in line, line


@pytest.mark.parametrize(
    "variable, value, says",
    [
        ("BOT_ADMINS", "abc", 'BOT_ADMINS = "abc": cần danh sách id Telegram'),
        ("BOT_ADMINS", "9000, ²", 'BOT_ADMINS = "9000, ²": cần danh sách id Telegram'),
        ("BOT_PROVINCE", "Nowhere!", 'BOT_PROVINCE = "Nowhere!": cần mã tỉnh'),
    ],
)
def test_the_environment_goes_through_the_same_schema(
    tmp_path, monkeypatch, variable, value, says
):
    monkeypatch.setenv(variable, value)
    done = run_cli(
        "status", "--config", str(_empty(tmp_path)), "--db", f"sqlite:///{tmp_path}/b.db"
    )
    assert done.returncode == 2
    [line] = done.stderr.splitlines()
    assert says in line, line


def test_environment_values_are_read_as_the_file_values_are(tmp_path, monkeypatch):
    monkeypatch.setenv("BOT_ADMINS", "9000, 9001 9002")
    monkeypatch.setenv("BOT_PROVINCE", "khanh-hoa")
    config = load_config(str(_empty(tmp_path)))
    assert config.admins == [9000, 9001, 9002] and config.province == "khanh-hoa"
    assert config.province_key == "BOT_PROVINCE"


@pytest.mark.parametrize("value, kept", [("false", False), ("0", False), ("TRUE", True)])
def test_one_core_is_on_unless_turned_off_in_the_environment(tmp_path, monkeypatch, value, kept):
    assert load_config(str(_empty(tmp_path))).one_core is True
    monkeypatch.setenv("BOT_ONE_CORE", value)
    assert load_config(str(_empty(tmp_path))).one_core is kept


def test_an_unknown_province_at_start_is_one_line(tmp_path, monkeypatch):
    monkeypatch.setenv("BOT_PROVINCE", "nowhere")
    monkeypatch.setenv("BOT_DATABASE_URL", f"sqlite:///{tmp_path}/b.db")
    done = run_cli("run", "--config", str(_empty(tmp_path)), "--emulator", str(tmp_path / "j"))
    assert done.returncode == 2
    [line] = done.stderr.splitlines()
    assert line.startswith('Cấu hình sai: BOT_PROVINCE = "nowhere": không có tỉnh này (có: ')


def test_a_dropped_key_still_loads_with_a_warning(tmp_path, caplog):
    path = tmp_path / "config.toml"
    path.write_text('[bot]\nsingle_instance = "no"\nadmins = [9000]\n', encoding="utf-8")
    assert load_config(str(path)).admins == [9000]
    assert "[bot] single_instance không còn dùng" in caplog.text


@pytest.mark.parametrize(
    "url, says",
    [
        ("nonsense", "Địa chỉ cơ sở dữ liệu 'nonsense' không hợp lệ"),
        ("foo://x/y", "Địa chỉ cơ sở dữ liệu foo://x/y không hợp lệ"),
        ("mysql://u@h/d", "loại hoặc trình điều khiển không được hỗ trợ"),
        (
            "postgresql+psycopg://u:secret@127.0.0.1:1/x",
            "Không dùng được cơ sở dữ liệu postgresql+psycopg://u:***@127.0.0.1:1/x: ",
        ),
        ("sqlite:////proc/none/bot.db", "Không tạo được thư mục cho cơ sở dữ liệu"),
    ],
)
def test_database_errors_at_start_are_one_line(tmp_path, url, says):
    # `import` writes: its database is made if missing, so the folder it cannot make is said
    table = tmp_path / "t.csv"
    table.write_text("key,lead\n406-14,Sở Xây dựng\n", encoding="utf-8")
    done = run_cli("import", str(table), "--config", str(_empty(tmp_path)), "--db", url)
    assert done.returncode == 2
    [line] = done.stderr.splitlines()
    assert says in line and "secret" not in line, line


def test_a_read_only_database_is_refused_at_start_in_one_line(tmp_path, db_url, monkeypatch):
    if not db_url.startswith("sqlite"):
        pytest.skip("a read-only file is SQLite's case")
    read_only = f"sqlite:///file:{db_url.removeprefix('sqlite:///')}?mode=ro&uri=true"
    monkeypatch.setenv("BOT_DATABASE_URL", read_only)
    done = run_cli("run", "--config", str(_empty(tmp_path)), "--emulator", str(tmp_path / "j"))
    assert done.returncode == 2
    [line] = done.stderr.splitlines()
    assert "chỉ đọc được, không ghi được" in line
    # reading is fine
    assert run_cli("status", "--config", str(_empty(tmp_path)), "--db", read_only).returncode == 0


def _empty(tmp_path):
    path = tmp_path / "empty.toml"
    path.write_text("", encoding="utf-8")
    return path


def test_the_desk_address(tmp_path, monkeypatch):
    monkeypatch.delenv("BOT_WEB_URL", raising=False)
    path = tmp_path / "c.toml"
    path.write_text(
        '[telegram]\nmode = "webhook"\nwebhook_url = "https://bot.example.org/telegram"\n',
        encoding="utf-8",
    )
    assert load_config(str(path)).desk_url == "https://bot.example.org/app/"
    path.write_text('[web]\nurl = "https://desk.example.org/bang/"\n', encoding="utf-8")
    assert load_config(str(path)).desk_url == "https://desk.example.org/bang/"
    path.write_text("[telegram]\n", encoding="utf-8")
    assert load_config(str(path)).desk_url == ""  # polling, no address: no Mini App button
    path.write_text('[web]\nurl = "http://127.0.0.1/app/"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"\[web\] url = \"http://127.0.0.1/app/\": cần"):
        load_config(str(path))
    path.write_text("[web]\nmax_age = 0\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"\[web\] max_age = 0: cần một số giây dương"):
        load_config(str(path))
    monkeypatch.setenv("BOT_WEB_URL", "https://desk.example.org/")
    path.write_text("", encoding="utf-8")
    assert load_config(str(path)).desk_url == "https://desk.example.org/"
