"""A story's summary by concept coverage: the sentences that together cover the most of
what the story's articles agree on, within a word budget.

Several reports of one event repeat its facts, each in its own words, but the facts keep
their names: "transcranial magnetic", "Washington County Fair". A word pair that many
articles use is a fact the story is about, and a summary is good in the measure that it
covers such facts. Counting each fact once, however many chosen sentences state it, is
what keeps the summary from saying anything twice: a second sentence repeating the first
adds nothing to the objective, so it loses its place to one that says something new.
This is the ICSI summariser's model (Gillick and Favre 2009): concepts are stemmed word
bigrams (figures included: "30,000 people" is a fact as written) weighted by the number of
articles that use them, where the versions of one wire report (its updates, an outlet's
trimmed copy) share one vote: they are one report, not several agreeing.

A reader's own summary of the story is, word for word, much like a sample of about 100 of
its articles' words: on DUC 2003 a word the articles use at rate p per 100 words turns up
about p times in each human summary, stop words and names alike. So each word a sentence
adds is worth the chance that such a summary holds it (for a second copy, the chance it
holds two: Poisson tails at the word's rate), the expected share of ROUGE-1 (Haghighi
and Vanderwende's KL-Sum rests on the same premise). A greedy cover adds, each time, the
sentence bringing the most uncovered concept weight plus WORD_SHARE times these expected
words, per its length to the power LENGTH_POWER, within the budget; the pairs keep the
facts (ROUGE-2), the words the rest. Chosen on DUC 2003's even half and checked on the
odd one against the exact ICSI cover of the pairs alone (scipy's milp): R1/R2 even +0.97
/ +0.65, odd +2.56 / +0.34; the expected words alone (KL-Sum, or these tails in the
integer program) lose 1 to 2 points of R2, and the integer program with both is no better
and takes seconds. The greedy cover also fills what room the first leaves.

Coverage alone lets two wordings of one fact in when each brings a stray extra concept,
so two sentences sharing most of their content words are never both chosen, nor two
reports' sentences that give the same numbers (or some of them and no other) and share a
word beyond them: "an extra 600 soldiers ... by Friday" and "600 additional troops ... by
the end of the week" (see _same_numbers; on DUC 2003 brief's R1/R2 moved -0.05/+0.01). Before the
cover, sentences a bullet cannot be are dropped: too short to say anything, questions,
quotations (the story's facts are better given in the reporter's words; a reporter's
sentence quoting a phrase is the reporter's, see _a_quotation), fragments that
open in lower case, asides (headings, credit lines, editors' notes in parentheses), and
sentences that open by pointing back ("He said ...", "However, ..."), since a bullet must
stand alone. Exact copies (republished wire text) go too.

As a ranker, the best short cover (100 words, the length of a DUC summary) comes first
and the sentences that best extend it follow, so whatever number of sentences a brief
keeps opens with a summary. Versions of one wire story share the sentences stating its
core facts; the ranker weighs concepts over all of them before keeping one sentence of
each group of near-duplicates, or those facts would weigh less than a version's extras.

Tried on DUC 2003 (`tools/eval_mds.py`: chosen on the even half, checked on the odd one)
and left out, since none gained on both halves by more than the noise (the paired standard
error of a half's mean is about 0.5 ROUGE point): Lin and Bilmes's (2011) submodular
objective (TF-IDF cosine coverage saturated at alpha times its total, a square-root
diversity reward over k-means clusters, cost-scaled greedy), which loses 1 to 2 points of
R2 also on df-weighted bigram vectors; weighting a concept by how early each article uses
it; other candidate limits (length, pool size); for ROUGE, quoted phrases inside a reporter's
sentence (the sign flips with the share of quoted words allowed; they are allowed since
session 39 for the product's sake, at a quarter of the words: a wire lede quoting "total
control" is the story's lead; R1/R2 +0.1/-0.0); tokens and stems as
`rouge_score` reads them; all word pairs, or none with a stop word; a lazy greedy
cover of the pairs alone in place of the exact one, with or without cost scaling; other
recurrence thresholds; an inverse frequency of each pair over the other stories (a
background, as topic signatures).
Nor did topic signatures against a general background (Lin and Hovy 2000; CLASSY's
sentence weight): the stems whose log-likelihood ratio against `wordfreq`'s English
frequencies passes chi-square's 10.83 (200 to 300 a story), used to keep only the pairs
holding one, to weigh a pair by the signature words it holds, as unigram concepts beside
the pairs, or to order the fill after the cover. None gained on the even half, and where
the odd half gained (keeping signature pairs only: R1 +1.6, R2 +0.6) the even one lost
(R1 -0.8, R2 -0.3): the df weight already says what the story is about, and a general
background calls the plain words of its facts ("his home", "75 countries") off topic.
wordfreq would also cost 0.3 s to import, 0.4 s and 44 MB to load its English list.
Nor did a learnt weight (RegSum's idea, Hong and Nenkova 2014; `tools/train_concepts.py`):
the chance that a human summary holds a pair, by a logistic regression on how the
articles use it (share of articles, of leads, count, first place, capitals, figures,
word length), trained on multinews-val and multiling, gained on the odd half as the
weight of every pair (R1 +1.5, R2 +0.7) but not on the even one (R1 +0.0, R2 -0.2), nor
did it cross-fitted on DUC 2003's halves (even R1 -1.4), as a factor of the df weight
(even R1 -0.6), or learnt for single stems, as concepts beside the pairs or summed into
a pair's weight (R2 -0.2 to -1.6 on both halves). Nor did RegSum's global word prior
(`tools/train_summary_prior.py`: how much likelier than its article's words used as often
a word is to reach the summary, over the BBC, CNN/DM, Multi-News and MultiLing pairs) as a
factor of the df weight (the geometric mean of a pair's content words' lifts): even R1
-0.1, R2 -0.1, odd R1 +0.5, R2 +0.2; from the abstractive pairs alone even R1 -0.8, odd
+1.0; from BBC's alone +0.1 to +0.5 on both halves, within the noise; counted for word
pairs instead, even R1 -0.5. It ranks DUC 2003's kept pairs no better than the df weight
does, and its kept words worse: it lifts the plain words of news ("time", "report") over
a story's own. Nor, beside the pairs in the integer program, did stemmed content words
weighted by lambda times their article count (even R1/R2 -0.3 to +0.3 / -0.2 to -0.7 for
lambda 0.1 to 1, with or without a higher count threshold; odd +0.4 to +1.7 / -0.3 to
+0.3): a word's article count says less about a reader's summary than its rate does, and
a set of words ignores that the summary repeats its main ones.
Nor did MEAD's centrality as a third term of the greedy gain (a sentence's tf-idf cosine
to the story's centroid, the most central at 1, times a share of a candidate's concept
weight per word, per word; R1 +0.9 on both halves beside the integer program's pairs
alone): even/odd R1 -1.3/+0.1 at a share of 0.8, +0.2/+0.1 at 0.2 (brief +0.0/+0.2),
within 0.1 at 0.1 and 0.4, -1.0/+0.1 to +0.3 as a factor of the gain: the expected words
already favour sentences made of the story's common words; nor did choosing the sentence
a 100-word cut ends in by what its first words add (brief R1 +0.1/+0.5, R2 -0.1/+0.2).
Nor, beside the integer program's pairs, did other sentence priors (position, a first
sentence, LexRank score, length), a learnt sentence quality (ridge regression on twelve
features, labelled by ROUGE against Multi-News and MultiLing summaries, or cross-fitted on
DUC's halves) or a DPP's greedy MAP with that quality: each gained on the odd half only
(DPP: even R1 -1.1 to -2.2).
Nor do the filters and limits cost what the cover misses: a ROUGE oracle (a beam search
for the most R1+R2, whole sentences cut at the 100th word; before the greedy cover) reaches
R1 43.4 / R2 15.3 over every sentence, 43.6 / 15.0 over the possible bullets and 43.7 /
14.7 over the 100 candidates, so the points between a cover and an oracle lie in which
candidates it picks, not in which it may; and letting quotations in, or sentences pointing
back, a MIN_WORDS of 8, 12 or 15, a MAX_WORDS of 40, 50 or 80, a pool of 50 or 200, or a
first cover of 90, 110 or 120 words moved no half by more than the noise.
Nor (session 11; brief's summary, even / odd R1 and R2 against 37.98 / 10.16 and 36.99 /
9.06) did other word rates: each article's rate weighed equally (37.34 / 9.72, 36.95 /
9.11), a mixture of the articles' Poisson tails (even -0.2 to +0.0, odd -0.3 to -0.6 R1),
the leads' rate mixed in by half (first 3 sentences: 37.91 / 10.20, 36.44 / 9.34; first 1
or 5: lower), no rate for words of one article (38.00 / 10.14, 36.57 / 8.94),
SUMMARY_SAMPLE 80 or 130 (R1 -0.4 to +0.0), or each text counted once (37.98 / 10.16, 37.12
/ 9.21). Nor other lead weights (LEAD_BONUS 0, 0.5, 2: even -0.7 to +0.2 R1 and -0.6 to
-0.05 R2, odd -0.7 to -0.2 R1; LEAD_SENTENCES 1, 2, 5: -0.1 to -0.5 on both). Nor did words
a later summary by another hand can't use: on DUC 2003's even half "said" turns up in the
human summaries at a fourteenth of its rate in the articles, and weekdays, "today" and "we"
not at all; no rate for them moved brief's summary by -0.1 / -0.2 (even) and +0.25 / +0.2
(odd), and also dropping the pairs holding them lost (37.71 / 9.66, 36.95 / 9.23; one-event
clusters R2 -1.0). Nor did the bigram weight as the Poisson chance that a 100-word summary
holds the pair at its rate, in place of the article count or as its factor (R2 -0.9 to -1.9
even, +0.1 to -0.8 odd), or added to it (R1 -0.1 / -0.3), a quarter, half or three quarters
of the weight for pairs holding a stop word, which carry most of a cover's concept weight
("the study", "issue of"; even R1 -1.3 to -0.2, odd -0.6 to +0.2), other REPEAT shares
(0.4, 0.6, 0.7: within 0.35), or extending the first cover by the same gain rather than by
the pairs (37.90 / 10.16, 37.03 / 8.98). Optimising the gain harder loses: the cover with
the most gain among length powers 0.4 to 1 (37.47 / 9.14, 36.05 / 8.73), or a second pass
that charges each word the first cover's mean gain per word (37.57 / 9.64, 36.30 / 8.77).
The gain keeps rising with more, shorter sentences (a cover's gain is 516, 548 and 561 at
powers 0.2, 0.6 and 0.8) while ROUGE peaks at 0.6: LENGTH_POWER is what keeps the
objective's taste for short generic sentences ("The study appears in this month's issue of
...") in check, and a better objective, not a better search, is what would gain.
Nor (session 22, against brief's 37.81 / 9.70 after versions shared a vote; even 38.00 /
10.07, odd 37.61 / 9.32, the 9 one-event clusters 41.47 / 12.32) did what the human
summaries show they avoid or want, though each cue points the right way for single
sentences: no sentence with a modal or "will" (a summary is written after the outcome;
one-event +0.5, both halves -0.3), no sentence with "said" or another speech verb, or
gain cut for one (-0.1 to -0.4), no words or concepts for a trailing attribution (odd
-0.6), a first pick that opens an article (R2 +0.2 on both halves, R1 odd -0.4, one-event
-1.2), at most one sentence an article, word rates spread by article share, counted over
possible bullets only or without quoted words, a recency weight (file names' dates; -0.4
to -1.5); nor did counting a sentence copied into texts that are not versions once (the
human summaries keep that background: "PAL closed for nearly two weeks ..."), a family
of versions voting once for all its concepts or leads, or the recurrence threshold
counting families; word rates from distinct sentences only moved R1 +0.03 / +0.18.
Nor (session 23, against the same 37.81 / 9.70) did system combination (Hong, Marcus and
Nenkova 2015; minimum-Bayes-risk choice): the summary agreeing most with covers at other
LENGTH_POWER and WORD_SHARE values, the exact pair cover, LexRank or an n-best list (all
R1 -0.2 to -1.9), sentences voted for by them, or by covers of article subsets
(bagging; the one gain, 80% subsets, swung from +0.05 to -1.0 by the seed): the other
systems are weaker and agree with each other, so agreement pulls away from the best one.
Nor did spending the budget better: a brief's 100 words hold about 4.5 tokens a summary
cannot use (attributions, weekdays; at most +0.7 R1 if all were replaced), and charging
them, or rare words, in a sentence's length, preferring concept weight spread across a
sentence, other MAX_WORD_REPEATS, or choosing the cut sentence by the words the cut keeps
(brief +0.05 / -0.07) moved no half past the noise.
Nor (session 46, against brief's 38.54 / 10.22 even, 37.60 / 9.49 odd) did a concept's
weight as its count to a power (0.5: even 38.07 / 9.68; 1.5: 37.69 / 10.24; one-event R2
-2.4 and -1.1), stemmed trigrams beside the pairs (two content words of three: 38.14 /
9.84), pairs of adjacent content words across stop words ("death of Schulz" to "death
Schulz") beside them (38.51 / 10.06), stemmed content words as concepts at half a pair's
weight beside them (37.67 / 9.88), or a sentence-position prior in the gain (times 1 +
0.1 or 0.3 over the sentence's place: 38.48 / 10.21, 37.94 / 9.84), or a MIN_WORDS of 8
or 13 (38.37 / 10.09, 38.32 / 10.04).
Nor (session 48, brief's summary against 38.54 / 10.22 even, 37.60 / 9.49 odd, 41.78 /
12.40 on the 9 one-event clusters; each chosen on the even half, figures even then odd)
did other WORD_SHARE and LENGTH_POWER values (5 to 20 by 0.5 to 0.7: each even R1 -0.4 to
-1.1, so 10 and 0.6 stand), a sentence's gain raised for stating a figure or date (times
1.1: 38.56 / 10.46, 36.27 / 8.91) or for naming someone inside it (a capital past its first
word, 1.1: 38.62 / 10.27, 37.55 / 9.49), or lowered for neither (commentary; 0.8: 38.49 /
10.03, 37.38 / 9.32), an article's first sentence gaining 1.1 times (38.69 / 10.26, 36.75 /
9.26; its first three: even 37.83 / 10.21), pairs holding a figure weighing 1.3 times (38.55
/ 10.23, 37.35 / 9.23) or a word the story mostly capitalises 1.5 times (38.02 / 9.80, 35.92
/ 8.89), a pair's weight from its sentence count (the count itself: 37.89 / 10.05, 36.46 /
9.27; half the log of sentences per article added: 38.51 / 10.17, 37.13 / 9.16), two
articles always enough to recur (38.18 / 9.85, 37.23 / 9.47), or each article's vote scaled
by how much its pairs overlap the others' (its mean cosine to them, to the power 0.5,
recurrence still counted by plain votes: 38.42 / 10.15, 37.38 / 9.25; counted by the scaled
votes: even R1 -1.0). None gained on the odd half; on the one-event clusters the
commentary and first-sentence weights moved R1 by +0.1, naming someone by -0.2, the rest
lost 0.5 to 2.1. The summaries hold no dateline or byline to filter.
Nor (session 52, against the `coverage` row's 38.51 / 10.22 even, 37.36 / 9.44 odd; brief
38.54 / 10.22, 37.64 / 9.49) did a better word rate for the expected words, though the
human summaries show where the plain rate errs: on the even half a word the articles use
at a rate under 0.02 per 100 words turns up at 0.6 of it, one in under a sixth of the
articles at 0.7, one first used late in its articles (past half their length) at 0.7 and
early (the first tenth) at 1.1, the same on the odd half. A Poisson regression of the
summaries' counts on the rate (RegSum's word features, Hong and Nenkova 2014) gave the
rate a factor exp(0.2 - 0.8 x the word's mean relative first place), alike on both
halves: coverage 38.56 / 9.94, 37.62 / 9.47; at exp(0.15 - 0.6 x), the even half's best,
38.57 / 10.18, 37.62 / 9.47, but brief 38.48 / 10.26, 37.50 / 9.36 (all R1 38.01 against
38.10); with the article share too, 38.52 / 10.10, 37.62 / 9.47. The regression's 0.76
for stop words lost (with the first place: 38.42 / 9.93, 37.78 / 9.59; alone or at 0.9:
even R1 -0.1 to -0.7, odd -0.7 to -0.9), as did raising them (1.16 or 1.35: 38.17 / 9.98,
38.07 / 9.74; odd 36.96 / 9.31, 36.53 / 9.01). Nor did topic-signature words' rate
(log-likelihood ratio against `wordfreq` past 10.83) times 1.2, 1.4 or 0.8 (even R1 -0.2
to -0.5, odd -0.3 to -0.8); TopicSum's rate (Haghighi and Vanderwende 2009: each
article's tokens less the share that an EM over three distributions, a `wordfreq`
background, the story's and the article's own, gives the article's own; mixtures
0.3/0.5/0.2, 0.3/0.6/0.1, 0.2/0.4/0.4: even 38.20 / 10.13, 38.70 / 10.27, 37.39 / 9.33,
odd 35.88 / 8.90, 36.60 / 9.00, 36.19 / 8.92); an article's count of a word capped at 3
or 5 or raised to 0.8 or 0.6 (burstiness: even 37.23 to 38.09, odd 35.84 to 36.50); or
each text's words weighed by its share of a vote among versions, as the pairs are (to the
power 1 or 0.5: 38.29 / 10.15, 38.51 / 10.22, odd 36.91 / 9.16 both). Nor did separate
length powers for the pairs and the words (0.8/0.6, 0.6/0.8, 0.4/0.6, 0.6/0.4, 1/0.6:
even R1 -0.35 to -1.0, odd -0.03 to -1.4), or another test of two sentences saying one
thing: the cosine of their content stems past 0.35 or 0.45 or their Jaccard past 0.25 or
0.33 in place of REPEAT's overlap, or a cosine past 0.3 or 0.4 beside it (even R1 -0.1 to
-0.7, odd +0.0 to +0.2). Nor did MMR's penalty on top of the gain (times 1 - beta x the
content-stem overlap with the closest pick, beta 0.3 or 0.6, or 0.5 x their cosine: even
R1 -0.55 to -0.65, odd -0.4 to -1.1), or a MIN_WORDS of 18 or 22, for the longer
sentences an oracle picks (38.21 / 10.38, 37.17 / 10.02; odd 36.86 / 9.12, 36.22 / 8.96).
The cut has nothing to give: the first cover fills 96.6 of the 100 words on average (its
tenth percentile 92), so which sentence the 100th word cuts, and where it stands, holds 3
or 4 words. Most settings near the one kept lose 0.3 to 1.4 R1 on the odd half: the
figures sit on a peak of this objective, and what is left between a cover and an oracle
(a greedy ROUGE oracle over the 100 candidates, R1 41.3, picks about three sentences of
36 words, on average its articles' 6th or 7th, where the cover and its fill hold four of
29 words, on average the 10th) is not a word rate. With ROUGE-1.5.5's settings
(`--rouge155`, the human summaries cut at 100 words too) brief reads 39.94 / 10.33 (even
40.18 / 10.63, odd 39.69 / 10.02) and LexRank 36.13 / 7.91, near its published 35-36 /
7.5-8 on DUC 2004.
Nor (session 65, brief's summary against 38.54 / 10.22 on the even half, R1 change and
its paired error) did a share of a concept's weight for covering it again (0.1, 0.2:
+0.04 +-0.14; 0.4: -0.21), an article's vote shrunk past the median length (to the power
0.5 or 1: -0.6, -0.5 +-0.58), votes from sentences outside quotation marks only (-0.59
+-0.46) or not from headings, furniture and lines under 5 words (-0.07), pairs of content
words 2 or 3 apart beside the adjacent ones (-0.42, -0.73), the expected words' weight
times 0.8 or 1.25 (-0.16, -0.61), a penalty past 30 or 35 words (-1.23, -0.38) or under
15, 20 or 25 (+0.10 +-0.10, -0.06, -0.58), candidates from each article's first 8, 15 or
25 sentences only (-1.02, +0.01, -0.13), or a gain times the sentence's share of content
words (to the power 0.5 or 1: -1.62, -2.29: the stop words a sentence holds earn ROUGE-1
points). None passed the noise, so the odd half was not scored.
"""

