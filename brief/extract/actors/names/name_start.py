"""Where the name starts inside a run of capitalised words.

A run takes every capitalised word before the name, and not all of them are the name's:
a headline's verb ("Pence Endorses Paul Ryan"), an epithet ("Crooked Hillary Clinton"),
a count ("Five Virgin megastores"), a person's noun set in capitals ("Nevada Rancher
Cliven Bundy"), a title's object ("Mayor of London Sadiq Khan"), the word that opens the
sentence ("Neither Johnson"). These rules find the name's first word, and give back the
words of a body's or a place's name that were cut off before it ("Holland America
Line", "South African Reserve Bank").
"""

from __future__ import annotations

from functools import cache

from brief.extract.actors.names.name_words import (
    hyphened_given_name,
    modifier_compound,
    number_word_set,
    opens_sentence,
)
from brief.extract.actors.names.sentence_tokens import INITIALS_RE, Token
from brief.extract.actors.roles.role_words import is_head, opens_a_style, ranks
from brief.extract.actors.word_knowledge import (
    SURE,
    agent_noun,
    common_word,
    everyday_english,
    gender,
    given_name,
    never_a_name,
    person_nouns,
    region_name,
    unknown_or_common,
)
from brief.extract.lexicon import gazetteer, joined, kin_genders, words


def compass_opens_body(toks: list[Token], start: int, j: int) -> bool:
    """A capitalised compass word right before a body's name is its first word ("South
    African Reserve Bank", "North Korean Central News Agency"): no run opens on it, since
    before a person's name it is no part of it."""
    before = toks[start - 1] if start > 0 else None
    return (
        j - start >= 2  # not "West Bank", "South Bank": a place named by a compass word
        and before is not None
        and before.text[:1].isupper()
        and before.base in words()["region_words"]
        and ends_a_body(toks, j)
    )


def ends_a_body(toks: list[Token], j: int) -> bool:
    """ "Holland America Line", "Air France Flight 447", "US Geological Survey": the last
    word of a capitalised run heads what the whole run names; a body's or a service's
    head makes it a thing, whatever word opens it (a place, a nationality, a title)."""
    last = toks[j - 1]
    return last.text[:1].isupper() and last.base in joined(
        "organisation_heads", "company_suffixes", "body_name_ends"
    )


def whole_name_start(toks: list[Token], i: int, start: int) -> int:
    """ "Holland America Line", "Playa del Mar": the words cut off before the name are
    the name's own, back to one that only describes it ("Debt-hit", "Five")."""
    while start > i and "-" not in toks[start - 1].text and not _number_word(toks[start - 1]):
        start -= 1
    return start


def particle_opens(toks: list[Token], start: int) -> bool:
    """ "Playa del Mar": a lower-case particle binds to the capitalised word before it,
    so the word cut off before the particle belongs to the name."""
    return toks[start].text.islower() and toks[start].base in words()["romance_particles"]


def name_start(toks: list[Token], i: int, j: int) -> int:
    """Where the name in the run toks[i:j] starts. Words before a given name that are no
    given names are not part of it: "Crooked Hillary Clinton", "Pence Endorses Paul
    Ryan", "(Minister of) Crown-Indigenous Relations Carolyn Bennett"; nor is a
    participle ("Conservatives Rebuking Trump", "Following Sanders"), nor a capitalised
    common word that opens the sentence ("Neither Johnson")."""
    start = _past_a_rank(toks, i, j)
    start = _past_a_possessive_style(toks, start, j)
    start = _past_a_form_of_address(toks, start, j)
    place = toks[j - 1].base in words()["place_nouns"]
    if not place:
        # (a run a place's noun ends is a place's name whole, whatever given name is
        # inside it: "Port Lusa International Airport", not "Lusa International Airport")
        start = _at_sure_given_name(toks, _past_words_before_given(toks, start, j), j)
    start = _after_a_title_noun(toks, start, j)
    if j - start >= 2 and (_number_word(toks[start]) or _hyphened_modifier(toks[start])):
        start += 1  # "Five Virgin megastores", "One Missouri mom", "Trouble-hit Mitsubishi"
    if _person_noun_opens(toks, start, j):
        start += 1  # "Teenager Sania Mirza": the sentence's capital on a person's noun
    if j - start >= 2 and toks[start].base in words()["place_nouns"] and not place:
        start += 1  # "at London's Olympic Velodrome Wiggins (left)": a place's name ends
    if j - start >= 2:
        # "returning home to London Ozil impressed": a clause ends at the place;
        # "spokesperson in Limpopo Ntokozo Dube": a title's place ends at the name
        start += _place_after_locative(toks, start, j)
    word, run = toks[start].text, j - start
    opens = opens_sentence(toks, start)
    if run == 2 and hyphened_given_name(toks[start + 1].text):
        return start  # "Song Min-ho": a family name before its given name, word or not
    if run >= 2 and (
        _participle(word)
        or (opens and (_sentence_word(word, run) or _inverted_auxiliary(toks, start, j)))
    ):
        start += 1
    return start


