"""Score section classification on PLOVER-labelled news sentences.

Each sentence of `plover/events.jsonl` carries a PLOVER event type. Types of force map
to "military", types of talk, demand, refusal, threat, agreement and sanction to
"diplomacy"; the other types are not scored. A prediction of any other section (or
"other") for a scored sentence is a miss. Two splits into halves are reported, even and
odd lines, and a split by a hash of the text (so neighbouring lines of one event type
fall on both sides): a change to the cues is kept only when it helps both halves of
both splits, a guard against fitting the cues to individual sentences.

The dev halves are small (62 sentences each), so they cannot tell whether the cues
generalise. The fresh set (`tools/data/sections-fresh.jsonl`) is an independent check:
sentences written for it in the style of wire news, in batches from different angles,
labelled by PLOVER's definitions before brief's predictions were seen. Each batch is
reported on its own rows; a batch written after tuning and never tuned on is the
closest thing here to the held-out set.

    python -m tools.eval_sections --data ../shared/eval [--profile geopolitics] [--errors]
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from brief.classify import OTHER, classify_all, classify_with_headlines
from brief.ingest import make_source, parse_text
from brief.profiles import load_profile
from brief.segment import segment
from brief.story_profile import article_leads, place
from tools import quiet_ingest

GOLD: dict[str, str] = {
    **dict.fromkeys(("FIGHT", "ASSAULT", "MOBILIZE"), "military"),
    **dict.fromkeys(
        (
            "AGREE",
            "CONSULT",
            "DEMAND",
            "REJECT",
            "THREATEN",
            "DISAPPROVE",
            "SUPPORT",
            "CONCEDE",
            "SANCTION",
        ),
        "diplomacy",
    ),
}
SCORED = ("military", "diplomacy")
# The BBC desks hold few crises: the share of their sentences in each of these sections is
# how often the cues take ordinary news for one (humanitarian has no PLOVER labels here).
OFF_TOPIC = (*SCORED, "humanitarian")
# Sentences written for this check, not drawn from the dev data (see report()).
FRESH = Path(__file__).resolve().parent / "data" / "sections-fresh.jsonl"
# PLOVER labels no humanitarian event: sentences written for that section's check, half
# of people harmed, displaced, in need or helped, half of the same words in other events.
HUMANITARIAN = Path(__file__).resolve().parent / "data" / "sections-humanitarian.jsonl"
# Crime, accidents, domestic politics and weather (outside the profile) beside military,
# diplomatic, economic and humanitarian events: sentences written and labelled for this
# check before brief's predictions were looked at.
DOMESTIC = Path(__file__).resolve().parent / "data" / "sections-domestic.jsonl"


@dataclass(frozen=True)
class Scores:
    n: int
    rows: dict[str, tuple[int, float, float, float]]  # section -> (support, P, R, F1)
    macro_f1: float
    accuracy: float


def load(data_dir: Path) -> list[dict[str, str]]:
    return read_jsonl(data_dir / "plover" / "events.jsonl")


def read_jsonl(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def score(gold: Sequence[str], predicted: Sequence[str]) -> Scores:
    rows: dict[str, tuple[int, float, float, float]] = {}
    for section in SCORED:
        tp = sum(g == section and p == section for g, p in zip(gold, predicted, strict=True))
        pred = sum(p == section for p in predicted)
        support = sum(g == section for g in gold)
        precision = tp / pred if pred else 0.0
        recall = tp / support if support else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        rows[section] = (support, precision, recall, f1)
    macro = sum(r[3] for r in rows.values()) / len(rows)
    accuracy = sum(g == p for g, p in zip(gold, predicted, strict=True)) / max(1, len(gold))
    return Scores(len(gold), rows, macro, accuracy)


def hash_half(text: str) -> int:
    """0 or 1 from the text alone, so the split does not follow the file's order."""
    return hashlib.sha256(text.strip().encode("utf-8")).digest()[0] % 2


@dataclass(frozen=True)
class Labelled:
    line: int  # 0-based line of the file, for the even/odd split
    gold: str
    record: dict[str, str]


def labelled(records: Sequence[dict[str, str]]) -> list[Labelled]:
    return [Labelled(i, GOLD[r["event"]], r) for i, r in enumerate(records) if r["event"] in GOLD]


def dev_parts(rows: Sequence[Labelled]) -> list[tuple[str, list[int]]]:
    """All dev sentences, the even/odd halves and the hash halves."""
    return [
        ("all", list(range(len(rows)))),
        ("even lines", [k for k, row in enumerate(rows) if row.line % 2 == 0]),
        ("odd lines", [k for k, row in enumerate(rows) if row.line % 2 == 1]),
        ("hash half A", [k for k, row in enumerate(rows) if hash_half(row.record["text"]) == 0]),
        ("hash half B", [k for k, row in enumerate(rows) if hash_half(row.record["text"]) == 1]),
    ]


def fresh_parts(rows: Sequence[Labelled]) -> list[tuple[str, list[int]]]:
    """The whole fresh set and each of its batches (ids "a...", "b...", ...), written apart."""
    batches = sorted({row.record["id"][:1] for row in rows})
    return [
        ("fresh all", list(range(len(rows)))),
        *(
            (f"fresh batch {b}", [k for k, row in enumerate(rows) if row.record["id"][:1] == b])
            for b in batches
        ),
    ]


def _table(
    rows: Sequence[Labelled], parts: list[tuple[str, list[int]]], profile: str
) -> tuple[list[str], list[str]]:
    prof = load_profile(profile)
    predicted = [c.section for c in classify_all((row.record["text"] for row in rows), prof)]
    lines, summary = [], []
    for name, idx in parts:
        s = score([rows[k].gold for k in idx], [predicted[k] for k in idx])
        for section, (support, p, r, f1) in s.rows.items():
            lines.append(f"| {name} | {section} | {support} | {p:.3f} | {r:.3f} | {f1:.3f} |")
        summary.append(f"| {name} | {s.n} | {s.macro_f1:.3f} | {s.accuracy:.3f} |")
    return lines, summary


