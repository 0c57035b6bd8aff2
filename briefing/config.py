"""The user's config file (TOML in the config dir): extra library folders, key remaps, theme."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from briefing.paths import config_dir


@dataclass(frozen=True)
class Config:
    folders: tuple[str, ...] = ()
    keymap: dict[str, str] = field(default_factory=dict)
    theme: str = ""
    notice: str = ""
    path: str = ""  # the file read: what an error in it is reported against


def config_path() -> Path:
    return config_dir() / "config.toml"


def load_config(path: Path | None = None) -> Config:
    """Read the config; a missing file gives the defaults, a broken one the defaults and a notice."""
    path = path or config_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Config(path=str(path))
    except (OSError, UnicodeDecodeError) as exc:
        return Config(notice=f"{path}: ignored, {exc}", path=str(path))
    import tomllib  # ~4 ms at every start: only for a config file there is

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return Config(notice=f"{path}: ignored, {exc}", path=str(path))
    folders = data.get("folders", [])
    keymap = data.get("keymap", {})
    return Config(
        folders=tuple(str(Path(f).expanduser()) for f in folders if isinstance(f, str)),
        keymap={str(k): str(v) for k, v in keymap.items()} if isinstance(keymap, dict) else {},
        theme=str(data.get("theme", "")),
        path=str(path),
    )


def save_theme(theme: str, path: Path | None = None) -> None:
    """Write `theme = "..."` into the config file (made if missing), keeping the rest of it and its comments
    as they are: a theme picked in the palette is the one the next start shows. Raises OSError."""
    import tomlkit  # ~20 ms, only when the theme changes

    path = path or config_path()
    try:
        document = tomlkit.parse(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        document = tomlkit.document()
    except (UnicodeDecodeError, tomlkit.exceptions.ParseError):
        return  # a broken file is the user's to fix (its notice says so): never overwritten
    document["theme"] = theme
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(tomlkit.dumps(document), encoding="utf-8")
