"""`extractor bench`: the performance table of the README, measured in one run.

Absolute times drift between machines, so each goal is stated as a ratio of
two things measured here in the same run. Stages are timed by calling the
stage functions directly, so the pipeline itself carries no timers.
"""
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import tomllib
from collections.abc import Callable, Iterator
from pathlib import Path

import regex

from ..errors import ExtractorError
from ..core import numerals
from ..core.matching import find_hits
from ..models import Record
from ..core.normalise import normalise
from ..interpret import phrases
from ..pipeline import DocResult, document_context, extract_document, extract_text
from ..reading import MB, Document, expand_paths, read_document
from ..rulepack import RuleSet

# A plain regex scan for Arabic or Chinese numbers followed by a unit: the yardstick for extraction speed.
BARE_SCAN = regex.compile(r"(?:\d+(?:\.\d+)?|[一二三四五六七八九十百千两]+)(?:%|[万亿]*(?:元|个|家|人|项|吨|亩|户|所|台|辆|公里|千瓦))")
# Runs a command and prints the peak RSS of its largest process. A separate small
# parent, because a child's peak counts the memory of the process it was forked from.
PEAK_RSS = ("import resource, subprocess, sys; rc = subprocess.call(sys.argv[1:]); "
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); sys.exit(rc)")
SCAN_GOAL = 20          # extraction at least 1/20 of the bare scan's speed
COLD_GOAL = 2.0         # cold one-document JSONL run within 2x a cold `import regex, pydantic`
MEMORY_GOAL_MB = 300    # peak memory of a streamed run over a large corpus


def best_of(fn: Callable[[], object], passes: int, reset: Callable[[], object] = lambda: None) -> float:
    """Fastest of `passes` timed calls, after one untimed warm-up call; `reset` runs before
    each, untimed (a pass over the same texts must not read the answers of the one before)."""
    fn()
    best = float("inf")
    for _ in range(passes):
        reset()
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        info = Path("/proc/cpuinfo").read_text()
        cpu = regex.search(r"model name\s*:\s*(.+)", info).group(1).strip()
        mem = int(regex.search(r"MemTotal:\s*(\d+)", Path("/proc/meminfo").read_text()).group(1)) / 2**20
        memory = f", {mem:.0f} GiB"
    except (OSError, AttributeError):
        memory = ""
    return (f"{cpu}, {os.cpu_count()} cores{memory}; {platform.system()} {platform.release()}; "
            f"{platform.python_implementation()} {platform.python_version()}, regex {regex.__version__}")


def _rate(chars_per_second: float) -> str:
    return f"{chars_per_second / 1e6:.2f}M chars/s"


def _mark(ok: bool) -> str:
    return "met" if ok else "**not met**"


def forget_texts(rules: RuleSet) -> None:
    """Empty what was remembered of texts read (cut phrases, parsed numbers): each pass over
    the same texts is timed as a first reading, as a corpus is read."""
    phrases.forget(rules)
    numerals.forget()


def throughput(docs: list[Document], rules: RuleSet, passes: int) -> tuple[float, float]:
    """Characters per second of in-process extraction and of the bare scan over the same texts."""
    chars = sum(len(d.text) for d in docs)
    extract = best_of(lambda: [extract_document(d, None, rules) for d in docs], passes, lambda: forget_texts(rules))
    scan = best_of(lambda: [BARE_SCAN.findall(d.text) for d in docs], passes)
    return chars / extract, chars / scan


