"""The user's config file (TOML in the config dir): extra library folders, key remaps, theme."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from briefing.paths import config_dir


@dataclass(frozen=True)
class Config:
    folders: tuple[str, ...] = ()
    keymap: dict[str, str] = field(default_factory=dict)
    theme: str = ""
    notice: str = ""


def config_path() -> Path:
    return config_dir() / "config.toml"


def load_config(path: Path | None = None) -> Config:
    """Read the config; a missing file gives the defaults, a broken one the defaults and a notice."""
    path = path or config_path()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Config()
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return Config(notice=f"{path}: ignored, {exc}")
    folders = data.get("folders", [])
    keymap = data.get("keymap", {})
    return Config(
        folders=tuple(str(Path(f).expanduser()) for f in folders if isinstance(f, str)),
        keymap={str(k): str(v) for k, v in keymap.items()} if isinstance(keymap, dict) else {},
        theme=str(data.get("theme", "")),
    )
