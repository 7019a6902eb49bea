"""Why a file could not be read, in Vietnamese: the command line's one line on stderr names the
file and the reason, and the system's own message is English."""

from __future__ import annotations

import errno

_REASONS = {
    errno.ENOENT: "không có tệp này",
    errno.EACCES: "không có quyền đọc",
    errno.EPERM: "không có quyền đọc",
    errno.EISDIR: "đây là một thư mục, không phải tệp",
    errno.ENOTDIR: "đường dẫn không đúng",
    errno.ENAMETOOLONG: "tên tệp quá dài",
}


def why_unreadable(exc: OSError) -> str:
    return _REASONS.get(exc.errno or 0, exc.strerror or str(exc))
