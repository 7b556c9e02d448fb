"""Stories: group the sources of a pile into the events they report, before ranking.

Three steps, none told how many stories there are:

1. Copies. A wire text republished by several outlets is one text, not several reports.
   Two documents whose word 5-shingles are contained one in the other (>= COPY_CONTAINMENT
   of the smaller's, over their first MAX_WORDS words) are copies; every copy maps to the
   earliest source of its set.
2. Events. Each distinct text becomes a TF-IDF vector (sublinear tf). The idf blends
   the pile's own document frequencies (an outlet's boilerplate repeated across a big
   pile weighs little) with those of general English from wordfreq's word frequencies:
   a pile of five texts cannot tell that "typhoon" is rarer than "Tuesday", and in an
   inbox of two storms it would weigh "typhoon" like a common word. What tells one event
   from a look-alike carries extra weight: names (capitalised words that do not open a
   sentence) and the headline and lead; numbers and dates are terms as well.
   Texts are then joined by group-average linkage on a sparse cosine graph: two groups
   merge only while their members are, on average, similar enough (see _needed: in a
   small pile, one pair of single reports needs more than a mean over many pairs, as a
   shared name or field is enough to make two reports of one desk alike). Average
   linkage, unlike single linkage, does not chain two earthquakes together through one
   article that mentions both. A pair counts only by how far it stands above each
   text's background, its similarity to the pile at large (see BACKGROUND_RANK): in a
   big pile of one desk's season, the season's words make every report alike. And two
   groups that each keep naming a place or person the other never names, one of them a
   name their headlines or first sentences give, are two events of one kind, however
   alike their words (see _own_names); so are two whose later one leads with a person or
   place named in full that the earlier one's leads never give, while its reports recall
   the earlier event (a team's second arrest in a month). A year that most of a group's
   reports are dated in (dateline, headline or lead) and the other's never mention, nor
   the year next to it, is a led name of that group's own that needs no counterpart,
   only one more name of either group's own (see _own_years): a look-alike event of
   another year (a new actor cast four years after the last) recalls the earlier one's
   names, not its year. Two groups that are each far more alike within than with each
   other are two look-alike events as well (see _tighter). Two texts that each place
   their event, in the headline or first sentence, in a country the other never names
   (by its name, or its ground: "Japanese airspace", "Philippine waters") are two events
   however alike their wording (see _elsewhere: wire services tell every earthquake in
   one template).
3. Subjects. A headline and its first sentence name who or where the event is (Dibaba
   in Boston, Merritt in Fayetteville). Two reports of one event name each other's
   subject somewhere; two reports of one desk's news (two athletics meets, two campaign
   spats of one party) share the field's names and words but each has a subject the other
   never mentions. Such a pair of single texts needs a higher similarity to start a story
   (SUBJECT_PENALTY), and so, in a big pile, does a pair whose openings share no rare word
   (see OPENING_GENERAL_SHARE). In a big pile, a text starts a story with another, or joins a
   small one, only if what they share and the rest of the pile does not (its people,
   place, figures) makes them alike on its own (see _particular): a desk's names and
   words are used across the pile.
   There too, a story of three or more must keep one subject that most of its reports
   name (see _shared_subject): a desk's run of news (a tennis tour, an awards season, a
   party's campaign week) is alike by its field's words and shared names, and a group
   mean alone let it grow into one blob. The tests read English capitals and English word
   frequencies, so a pile in another language (German capitalises every noun) is not
   judged so.

   A story's first three texts must each be near the other two (see _chained): a
   third report of one desk is often near one of a pair by the desk's names alone.

   Tried and left out: complete-linkage-style checks on every merge (every member close to
   at least half of the other group, at a share of the pair bar) kept a desk's blobs apart
   too, but split Multilingual's stories, whose sub-events are told by a few of their
   reports each (F1 .913 -> .71 to .80); a "content words only" score (names left out)
   and the similarity of leads do not tell a desk's pairs from one event's on the
   labelled sets; asking a big story to share a word or number most of the pile does not
   use (an occasion's particular) cost ECB+ F1 .918 -> .898 for BBC 250 A .664 -> .676;
   judging a single report against a story of four or more by names (its lead gives one
   the story never does, and the story's leads one it never does: West Papua's 6.1 quake
   beside Aceh's) split one event's reports that lead with an angle of their own (ECB+
   F1 .952 -> .928, DUC .905 -> .894, MultiLing .913 -> .897).

Why no library clusterer: scipy's and scikit-learn's average linkage need a dense N x N
distance matrix, which a few thousand articles make slow and large. Here similarities
come from a sparse matrix product in row blocks, keeping each text's nearest neighbours,
and the linkage runs on that graph (a pair outside it counts as similarity 0, which only
makes merging more cautious). numpy, scipy and wordfreq are imported lazily: a single
article takes the fast path and imports nothing (wordfreq costs about 0.3 s, its import
and its English list, once per process: only the pile's words are looked up in the list,
see _english_frequencies).
"""

from __future__ import annotations

import heapq
import re
from collections import Counter, defaultdict
from collections.abc import Collection, Sequence
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from brief.extract import lexicon
from brief.models import Corpus, StoryGroup
from brief.rank.text import found_in, stop_words

if TYPE_CHECKING:
    import numpy as np
    from scipy import sparse

# A copy keeps at least this share of the smaller text's 5-shingles: agency copy trimmed
# or given a new headline by one outlet is still the same text; two reports of one event
# in their own words share far less than half their 5-word runs.
COPY_CONTAINMENT = 0.8
SHINGLE = 5
# A 5-shingle found in more texts than this is an outlet's boilerplate (a footer, a
# sign-up line), not evidence that two texts are one. The bound is loose, because one wire
# text may well be most of a small pile; it is there to keep the pair count near linear.
SHINGLE_MAX_SHARE = 0.25
SHINGLE_MAX_MIN = 50