from __future__ import annotations

import heapq
import math
import operator
import re
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import chain, compress

import numpy as np

from brief.extract import lexicon
from brief.extract.figures.notation import MONTH, YEAR_RE
from brief.ingest.furniture import is_furniture
from brief.ingest.layout import is_labelled_field
from brief.ingest.layout.labels import is_label_line
from brief.models import Ranking, Sentence, text_key
from brief.rank.context import SUMMARY_WORDS, RankContext
from brief.rank.text import lowered, lowered_words, stemmer, stop_words, words
from brief.rank.vectors import distinct
from brief.selection.not_news import other_events, reports_another_event
from brief.selection.pointing_back import (
    asks_for_an_answer,
    is_dangling,
    said_by_an_office,
    speaks_in_first_person,
)

Concept = tuple[str, str]

MIN_WORDS = 10  # shorter sentences rarely state a fact on their own (ICSI's cut)
MAX_WORDS = 60  # run-ons eat the budget; often mis-segmented lists
LEAD_SENTENCES = 3  # a concept in an article's opening sentences is what it is about...
LEAD_BONUS = 1.0  # ...so it counts this much more per article that leads with it
HEADING_CAPITALS = 0.6  # share of capitalised words above which a line is a heading
REPEAT = 0.5  # share of the shorter sentence's content words above which two say one thing
VERSION_MIN_PAIRS = 50  # word pairs a text needs to be a version: a report, not one line
VOTE_SLACK = 1e-9  # a sum of shares of a vote (thirds, sevenths) may fall short of a whole
MAX_CANDIDATES = 100  # sentences the cover weighs
# A reader's summary of the story is about this many words drawn from its articles' words:
# a word the articles use at rate p turns up about p times this many times in it.
SUMMARY_SAMPLE = 100
MAX_WORD_REPEATS = 6  # copies of one word past this add nothing (a summary says it once or twice)
WORD_SHARE = 10.0  # one expected word of the reader's summary against a pair's article count
LENGTH_POWER = 0.6  # a sentence's gain is per length**this: short dense ones, not only short
RANKER_WORDS = 250  # the first cover (SUMMARY_WORDS), extended to about a brief's summary
# Quote marks: English's, and the guillemets and low marks of French, German, Russian
# ... quotes ("«Ils ont coupé internet ...», a déclaré Mme Kaboré." had been a bullet as
# the reporter's own words, r67 F11).
_QUOTES = re.compile(r"[\"“”«»„]")
# A reporter's sentence may quote a phrase ('had taken "total control" of the country'): it
# is the reporter's while its quoted words are at most this share of its words.
QUOTED_SHARE = 0.25
_QUOTED = re.compile(r"“[^“”]*”|\"[^\"]*\"|«[^«»]*»|„[^„“”]*[“”]")
# Words and figures: "30,000 people", "in 1993" are facts the articles repeat as they are.
_TOKEN = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_ASCII_TOKEN = re.compile(r"[a-z0-9]+(?:['-][a-z0-9]+)*")  # the same in lower-case ASCII