def _past_a_possessive_style(toks: list[Token], start: int, end: int) -> int:
    """ "His Beatitude Patriarch Elias III", "Her Grace ...", "His Eminence ...": English
    writes a dignitary's style as a capitalised possessive and a capitalised abstract
    noun, whatever that noun is (no list holds every church's and court's); the noun is
    the style's, no word of the name, when two words of the run are left and it is no
    given name ("His John Deere tractor" is his tractor)."""
    if (
        start == 0
        or end - start < 3
        or not opens_a_style(toks[start - 1].text)
        or gender(toks[start].base) is not None
    ):
        return start
    return start + 1


def _past_a_form_of_address(toks: list[Token], start: int, end: int) -> int:
    """ "Mufti Zia-ul-Haq Naqshbandi", "Bhai Gurpreet Singh", then "Bhai Gurpreet said": a
    form of address (words.toml's forms_of_address) that opens a run is the style written
    before the name, no word of it, whether or not a list knows the given name after it
    (before one it knows, see _unlisted_given_names); the name alone is the one the
    tallies match ("Gurpreet" is Gurpreet Singh's). Not one that is a given name too
    ("Sharif", "Nana", "Emir"), which may open a name; but one written before a given
    name and a surname only as a style (words.toml's given_name_styles: "Thao Bounmy
    Keomanivong", though "Thao Nguyen" is a name) is the style there."""
    if end - start < 2 or not toks[start].text.istitle():
        return start
    word = toks[start].base
    if word in words()["given_name_styles"] and end - start >= 3:
        return start + 1
    if word not in words()["forms_of_address"] or gender(word) is not None:
        return start
    return start + 1


def _inverted_auxiliary(toks: list[Token], start: int, end: int) -> bool:
    """ "Had Sanders won ...", "Did Clinton know ...", "Will Sanders come down ...?": an
    auxiliary that opens a question or a conditional before its subject, no given name.
    "Will" and "May" are given names too: auxiliaries only in a question whose verb after
    the name, past any aside between commas ("Will Biden, at 81, run again?"), is in its
    bare form ("Will Trump concede?", "Will Sanders press on?"): not a past or a form in
    -s ("Will Smith, 53, shouted “...” -- was it scripted?", "Will Smith hits ...?")."""
    low = toks[start].base
    if low not in words()["auxiliaries"]:
        return False
    if gender(low) is None:
        return True
    k = end
    if k < len(toks) and toks[k].text == ",":  # an aside: the verb comes after its comma
        closing = (n for n in range(k + 1, len(toks)) if toks[n].text == ",")  # "81,"
        k = next(closing, len(toks) - 1) + 1
    after = toks[k].text if k < len(toks) else ""
    nxt = toks[k + 1].text if k + 1 < len(toks) else ""
    # a form in -s is a verb ("Will Smith hits Chris Rock ..."), unless a bare verb comes
    # next, which makes it a plural noun of the subject ("May Sanders supporters stay")
    plural = nxt.isalpha() and nxt.islower() and not nxt.endswith(("s", "ed"))
    finite = (
        after.endswith("ed")
        or after.lower() in words().irregular
        or (after.endswith("s") and not after.endswith("ss") and not plural)
    )
    # nothing that tells a name ("Will Trump, Pence or Haley lead ...?"): asked, so no
    # "Will Trump" is made up; at worst the person is named by the surname alone
    return toks[-1].text == "?" and not finite