def report(data_dir: Path, profile: str = "geopolitics", fresh: Path = FRESH) -> str:
    """Markdown: per-section P/R/F1 and macro-F1 on the dev halves and on the fresh set."""
    records = load(Path(data_dir))
    dev = labelled(records)
    rows, summary = _table(dev, dev_parts(dev), profile)
    fresh_records = read_jsonl(fresh) if fresh.exists() else []
    extra = labelled(fresh_records)
    if extra:
        more_rows, more_summary = _table(extra, fresh_parts(extra), profile)
        rows, summary = rows + more_rows, summary + more_summary
    lines = [
        f"## Sections on PLOVER ({profile} profile)",
        "",
        f"{len(dev)} of {len(records)} dev sentences scored: "
        "FIGHT, ASSAULT, MOBILIZE -> military; "
        "AGREE, CONSULT, DEMAND, REJECT, THREATEN, DISAPPROVE, SUPPORT, CONCEDE, SANCTION -> "
        "diplomacy. Any other predicted section counts as a miss.",
        "",
        f"The fresh rows are {len(extra)} of {len(fresh_records)} sentences of "
        f"`tools/data/{fresh.name}`: wire-style sentences written for this check, "
        "labelled by PLOVER's definitions before brief's predictions were looked at, in "
        "batches written from different angles, each after the last was tuned on. They "
        "stand in for held-out data. Batch f (session 30), written by a helper in real "
        "wire styles with misleading verbs and nominal events, scored macro-F1 0.945 "
        "held out; two changes followed (an -ly adverb before its verb, 'condemnation'). "
        "Batch g (session 33), sentences from the middle of articles from many regions, "
        "scored 0.848 held out, as low as the held-out figure we were judged by (0.850): "
        "most misses were a main event after a concessive or circumstantial opening "
        "('Although ...', 'Even as ...', 'Citing ...'), an event inside a relative "
        "clause set off by commas, or a plan read as diplomacy. Those clauses now count "
        "as background, and 'plan to' is no frame. Batch h, written after by another "
        "blind helper from the same angle, scored 0.903 held out. Session 34 then tuned "
        "on h: an opening clause led by a measure of time ('Two days before the vote,') "
        "is background only up to its comma, and 'said' with a verb right after it ('it "
        "said had incited') is no attribution. Batch i, written after that by a blind "
        "helper in registers other than the wire lede (translated state media, live "
        "blogs, communiqués, captions, posts on X), scored 0.947 held out; its misses "
        "were vocabulary ('blacklisted', 'appalled by', 'handed back', 'spoke highly "
        "of', 'reached an understanding'), now cues. Batch j (session 35), written "
        "blind in vivid verbs and idioms ('took a swipe at', 'stood shoulder to "
        "shoulder with', 'commandeered', 'rounded up'), scored 0.823 held out, the "
        "lowest since g: English says most of PLOVER's predicates in phrases as often "
        "as in verbs. The idioms of each predicate are now cues (batch f, never tuned "
        "on them, went from 0.957 to 0.970 with them), and an opening of what did not "
        "happen ('Rather than stand down, ...', 'Far from holding its fire, ...') is "
        "background, as a concessive one is. Batch k (session 36), written blind in "
        "the world's English (translated state agencies, South Asian, African, "
        "Philippine and Latin American papers, OCHA and trade press), scored 0.864 "
        "held out; its misses were that press's own words for the same predicates "
        "('acceded to the request', 'came to terms on', 'okayed', 'faulted', 'will "
        "not sit idle') and killings by hand ('hacked to death'), now cues; police "
        "put on alert stay a miss, since the same words warn of floods. Batch l "
        "(session 37), written blind in the registers of headlines, tickers, alerts "
        "and key points, a third of them events denied, called off or only feared, "
        "scored 0.849 held out (accuracy 0.716): a headline's verbs are bare or in "
        "-s ('Pacific leaders back Fiji's bid', 'Hungary blocks EU statement'), forms "
        "the cues leave to the noun they also are, and no change was made for it. Batch m "
        "(session 38), written blind as ordinary wire sentences from outlets of the whole "
        "world, a quarter of them hard as news is (unusual verbs, nominal events, background "
        "events, plans and threats), scored 0.919 held out (accuracy 0.897). Two of its "
        "misses, 'beat him to death' (a killing by hand with its victim inside the "
        "phrase) and 'lined up behind', are now cues (0.942; no other batch moved). A "
        "phrase cue matching across any pronoun or number was tried and left out: it made "
        "phrases of words that are none ('pushed it back to March', 'gave 100 in cash'). "
        "Batch n (session 39), written blind in figurative and other-domain uses of the "
        "words of force and diplomacy (a striker's 'assault on goal', a 'price war', a "
        "court rejecting an appeal: a fifth of it NONE) and real events in the passive "
        "('A ceasefire was brokered', 'Three border posts were overrun'), scored 0.930 "
        "held out (accuracy 0.891). One miss was a reading error: in 'prisoners were "
        "released ... under an amnesty announced by the council' the verb of saying was "
        "taken for an opening attribution and the release set aside; a verb of saying "
        "after the main verb, or before 'by', is no attribution now (0.938; no other "
        "batch moved). The others stay: an opposition leader's 'attack on the budget' in "
        "parliament, a union's threat of a strike, armoured units 'moved' with no one "
        "named, drones 'downed' with only the alliance that said so. Batch o (session "
        "40), written blind on the product's own kind of story (force posture and the "
        "diplomacy around it: deployments, drills, pullbacks, talks prepared, a fifth NONE "
        "look-alikes such as a ministry moving offices), scored 0.922 held out (accuracy "
        "0.902): forces on the move had no cue ('moved two mountain divisions to Ladakh', "
        "'frigates sailed through the strait', 'troops have been massing'). The profile "
        "now has an actor kind of forces (troops, formations, warships, armour), a side "
        "of force as the armed are, and their verbs of motion count for military only "
        "where forces are named, in verb forms where the word is a noun too ('the move'). "
        "Batch o is 0.951 with it, n 0.952 (its armoured units 'moved'), no other batch "
        "moved, and one BBC sentence more is military (a video game's 'rocket "
        "launchers'). Batch p (session 41), written blind in events hard to see on the "
        "surface (a noun or a passive for the verb, the event late after a date or a "
        "place, one type's words in another's event, from many regions' presses), scored "
        "0.916 held out (accuracy 0.857). Three misses were words the cues lacked: a mob's "
        "'torching of three churches', a president 'on his first trip abroad', and a "
        "'budget battle' taken for a fight; they are cues now (0.971; no other batch and "
        "no BBC sentence moved). The others stay: unions' strikes threatened and "
        "suspended, a governor's 'no intention of resigning', and 'Agreement ... was "
        "reached at talks' with no side named but the border's. Batch q (session 41), "
        "written blind after that from the bodies of articles on crises (recaps, one "
        "side's version, follow-up steps, a sixth NONE), scored 0.961 held out (accuracy "
        "0.928), and nothing was changed for it: its misses are a threat made in a quote "
        "about rocket fire, a pardon and a curfew lifted at home, a truce announced to "
        "evacuate the wounded (taken for humanitarian), and an aid agency's pause. "
        "Batch r (session 42), written blind from the bodies of articles (idioms, phrasal "
        "verbs, long attributed sentences, two events in one sentence, a fifth NONE), "
        "scored 0.861 held out (accuracy 0.820). Two misses were readings, now mechanisms: "
        "a verb of force whose object is a text or a decision is a figure of speech "
        "('Lawmakers shot down a government proposal', 'the deal was struck'; the "
        "military section is `physical`), and a participle clause of saying after the "
        "attribution hangs on the saying ('..., the border service said, blaming the "
        "other side for shooting first' is an exchange of fire). Four were phrasal verbs "
        "and resultatives, now cues: forces that 'fanned out' (read as football's 'fans'), "
        "guards who 'beat a detained reporter unconscious', a journalist 'snatched from "
        "his home', authorities who would 'go along with' a mission. Batch r is 0.971 "
        "with them (accuracy 0.918), n 0.965 (its 'attack on the budget' is no longer "
        "military, if economy), h 0.922, no other batch moved, two BBC politics sentences "
        "fewer are military, and q is unchanged. The others stay. Four have no state among "
        "their sides: a medical charity pulling out of a district, a truckers' "
        "association's threat, a bar association's demand of the chief justice, a "
        "municipal council walking back its fees. In the fifth, bishops lashing out at "
        "'regional leaders', no actor word names the leaders as heads of state ('world "
        "leaders' as one took a BBC charity's appeal for diplomacy). Batch s (session 43), "
        "written blind in constructions that hide the event (nominal events, agentless "
        "passives, denials, plans and conditions, questions, officialese of ministries and "
        "the UN, and the English of South Asian, African and Gulf papers), scored 0.943 "
        "held out (accuracy 0.885). Two misses were diplomacy's set phrases, now cues: a "
        "diplomat 'declared persona non grata', and a ministry's threat to 'take resolute "
        "and forceful measures' (0.949; no other batch and no BBC sentence moved). That "
        "threat still misses: the country it threatens is named after the attribution, and "
        "'the Chinese side' names a nationality, not a state. The others stay: a truckers' "
        "ultimatum, a deployment planned if militants do not surrender (a threat, read as "
        "military), a curfew lifted and charges withdrawn at home, and two regions' "
        "commissioners agreeing on a joint committee. Batch t (session 43), written blind "
        "in the style of the dev set's source (international wire ledes of the 1990s and "
        "2000s ending in their attribution and day, 150 sentences in the dev set's mix of "
        "labels, two in five hard: other verbs for the label, a second event in a "
        "subordinate clause, warnings and conditions), scored 0.968 held out (accuracy "
        "0.973). Three misses were readings, now mechanisms: an opening measure of time "
        "may take three words of quantity ('Less than a week after their leaders signed a "
        "truce, rebels abducted 30 pupils'), regret is a frame as an apology is (what "
        "follows it, 'after one of its patrol boats fired on a fishing vessel', is its "
        "topic), and 'a message of congratulations' is support as 'congratulate' is. "
        "Batch t is 0.990 with them; no other batch moved, and one BBC business sentence "
        "more is diplomacy (a miner that 'regretted any limit on privatisation'). The one "
        "left is an aid group pulling its staff out of a province after an ambush "
        "(SANCTION, read as military). Batch u (session 44), written blind in the prose of "
        "analysis pieces, features and live blogs (clefts, 'It was the first time since ... "
        "that ...', quotations that open the sentence, the narrative present, live-blog "
        "stamps, verbless fragments, idioms; a sixth NONE), scored 0.937 held out (accuracy "
        "0.906). Five misses were readings, now three mechanisms: a cleft tells its event in the "
        "clause after its focus, which is no aside though a comma stands before it ('It was "
        "the Houthis' military spokesman, not their political bureau, who warned ...'), and "
        "a focus that is a time or a cause is background ('the first time since the Pulwama "
        "attack of 2019 that ... had met'); a quotation that opens the sentence, set apart by "
        "a dash or 'was how', is the act, whose frames govern to the end ('We deeply regret "
        "...' — with those words, an air force chief acknowledged that his jet had bombed a "
        "wedding party) and which, when the rest calls it how someone described something, is "
        "a judgement ('A courageous and necessary step' was how ... described Kenya's "
        "decision); and a word against diplomacy in a speech act's object names its topic (an "
        "archbishop who 'tears into' the government, calling the relief effort 'a mixture of "
        "neglect and theft'). Two were words: concern at diplomacy's pitch ('voiced serious "
        "concern to his Ethiopian counterpart about reports of drone strikes') is a frame, "
        "and a cue with an official or an envoy, and states named by the plural noun ('the "
        "Gulf states had pledged') are actors. Batch u is 0.996 with them (accuracy 0.988), j "
        "0.952 and k 0.930, no other batch moved, and three BBC sentences more are diplomacy "
        "(two on what EU member states will decide, and an interview's colloquial 'the "
        "states' for America), and one BBC politics article on the Budget is placed under "
        "the economy, not diplomacy. The one left is a minister who 'tells a rally' that the army "
        "'will answer any provocation with fire' and that oil platforms 'lie well within "
        "range': the saying's present tense is read as its past is, and nothing but the modal "
        "marks the threat, where future force announced is a deployment in the other batches. "
        "Batch v (session 45), written blind on grey-zone events (cyber operations, "
        "maritime coercion, trade measures, airspace, borders, elections), half of it in "
        "the English of translated state media, scored 0.896 held out (accuracy 0.805). "
        "Most misses were that English's way of naming its sides: diplomacy names a state "
        "by its demonym before 'side' ('the Iranian side rejected the request of the Greek "
        "side'), which had been read as a nationality, so diplomacy's cues counted as if "
        "no state took part; it is the state now, and 'the two sides', coast and border "
        "guards, officers by rank ('Major General') and a 'Front' are actors. The others "
        "were words of the list: officialese's nouns ('expressed its readiness to', 'the "
        "temporary suspension of air traffic'), an ultimatum's 'or face', a 'unilateral "
        "ceasefire', defence ministries' 'firing points' and a vessel that 'rammed' "
        "another, now cues. Batch v is 0.978 with them (accuracy 0.935), s 0.955 (its 'the "
        "Chinese side will take resolute and forceful measures'), p 0.986, o 0.956, k "
        "0.934, no other batch and no BBC sentence moved. 'both sides' (rugby's) and a "
        "bare 'suspension' (an MP's) took BBC sentences and were left out. Five stay: an "
        "import restriction by a federal service of no actor word, an airspace's "
        "'closure' (the noun of a verb that is no cue), a coast guard that 'ordered' a "
        "ship to leave, a hacker group's threat, and a strait that 'could be closed ... if "
        "the threats continue' (its conditional, read as a market's oil). "
        "Batch w (session 45), written blind after that as ordinary wire sentences of the "
        "crises of 2024-2026 (Sudan, the Sahel, Gaza and Lebanon, the Red Sea, Ukraine, "
        "eastern Congo, Myanmar, Haiti, the South China Sea; a third hard as wire copy is, a "
        "sixth NONE), scored 0.921 held out (accuracy 0.920) and was not tuned on: its "
        "misses are a condemnation after an opening that tells the shelling it condemns, "
        "a threat worded as what a state 'will treat as' involvement in the war, an exchange "
        "of fire after a ceasefire's opening, a strike on a school sheltering the displaced "
        "(read as humanitarian), a denial and an admission whose objects are shootings, and "
        "an aid agency's suspension after the ambush that forced it. "
        "Batch x (session 46), written blind from the regional press of Africa, Latin "
        "America, South and Southeast Asia, the Caucasus and Central Asia (police and army "
        "operations, communal violence, coups, disputed elections, talks with rebels, "
        "regional blocs' sanctions; long attributed sentences with a second event in a "
        "subordinate clause, a seventh NONE), scored 0.947 held out (accuracy 0.947). Its "
        "misses: a truce agreed 'following three days of clashes', an understanding "
        "reached 'a week after two people were hacked to death' (both read as the "
        "fighting), a threat to strike 'should further attacks be launched', and clan "
        "elders' talks convened by a county commissioner (no state among the sides). "
        "Session 46 read them so: the trailing setting already counted half (background "
        "after the main clause's cue), and three misses were that diplomacy saw no actor "
        "('armed groups', a 'deputy commissioner', a 'county commissioner' are actors now, "
        "the Commonwealth's High Commissioners envoys); an adjunct of time or cause after "
        "the attribution ('..., the deputy commissioner said, a week after ...') is set "
        "aside with it; and force promised on a condition ('would strike ... should further "
        "attacks be launched', 'Unless ..., troops will attack') is a threat, its condition "
        "background. Batch x is 1.000 with them, j 0.955, h 0.925, s 0.961, no other batch, "
        "dev half, humanitarian, domestic or BBC figure moved; batch w, run once after, "
        "stayed 0.921 (accuracy 0.920). Session 47 tuned on batch w and read its misses "
        "by cause. Four were readings, now mechanisms: a participle clause with its object "
        "after an opening background clause goes on it ('Hours after a shell hit a post, "
        "wounding two peacekeepers, the ministry condemned the attack': with no finite verb "
        "it cannot be the main clause, so the condemnation's frame governs the attack; a "
        "gerund subject, 'Despite the truce, shelling resumed', takes no object and stays "
        "the event); a subject opened by a free-choice word ('any', 'anyone', 'whoever') "
        "under a modal of promise is a condition, so force it names or the promise names "
        "is a threat ('Any further rocket fire ... will be answered in Beirut'; the force "
        "must be an act, a cue that alone reaches the profile's minimum, not a "
        "participant's noun such as 'troops'), which took four misses of earlier batches "
        "(c, h, i, q); a second 'that' clause coordinated with a frame's first is its "
        "object too, however far past the frame's reach it starts ('denied that its forces "
        "had fired ..., and that the casualty figures were exaggerated'); and the nouns of "
        "a strike from the air are frames, so the description of its target ('a school "
        "sheltering displaced families') is its object, not a humanitarian event. Two were "
        "words of a verb class: 'acknowledge' and 'concede' are frames of CONCEDE, as "
        "'regret' is ('acknowledged failures in the killing of ...'; 'acknowledge' alone "
        "weighs 0.5, being a remark as often), and fire exchanged, traded or returned is a "
        "fight ('came under fire' is as often a politician criticised, and is left out). "
        "Batch w is 0.976 with them (accuracy 0.977), c 0.968, h 0.929, i 0.976, q 0.980; "
        "no other batch, dev half, humanitarian or domestic figure moved, no BBC sentence "
        "moved into or out of military, diplomacy or humanitarian (three entertainment "
        "sentences and Kerry's conceded defeat went from background or economy to none), "
        "and no placement moved. Two stay: what a state 'will treat any missiles fired ... "
        "as' (a free choice in the object is as often a plan's reach: 'will send troops to "
        "any district that asks'), and an aid agency's suspension 'forced' by an ambush "
        "(the batches label a cause in the subject both ways: shelling that forced barges "
        "to divert is the fight). "
        "Batch y (session 47), written blind in registers other than the wire lede "
        "(communiqués, parliamentary records, court and police statements, NGO reports, "
        "transcripts, translated state media, analysis; nominal events, agentless passives, "
        "events denied, planned or feared, small events beside big backgrounds, look-alike "
        "idioms, a sixth NONE), scored 0.909 held out (accuracy 0.867). One miss was a "
        "reading, now a mechanism: a promise on a condition whose act is one of answering "
        "('Our armed forces will respond with every means at their disposal should a single "
        "shell again land on the territory of the republic'; 'will retaliate', 'would hit "
        "back') is a threat though no word of force stands between the modal and the "
        "condition: the act answers the condition's, as promised force does. Four were words "
        "of a class the lists lacked: a fortnight is a unit of time, so 'Barely a fortnight "
        "after the ceasefire was signed, ...' is an opening measure of time and the fighting "
        "after it the event; a meeting said as a sitting down ('the foreign ministers ... sat "
        "down together in Doha') and an expulsion said as the order that expels ('have been "
        "ordered out of the country', 'was ordered to leave the country') are cues; 'the two "
        "leaders' and 'both leaders' are officials, as 'the two sides' are envoys, and a "
        "mission's consul, defence attache and chargé d'affaires are envoys. Batch y is "
        "0.955 with them (accuracy 0.928); no other batch, dev half, humanitarian or "
        "domestic figure, BBC sentence or placement moved. Two were tried and left out: "
        "'recruit' as force with an armed side took two BBC sentences for military (a firm "
        "recruiting an official who 'handled military contracts', police forces recruiting "
        "support officers), and a bare 'attache' took 'emotionally attached'. Six stay: a "
        "militia's recruiting, read as the refugee camps it happens in; a parliament that "
        "'approved ... the call-up of 30,000 reservists' (approval is diplomacy's frame, as "
        "ratifying a deal is); officials who 'held a frank and detailed exchange with their "
        "counterparts' (no cue; Background's 'lasted' also takes 'last Thursday', but making "
        "it the verb only moved 377 BBC sentences and two placements, and was left out); a "
        "state agency's judgement with no verb of judging ('nothing but a hodgepodge of "
        "lies'); and a finance bill withdrawn after protests and an import ban, both "
        "agentless passives with no state named. "
        "Batch z (session 47), written blind from the middle and end of articles on "
        "developing crises (follow-up steps, one side's version against the other's, two "
        "events in one sentence, reported speech in chains, casualty and troop counts, "
        "openings of time, place and cause, short punchy sentences, in the Englishes of "
        "the US, Britain, India, Nigeria, the Philippines, the Gulf and Chinese state "
        "media), scored 0.849 held out (accuracy 0.778), unchanged by the tuning on w and "
        "y. Its misses, by cause. Who acts on whom: an envoy 'dispatched' with a message "
        "was read as forces sent (dispatching is force now only with forces or an armed "
        "side named); aid workers 'seized at gunpoint' were read as aid (a gun held to "
        "people is force on them, weighed as an abduction); a cabinet that 'approved the "
        "call-up of 40,000 reservists' was read as diplomacy, as y's assembly was "
        "(approving is no frame now: it authorises its object's event, so a call-up "
        "approved is a mobilisation and a deal approved a deal; 'ratify' stays one). The "
        "sides a sentence leaves to its article: 'Clashes resumed at dawn.' and "
        "'Fighting that began ... had spread ...' name no side, and force with none "
        "counted 0.15; a bare noun that is an act of force on its own, as the subject "
        "(the word after it a verb's past, an auxiliary or a relative pronoun), refers to "
        "the article's fight as a pronoun refers to its person, and takes its sides from "
        "the sentence before (a gerund with an object, 'Beating somebody', is a clause, "
        "and 'Attack helicopters' a compound). Words of a class: a bomb no side is named "
        "for ('A second car bomb went off ..., killing ...') is its attack's side, as a "
        "missile is; the militaries' 'neutralised 22 terrorists' is killing with an armed "
        "side; India's 'MEA' and a 'Department of Foreign Affairs' are envoys (not "
        "'foreign affairs' alone: a Tory spokesman's brief took four BBC sentences for "
        "diplomacy); a 'legitimate target' is a threat's words and Washington's 'entity "
        "list' a sanction. Batch z is 0.952 with them (accuracy 0.901), y 0.971 (its "
        "call-up), no other batch, dev half, humanitarian or domestic figure moved; four "
        "BBC sentences left the catch-all (three to the economy, a factory site approved, "
        "energy supplies 'approved' for a voucher scheme, a drug trial named 'Approve'; "
        "one to Background), none to military, diplomacy or humanitarian, and two business "
        "articles are now placed under the economy ('Brazil approves bankruptcy reform', "
        "'US regulator to rule on pain drug'). Background's 'lasted' does take 'last "
        "Thursday' and 'last week': negative cues for 'last' before a day or a unit of "
        "time moved 208 BBC sentences out of Background (201 to the catch-all, four to "
        "the economy, but a tennis player's 'beat him ... last year' and a minister's "
        "'firm controls' to military and a police chief's 'epidemic' to humanitarian) "
        "and two economic articles out of the profile (a "
        "building society's windfall, a phone market's outlook), which those "
        "sentences had held in it; no scored figure moved, and it was left out. Eight "
        "stay: a union's strike threat, a curfew eased and an opposition that 'wants the "
        "results annulled' at home, rights groups' condemnation (no state among the "
        "sides), 'Both sides agreed to meet again' ('both sides' is rugby's as often), "
        "'The measures freeze ... assets' and 'A second round of talks is scheduled' (no "
        "side named), and an elders' forum that 'charged the Federal Government to "
        "rescue' the abducted (Nigerian English's 'charge ... to' for a demand; a phrase "
        "cue cannot reach across its object). Batch A (session 47), written blind after "
        "z from the same angle (other regions' crises, the wires' Englishes) to check "
        "what tuning on z carries over, scored 0.899 held out (accuracy 0.827) before the "
        "changes for z and 0.899 after them: they carried nothing over, as the changes "
        "for w and y carried nothing to z. Held out, a batch of a new angle scores 0.85 "
        "to 0.92 (w 0.921, y 0.909, z 0.849, A 0.899); the tuned figures are no forecast "
        "of the next outlet's. Batch A is not tuned on. "
        "Batch B (session 48), written blind in the style of the dev set's source "
        "(international wire ledes from the early 1990s to the 2020s on every continent, "
        "150 sentences in the dev set's mix of labels, two in five hard: idioms, nominal "
        "and passive events, a second event in a subordinate clause, conditions and "
        "warnings, clefts; a sixth NONE look-alikes), scored 0.941 held out (accuracy "
        "0.898). Its misses, by cause. Two were readings, now mechanisms: a harm without "
        "force promised on a condition ('will cut electricity supplies to the enclave if "
        "border guards keep delaying lorries') was no threat, since only force or an "
        "answer under the modal made one; a sanction or coercion there (words.toml's "
        "coercion_verbs: cut, close, shut, ban, expel, suspend, freeze, impose, block ...) "
        "is one now, as PLOVER codes it (h's pipeline to be shut down 'if the transit fees "
        "are not paid' too); and an order given to another state ('Beijing told Manila to "
        "remove a navigation buoy') held no cue at all: a verb of commanding (tell, order, "
        "instruct, direct) whose object is a state itself, by its name or its seat, with "
        "'to' after it is a demand, and the sentence holds 'urge' at the verb (a state's "
        "own troops, or a people named by its demonym, told to act are none). Two were "
        "words of a class: 'attackers' who set fire to a church are armed men no side is "
        "named for, as gunmen are (the plural as written: one 'attacker' is football's "
        "forward as often), and remorse is regret's noun, a frame and a cue ('expressed "
        "deep remorse over the deaths of two fishermen', and f's 'deep remorse' over "
        "wartime labour). Batch B is 0.970 with them (accuracy 0.943), h 0.933, f 0.963; "
        "no other batch, dev half, humanitarian or domestic figure, BBC sentence or "
        "placement moved, and batch A, not tuned on, stayed 0.899 (accuracy 0.827). "
        "Pirates as an armed side were tried and left out: their threat to start killing "
        "crew members if no ransom was paid is read as a threat, but with no side of it "
        "named, and 'pirate' took 'pirated software' and 'Pirates of the Caribbean' to "
        "diplomacy. Five stay: the pirates' threat; a handover promised within 30 days "
        "('will hand the two suspects over', a phrasal verb parted by its object, which a "
        "phrase cue does not reach across); a union's threat to shut down oil terminals "
        "and unions' deadline on fuel prices (no state among the sides; the second a "
        "demand or a threat); and the bodies of bound villagers found (an assault or an "
        "inquiry, as its writer noted). "
        "Batch C (session 48), written blind after B in the same style (wire ledes from "
        "Oceania to the Andes, away from the regions the dev set and B favour; half of "
        "them hard), scored 0.830 held out (accuracy 0.843), and B's four changes moved "
        "nothing of it. Its misses, by cause. Three were B's mechanisms drawn too "
        "narrowly or words read out of their use: a sanction on a condition under a modal "
        "of possibility ('Denmark may cut its development aid ... unless the government "
        "in Nairobi acts') was no threat, since only 'will', 'would' and 'shall' promised; "
        "the modals of possibility promise now, and 'provided that', 'on condition that' "
        "and 'as long as' with their subject are conditions (a modal in a comparison's "
        "clause is none: 'more damage than any terrorist could with bombs'). A labour "
        "strike told by its length ('ending a five-day strike', 'a 48-hour strike', 'a "
        "general strike') or ended 'back to work' had been force. And a name's word after "
        "its connector is no predicate: 'the UN Committee against Torture accused ...' "
        "was torture governing the accusation; such a word is no frame and no cue now "
        "('Ring of Fire', 'Victims of Torture' too), where a topic's word there still "
        "tells the name's ('Department of Energy'), and 'against' joined words.toml's "
        "connectors. Four were words of a class: a parcel or letter bomb is its attack's "
        "side as a car bomb is; burning is force when forces or armed men do it ('houses "
        "burned by soldiers'); an assembly that 'voted down a government plan' and a "
        "side that 'would not take part' refuse. Batch C is 0.909 with them (accuracy "
        "0.899); no other batch, dev half, humanitarian or domestic figure moved, and "
        "batch A, not tuned on, stayed 0.899. Four BBC sentences moved: three out of "
        "military or diplomacy to the catch-all (a song, a torture victims' charity's "
        "spokesman, the Court of Appeal backing the Home Office), with the charity's "
        "article (children to be returned to Albania) out of the profile, and one into "
        "diplomacy ('Gazprom could face having foreign assets seized' on a court's "
        "condition, as 'would face' already read). Nine stay: a federation's refusal "
        "and herders' demand of a state company (no state among the sides); two "
        "ministers' joint patrols 'from next spring' (an agreement or a plan of force, "
        "taken by military on a tie); a minister who 'defended Ethiopia's decision to "
        "send troops' (support told by a verb of force on a decision, which counts for "
        "neither section); pirates who boarded a tanker and tied up its crew (see B); "
        "beatings told before 'a report ... charged' (an attribution by a verb of "
        "accusing, which words.toml's attribution verbs serve the figures too); an aid "
        "group's pullout after an attack on a convoy (read as military, as t's was); "
        "fishermen's lawsuit against a navy (no state among those who sue); and the bus "
        "drivers back at work after a council gave way (a concession, its writer's "
        "closest call, now in the catch-all rather than military). "
        "Batch D (session 49), written blind in the dev set's style from the places "
        "writers forget (Pacific islands, the Andes, Central Africa, the Horn, the Indian "
        "Ocean islands, the Balkans, the Gulf, the Caucasus; 1990s to 2020s, two in five "
        "hard, negation among them: police who 'did not exchange fire'), scored 0.951 "
        "held out (accuracy 0.889), before anything was changed for it. Its misses, by "
        "cause. Three were readings, now words of a class or mechanisms: a regional body "
        "was no international body ('The Caribbean Community praised ...'), the gazetteer "
        "knowing the AU and ECOWAS but not CARICOM, SADC, IGAD, the East African "
        "Community, ECCAS, the OAS, Mercosur, the Pacific Islands Forum, SAARC, BRICS, the "
        "OIC, the OECD, the UN's other agencies or the development banks; they are "
        "organisations now, by an acronym only where no other body of any country's news "
        "goes by it (not 'OAS', Canada's Old Age Security, nor 'EAC', 'PIF', 'OIC', "
        "'IOM', 'OAU'), and neither 'Interpol' (a band in music news) nor the 'European "
        "Council' (inside the European Council on Foreign Relations). An answer after a "
        "verb of saying was read as what the saying reports ('Tonga says no to "
        "Chinese-built wharf' attributed 'no to ...' to Tonga): 'says no to' and 'said "
        "yes to' are the saying's object now, a refusal and an acceptance. And a people's "
        "leaders by its demonym named no side ('Bosnian Serb leaders warned they would "
        "hold a referendum on secession if ...'): a demonym or a state's name before "
        "'leaders' or 'leadership' names the state as a party, as before 'side' ('British "
        "business leaders' keep a noun between). A warning of the warner's own act on "
        "another's act ('warned they would ... if') was tried as a threat, as promised "
        "force, answers and coercion are, and left out: 'warn' is a cue of diplomacy "
        "already, and once its actor was read the threat moved no sentence of any set. "
        "Batch D is 0.963 with them (accuracy 0.922), and batch A, not tuned on, 0.904 "
        "(accuracy 0.840, from 0.899 and 0.827); no other batch, dev half, humanitarian "
        "or domestic figure or placement moved, and five BBC sentences moved to diplomacy, "
        "each naming a body or a leadership rightly (China joining the World Trade "
        "Organisation, the G8's aid target, two of a speech on Africa's aid beside the "
        "G8, 'the Turkish leadership' and its rights record). Seven stay: a domestic "
        "court's sentence, a mayor who refused to step down and an election commission "
        "that reversed itself (no state among the sides); the World Food Programme's halt "
        "of deliveries after its drivers were killed (read as humanitarian, where C's aid "
        "group's pullout was read as military); a loan Japan 'will extend' (economy); "
        "the UN refugee agency's appeal to Djibouti to reopen its border (humanitarian); "
        "and a "
        "campaigner's body found 'riddled with bullets' after armed men dragged him from "
        "his home (neither phrase is a cue of force, and with 'gunmen' it stays out). "
        "Batch E (session 49), written blind after D was tuned on, from the wire desks of "
        "the big powers and their neighbourhoods in the 2000s to the 2020s (ledes and "
        "sentences from the middle of stories: reactions, follow-ups, background; 45% "
        "hard), scored 0.950 held out (accuracy 0.934). Its misses, by cause. Two were "
        "readings, now mechanisms. A frame stood where a phrase against its own section "
        "starts: in 'The bodies of 11 men bearing signs of torture were dumped ...' the "
        "noun 'signs of', which the profile counts against diplomacy, still governed "
        "'torture' as 'sign' governs what a state signs; such a word is no predicate now "
        "and governs nothing ('prices shot up', 'fight the election', 'an appeal for "
        "witnesses' likewise). And an answer whose object a free-choice 'any' opens (his "
        'forces \'would respond "at a time and place of our choosing" to any Indian '
        "incursion') is a threat on a condition, as a free-choice subject is, with force "
        "in the answer or in what it answers ('would respond to any questions' threatens "
        "no one; words.toml's answered_prepositions: to, against, at, for). Its military "
        "score had been -1.75: 'would' and 'any' correct force not yet used, and "
        "'speech', words that are no weapons, read the occasion of the saying ('in a "
        "speech to officers') as its topic. The dead found with the marks of violence on "
        "them, in three batches' misses (E's tortured men, D's campaigner 'riddled with "
        "bullets', B's villagers with their hands tied), are a class of cues now: bullets "
        "that riddled a body, gunshot, bullet and stab wounds, a shot in the head or the "
        "back, hands tied or bound, a blindfold, 'bound and gagged', 'execution-style', "
        "mutilation, decapitation and cut throats are force where the sentence names the "
        "dead (a body, bodies, a corpse: an actor kind of the profile, a victim of force "
        "as people are), whoever killed them; the dead of a flood, a quake or a shipwreck "
        "bear none, and marks with no body named ('his hands were tied by the rules') are "
        "no toll. Batch E is 0.970 with them (accuracy 0.956), D 0.979 (0.933), B 0.986 "
        "(0.955), o 0.965 ('no sign of the announced pullback' no longer governs the "
        "troops that arrived), and batch A, not tuned on, stayed 0.904 (accuracy 0.840); "
        "no other batch, dev half, humanitarian or domestic figure moved. Four BBC "
        "sentences left the catch-all, each once governed by 'sign': two of an article "
        "on the Fed's rate rises and a survey's growth rate to the economy (the Fed's "
        "article is placed under the economy now, from outside the profile), and a music "
        "manager's 'the perfect way to sign off' to Background (its article stays "
        "outside). Four stay: the World Food Programme's suspension after armed men "
        "looted its warehouses (read as humanitarian, as D's halt was); India blaming a "
        "militant group for an ambush 'in which five soldiers were killed' (the killing "
        "past the 20 words a frame governs); Israel's 'go-ahead' for labourers from Gaza "
        "(no cue of a concession); and Turkey's refusal to open its border to more "
        "Syrians fleeing (humanitarian). "
        "Batch F (session 49), written blind after E was tuned on, in the English of the "
        "English services of non-English agencies and papers (translated state agencies, "
        "the Gulf's, South and East Asia's, Africa's and Latin America's English editions, "
        "their idioms and officialese; 1990s to 2020s, 45% hard), scored 0.934 held out "
        "(accuracy 0.885). It is not tuned on: with batch A, it is the check of what the "
        "next changes carry to sentences nobody tuned on. "
        "Batch G (session 50), written blind in the English of local and regional outlets "
        "of the English-speaking world (US metro dailies and local television, Irish, "
        "Scottish, Canadian, Australian, New Zealand, African, Caribbean, South Asian and "
        "Philippine papers, defence trade press; their idioms: 'pulled the pin', "
        "'lathi-charged', 'bandh', 'encounter'; 1990s to 2020s, 47% hard), scored 0.913 "
        "held out (accuracy 0.862). Its misses, by cause. One was a reading, now a "
        "mechanism: what one side 'wants' a state to do is its demand of it, as an order "
        "is ('The mayor wants Washington to pull the National Guard troops off the "
        "streets' had been read as the troops' withdrawal): 'want' is a verb of directing "
        "of words.toml's command_verbs, with a state itself for its object and the "
        "infinitive of an act ('wanted the UK to be prosperous', a wish about a state, "
        "took a BBC sentence and is none). Four were the local press's words for the "
        "predicates, now cues: an expulsion as the time given to go ('given 72 hours to "
        "leave Kenya'), a suspension as 'put on hold' (arms export permits, a frame as "
        "'suspend' is), a pledge as what a state 'will contribute' towards rebuilding, "
        "and a judgement of another side by an adjective of disapproval ('deeply "
        "unhelpful', with 'unwarranted', 'regrettable', 'deplorable', "
        "'counterproductive', beside 'unacceptable'). And 'bandits', the armed gangs of "
        "Nigeria's and Kenya's news, are an armed actor, a side as a militia is: their "
        "warning to villagers to pay a levy 'or face attacks' had been read as the "
        "attacks (a 'one-armed bandit', a slot machine, is no cue of force now). Batch G "
        "is 0.978 with them (accuracy 0.931), and batches A and F, not tuned on, stayed "
        "0.904 and 0.934; no other batch, dev half, humanitarian or domestic figure or "
        "placement moved, and one BBC tech sentence more is diplomacy (EU patent rules "
        "'put on hold' after Poland's intervention, as 'suspended' took it). Six stay, "
        "each with no state among its sides: community leaders who 'hit out at' an "
        "immigration raid, a Garda Commissioner who 'does not see any purpose' in a "
        "meeting, a farmers' union's 'It is for the State Government to withdraw the "
        "cases', a rail deal struck with two unions (read as the economy's wages), a "
        "teachers' union's threat to shut schools, and a land council's threat to 'pull "
        "the pin' unless 'the Commonwealth' (Australia's federal government, not a "
        "state's name to the gazetteer) restores its funding. "
        "Batch H (session 50), written blind after G was tuned on, in the dev set's own "
        "style (international wire ledes of the 1990s to the 2020s) on the regions and "
        "kinds of event the dev set rarely covers (Central Asia, the Caucasus, the Andes, "
        "the Horn, the Great Lakes, the Pacific, the Arctic; fisheries, water and border "
        "disputes, hostages, peacekeeping mandates, inspections, extraditions, refugee "
        "returns; 45% hard), scored 0.908 held out (accuracy 0.851). Its misses, by "
        "cause. Two were readings, now mechanisms: a pseudo-cleft of wanting states a "
        "demand ('What the opposition wants, its spokesman told a news conference, is a "
        "full recount' had been read by its ballots alone): the sentence holds the "
        "directive's word at its verb, whose frames govern the focus (words.toml's "
        "wanting_verbs: want, expect); and 'can expect' is a modal of promise, a "
        "consequence foretold ('Peacekeepers ... can expect to come under attack if they "
        "keep up cordon-and-search operations' is a threat, not the attack; 'can' alone, "
        "ability or permission, is none). Five were the wire's words for the predicates, "
        "now cues: a rebuke as taking 'to task' (not 'up to the task'), support as "
        "having 'come out in favour of' a candidate, a demand kept up as 'holding out "
        "for', a state's ports or airspace closed 'to' another's ships or planes (a "
        "sanction, with 'ports' as written: a port to the north is none), 'deeply "
        "troubling' beside 'unhelpful' (as written: 'trouble' and 'troubled' are none), "
        "and an armed side's phrasal verbs of clearing ground ('cleaned out rebel "
        "positions', 'mopping up'; force only where an armed side is named, not a "
        "burglar's). Batch H is 0.963 with them (accuracy 0.931), v 0.983 (its "
        "'closure of Niger's airspace to all French aircraft'), and batches A and F, not "
        "tuned on, stayed 0.904 and 0.934; no other batch, dev half, humanitarian or "
        "domestic figure or placement moved, and one BBC tech sentence leaves military "
        "('What we want to do is ... push the attacks further back', a pseudo-cleft). "
        "Six stay: an activist 'who had received death threats' shot dead (the threats "
        "read as the news, and an activist is no officeholder whose shooting is "
        "political), Kigali telling the UN mission that it 'expects' militia camps 'to "
        "be dismantled' (a forecast in the same words), Vanuatu's fisheries law drawing "
        "'a sharp rebuke' from a regional agency (a state in the possessive is a "
        "nationality, and the agency no body of the gazetteer), guerrillas' warning that "
        "hostages' 'lives would be in danger if the army pressed on' (no force promised, "
        "and a hazard's warning says the same), captors 'holding out for a ransom' (no "
        "state or armed side named; a ransom is a crime's demand to the profile), and "
        "mining cooperatives' threat to dynamite bridges if Congress passes a law (no "
        "state among its sides). "
        "Batch I (session 50), written blind after H was tuned on, in the English of "
        "Europe's press and the EU's institutions (English editions of continental papers, "
        "Council conclusions, Commission and Parliament texts, NATO and OSCE communiqués, "
        "foreign ministries' readouts; 1990s to 2020s; 45% hard), scored 0.912 held out "
        "(accuracy 0.851). Its misses, by cause. Five were Europe's words for the "
        "predicates and its sides, now cues: a protocol 'initialled' (signing, as written: "
        "not the adjective 'initial'), a government with 'no intention of' amending a law "
        "(a refusal declared in advance), a state's market shut or closed to another's "
        "goods (an embargo, and a frame as 'ban' is: the citrus fruit is its object, not "
        "the economy's news; a market opened to them is none), the prefect whose offer "
        "farm unions accepted (the state's representative in a department or province, an "
        "official as a district commissioner is), and a region's leaders by the region's "
        "adjective ('the six Western Balkan leaders committed themselves to ...', "
        "'Nordic', 'Baltic', 'Arab' leaders: heads of states, as a demonym's leaders are; "
        "not 'world' or 'regional' leaders, nor 'business leaders'). Batch I is 0.932 "
        "with them (accuracy 0.908), and batches A and F, not tuned on, stayed 0.904 and "
        "0.934; no other batch, dev half, humanitarian or domestic figure, BBC sentence or "
        "placement moved. Two readings were tried and left out. A condition's clause as "
        "background for any promise, not only a threat ('would let the monitors in "
        "provided that the threat of air strikes is withdrawn' is an offer, read as the "
        "strikes): F rose to 0.955, but A fell to 0.899 and a and i fell, whose threats "
        "('would not hesitate to act if the militias crossed') hold their force in the "
        "condition. And an attribution by 'told' with any listener ('..., refugees "
        "arriving in Tuzla told UNHCR staff', where only setting words such as "
        "'reporters' are read): A fell to 0.893, E, F, h and r with it, whose "
        "attributions' words ('a military intelligence officer told AFP') had carried "
        "the sentence's side or section. Eight stay: that torching of a village read as "
        "flight by its attribution's refugees and UNHCR; that conditional offer; a "
        "farmers' federation's and a pilots' union's threats and seasonal workers shot "
        "after asking for their wages (no state among the sides); a threat to 'stop "
        "electricity exports' if transit checks go ahead ('stop' is no verb of coercion: "
        "as often it promises relief, 'would stop the shelling if'); a pledge to 'match' "
        "the Commission's contribution (read as sport's 'match'); and 'What Brussels "
        "expects from Budapest ... is that ...', whose seats the gazetteer reads as the "
        "cities (a seat before 'expects from' is no subject of a verb to it), so no side "
        "is named. "
        "Batch J (session 51), written blind after I was tuned on, in the forms through "
        "which news reaches an analyst (live-blog entries, television and radio transcript "
        "lines, headlines and standfirsts, newsletter bullets, posts quoted from social "
        "media, captions, analysis sentences) from the English-language press of Africa, "
        "South Asia, Latin America and the Middle East (46% hard), scored 0.869 held out "
        "(accuracy 0.782). Its misses, by cause. Two were the forms' constructions, now "
        "mechanisms: a record that opens the sentence before 'shows' is its source, set "
        "aside as an attribution is ('Footage shared widely on Facebook shows plainclothes "
        "officers beating ...', whose sharing had been read as a market's shares against "
        "force; words.toml's showing_nouns: footage, video, image, photo, picture), and a "
        "word of a section before 'minister', 'ministry' or 'secretary' is the office's "
        "field, the topic its holder speaks to, and counts half as a background clause's "
        "word does ('Argentina's economy minister ruled out the devaluation' had tied with "
        "the economy; words.toml's portfolio_heads; not a verb before the office, 'accused "
        "ministers of', nor 'former'). Two were words of a class the cues lacked, now cues: "
        "solidarity by the copula said to the one addressed ('Haiti, Mexico is with you', "
        "'we are with you'), and an alert's leave cancelled for the ranks ('All leave has "
        "been cancelled for army and police personnel', 'cancelled all leave'; only with an "
        "armed side named). Batch J is 0.915 with them (accuracy 0.828), d 0.980 (its army "
        "that 'cancelled all leave and recalled soldiers'), and batches A and F, not tuned "
        "on, stayed 0.904 and 0.934; no other batch, dev half, humanitarian or domestic "
        "figure, BBC sentence or placement moved. Five changes were tried and left out. The "
        "state's prosecutors as officials ('Egypt's public prosecution ordered the release "
        "of 29 people'): a couple's kidnapping told by prosecutors went to military in the "
        "domestic check, and a BBC extortion case to diplomacy. 'insistence' as a demand's "
        "noun: a football chairman's 'insistence that all offers will be refused' went to "
        "diplomacy, and its J sentence still names no side. A frame inside a background "
        "clause governing nothing (a pull-back 'on the table' that Addis Ababa 'has said yes "
        "to', damped by 'the positions held before the fighting'): that sentence and o's "
        "reservists reporting after a mobilisation decree were right with it, but twelve BBC "
        "sentences moved, one into military. And 'parties' as a kind of party ('Tamil "
        "parties to skip all-party conference', with 'skip' as a refusal): b and k rose, but "
        "an archbishop who 'wrote to all three parties urging them' went to diplomacy. And "
        "posts' verbs as attributions ('posted', 'wrote', 'tweeted'): nothing moved, J's "
        "posts being read by their cues already. Fifteen stay. Seven have no state among "
        "their sides as the profile reads them: a workers' federation backing striking "
        "teachers, a doctors' union's strike notice, striking doctors voting to return to "
        "work, Cosatu's 'Our answer is no' to the Treasury's wage freeze, indigenous "
        "leaders' demand of the federal police, the Law Society condemning a killing by "
        "police, and Egypt's public prosecution ordering 29 detainees released (a state in "
        "the possessive is a nationality, and prosecutors were left out above). Two name "
        "their state by its seat where the gazetteer reads the city ('is for Pretoria to "
        "scrap the new permit fee', 'Abuja's insistence that Niamey reopen the border': a "
        "seat acts only as the subject of a finite verb, in the extractors' places, outside "
        "the classifier). The others: detainees to be exchanged 'under terms reached in "
        "Muscat' (the agreement in an opening, the exchange no cue), 'There will be no visa "
        "for the UN special rapporteur' (a refusal by a negated existential), those Tamil "
        "parties, journalists 'let on to' a camp, that pull-back, and a caption whose act, a "
        "stall set ablaze, is in its 'after' clause while the picture's present tense "
        "('inspects what is left') and the 'market' hold the main clause (a caption with its "
        "credit is page furniture the brief never makes a bullet, so no reading of captions "
        "was made). "
        "Batch K (session 52), written blind after J was tuned on, in the words of "
        "non-wire sources in the Englishes of the world (translated communiqués and "
        "readouts, court findings, situation reports, police and army press notes, "
        "parliamentary answers, the local press of South Asia, Africa, the Philippines, the "
        "Caribbean and Ireland; events hedged, denied, threatened or embedded, and words "
        "that mislead: a 'fight' against inflation, an 'attack' on a levy), scored 0.866 held"
        " out (accuracy 0.844). Its misses, by cause. Two were readings, now mechanisms: a "
        "right reserved to answer or to coerce is a threat whose condition the side keeps to "
        "itself ('Pakistan reserves the right to respond to any misadventure at a time and "
        "place of its choosing'; words.toml's reserving_phrases, with the verbs of answering "
        "and of coercion a promise on a condition takes; 'reserves the right to search' is a "
        "house rule), and a reason given for the act after 'on suspicion of' is its setting, "
        "as one after 'because' is (a man 'lynched by a mob ... on suspicion of cattle "
        "theft', whose theft had spoken against force). Three were words of classes the cues "
        "lacked, now cues: South Asia's police and armies' verb for their own killed "
        "('martyring two constables', 'martyred', as written and only with an armed side "
        "named; the noun of a cause's martyrs is none), the army 'called out in aid of the "
        "civil power' (the Commonwealth's term for troops deployed at home), and the ills a "
        "policy fights beside the texts and decisions that make a verb of force a figure "
        "('the governor's fight against inflation', 'poverty', 'unemployment', 'corruption')."
        " Batch K is 0.929 with them (accuracy 0.890), i 0.985 (IRNA's jets 'martyring dozens"
        " of women and children' at a school, read by the shelter's humanitarian words), and "
        "batches A and F, not tuned on, stayed 0.904 and 0.934; no other batch, dev half, "
        "humanitarian or domestic figure or placement moved, and one BBC politics sentence "
        "leaves military ('our fight against poverty and injustice'). One change was tried "
        "and left out: a judge by the Commonwealth's title as an official ('Justice Wanjiru "
        "Kibet declined to stop the eviction', so that a court declining is a refusal): two "
        "BBC politics sentences on protesters' appeal against a finding by 'Lord Justice May "
        "and Mr Justice Harrison' and two business sentences on a company's settlement with "
        "the Department of Justice went to diplomacy, and that politics article was placed "
        "under Diplomacy (a country's own court case). Twelve stay. Five have no state among "
        "their sides as the profile reads them: a tanker drivers' union that will 'withdraw "
        "their services' if the federal government fails to repair a road (a withdrawal is no"
        " verb of coercion: as often it promises relief, 'would withdraw its troops if'), "
        "gunmen's threat to kill abducted seminarians if a ransom is not paid (a ransom is a "
        "crime's demand to the profile, and the sentence is read as the kidnapping), "
        "community leaders' seven days' notice to a mining company, opposition senators' "
        "'fierce attack' on a housing levy (a country's own politics, as n's attack on the "
        "budget), and lecturers back in class after their union signed a return-to-work "
        "formula with the universities' council. The army's denial that its soldiers were "
        "behind the killing of six farmers is labelled the killing, where the earlier batches"
        " label a denial of force a refusal (j, l, m, s, t, w, x, y, z, and A, not tuned on: "
        "more than ten), as the profile reads it, so nothing was changed for it. The others: "
        "the World Food Programme suspending distributions after its warehouses were looted "
        "(an aid agency's pause, read by its own words as humanitarian, as q's, t's and w's "
        "were), pressure on Abuja to scrap a levy on imported medicines (the seat read as the"
        " city, a bar association no state), a Humanitarian Coordinator's call for safe "
        "passage in a 'where' clause after 'Access remains constrained' (the main clause "
        "tells the access), both sides that 'traded accusations' as 'the guns resumed' (the "
        "fighting told by metonymy in the 'as' clause, the main clause's 'traded' a market's "
        "word), a curfew lifted at home (as q's and s's), and that judge's refusal. "
        "Batch L (session 53), written blind after K was tuned on, in the forms of fast and "
        "spoken news (live-blog entries with their times, alerts and flashes, bulletins and "
        "pieces to camera, quoted posts, briefing answers in indirect speech, newsletter "
        "one-liners, columnists' long sentences with the event as one clause; present and "
        "present-perfect tenses, actors as pronouns or titles, events hedged, denied, "
        "threatened or second-hand, and the words of sport, business and weather; 93 of 150 "
        "hard), scored 0.963 held out (accuracy 0.917)."
        " Its misses, by cause. Three were readings, now mechanisms: a state in the "
        "possessive before the noun of an event is its agent, not a nationality ('Ankara's "
        "condemnation on Wednesday of the Cypriot gas survey', read by the survey as the "
        "economy; only the profile's one-word cues of weight 2 or more, so 'Chad's "
        "legislative election' stays an election), a verb of wanting whose object is asked "
        "'from' a state is a demand of it ('expects an immediate explanation from Minsk', as "
        "an order given to a state is), and an attribution after an opening of where or how "
        "it was said is set aside ('In a post on X, the ministry said'). One was words: an "
        "exchange of fire by its noun is a fight, and sides that 'will exchange' something "
        "(the verb, not the noun of a stock exchange or an exchange rate) deal with each "
        "other (Manila and Hanoi exchanging coast guards' phone numbers). Batch L is 0.986 "
        "with them (accuracy 0.954), J 0.919 (its own exchange), F, not tuned on, 0.938 (its "
        "'Seoul's offer'), A, not tuned on, stayed 0.904; no dev half, humanitarian or "
        "domestic figure or placement moved, and two BBC sentences moved: a business sentence"
        " on 'Argentina's current offer' to its creditors goes to diplomacy (the possessive "
        "rule; the state makes the offer, if to creditors), and a politics sentence opening "
        "'In a statement, the Department of Trade and Industry said' leaves the economy. Five"
        " stay: police freeing detained students at home, MPs' threat to walk out of a budget"
        " debate, a governor's curfew threatened at home, an opposition's suit against its "
        "electoral commission (a country's own politics, as K's and k's), and a navy refusing"
        " refugee boats (read by the refugees as humanitarian)."
        " Batch M (session 54), written blind after L was tuned on, in the words of "
        "institutions and of the wires that copy them (press releases, communiqués, Security "
        "Council and Board texts, judgments and indictments, sanctions designations, central "
        "banks' and regulators' decisions, rights groups' reports, situation reports; "
        "nominalised events, agentless passives, legal formula around the event, and the "
        "misleading words of institutions: 'operations', 'measures', 'targeted', "
        "'assistance'), scored 0.916 held out (accuracy 0.899). Its misses: abuses and "
        "killings told by a rights group's report or denied by the army (as other or "
        "diplomacy), undertakings and assurances (as other or humanitarian), a Board's "
        "'requests' and a ministry's deadline, a central bank's warning and its memorandum "
        "(as the economy), and a Treasury designation (as military, by the drones it names)."
        " Tuned on in session 54: an attribution's setting may name the text it was said "
        "in and its publishing ('..., Amnesty International said in a report published on "
        "Thursday', set apart as 'in a statement' was), and 'accounting' is an answer "
        "asked of a state as 'account' is: M 0.936 (accuracy 0.917); A and F, never tuned "
        "on, stayed 0.904 and 0.938."
        " Batch N (session 55), written blind after M was tuned on, in the English of state "
        "media and official agencies and of newsrooms writing or translating into it (the "
        "idioms of Xinhua, TASS, IRNA, KCNA, SANA, Anadolu, WAM, Bernama, ENA and ministry "
        "websites: 'neutralised', 'martyred', 'lodged solemn representations', 'exchanged "
        "views on issues of mutual concern', 'the Zionist entity', long honorific titles, "
        "agency datelines and the agency's comment wrapped around the event), scored 0.947 "
        "held out (accuracy 0.929). Its misses: a unilateral humanitarian truce (as "
        "humanitarian), two citizens 'martyred' by a drone with no armed side named, a "
        "ministry calling a memorial's demolition 'sacrilege', a threat to target ships "
        "(as military), an army that 'inflicted heavy losses' on a group, and a movement's "
        "'acceptance of the proposal' of mediators. Tuned on in session 55, each a reading "
        "or a class of words, not the sentences' own: a promised act whose object opens "
        "with the free-choice 'any' is a threat whose condition is what the object does "
        "('will target any vessel heading to the ports', as 'would respond to any "
        "incursion' was), with an armed side's 'target' and its object as force and a "
        "'move' a decision's noun ('would fight any move to sell the club' stays a "
        "takeover's); a finite verb of describing with its object before 'as', by a side "
        "of diplomacy, is a judgement of the act ('described the decision ... as "
        "sacrilege'; not a passive, a participle after the main clause, or an analyst's "
        "view); a war's 'losses' are its toll as 'casualties' are, with an armed side named, "
        "and 'Defence Force' names an army; 'the enemy' is an armed side; 'acceptance' is "
        "the noun of 'accept', and a mediator a side as a negotiator is; 'unilateral' marks "
        "an act one side declares toward another however its noun is qualified between "
        "('a unilateral 72-hour humanitarian truce'), and a humanitarian truce, ceasefire "
        "or pause takes back the adjective, its purpose. N is 1.000 with them (accuracy "
        "1.000), u 1.000 (its 'will answer any provocation with fire'), w 0.988 (its 'will "
        "treat any Western long-range missiles ... as'), b 0.996 (a foreign ministry that "
        "'described the drone strike as a flagrant violation'), H 0.967 (a ransom demand "
        "quoted from a mediator); A and F, never tuned on, stayed 0.904 and 0.938; no dev "
        "half, humanitarian or domestic figure or placement moved, and one BBC politics "
        "sentence left the economy (a Lib Dem who 'branded the Tory plans as fantasy "
        "economics'). Tried and left out: 'inflict' as force with an armed side named (a "
        "campaign 'inflicting serious damage on Labour' beside Scottish regiments), "
        "'losses' by its stem (it is 'lose': a rapper's 'Just Lose It' and an election "
        "lost went to military), 'target' in any form (a tech article's 'devices targeted "
        "towards ... the military'), 'acceptance' as a frame ('General Motors Acceptance "
        "Corp' governed its sentence), and a describing verb with any subject (a "
        "solicitor's 'described it as a historic day' went to diplomacy)."
        " Batch O (session 56), written blind after N was tuned on, in the words of the "
        "business, financial, trade and shipping press telling political and security "
        "events (market wraps, analysts' notes, insurers' notices, company statements, "
        "Lloyd's List-style shipping items: 'Brent rose 4% after troops and a militia "
        "fought through the night for the terminal', 'war-risk premiums doubled after the "
        "seizure', 'shares slid after the company said army units and rebels exchanged "
        "fire'; 1990s to 2020s, 44% hard), scored 0.811 held out (accuracy 0.762): the "
        "weakest batch yet. Its misses are mostly the market's frame taking the sentence: "
        "fighting, mobilising, agreeing, conceding, threatening and a sanction's end told "
        "beside a price or a share move went to the economy (13 of 20), a limpet-mine "
        "attack and 'kinetic activity' in an output forecast to no section."
        " Tuned on its odd ids in session 56 (the even ids held out): a market's move told "
        "as an event's consequence is the business press's frame around the event, not "
        "the event (classify.reactions): a verb of change whose subject's head is what a "
        "market prices ('Brent crude rose 4% after ...', 'Greek bond spreads widened', "
        "not 'oil output fell'), coordinated after the event (', and shares ... jumped "
        "9%'), a verb that moves a market with a market for its object (', sending the "
        "stock down 4%', 'news that lifted shares'), a market's actors reading the event "
        "in an apposition ('a move investors read as ...', 'In what brokers called a "
        "climbdown'), and an analyst's or a trader's own act opening the sentence ('cut "
        "their forecast, citing ...'). The move is background, and the clause it answers "
        "('after', 'as', 'when', 'on reports that', 'citing', or an opening 'After ...,') "
        "is the event, not its setting; only where the sentence tells an event outside the "
        "move, by a cue of a section whose actors it names, so that 'Shares in MCI have "
        "risen on speculation that it is in takeover talks' stays the market's news. "
        "Then words the cues lacked: 'terminate' (an arrangement), 'endorsement', "
        "'climbdown', 'dissatisfaction' and 'displeasure', 'gathered' by forces as "
        "'massed', and an armed group's men among the forces whose moving is force. O is "
        "0.908 with them (accuracy 0.857; odd ids 0.892 -> 0.974, even ids held out 0.742 "
        "-> 0.852; the mechanism alone 0.884), J 0.935 (a trader inspecting his stall "
        "after a mob set it ablaze), g 0.943 (a Tatmadaw column advancing), a 0.977 (a "
        "demand to stop militants 'crossing into' Afghanistan, a miss already, now "
        "military); A and F, never tuned on, stayed 0.904 and 0.938; no dev half, "
        "humanitarian or domestic figure, BBC rate or placement moved. Two BBC business "
        "sentences moved: a dollar that regained ground after South Korea and Japan denied "
        "planning a sell-off (economy -> diplomacy) and a house-price rate (Background -> "
        "economy). One fresh NONE sentence went wrong: a prospector that 'struck gold, "
        "sending its shares up' (C049) is military, as the move's words no longer speak "
        "against force, as a setting's cannot. Tried and left out: halving the move's cues "
        "against a section instead of dropping them (it kept C049 out but let 'shares' "
        "speak against the fighting the shares fell after); 'gathered' with any armed side "
        "(villagers are one, as victims); a reaction beside any cue outside it, whatever "
        "actors the sentence names (two BBC share moves, on a firm's takeover talks and "
        "its 'life-threatening' situation, left the economy). The odd misses left are a "
        "chamber of commerce's "
        "condemnation (no state among its sides), Doha, which the gazetteer does not know "
        "as Qatar's seat, and an endorsement that gave 'the Eurobond market a story to "
        "trade'."
        " Batch P (session 57), written blind after O was tuned on, in the words of "
        "opinion and analysis telling political and security events (editorials and "
        "leaders, op-eds, think-tank commentaries, risk consultancies' client notes, "
        "letters to the editor, columns: the event wrapped in judgement, hedging, "
        "rhetorical questions and counterfactuals, 'Had Caracas not massed troops on the "
        "Essequibo frontier ...'; 1994 to 2024), scored 0.904 held out (accuracy 0.881). "
        "Its misses: counterfactuals whose event went to the consequence the writer "
        "imagines (troops massed to the economy, artillery fire to diplomacy), and "
        "condemnations, a rejection, a kidnapping and a brigades' move left to no section "
        "inside a columnist's frame."
        " Tuned on its odd ids in session 57 (the even ids held out): a past "
        "counterfactual ('Had Caracas not massed troops ..., this column would be about "
        "oil revenue', 'If X had not ...', '... would have ... had X not ...') says the "
        "opposite of each clause (classify.counterfactuals): a negated clause tells what "
        "happened and its negation halves nothing, an affirmative one tells what did not "
        "and counts nothing, the consequence's modal is no hypothetical act, and the "
        "sentence promises nothing on a condition; a verb of saying followed by where and "
        "when it was said and then a finite verb is a participle on its subject, no "
        "attribution ('The amnesty ... announced in Minsk on Independence Day is, argues "
        "..., a transaction'); a decision's noun in the subject with an act for its "
        "complement ('Warsaw's decision to move two armoured brigades ... is prudent') "
        "names the act the writer judges and does not speak against force (a form the "
        "brief for this work named from an even id: the even figure is not clean of it). "
        "P is 0.955 with them (accuracy 0.929; odd ids 0.815 -> 0.929, even ids held out "
        "0.953 -> 0.973, 0.953 without the decision's rule); A and F, never tuned on, "
        "stayed 0.904 and 0.938; no other batch, dev half, humanitarian or domestic "
        "figure or BBC placement moved. Tried and left out: a faith's leaders and bodies "
        "(bishops, imams, clerics, clergy) as a side of talk and protest, as a party's "
        "politicians are (CAMEO's religious actors): P 0.959 and three batches up a "
        "sentence each, but a BBC election piece, where the Archbishop of Canterbury "
        "urges the parties, was placed under Diplomacy; 'pope' and 'cardinal' ('pop "
        "bands' share the stem; 'cardinal' is a sin and a team); and a counterfactual's "
        "imagined clause as background at half weight ('Had the rebels attacked the "
        "capital, ...' stayed military). The odd misses left are a postponed demolition "
        "(no cue of conceding), 'The North' standing for Pyongyang and a bishops' "
        "condemnation."
        " Batch Q (session 58), written blind after P was tuned on, in the words of the "
        "non-news pages telling political and security events in passing (sport, culture "
        "and festival diaries, travel advisories and airport updates, weather notes, "
        "obituaries, school and campus news, faith pages, listings: 'The Pumas' bus was "
        "stoned by opposition supporters outside the ground'; 1990s to 2020s), scored "
        "0.838 held out (accuracy 0.821; odd ids 0.843, even ids 0.834). Its misses: the "
        "event as the cause of the page's own news (a festival called off, flights "
        "suspended, a match moved) left to no section or given to the consequence, and "
        "concessions and agreements told as a reopening or a return home."
        " Tuned on its odd ids in session 58 (the even ids held out): a page's matter "
        "changed (words.toml's page_matters, a festival, a fixture, a flight, a lecture; "
        "calling_off and page_changes, 'called off', 'suspended', 'played behind closed "
        "doors', 'resumed') in a main clause that answers a cause ('after', 'days after', "
        "'following', 'since', 'now that', an opening 'After ...,', or a relative clause "
        "closing its subject: 'Lectures ..., which soldiers stormed ..., are suspended') is "
        "a reaction, as a "
        "market's move is (classify.reactions): the change is background and the clause it "
        "answers the sentence's event, so the change's words ('called off' talks, "
        "'suspended' aid, a Davis Cup 'tie') neither compete with it nor, as a frame, "
        "govern it; a change whose subject names a state or a body of states ('India "
        "suspended the bus service to Lahore after ...'; not 'Kenya Airways') is that "
        "actor's own act, a sanction or a "
        "concession, and stays the sentence's event; a cause that is an agreement stays "
        "diplomacy's ('Flights resumed ... after Armenia and Azerbaijan agreed a "
        "ceasefire'), one that tells no event ('after heavy rain', 'after talks between "
        "the promoters') leaves the change the page's own news. Beside it: the forces' own "
        "alert level or status ('raised its alert level'; 'the alert level' alone is a "
        "volcano's), border units as an armed side, stones thrown at people as force, and "
        "a seat dated by its weekday before its verb as its government ('Islamabad on "
        "Thursday suspended the rule', as 'Moscow on Tuesday rejected ...' went to no "
        "section). Q is 0.920 with them (accuracy 0.881; odd ids 0.843 -> 0.965, even ids "
        "held out 0.834 -> 0.871); A and F, never tuned on, stayed 0.904 and 0.938; no "
        "other batch, dev half, humanitarian or domestic figure or BBC placement moved. "
        "Tried and left out: a setting clause counted whole wherever the main clause holds "
        "no cue (J, O and h up a sentence or two each, but more BBC sport, "
        "entertainment, tech and politics sentences taken by a section, and BBC "
        "placements moved). The odd misses left are a bid that 'gathered pace after' two "
        "capitals backed it (no change of a page's matter; 'backed' alone below the "
        "threshold at half weight) and a team bus stoned by a party's supporters (no side "
        "of force named)."
        " Batch R (session 59), written blind after Q was tuned on, in the compressed "
        "language of fast news (headlinese that drops articles and auxiliaries, the "
        "headline present for past events and 'to' + verb for the future, colons for "
        "speech, 'BREAKING:' and 'JUST IN' alerts, ticker lines, timestamped live-blog "
        "entries and wire flashes, with a third full sentences from the same pages), "
        "scored 0.896 held out (accuracy 0.821; odd ids 0.907, even ids 0.882)."
        " Tuned on its odd ids in session 59 (the even ids held out; classify.headlinese): "
        "a label before a colon ('Markets:', 'TICKER:', 'JUST IN:', a speaker's 'Putin:') "
        "is no part of the event, though the speaker's kind of actor is still read; a line "
        "in capitals reads as its lower-case words, the gazetteer's names kept; a bare "
        "noun of force with a present verb and its object ('Shelling hits Kharkiv', '... "
        "after drone attack hits Basra terminal') leaves its sides to the article, as "
        "'Clashes resumed' does; a plural subject's present is a market's move ('Wheat "
        "futures rise as ...'); 'to' and a verb right after a subject that names an actor "
        "is the future ('Iran to retaliate if attacked'; not 'Bowing to pressure'). In the "
        "profile: what a side says it will treat as hostile is a threat, and forces sent "
        "are deployed in any word order. R is 0.924 with them (accuracy 0.869; odd ids "
        "0.907 -> 0.960, even ids held out 0.882, unchanged); l 0.854 -> 0.869 and h 0.933 "
        "-> 0.944, never tuned on; no other batch, dev half, humanitarian or domestic "
        "figure, BBC off-topic rate or placement moved. The odd misses left: a visa "
        "refusal and a condemnation by a sport's body on sport pages (no state or body "
        "the gazetteer knows), and a journalist shot dead (a shooting with no armed side "
        "is crime in this profile)."
        " Batch S (session 60), written blind after R was tuned on, in the narrative "
        "language of features, long reads and investigations (anecdotal ledes that open "
        "on a person before the event, scene-setting in the past perfect, nut grafs, "
        "background that retells an older event, events inside subordinate and relative "
        "clauses, findings of documents and satellite images, survivors' testimony in "
        "indirect speech, kickers, and a fifth of sentences of colour that carry no "
        "event), scored 0.823 held out (accuracy 0.750; odd ids 0.840, even ids 0.810)."
        " Tuned on its odd ids in session 60 (the even ids held out): a main clause that "
        "tells no event (no cue that names one by itself: a 'company' does not) leaves it "
        "to the clause below, as features tell it (classify.subordinate): an after-clause "
        "in the past perfect, its own verb ('found in a ravine on Sunday, a week after "
        "armed men had dragged them off a bus'; not 'had to', 'had talks', or the 'had' of "
        "a clause inside, 'after allegations that they had ...', 'after the company "
        "announced it had ...'), and a relative clause set off by a comma that closes the "
        "sentence with an agent of its own ('..., which the US Treasury placed on its "
        "sanctions list'; not 'which it ...', nor one dated by a year, history) count "
        "whole; a pronoun object between a phrasal verb and its particle is read after it "
        "('set it alight', 'rounded them up'; classify.phrasal, not 'back': 'pushed it back "
        "to March'); a verb of talking whose object is a state itself or one of its offices "
        "('spoke to the Emir of Qatar', 'talked with Ankara', 'telephoned Qatar's emir'; "
        "not 'spoke to reporters', 'to the BBC') is a consultation, the sentence holding "
        "'consult' at the verb (classify.conversations). In the profile: a community's "
        "authorities (elders, tribes, tribal and traditional leaders, a country's bishops' "
        "conference; not a faith's clergy one by one) as sides of diplomacy, never by "
        "themselves of force; America's Treasury by its full names; a state's own media as "
        "its official voice ('Pyongyang's state news agency'); and a price promised in a "
        "threat's idiom ('would pay a heavy price') as diplomacy's, not a market's. S is "
        "0.895 with them (accuracy 0.850; odd ids 0.840 -> 0.984, even ids held out 0.810, "
        "unchanged); f 0.957 -> 0.969 (a blacklisting by the U.S. Treasury and a threat "
        "quoted from state TV), O 0.908 -> 0.912, P 0.955 -> 0.959, r 0.971 -> 0.977 (its "
        "bishops lashing out); A and F, never tuned on, stayed 0.904 and 0.938; no other "
        "batch, dev half, humanitarian or domestic figure, BBC sentence, off-topic rate or "
        "placement moved. Tried and left out: every closing relative clause and every "
        "after-clause counted whole under a main clause without a cue (22 BBC sentences "
        "moved, most to Background by a relative clause of a person's past); 'Treasury' "
        "alone as an official (J, O, f and k up a sentence each, but BBC politics sentences "
        "on Britain's Treasury went to diplomacy and to military, and a politics article "
        "was placed under Diplomacy). The odd misses left: a mentor who called a verdict 'a "
        "disgrace' and walked out (no cue, no side) and a threat by text message to an "
        "editor (no side, no modal of promise)."
        " Batch T (session 61), written blind after S was tuned on, in the language of "
        "explainers, fact-checks and Q&As and the grammar of events that did or did not "
        "happen ('What we know so far' lists, 'Why it matters' paragraphs, questions and "
        "answers, fact-check verdicts, rumours debunked, denials, negated events, "
        "conditionals and threats, scenarios, events planned, postponed or called off, "
        "retrospect), scored 0.890 held out (accuracy 0.825; odd ids 0.845, even ids "
        "0.933). Tuned on its odd ids in session 61 (the even ids held out): a denial that "
        "a contrary clause contradicts by a record or an eyewitness ('denied its jets had "
        "struck the village, but satellite images ... show fresh craters', '..., but "
        "residents told the Courier that soldiers fired'; and a claim with a negation in "
        "it, 'insists the village was not bombed, yet drone footage ... shows') is the "
        "side's word on the act, as an attribution is: its verb is an aside and the "
        "claim's negation is the side's (classify.denials); a question that opens the line "
        "and is answered in it is the answer's setting, with its 'A:' and a bare answer "
        "that denies it ('Was it an accident? No. Investigators say the dam was blown "
        "up'), where one that affirms it ('Yes:', 'Partly:') asserts it "
        "(classify.questions); a negation in an opening clause does not reach past it "
        "('Has the shelling stopped? No. Russian artillery pounded ...'). In the profile: "
        "the drug trade's cartels as an armed side (a gang of youths is still crime); a "
        "ban by its other verb ('barred* ... from its ports'); 'Commonwealth' as written "
        "(the body of states, Australia's federal government, a US state) and a state's "
        "transitional or sovereign council as officials. T is 0.947 with them (accuracy "
        "0.887; odd ids 0.845 -> 0.960, even ids held out 0.933, unchanged); F, never "
        "tuned on, 0.938 -> 0.942 (the Commonwealth's ministerial group), G 0.978 -> "
        "0.981, l 0.869 -> 0.875 (cartel banners warning police); no other batch, dev "
        "half, humanitarian or domestic figure, BBC off-topic rate or placement moved. "
        "The questions and the negation's scope moved no scored sentence (written for "
        "forms the batch's README names, checked on sentences made up for them). The odd "
        "misses left are actors outside the profile: a party's vote on a budget and a "
        "wage deal between unions and a chamber of mines (a country's own affairs), a "
        "gang leader's extortion threat (crime, as the domestic check holds a gang's "
        "assault), and mobile data restored in an Indian state with no agent named (the "
        "diplomacy section takes no implicit agents)."
        " Batch U (session 62), written blind after T was tuned on, in the language of "
        "armed non-state actors and hybrid conflict (militias, rebels and insurgents, "
        "jihadist franchises, private military companies, pirates, cartels and gangs that "
        "fight states, proxies, unclaimed sabotage and drones, cyber attacks attributed to "
        "states, hostage deals, ceasefires, amnesties and disarmament with insurgents), "
        "scored 0.870 held out (accuracy 0.825; odd ids 0.844, even ids 0.897)."
        " Tuned on its odd ids in session 62 (the even ids held out): where the main clause "
        "tells force (a cue of a `physical` section that names its event), a background "
        "clause in another section's words is its setting, one event however many words "
        "tell it, and counts its strongest cue, not their sum ('fought a breakaway faction "
        "..., the military said, a week after the faction turned down the government's "
        "amnesty offer'; without force in the main clause the clause below is summed as "
        "before); the later part of a hyphenated word is no predicate and frames nothing "
        "('the Redut-Sever company arrived': no 'sever'; classify.wording); the texts a "
        "side speaks in and whom it addresses are the attribution's ('the police union said "
        "in a message to officers'; words.toml). In the profile: a ban's other verb frames "
        "its object as 'ban' does, so the crime that names those barred is no crime "
        "reported ('barred 14 people linked to a fuel theft ring from entering'); the armed "
        "companies states hire as armed sides and forces ('private military company', "
        "'mercenary'). U is 0.929 with them (accuracy 0.887; odd ids 0.844 -> 0.946, even "
        "ids held out 0.897 -> 0.908); c 0.968 -> 0.988 and o 0.965 -> 0.978 (an artillery "
        "duel and gunfire after an embargo, shuttle diplomacy or a telephone agreement); no "
        "other batch, dev half, humanitarian or domestic figure, BBC off-topic rate or "
        "placement moved (two BBC sentences left their sections: a judge who barred a bank "
        "from a case, no longer economy, and a website's founder, Background now). The odd "
        "misses left are gold the profile holds otherwise: a truce between two gangs and "
        "pirates' ransom demand (crime, as the domestic check and the profile's 'ransom' "
        "hold them), a congress endorsing its own state of emergency (a country's own "
        "affairs); and a go-between 'in contact with' kidnappers 'by satellite phone' "
        "after a question naming them (no cue of talk; the kidnappers' noun is force's)."
        " Batch V (session 63), written blind after U was tuned on, in the language of "
        "economic statecraft and coercion between states (sanctions and designations, "
        "asset freezes, export controls, tariffs and retaliation, supply cut-offs, port and "
        "airspace bans, debt talks, aid suspended after a coup, swap lines, boycotts, WTO "
        "disputes, shadow fleets), beside ordinary economy news with no political event, "
        "scored 0.953 held out (accuracy 0.912; odd ids 0.979, even ids 0.914)."
        " Tuned on its odd ids in session 63 (the even ids held out), in the profile: the "
        "tariffs of trade defence by their names, which say whose exports they answer "
        "('slapped anti-dumping duties ... on Philippine bananas', countervailing and "
        "anti-subsidy duties), where 'duty' alone is a state's own customs or stamp duty; "
        "and an asset freeze by its phrase ('froze the assets of', 'asset freeze'), whose "
        "object and the clause on what its holders did are the sanction's, however far "
        "past a frame's window the clause runs ('front companies it said were used to buy "
        "... for Russian arms factories'). V is 0.962 with them (accuracy 0.938; odd ids "
        "0.979 -> 1.000, even ids held out 0.914, unchanged); O 0.912 -> 0.917 (an even "
        "id's sanction); no other batch, dev half, humanitarian or domestic figure, BBC "
        "off-topic rate or placement moved."
        " Batch W (session 64), written blind after V was tuned on, in the language of "
        "the grey zone between states in cyberspace, space and the information sphere "
        "(attribution of cyber attacks by governments and firms, ransomware on hospitals "
        "and ports, cable and pipeline sabotage, GPS jamming, anti-satellite tests and "
        "satellites shadowing satellites, influence operations taken down, spies expelled "
        "and swapped, internet shutdowns, drones over bases), beside plain technology and "
        "space news in the same words, scored 0.859 held out (accuracy 0.841; odd ids "
        "0.832, even ids 0.897). Its writer's weakest calls: a hack-and-leak coded as an "
        "assault (W045), a takedown by a platform as coercion (W138)."
        " Tuned on its odd ids in session 64 (the even ids held out), in the profile, each "
        "a word of a class the lists lacked: a cyber attack written as one word "
        "('cyberattack', as 'cyber-attack' already read); the ships of coast guards and "
        "navies by their other kinds among the forces whose moving is force ('sent two "
        "cutters to shadow a cargo ship', patrol boats and vessels, gunboats, minesweepers); "
        "forces posted to hold a place ('put soldiers on guard at its gas processing plants', "
        "'stood guard', with 'stood' now the irregular past of 'stand'), only where forces "
        "are named; the agents of sabotage as agent nouns of force and a frame whose verb "
        "and object are their target ('Saboteurs cut a fibre-optic cable', 'blew a hole in a "
        "gas pipeline'; not 'sabotage', which is ruled out as often as done, nor Britain's "
        "hunt saboteurs); and America's trade ministry by its names as an official ('the US "
        "Commerce Department removed ... from its Entity List', a delisting). W is 0.922 "
        "with them (accuracy 0.899; odd ids 0.832 -> 0.940, even ids held out 0.897, "
        "unchanged); j 0.955 -> 0.965 (a coast guard's cutters sent to a shoal); no other "
        "batch, dev half, humanitarian or domestic figure, BBC sentence, off-topic rate or "
        "placement moved (one ACCUSE row, not scored, went from diplomacy to military: an "
        "indictment over a cyberattack, as it read with the hyphen). The odd misses left "
        "are the profile's on purpose: a criminal group's ransomware attack on hospitals "
        "(crime, as a gang's assault and a ransom are: a security desk reads it in the "
        "catch-all, where 'Military moves' would say a state or an armed side struck), "
        "unnamed hackers' hack-and-leak before an election (no side, and no force), and a "
        "Commission spokeswoman's 'far too little, far too late' on a video app (no cue, "
        "and a firm for its other side). The even misses: a hospital hackers' ransom threat "
        "(crime), a state space company ending a Chinese contract (read as the economy's), "
        "a satellite parked beside another (no cue), and hackers who 'crippled' a port's "
        "terminal system (no side named and no cue: 'cripple' is a strike's and a "
        "sanction's verb as often)."
        " Batch X (session 65), written blind after W was tuned on, in the language of "
        "peace processes, ceasefires and their monitoring (mediators' and guarantors' "
        "statements, talks opened, postponed or walked out of, truce breaches tallied by "
        "monitoring missions, prisoner, hostage and body exchanges, humanitarian pauses and "
        "corridors, disarmament, pull-backs, amnesties, a peace deal rejected by "
        "referendum, spoilers' attacks and peacekeepers attacked or leaving), beside the "
        "same pages' background, procedure and schedules, scored 0.924 held out (accuracy "
        "0.903; odd ids 0.956, even ids 0.886). Its writer's weakest calls: a claimed "
        "bombing on the day of talks coded as the assault (X136), a walkout as a sanction "
        "rather than a protest (X117)."
        " Tuned on its odd ids in session 65 (the even ids held out): a restrictive "
        "relative clause that closes the sentence's subject, from its pronoun to the main "
        "verb ('Two militias that signed the 2024 accord fought each other ...', 'Rebels "
        "who agreed to the ceasefire shelled ...'), says who the subject is and counts as "
        "an aside's words do (classify.clauses.subject_relative): the main verb tells the "
        "event. Only where no punctuation and no other clause's word ('if', 'after', "
        "'which') stands between, the subject holds no verb, and the pronoun leaves a gap "
        "(a noun's content, 'the claim that Canada lifted its sanctions', 'rumours that the "
        "leader had been killed', is left as it is). X is 0.943 with it (accuracy 0.917; "
        "odd ids 0.956 -> 0.991, even ids held out 0.886, unchanged); no other batch, dev "
        "half, humanitarian or domestic figure, off-topic rate or placement moved (W092, a "
        "hospital hackers' ransom threat coded as a threat, went from humanitarian to "
        "other, a miss either way and the profile's crime, and one BBC tech sentence from "
        "the economy to other: 'Two crooks who robbed a bank ... were snapped'). The odd miss "
        "left is the participants gate's: 'Commanders from both sides agreed ... to pull "
        "their heavy weapons back' names no actor the profile knows, and each word that "
        "would name one moved other rows for the worse ('commander' is the police's too, "
        "three police commanders' complaints and blame going to diplomacy; 'both sides' "
        "took a truce's accusations, three unscored rows and BBC sport and politics "
        "sentences; 'heavy weapons' a NONE row on an agreement's terms), so it is left."
        " Batch Y (session 65), written blind after X was tuned on, in the language of "
        "strategic weapons, arms control and proliferation (missile and nuclear tests "
        "announced or detected, inspections granted or refused, enrichment raised, treaties "
        "suspended, withdrawn from or extended, arms-control talks, seizures of dual-use "
        "goods, sanctions over tests, alert levels raised, bomber drills, accidents at "
        "nuclear sites, a defector's claims, inspectors' findings), beside technical "
        "background, treaty history and analysis, scored 0.926 held out (accuracy 0.915; "
        "odd ids 0.893, even ids 0.941). Its writer's weakest calls: enrichment raised "
        "in defiance of a resolution coded as a rejection (Y129), a freighter turning "
        "back as a retreat (Y018)."
        " Tuned on its odd ids in session 65 (the even ids held out), in the profile, each "
        "a word of a class the lists lacked: a nuclear weapon's test as a show of force, "
        "below a missile's weight ('nuclear test' 1.5), so that one promised on a condition "
        "is a threat ('could resume nuclear testing ... if Washington carries out an "
        "explosive test first'); 'attack' before a craft's name as the noun that classifies "
        "it, no attack made ('export curbs ... over engines for Iranian attack drones', and "
        "attack helicopters, boats, submarines, aircraft and jets, the craft's word still "
        "counting); and the idiom of cancelling beside that of suspending ('has pulled the "
        "plug on a $40m desalination project ... after Iran's test of a medium-range "
        "missile', as 'put on hold' is). Y is 0.970 with them (accuracy 0.958; odd ids "
        "0.893 -> 1.000, even ids held out 0.941, unchanged); no other batch, dev half, "
        "humanitarian or domestic figure, BBC sentence, off-topic rate or placement moved "
        "(one COERCE row, not scored, went from other to diplomacy: a government's internet "
        "shutdown told alone, u147, as 'cut off' and 'shut down' already read such rows, "
        "and which the foreign-sides gate damps in its article). Y133 is diplomacy on a "
        "tie with the economy's 'export' (2.0 each), by the sections' order."
        " Batch Z (session 66), written blind after Y was tuned on, in the language of "
        "humanitarian access and aid in wars and disasters (convoys and airdrops let through, "
        "blocked or looted, aid workers detained, expelled or killed, agencies suspending "
        "work, sieges, evacuations and corridors, donor conferences, appeals and funding cuts, "
        "famine findings, foreign help refused or accepted, aid ships inspected, refugees "
        "pushed back or let in), beside figures, procedure and analysis, scored 0.856 held "
        "out (accuracy 0.731; odd ids 0.891, even ids 0.797), the lowest first reading of "
        "any batch. Its writer's weakest calls: a donor's pledge coded as an agreement "
        "rather than aid (Z067), an agency pausing distributions after looting as a "
        "sanction (Z018)."
        " Tuned on its odd ids in session 66 (the even ids held out), in the profile: three "
        "idioms of diplomacy's predicates as cues and frames, each with its verb's forms, "
        "what follows them their object ('has given its word that convoys ... will not be "
        "stopped', a promise, with its, their, his, her, our or my; 'has turned off the tap "
        "for malaria and HIV programmes', money cut off, as 'pull the plug on' is "
        "cancelling; 'would \"face the consequences\" if they handed out food', a threat, "
        "the food its condition and no aid handed out), and a state's agencies of security "
        "and intelligence by their kinds as officials ('detained since March by the "
        "national security service'; not one 'security service', a hotel's as often). Z is "
        "0.881 with them (accuracy 0.791; odd ids 0.891 -> 0.928, even ids held out 0.797, "
        "unchanged); no other batch, dev half, humanitarian or domestic figure, BBC "
        "sentence, off-topic rate or placement moved (one COERCE row, not scored, went from "
        "other to diplomacy: an arrest at a border crossing the State Security Service "
        "reported, Y085, as 'Georgian authorities arrested ...' already reads). Left as "
        "they are: Z087, nineteen aid agencies demanding safe routes for aid, under "
        "Humanitarian situation, where a reader of aid looks for it; Z059, a vaccination "
        "team that 'came under fire', since 'come under fire' as force's cue took a prime "
        "minister criticised at a summit (h001) to military, the idiom being criticism as "
        "often; and Z147, 'Donors round on Kabul', whose cue is there but whose sides are "
        "not: a seat as an object is read as its city, and 'donors' as a kind of side took "
        "an expected donors' conference (Z017, no event) to diplomacy, and blood donors "
        "with it."
        " Batch 0 (session 67; ids 0001-0150, the letters being used up), written blind "
        "after Z was tuned on, in the language of sabotage, cyber attacks and pressure below "
        "the threshold of war (cables and pipelines cut, drones over airports and bases, GPS "
        "jamming, ransomware on hospitals and ports, election interference, arson on "
        "foreign orders, diplomats expelled as spies, saboteurs arrested, attributions and "
        "denials, sanctions for hacking, migrants pushed to a border, naval patrols over "
        "cables), beside technical explanation, figures and analysis, scored 0.836 held "
        "out (accuracy 0.758; odd ids 0.863, even ids 0.795), the lowest first reading of "
        "any batch. Its writer's weakest call: viral posts blaming a blackout on a cyber "
        "attack, their posters unnamed, labelled no event (0074)."
        " Tuned on its odd ids in session 67 (the even ids held out): saboteurs are a side "
        "of force, assailants as gunmen and attackers are, so a pylon they blew up with no "
        "state or police named is no longer damped by the participants gate (0071); a seat "
        "before a headline's present tense whose object is a state, a body or a demonym "
        "acts ('Brussels slams Minsk over ...', 0145: the -s word before a name had been "
        "read as a plural noun and the seat as its city; not after a stop word, 'Paris plus "
        "Berlin'); and a verb of caused motion is read with 'into' across its object "
        "(classify.phrasal: 'Masked men bundled a Belarusian exile blogger into a van' as "
        "the passive 'was bundled into' says it, 0029), 'bundle into' and 'shove into' "
        "being force with armed men, the police or an armed side (not parents with their "
        "children), and masked men assailants. 0 is 0.883 with them (accuracy 0.803; odd "
        "ids 0.863 -> 0.938, even ids held out 0.795, unchanged); g 0.943 -> 0.951 (masked "
        "men bundling an activist into a pickup truck, g078) and l 0.875 -> 0.880 (a "
        "headline's 'Berlin rebukes Budapest over ...', l112); no other batch, dev half, "
        "humanitarian or domestic figure, BBC sentence, off-topic rate or placement moved. "
        "Left as they are, on purpose: a ransomware group rejecting a hospital's offer "
        "(0003), its leak site's deadline to a port (0129) and a gang's free decryption key "
        "and apology (0107, under Humanitarian situation, a miss either way), a police "
        "chief's demand of a tanker's owners (0089), the owners agreeing to pay for a "
        "cable's repair (0139) and shipping groups praising new rules (0127): the dealings "
        "of criminals, firms and a regulator, not of states, which a security brief leaves "
        "to the catch-all as it does a gang's ransom (W); a rule sending a gang's message to "
        "Diplomacy would take other batches' crime with it."
        " Batch 1 (session 68; ids 1001-1150), written blind after 0 was tuned on, in the "
        "language of the sea in disputes (coast guards' water cannon and blocking at shoals, "
        "tankers and fishing boats boarded and seized, missiles, drone boats and limpet mines "
        "against merchant ships, blockades and escorts, freedom-of-navigation transits, "
        "shadowing, drills and port calls as signals, boundary talks and tribunal cases, "
        "crews detained and released), beside ship particulars, freight rates, war-risk "
        "premiums, the law of the sea explained and analysis, with nautical words that look "
        "like force and are not ('torpedoed the talks', a pilot 'boarded', engines 'fired "
        "up'), scored 0.802 held out (accuracy 0.765; odd ids 0.835, even ids 0.773), the "
        "lowest first reading of any batch. Its writer's weakest calls: shadowing labelled "
        "a mobilisation (1124) and a ramming coercion, not assault (1033)."
        " Tuned on its odd ids in session 68 (the even ids held out): a broadside is "
        "diplomacy's idiom of a sweeping verbal attack, its 'fire' no weapon's ('Shipping "
        "associations fired a broadside at Western navies', 1023); 'reaffirm' frames a "
        "commitment affirmed again, so the attacks a defence treaty covers are no force used "
        "(1147); a verb of talking is reciprocal with a subject that names two states and "
        "only the talk's channel, length or manner after it ('The heads of the Japanese and "
        "Chinese coast guards spoke over their hotline', 1083; classify.conversations); a "
        "verb of keeping out whose forms are nouns too is the verb where a short object "
        "stands before 'from' ('Sri Lanka bars foreign research ships from its ports', 1145; "
        "classify.exclusions); and force in the object of a verb of averting did not happen "
        "('going over ways to avoid clashes at the shoal', 1101, no longer military; "
        "classify.averted). 1 is 0.863 with them (accuracy 0.824; odd ids 0.835 -> 0.980, "
        "even ids held out 0.773, unchanged); R 0.924 -> 0.928 (a headline's 'Venezuela bars "
        "EU observers from December vote', R124); no other batch, dev half, humanitarian or "
        "domestic figure, off-topic rate or placement moved (W142, an ACCUSE row not scored, "
        "went from military to diplomacy: prosecutors' charge under a law that bars Russians "
        "from flying aircraft; 0132 from the economy to other, a miss either way; and one BBC "
        "politics sentence from military to other, mechanisms 'robust enough to prevent "
        "abuses'). The odd misses left: 1101's talks, whose verb the cues do not read "
        "('going over' is a border's verb as often, and its forms are no one stem), now "
        "under the catch-all; and 1149, a transport workers' federation deploring a crew's "
        "detention: a union is no state, and a security brief leaves its statement to the "
        "catch-all as it does a firm's."
        " Batch 2 (session 69; ids 2001-2150), written blind after 1 was tuned on, in the "
        "language of power contested at home (soldiers taking a state broadcaster, juntas "
        "suspending constitutions and imposing curfews, guards detaining a president, "
        "mutinies over pay, a regional bloc suspending a member and threatening sanctions, "
        "mediators, opposition leaders arrested and released, results contested in court, "
        "tear gas, internet shutdowns, parliaments dissolved, impeachment, states of "
        "emergency, exiles returning, transition timetables), as wires, regional papers, "
        "juntas' statements on state television, blocs' communiqués, observers' reports and "
        "analysts write them, beside constitutional articles, turnout figures, profiles and "
        "history, with political words that look like force and are not ('stormed to "
        "victory', 'a palace coup in the boardroom', 'mobilised voters'), scored 0.911 held "
        "out (accuracy 0.851; odd ids 0.911, even ids 0.903), committed before any tuning."
        " Tuned on its odd ids in session 69 (the even ids held out), in the profile: "
        "police put on alert, or their leave cancelled, are a show of force as an army's "
        "alert is (CAMEO's 'increase police alert status'; 'The interior ministry put "
        "police across the country on maximum alert', 2121, and batch k's Philippine "
        "National Police on full alert, its miss since session 36); a suspension's idiom "
        "is 'on hold', not 'put on hold', as English splits the phrase by its object ('put "
        "the disbursement of a 250-million-dollar loan tranche on hold after the coup', "
        "2065); and a state of emergency and martial law name the state that lifts them, "
        "where its communique leaves itself out (U057's). 2 is 0.944 with them (accuracy "
        "0.881; odd ids 0.911 -> 0.983, even ids held out 0.903, unchanged); k 0.934 -> "
        "0.950, U 0.929 -> 0.934; no other batch, dev half, humanitarian or domestic "
        "figure, off-topic rate or placement moved (one BBC business sentence went from "
        "the economy to diplomacy: France and Germany persuading EU members in 2003 to put "
        "the threat of penalties 'on hold', a suspension between states). The odd misses "
        "left: a junta's 'The curfew is lifted across the national territory' (2081) "
        "names no side, and a curfew is a parent's, a bail's or an airport's as often, so "
        "it names no state (as an actor word it took ten curfews lifted in the fresh "
        "batches, and a BBC bill's power to 'impose curfews'); and an opposition leader "
        "'released without charge' (2029), named by his surname alone: in an article that "
        "first names him as the opposition leader, and names other states, it is "
        "diplomacy; alone it is anyone's release, as a suspect's in a crime report is."
        " Batch 3 (session 70; ids 3001-3150), written blind after 2 was tuned on, in the "
        "language of alliances, military aid and defence cooperation between states (joint "
        "exercises announced, scaled down or cancelled, basing and access agreements, aid "
        "packages pledged, delayed or frozen, training missions sent or expelled, troop "
        "rotations, air policing, defence ministers' communiqués, summits pledging spending, "
        "overflight refused, port calls, intelligence sharing agreed or cut), as wires, "
        "defence trade press, ministries' readouts, alliances' communiqués, regional papers "
        "and think-tank commentators write them, beside spending shares, treaty articles, "
        "profiles and history, with military words used of other things ('a charm "
        "offensive', 'torpedoed the sale', 'rolled out a recruiting campaign') and exercises "
        "that are no threat, scored 0.907 held out (accuracy 0.873; odd ids 0.888, even ids "
        "0.958), committed before any tuning."
        " Tuned on its odd ids in session 70 (the even ids held out), mostly in the data: a "
        "promise to answer in kind on a condition is a threat, as one to respond or retaliate "
        "is ('answer in kind' and 'reply in kind' are words.toml's response verbs, not "
        "'answer' alone; and a verb in -ly after the modal is no adverb: 'would reply in "
        "kind' had been read as an adverb before 'in'), 3011; an act named a gesture to the "
        "other side is a concession whatever its words ('a gesture', 'a goodwill gesture', "
        "'a gesture of goodwill'; the bare noun weighs under min_score and only tips an act "
        "told, since at full weight it took a BBC politics quote on 'Tony Blair's cheap "
        "gesture to the pro-constitution lobby' to diplomacy), 3009's drills scaled down 'in "
        "what they called a gesture to coax the North back to talks'; combat aircraft by "
        "their type names (Eurofighter, Rafale, Gripen; not Typhoon or Tornado, storms as "
        "often) are forces that land and arrive, 3077; 'the allies' names states among "
        "themselves as 'two countries' does (with the article: not 'Cabinet allies'), 3127; "
        "and force in the background of another section's main event is its cause, one act "
        "however many words tell it, counted by its strongest cue as another section's words "
        "behind force already were ('Washington froze a 300-million-dollar package of "
        "military assistance ..., a week after soldiers fired on protesters', 3029; tried for "
        "every section's background, it took two BBC business sentences and an article out "
        "of the economy, and was left out). 3 is 0.982 with them (accuracy 0.944; odd ids "
        "0.888 -> 1.000, even ids held out 0.958, unchanged); no other batch, dev half, "
        "humanitarian or domestic figure, off-topic rate, BBC sentence or placement moved. "
        "No odd miss is left. Two are codings a brief could fairly place either way: 3009's "
        "drills scaled down are a change of force posture as much as a concession, and 3077's "
        "air-policing rotation is MOBILIZE by its writer's convention where COOPERATE could "
        "be argued; a security brief's reader wants both where they now go."
        " Batch 4 (session 71; ids 4001-4150), written blind after 3 was tuned on, in the "
        "language of domestic unrest and state repression (protests called, banned or "
        "dispersed, strikes and sit-ins, curfews and states of emergency, internet shutdowns, "
        "raids on opposition offices and newsrooms, trials, sentences, pardons and releases, "
        "the army in the streets, governments meeting the opposition or refusing to, foreign "
        "condemnation and calls for restraint, UN requests for access), as wires, rights "
        "groups' reports, state media in English, regional papers, live blogs and "
        "commentators write them, beside turnout, the constitution, profiles and the history "
        "of earlier protests, with words of force and protest used of other things "
        "('shareholders revolted', 'a crackdown on tax evasion', 'fans stormed the pitch') "
        "and marches that are celebrations, scored 0.933 held out (accuracy 0.906; odd ids "
        "0.869, even ids 1.000), committed before any tuning."
        " Tuned on its odd ids in session 71 (the even ids held out): a state's chief "
        "prosecutor by the office's title ('prosecutor general', 'attorney general'; not "
        "'prosecutor' alone) is an official, and a regional bloc ('regional bloc', 'the "
        "bloc') a side between states, so the Prosecutor General's warning that sharing "
        "calls for unsanctioned gatherings means prison (4073) and a bloc suspending a "
        "member (4141) are no longer damped by the participants gate; 'under fire' is "
        "criticism, not shots, when its source after 'from' names a speaker (an official, a "
        "party, an envoy, a community, or words.toml's critic_nouns: critics, rights groups, "
        "the press) and no side of force, or when 'for' and a gerund give its ground "
        "(classify.under_fire: an interior minister 'under fire from lawmakers of his own "
        "party ... over the army deployment', 4079; patrols under fire from an armed group "
        "or 'for nearly an hour' stay force, and 'over' is left alone, a drone under fire "
        "'over the Black Sea'); and a gerund with its object in the subject before a form of "
        "'be' names a kind of act the predicate judges, no act told ('\"Raiding a newsroom at "
        "dawn to carry off its sources is what a government does when it has something to "
        "hide,\" said ...', 4031; not 'Fighting was heavy' or 'Shelling of the town was "
        "heavy'). 4 is 0.990 with them (accuracy 0.969; odd ids 0.869 -> 0.981, even ids "
        "held out 1.000, unchanged); 1 0.863 -> 0.882 (1116, a navy chief under fire from "
        "opposition MPs) and z 0.952 -> 0.957 (z040, people barred from entering 'the "
        "bloc'); no other batch, dev half, humanitarian or domestic figure, off-topic rate or "
        "placement moved (v013, a REQUEST row not scored, went from other to diplomacy: the "
        "Prosecutor General's office asking INTERPOL for help; and one BBC politics sentence "
        "from military to other, a Lib Dem leader 'under fire ... for missing' a Commons "
        "vote). The odd misses left are codings a security brief may leave to the catch-all, "
        "as it leaves a union's or a firm's dealings: a national bar association calling the "
        "killing of six protesters 'a stain on the uniform' (4009), whose speaker is no state "
        "(session 41 left a bar association's demand so), and union leaders and mine owners "
        "signing a deal that ends a strike (4121), an agreement between a union and firms, "
        "not between political actors."
        " Batch 5 (session 72; ids 5001-5150), written blind after 4 was tuned on, in the "
        "language of the air war (missile and drone strikes on cities, power plants, dams "
        "and refineries, air defence and interceptions, alerts and shelters, claims and "
        "counter-claims, evacuations, grid repairs, talks on a moratorium on strikes on "
        "energy sites, demands for air-defence systems, sanctions on drone makers, inquiries "
        "into a strike on a hospital), as wires, ministries, air forces' posts, local papers, "
        "live blogs, monitors and commentators write it, beside background, counts and the "
        "grid's capacity, accidents that look like attacks, and the words of air war used of "
        "other things ('shot down the proposal', 'a barrage of criticism', 'a drone show'), "
        "scored 0.897 held out (accuracy 0.823; odd ids 0.935, even ids 0.853), committed "
        "before any tuning."
        " Tuned on its odd ids in session 72 (the even ids held out): 'for every' or 'for "
        "each' an act of the other side is a condition, answered one for one, so force "
        "promised on it is a threat, where its restrictor names an event by a clause or a "
        "past participle (classify.conditions: an air force commander's units 'would hit "
        'oil refineries deep inside Kestria "for every power plant we lose"\', 5067, had '
        "gone to the economy by its targets' words, and needs 'hit' below as well; 'one "
        "officer for every 200 voters' is a rate, and 'a company for each of its "
        "districts' a plan's reach); 'hit' is force where an armed side or its weapon is "
        "named, as 'target' is (the air war's commonest verb of a strike landing, where "
        "prices, storms and sanctions hit too); and a town or a square named by its "
        "market is a place, the phrase taking back the word's weight as 'attack drone' "
        "does ('A crowd in the market town of Vely beat a man they suspected of filming "
        "air-defence positions', 5115, had gone to the economy). 5 is 0.917 with them "
        "(accuracy 0.855; odd ids 0.935 -> 0.972, even ids held out 0.853, unchanged); V "
        "0.962 -> 0.975 (V148, missiles that hit grain silos at a Danube port, from the "
        "economy to military; fresh all, accuracy 0.925 -> 0.926); no other batch, dev "
        "half, humanitarian or domestic figure, BBC sentence, off-topic rate or placement "
        "moved. The odd misses left are codings a security brief may leave to the "
        "catch-all: a medical charity's emergency director judging three strikes on one "
        "hospital a policy (5033), whose speaker is no state (as 4009's bar association "
        "and session 41's medical charity), and a grid company and the grid operators of "
        "three neighbouring countries signing a deal on emergency electricity imports "
        "(5091): firms named by their countries, not states or their officials, as 4121's "
        "union and mine owners were; a rule taking firms' deals for diplomacy would take "
        "the BBC business desk's.",
        "",
        "| sentences | section | support | precision | recall | F1 |",
        "|---|---|---:|---:|---:|---:|",
        *rows,
    ]
    lines += ["", "| sentences | scored | macro-F1 | accuracy |", "|---|---:|---:|---:|", *summary]
    lines += ["", *humanitarian(profile)]
    lines += ["", *domestic(profile)]
    lines += ["", *off_topic(Path(data_dir), profile)]
    lines += ["", *placements(Path(data_dir), profile)]
    return "\n".join(lines) + "\n"


