"""The reports in a real browser: no horizontal overflow at desktop (1280 px) and phone (390 px) widths.

Renders the corpus report, document pages and an actor page in headless Chromium, each inside an
iframe of the width under test, with a probe that writes the scroll width (and what sticks out) into the DOM, read
back with ``--dump-dom``. Skips when no Chromium is installed (``apt-get install -y chromium``;
``.ci/run`` tries that where it can). With ``POLISENT_SCREENSHOTS=DIR`` it also saves screenshots.
"""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

pytest.importorskip("pandas")

ROOT = Path(__file__).resolve().parents[1]
CHROMIUMS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
WIDTHS = (1280, 390)

# Headless Chromium will not make a window narrower than 500 px, so each page is laid out in an
# iframe of the width under test (srcdoc: same origin, so the probe can measure inside it).
FRAME = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>html, body {{ margin: 0; }}</style></head><body>
<iframe id="f" style="width:{width}px;height:{height}px;border:0;display:block" srcdoc="{srcdoc}"></iframe>
<script>
var f = document.getElementById("f");
f.addEventListener("load", function () {{
  var d = f.contentDocument, w = f.contentWindow.innerWidth, out = [];
  var all = d.querySelectorAll("body *");
  for (var i = 0; i < all.length && out.length < 8; i++) {{
    var el = all[i], r = el.getBoundingClientRect();
    if (r.right > w + 1 && !el.closest(".scroll")) {{
      out.push(el.tagName.toLowerCase() + "." + (el.getAttribute("class") || "") + " right=" + Math.round(r.right));
    }}
  }}
  document.documentElement.setAttribute("data-probe", JSON.stringify(
    {{scrollWidth: d.documentElement.scrollWidth, innerWidth: w, height: d.documentElement.scrollHeight, over: out}}));
}});
</script></body></html>
"""


def framed(page: Path, width: int, height: int) -> Path:
    """A page that shows ``page`` in an iframe ``width`` px wide (written beside it)."""
    import html

    target = page.with_name(f"{page.stem}.frame{width}.html")
    srcdoc = html.escape(page.read_text(encoding="utf-8"), quote=True)
    target.write_text(FRAME.format(width=width, height=height, srcdoc=srcdoc), encoding="utf-8")
    return target


def chromium() -> str | None:
    env = os.environ.get("POLISENT_CHROMIUM")
    if env:
        return env if shutil.which(env) or Path(env).is_file() else None
    return next((p for p in map(shutil.which, CHROMIUMS) if p), None)


BROWSER = chromium()
pytestmark = pytest.mark.skipif(BROWSER is None, reason="no Chromium installed (apt-get install -y chromium)")


def run_browser(args: list[str], profile: Path) -> subprocess.CompletedProcess:
    cmd = [BROWSER, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
           "--disable-dev-shm-usage", f"--user-data-dir={profile}", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)


def measure(page: Path, width: int, profile: Path) -> dict:
    res = run_browser(["--window-size=1280,900", "--virtual-time-budget=5000", "--dump-dom", framed(page, width, 900).as_uri()],
                      profile)
    m = re.search(r'data-probe="([^"]*)"', res.stdout)
    assert m, f"no probe result from {BROWSER} (rc {res.returncode}): {res.stderr[-800:]}"
    return json.loads(m.group(1).replace("&quot;", '"').replace("&amp;", "&"))


def hostile_documents():
    from polisent.analyzer import Document

    docs = []
    with open(ROOT / "examples" / "corpus" / "metadata.csv", encoding="utf-8") as f:
        meta = {r["id"]: r for r in csv.DictReader(f)}
    for path in sorted((ROOT / "examples" / "corpus").glob("0*")):
        m = {k: v for k, v in meta.get(path.stem, {}).items() if k in ("speaker", "outlet", "date", "title") and v}
        docs.append(Document(path.read_text(encoding="utf-8"), path.stem, m))
    long_word = "Supercalifragilistic" * 12
    text = ("Q: What does Moscow want?\n"
            f"A: Russia wants {long_word} and NATO says https://example.org/{'a' * 240}/report.pdf is wrong. "
            "Germany and France disagree with the United States about China, Iran, Turkey and Japan.\n")
    docs.append(Document(text, "id-" + "x" * 230, {"title": "T" * 160, "speaker": "Dr " + "Z" * 70,
                                                    "outlet": "O" * 90, "date": "2024"}))
    docs.append(Document("", "empty", {"title": "Nothing here"}))
    return docs


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    from polisent import Analyzer
    from polisent.corpus import run_corpus
    from polisent.report import corpus_report
    from polisent.testing import FakeScorer

    base = tmp_path_factory.mktemp("site")
    run_corpus(hostile_documents(), base / "run", analyzer=Analyzer(scorer=FakeScorer(), progress=False), format="csv")
    corpus_report(base / "run", base / "report.html", documents_dir=base / "docs", n_boot=100)
    doc_page = next(p for p in (base / "docs").glob("id-x*.html"))
    actor_page = base / "docs" / "actors" / "russia.html"
    assert actor_page.exists()
    return {"report": base / "report.html", "document": doc_page, "actor": actor_page,
            "example": base / "docs" / "03_taiwan_strait.html", "profile": base / "profile"}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("which", ["report", "document", "example", "actor"])
def test_no_horizontal_overflow(site, which, width):
    res = measure(site[which], width, site["profile"])
    assert res["innerWidth"] == width, res
    assert res["scrollWidth"] <= width, f"{which} page is {res['scrollWidth']} px wide at {width} px: {res['over']}"
    assert not res["over"], res


def test_screenshots(site):
    """Screenshots for a person to look at (only with POLISENT_SCREENSHOTS=DIR)."""
    out = os.environ.get("POLISENT_SCREENSHOTS")
    if not out:
        pytest.skip("set POLISENT_SCREENSHOTS=DIR to save screenshots")
    Path(out).mkdir(parents=True, exist_ok=True)
    for which in ("report", "example", "document", "actor"):
        for width in WIDTHS:
            target = Path(out) / f"{which}_{width}.png"
            height = 4000 if which == "report" else 2400
            run_browser([f"--window-size={max(width, 500)},{height}", f"--screenshot={target}",
                         framed(site[which], width, height).as_uri()], site["profile"])
            assert target.exists() and target.stat().st_size > 1000