def _place_after_locative(toks: list[Token], start: int, j: int) -> int:
    """How many words of a place open the run after "to", "in" or "from" (0 for none): a
    place the gazetteer knows that is no sure given name, or, after a person's noun (a
    title's place: "spokesperson in Limpopo"), a region's name of ISO 3166-2 that
    leaves two words of name after it. The place ends a clause or a title, and the name
    after it opens the next. (A region alone is no clue: "Rizal", a province, is a given
    name too.)"""
    if start == 0 or toks[start - 1].base not in words()["locatives"] | {"to"}:
        return 0
    entry = gazetteer().get(toks[start].text)
    if entry is not None and entry.form != "demonym" and gender(toks[start].base) not in SURE:
        return 1
    if start < 2 or toks[start - 2].base not in person_nouns():
        return 0
    for size in range(min(3, j - start - 2), 0, -1):
        if _region_words(toks, start, start + size):
            return size
    return 0


def _region_words(toks: list[Token], start: int, end: int) -> bool:
    """Whether toks[start:end] spell a region's name and none of them is a sure given
    name ("Tamil Nadu", "Limpopo"; not "Victoria" of "Victoria Ncube")."""
    if any(gender(tok.base) in SURE for tok in toks[start:end]):
        return False
    return region_name(" ".join(tok.text for tok in toks[start:end]))


def _region_ends_at(toks: list[Token], start: int, end: int) -> bool:
    """Whether two or three words right before `end` (not before `start`) spell a
    region's name ("Tamil Nadu"; one word may be a given name: "Rizal")."""
    return any(_region_words(toks, k, end) for k in range(max(start, end - 3), end - 1))


def _number_word(tok: Token) -> bool:
    """ "Five", "One": a count before capitalised words is no given name; it counts what
    they name ("Five Virgin megastores")."""
    return tok.base in number_word_set()


def _hyphened_modifier(tok: Token) -> bool:
    """ "Trouble-hit", "Paris-based", "Cash-strapped": a compound whose last part is a
    lower-case word describes the name after it; a name's parts are capitalised
    ("Jean-Pierre", "Vella-Fenech") or short ("Jay-ar")."""
    return modifier_compound(tok.text)


def _person_noun_opens(toks: list[Token], start: int, j: int) -> bool:
    """ "Teenager Sania Mirza", "Rapper Eminem", "Sprinters Kostas Kenteris and Katerina
    Thanou": a person's noun (or its plural, of the people it lists) that opens the
    sentence before a name; not "Star Wars" (a common word after it)."""
    if j - start < 2 or not opens_sentence(toks, start):
        return False
    base = toks[start].base
    if base not in person_nouns() and not (base.endswith("s") and base[:-1] in person_nouns()):
        return False
    return j - start >= 3 or not common_word(toks[start + 1].text)


def _past_words_before_given(toks: list[Token], i: int, j: int) -> int:
    """ "Pence Endorses Paul Ryan": in a run of three words or more, a word that is no
    given name before one that is ("Endorses Paul") is left out."""
    start = i
    while (
        j - start >= 3 and not given_name(toks[start].text) and gender(toks[start + 1].text.lower())
    ):
        start += 1
    return start


def _after_a_title_noun(toks: list[Token], start: int, j: int) -> int:
    """ "Nevada Rancher Cliven Bundy", "Oil Trader Lee Dunn": a person's noun of trade or
    standing inside a run, with two words of the run after it, is a description set in
    capitals, when a given name follows it; the name starts there. (A trade's word that
    is a surname ends its name: "Jo Baker", "Tim Cook"; "Gold Star Mom Corners Obama" is
    a headline's words.)"""
    nouns = person_nouns()
    for k in range(j - 3, start - 1, -1):
        if toks[k].base in nouns and gender(toks[k].base) is None and given_name(toks[k + 1].text):
            return k + 1
    return start


@cache
def _rank_openings() -> frozenset[str]:
    """Every word of a rank of several words but its last."""
    return frozenset(word for rank in ranks() for word in rank[:-1])