def humanitarian(profile: str = "geopolitics", path: Path = HUMANITARIAN) -> list[str]:
    """Markdown: precision and recall of the humanitarian section on its check set (the
    sentences are written, not sampled: a check of the definition, not a held-out score)."""
    if not path.exists():
        return []
    rows = read_jsonl(path)
    found = classify_all([r["text"] for r in rows], load_profile(profile))
    gold = [r["section"] == "humanitarian" for r in rows]
    said = [c.section == "humanitarian" for c in found]
    hits = sum(g and p for g, p in zip(gold, said, strict=True))
    precision = hits / max(1, sum(said))
    recall = hits / max(1, sum(gold))
    f1 = 2 * precision * recall / max(1e-9, precision + recall)
    return [
        f"Humanitarian on `tools/data/{path.name}` ({sum(gold)} sentences of people harmed,"
        f" displaced, in need or helped; {len(rows) - sum(gold)} of the same words in other"
        " events):",
        "",
        "| section | support | precision | recall | F1 |",
        "|---|---:|---:|---:|---:|",
        f"| humanitarian | {sum(gold)} | {precision:.3f} | {recall:.3f} | {f1:.3f} |",
        "",
        "A user trial's cyclone wire (session 43) had a disaster agency's quote on the storm"
        " and a red alert under Military moves, the World Food Programme's airlift under"
        " Diplomacy and the 2019 cyclones under Humanitarian. The noun 'storm' was the"
        " military cue and frame 'storm' (now only the verb's forms: 'stormed', 'storming',"
        " 'to storm the'); a saying after another predicate ('declared a red alert ... and said')"
        " had set the alert aside; 'preparing to' was read as the willingness 'prepared to'."
        " A hazard's alert and what a relief agency airlifts, ships, sends or mobilises are"
        " now humanitarian, a relative clause closing a sentence and dated by a year is"
        " history (Background), a tank that holds water or thinks is no weapon, and a"
        " shooting or a wound is political with an officeholder (a person: a minister, a"
        " mayor), not with a body that reports the toll ('The Government confirms 23 deaths"
        " and 57 injured'). Frames"
        " written with a * ('shelled*', 'pounded*') had been no frames, and a starred word"
        " inside a phrase ('chemical weapon*') no cue; both count now, and a frame right"
        " after a relative pronoun ('people who shelled our villages') governs nothing. Here"
        " 0.833 -> 0.865 (a storm's survivors); no dev half, fresh batch or domestic figure"
        " moved; BBC: five sentences fewer military (think tanks, a court hearing of a"
        " murder, a 'Tory fox' shot), none more military,"
        " diplomatic or humanitarian, and two business articles on insurers (now economy"
        " cues, as banks are) placed under the economy. Session 47 changed nothing for"
        " this check (0.895): its misses are a people named only by its name arriving"
        " ('Rohingya'), people missing after a boat sank (no hazard among the words), an"
        " appeal for funds to feed the uprooted (read as a demand, as PLOVER codes an"
        " appeal), and a footballer rushed to hospital.",
    ]