@dataclass(frozen=True)
class _Story:
    """The candidates (positions the cover weighs, most weight per word first), their
    lengths, concepts and content stems, and each concept's weight."""

    candidates: tuple[int, ...]
    lengths: tuple[int, ...]
    concepts: tuple[frozenset[Concept], ...]
    stems: tuple[frozenset[str], ...]
    weights: dict[Concept, float]
    eligible: tuple[tuple[int, float], ...]  # every possible bullet and its weight per word
    tokens: tuple[Mapping[str, int], ...]  # each candidate's stemmed words, stop words too
    expected: Mapping[str, tuple[float, ...]]  # per word: chance a summary holds it k+1 times
    facts: tuple[tuple[int, frozenset[str]], ...] = ()  # each candidate's source and numbers

    def repeats(self, one: int, other: int) -> bool:
        return says_one_thing(self.stems[one], self.stems[other]) or (
            bool(self.facts)
            and _same_numbers(
                self.facts[one], self.facts[other], self.stems[one], self.stems[other]
            )
        )


def sentence_concepts(text: str, language: str = "english") -> frozenset[Concept]:
    """Stemmed word bigrams, except pairs of two stop words ("of the"): a pair names a
    thing or an event ("spillway opened") where a single word is ambiguous. (A story
    reads those of all its sentences at once: `_pairs`.)"""
    stems, stopped = _read(text, language)
    pairs = zip(stems, stems[1:], strict=False)
    return frozenset(compress(pairs, map(operator.not_, map(bool.__and__, stopped, stopped[1:]))))