# Two groups of texts are one story while the mean cosine between their members stays at
# or above a bar (see _needed). Same-event reports written independently share the
# event's names, place, date and figures; look-alike events share mostly the vocabulary
# of the event type. The bar depends on two things:
# - how much the idf rests on the pile itself. In a big pile (hundreds of texts) it
#   does, and a group has many candidate partners, so the bar is MERGE_THRESHOLD (0.08:
#   below it, the best of many noisy means joins different events). In a small pile the
#   idf leans on general English (see _idf), and a story is a large share of the pile:
#   its reports, told over days, meet at a lower mean, SMALL_MERGE_THRESHOLD.
# - how many pairs of texts the mean is over. Two single reports of one desk's news
#   (two athletics meets, two firms' results) share a name and a field; one pair's
#   similarity is one noisy sample, a mean over many is not. In a small pile two single
#   texts need PAIR_THRESHOLD; the extra falls with the number of pairs (1/pairs).
# Tuned on half A of the small and big piles of tools/eval_stories.py; half B checks.
MERGE_THRESHOLD = 0.08
SMALL_MERGE_THRESHOLD = 0.04
PAIR_THRESHOLD = 0.25
# Edges kept per text. A pair outside the graph counts as 0 in a group's mean, so a story
# told by many more articles than this would come out in pieces; EDGE_FLOOR, not this
# bound, keeps the graph sparse in practice.
NEIGHBOURS = 200
# In a pile of more than NEIGHBOURS texts, similarities below EDGE_FLOOR are left out of
# the graph to keep it sparse. A smaller pile keeps every pair: there a story told over
# weeks (a bombing, its suspects, its trial, its anniversary) is a large share of the
# pile, and its far-apart reports, each weakly alike (0.02 to 0.05), counted as 0 kept
# one report of the day apart from its story at a mean 0.001 under the bar (small piles
# of half A: DUC F1 .919 -> .942, Multilingual .879 -> .888).
EDGE_FLOOR = 0.05
# A desk's season (an election campaign, a tennis tour) makes its reports alike at a
# level of its own: in a pile of 50 politics pieces, any two share Blair, Howard, Tory
# and the election, and reach the bar pair by pair, so a mean over many pairs does not
# stop them either. What marks one event is a pair that stands out above that level. A
# text's background is its similarity to its BACKGROUND_RANK-th nearest text (beyond any
# story of the labelled sets, whose largest topics hold about 25 reports). Where it is
# above the pile's median background, the text sits in a dense field, and its pairs lose
# BACKGROUND_SHARE times that excess (the mean of the two texts'). A pile of at most
# BACKGROUND_RANK texts has no background. Chosen on half A of the BBC piles of 100 and
# 250 articles and of the big labelled piles (tools/eval_stories.py): subtracting the
# whole background, not its excess, split Multilingual's topics (stories with
# sub-events) and DUC's; a share of 3 splits DUC half A.
BACKGROUND_RANK = 30
BACKGROUND_SHARE = 2.0
BLOCK = 256  # rows per block of the sparse similarity product (bounds memory)

# Two groups of at least 4 texts are two events when each has a name that >= 60% of its
# texts mention and <= 10% of the other's do.
OWN_NAME_GROUP = 4
OWN_NAME_SHARE = 0.6
OWN_NAME_ABSENT = 0.1
OWN_SUBJECT_WORDS = 2  # led names of its own that make a later, other event
# A year of a group's own (see _own_years) is one the other group mentions neither in,
# nor within YEAR_NEAR of: a story told over New Year (a tsunami of 26 December, its
# toll counted in January) gives two years a year apart.
YEAR_NEAR = 1

# Two single texts each with a subject (a name of its headline or first sentence, rare in
# general English: fewer than SUBJECT_GENERAL_SHARE of its texts hold it) that the other
# never mentions start a story only if their similarity times SUBJECT_PENALTY still meets
# the bar. Chosen on half A of the small piles and the BBC one-desk piles, checked on
# small piles of three other seeds and on BBC articles 64-127 of each desk: 0.5 keeps
# apart a few more one-desk pairs of the tuning piles (none more of the check piles)
# but costs Multi-News recall, whose scraped pages open on a photo agency or a site's
# name. A name of fewer than SUBJECT_MIN_LENGTH letters is an abbreviation ("Mo." for
# Missouri), which another report spells out.
SUBJECT_PENALTY = 0.7
SUBJECT_GENERAL_SHARE = 0.01
SUBJECT_MIN_LENGTH = 3
SUBJECT_SENTENCES = 1
# A story of up to CORE_GROUP texts needs each pair of them at CORE_SHARE of the bar for
# a pair (see _chained). Tuned on half A of all the piles: 0.7 splits Multilingual's small
# piles (half A .879 -> .873), a core of 4 texts splits its whole set (.913 -> .899).
CORE_GROUP = 3
CORE_SHARE = 0.6
# Two checks hold in a pile of BIG_PILE or more texts only. In smaller ones (DUC's 89,
# Multilingual's 100, the piles of 2 to 4 stories) they split stories told over weeks
# (small-pile F1 of Multilingual half A .879 -> .765 for the subject check, -> .858 for
# the particulars check with no stray) and kept no BBC pile cleaner.
BIG_PILE = 150
# A story of SHARED_SUBJECT_GROUP or more keeps one subject (a rare name of one of its
# headlines or first sentences) that at least SHARED_SUBJECT_SHARE of its texts mention
# (see _shared_subject). Tuned on half A of the BBC piles of 250 articles and of the
# labelled sets: a share of 0.6 lets a tennis tour's reports stay one blob, 0.8 splits
# Multilingual's stories (sub-events told by a few of their reports each).
SHARED_SUBJECT_GROUP = 3
SHARED_SUBJECT_SHARE = 0.7
# A single text starts a story with another, or joins one of up to PARTICULAR_GROUP
# texts, only if the terms it shares with them that are their own (see _particular) give
# the pairs, on average, PARTICULAR_SHARE of their bar by themselves. A term is a pair's
# own while at most PARTICULAR_STRAYS texts near neither use it. Tuned on half A of the
# BBC piles of 250 and of the labelled sets: no stray let a few Multi-News pairs apart
# (F1 half A .920 -> .903; a scraped page names what others far away name too); a share
# of 0.8, in piles of every size, split ECB+'s and Multilingual's small piles; judging
# joins to stories of up to 10 texts cost ECB+ F1 .923 -> .913.
PARTICULAR_SHARE = 0.5
PARTICULAR_STRAYS = 1
PARTICULAR_GROUP = 3
# In a pile of BIG_PILE or more, two single texts whose openings (headline and first
# sentence) share no word rarer than OPENING_GENERAL_SHARE in general English start a
# story only at SUBJECT_PENALTY of their similarity: two reports of one event say in
# their openings who, where or what it is; two of one desk's run of news share its field's
# words further down. Tuned on half A of the labelled sets and the BBC piles of 250:
# 0.01 split ECB+'s whole set (half A .948 -> .938); checked on half B (BBC 250 B .760 ->
# .784, Multi-News whole .895 -> .896). In smaller piles it cost Multi-News's and
# Multilingual's small piles (scraped pages that open on boilerplate) and kept no BBC
# pile of one desk cleaner.
OPENING_GENERAL_SHARE = 0.02

# Two groups of two or more texts merge only if their mean similarity to each other is
# at least COHESION_SHARE of the lower of their own means within (see _tighter). Tuned on
# half A of all the piles: 0.5 kept apart look-alike events (ECB+ A precision .938 ->
# .950, Multi-News .955 -> .965, BBC 250 .732 -> .736) and split no story; 0.55 splits a
# DUC story (half A F1 .834 -> .780), 0.4 keeps fewer look-alikes apart.
COHESION_SHARE = 0.5