def _past_a_rank(toks: list[Token], i: int, j: int) -> int:
    """ "Private First Class Jomar Tabanao": a rank of several words (words.toml's
    military_ranks) that the run's first words end, the words before the run starting it,
    is no part of the name, with two words of the run left ("First Class Jomar" had read
    as "Private First" and a given name)."""
    inside_run = _rank_opening_run(toks, i, j)
    if inside_run:
        return i + inside_run
    if i == 0 or toks[i - 1].text.lower().rstrip(".") not in _rank_openings():
        return i  # (most runs: no rank's word before them)
    for rank in ranks():
        for inside in range(1, min(len(rank), j - i - 1)):
            before = len(rank) - inside
            if (
                before <= i
                and tuple(t.text.lower().rstrip(".") for t in toks[i - before : i + inside]) == rank
            ):
                return i + inside
    return i


def _rank_opening_run(toks: list[Token], i: int, j: int) -> int:
    """How many words of a rank of several words open the run, with two words of the
    run left after them ("Asst Comm Shahrul Nizam bin Yusof": a rank its words no list
    knows as titles let into the run); 0 for none. So does a rank of one word that no
    list knows as a title and that is no given name ("Private", "Recruit", "Cadet"),
    before two words of which the first is no common word ("Recruit Kahu Te Whata", not
    "Private Equity Partners" nor "General Motors Company")."""
    if toks[i].text.lower().rstrip(".") in _rank_openings():
        written = tuple(t.text.lower().rstrip(".") for t in toks[i:j] if t.text != ".")
        for rank in ranks():
            if len(rank) >= 2 and written[: len(rank)] == rank:
                # ("Kombes Pol Wahyuni": a rank of two words and a name of one, no "Pol")
                enough = len(written) - len(rank) >= 2
                return sum(1 for _ in _tokens_of_words(toks, i, len(rank))) if enough else 0
    return 1 if _one_word_rank(toks, i, j) else 0


def _one_word_rank(toks: list[Token], i: int, j: int) -> bool:
    """toks[i] is a rank of one word that opens the run, with two words of a name left."""
    word = toks[i].base
    return (
        j - i >= 3
        and toks[i].text.istitle()
        and (word,) in _one_word_ranks()
        and gender(word) is None
        and not common_word(toks[i + 1].text)
    )


@cache
def _one_word_ranks() -> frozenset[tuple[str, ...]]:
    return frozenset(rank for rank in ranks() if len(rank) == 1)


def _tokens_of_words(toks: list[Token], i: int, count: int) -> list[Token]:
    """The tokens of the run's first `count` words with their stops ("Asst. Comm.")."""
    taken: list[Token] = []
    k = i
    while k < len(toks) and (count or (toks[k].text == "." and taken)):
        if toks[k].text != ".":
            count -= 1
        taken.append(toks[k])
        k += 1
    return taken


def _at_sure_given_name(toks: list[Token], start: int, j: int) -> int:
    """ "Crooked Hillary Clinton", "Crown-Indigenous Relations Carolyn Bennett": in a run
    of three words or more, words no dictionary knows as names before a sure given name
    are left out; the name starts at the given name."""
    if j - start < 3:
        return start
    # a particle that is also a given name ("Al Gore", "Van Jones") opens a surname
    # inside a run ("Khalifa Obaid Al Zaabi"): no given name there
    particles = words()["given_particles"]
    # a given name after a link to the father's name is the father's ("Nor Azlina binti
    # Ahmad Fauzi", "Ravindran a/l Subramaniam"): the person's own come before the link
    links = words()["patronymic_links"]
    own = next((k for k in range(start, j) if toks[k].base in links), j)
    sure = next(
        (
            k
            for k in range(start, min(own, j - 1))
            if gender(toks[k].text.lower()) in SURE
            and (k == start or toks[k].base not in particles)
        ),
        None,
    )
    if sure is not None and all(gender(t.text.lower()) is None for t in toks[start:sure]):
        return _unlisted_given_names(toks, start, sure, _nasab(toks, sure, j))
    return start


def _nasab(toks: list[Token], sure: int, end: int) -> bool:
    """A particle of an Arabic name after the sure given name and before the run's last
    word: the words before that given name are given names of the chain, even the ones
    English also writes ("Khalifa", "Rashid": names frequent in English news), never an
    epithet ("Crooked Hillary Clinton" has none)."""
    nasab = words()["nasab_particles"]
    return any(tok.base in nasab for tok in toks[sure + 1 : end - 1])