def _opens_sentence(text: str) -> bool:
    """A sentence opens with a capital or a figure; a lower-case opening is the tail of a
    sentence the segmenter split (after a quoted question, an abbreviation)."""
    first = next((ch for ch in text if ch.isalnum()), "")
    return first.isdigit() or first.isupper()


def _is_aside(text: str) -> bool:
    """A heading or a credit line ("Story Filed By Cox Newspapers For Use By Clients ..."),
    where most words are capitalised, or an editor's note wholly in parentheses, behind
    a wire's dash or not ("_ (Visit the Star-Telegram's online services ...)")."""
    found = words(text)
    capitals = sum(map(str.isupper, map(operator.itemgetter(0), found)))
    note = text.strip().lstrip("_-—– ").rstrip(".").strip()
    return capitals > HEADING_CAPITALS * len(found) or (note[:1] == "(" and note[-1:] == ")")


@lru_cache(maxsize=65_536)  # asked of each sentence for its story, then for the pile
def can_be_bullet(text: str) -> bool:
    """Long enough, not a question, a quotation, an aside or page furniture (a post, a
    credit, a caption, a promotion: `brief.ingest.furniture`), not pointing back (to a
    sentence before or to a speaker it names), not words of someone speaking in the first
    person, and whole (a sentence the segmenter cut inside a parenthesis has half of it;
    one that ends in a colon announces what it does not say: "Here is the description of
    the vulnerability:")."""
    length = len(text.split())
    return (
        MIN_WORDS <= length <= MAX_WORDS
        and not text.rstrip("\"'”’) ").endswith(("?", ":"))
        and not _a_quotation(text)
        and text.count("(") == text.count(")")  # not cut inside a parenthesis: "(6. | 6 feet)"
        and _opens_sentence(text)
        and not is_dangling(text)
        and not asks_for_an_answer(text)  # "Readers have asked whether ...": no answer
        and not reports_another_event(text)
        and not is_furniture(text)
        and not is_labelled_field(text)  # a notice's "VESSEL: ...": its text, no sentence
        and not _is_aside(text)
        and not is_label_line(text)  # a page's dated label: "Travel advice, 16 March 2027."
        and not speaks_in_first_person(text)  # the costliest test last (of a digest's 17,000)
    )