def domestic(profile: str = "geopolitics", path: Path = DOMESTIC) -> list[str]:
    """Markdown: how many crime, accident, domestic-politics and weather sentences a
    section takes, and how many events of the profile land in their own section, on the
    whole check and on its hash halves (A for tuning, B for checking)."""
    if not path.exists():
        return []
    rows = read_jsonl(path)
    found = [c.section for c in classify_all([r["text"] for r in rows], load_profile(profile))]
    lines = [
        f"Crime, accidents, domestic politics and weather on `tools/data/{path.name}`"
        " (outside the profile), beside events of its sections (inside). Hash halves:"
        " A for tuning, B for checking.",
        "",
        "| sentences | outside | taken by a section | inside | own section | other section |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    parts = [("all", lambda text: True)] + [
        (f"hash half {name}", lambda text, h=h: hash_half(text) == h)
        for h, name in ((0, "A"), (1, "B"))
    ]
    for name, keep in parts:
        picked = [(r, p) for r, p in zip(rows, found, strict=True) if keep(r["text"])]
        outside = [p for r, p in picked if r["section"] == OTHER]
        inside = [(r["section"], p) for r, p in picked if r["section"] != OTHER]
        taken = sum(p != OTHER for p in outside)
        own = sum(g == p for g, p in inside)
        astray = sum(p not in (g, OTHER) for g, p in inside)
        lines.append(f"| {name} | {len(outside)} | {taken} | {len(inside)} | {own} | {astray} |")
    return lines