def _unlisted_given_names(toks: list[Token], start: int, sure: int, nasab: bool = False) -> int:
    """The words right before a sure given name that no list knows and English does not
    use ("Amadou Barry Diallo", "Governor Al-Hafiz Bakhit Mohamed Ali", "Meseret Haile
    Giorgis"): given names from outside the lists, which name the person as the sure one
    does. Back to a common word ("Crooked"), a title or a person's noun ("Mayor",
    "Rescuer"), an honorific or a form of address ("Hajah", "Mullah"), or a name the
    gazetteer holds ("Ukrainian", "Kremlin"). (An r36 desk found a name's first word cut
    off in most of its African and Latin American stories.) In an Arabic name's chain
    (`nasab`) a word English uses too is a given name all the same ("Khalifa")."""
    nouns = person_nouns()
    k = sure
    while k > start:
        word = toks[k - 1]
        if k - 2 >= start and _initials_and_dot(toks, k - 2) and "." in toks[k - 2].text:
            # "A.K.M. Nurul Islam", "T.V. Nurul Islam": given names written short (a
            # lone initial before a given name, "C. Stewart Roe", is left out as before)
            k -= 2
            continue
        if (
            common_word(word.text)
            or (not nasab and everyday_english(word.text))  # "Crooked Hillary Clinton"
            or word.base in nouns
            or word.base.rstrip(".") in words()["honorifics"]  # "Hajah Norizan Mat Zin"
            # "Pulmonologist Ali Karimi", "Rescuer María ...", not after a title: "Justice
            # Tejinder Pal Walia" (a title is followed by a name, not by a trade)
            or (agent_noun(word.base) and not _after_a_title(toks, k - 1))
            or word.base in words()["forms_of_address"]  # "Mullah Ahmed Karimi"
            or word.text in gazetteer()
            or _region_ends_at(toks, start, k)  # "Tamil Nadu Imran ...": a title's
            or not word.text[:1].isupper()
            or _posting(toks, k - 1)
        ):
            break
        k -= 1
    return k


def _initials_and_dot(toks: list[Token], at: int) -> bool:
    """toks[at] is a given name's initials in capitals ("A.K.M", "T"), toks[at + 1] their
    closing stop: no honorific, which a list knows ("H.E" is a style)."""
    word = toks[at].text
    return (
        toks[at + 1].text == "."
        and INITIALS_RE.fullmatch(word) is not None
        and word.rstrip(".").lower() not in words()["honorifics"]
    )


def _after_a_title(toks: list[Token], k: int) -> bool:
    """A capitalised title or honorific stands right before toks[k] ("Justice", "Dr.")."""
    if k >= 1 and toks[k - 1].text == ".":
        k -= 1
    if k < 1 or not toks[k - 1].text[:1].isupper():
        return False
    base = toks[k - 1].base.rstrip(".")
    return is_head(base) or base in words()["honorifics"]


def _posting(toks: list[Token], k: int) -> bool:
    """ "SSP Muzaffarabad Kashif Rafiq Awan", "DPO Chakwal ...": a rank written in
    capitals, as South Asian police and district officers' are, may be followed by the
    place of the posting before the holder's name; that word is the title's, no given
    name, where it is a place's: one the gazetteer knows, or one ending as the region's
    places do ("-abad", "-pur"). Else it is the holder's first name ("DSP Sani Musa
    Dantsoho")."""
    if k < 1:
        return False
    return posted_rank(toks[k - 1], toks[k])


def posted_rank(rank: Token, word: Token) -> bool:
    """Whether `word`, after the capitals rank `rank`, names its holder's posting."""
    if not (rank.text.isupper() and rank.base in joined("military_ranks", "title_acronyms")):
        return False
    entry = gazetteer().get(word.text)
    if entry is not None:
        return entry.form != "demonym"
    return len(word.base) >= 6 and word.base.endswith(tuple(words()["place_suffixes"]))


def _sentence_word(word: str, run: int) -> bool:
    """ "Neither Johnson": a word only ever capitalised by its sentence (Punkt saw it in
    lower case, never capitalised inside a sentence) and no given name, before one name;
    in a longer run it may describe a full name ("Counsel Shaunda Pike"). ("Time" of
    "Time Warner" is seen capitalised inside sentences: a noun may start a company's
    name.)"""
    low = word.lower()
    return run == 2 and never_a_name(low) and gender(low) is None


