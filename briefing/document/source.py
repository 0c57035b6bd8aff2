"""A file's bytes, read safely: regular files only (a FIFO would hang), bounded in size, errors in one line."""

from __future__ import annotations

import stat
from pathlib import Path

from briefing.errors import BriefingError

MAX_FILE_BYTES = 64 * 1024 * 1024


def read_bytes(path: Path) -> bytes:
    """The file's bytes, or a one-line error that names it."""
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise BriefingError(path, "is a folder, not a briefing file")
        if not stat.S_ISREG(info.st_mode):  # a FIFO or device would hang the reader
            raise BriefingError(path, "not a regular file")
        size = info.st_size
        if size > MAX_FILE_BYTES:
            raise BriefingError(path, f"too large ({size // (1024 * 1024)} MiB; the limit is 64 MiB)")
        with path.open("rb") as handle:
            # The size stat gave and one byte more: a buffer of the limit's size was allocated on every read.
            data = handle.read(size + 1)
            if len(data) > size:  # it grew since: read on, to the limit
                data += handle.read(MAX_FILE_BYTES + 1 - len(data))
            return data
    except FileNotFoundError:
        raise BriefingError(path, "no such file") from None
    except PermissionError:
        raise BriefingError(path, "permission denied") from None
    except OSError as exc:
        raise BriefingError(path, f"cannot read: {exc.strerror or exc}") from None