def stages(files: list[Path], docs: list[Document], rules: RuleSet, passes: int) -> list[tuple[str, float]]:
    """Seconds per stage over the corpus; interpretation is what extract_text spends beyond the rest."""
    views = [normalise(d.text, rules) for d in docs]
    years = [document_context(v, d.id, None, rules)[0] for v, d in zip(views, docs)]
    records = [r for d, y in zip(docs, years) for r in extract_text(d.text, d.id, y, rules)]
    dumps = [r.model_dump() for r in records]

    def write() -> None:
        from ..outputs.export import write_jsonl

        with open(os.devnull, "w", encoding="utf-8") as fh:
            write_jsonl(records, fh)

    read = best_of(lambda: [read_document(p) for p in files], passes)
    norm = best_of(lambda: [normalise(d.text, rules) for d in docs], passes)
    context = best_of(lambda: [document_context(v, d.id, None, rules) for v, d in zip(views, docs)], passes)
    match = best_of(lambda: [find_hits(v.text, rules) for v in views], passes)
    validate = best_of(lambda: [Record(**d) for d in dumps], passes)
    text = best_of(lambda: [extract_text(d.text, d.id, y, rules) for d, y in zip(docs, years)], passes,
                   lambda: forget_texts(rules))
    document = best_of(lambda: [extract_document(d, None, rules) for d in docs], passes, lambda: forget_texts(rules))
    return [
        ("read (decode, detect encoding)", read),
        ("normalise", norm),
        ("document year and context", context),
        ("match (rules over the view)", match),
        ("segment, resolve, interpret (rest of extract_text)", max(0.0, text - norm - context - match - validate)),
        ("validate (pydantic Record)", validate),
        ("extract_document beyond extract_text", max(0.0, document - text)),
        ("write JSONL", best_of(write, passes)),
    ]


# `import pydantic` alone is lazy; this is what defining and validating one model costs, and
# with typer (the command line) the floor of this stack.
ONE_MODEL = "import regex\nfrom pydantic import BaseModel\nclass R(BaseModel):\n    x: int\nR(x=1)"
STACK_FLOOR = ONE_MODEL + "\nimport typer"
FLOOR_GOAL = 1.3  # cold one-document JSONL run within 1.3x the stack floor


def cold_start(one: Path, runs: int) -> tuple[float, ...]:
    """Best wall seconds of fresh processes: `extract ONE --format jsonl --out -`, `import regex,
    pydantic`, and an import that also defines and validates one pydantic model.

    The commands take turns, so a busy spell on the machine slows all of them alike;
    the first round, which warms the disk cache, is not counted.
    """
    cmds = [[sys.executable, "-m", "extractor", "extract", str(one), "--format", "jsonl", "--out", "-"],
            [sys.executable, "-c", "import regex, pydantic"],
            [sys.executable, "-c", ONE_MODEL],
            [sys.executable, "-c", STACK_FLOOR]]
    best = [float("inf")] * len(cmds)
    for round_ in range(runs + 1):
        for i, cmd in enumerate(cmds):
            start = time.perf_counter()
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            if round_:
                best[i] = min(best[i], time.perf_counter() - start)
    return tuple(best)


def writers(records: list[Record], sizes: list[int]) -> Iterator[tuple[int, str, float]]:
    """Seconds to write N records (the corpus's records repeated with new ids) in each format."""
    from ..outputs.export import write_stream, write_xlsx

    formats = ["jsonl", "csv", "xlsx"]
    try:
        import pyarrow  # noqa: F401 - only to know whether parquet can be measured

        formats.append("parquet")
    except ImportError:
        pass
    with tempfile.TemporaryDirectory(prefix="extractor-bench-") as tmp:
        for n in sizes:
            many = [records[i % len(records)].model_copy(update={"id": f"bench:{i}"}) for i in range(n)]
            for fmt in formats:
                out = Path(tmp) / f"records.{fmt}"
                start = time.perf_counter()
                if fmt == "xlsx":
                    write_xlsx([DocResult("bench", "bench", 0, None, "", "utf-8", many)], out)
                else:
                    write_stream(iter(many), str(out), fmt)
                yield n, fmt, time.perf_counter() - start