DESKS = ("entertainment", "sport", "tech", "business", "politics")


def off_topic(data_dir: Path, profile: str = "geopolitics") -> list[str]:
    """Markdown: the share of every sentence of each BBC desk that the profile's military,
    diplomacy and humanitarian sections take, each article read on its own (as `brief`
    reads it). None of sport, entertainment or tech is either; business and UK politics
    rarely are."""
    prof = load_profile(profile)
    rows = []
    for desk in DESKS:
        texts: list[str] = []
        articles: list[str] = []
        for path in sorted((data_dir / "bbc" / "articles" / desk).glob("*.txt")):
            data = path.read_bytes()
            article = data.decode("utf-8", errors="replace")
            document = parse_text(article, make_source(path.name, 1, data))
            found = [s.text for s in segment([document]).sentences]
            texts += found
            articles += [path.name] * len(found)
        found_sections = [c.section for c in classify_all(texts, prof, articles)]
        for part, keep in _FILE_HALVES:
            picked = [sec for sec, name in zip(found_sections, articles, strict=True) if keep(name)]
            taken = Counter(picked)
            shares = " | ".join(f"{taken[key] / max(1, len(picked)):.1%}" for key in OFF_TOPIC)
            rows.append(f"| {desk} | {part} | {len(picked)} | {shares} |")
    return [
        "Off-topic rate: the share of the sentences of BBC articles (`bbc/articles/<desk>`)",
        "classed in each section, sentence by sentence; a brief further moves the sentences",
        "of an article its profile leaves out to the catch-all (`story_profile.confine`).",
        "Halves by file number: even files for tuning, odd files for checking.",
        "",
        "| desk | files | sentences | military | diplomacy | humanitarian |",
        "|---|---|---:|---:|---:|---:|",
        *rows,
    ]


