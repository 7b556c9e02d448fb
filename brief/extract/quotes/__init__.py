"""Direct and mixed quotes, kept whole across sentences, each with a speaker only when the
text settles who it is.

Quotes are found per paragraph (the sentences are joined again), so a quote that the
sentence splitter cut in two stays one quote. A quote left open at the end of a
paragraph ends there (news style for multi-paragraph quotes).

The speaker is the grammatical subject of the speech verb that attributes the quote,
in the same sentence: "“...,” Straw said", "“...,” said Straw", "Straw, the foreign
secretary, said: “...”", "Straw said the plan was “a disaster”", "according to Straw".
That subject must be an actor of the actors table (a person or an organisation), and it
must be the head of its phrase: in "a Straw aide said" or "a statement from Straw said"
the speaker is not Straw, so the quote stays unattributed; nor is a name after "of" or
"by" in the phrase ("said Tom Harlow of the United Kingdom" is Harlow's, "a website run
by supporters of Tavassoli said" nobody's), the one asked ("was also asked") or said to
agree ("agreed with his view that"), a verb that reports no words ("called for", "will
continue to be"), a noun ("Rubio's claim that"), an object ("White America embracing
Obama"), or a phrase before a fronted comma ("“A challenge” for Clinton, said Kunin" is
Kunin's). "X, a Pentagon spokesman says “...”" is X's though the apposition is left
unclosed. A title in quote marks ("on “Meet the Press,”", "has read “War and Peace”")
is narration, not a quote: Title Case where a noun stands, not after a speech verb. A
surname that two people of the story share ("Clinton" with Hillary and Bill) names the
one named far more often, else the one named in an earlier sentence: news style gives the
bare surname to whoever it introduced first and keeps the full name for the other; but
after two of them named in full one sentence after the other (a police spokesman, then
the opposition leader who accuses the police), it is neither's: the story may quote
either side next.

Words someone else relays stay the inner speaker's or nobody's: in "The barrister who
had represented Mr Martin had said the rules were “...”, said Mr Clarke" they are not
Martin's (a relative clause is no head) nor Clarke's (he relays them); words that "X's
claim of" or "X's e-mail" leads up to are X's, and "In it, he said" after "Campbell's
e-mail suggested" means Campbell, the writer; "The letter, read by the Clerk, X, said" and
"“...,” it said" after it are the letter's writer's ("a letter in which the minister, Y,
asked"), never its reader's. A hearsay chain is the account of the one it was told to:
"X told the station that Y had told him “...”" is X's, and nobody's when X is unnamed; "An
earlier version of this article quoted X as saying “...”" is a misquote, no one's. A
quote with its own attribution is never joined to the next speaker's ("“A,” the IAAF
said. Tzekos insisted .... “B,” he said"), nor is a phrase quoted inside narration.

A given name used alone ("Mr Somchai", as Thai usage calls people) names no one once the
story has written it before another surname the actors table lacks. "Our translation:"
is the outlet's note, no tag: the quote after it is the words of whoever the sentence
before has posting or speaking; a translator's credit ("According to a translation by
the secretary, he said:") names no one who may have spoken. "Her words were: “...”" is
hers, and so are "Her reply: “...”" and "Straw, in a statement: “...”" or "Straw to
reporters: “...”" his: a verb left out before a colon leaves its subject, when only
the words of a setting stand between.

"He"/"she" stands for the subject of the quote's own sentence when it can be them
("Rhimes declared: “...,” she said"), else for the nearest person named before it in
the same story as a subject (not as an object: "talks with Macron", a possessive, a name
that modifies a role: "Clinton aide Jennifer Palmieri", or a fronted phrase: "Following
Sanders on MSNBC, Clinton ..."), the one a speech verb reports first ("Trump, Sexton
said, has ..." means Sexton), whose given name does not say otherwise. After a question
it is the one asked ("Hannity asked Trump how ..."), never the asker; when it skips a
subject for gender, it is that sentence's one other person who fits ("Clinton writes to
Sullivan. He responds"). It stays unsettled when someone the table lacks may be them, when
the quote's own sentence names another candidate before it, or when more than one person
fits. "It" is a body's or a state's only within its own report: in "The ministry said it
would recall its envoy to protest what it called “...”" it is the ministry, when nothing
between the two "it"s could be it. A pronoun in a tag set after the clause it reports
("Mr Blair has failed, he claimed") is never someone named inside that clause. Nothing
crosses a story: a new source starts afresh. A quote that cannot be settled is kept,
unattributed. Short quoted names ("Allied Determination 2022") are not quotes.

A spokesperson's words ("said a Honda spokesman", "A spokeswoman for Human Rights Watch
said ... She added") are the organisation's when the actors table holds it: the person
is unnamed and no actor, and a speaker such as "Honda spokesman" would be a fragment; a
tag with an indefinite subject ("said a company spokesman") brings in someone new, so it
never takes the speaker of the sentence before. News style names a new speaker at or
before their first words, so an untagged quote that is a sentence of its own goes on with
whoever spoke last: after "“A,” said X, <a long apposition>." in the same paragraph, and
at the start of a paragraph after one that ended with X's quote, X's speech tag, or one
sentence reporting X's words ("..., Mr Howard said.").

The package, one module per job, each using only those listed before it:

* speech_words: the tokeniser and the words and patterns every module tests alike;
* subject_phrases: the phrase that names a speech verb's subject, cut down to its head;
* reporting_verbs: the speech verb that reports a quote, walking back to it, and its subject;
* relayed_speech: whose words a quote is when they are said inside someone else's sentence;
* trailing_tags: the speech tag after a quote ("“...,” X said"), and what it carries on;
* spans: where a paragraph's quotes are, and which quoted spans are narration;
* actor_index: one story's actors, indexed for finding who a sentence names;
* gender_clues: what the story says of a person's gender (an honorific, "his wife");
* person_mentions: the people a sentence names or describes that the actors table lacks;
* sentence_subjects: which person a sentence names is its subject, its speaker, the one asked;
* pronouns: who "he", "she" or a description stands for, from the story read so far;
* attribution: the actor a quote's speech tag names;
* transcripts: the turns of an exchange printed unquoted ("Q: ...", "A: ...", "Salazar:
  ..."), and whose each is;
* print_interviews: an interview's questions and answers printed with no labels, after the
  paragraph that brings the interviewee in;
* denials: the quotes a story says were never said, which it gives no speaker;
* story_reader: a story's quotes in turn, with what carries from one to the next.

This module holds the entry points: `find_quotes`, and for a digest's quotes made in
parts, `speakers_by_story`, `split_stories` and `quotes_of`. A name with a leading
underscore is its module's own: no other module imports it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from operator import attrgetter

from brief.extract.lexicon import clause_openers
from brief.extract.quotes.gender_clues import honorific_re, honorific_titles, titles_lettered
from brief.extract.quotes.person_mentions import description_re
from brief.extract.quotes.sentence_subjects import (
    asking_re,
    time_adverbial_re,
    time_words,
    title_of_re,
    title_of_words,
)
from brief.extract.quotes.speech_words import attributing, clause_break_re, labelled_re
from brief.extract.quotes.story_reader import story_quotes
from brief.models import Actor, Quote, Sentence


def find_quotes(sentences: Sequence[Sentence], actors: Sequence[Actor]) -> tuple[Quote, ...]:
    """Every quote of every story, in order. Speakers never cross from one story (source)
    to another: each story's speakers are the actors named in it."""
    return quotes_of(sentences, speakers_by_story(actors))