# The pile's document frequencies are blended with this many texts of general English
# (see _idf), each of ARTICLE_WORDS words. 60 scored best on half A (30: small piles
# split more; 100: a pile of two earthquakes weighs "magnitude" as if rare).
GENERAL_TEXTS = 60.0
ARTICLE_WORDS = 400
# English if at least this share of the pile's term occurrences are words that the
# general list finds in at least KNOWN_SHARE of its texts (a word of zipf 3). English
# piles of tools/eval_stories.py: 0.68 and more (BBC 0.83); French and German texts:
# 0.37 and 0.27, as the list knows only their loanwords and names.
ENGLISH_KNOWN = 0.55
KNOWN_SHARE = 0.0004

NAME_WEIGHT = 4.0  # a capitalised word that does not open a sentence: a name
# Numbers and years are terms like any word (idf already makes a rare figure count); more
# weight let stories that merely share a year or a round figure join (half A: worse).
NUMBER_WEIGHT = 1.0
LEAD_WEIGHT = 2.0  # the headline and the first sentences say what the event is
# The lede and the sentence after it: what, who, where. A third sentence is already
# background as often as not (half A of the small piles: 3 sentences .877 ECB+ F1, 2
# sentences .911; 1 sentence lets more one-desk pairs of BBC piles of 8 merge).
LEAD_SENTENCES = 2
# Only an article's first 600 words count: the event is told at the top, a scraped
# page's tail is comments and links, and long pages then cost no more than short ones.
MAX_WORDS = 600

_TOKEN = re.compile(r"[^\W_]+(?:[.,'’-][^\W_]+)*")
# The same in lower-case ASCII text, found in 40% less time (`re` tests [^\W_] by a
# Unicode look-up a character; see brief.rank.text._ASCII_WORD).
_ASCII_TOKEN = re.compile(r"[a-z0-9]+(?:[.,'-][a-z0-9]+)*")
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"(?<!\d)(?<!\d[.,])(?:19|20)\d\d(?!\d|[.,]\d)")
_JOINER = re.compile(r"[.,'’-]")
# A capitalised word after the first of its sentence. Capitals of Latin-1, Greek and
# Cyrillic; other scripts simply get no name weight.
_OF_NAME = re.compile(r"([^\W\d_]*) of ([A-Z][^\W_]*)")


@cache
def _bodies_of_a_country() -> frozenset[str]:
    """The heads of a body's or an office's name ("bank", "ministry", "president"): the
    country after their "of" is where the body is."""
    return lexicon.joined("organisation_heads", "company_nouns", "role_heads")


_CAPITALISED = re.compile(r"(?<=[\s(\"“‘'])[A-ZÀ-ÖØ-ÞΑ-ΩА-ЯЁ][^\W_]*(?:[.'’-][^\W_]+)*")
# The same in an ASCII sentence, the capital found first (`re` skips to it) and what
# stands before it tested after it.
_ASCII_CAPITALISED = re.compile(r"[A-Z](?<=[\s(\"'].)[A-Za-z0-9]*(?:[.'-][A-Za-z0-9]+)*")
TITLE_CASE_SHARE = 0.6


# English function words, and the words of any news report (said, told, year, Mr): they
# say nothing about which event a text reports. With a pile of many texts idf would mute
# them anyway; with two or three it cannot. The stop words are the rankers' (sumy's
# English list), the news words words.toml's [stories].
@cache
def news_stop_words() -> frozenset[str]:
    return stop_words("english") | lexicon.words()["news_stop_words"]


def find_stories(corpus: Corpus) -> tuple[StoryGroup, ...]:
    """The stories of a pile: every source in exactly one group, groups in order of their
    first source; copies of one text are mapped to its earliest source."""
    numbers = sorted(d.source.number for d in corpus.documents)
    if len(numbers) <= 1:
        return tuple(StoryGroup(sources=(n,)) for n in numbers)
    texts = _texts(corpus, numbers)
    original = _copies(texts, numbers)
    distinct = [n for n in numbers if original[n] == n]
    clusters = _events([texts[n] for n in distinct])
    carriers: dict[int, list[int]] = defaultdict(list)  # original -> it and its copies
    for n in numbers:
        carriers[original[n]].append(n)
    groups: list[StoryGroup] = []
    for members in clusters:
        sources = tuple(sorted(n for i in members for n in carriers[distinct[i]]))
        copies = {n: original[n] for n in sources if original[n] != n}
        groups.append(StoryGroup(sources=sources, copies=copies))
    return tuple(sorted(groups, key=lambda g: g.sources[0]))


class _Text:
    """One source as the stories stage sees it: its words, in order and counted."""

    __slots__ = (
        "words",
        "counts",
        "names",
        "subjects",
        "terms",
        "belonging",
        "dated",
        "years",
        "opening",
        "days",
        "lead",
    )

    def __init__(
        self,
        title: str | None,
        sentences: Sequence[str],
        dateline: str | None = None,
        date: str | None = None,
    ) -> None:
        head = _head(sentences, MAX_WORDS)
        self.words = _tokens(" ".join(head))  # also for copy shingles
        lead = ([title] if title else []) + head[:LEAD_SENTENCES]
        # Counted once here, weighted by kind later: every word, the lead again, names.
        self.counts = Counter(self.words)
        for _ in range(int(LEAD_WEIGHT) - 1):
            self.counts.update(_tokens(" ".join(lead)))
        self.names = Counter(_names(head))
        self.names.update(_names(lead[1:] if title else lead))
        # Who or where the event is: the names of the headline and the first sentence.
        opening = lead[: int(bool(title)) + SUBJECT_SENTENCES]
        self.subjects = {_plain(n) for n in _names(opening)}
        # Names after "of": whose or what a thing is ("Contador of Spain"), not where; but
        # a body's or an office's country is where ("Bank of Canada", "Reserve Bank of
        # India": two central banks' decisions of one day are two events).
        self.belonging = {
            _plain(m.group(2).casefold())
            for m in _OF_NAME.finditer(" ".join(opening))
            if m.group(1).casefold() not in _bodies_of_a_country()
        }
        self.terms = {lexicon.unaccented(_plain(w)) for w in self.counts}  # every word it mentions
        # The words of its headline and first sentence (see _rare_openings), less its
        # figures and its days and months: when, not who, where or what.
        self.lead = _tokens(" ".join(opening))  # its headline's and first sentence's words
        opening_words = {_plain(w) for w in self.lead}
        self.opening = {w for w in opening_words if not _DIGIT.search(w)} - _not_subjects()
        # The weekdays its headline and first sentence give: the day of its event.
        self.days = opening_words & lexicon.weekday_names()
        # The years it is dated in: its page's date, its dateline's, its headline's and its
        # lead's (see _own_years); and every year it mentions.
        self.dated = frozenset(_years(" ".join([date or "", dateline or "", *lead])))
        self.years = self.dated | frozenset(_years(" ".join(head)))