def can_be_its_pages_bullet(text: str) -> bool:
    """`can_be_bullet`, but for a body's own page speaking as "we" ("We now advise against
    all travel to ...", `pipeline.drafts.own_voice_sources`): its first person plural is
    the body's, which its page names, not a speaker's whose name is in another sentence.
    "I" is still a person's."""
    if not speaks_in_first_person(text):
        return can_be_bullet(text)
    singular, plural = _first_person()
    return singular.search(text) is None and can_be_bullet(plural.sub(_third_person, text))


@cache
def _first_person() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """words.toml's first_person_singular and first_person_plural, as written or opening
    a sentence ("US" is the United States)."""
    w = lexicon.words()

    def pattern(name: str) -> re.Pattern[str]:
        forms = lexicon.alternation(f for word in w[name] for f in (word, word.capitalize()))
        return re.compile(rf"(?<![\w'’])(?:{forms})(?![\w'’])")

    return pattern("first_person_singular"), pattern("first_person_plural")


# The body's "we" read as the body named, so the other tests of a bullet read the rest ("they"
# would point back); a contraction keeps its verb ("we're": "the office're" reads on).
_THIRD_PERSON = {
    "we": "the office",
    "our": "the office's",
    "ours": "the office's",
    "us": "the office",
    "ourselves": "the office itself",
}


def _third_person(found: re.Match[str]) -> str:
    head, apostrophe, rest = found[0].lower().partition("'")
    word = _THIRD_PERSON.get(head, "the office") + apostrophe + rest
    return word[:1].upper() + word[1:] if found[0][0].isupper() else word


def _a_quotation(text: str) -> bool:
    """Someone's words rather than the reporter's: a sentence that opens with a quote
    mark, leaves one unpaired, or whose quoted words are more than QUOTED_SHARE of it
    (a wire lede often quotes a phrase: 'said they had taken "total control" of the
    country', and is the story's lead all the same)."""
    if _QUOTES.search(text) is None:
        return False
    if text.lstrip()[:1] in '"“”«„':
        return True
    quoted = _QUOTED.findall(text)
    if _QUOTES.search(_QUOTED.sub(" ", text)) is not None:
        return True  # a mark left unpaired: a quote opened or closed in another sentence
    return sum(len(q.split()) for q in quoted) > QUOTED_SHARE * len(text.split())


def may_be_bullet(sentence: Sentence) -> bool:
    """`can_be_bullet`, and not words of a bare office that a sentence before names (see
    selection.pointing_back.said_by_an_office): what only its place in the article can tell."""
    return can_be_bullet(sentence.text) and not said_by_an_office(sentence)


def _min_documents(units: int) -> int:
    """A concept must recur: in 3 of 6 or more articles, in 2 of fewer."""
    return 3 if units >= 6 else 2


@dataclass(frozen=True)
class _Pairs:
    """A story's concepts (`sentence_concepts`), read for all its sentences at once and
    numbered: each distinct (sentence, concept) as two arrays sorted by sentence, and how
    often the story uses each stemmed word. A set of pairs per sentence, then per article,
    had cost a third of ranking a 1,000-article digest (266,000 pairs of 17,876 sentences,
    144,000 distinct): numpy finds them, and what a story keeps of them, in a few passes,
    and only the concepts that weigh are made into pairs of words."""

    sentence: np.ndarray  # for each distinct (sentence, concept): the sentence's position
    concept: np.ndarray  # ... and the concept's number
    starts: np.ndarray  # where each sentence's run starts in those, and where the last ends
    codes: np.ndarray  # each concept by number: its first word's number * size + its second's
    words: list[str]  # the stemmed words by number
    uses: dict[str, int]  # how many times the story uses each stemmed word
    total: int  # how many words (and figures) it has

    @property
    def count(self) -> int:
        return len(self.codes)

    def of(self, position: int) -> np.ndarray:
        """The numbers of the concepts a sentence holds."""
        return self.concept[self.starts[position] : self.starts[position + 1]]

    def concept_of(self, number: int) -> Concept:
        first, second = divmod(int(self.codes[number]), len(self.words))
        return self.words[first], self.words[second]


def _pairs(texts: Sequence[str], language: str) -> _Pairs:
    reads = [_read(text, language) for text in texts]
    stems = list(chain.from_iterable(stemmed for stemmed, _ in reads))
    vocabulary = dict.fromkeys(stems)
    number = dict(zip(vocabulary, range(len(vocabulary)), strict=True))
    words = np.fromiter(map(number.__getitem__, stems), np.int64, len(stems))
    stopped = np.fromiter(chain.from_iterable(stop for _, stop in reads), bool, len(stems))
    lengths = np.fromiter((len(stemmed) for stemmed, _ in reads), np.int64, len(reads))
    of_text = np.repeat(np.arange(len(reads)), lengths)
    # two words in a row of one sentence, not both stop words
    paired = (of_text[:-1] == of_text[1:]) & ~(stopped[:-1] & stopped[1:])
    size = max(len(vocabulary), 1)
    codes, concept = np.unique(words[:-1][paired] * size + words[1:][paired], return_inverse=True)
    held = distinct(of_text[:-1][paired] * max(len(codes), 1) + concept.reshape(-1))
    sentence, concept = np.divmod(held, max(len(codes), 1))
    uses = np.bincount(words, minlength=len(vocabulary)).tolist()
    return _Pairs(
        sentence,
        concept,
        np.searchsorted(sentence, np.arange(len(texts) + 1)),
        codes,
        list(vocabulary),
        dict(zip(vocabulary, uses, strict=True)),
        len(stems),
    )