def synthetic_corpus(files: list[Path], directory: Path, megabytes: float, parts: int = 4) -> list[Path]:
    """Copies of the real documents under distinct names, `megabytes` in all, in `parts` subdirectories.

    Returns the subdirectories; the first alone is 1/parts of the corpus, so one
    run on it and one on all of `directory` show how time and memory scale.
    """
    target = megabytes * 1e6
    dirs = [directory / f"part{i}" for i in range(parts)]
    for d in dirs:
        d.mkdir(parents=True)
    written, k = 0, 0
    while written < target:
        src = files[k % len(files)]
        dst = dirs[min(parts - 1, int(written * parts // target))] / f"{src.stem}-{k:06d}.txt"
        shutil.copyfile(src, dst)
        written += dst.stat().st_size
        k += 1
    return dirs


def _tree(root: int) -> list[int]:
    """The process and its descendants (by scanning /proc: no third-party dependency)."""
    parents: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            parents.setdefault(ppid, []).append(int(entry.name))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(parents.get(pid, ()))
    return out


def _memory(pids: list[int]) -> tuple[int, int]:
    """Summed RSS and PSS (bytes) of the processes."""
    rss = pss = 0
    for pid in pids:
        try:
            text = Path(f"/proc/{pid}/smaps_rollup").read_text()
        except OSError:
            continue
        rss += int(regex.search(r"^Rss:\s+(\d+)", text, regex.M).group(1)) * 1024
        pss += int(regex.search(r"^Pss:\s+(\d+)", text, regex.M).group(1)) * 1024
    return rss, pss


def streamed_run(corpus: Path, out: Path, jobs: int) -> dict:
    """Run `extract CORPUS --format jsonl` in a fresh process: wall time and peak memory.

    The largest single process's peak RSS comes from the kernel (getrusage); the
    whole tree's RSS and PSS (workers share pages with their parent) are sampled.
    """
    cmd = [sys.executable, "-c", PEAK_RSS, sys.executable, "-m", "extractor", "extract", str(corpus),
           "--format", "jsonl", "--out", str(out), "--quiet", "--jobs", str(jobs)]
    peak = {"rss": 0, "pss": 0}
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.2):
            rss, pss = _memory(_tree(proc.pid)[1:])  # not the small measuring parent
            peak["rss"], peak["pss"] = max(peak["rss"], rss), max(peak["pss"], pss)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    max_rss = int(proc.communicate()[0] or 0) * 1024
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    if proc.returncode not in (0, 1):
        raise ExtractorError(f"benchmark run failed ({proc.returncode}): {' '.join(cmd)}")
    size = sum(p.stat().st_size for p in corpus.rglob("*.txt"))
    return {"mb": size / 1e6, "seconds": seconds, "max_rss": max_rss,
            "tree_rss": peak["rss"], "tree_pss": peak["pss"], "jobs": jobs}


def report(paths: list[str], rules: RuleSet, passes: int = 5, sizes: tuple[int, ...] = (10_000, 100_000),
           synthetic_mb: float = 100, jobs: int | None = None, hostile_mb: float = 1,
           large_mb: float = 80, corpus: Path | None = None, cold: Path | None = None) -> Iterator[str]:
    """The benchmark as Markdown lines, yielded as each measure is taken; the cold start is of
    `cold`, else of the corpus's median document in size."""
    files = expand_paths(paths)
    docs = []
    for path in files:
        try:
            docs.append(read_document(path))
        except ExtractorError:
            continue
    if not docs:
        raise ExtractorError("no readable documents in " + ", ".join(paths))
    files = [Path(d.path) for d in docs]
    chars = sum(len(d.text) for d in docs)
    jobs = jobs or os.cpu_count() or 1
    yield f"machine: {machine()}  "
    named = ", ".join(paths[:3]) + (f" and {len(paths) - 3} more" if len(paths) > 3 else "")
    yield f"corpus: {named} ({len(docs)} documents, {chars:,} characters)"
    yield ""
    yield "| measure | figure | goal | |"
    yield "|---|---|---|---|"
    extract, scan = throughput(docs, rules, passes)
    yield f"| extraction in-process (best of {passes}) | {_rate(extract)} | | |"
    yield f"| bare `regex` number+unit scan, same text | {_rate(scan)} | | |"
    yield f"| extraction / bare scan | 1/{scan / extract:.0f} | ≥ 1/{SCAN_GOAL} | {_mark(scan / extract <= SCAN_GOAL)} |"
    one = cold or sorted(files, key=lambda p: p.stat().st_size)[len(files) // 2]
    cli, imports, model, floor = cold_start(one, passes)
    yield f"| cold `extract {one.name} --format jsonl --out -` | {cli:.3f} s | | |"
    yield "| cold `python -c \"import regex, pydantic\"` | " + f"{imports:.3f} s | | |"
    yield f"| cold import of regex + one pydantic model defined and validated | {model:.3f} s | | |"
    yield f"| stack floor: that, and `import typer` | {floor:.3f} s | | |"
    yield f"| cold extract / cold import | {cli / imports:.1f}x | ≤ {COLD_GOAL:.0f}x | {_mark(cli / imports <= COLD_GOAL)} |"
    yield f"| cold extract / stack floor | {cli / floor:.2f}x | ≤ {FLOOR_GOAL}x | {_mark(cli / floor <= FLOOR_GOAL)} |"
    yield ""
    yield "| stage | seconds | share |"
    yield "|---|---|---|"
    timed = stages(files, docs, rules, passes)
    total = sum(s for _, s in timed)
    for name, seconds in timed:
        yield f"| {name} | {seconds:.3f} | {seconds / total:.0%} |"
    yield ""
    records = [r for d in docs for r in extract_document(d, None, rules).records]
    if records and sizes:
        yield "| write N records | " + " | ".join(f"{n:,}" for n in sizes) + " |"
        yield "|---|" + "---|" * len(sizes)
        rows: dict[str, list[str]] = {}
        for n, fmt, seconds in writers(records, list(sizes)):
            rows.setdefault(fmt, []).append(f"{seconds:.2f} s")
        for fmt, cells in rows.items():
            yield f"| {fmt} | " + " | ".join(cells) + " |"
        yield ""
    if hostile_mb > 0:
        yield from hostile(docs, rules, hostile_mb)
        yield ""
    if large_mb > 0:
        yield from large_document(docs, rules, large_mb)
        yield ""
    if corpus:
        yield from corpus_runs(corpus)
        yield ""
    if synthetic_mb > 0:
        yield from _scaling(files, synthetic_mb, jobs)


def corpus_runs(corpus: Path) -> Iterator[str]:
    """A real corpus extracted to JSONL in a fresh process with one worker and with two:
    documents and characters a second, and peak memory."""
    docs = expand_paths([str(corpus)])
    chars = sum(len(read_document(p).text) for p in docs)
    yield (f"| JSONL run, {corpus} ({len(docs)} documents, {chars / 1e6:.1f}M characters) | jobs | seconds "
           "| documents/s | characters/s | peak RSS, largest process | peak PSS, all processes |")
    yield "|---|---|---|---|---|---|---|"
    with tempfile.TemporaryDirectory(prefix="extractor-bench-") as tmp:
        for n in (1, 2):
            r = streamed_run(corpus, Path(tmp) / "out.jsonl", n)
            yield (f"| | {n} | {r['seconds']:.1f} | {len(docs) / r['seconds']:.1f} | {_rate(chars / r['seconds'])} "
                   f"| {r['max_rss'] / 2**20:.0f} MB | {r['tree_pss'] / 2**20:.0f} MB |")


BENCH_TEXTS = Path(__file__).with_name("bench_texts.toml")


def fill(parts: list[tuple[str, int]], size: int) -> str:
    """The parts ([text, times]) in turn, repeated until the text is `size` bytes of UTF-8."""
    unit = "".join(text * times for text, times in parts)
    return unit * max(1, -(-size // len(unit.encode("utf-8"))))


def _timed(fn: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    out = fn()
    return time.perf_counter() - start, out


def hostile(docs: list[Document], rules: RuleSet, megabytes: float) -> Iterator[str]:
    """Seconds for `megabytes` of each hostile text against as much ordinary text, in one run."""
    from ..reading.formats import html_text

    size = int(megabytes * MB)
    texts = tomllib.loads(BENCH_TEXTS.read_text(encoding="utf-8"))["text"]
    ordinary = fill([(d.text, 1) for d in docs], size)
    extract_text(ordinary[:50000], "warm", None, rules)  # compile every pattern before timing
    base, records = _timed(lambda: extract_text(ordinary, "ordinary", None, rules))
    page = next(t for t in texts if t.get("baseline"))
    page_base, _ = _timed(lambda: html_text(fill(page["parts"], size).encode("utf-8"), "page"))
    yield f"| text, {megabytes:g} MB as one document | seconds | records | × ordinary | µs a record |"
    yield "|---|---|---|---|---|"
    yield f"| ordinary (the corpus repeated) | {base:.2f} | {len(records):,} | 1.0 | {1e6 * base / max(1, len(records)):.0f} |"
    for t in texts:
        body = fill(t["parts"], size)
        if t.get("read") == "html":
            seconds, _ = _timed(lambda: html_text(body.encode("utf-8"), "page"))
            yield f"| {t['name']} (read only) | {seconds:.2f} | | {seconds / page_base:.1f} (of a page) | |"
            continue
        note = ""
        if t.get("then_document"):
            body += "\n" + docs[0].text
            alone = len(extract_text(docs[0].text, "alone", None, rules))
        seconds, found = _timed(lambda: extract_text(body, "hostile", None, rules))
        if t.get("then_document"):
            kept = sum(r.start > len(body) - len(docs[0].text) for r in found)
            note = f" ({kept} of the document's {alone} records)"
        per = f"{1e6 * seconds / len(found):.0f}" if found else ""
        yield f"| {t['name']}{note} | {seconds:.2f} | {len(found):,} | {seconds / base:.1f} | {per} |"


def large_document(docs: list[Document], rules: RuleSet, megabytes: float) -> Iterator[str]:
    """Seconds for one ordinary document of 1/8, 1/4, 1/2 and all of `megabytes`: linear is 8x."""
    yield "| one document of | seconds | records | × the smallest | linear |"
    yield "|---|---|---|---|---|"
    first = None
    for share in (8, 4, 2, 1):
        text = fill([(d.text, 1) for d in docs], int(megabytes * MB / share))
        seconds, records = _timed(lambda: extract_text(text, "large", None, rules))
        first = first or seconds
        yield (f"| {megabytes / share:g} MB | {seconds:.1f} | {len(records):,} | {seconds / first:.1f} "
               f"| {8 // share} |")


def _scaling(files: list[Path], megabytes: float, jobs: int) -> Iterator[str]:
    yield (f"| streamed JSONL run, synthetic corpus | jobs | MB/s | peak RSS, largest process "
           f"| peak RSS, all processes | peak PSS, all processes |")
    yield "|---|---|---|---|---|---|"
    worst = 0
    with tempfile.TemporaryDirectory(prefix="extractor-bench-") as tmp:
        root = Path(tmp) / "corpus"
        parts = synthetic_corpus(files, root, megabytes)
        for n in sorted({1, jobs}):
            for corpus in (parts[0], root):
                r = streamed_run(corpus, Path(tmp) / "out.jsonl", n)
                worst = max(worst, r["tree_pss"], r["max_rss"])
                yield (f"| {r['mb']:.0f} MB | {n} | {r['mb'] / r['seconds']:.2f} | {r['max_rss'] / 2**20:.0f} MB "
                       f"| {r['tree_rss'] / 2**20:.0f} MB | {r['tree_pss'] / 2**20:.0f} MB |")
    yield ""
    yield (f"peak memory (largest of: one process's RSS, all processes' PSS): {worst / 2**20:.0f} MB; "
           f"goal < {MEMORY_GOAL_MB} MB: {_mark(worst < MEMORY_GOAL_MB * 2**20)}")
