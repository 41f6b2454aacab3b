"""The review page in a real browser: Debian's headless Chromium driven by Playwright.

These tests never skip: without /usr/bin/chromium they fail and say how to get it
(`.ci/run` installs it with apt-get).
"""
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor.cli import app
from extractor.models import Record
from extractor.reading import expand_paths, read_document
from extractor.outputs.report import ReportDoc, render

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
HOSTILE_NAME = "<img src=x onerror=window.__pwned=5>.txt"
HOSTILE = """2025年工作安排
<script>window.__pwned = 1</script>力争2025年全市工业增加值达到1800亿元。
<img src=x onerror="window.__pwned = 2"><svg onload="window.__pwned = 3"></svg>
</textarea></script></title><style>body { display: none }</style><iframe src="javascript:window.__pwned = 4"></iframe>
新认定国家级高新技术企业138家<!-- & "quotes" 'single'
"""
BAD_INDICATOR = '<img src=x onerror="window.__pwned = 6">'
# Every highlight's records joined, piece by piece, in document order: {index: text}.
HIGHLIGHTS_JS = """() => {
  const out = {};
  document.querySelectorAll('mark[data-r]').forEach(m => m.dataset.r.split(' ').forEach(i => {
    out[i] = (out[i] || '') + m.textContent; }));
  return out;
}"""
IDS_JS = "() => JSON.parse(document.getElementById('report-data').textContent).records.map(r => r.id)"


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: the browser tests need Debian's chromium "
                    "(apt-get install chromium; .ci/run installs it)", pytrace=False)
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("the browser tests need playwright: pip install -e '.[test]'", pytrace=False)
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    """`extractor build` on data/: the page, the records it wrote and the documents' texts."""
    out = tmp_path_factory.mktemp("build")
    result = CliRunner().invoke(app, ["build", "--data", str(ROOT / "data"), "--out", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    records = [Record.model_validate_json(line) for line in (out / "records.jsonl").read_text("utf-8").splitlines()]
    texts = {p.stem: read_document(p).text for p in expand_paths([str(ROOT / "data")])}
    return out / "report.html", records, texts


class Page:
    """A page opened from a file, with every request and script error it caused."""

    def __init__(self, browser, path: Path):
        self.context = browser.new_context(viewport={"width": 1280, "height": 800})
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.url = path.resolve().as_uri()
        self.page.goto(self.url)

    def close(self):
        self.context.close()


@pytest.fixture
def seed_page(browser, seeds):
    page = Page(browser, seeds[0])
    yield page
    assert page.errors == []
    assert page.requests == [page.url], "the page must request nothing but itself"
    page.close()


def panel_of(page, doc_index: int):
    page.page.click(f"#tab-{doc_index}")
    return page.page.locator(f"#doc-{doc_index}")


def test_build_writes_a_self_contained_page_under_2mb(seeds):
    html = seeds[0].read_text(encoding="utf-8")
    assert seeds[0].stat().st_size < 2_000_000
    # nothing fetched from anywhere (a document's own text may name a web address)
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html) and "<link rel=\"stylesheet\"" not in html


def test_one_highlight_per_record_with_the_records_text(seed_page, seeds):
    _, records, texts = seeds
    ids = seed_page.page.evaluate(IDS_JS)
    highlights = seed_page.page.evaluate(HIGHLIGHTS_JS)
    assert len(highlights) == len(records) == len(ids)
    by_id = {r.id: r for r in records}
    assert set(ids) == set(by_id)
    for i, text in highlights.items():
        r = by_id[ids[int(i)]]
        assert text == texts[r.doc][r.start:r.end], r.id


def test_the_text_on_the_page_is_the_document_exactly(seed_page, seeds):
    texts = seeds[2]
    shown = seed_page.page.eval_on_selector_all(".text", "els => els.map(e => e.textContent)")
    assert shown == list(texts.values())


def test_filters_change_the_visible_rows(seed_page, seeds):
    records = seeds[1]
    docs = list(seeds[2])
    d = next(i for i, doc in enumerate(docs) if {r.kind for r in records if r.doc == doc} == {"target", "achievement"})
    mine = [r for r in records if r.doc == docs[d]]
    panel = panel_of(seed_page, d)
    rows = panel.locator("table.recs tbody tr:visible")
    assert rows.count() == len(mine)
    panel.locator(".f-kind").select_option("target")
    assert rows.count() == sum(r.kind == "target" for r in mine) < len(mine)
    assert panel.locator(".count").inner_text() == f"{rows.count()} of {len(mine)} records"
    panel.locator(".f-kind").select_option("")
    year = max({r.year for r in mine if r.year}, key=lambda y: sum(r.year == y for r in mine))
    panel.locator(".f-year").select_option(str(year))
    assert rows.count() == sum(r.year == year for r in mine)
    panel.locator(".f-year").select_option("")
    word = mine[0].indicator.strip()[-2:]
    panel.locator(".f-q").fill(word)
    assert rows.count() == sum(word in r.indicator for r in mine)


def test_sorting_by_value_orders_the_rows(seed_page):
    panel = panel_of(seed_page, 0)
    header = panel.get_by_role("button", name="value", exact=True)
    values = "els => els.map(e => Number(e.cells[3].dataset.v))"
    header.click()
    ascending = panel.locator("table.recs tbody tr").evaluate_all(values)
    assert ascending == sorted(ascending)
    header.click()
    assert panel.locator("table.recs tbody tr").evaluate_all(values) == sorted(ascending, reverse=True)


def test_clicking_a_row_brings_its_highlight_into_view(seed_page):
    from playwright.sync_api import expect

    panel = panel_of(seed_page, 0)
    last = panel.locator("table.recs tbody tr").last
    i = last.get_attribute("data-i")
    mark = seed_page.page.locator(f'mark[data-r~="{i}"]').first
    expect(mark).not_to_be_in_viewport()
    last.click()
    assert "flash" in mark.get_attribute("class").split()
    expect(mark).to_be_in_viewport()
    assert last.get_attribute("aria-current") == "true"


def test_hover_and_focus_show_the_record(seed_page, seeds):
    from playwright.sync_api import expect

    ids = seed_page.page.evaluate(IDS_JS)
    by_id = {r.id: r for r in seeds[1]}
    tip = seed_page.page.locator("#tip")
    mark = seed_page.page.locator("#doc-0 mark[data-r]").first
    r = by_id[ids[int(mark.get_attribute("data-r").split()[0])]]
    mark.hover()
    expect(tip).to_be_visible()
    for field in (r.indicator, r.unit, r.comparator, r.rule):
        expect(tip).to_contain_text(field)
    seed_page.page.keyboard.press("Escape")
    expect(tip).to_be_hidden()
    mark.focus()
    expect(tip).to_be_visible()
    expect(tip).to_contain_text(r.indicator)


def test_diff_tab_links_each_side_to_its_highlight(seed_page):
    from playwright.sync_api import expect

    page = seed_page.page
    page.click("#tab-diff")
    links = page.locator("#diff a[data-i]")
    assert links.count() > 0
    link = links.last
    i = link.get_attribute("data-i")
    link.click()
    mark = page.locator(f'mark[data-r~="{i}"]').first
    expect(mark).to_be_visible()
    expect(mark).to_be_in_viewport()


def test_hostile_document_renders_as_text_and_runs_nothing(browser, tmp_path):
    path = tmp_path / HOSTILE_NAME
    path.write_text(HOSTILE, encoding="utf-8")
    out = tmp_path / "hostile.html"
    result = CliRunner().invoke(app, ["report", str(path), "--out", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    page = Page(browser, out)
    try:
        assert page.page.evaluate("typeof window.__pwned") == "undefined"
        text = page.page.locator("#doc-0 .text")
        assert text.text_content() == HOSTILE
        shown = text.inner_text()
        for needle in ("<script>window.__pwned = 1</script>", 'onerror="window.__pwned = 2"', "</textarea></script>",
                       "<style>body { display: none }</style>", "<iframe src="):
            assert needle in shown
        assert page.page.locator("#doc-0 .text *:not(mark), img, iframe, svg").count() == 0
        assert page.page.locator("#tab-0").inner_text().startswith(Path(HOSTILE_NAME).stem)
        for i in range(page.page.locator("mark[data-r]").count()):  # tooltips built from the record data
            page.page.locator("mark[data-r]").nth(i).hover()
        assert page.page.evaluate("typeof window.__pwned") == "undefined"
        assert page.errors == [] and page.requests == [page.url]
    finally:
        page.close()


def test_overlapping_and_adjacent_spans_each_highlight_their_own_text(browser, tmp_path):
    text = "力争全市工业增加值达到1800亿元规模以上工业企业达到2000家。"
    spans = [(11, 17), (13, 17), (15, 20), (17, 22), (22, 23), (0, 2)]
    records = [Record(id=f"d:{n}", doc="d", kind="target" if n % 2 else "achievement", indicator=BAD_INDICATOR, value=1, unit="",
                      magnitude=1, comparator="=", year=None, start=s, end=e, text=text[s:e], sentence=text, rule="r")
               for n, (s, e) in enumerate(spans, 1)]
    out = tmp_path / "overlap.html"
    out.write_text(render([ReportDoc("d", "d.txt", text, records)]), encoding="utf-8")
    page = Page(browser, out)
    try:
        highlights = page.page.evaluate(HIGHLIGHTS_JS)
        assert {int(i): t for i, t in highlights.items()} == {i: text[s:e] for i, (s, e) in enumerate(spans)}
        assert page.page.locator(".text").text_content() == text
        assert page.page.locator("mark.ta").count() > 0  # a target over an achievement shows as both
        page.page.locator("mark.ta").first.hover()
        assert BAD_INDICATOR in page.page.locator("#tip").inner_text()  # shown as text by the tooltip
        assert page.page.evaluate("typeof window.__pwned") == "undefined"
    finally:
        page.close()


def test_screenshot_is_saved_under_out(seed_page):
    page = seed_page.page
    page.locator("#doc-0 tbody tr").nth(3).click()
    page.wait_for_timeout(600)
    page.locator("#doc-0 mark[data-r]").nth(3).hover()
    shot = ROOT / "out" / "report.png"
    shot.parent.mkdir(exist_ok=True)
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000


def test_a_right_to_left_override_does_not_reverse_a_highlighted_value(browser, tmp_path):
    """U+202E before a value reversed it on the page (12万人 shown as 人万21): highlights are isolated."""
    from extractor import extract_text

    text = "今年\u202e城镇新增就业12万人以上，粮食产量达到1300万吨。"
    records = extract_text(text, "d", 2025)
    assert [r.text for r in records] == ["12万人", "1300万吨"]
    out = tmp_path / "rlo.html"
    out.write_text(render([ReportDoc("d", "d.txt", text, records)]), encoding="utf-8")
    page = Page(browser, out)
    try:
        lefts = page.page.evaluate("""() => [...document.querySelectorAll('.text mark')].map(m => {
            const node = m.firstChild, out = [];
            for (let i = 0; i < node.length; i++) {
                const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 1);
                out.push(r.getBoundingClientRect().left);
            }
            return out; })""")
        assert len(lefts) == 2
        for xs in lefts:  # each character of the value right of the one before it
            assert xs == sorted(xs) and len(set(xs)) == len(xs), xs
    finally:
        page.close()