def _numbered(keys: Sequence[int]) -> tuple[np.ndarray, int]:
    """Each key's number, in the order the keys first come, and how many there are."""
    number = {key: k for k, key in enumerate(dict.fromkeys(keys))}
    return np.fromiter(map(number.__getitem__, keys), np.int64, len(keys)), len(number)


def _story(
    sentences: Sequence[Sentence],
    language: str,
    exclude: Collection[int],
    republished: Mapping[int, int] | None = None,
) -> _Story:
    """`republished` maps a source that republishes another's text to that source: one text,
    one vote on what the story is about."""
    pairs = _pairs([s.text for s in sentences], language)
    text_of = [(republished or {}).get(s.source, s.source) for s in sentences]
    # One article: sentences stand in for articles, so a concept must still recur.
    several = len(set(text_of)) > 1
    unit, units = _numbered(text_of if several else range(len(sentences)))
    # Each unit's concepts, then in how many units each is (as numbers: unit * count +
    # concept, once each).
    width = max(pairs.count, 1)
    in_units = distinct(unit[pairs.sentence] * width + pairs.concept)
    seen = (
        _votes(in_units // width, in_units % width, units, pairs.count)
        if several
        else np.bincount(pairs.concept, minlength=pairs.count)
    )
    lead_text, _ = _numbered(text_of)
    leads = np.fromiter((s.index <= LEAD_SENTENCES for s in sentences), bool, len(sentences))
    in_lead = leads[pairs.sentence]
    lead = np.bincount(
        distinct(lead_text[pairs.sentence[in_lead]] * width + pairs.concept[in_lead]) % width,
        minlength=pairs.count,
    )
    least = _min_documents(units) - VOTE_SLACK
    banned = set(exclude)
    # What the reader was already sent is known: a new bullet must say something else.
    weighs = seen >= least
    for position in banned:
        if 0 <= position < len(sentences):
            weighs[pairs.of(position)] = False
    weight = np.where(weighs, seen + LEAD_BONUS * lead, 0.0)
    weights = dict(
        zip(
            map(pairs.concept_of, np.flatnonzero(weighs).tolist()),
            weight[weighs].tolist(),
            strict=True,
        )
    )
    held_weight = weight[pairs.concept].tolist()  # each sentence's concepts' weights in a run
    starts = pairs.starts.tolist()
    copies = {text_key(sentences[p].text) for p in banned if 0 <= p < len(sentences)}
    held: list[tuple[float, int]] = []
    elsewhere = other_events(sentences)  # "Separately, ..." and what goes on with it
    for position, sentence in enumerate(sentences):
        if position in banned or position in elsewhere or not may_be_bullet(sentence):
            continue
        key = text_key(sentence.text)
        if key in copies:
            continue
        copies.add(key)
        # (fsum is exact: the concepts that weigh nothing add nothing to it)
        total = math.fsum(held_weight[starts[position] : starts[position + 1]])
        held.append((-total / len(sentence.text.split()), position))
    # The cover weighs the sentences holding the most weight per word; the rest could only
    # win a place where these hold nothing, and keeping the pool small keeps it fast.
    if banned:
        told = [p for p in banned if 0 <= p < len(sentences)]
        sent = [content_stems(sentences[p].text, language) for p in told]
        # ... nor another report's wording of a fact told, by its numbers (_same_numbers):
        # a digest's story opened by one source's lede, then a second source's sentence
        # with its numbers, had told a reviewer one rate cut twice
        facts = [(text_of[p], fact_numbers(sentences[p].text)) for p in told]

        def untold(position: int) -> bool:
            stems = content_stems(sentences[position].text, language)
            mine = (text_of[position], fact_numbers(sentences[position].text))
            return not any(
                says_one_thing(stems, other) or _same_numbers(mine, fact, stems, other)
                for fact, other in zip(facts, sent, strict=True)
            )

        held = [h for h in held if untold(h[1])]
    held.sort()
    eligible = tuple((p, -density) for density, p in held)

    def weighed(position: int) -> np.ndarray:
        mine = pairs.of(position)
        return mine[weighs[mine]]

    candidates = [p for _, p in held[:MAX_CANDIDATES]]
    tokens = tuple(Counter(_tokens(sentences[p].text, language)) for p in candidates)
    return _Story(
        tuple(candidates),
        tuple(len(sentences[p].text.split()) for p in candidates),
        tuple(frozenset(map(pairs.concept_of, weighed(p).tolist())) for p in candidates),
        tuple(content_stems(sentences[p].text, language) for p in candidates),
        weights,
        eligible,
        tokens,
        _expected(pairs.uses, pairs.total, set().union(*tokens)),
        tuple((text_of[p], fact_numbers(sentences[p].text)) for p in candidates),
    )


def _votes(rows: np.ndarray, columns: np.ndarray, texts: int, concepts: int) -> np.ndarray:
    """How many texts hold each concept, where versions of one report share one vote:
    `rows` and `columns` say which text (by number, of `texts`) holds which concept (of
    `concepts`), once each.

    Agreement is evidence of what the story is about only between reports: a wire
    service's update of its own story, or an outlet's trimmed or extended copy of it,
    repeats that one report's facts and extras alike. So texts where most of the shorter
    one's word pairs are in the other (the REPEAT share, as for two sentences) are
    versions of one report, and each holds a share of a vote: one over the number of
    texts it is a version of, itself included. Reports in their own words share far less:
    on DUC 2003's clusters, a third of the shorter's pairs at most, versions 0.6 to 1.
    (Texts republished word for word are one text before this: the stories stage's copies.)

    A concept's count is then a sum of shares, so a fact only one report's versions
    repeat no longer counts as recurring. On DUC 2003 (brief's summary, R1 / R2) this
    gained on both halves: even 37.77 / 10.15 to 38.00 / 10.07, odd 37.04 / 9.06 to
    37.61 / 9.32; on the 9 one-event clusters (DUC 2004's kind, where a wire's updates are
    common) 39.98 / 12.24 to 41.47 / 12.32, and R1 rose in each of the 7 clusters it
    changed. MultiLing and Multi-News, with few versions, moved by 0.02 at most. A share
    of a vote falling continuously with the overlap (from 0.2, 0.3, 0.4 or 0.5 up),
    versions' leads sharing a vote too, or the recurrence threshold counting reports
    rather than texts did worse on one half or both.

    Counted with numpy, not scipy.sparse: the child that covers half a digest's stories
    imported scipy.sparse for this alone (see rank.vectors for its cost), and its
    products cost more than these few passes (at 1,000 articles, 0.31 s of CPU -> 0.14 s
    over both processes). Each long text's shared pairs with every other are one bincount
    of the holders of its concepts, and the votes a bincount over the entries in text
    order (`rows` ascending, as `distinct` gives them), the order in which scipy's product
    summed them: the same shares to the last bit."""
    sizes = np.bincount(rows, minlength=texts)
    row_from = np.searchsorted(rows, np.arange(texts + 1))
    by_concept = np.argsort(columns, kind="stable")
    holders = rows[by_concept]
    held_from = np.searchsorted(columns[by_concept], np.arange(concepts + 1))
    # Only texts long enough to be reports are versions: a one-line item shares most of
    # its few pairs with any report of the event.
    versions = np.zeros(texts)
    for text in np.flatnonzero(sizes >= VERSION_MIN_PAIRS):  # a text at a time: memory stays linear
        mine = columns[row_from[text] : row_from[text + 1]]
        shared = np.bincount(holders[_spans(held_from[mine], held_from[mine + 1])], minlength=texts)
        smaller = np.minimum(sizes[text], sizes)
        hit = (shared > REPEAT * smaller) & (smaller >= VERSION_MIN_PAIRS)
        versions[text] = np.count_nonzero(hit)
    shares = 1.0 / np.maximum(versions, 1)
    return np.bincount(columns, weights=shares[rows], minlength=concepts)


def _spans(starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """The positions start, start + 1, ..., end - 1 of each span, one after another."""
    lengths = ends - starts
    return np.repeat(starts - np.cumsum(lengths) + lengths, lengths) + np.arange(lengths.sum())


@lru_cache(maxsize=65_536)  # a digest reads each sentence for the pile, then its story
def _read(text: str, language: str) -> tuple[tuple[str, ...], tuple[bool, ...]]:
    """Every word and figure, stemmed, and whether it is a stop word (one pass over the
    text for both the concepts and the words a summary shares)."""
    found = lowered(_TOKEN, text, _ASCII_TOKEN)
    return tuple(map(stemmer(language), found)), tuple(
        map(stop_words(language).__contains__, found)
    )


def _tokens(text: str, language: str) -> tuple[str, ...]:
    """Every word and figure, stemmed, stop words kept: ROUGE-1 counts them all."""
    return _read(text, language)[0]


def _expected(
    counts: Mapping[str, int], total: int, wanted: Collection[str]
) -> dict[str, tuple[float, ...]]:
    """For each wanted word, the chance that a summary of SUMMARY_SAMPLE words drawn from
    the story's words (`total` of them, each word `counts` times) holds it at least once,
    twice, ...: Poisson tails at its rate."""
    by_count: dict[int, tuple[float, ...]] = {}  # most words share a count with others
    expected = {}
    for word in wanted:
        count = counts.get(word, 0)
        if count not in by_count:
            by_count[count] = _poisson_tails(SUMMARY_SAMPLE * count / max(total, 1))
        expected[word] = by_count[count]
    return expected


def _poisson_tails(mean: float) -> tuple[float, ...]:
    """The chance of at least 1, 2, ... MAX_WORD_REPEATS events at a Poisson mean."""
    tails, below, term = [], 0.0, math.exp(-mean)
    for k in range(MAX_WORD_REPEATS):
        below += term
        tails.append(max(0.0, 1.0 - below))
        term *= mean / (k + 1)
    return tuple(tails)


@lru_cache(maxsize=65_536)
def content_stems(text: str, language: str) -> frozenset[str]:
    """A sentence's content words, stemmed: what two sentences share when they say one thing."""
    stop = stop_words(language)
    return frozenset(map(stemmer(language), [w for w in lowered_words(text) if w not in stop]))


def says_one_thing(one: frozenset[str], other: frozenset[str]) -> bool:
    """Do two sentences say the same thing: most content words of the shorter one are in
    the other?"""
    smaller = min(len(one), len(other))
    return smaller > 0 and len(one & other) / smaller > REPEAT


# A number as a sentence gives a fact by it: two digits or more ("600", "4,500"), or a
# day of a month ("4 May", "May 4").
_NUMBER = re.compile(r"\d[\d,.]*\d|\d")
_DAY_OF_MONTH = re.compile(rf"\b(\d{{1,2}}) ({MONTH})(?!\w)|\b({MONTH}) (\d{{1,2}})\b")
SAME_FACT_WORDS = 1  # content words two reports of one number-led fact share beyond it


@lru_cache(maxsize=65_536)
def fact_numbers(text: str) -> frozenset[str]:
    """The numbers a sentence states its facts by (see _NUMBER, _DAY_OF_MONTH), as
    written without their thousands' commas, days as "4 may"."""
    days = {
        f"{m.group(1) or m.group(4)} {(m.group(2) or m.group(3))[:3].lower()}"
        for m in _DAY_OF_MONTH.finditer(text)
    }
    plain = {n.replace(",", "").rstrip(".") for n in _NUMBER.findall(text)}
    # A year dates many facts: it is not one.
    return frozenset(days | {n for n in plain if len(n) >= 2 and not YEAR_RE.fullmatch(n)})


def _same_numbers(
    one: tuple[int, frozenset[str]],
    other: tuple[int, frozenset[str]],
    one_stems: frozenset[str],
    other_stems: frozenset[str],
) -> bool:
    """Do two reports state one fact in their own words: another source's sentence gives
    the same numbers as this one, or some of them and no other ("an extra 600 soldiers to
    week"), and they share a word beyond them ("Valaitis"). Concept coverage had let both
    in, each bringing pairs of its own. A year is no such number: it dates many facts."""
    (source, numbers), (other_source, other_numbers) = one, other
    if source == other_source or not numbers or not other_numbers:
        return False
    if not (numbers <= other_numbers or other_numbers <= numbers):
        return False
    shared = {w for w in one_stems & other_stems if not w[:1].isdigit()}
    return len(shared) >= SAME_FACT_WORDS


def _fits(
    story: _Story, candidate: int, picked: Sequence[int], used: int, max_words: float
) -> bool:
    """Whether a candidate still fits the word budget and repeats none already picked."""
    return used + story.lengths[candidate] <= max_words and not any(
        story.repeats(candidate, other) for other in picked
    )


def _greedy(
    story: _Story, max_words: float, max_sentences: float, chosen: Sequence[int] = ()
) -> list[int]:
    """Indices into the candidates, by concept weight gained per word, within budget and
    never repeating one already chosen; then, when nothing gains, in the candidates' order
    (which is by weight per word: a story where nothing recurs still gets a summary).

    Lazy: a candidate's gain only shrinks as concepts get covered, so a stale gain on top
    of the heap that is still the best once refreshed is the true best."""
    picked = list(chosen)
    covered: set[Concept] = set().union(*(story.concepts[i] for i in picked))
    used = sum(story.lengths[i] for i in picked)

    def gain(i: int) -> float:
        return math.fsum(story.weights[c] for c in story.concepts[i] - covered) / story.lengths[i]

    def fits(i: int) -> bool:
        return _fits(story, i, picked, used, max_words)

    heap = [(-gain(i), i) for i in range(len(story.candidates)) if i not in set(picked)]
    heapq.heapify(heap)
    while heap and len(picked) < max_sentences:
        _, i = heapq.heappop(heap)
        fresh = gain(i)
        if fresh <= 0 or not fits(i):
            continue
        if heap and -fresh > heap[0][0]:
            heapq.heappush(heap, (-fresh, i))
            continue
        picked.append(i)
        covered |= story.concepts[i]
        used += story.lengths[i]
    for i in range(len(story.candidates)):
        if len(picked) >= max_sentences:
            break
        if i not in picked and fits(i):
            picked.append(i)
            used += story.lengths[i]
    return picked


def _expected_cover(story: _Story, max_words: float, max_sentences: float) -> list[int]:
    """Indices into the candidates: each next the one adding the most per length**power of
    uncovered concept weight plus WORD_SHARE times the words a reader's summary is expected
    to share with it beyond those already chosen (a word's second copy counts for the
    chance that the summary holds it twice)."""
    picked: list[int] = []
    covered: set[Concept] = set()
    had: Counter[str] = Counter()
    used = 0
    weight, expected = story.weights.__getitem__, story.expected
    # Each candidate's words: (word, copies, its tails, what they add while no pick has it).
    spans = [
        tuple(
            (word, count, tails, tails[0] if count == 1 else math.fsum(tails[:count]))
            for word, count in tokens.items()
            for tails in (expected[word],)
        )
        for tokens in story.tokens
    ]

    def gain(i: int) -> float:
        concepts = math.fsum(map(weight, story.concepts[i] - covered))
        shared = math.fsum(
            [
                fresh
                if (start := had.get(word, 0)) == 0
                else math.fsum(tails[start : start + count])
                for word, count, tails, fresh in spans[i]
            ]
        )
        return (concepts + WORD_SHARE * shared) / story.lengths[i] ** LENGTH_POWER

    # Lazy, as _greedy: a gain only shrinks as picks cover concepts and words (a word's
    # next copy is the less likely tail), and a candidate that no longer fits never will.
    heap = [(-gain(i), i) for i in range(len(story.candidates))]
    heapq.heapify(heap)
    while heap and len(picked) < max_sentences:
        _, i = heapq.heappop(heap)
        if not _fits(story, i, picked, used, max_words):
            continue
        fresh = (-gain(i), i)
        if heap and fresh > heap[0]:
            heapq.heappush(heap, fresh)
            continue
        if fresh[0] >= 0:
            break
        picked.append(i)
        covered |= story.concepts[i]
        had.update(story.tokens[i])
        used += story.lengths[i]
    return picked


def _by_gain(story: _Story, chosen: Sequence[int]) -> list[int]:
    """The chosen candidates, each next the one adding the most uncovered weight."""
    covered: set[Concept] = set()
    left, ordered = list(chosen), []
    while left:
        best = max(
            left,
            key=lambda i: (math.fsum(story.weights[c] for c in story.concepts[i] - covered), -i),
        )
        ordered.append(best)
        covered |= story.concepts[best]
        left.remove(best)
    return ordered


def _choose(story: _Story, max_words: int | None, max_sentences: int | None) -> list[int]:
    words_left = math.inf if max_words is None else max_words
    count = math.inf if max_sentences is None else max_sentences
    if not story.candidates or count < 1:
        return []
    chosen: list[int] = []
    if story.weights and not (math.isinf(words_left) and math.isinf(count)):
        chosen = _expected_cover(story, words_left, count)
    # The concept cover completes it (it may leave room where nothing is left to gain), and
    # stands in for it when nothing recurs or there is no budget.
    return _by_gain(story, _greedy(story, words_left, count, chosen))


def summarize_story(
    sentences: Sequence[Sentence],
    context: RankContext,
    *,
    max_words: int | None = None,
    max_sentences: int | None = None,
    exclude: Collection[int] = (),
) -> tuple[int, ...]:
    """The positions (into `sentences`) of the story's summary, most important first.

    The budget counts words as written (whitespace-separated); `exclude` holds positions
    that must not be chosen, such as sentences the reader was sent before.
    """
    story = _story(sentences, context.language, exclude)
    return tuple(story.candidates[i] for i in _choose(story, max_words, max_sentences))


def _ranking(
    sentences: Sequence[Sentence], language: str, republished: Mapping[int, int] | None = None
) -> Ranking:
    story = _story(sentences, language, (), republished)
    # The best short summary leads; the sentences that best extend it follow, so the
    # opening of the ranking is itself a cover, however many sentences a reader takes.
    short = _choose(story, SUMMARY_WORDS, None)
    longer = _greedy(story, RANKER_WORDS, math.inf, short)[len(short) :]
    first = [story.candidates[i] for i in (*short, *longer)]
    scores = [0.0] * len(sentences)
    for position, density in story.eligible:
        scores[position] = density
    chosen = set(first)
    rest = [p for p, _ in story.eligible if p not in chosen]
    bullets = {p for p, _ in story.eligible}
    others = [p for p in range(len(sentences)) if p not in bullets]
    return Ranking("coverage", tuple(scores), (*first, *rest, *others))


def rank_coverage(sentences: Sequence[Sentence], context: RankContext) -> Ranking:
    """The cover of the whole input first, then the other possible bullets by the concept
    weight they hold per word, then the sentences no bullet can be, in reading order."""
    return _ranking(sentences, context.language)


def rank_kept(
    sentences: Sequence[Sentence],
    groups: Sequence[Sequence[int]],
    context: RankContext,
    copies: Mapping[int, int],
) -> Ranking:
    """The coverage ranking of the kept sentences (the first of each group of
    near-duplicates), weighed over all of them.

    Versions of one wire story share the sentences that state its core facts; counted
    once, those facts would weigh less than what one version alone adds. So every text
    votes on what the story is about, though one sentence of a group can be a bullet.
    A source that republishes another's whole text (`copies`) is that text's vote."""
    full = _ranking(sentences, context.language, copies)
    owner = {position: k for k, group in enumerate(groups) for position in group}
    scores = [0.0] * len(groups)
    for position, score in enumerate(full.scores):
        scores[owner[position]] = max(scores[owner[position]], score)
    order = tuple(dict.fromkeys(owner[position] for position in full.order))
    return Ranking("coverage", tuple(scores), order)
