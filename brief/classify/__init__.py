"""Assign each sentence to one profile section (or "other") by weighted cue phrases.

Why rules and not a model: the sections are the user's (a TOML file), so the only
knowledge available is the cues they wrote. A cue matches its word's inflected forms
(brief.inflection), so "attacked", "attacks" and "attack" are one cue, while "mobile" is
not "mobilize". Three adjustments make event semantics work with plain cue lists:

* each distinct cue counts once per sentence, so a repeated word cannot dominate;
* a word before an office with a portfolio ("the economy minister", "the energy
  ministry") names the topic its holder speaks to, not an event: it counts half;
* a negation just before a cue ("did not attack") halves its weight;
* cues in a background clause ("after ...", "despite ...", "although ...", "where ...")
  count half, and its negative cues not at all; an opening one ("Despite the truce, ...")
  ends at its comma (or at the next one, after a participle clause with its object that
  goes on it: "Hours after a shell hit the post, wounding two peacekeepers, ..."), and so
  does a relative clause set off by commas ("the envoy, who
  had fought in the war, met ..."): it adds to its noun, and the main clause reports.
  So does a restrictive relative clause that closes the sentence's subject, from its
  pronoun to the main verb ("Two militias that signed the 2024 accord fought each other
  ...": it says which militias, and the fighting is the event), where no punctuation or
  other clause's word stands between and the pronoun leaves a gap ("the claim that X
  lifted its sanctions" is a noun's content, left as it is).
  One that starts after the main clause's first cue runs to the sentence's end ("troops
  shelled the town while envoys met"). A relative clause that closes the sentence and
  is dated by a year ("still recovering from cyclones Idai and Kenneth, which struck in
  2019 and killed more than 600 people") is history: its cues count for the profile's
  supporting section (Background), not their own;
* a *frame* (a predicate a section declares, like "threaten", "call for" or "ambush")
  damps the other sections' cues that follow it: "threatened to attack" is a threat
  (diplomacy), "called for the withdrawal of troops" a demand, not a troop movement,
  and "ambushed a convoy carrying negotiators" an attack. The first frame governs: a
  frame inside another section's frame is part of its object, not a new event, and one
  right after a relative pronoun ("people who shelled our villages") describes its noun
  and governs nothing, and so does one where a longer phrase against its own section
  starts ("bodies bearing signs of torture": "signs of" is evidence, not signing). A
  second "that" clause coordinated with a frame's first ("denied that its forces had
  fired ..., and that the figures were exaggerated") is its object too, however far it
  starts. A word against the section in the object of its own frame names
  the topic of a speech act ("tears into the government, calling the relief effort 'a
  mixture of neglect and theft'") and counts nothing; in a `physical` section's object
  it still says the act is a figure ("fought back to win 6-4");
* a cleft ("It was the navy, not the coast guard, that traded fire") tells its event in
  the clause after the focus, which is no aside though a comma stands before it; a
  focus that is a time or a cause ("It was the first time since the 2019 attack that
  ...") is background, as an opening "Since ..." is;
* a quotation that opens the sentence, set apart by a dash or "was how" ("'We deeply
  regret ...' — with those words, the chief acknowledged that ..."), is the act, and the
  rest says who spoke and of what: the quotation's frames govern to the end, and one the
  rest calls how someone described something is a judgement (the sentence holds the word
  "characterisation", as a result in numbers holds "scoreline"), and so is an act a side
  describes ("The Foreign Ministry described the decision to demolish the memorial as
  sacrilege"), by a finite verb with its object before "as", whose frames govern the act
  described;
* the attribution ("..., military officials said", "The army said that ...", after where
  or how it was said: "In a post on X, the ministry said ...") is set
  aside: who reported an event is not the event, and so is a record that opens the
  sentence before "shows" ("Footage shared on Facebook shows officers beating ..."). A
  saying that is the second of two predicates of one subject ("The government declared a
  red alert and said ...") is none: the first reports an event, and nor is a participle
  on its subject, whose main verb follows where and when it was said ("The amnesty
  announced in Minsk on Independence Day is a transaction"). A participle clause of
  saying after it ("..., the border service said, blaming the other side for shooting
  first") hangs on the saying: what the source added, blamed or cited is background to
  the event, and so is an adjunct of time or cause after it ("..., the commissioner
  said, a week after two people were killed in a land dispute"): it tells the news's
  setting;
* a main clause that tells no event (no cue that names one by itself) leaves it to the
  clause below, as features tell it: an after-clause in the past perfect ("The bodies
  were found on Sunday, a week after armed men had dragged them off a bus") and a
  relative clause set off by a comma that closes the sentence with an agent of its own
  ("..., which the US Treasury placed on its sanctions list") count whole, not as
  background; one dated by a year is still history;
* talking with another state ("spoke to the Emir of Qatar", "talked with Ankara") is a
  consultation: the sentence holds the word "consult" at the verb, whose object names a
  state itself or one of its offices (officials speak to reporters every day), or whose
  subject names two states, with nothing after it but the talk's channel, length or manner
  ("the heads of the two states' coast guards spoke over their hotline");
* a market's move told as an event's consequence ("Brent rose 4% after troops and a
  militia fought for the terminal", "..., and shares in the stevedore jumped 9%",
  "..., sending the stock down 4%", "a move investors read as a sign of stability",
  "Analysts cut their forecast, citing ...") is the business press's frame around the
  event: the move is background, and the clause it answers is the sentence's event, not
  its setting. Only where the sentence tells an event outside the move (a cue of a
  section whose actors it names): a move that answers nothing told is the market's own
  news ("shares rose on speculation that it is in takeover talks");
* force promised on a condition, under a modal of promise or possibility ("would strike
  ... should further attacks be launched", "may cut its aid unless ...",
  "Unless the militia withdraws, troops will attack", "Any further rocket fire will be
  answered in Beirut": a subject opened by a free-choice "any" is a condition, and so is
  an answer's object so opened, "would respond ... to any incursion"), or an
  act of answering or a sanction so promised ("will respond ... should a shell land",
  "will cut power supplies to the enclave if ..."), is a threat:
  the sentence holds the word "ultimatum" at the modal, whose frames govern the force
  promised as "threatened to" does, and the condition's clause is background. A right
  reserved to answer or to coerce ("reserves the right to respond to any misadventure")
  is such a promise, whose condition the side keeps to itself;
* a past counterfactual ("Had Caracas not massed troops on the frontier, this column
  would be about oil revenue", "... would have opened had the navies not exchanged
  fire") says the opposite of each of its clauses: a negated one tells what happened,
  and its negation halves nothing; an affirmative one tells what did not, and counts
  nothing. The consequence's modal is the counterfactual's form, not a hypothetical
  act, and the sentence promises nothing on a condition;
* an order given to a state itself ("Beijing told Manila to remove the buoy") is a
  demand of it: the sentence holds the word "urge" at the verb, whose frames govern the
  act ordered; so does a pseudo-cleft of wanting ("What the opposition wants ... is a
  full recount"), at its verb, and a verb of wanting whose object is asked from a state
  ("expects a full account from Bogota");
* force in the object of a verb of averting ("going over ways to avoid clashes", "to
  avert a war") did not happen: a `physical` section's cues there count nothing and
  frame nothing, unless the averting failed ("failed to prevent the massacre");
* a side kept out by a verb whose forms are nouns too ("Sri Lanka bars foreign research
  ships from its ports"), told from the noun by its object before "from", is a ban: the
  sentence holds the word "ban" at the verb, whose frames govern those kept out;
* a section may declare its predicates physical (`physical`: force acts on people,
  places and things): one whose object is a text or a decision ("Lawmakers shot down a
  government proposal", "torpedoed the bill", "the deal was struck") is a figure of
  speech, neither the section's cue nor its frame, and the sentence's other words say
  what it reports. A decision's noun in the subject with an act for its complement
  ("Kyiv's decision to send three brigades to the border is prudent") names the act the
  writer judges, and says nothing against the section; a gerund with its object in the
  subject before a form of "be" ("Raiding a newsroom at dawn ... is what a government does
  when it has something to hide") names a kind of act the predicate judges: its cues and
  frames count nothing, and the sentence holds a judgement; "under fire" from a source that
  speaks ("from lawmakers") is criticism, not shots (`under_fire`);
* a section may name the kinds of actor its events take place between (`participants`:
  PLOVER codes events between political actors, so "agreed a deal", "signed" and "met"
  are diplomacy when states, governments, officials or international bodies do them, and
  not when a carmaker or a football club does). A state in the possessive is a
  nationality ("Japan's largest bank") but before the noun of an event, whose agent it
  is ("Rabat's rebuke of the referendum"). In a sentence that names none of them,
  the section's cues count 0.15. A sentence that refers back to its actor takes that
  actor's kind from its article, when the caller says which article each sentence is
  from: by a pronoun subject ("He agreed to ..."), from the sentences just before it; by
  a name ("Ms Adebayo said ..."), from the title or apposition where it was first named.
  Without the articles, a sentence with a pronoun subject is not judged on this at all.
* a section may declare its events to be between states (`foreign_sides`): in an article
  about one country's own affairs (the country it names most, and fewer than two
  sentences naming another state or body), a sentence needs another state, an
  international body or an envoy among its sides, or the section's cues count 0.15. A
  minister's domestic policy or a party's election spat is not diplomacy; the same
  criticism of another state is. Sentences judged without their articles are not judged
  on this;
* a result in numbers ("beat Wales 11-9") gives the sentence the word "scoreline", so a
  profile can count a game against force like any other cue;
* a section may take another's force when it is sent to a hazard's victims
  (`[sections.relief]`: PLOVER's AID, not MOBILIZE): "ordered the army to deploy 5,000
  troops to isolated communes" in a typhoon's story is relief, by a word of sending, a
  purpose or destination of relief, and a hazard named by the sentence or by its
  article's lead (a sentence of the relief's section, its toll);
* a cue may count only when the sentence names a kind of actor (`actor_cues`): "on
  standby" reports readiness of force when troops are on it, "killed" a disaster's toll
  when a cyclone does it, "crossed into" flight when people do it.

A sentence is judged by what its main predicate reports, so the cue lists are the
predicates of each kind of event (PLOVER's categories and their dictionary synonyms),
not words seen in particular sentences.

Equal totals go to the section whose strongest single cue is higher, not to the first
section. The per-section scores are returned with the choice so the JSON can explain it.

The package, one module a job:

* wording: a sentence's tokens and stems, and which words are inside a name;
* headlinese: a label before a colon set apart, and a line in capitals read in lower case;
* phrasal: a phrasal verb split by its pronoun object ("set it alight"), and a verb of
  putting by force split from "into" by its object ("bundled the man into a van"), read
  joined;
* clauses: the attribution and an opening background clause, set apart;
* subordinate: the event told below a main clause that tells none;
* clefts: a cleft's focus and the clause that tells its event;
* conditions: force or a sanction promised on a condition, a threat;
* counterfactuals: a past counterfactual's clauses, which happened and which did not;
* conversations: a side talking with another state, a consultation;
* directives: an order given to another state, or what a side wants put in focus, a demand;
* averted: what a verb of averting keeps from happening ("to avoid clashes");
* under_fire: "under fire" from a source that speaks ("from lawmakers") or for a deed
  ("for blocking a statement"), criticism, not shots;
* exclusions: a side kept out by a verb whose forms are nouns too ("bars ships from its
  ports"), a ban;
* openers: a quotation that opens the sentence, and what the rest says of it;
* described_as: an act a side describes as something, a judgement;
* reactions: a market's move, push or reading, or a page's own change (a festival called
  off, flights suspended), told as an event's consequence;
* scoreline: a result in numbers;
* participants: the kinds of actor a sentence names, and the states it has as sides;
* references: what a sentence refers back to (a pronoun subject, a name first met earlier);
* matcher: the profile's cues compiled, and a sentence scored and assigned;
* articles: the sentences of whole articles, each judged with what its article tells.
"""

from brief.classify.articles import Article, classify_all, classify_with_headlines
from brief.classify.clauses import reported
from brief.classify.matcher import OTHER, actor_kinds, classify, load_matcher
from brief.classify.participants import one_country, sides
from brief.classify.references import title_and_apposition
from brief.classify.wording import inside_names, tokens

__all__ = [
    "OTHER",
    "Article",
    "actor_kinds",
    "classify",
    "classify_all",
    "classify_with_headlines",
    "inside_names",
    "load_matcher",
    "one_country",
    "reported",
    "sides",
    "title_and_apposition",
    "tokens",
]
