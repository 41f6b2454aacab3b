"""A cold one-document JSONL run: the work it leaves out, each checked in a fresh process (no timings)."""
import ast
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SPEECH = REPO / "data" / "zhoukou-2025-cppcc-speech.txt"


def cold_run(before: str = "", after: str = "") -> str:
    """stderr of a fresh `extract SPEECH --format jsonl --out -`, with code run before and after main()."""
    code = (f"import sys\n{before}\n"
            "from extractor.cli import main\n"
            f"sys.argv = ['extractor', 'extract', {str(SPEECH)!r}, '--format', 'jsonl', '--out', '-']\n"
            "try:\n    main()\nexcept SystemExit as exc:\n    assert exc.code == 0, exc.code\n"
            f"{after}\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.count("\n") > 10, done.stderr
    return done.stderr


def test_the_collector_is_frozen_last_at_exit():
    """Handlers run last registered first: one registered before main() sees what main() left,
    and objects made after main() (after the freeze of the library's import) are frozen too."""
    err = cold_run(before="import atexit, gc\n"
                          "atexit.register(lambda: print('FROZEN', gc.get_freeze_count() - START >= 1000, file=sys.stderr))",
                   after="START = gc.get_freeze_count()\nKEEP = [[] for _ in range(1000)]")
    assert "FROZEN True" in err


def test_the_library_is_imported_with_the_collector_off_and_frozen():
    """`import extractor` leaves the library to the first use of its names, so the command line
    can import it with no collection run and freeze what it made."""
    probe = ("import gc, sys\n"
             "import extractor, extractor.cli as cli\n"
             "print('EAGER', 'extractor.pipeline' in sys.modules)\n"
             "runs = []\n"
             "gc.callbacks.append(lambda phase, info: runs.append(info['generation']))\n"
             "cli._import_library()\n"
             "print('RUNS', runs, 'FROZEN', gc.get_freeze_count() > 0, 'ON', gc.isenabled())\n"
             "print('API', extractor.extract_text.__module__, extractor.Record.__module__)\n")
    done = subprocess.run([sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True)
    assert done.stdout.splitlines() == ["EAGER False", "RUNS [] FROZEN True ON True",
                                        "API extractor.api extractor.models"], done.stderr


def test_typer_is_imported_with_the_collector_off_and_frozen():
    """The command line's own imports (typer, click) are frozen too, and leave the collector
    as they found it: at most one collection runs while the module loads (22 did)."""
    probe = ("import gc, sys\n"
             "import extractor\n"
             "runs = []\n"
             "gc.callbacks.append(lambda phase, info: phase == 'start' and runs.append(info['generation']))\n"
             "import extractor.cli\n"
             "print('FEW', len(runs) <= 1, 'FROZEN', gc.get_freeze_count() > 0, 'ON', gc.isenabled())\n")
    done = subprocess.run([sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True)
    assert done.stdout.splitlines() == ["FEW True FROZEN True ON True"], done.stderr


def test_control_characters_are_counted_as_the_definition_says():
    """The share of control characters that marks binary data: every character below a space
    but tab, line feed, form feed and carriage return, and nothing else."""
    from extractor.reading import _control_share

    for code in range(0x80):
        ch = chr(code)
        bad = code < 32 and ch not in "\t\n\f\r"
        assert _control_share(ch + "字" * 3) == (0.25 if bad else 0.0), hex(code)


def test_word_alternations_escape_as_regex_escape_does():
    """Words of letters and digits skip regex.escape: the alternation is the same string."""
    import regex

    from extractor.rulepack import _alternation, load_rules

    def plain(words):
        return "(?:" + "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w))) + ")"

    lists = list(load_rules().words.values()) + [("1+1", "a.b", "（注）", "两 字", "Ⅳ", "²", "x|y", "")]
    assert sum(len(words) for words in lists) > 1000
    for words in lists:
        assert _alternation(words) == plain(words)


def test_the_command_line_builds_only_the_command_it_runs():
    """typer builds every command's options at each start; a run names one, and only that one
    is built. Anything else gets the whole app; what a user sees is the same either way."""
    from typer.testing import CliRunner

    from extractor import cli

    one = cli._command_line(["extractor", "extract", "x.txt"])
    assert [c.callback for c in one.registered_commands] == [cli.extract]
    assert [c.callback for c in cli._command_line(["extractor", "eval"]).registered_commands] == [cli.evaluate]
    for argv in (["extractor"], ["extractor", "--help"], ["extractor", "extrac"], ["extractor", "x.txt"]):
        assert cli._command_line(argv) is cli.app
    assert len(cli.app.registered_commands) == 12 and cli.app.registered_callback is None
    runner = CliRunner()
    for args in (["extract", "--help"], ["extract"], ["extract", "--bogus", "x"], ["extract", "x.txt", "--format", "xx"]):
        whole, narrowed = runner.invoke(cli.app, args), runner.invoke(one, args)
        assert (narrowed.exit_code, narrowed.output) == (whole.exit_code, whole.output), args
        assert narrowed.output


def test_a_cold_run_makes_few_dataclasses():
    """A dataclass compiles its methods from source at every start (some 2.5-4M instructions
    each): the values a run makes and never changes are named tuples, the pack, a run's
    settings and failures and a table found plain classes; the JSONL path makes none of the
    package's (21 once, 5 before the plain classes)."""
    err = cold_run(before="import dataclasses\nMADE = []\nmake = dataclasses._process_class\n"
                          "dataclasses._process_class = lambda cls, *a: MADE.append(cls.__module__ + '.' + cls.__qualname__) or make(cls, *a)",
                   after="print('MADE', sorted(m for m in MADE if m.startswith('extractor.')), len(MADE), file=sys.stderr)")
    made, seen = err.split("MADE ", 1)[1].splitlines()[0].rsplit(" ", 1)
    made = ast.literal_eval(made)
    assert int(seen) > 10  # the probe sees the dataclasses pydantic makes
    assert made == []


def test_a_run_with_the_pack_cached_leaves_the_pattern_reader_out():
    """What reach derives from the skip rules is kept in the pack cache, so a second run
    does not import it (its own patterns are compiled at import)."""
    probe = "print('REACH', 'extractor.core.reach' in sys.modules, file=sys.stderr)"
    cold_run(after=probe)
    assert "REACH False" in cold_run(after=probe)


def test_a_run_with_the_pack_cached_compiles_no_regex_and_imports_no_glob():
    """Every pattern of a run comes from the pack cache (nine compiled from source were some
    11M instructions a start); glob is imported only for a glob."""
    before = ("import regex._main as rm\nCOMPILED = []\nreal = rm._compile\n"
              "rm._compile = lambda pattern, *a: COMPILED.append(pattern) or real(pattern, *a)")
    after = "print('SOURCE', COMPILED, 'glob' in sys.modules, file=sys.stderr)"
    cold_run()
    assert "SOURCE [] False" in cold_run(before, after)