def _tokens(text: str) -> list[str]:
    """The casefolded words and figures of a text ("u.s.", "30,000")."""
    folded = text.casefold()
    return found_in(_TOKEN, folded, _ASCII_TOKEN)


def _years(text: str) -> list[int]:
    """The years a text gives: four digits from 1900 to 2099, not part of a longer figure."""
    return [int(m) for m in _YEAR.findall(text)]


def _plain(word: str) -> str:
    """A word as a term: one apostrophe, no possessive."""
    return word.replace("’", "'").removesuffix("'s")


def _head(sentences: Sequence[str], words: int) -> list[str]:
    """The sentences that hold about the first `words` words."""
    out: list[str] = []
    for sentence in sentences:
        if words <= 0:
            break
        out.append(sentence)
        words -= sentence.count(" ") + 1
    return out


def _names(sentences: Sequence[str]) -> list[str]:
    """Capitalised words that do not open a sentence; none from a Title-Case line (a
    headline or a menu), where capitals say nothing."""
    out: list[str] = []
    for sentence in sentences:
        capitalised = found_in(_CAPITALISED, sentence, _ASCII_CAPITALISED)
        if len(capitalised) <= TITLE_CASE_SHARE * sentence.count(" "):
            out.extend(capitalised)
    folded = (n.casefold() for n in out)
    stop = news_stop_words()
    return [n for n in folded if n not in stop]  # "I", or "The" after a quote mark


def _texts(corpus: Corpus, numbers: Sequence[int]) -> dict[int, _Text]:
    sentences: dict[int, list[str]] = defaultdict(list)
    for sentence in corpus.sentences:
        sentences[sentence.source].append(sentence.text)
    titles = {d.source.number: d.title for d in corpus.documents}
    dates = {d.source.number: d.date or d.source.date for d in corpus.documents}
    # The subheading over a text's first sentence: a page's dateline ("September 19, 2013").
    datelines: dict[int, str | None] = {}
    for sentence in corpus.sentences:
        datelines.setdefault(sentence.source, sentence.heading)
    return {
        n: _Text(titles.get(n), sentences.get(n, []), datelines.get(n), dates.get(n))
        for n in numbers
    }


# --- copies -------------------------------------------------------------------------