# Where a brief of one BBC article puts it: a profile section, "other" (inside the
# profile, but no section fits) or outside it (the catch-all gets every sentence).
OUTSIDE = "outside"
LEAD_SENTENCES = 2  # as brief.pipeline reads a story's lead: its headline and these


def placements(data_dir: Path, profile: str = "geopolitics") -> list[str]:
    """Markdown: how many single BBC articles of each desk a brief places in each section
    (`story_profile.place`, as `brief make` of one article does), on even and odd files.
    Business articles are mostly economic news and politics articles partly so; sport,
    entertainment and tech are rarely any section's."""
    prof = load_profile(profile)
    keys = [s.key for s in prof.sections]
    rows = []
    for desk in DESKS:
        placed: dict[str, Counter[str]] = {"even": Counter(), "odd": Counter()}
        for path in sorted((data_dir / "bbc" / "articles" / desk).glob("*.txt")):
            data = path.read_bytes()
            document = parse_text(data.decode("utf-8", "replace"), make_source(path.name, 1, data))
            texts = [s.text for s in segment([document]).sentences]
            if not texts:
                continue
            headline = document.title or ""
            articles = [path.name] * len(texts)
            classes, headlines = classify_with_headlines(
                texts, prof, articles, {path.name: headline}
            )
            leads = article_leads(classes, articles, headlines, LEAD_SENTENCES, (), texts)
            lead = tuple(c for own in leads for c in own)
            titles = {path.name: headline}
            where = place(classes, texts, lead, headline, prof, 1, articles, titles, leads)
            half = "even" if _file_number(path.name) % 2 == 0 else "odd"
            placed[half][where.section if where.relevant else OUTSIDE] += 1
        for half, counts in placed.items():
            cells = " | ".join(str(counts[k]) for k in (*keys, OTHER, OUTSIDE))
            rows.append(f"| {desk} | {half} | {sum(counts.values())} | {cells} |")
    titles = " | ".join(s.title for s in prof.sections)
    return [
        "Single-article placement: each BBC article briefed alone, the section its story",
        "is placed in (`story_profile.place`), or outside the profile (all its sentences",
        "to the catch-all). Even files for tuning, odd files for checking.",
        "",
        f"| desk | files | articles | {titles} | inside, no section | outside |",
        "|---|---|---:|" + "---:|" * (len(keys) + 2),
        *rows,
        "",
        "A single article is in the profile when 40% of its sentences are and its section's",
        "cues are dense enough, or several outlets lead with it. A rule that placed an article",
        "by its headline and first sentence alone was tried and removed: read by hand over",
        "both halves, its placements were right for about 15 of 35 (economic leads 12 of 17;",
        "the others 2 or 3 of 18). Since session 36 a headline and a first sentence that",
        "both state the section place it when its cues are dense enough too: a clash report",
        "whose later paragraphs turn to tributes and villagers' words (r37) had been left",
        "out; over these 1,100 BBC articles it placed one more (civil service job cuts,",
        "economy). Since session 39, for the sections whose events a lead states",
        "unmistakably (`lead_places`: Military moves, Humanitarian situation) a density of",
        "0.5, not 0.8, is enough: a trial's deadly quake (two wire copies) had gone to \"Also in",
        "the inbox\" while a share move led the brief, and over the fresh sets' articles",
        "(other countries' presses) it placed 15 floods, quakes, strikes and kidnappings",
        "left out before, and nothing else; here it placed one more politics article",
        "(\"Abbas 'will not tolerate' attacks\", military). Diplomacy and the economy keep",
        "the full density: with 0.5, a casino ban, a court's question and a job-cuts story",
        "went to them. Since session 43 a modal or a condition ('would', 'if', 'any') in a",
        "sentence with no force beside it is no cue against force (it corrects force that",
        "has not happened): a trial's curfew report had lost its clash to 'the curfew would",
        "run from 8 pm'; here one politics article moved from Humanitarian situation to",
        "Military moves ('UK troops on Ivory Coast standby'). Since session 43 too, for",
        "those sections, a lead (headline and two sentences) that states the section more",
        "than any other, one of its sentences in it with no cue against any section, places",
        "the article with the same density: a trial's curfew report, whose headline has no",
        "cue of force ('Junta imposes night curfew ... as protest toll rises to seven') and",
        "whose lede reports people killed in clashes with security forces, had gone to",
        "\"Also in the inbox\". Over the fresh sets' and the trials' articles it placed 13",
        "left out before: a market bomb, a drone strike, two border shootings, a water",
        "cannon on sailors, a convoy ambush, a ship attack's live page, refugees fleeing",
        "into Chad, a cyclone's toll (two copies), two protest tolls, and a hostage crisis's",
        "aftermath; and one it should not have (traders shutting shop after soldiers moved",
        "gold, under Military moves). Here it placed two more politics articles, both under",
        "Military moves: a Plaid MP's claim that the security services were behind arson",
        "attacks, and an Iraqi family's court case over a civilian killed by UK troops. A",
        "lede with another domain's words (a charity single's singers) states nothing. A",
        "story's lead is the",
        "headline (judged with its article) and first sentences of every member, so its",
        "section does not depend on",
        "which article sorts first. Its relevance reads every article too: the watch list",
        "any article's headline and lead or two of its sentences; the exclude list one",
        "article's headline and lead or, for several articles, half of them, each by its own",
        "headline and lead or two sentences.",
        "A story in a section whose events are between political actors (Military moves,",
        "Diplomacy) names one of them somewhere (a state, an international body, an",
        "official, an envoy, an armed force): a shooting whose actors are a gunman, his",
        "victims and the police, or a gas blast's residents and firefighters, is outside.",
        "Diplomacy's events are between states: its story names a state or an envoy; a",
        "state's own bodies and parties (a Senate budget fight) are its own affairs.",
        "Since session 46 the density bars are counted in a section's ordinary (median) cue",
        "weight when it is under 2 (the packaged sections' are 2 or more, so these rows keep",
        "their bars): a user's plain list of weight-1 cues places stories as a weighted one.",
    ]


