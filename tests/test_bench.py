"""The benchmark times each pass as a first reading: nothing a pass remembered of the
texts it read (cut phrases, parsed numbers) is there for the next."""
from extractor.api import extract_text
from extractor.core import numerals
from extractor.devtools.bench import best_of, forget_texts
from extractor.rulepack import load_rules


def test_best_of_resets_before_each_timed_pass():
    calls = []
    best_of(lambda: calls.append("run"), 2, lambda: calls.append("reset"))
    assert calls == ["run", "reset", "run", "reset", "run"]


def test_forget_texts_empties_the_phrase_and_number_caches():
    rules = load_rules()
    extract_text("全市新建学校20所，地区生产总值增长6%。", rules=rules)
    assert all(rules._compiled.get(c) for c in ("strip", "clean", "generic_core", "years")) and numerals._parse.cache_info().currsize
    forget_texts(rules)
    assert not any(rules._compiled.get(c) for c in ("strip", "clean", "generic_core", "years")) and numerals._parse.cache_info().currsize == 0