def _copies(texts: dict[int, _Text], numbers: Sequence[int]) -> dict[int, int]:
    """Each source -> the earliest source whose text it repeats (itself if none)."""
    import numpy as np
    from scipy import sparse

    hashes, owners = _shingle_hashes([texts[n].words for n in numbers])
    _, columns = np.unique(hashes, return_inverse=True)
    incidence = sparse.csr_matrix(
        (np.ones(len(columns)), (owners, columns.ravel())),
        shape=(len(numbers), int(columns.max(initial=-1)) + 1),
    )
    incidence.sum_duplicates()  # a shingle a text repeats is one entry of its row
    incidence.data[:] = 1.0
    sizes = np.diff(incidence.indptr)  # each text's distinct shingles
    df = np.diff(incidence.tocsc().indptr)
    cap = max(SHINGLE_MAX_MIN, int(SHINGLE_MAX_SHARE * len(numbers)))
    evidence = incidence @ sparse.diags(((df >= 2) & (df <= cap)).astype(float))
    shared = sparse.triu(evidence @ incidence.T, k=1).tocoo()
    parent = list(range(len(numbers)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b, count in zip(shared.row, shared.col, shared.data, strict=True):
        smaller = min(sizes[a], sizes[b])
        if smaller and count / smaller >= COPY_CONTAINMENT:
            ra, rb = root(int(a)), root(int(b))
            parent[max(ra, rb)] = min(ra, rb)  # the earliest source stays the original
    return {n: numbers[root(i)] for i, n in enumerate(numbers)}


def _shingle_hashes(texts: Sequence[Sequence[str]]) -> tuple[np.ndarray, np.ndarray]:
    """The word 5-shingles of the texts as 64-bit polynomial hashes, and the text each
    is of (in order; a text may repeat one). A text of fewer than SHINGLE words is padded
    with zeros to one shingle; an empty one has none.

    All texts in one pass: their words side by side in one array (each padded), hashed
    over every window at once, and the windows that cross from one text into the next
    left out. (A text at a time, each with its own np.unique, `_copies` took 0.22-0.29 s
    of CPU for 1,000 articles; so, 0.15-0.16 s.)"""
    import numpy as np

    counts = np.array([len(words) for words in texts], np.int64)
    padded = np.where(counts > 0, np.maximum(counts, SHINGLE), 0)
    starts = np.cumsum(padded) - padded
    ids = np.zeros(int(padded.sum()), np.uint64)
    # Python's string hash: consistent within this process, which is all a comparison
    # within one pile needs.
    words = [word for text in texts for word in text]
    ids[_spans(starts, counts)] = np.fromiter(map(hash, words), np.int64, len(words)).view(
        np.uint64
    )
    width = max(0, len(ids) - SHINGLE + 1)
    hashes = np.zeros(width, np.uint64)
    with np.errstate(over="ignore"):
        for k in range(SHINGLE):
            hashes = hashes * np.uint64(1_000_003) + ids[k : k + width] + np.uint64(1)
    windows = np.maximum(padded - SHINGLE + 1, 0)
    return hashes[_spans(starts, windows)], np.repeat(np.arange(len(texts)), windows)


def _spans(starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """The positions starts[i], starts[i] + 1, ..., starts[i] + lengths[i] - 1 of each i."""
    import numpy as np

    total = int(lengths.sum())
    firsts = np.cumsum(lengths) - lengths  # where each span begins in the result
    return np.repeat(starts - firsts, lengths) + np.arange(total)


# --- events ---------------------------------------------------------------------------


def _term(word: str) -> tuple[str, float] | None:
    """The term a counted word stands for, and its weight; None for a stop word."""
    if _DIGIT.search(word):
        number = word.replace(",", "")
        return ("#" + number, NUMBER_WEIGHT) if len(number) >= 2 else None
    term = _plain(word)
    return (term, 1.0) if len(term) >= 2 and term not in news_stop_words() else None


def _matrix(texts: Sequence[_Text]) -> tuple[sparse.csr_matrix, float]:
    """Unit-length TF-IDF rows (sublinear tf, idf from the pile and general English), and
    general English's share in the idf."""
    import numpy as np
    from scipy import sparse

    vocabulary: dict[str, int] = {}  # term -> column
    weights: list[float] = []  # column -> weight of its kind
    column_of: dict[str, int] = {}  # counted word -> column, -1 for a stop word

    def columns(words: Counter[str]) -> np.ndarray:
        for word in [w for w in words if w not in column_of]:
            found = _term(word)
            if found is None:
                column_of[word] = -1
                continue
            if found[0] not in vocabulary:
                vocabulary[found[0]] = len(weights)
                weights.append(found[1])
            column_of[word] = vocabulary[found[0]]
        return np.fromiter(map(column_of.__getitem__, words), np.int64, len(words))

    rows, cols, values, is_name = [], [], [], []
    for number, text in enumerate(texts):
        for words, as_name in ((text.counts, False), (text.names, True)):
            cols.append(columns(words))
            values.append(np.fromiter(words.values(), float, len(words)))
            rows.append(np.full(len(words), number))
            is_name.append(np.full(len(words), as_name))
    col = np.concatenate(cols)
    kind = np.array([*weights, 0.0])[col]  # a stop word's -1 picks the 0.0
    names = np.concatenate(is_name)
    # A name adds NAME_WEIGHT - 1 to the plain count of the same word; numbers are not names.
    value = np.concatenate(values) * np.where(names, (NAME_WEIGHT - 1.0) * (kind == 1.0), kind)
    keep = (col >= 0) & (value > 0)
    shape = (len(texts), max(1, len(weights)))
    matrix = sparse.csr_matrix(
        (value[keep], (np.concatenate(rows)[keep], col[keep])), shape=shape
    )  # duplicates (a word and its possessive) are summed
    tf = matrix.data
    matrix.data = np.where(tf > 1.0, 1.0 + np.log(np.maximum(tf, 1.0)), tf)  # sublinear
    df = np.bincount(matrix.indices, minlength=shape[1])
    idf, prior = _idf(df, list(vocabulary), shape[0])
    matrix = sparse.csr_matrix(matrix @ sparse.diags(idf))
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(sparse.diags(1.0 / norms) @ matrix), prior


def _idf(df: np.ndarray, terms: Sequence[str], texts: int) -> tuple[np.ndarray, float]:
    """Inverse document frequency from the pile and from the language at large, and the
    share of general English in it.

    The pile alone cannot say what is distinctive when it is small: in an inbox of two
    storms, "typhoon" is in half the texts and would weigh like a common word. So the
    pile's counts are blended with GENERAL_TEXTS pseudo-texts of general English, in
    which a word occurs as often as its frequency in a large corpus (wordfreq) says. A
    big pile outweighs the pseudo-texts (its own boilerplate still weighs little); a
    small one leans on them. A pile whose words the English list mostly does not know
    (another language) gets its own counts alone."""
    import numpy as np

    general = _general_shares(terms)
    known = float(df[general >= KNOWN_SHARE].sum()) / max(1, int(df.sum()))
    pseudo = GENERAL_TEXTS if known >= ENGLISH_KNOWN else 0.0
    share = (df + pseudo * general) / (texts + 1 + pseudo)
    return np.log(1.0 / np.maximum(share, 1e-12)), pseudo / (texts + pseudo)


def _general_shares(terms: Sequence[str]) -> np.ndarray:
    """For each term, the share of general English texts of ARTICLE_WORDS words that hold
    it; 0 for a word the frequency list does not know (a rare name)."""
    import numpy as np

    asked: set[str] = set()
    for term in terms:
        if term.startswith("#"):
            asked.add(_DIGIT.sub("0", term[1:]))
        else:
            asked.add(term)
            asked.update(_JOINER.split(term))
    known = _english_frequencies(asked)
    frequencies = np.zeros(len(terms))
    for column, term in enumerate(terms):
        if term.startswith("#"):  # the list has "0000" for all 4-digit numbers: one of them
            digits = term[1:]
            found = known.get(_DIGIT.sub("0", digits), 0.0) / 10 ** (len(digits) - 1)
        else:  # "u.s." is as common as "u" and "s", "o'neill" as rare as "neill"
            found = known.get(term)
            if found is None:
                found = min(
                    (known.get(part, 0.0) for part in _JOINER.split(term) if part), default=0.0
                )
        frequencies[column] = found
    return -np.expm1(-frequencies * ARTICLE_WORDS)


def _english_frequencies(words: set[str]) -> dict[str, float]:
    """wordfreq's English frequency of each of `words` that its list holds, as its
    get_frequency_dict gives it, without making that dict of all 321,000 words (0.2 s of
    CPU): 1,000 articles ask about 30,000. The list is one band of words per frequency,
    and each band is intersected with the words asked about (0.05 s)."""
    from wordfreq import cB_to_freq, get_frequency_list

    found: dict[str, float] = {}
    for index, band in enumerate(get_frequency_list("en")):
        hits = words.intersection(band)
        if hits:
            frequency = cB_to_freq(-index)
            for word in hits:
                found[word] = frequency  # a later band wins, as in get_frequency_dict
    return found


def _graph(matrix: sparse.csr_matrix) -> dict[int, dict[int, float]]:
    """Each text's nearest neighbours by cosine (symmetric), computed in row blocks, each
    similarity less its two texts' background (see BACKGROUND_RANK)."""
    import numpy as np

    count = matrix.shape[0]
    edges: dict[int, dict[int, float]] = defaultdict(dict)
    background = np.zeros(count)
    transposed = matrix.T.tocsc()
    floor = EDGE_FLOOR if count > NEIGHBOURS else 0.0  # see EDGE_FLOOR
    for start in range(0, count, BLOCK):
        block = (matrix[start : start + BLOCK] @ transposed).toarray()
        for offset, row in enumerate(block):
            i = start + offset
            row[i] = 0.0
            if count > BACKGROUND_RANK:
                background[i] = -np.partition(-row, BACKGROUND_RANK - 1)[BACKGROUND_RANK - 1]
            k = min(NEIGHBOURS, count - 1)
            best = np.argpartition(-row, k - 1)[:k] if k < count else np.arange(count)
            sims = row[best]
            near = (sims >= floor) & (sims > 0) & (best != i)
            for j, sim in zip(best[near].tolist(), sims[near].tolist(), strict=True):
                edges[i][j] = sim
                edges[j][i] = sim
    # Only the excess over the pile's typical background: a pile of unrelated stories
    # has a low, even background, and there the bar alone decides.
    shift = BACKGROUND_SHARE * np.maximum(0.0, background - np.median(background))
    adjusted: dict[int, dict[int, float]] = defaultdict(dict)
    for i, row in edges.items():
        for j, sim in row.items():
            value = sim - (shift[i] + shift[j]) / 2
            if value > 0:
                adjusted[i][j] = value
    return adjusted


def _place_and_counts(text: _Text) -> tuple[set[str], set[str]]:
    """A text's opening subjects, less days and months ("Wednesday", "June": any two
    reports of a day share them), and its opening counts (see _counts): two texts sharing
    one of each are one event, however they word it ("Shirak earthquake death toll rises
    to 17" and "Gyumri residents sleep in tents ...; toll at 17"). Two look-alike events
    do not share both their place and their numbers."""
    calendar_words = lexicon.weekday_names() | lexicon.month_names()
    return text.subjects - calendar_words, _counts(text.lead)


def _counts(lead: Sequence[str]) -> set[str]:
    """The numbers of a headline and first sentence that count something: not a year, not
    a small number, not a day beside its month."""
    months = lexicon.month_names()
    found = set()
    for n, token in enumerate(lead):
        digits = token.replace(",", "")
        if (
            not digits.isdigit()
            or int(digits) < 11
            or (digits == token and 1800 <= int(token) <= 2100)
        ):
            continue  # ("2,000" counts; "2026" is a year)
        beside = {lead[k] for k in (n - 1, n + 1) if 0 <= k < len(lead)}
        if int(digits) <= 31 and beside & months:
            continue
        found.add(digits)
    return found


def _events(texts: Sequence[_Text]) -> list[list[int]]:
    """Group-average linkage on the neighbour graph, stopped at the bar of _needed; two
    groups with names of their own (see _own_names) never merge, and two single texts
    with subjects of their own (see _apart) start a story only on stronger evidence."""
    if len(texts) == 1:
        return [[0]]
    matrix, prior = _matrix(texts)
    edges = _graph(matrix)
    # Two reports of one place and one count are one event, however they word it (see
    # _place_and_counts): their link is raised to the bar, past the subject penalty.
    opened = [_place_and_counts(text) for text in texts]
    sure = {
        (i, j)
        for i, row in edges.items()
        for j in row
        if i < j and opened[i][0] & opened[j][0] and opened[i][1] & opened[j][1]
    }
    for i, j in sure:
        edges[i][j] = edges[j][i] = max(edges[i][j], _needed(1, prior))
    members: dict[int, list[int]] = {i: [i] for i in range(len(texts))}
    # Per group: in how many of its texts each name occurs.
    named: dict[int, Counter[str]] = {i: Counter(t.names.keys()) for i, t in enumerate(texts)}
    # Per group: in how many of its headlines and first sentences each name is given
    # (who or where its event is).
    heads: dict[int, Counter[str]] = {i: Counter(t.subjects) for i, t in enumerate(texts)}
    # Per group: in how many of its texts each year is a date of its own (see _own_years),
    # and in how many each year is mentioned at all.
    dated: dict[int, Counter[int]] = {i: Counter(t.dated) for i, t in enumerate(texts)}
    years: dict[int, Counter[int]] = {i: Counter(t.years) for i, t in enumerate(texts)}
    # links[a][b]: the sum of similarities between the members of clusters a and b.
    links: dict[int, dict[int, float]] = {i: dict(edges.get(i, {})) for i in members}
    inner: dict[int, float] = {i: 0.0 for i in members}  # sum of similarities within
    subjects = _rare_subjects(texts)
    places = _places(texts)
    penalty = SUBJECT_PENALTY if prior > 0 else 1.0  # prior 0: not English (see _idf)
    big = prior > 0 and len(texts) >= BIG_PILE  # English only: see _rare_subjects
    near = CORE_SHARE * _needed(1, prior)
    columns = matrix.T.tocsr()  # term -> the texts that use it
    openings = _rare_openings(texts) if big else None
    heap = [
        (
            -sim
            * (penalty if (a, b) not in sure and _apart(texts, subjects, a, b, openings) else 1.0),
            a,
            b,
        )
        for a, row in links.items()
        for b, sim in row.items()
        if a < b and sim > 0
    ]
    heap = [item for item in heap if -item[0] >= _needed(1, prior)]
    heapq.heapify(heap)
    next_id = len(texts)
    while heap:
        negative, a, b = heapq.heappop(heap)
        if a not in members or b not in members:
            continue  # stale: one side has merged since
        if _own_names(
            _Named(named[a], heads[a], len(members[a]), dated[a], years[a]),
            _Named(named[b], heads[b], len(members[b]), dated[b], years[b]),
        ):
            continue  # two events of one kind: each keeps naming what the other does not
        if all(_elsewhere(places, x, y) for x in members[a] for y in members[b]):
            continue  # two events in two countries (two earthquakes in one wire template)
        if big and not _shared_subject(texts, subjects, members[a] + members[b]):
            continue  # a desk's run of news (a tennis tour, an awards season), not one event
        if _other_days(texts, subjects, members[a], members[b]):
            continue  # one kind of event on two days, each with a subject of its own
        if _tighter(inner, members, a, b, -negative):
            continue  # two groups, each far more alike within than with the other
        if _chained(edges, members[a], members[b], near):
            continue  # a story's first three texts are each near the other two
        sizes = sorted((len(members[a]), len(members[b])))
        if big and sizes[0] == 1 and sizes[1] <= PARTICULAR_GROUP:
            pairs = sizes[1]
            own = sum(
                _particular(matrix, columns, edges, one, other, near)
                for one in members[a]
                for other in members[b]
            )
            if own / pairs < PARTICULAR_SHARE * _needed(pairs, prior):
                continue  # alike by the pile's common stock (a desk's names), not their own
        inner[next_id] = inner.pop(a) + inner.pop(b) + links[a].get(b, 0.0)
        merged = members.pop(a) + members.pop(b)
        named[next_id] = named.pop(a) + named.pop(b)
        heads[next_id] = heads.pop(a) + heads.pop(b)
        dated[next_id] = dated.pop(a) + dated.pop(b)
        years[next_id] = years.pop(a) + years.pop(b)
        row_a, row_b = links.pop(a), links.pop(b)
        row: dict[int, float] = {}
        for other in set(row_a) | set(row_b):
            if other in (a, b):
                continue
            total = row_a.get(other, 0.0) + row_b.get(other, 0.0)
            row[other] = total
            peer = links[other]
            peer.pop(a, None)
            peer.pop(b, None)
            peer[next_id] = total
            mean = total / (len(merged) * len(members[other]))
            if mean >= _needed(len(merged) * len(members[other]), prior):
                heapq.heappush(heap, (-mean, min(next_id, other), max(next_id, other)))
        members[next_id] = merged
        links[next_id] = row
        next_id += 1
    return [sorted(m) for m in members.values()]


@cache
def _not_subjects() -> frozenset[str]:
    """Words an opening may share without saying what the event is: stop words, days
    and months."""
    return news_stop_words() | lexicon.weekday_names() | lexicon.month_names()


def _rare_openings(texts: Sequence[_Text]) -> list[set[str]]:
    """Each text's opening words that general English rarely uses (see
    OPENING_GENERAL_SHARE): the who, where or what its headline and first sentence give."""
    rare = _rare({word for text in texts for word in text.opening}, OPENING_GENERAL_SHARE)
    return [text.opening & rare for text in texts]


def _rare_subjects(texts: Sequence[_Text]) -> list[set[str]]:
    """Each text's subjects that general English rarely uses: a "Boston" or a "Dibaba",
    not an "Olympic" or a "Tuesday", which any report of the field may name."""
    named = {name for text in texts for name in text.subjects}
    rare = {name for name in _rare(named, SUBJECT_GENERAL_SHARE) if len(name) >= SUBJECT_MIN_LENGTH}
    return [{lexicon.unaccented(name) for name in text.subjects & rare} for text in texts]


def _rare(words: set[str], below: float) -> set[str]:
    """The words fewer than `below` of general English texts hold (see _general_shares)."""
    every = sorted(words)
    return {
        w for w, share in zip(every, _general_shares(every).tolist(), strict=True) if share < below
    }


def _particular(
    matrix: sparse.csr_matrix,
    columns: sparse.csr_matrix,
    edges: dict[int, dict[int, float]],
    one: int,
    other: int,
    near: float,
) -> float:
    """The similarity of two texts from the terms that are theirs: terms that the rest of
    the pile uses only in texts near one of the two (at most PARTICULAR_STRAYS elsewhere).

    What makes two reports one event is what they share and the pile does not: its
    people, place and figures, which only the other reports of that event repeat. Two
    reports of one desk are alike by the desk's stock (a party, its leader, the election),
    which the desk's other reports, near neither of them, use as well."""
    import numpy as np

    first = slice(matrix.indptr[one], matrix.indptr[one + 1])
    second = slice(matrix.indptr[other], matrix.indptr[other + 1])
    shared, at_first, at_second = np.intersect1d(
        matrix.indices[first], matrix.indices[second], assume_unique=True, return_indices=True
    )
    close = {one, other}
    for neighbour in (one, other):
        close.update(j for j, sim in edges.get(neighbour, {}).items() if sim >= near)
    own = 0.0
    for column, part in zip(
        shared.tolist(),
        (matrix.data[first][at_first] * matrix.data[second][at_second]).tolist(),
        strict=True,
    ):
        strays = 0
        for holder in columns.indices[columns.indptr[column] : columns.indptr[column + 1]]:
            if int(holder) not in close:
                strays += 1
                if strays > PARTICULAR_STRAYS:
                    break
        else:
            own += part
    return own


def _tighter(
    inner: dict[int, float], members: dict[int, list[int]], one: int, other: int, between: float
) -> bool:
    """Whether two groups of two or more texts are each more alike within than
    1 / COHESION_SHARE times their mean similarity to each other.

    Reports of one event, told by a few outlets each, are about as alike across groups
    as within them. Two look-alike events (two Australian climbers' falls on Mount Cook,
    four years apart) form two tight groups whose likeness to each other is the field's
    (the mountain, the rescue, the climbing): high enough to pass the bar of a mean over
    many pairs, low beside the groups' own."""
    if min(len(members[one]), len(members[other])) < 2:
        return False
    within = min(
        inner[group] / (len(members[group]) * (len(members[group]) - 1) / 2)
        for group in (one, other)
    )
    return between < COHESION_SHARE * within


def _chained(
    edges: dict[int, dict[int, float]], one: list[int], other: list[int], floor: float
) -> bool:
    """Whether a story of at most CORE_GROUP texts would hold two that are not near.

    A story's core is its first few texts: each near each other, not chained through one.
    Two reports of one desk (a party's housing plan, the Budget) are a pair; a third
    report of that desk (the party's slogan) is near one of them by the desk's names and
    not the other. Larger groups are judged by their mean alone: a story told over weeks
    has sub-events that only some of its reports tell."""
    if len(one) + len(other) > CORE_GROUP:
        return False
    return any(edges.get(x, {}).get(y, 0.0) < floor for x in one for y in other)


def _shared_subject(texts: Sequence[_Text], subjects: Sequence[set[str]], group: list[int]) -> bool:
    """Whether most texts of a would-be story name one subject of its texts.

    Reports of one event keep naming who or where it is, whichever report is read. A
    desk's run of news (a tennis tour, an awards season, a party's week) is told by
    reports of its own subjects (Roddick in San Jose, Henman in Doha), each named by a few
    of the others only: words of the field and the names it shares (a party, its leader)
    make them alike, but no subject is common to most. Groups of fewer than
    SHARED_SUBJECT_GROUP texts are left to the pair tests (see _apart), and a group whose
    texts name no rare subject at all cannot be judged so.
    """
    if len(group) < SHARED_SUBJECT_GROUP:
        return True
    candidates = set().union(*(subjects[member] for member in group))
    if not candidates:
        return True
    needed = SHARED_SUBJECT_SHARE * len(group)
    return any(
        sum(name in texts[member].terms for member in group) >= needed for name in candidates
    )


@cache
def _countries() -> dict[tuple[str, ...], str]:
    """Country names and aliases (casefolded words: "sri", "lanka") -> the country. Not
    demonyms: "the Swiss leader" says whose, not where."""
    return {
        tuple(lexicon.unaccented(form.casefold()).split()): entry.name
        for form, entry in lexicon.gazetteer().items()
        if entry.kind == "country" and entry.form == "name"
    }


def _named_countries(tokens: Sequence[str], belonging: Collection[str] = ()) -> frozenset[str]:
    """The countries a run of casefolded tokens names, one word or two ("Sri Lanka"),
    less those named after "of" (`belonging`: "Contador of Spain" is whose, not where)."""
    countries, firsts = _countries(), _country_starts()
    found = set()
    for n, token in enumerate(tokens):
        word = _plain(token)  # "india's" of "the Reserve Bank of India's committee"
        lengths = firsts.get(word)  # (tokens are casefolded: only a country's first word)
        if lengths is None or word in belonging:
            continue
        for length in lengths:
            form = tuple(lexicon.unaccented(_plain(t)) for t in tokens[n : n + length])
            if form in countries:
                found.add(countries[form])
    return frozenset(found)


@cache
def _demonyms() -> dict[str, str]:
    """Demonyms (casefolded, one word: "japanese") -> their country."""
    return {
        lexicon.unaccented(form.casefold()): entry.name
        for form, entry in lexicon.gazetteer().items()
        if entry.kind == "country" and entry.form == "demonym" and " " not in form
    }


def _grounds(tokens: Sequence[str]) -> frozenset[str]:
    """The countries whose ground, sea or sky a run of casefolded tokens places something
    in: a demonym before one of words.toml's ground_nouns ("Japanese airspace")."""
    demonyms, ground = _demonyms(), lexicon.words()["ground_nouns"]
    found = set()
    for word, after in zip(tokens, tokens[1:], strict=False):
        if after in ground and (plain := lexicon.unaccented(word)) in demonyms:
            found.add(demonyms[plain])
    return frozenset(found)


@cache
def _country_starts() -> dict[str, tuple[int, ...]]:
    """Each country name's first word, as a token reads it, and the lengths its names have."""
    starts: dict[str, set[int]] = defaultdict(set)
    for form in _countries():
        starts[form[0]].add(len(form))
    return {word: tuple(sorted(lengths)) for word, lengths in starts.items()}


def _places(texts: Sequence[_Text]) -> list[tuple[frozenset[str], frozenset[str]]]:
    """Per text: the countries its headline or first sentence names (opening it too: "Sri
    Lanka has recorded 9,790 cases", where the look-alike reports say "Bangladesh has
    recorded") or whose ground it names ("violates Japanese airspace"), and all it names."""
    return [
        (
            _named_countries(text.lead, text.belonging) | _grounds(text.lead),
            _named_countries(text.words) | _grounds(text.words),
        )
        for text in texts
    ]


def _elsewhere(
    places: Sequence[tuple[frozenset[str], frozenset[str]]], one: int, other: int
) -> bool:
    """Whether two texts report events in two countries: each one's headline or first
    sentence places it in a country the other never mentions ("struck southern Chile",
    "struck south-eastern Iran"). Reports of one event name its country, and a report from
    another angle names it somewhere; two look-alike events told in one wire template share
    every word but their places, people and numbers."""
    (placed, named), (other_placed, other_named) = places[one], places[other]
    return bool(placed - other_named) and bool(other_placed - named)


def _apart(
    texts: Sequence[_Text],
    subjects: Sequence[set[str]],
    one: int,
    other: int,
    openings: Sequence[set[str]] | None = None,
) -> bool:
    """Whether each of two texts has a subject the other never mentions, or (in a big
    pile, `openings`: see _rare_openings) their openings share no rare word."""
    if openings is not None and not openings[one] & openings[other]:
        return True
    return bool(subjects[one] - texts[other].terms) and bool(subjects[other] - texts[one].terms)


def _other_days(
    texts: Sequence[_Text], subjects: Sequence[set[str]], one: list[int], other: list[int]
) -> bool:
    """Whether two groups report two events: every report's opening gives the day of
    its event, no day of one group's is the other's, and each group's openings name a
    subject (see _rare_subjects) that no report of the other mentions: "seized the
    tanker Orion Star on Monday" is not "seized the cargo ship Kestrel Bay on Saturday",
    however alike one agency's two reports are. A development of one event on another
    day still names its subject ("released the crew of the Kestrel Bay on Monday"), and
    outlets reporting one event agree on its day."""
    days = [texts[i].days for i in one]
    other_days = [texts[i].days for i in other]
    if not all(days) or not all(other_days) or set().union(*days) & set().union(*other_days):
        return False
    named = set().union(*(texts[i].terms for i in one))
    other_named = set().union(*(texts[i].terms for i in other))
    mine = set().union(*(subjects[i] for i in one)) - other_named
    theirs = set().union(*(subjects[i] for i in other)) - named
    return bool(mine) and bool(theirs)


def _needed(pairs: int, prior: float) -> float:
    """The mean similarity two groups need to merge: lower in a small pile (`prior`
    near 1), but there higher for a mean over few pairs of texts: one pair's similarity
    is one noisy sample (two reports of one desk's news share a minister, a club, a
    season), a mean over many is not."""
    base = MERGE_THRESHOLD + prior * (SMALL_MERGE_THRESHOLD - MERGE_THRESHOLD)
    return base + prior * (PAIR_THRESHOLD - base) / pairs


class _Named(NamedTuple):
    """What a group of reports names: in how many of its texts each name occurs
    (`names`), in how many of its headlines and first sentences (`leads`), and its size;
    in how many of its texts each year is a date of its reporting (`dated`: its
    dateline, headline or first sentences give it) and in how many it is mentioned at all
    (`years`)."""

    names: Counter[str]
    leads: Counter[str]
    size: int
    dated: Counter[int] = Counter()
    years: Counter[int] = Counter()


def _own_names(one: _Named, other: _Named) -> bool:
    """Whether two groups of reports are two events: each has a name (a place, a person)
    that most of its reports mention and the other's reports almost never do, and for one
    of them at least it is a name its headlines or first sentences give.

    Reports of one event keep naming its place and people; two earthquakes, or two
    celebrities in rehab, differ exactly there, and a lead says who or where its event
    is. Names further down alone do not tell: outlets reporting one event quote their own
    witnesses and experts (AFP's seismologist, one paper's coach), names the other
    outlets' reports never use. Only groups of OWN_NAME_GROUP or more texts are judged: in
    fewer, "most of its reports" is not yet a pattern.

    A year the reports are dated in is such a name too (see _own_years): look-alike events
    of one kind recur (a new Doctor Who actor named in 2009 and in 2013, two emergency
    browser patches), and the later one's reports, recalling the earlier, leave the
    earlier one no name of its own, but not its year.
    """
    if one.size < OWN_NAME_GROUP or other.size < OWN_NAME_GROUP:
        return False
    mine = _own(one.names, one.size, other.names, other.size)
    theirs = _own(other.names, other.size, one.names, one.size)
    # A year of a group's own is a cue that needs no counterpart on the other side (see
    # _own_years): with a year of the other's, or a name of either, it makes two events.
    my_years, their_years = _own_years(one, other), _own_years(other, one)
    if (my_years or their_years) and ((my_years and their_years) or mine or theirs):
        return True
    mine_led = sum(_plain(name) in one.leads for name in mine)
    theirs_led = sum(_plain(name) in other.leads for name in theirs)
    if mine and theirs:
        return mine_led + theirs_led > 0
    # A later event's reports recall the earlier one ("the team's second such arrest in a
    # month"), so the earlier one's names are not its own; its headlines and first
    # sentences still name it, where the later one's never do. The later one must lead
    # with a subject of its own named in full (given name and surname, a place and its
    # region), not one word a development of the same event may bring ("the Torch").
    if mine_led >= OWN_SUBJECT_WORDS:
        return bool(_own(other.leads, other.size, one.leads, one.size))
    if theirs_led >= OWN_SUBJECT_WORDS:
        return bool(_own(one.leads, one.size, other.leads, other.size))
    return False


def _own_years(one: _Named, other: _Named) -> list[int]:
    """The years most of one group's texts are dated in, that almost none of the other's
    mention, nor the year before or after.

    Reports of one event, where they give a year, give its own: in the dateline, or
    beside the date in their first sentences ("planned for December 15, 2013"). A year
    further down is as often a recap ("the 2008 crash"), so it counts only as a mention,
    which keeps a year from being the other group's own. Alone it is weak (many reports
    never write their year: an agency's undated copy), so _own_names asks for a second
    cue. A story running over New Year gives two years side by side, so the year before
    or after counts as the same."""
    return [
        year
        for year, n in one.dated.items()
        if n >= OWN_NAME_SHARE * one.size
        and sum(other.years.get(year + d, 0) for d in range(-YEAR_NEAR, YEAR_NEAR + 1))
        <= OWN_NAME_ABSENT * other.size
    ]


def _own(counts: Counter[str], size: int, their_counts: Counter[str], their_size: int) -> list[str]:
    """The names most of one group's texts (or leads) give and almost none of the other's
    do, counted the same way."""
    return [
        name
        for name, n in counts.items()
        if n >= OWN_NAME_SHARE * size and their_counts.get(name, 0) <= OWN_NAME_ABSENT * their_size
    ]