def _file_number(name: str) -> int:
    digits = "".join(ch for ch in name if ch.isdigit())
    return int(digits) if digits else 0


_FILE_HALVES = (
    ("all", lambda name: True),
    ("even", lambda name: _file_number(name) % 2 == 0),
    ("odd", lambda name: _file_number(name) % 2 == 1),
)


def errors(data_dir: Path, profile: str = "geopolitics", fresh: Path = FRESH) -> list[str]:
    """The misclassified sentences, for looking at error types (not for fitting)."""
    prof = load_profile(profile)
    out = []
    sets = [("dev", labelled(load(Path(data_dir))))]
    if fresh.exists():
        sets.append(("fresh", labelled(read_jsonl(fresh))))
    if DOMESTIC.exists():
        checks = read_jsonl(DOMESTIC)
        out.append("# domestic")
        for record, c in zip(checks, classify_all([r["text"] for r in checks], prof), strict=True):
            if c.section != record["section"]:
                half = "AB"[hash_half(record["text"])]
                out.append(
                    f"{record['id']} {half} {record['section']} -> {c.section} {dict(c.scores)}"
                    f" | {record['text']}"
                )
    if HUMANITARIAN.exists():
        checks = read_jsonl(HUMANITARIAN)
        out.append("# humanitarian")
        for record, c in zip(checks, classify_all([r["text"] for r in checks], prof), strict=True):
            if (c.section == "humanitarian") != (record["section"] == "humanitarian"):
                out.append(f"{record['id']} -> {c.section} {dict(c.scores)} | {record['text']}")
    for name, rows in sets:
        out.append(f"# {name}")
        for row in rows:
            c = classify_all([row.record["text"]], prof)[0]
            if c.section != row.gold:
                where = row.record.get("id") or ("even" if row.line % 2 == 0 else "odd")
                out.append(
                    f"{where} {row.record['event']} -> {c.section} {dict(c.scores)} "
                    f"| {row.record['text']}"
                )
    return out


def main(argv: Sequence[str] | None = None) -> int:
    quiet_ingest()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/eval"))
    parser.add_argument("--profile", default="geopolitics")
    parser.add_argument("--fresh", type=Path, default=FRESH, help="the fresh test set")
    parser.add_argument("--errors", action="store_true", help="list the misclassified sentences")
    parser.add_argument(
        "--placements", action="store_true", help="only the single-article placements"
    )
    args = parser.parse_args(argv)
    if args.placements:
        print("\n".join(placements(args.data, args.profile)))
        return 0
    print(report(args.data, args.profile, args.fresh))
    if args.errors:
        print("\n".join(errors(args.data, args.profile, args.fresh)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