Speakers = dict[int, list[tuple[Actor, int]]]  # source -> (actor, its sentences there)


def speakers_by_story(actors: Sequence[Actor]) -> Speakers:
    """Who may speak in each story: made once for all the parts of a brief's quotes."""
    named_in: Speakers = {}
    for actor in actors:
        # counted in C (a generator was 2% of quotes in the inbox: thousands of actors)
        sources = Counter(map(_SOURCE, actor.sentences))
        for source, count in sources.items():
            named_in.setdefault(source, []).append((actor, count))
    return named_in


def quotes_of(sentences: Sequence[Sentence], speakers: Speakers) -> tuple[Quote, ...]:
    """`find_quotes` of some stories (see `split_stories`), given the speakers of all."""
    quotes: list[Quote] = []
    for story in _stories(sentences):
        quotes.extend(story_quotes(story, speakers.get(story[0].source, [])))
    return tuple(quotes)


_SOURCE = attrgetter("source")


def load_tables() -> None:
    """Build the patterns and lists quotes reads, before its first story (5 ms at first
    use): a forked extraction child builds them before it is sent its work."""
    for build in (
        titles_lettered,
        description_re,
        title_of_re,
        title_of_words,
        clause_break_re,
        time_adverbial_re,
        time_words,
        honorific_re,
        honorific_titles,
        asking_re,
        labelled_re,
        attributing,
        clause_openers,
    ):
        build()


def split_stories(sentences: Sequence[Sentence], parts: int) -> list[list[Sentence]]:
    """The sentences in `parts` parts of whole stories (sources), in order, each about as
    long as the others (a story longer than a part is one part, and a part may be empty).
    Each story is read on its own, so the quotes of the parts, one after another, are
    the quotes of them all: two processes can share a digest's quotes."""
    split: list[list[Sentence]] = [[] for _ in range(parts)]
    done = 0
    for story in _stories(sentences):
        # a story goes in the part its middle falls in
        part = min(parts - 1, int((done + len(story) / 2) * parts / max(1, len(sentences))))
        split[part].extend(story)
        done += len(story)
    return split


def _stories(sentences: Sequence[Sentence]) -> Iterator[list[Sentence]]:
    by_source: dict[int, list[Sentence]] = {}
    for s in sentences:
        by_source.setdefault(s.source, []).append(s)
    yield from by_source.values()