def _participle(word: str) -> bool:
    """ "Rebuking", "Following": an -ing form (a participle), which Punkt has seen in
    lower case or not at all, and no given name, wherever it stands ("Irving" is one)."""
    low = word.lower()
    if gender(low) is not None or not low.endswith("ing") or len(low) <= 5:
        return False
    return unknown_or_common(low)


def _country_as_object(toks: list[Token], i: int, j: int) -> bool:
    """ "rapporteur for Georgia Lieve Dekeyser-Maes", "envoy for Jordan Rachel Marks": a
    country right after a title's "for" or "of", with a name after it, is the title's
    object, though the country's name is a given name too (not "the son of Georgia Ames":
    a kinship noun takes a person)."""
    entry = gazetteer().get(toks[i].text)
    if entry is None or entry.kind != "country" or entry.form == "demonym" or j - i < 3:
        return False
    if i < 2 or toks[i - 1].base not in {"of", "for"}:
        return False
    return _needs_an_object(toks[i - 2]) or _post_noun(toks[i - 2])


def _needs_an_object(noun: Token) -> bool:
    """A title or a body's noun before "of"/"for" ("secretary", "Mayor", "Council"),
    whose object follows it: not a kinship noun ("son of")."""
    return is_head(noun.base) or noun.base in joined("organisation_heads", "body_name_ends")


def _post_noun(noun: Token) -> bool:
    """A noun of a post that takes an object ("Member of Parliament", "spokesman for"),
    not a kinship noun ("son of")."""
    return noun.base in words()["described"] and noun.base not in kin_genders()


def _past_person_nouns(toks: list[Token], i: int, j: int) -> int:
    """Where the name starts past the nouns of a person before a sure given name
    ("Welshman", "Spaniard", "Striker"), or i."""
    k = i
    while k < j - 1 and _person_word(toks[k]):
        k += 1
    return k if k > i and gender(toks[k].base) in SURE else i


def _person_word(tok: Token) -> bool:
    """A noun of a person: a trade's or an office's, one by its ending ("Pulmonologist"),
    or a people's man or woman ("Welshman", "Frenchwoman"), no given name."""
    base = tok.base
    if gender(base) is not None:
        return False
    return base in person_nouns() or agent_noun(base) or base.endswith(("man", "woman"))


def after_title_object(toks: list[Token], i: int, j: int) -> int:
    """ "MP for Parramatta Dolores Vella-Fenech", "Minister of Crown-Indigenous Relations
    Gurdeep Anantharaman-Pratt", "Mayor of London Sadiq Khan": after a title's "for" or
    "of", the capitalised words before a known given name, or up to a common word or a
    place, end the title."""
    if gender(toks[i].base) in SURE and not _country_as_object(toks, i, j):
        return i
    k = i - 1  # "for" of "Minister for Human Development Pratiwi Susanto", whose run
    while k > 0 and toks[k].text[:1].isupper() and not given_name(toks[k].text):
        k -= 1  # starts at "Development" ("Human" opens no name)
    if k < 0 or toks[k].base not in {"of", "for"}:
        return i
    if k == 0 or not (_needs_an_object(toks[k - 1]) or _post_noun(toks[k - 1])):
        # no title's object ("871 votes for Leiataua Ruta Solomona"): only a person's
        # noun before a sure given name is cut ("the challenge of Welshman Jimmy Watkins")
        return _past_person_nouns(toks, i, j)
    start = i
    if k == i - 1 and j - i >= 3 and k > 0 and _needs_an_object(toks[k - 1]):
        # "the secretary of the Security Council of Abkhazia Astamur Kvitsinia": a title's
        # or a body's "of" has an object, so its first word is no name's, even when no
        # list knows it for a place ("Abkhazia"); not "the son of Astamur Kvitsinia"
        start = i + 1
    for p in range(i + 1, j - 1):
        if gender(toks[p].base) in SURE:
            return p
        if toks[p].text == "." or toks[p - 1].text == ".":
            continue  # inside initials: "D.Ganbold", "T. V. Rao"
        if not given_name(toks[p - 1].text) or toks[p - 1].text in gazetteer():
            start = p  # "Relations" is a word, "London" a place: the name starts after it
    return start
