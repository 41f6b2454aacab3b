"""The canonical metric of an indicator, from the metric table of the rule pack (metrics.toml).

An indicator means a metric when, with its width normalised (NFKC), spaces cut and Latin
letters upper-cased, it is one of the metric's wordings, or is one after cutting a scope word
of the speaking government (全省) and a Latin alias in brackets (（GDP）), then a growth word
ending it (增速) or a total word (规模). Nothing else is guessed: an unknown wording has no metric.
"""
import unicodedata

from ..rulepack import ONE_THREAD, RulePackError, RuleSet
from . import phrases


def normal(name: str, pack: RuleSet) -> str:
    return pack.pattern("METRIC_NOISE").sub("", unicodedata.normalize("NFKC", name), 0, None, None, ONE_THREAD).upper()


def _index(pack: RuleSet) -> dict[str, str]:
    """Each normalised wording -> its metric id, built once per pack; a wording claimed by
    two metrics is an error of the pack."""
    key = ("metric index",)
    if key not in pack._compiled:
        index: dict[str, str] = {}
        clashes = []
        for m in pack.metrics.values():
            for name in m.names:
                n = normal(name, pack)
                if index.setdefault(n, m.id) != m.id:
                    clashes.append(f"metrics: wording {name!r} is in both {index[n]} and {m.id}")
        if clashes:
            raise RulePackError(clashes)
        pack._compiled[key] = index
    return pack._compiled[key]


def metric_of(indicator: str, pack: RuleSet, government: str | None = None) -> str | None:
    """The id of the metric the indicator names, else None; the speaking government's own name
    opening it is a scope word too (西藏生产总值 in 西藏自治区's report). Remembered like the
    phrase cuts: records repeat their names (5.6k records, 3.9k names over the 34 reports), and
    a document's records its government."""
    found = phrases.remembered(pack, "metric", indicator, _metric_of, indicator, pack)
    if found or not government:
        return found
    short = phrases.remembered(pack, "government", government, pack.pattern("GOV_NAME_END").sub, "", government)
    own = next((g for g in (government, short) if 2 <= len(g) and indicator.startswith(g)), "")
    return phrases.remembered(pack, "metric", indicator[len(own):], _metric_of, indicator[len(own):], pack) \
        if own and len(indicator) - len(own) >= 2 else None


def _metric_of(indicator: str, pack: RuleSet) -> str | None:
    index = _index(pack)
    name = normal(indicator, pack)
    scope = pack.words_re("METRIC_SCOPE").match(name, None, None, ONE_THREAD)
    bare = name[scope.end():] if scope else name
    bare = pack.pattern("METRIC_ALIAS").sub("", bare, 0, None, None, ONE_THREAD) or bare
    for candidate in (name, bare):
        if candidate in index:
            return index[candidate]
    for tail in ("GROWTH_NAME", "TOTAL_WORD"):  # 地区生产总值增速; 固定资产投资规模: the metric's growth, its size
        cut = pack.words_re(tail, "end").search(bare, None, None, ONE_THREAD)
        if cut and cut.start() and bare[:cut.start()] in index:
            return index[bare[:cut.start()]]
    return None
