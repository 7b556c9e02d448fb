"""Score the stories stage: BCubed precision, recall and F1 on labelled piles.

Each set of `stories/<set>/` is fed as one folder, as a day's inbox would be: every
article goes through brief's own ingest and segmentation (what `brief make FOLDER` does),
then `find_stories`. A file ingest rejects is its own cluster in the score; a file whose
bytes repeat another's is a source of its own, as in the pipeline (a copy of one text).

The halves split each set by story (a hash of the story id), so a story's articles stay
together: the thresholds were tuned on half A; half B is the check. A half is scored on
its own articles within the clustering of the whole set, so a merge across halves (in
ecbplus-odd, a topic's two look-alike events often fall in different halves) shows only
in the "all" row.

Small piles (what a user's inbox is): piles of 2 to 4 labelled stories drawn from each
set with a fixed seed, and piles of 8 and 16 consecutive BBC articles of one desk, each
article its own event (how many it wrongly merges). Their halves are the even and the
odd piles. Mixed piles: 25 BBC articles, 5 of each desk (see BBC_MIXED_PILES). Big
piles: 100 and 250 BBC articles of all five desks (see BBC_BIG_SIZES).

Blind piles (`tools/data/piles/<pile>/`, as `stories/<set>/` is laid out): one morning's
inbox each, written and labelled by a helper who never read brief's code, scored held out
before any change was made for it (see each pile's README for its judgement calls).

    python -m tools.eval_stories --data ../shared/eval
"""

from __future__ import annotations

import datetime
import random
import time
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import scipy.sparse  # noqa: F401  (imported here so find_stories' time leaves out this one-off)

from brief.errors import InputError, NoInputError
from brief.ingest import expand, ingest
from brief.models import Corpus, Document
from brief.options import Options
from brief.segment import segment
from brief.stories import find_stories
from tools import report_main

PILES = Path(__file__).resolve().parent / "data" / "piles"
# What each blind pile scored held out, before anything was changed for it.
HELD_OUT = {
    "pile6": (
        "a security desk's Wednesday (session 46): look-alike pairs (two ship seizures, two "
        "reshuffles, two bus crashes, two hospital cyber attacks, two rate cuts, two strikes "
        "on Kyiv hours apart), one quake as 'quake', 'earthquake' and 'tremor', a wire copy "
        "in three outlets, a live blog, an op-ed, a newsletter, and a bail hearing weeks "
        "before a verdict. Held out: F1 0.935 (P .878, R 1.000); merged: the two Kyiv "
        "strikes, the Gulf drills Iran announced with the tanker it seized, and the old bail "
        "hearing with the verdict. Tuned on in session 46 (1.000 after)."
    ),
    "pile7": (
        "a regional desk's Thursday (session 46), written after pile6 was tuned on: a coup "
        "attempt told by six outlets from its angles (the palace, the state agency's "
        "communiqué, the curfew, the bloc's condemnation, the morgue, a live blog), a "
        "blockade and its stranded truckers, look-alike pairs (two kidnappings, two mine "
        "accidents, two elections, two fuel protests, two IMF loans), an arrest weeks before "
        "its trial. Held out: F1 0.892 (P .970, R .826), the same before and after session "
        "46's story changes: the coup in six stories, the truckers apart from their "
        "blockade, an explainer apart from its strike, the old arrest with the trial. The "
        "checks made for pile6 and two trials did not carry over."
    ),
    "pile8": (
        "a Europe and Asia politics-and-economy desk's Tuesday (session 47), written after "
        "pile7: a government's fall told from seven angles (the vote, the markets, the "
        "opposition, a profile, a neighbour's reaction, an explainer, a live blog), the "
        "president naming a new prime minister that evening (its own story), look-alike "
        "pairs (two no-confidence votes, two factory fires, two rail strikes, two central "
        "banks, two Serbian protests, two trade deals), one strike as 'walkout', 'strike' "
        "and 'industrial action', a wire copy in three outlets, a market close naming five "
        "stories. Held out: F1 0.910 (P .868, R .956): the Czech fall whole, but with the "
        "Bulgarian vote (its government survived) and the evening's nomination in it, and "
        "the market close with a bank merger it names."
    ),
    "pile9": (
        "an Americas desk's Friday (session 47), written after pile8: a hurricane told from "
        "seven angles (two never name the storm), a state congress naming an interim mayor "
        "after a killing (its own story), look-alike pairs (two prison riots, two mayors "
        "killed, two migrant boats sunk, two mine strikes, a rate cut and a rate hold, two "
        "drug arrests), one riot as 'riot', 'mutiny' and 'uprising', a wire copy and its "
        "update, a translated communique, a newsletter, a football story in war words. "
        "Held out (before session 47's second story changes): F1 0.852 (P .875, R .830): "
        "Colombia's rate cut with Peru's hold and the markets' close, the interim mayor "
        "with the killing, a newsletter with a mayor's killing; the hurricane in five "
        "stories, the prison riot in three. Session 50's digest check (a close that "
        "retells events in its own words) took the close out of the rate cut (F1 .909 -> "
        ".924)."
    ),
    "pile10": (
        "a Middle East, Caucasus and Central Asia desk's Monday (session 48), written after "
        "pile9 was tuned on: a border war told from seven angles (the fighting, a state "
        "agency's dispatch, the truce calls, the evacuees, an analysis, the currency, a live "
        "blog), a neighbour closing its crossings (its own story), look-alike pairs (drone "
        "strikes in Iraq and Syria, two sets of talks in Muscat, two energy ministers "
        "resigning, two earthquakes, two central banks), a wire copy in three outlets and an "
        "update, a newsletter, a market close naming eight stories, football and opera in "
        "war words. Held out: F1 0.871 (P .907, R .838): the neighbour's closure with the "
        "war; the newsletter, the market close and an IPO in one story; the live blog, the "
        "currency, an op-ed and a feature each apart from their events. Tuned on in "
        "session 48 (0.951 after: the newsletter with its lead, the close alone, the live "
        "blog and the currency with the war; the closure, the op-ed and the feature stay)."
    ),
    "pile11": (
        "a South and Southeast Asia and Pacific desk's Thursday (session 48), written after "
        "pile10 was tuned on: a disputed election told from seven angles (the count, the "
        "economy and tourism, neighbours' reactions, an explainer, an op-ed, a live blog, a "
        "market vendor's feature that never names the vote), a court sealing the ballots "
        "(its own story), look-alike pairs (two courts on elections, two earthquakes, a rate "
        "cut and a hold, two aircraft orders, two factory strikes, a ferry sinking and "
        "floods), a wire copy in two outlets and its update, a newsletter, a market close "
        "naming seven stories, cricket and a box office in war words. Held out: F1 0.842 "
        "(P .933, R .767): the election in five stories, the court order with it, the "
        "close with the rate cut, a quake's hospital feature and a state agency's dispatch "
        "apart from their quakes, an explainer apart from its rate cut. Tuned on in "
        "session 48 (0.905 after: the close alone, the hospital feature with its quake, "
        "the explainer with its rate cut; the court order stays with the election, the "
        "neighbours' reactions, tourism and the vendor's feature apart from it, the agency "
        "dispatch apart from its quake)."
    ),
    "pile12": (
        "an Africa desk's Tuesday (session 49), written after pile11 was tuned on: a "
        "military takeover told from seven angles (the junta's statement, the deposed "
        "president's fate, the regional blocs' condemnation, flights, the currency, an "
        "analysis, a live blog), a neighbour closing its border (its own story), look-alike "
        "pairs (attacks on army posts in two countries, two cholera outbreaks, two ministers "
        "sacked, a deposed president held and an opposition politician arrested), a wire "
        "copy in two outlets, its update with a new toll and a translated state agency's "
        "dispatch, a newsletter, a market close naming seven stories, a feature that never "
        "names the outbreak, football and film in war words. Held out: F1 0.909 (P .977, "
        "R .849): every look-alike apart and the neighbour's closure alone; the takeover "
        "in five stories (the blocs' condemnation with the market close, the currency, the "
        "flights and the live blog each apart), the state agency's dispatch apart from its "
        "attack. Tuned on in session 49 (0.930 after: P 1.000, R .869; the blocs' "
        "condemnation with the takeover, the close alone; the flights, the currency, the "
        "live blog and the state agency's dispatch stay apart)."
    ),
    "pile13": (
        "a Europe desk's Wednesday (session 49), written after pile12 was tuned on: a "
        "power cable cut between Finland and Estonia told from seven angles (the "
        "operator's release, the crisis meeting, NATO, an explainer, a live blog, a "
        "feature that never names the cable), Sweden detaining the suspect ship (its own "
        "story), look-alike pairs (a Baltic power cable and a Shetland telecoms cable, two "
        "government crises, two strikes, two court rulings, rail sabotage charges beside a "
        "bridge collapse and a power-line deal), a wire copy in two outlets and its update, "
        "a newsletter, a market close, football and television in war words. Held out: F1 "
        "0.926 (P .970, R .886): the market close with a Commission fine and its appeal; "
        "the feature and the live blog apart from the cable, a bond market's view and an "
        "op-ed apart from their coalition's split. Not tuned on."
    ),
    "pile14": (
        "an East Asia and Pacific desk's Monday (session 50), written after pile12 was "
        "tuned on: a coast guard ship ramming a patrol boat near Pratas told from seven "
        "angles (the other side's translated statement, a coast guard's release, a market "
        "move, an explainer, a live blog, a feature that names neither the shoal nor "
        "China), a legislature releasing frozen coast guard funds (its own story), "
        "look-alike pairs (an artillery drill and a carrier's passage, two quakes, two "
        "court rulings, two strikes, a drone order and drone-part export rules), a fishing "
        "boat collision as one wire copy in two outlets and its update, a newsletter, an "
        "op-ed, a market close naming nine stories, figure skating and a film review. "
        "Held out: F1 0.866 (P .940, R .802): the island's market move with a loan rate "
        "cut and the region's market close; the feature apart from its collision, the "
        "wire's update apart from its copies, a strike's op-ed and commuters apart from "
        "the strike, the shelling's residents apart from the drill. Tuned on in session "
        "50 (F1 after: 0.943, P 1.000, R .892; the wire's update with its copies, the "
        "op-ed with its strike, the market move with its collision and the region's close "
        "alone; the commuters, the residents and the feature stay apart)."
    ),
    "pile15": (
        "a Latin America and Caribbean desk's Thursday (session 50), written after pile14 "
        "was tuned on: a prison break told from seven angles (the guards' association, a "
        "bond slide, an explainer, a live blog, a ministry's bulletin translated from "
        "Spanish, a feature that names neither the prison nor the country), a "
        "neighbour's border emergency (its own story), look-alike pairs (two prison "
        "incidents, three fuel-price stories, two mine accidents, two central bank "
        "decisions, two extraditions, two water disasters), a wire copy in two outlets "
        "and its update, two newsletters, a market close naming six stories, cricket and "
        "a film review in the escape's words. Held out: F1 0.964 (P .968, R .959): "
        "Paraguay's rate hold with Peru's rate cut, the feature apart from its escape. "
        "Tuned on in session 50 (F1 after: 0.979, P 1.000, R .959; the two central "
        "banks apart, each lead giving a bank of a country the other report never tells "
        "beyond a line; the feature stays apart)."
    ),
    "pile16": (
        "a Middle East and North Africa desk's Tuesday (session 50), written after pile15 "
        "was tuned on: a drone strike on an oil terminal told from seven angles (the "
        "accused side's denial, an oil price jump, an explainer, a live blog, the "
        "operator's release, a feature that never names the place), insurers listing the "
        "coast as high-risk (its own story), a central bank's rate rise from four "
        "outlets (a translated state agency's dispatch and an op-ed among them), "
        "look-alike pairs (two drone strikes, two central banks, two reshuffles, two "
        "shipwrecks, two verdicts against journalists, a sandstorm and floods), a wire "
        "copy in two outlets and its update, a newsletter, a market close, football and "
        "film in war words. Held out: F1 0.878 (P .894, R .862): the two shipwrecks "
        "merged, the insurers' listing with the strike; the rate rise in three stories, "
        "the denial and the feature apart from the strike. Tuned on in session 50 (F1 "
        "after: 0.960, P 1.000, R .923; the shipwrecks apart, each recalling the other "
        "in a line, the insurers' listing a story of its own, the rate rise whole; the "
        "denial and the feature stay apart)."
    ),
    "pile17": (
        "a global economy, energy, shipping and aviation desk's Wednesday (session 51), "
        "written after pile16 was tuned on: a refinery blast told from five angles (the "
        "operator, a trade journal, a translated local paper, diesel futures), a tanker "
        "aground in a strait from five (insurers, crew families who never name the ship "
        "or the strait, crude differentials, a republished wire), an airline grounding and "
        "a central bank's cut from four each, look-alike pairs (two refinery fires, two "
        "groundings, two airline incidents, two central banks, two port strikes), and "
        "market reports, a live blog and a freight index that name several stories. Held "
        "out: F1 0.918 (P .912, R .924): the oil price report merged with the blast, the "
        "IMF's update with the rate cut; the crew families and the crude differentials "
        "apart from the grounding. Tuned on in session 51 (F1 after: 0.948, P .973, R "
        ".924; the oil report apart from the blast, its lead giving the strait's closure "
        "by name as well, and the IMF's update apart from the rate cut, each opening on a "
        "body the other never names; the oil report now joins the crude differentials, "
        "whose lead gives the strait and no other event by name (its blast is 'a Dutch "
        "refinery'); the crew families, who never name the ship or the strait, and the "
        "differentials stay apart from the grounding)."
    ),
    "pile18": (
        "a UN and multilateral diplomacy desk's Tuesday (session 52), written after pile17 "
        "was tuned on: a Security Council vote told from six angles (a wire, an explainer "
        "before the vote, the winning and the losing sides' papers, a think-tank note, a "
        "newsletter), look-alike pairs (two Council votes of one day, a mission's renewal "
        "and an attack on its peacekeepers, an envoy's resignation and another's "
        "appointment, three ministers' meetings), a republished wire, family pieces that "
        "never name the mission. Held out: F1 0.907 (P .896, R .919): the EU's Haiti "
        "listings merged with the Libya vote, the mission's renewal with the attack; the "
        "think-tank note and a family piece apart from their stories. Tuned on in session "
        "52 (F1 after: 0.980, P 1.000, R .962; the EU's listings apart from the vote once "
        "its related-story teaser, a headline ending on a question mark, is no sentence "
        "of it (Haiti and Libya then place the two events apart); the renewal apart from "
        "the attack, its leads telling no one harmed and recalling the dead in a line, "
        "both leading with the mandate, which the attack's reports recall in a line; the "
        "think-tank note with the vote, its numbered points under headings of their own "
        "no digest's items; the family piece, which names neither the mission nor the "
        "place nor the ambush, only the dead corporal as one report of the attack does, "
        "stays apart)."
    ),
    "pile19": (
        "a single-war desk's Thursday (session 53), written after pile18 was tuned on: "
        "every article shares the same two countries and many share actors; strikes on "
        "three cities of one night, each its own story, and a national roundup of the "
        "night; a prisoner exchange told from four angles (both sides, the mediator's "
        "ministry, a family piece that never names the exchange) beside a return of "
        "bodies; talks in Istanbul from four; a claimed capture and its denial; places "
        "spelled both ways (Kharkiv/Kharkov, Zaporizhzhia/Zaporozhye); a live blog of "
        "several stories. Held out: F1 0.825 (P .815, R .835): the Istanbul talks merged "
        "with a bulk carrier hit off Pivdennyi and the live blog, the exchange with the "
        "return of bodies and a naval-drone piece of the Odesa strike; the mediator's "
        "statement, the family piece, a Moscow outlet's IAEA rotation and a war "
        "correspondents' piece on the Kharkiv strike apart from their stories. Tuned on "
        "in session 53 (F1 after: 0.910, P 1.000, R .835; the live blog a story of its own "
        "once its entries stamped with their zone, '22:10 GMT —', are read as a live "
        "page's; the ship apart from the talks and the Odesa strike, its lead's 'near "
        "Odesa' no second event once the strike's 'drones' are the ship's 'drone' in "
        "another form; the bodies apart from the exchange, whose wire gives their 1,000 "
        "only after 'in a separate repatriation'; the naval-drone piece, which spells "
        "Odessa, the mediator's statement, the family piece, the IAEA pair and the war "
        "correspondents' piece stay apart)."
    ),
    "pile20": (
        "one country's national desk, Nigeria's Tuesday (session 54), written after pile19 "
        "was tuned on: every article shares the country and most its institutions; a school "
        "abduction told six ways (a daily, a wire, the state's statement, an escape "
        "follow-up, an opinion column, a newsletter it leads), three village attacks in "
        "neighbouring states on one night, an airstrike's village feature that never names "
        "the strike, a rate decision beside the naira's fall, a fuel price rise with the "
        "union's ultimatum, a republished wire. Held out: F1 0.886 (P .920, R .854): the "
        "pump price's business story merged with the rate decision and the naira's fall; "
        "apart from their stories: the pipeline operator's statement, a mass burial after "
        "the Zamfara attacks, the state agency's flood statement, the village feature and "
        "the rest of the price story. Tuned on in session 54 (F1 after: 0.929, P 1.000, R "
        ".867; the pump price's story with its union's ultimatum once a lead's price per "
        "litre and the rate decision's leads' new rate are measures of two kinds (it had "
        "joined the rate decision by a mean of .1755 against the price story's .1747, and the "
        "naira's fall followed it); the operator's statement, the burial, the flood "
        "statement, the village feature and the naira's two reports stay apart)."
    ),
    "pile21": (
        "a world disasters desk's Wednesday (session 55), written after pile20 was tuned on: "
        "look-alike events in one vocabulary (two earthquakes, floods in three countries, "
        "two wildfires, a building collapse, a capsized boat, a mine accident, a typhoon, a "
        "heatwave, an outbreak), tolls that change between a story's reports, the same "
        "agencies in every story, an aftershock's own piece, an NGO's appeal, a live-blog "
        "summary, a roundup, a survivor's account. Held out: F1 0.959 (P 1.000, R .921): "
        "no two events merged; apart from their stories: a survivor's account of the Peru "
        "earthquake told from her bakery, and the typhoon's Philippine damage under its "
        "local name (the writer's call: one storm, two countries). Session 63's follow-up "
        "check (a lead sentence that names a story's event as known, by its place, day and "
        "what happened, after 'the') joins the typhoon's Philippine damage to its storm (F1 "
        ".959 -> .979)."
    ),
    "pile22": (
        "a national politics and courts desk's Thursday, India's (session 56), written after "
        "pile21 was tuned on: look-alike events in one vocabulary (three rulings on "
        "governors and speakers in three courts, two by-elections, two parliamentary "
        "hearings with the same Home Secretary, two ex-ministers arrested by two agencies, a "
        "governor and a minister both Mehrotra), a bill that continues from the day before, "
        "a wire copy on two sites, a live blog and a newsletter of several stories, an "
        "explainer and an opinion piece. Held out: F1 0.957 (P 1.000, R .918): no two "
        "events merged; apart from their stories: the Kerala paper's piece on its state's "
        "verdict, and a local paper's account of the searches at the arrested ex-minister's "
        "farmhouse."
    ),
    "pile23": (
        "a technology, cyber and platform-regulation desk's Monday (session 57), written "
        "after pile22: a ransomware attack on a health board told from six angles (the "
        "outage, the ransom note, the agency, patients, a live blog, an explainer), "
        "look-alike pairs (two retail breaches, two cloud outages, two antitrust fines on "
        "two platforms, two chip-export rules, two hackers arrested in two countries, two "
        "app bans), one outage as 'outage', 'disruption' and 'went dark', a press release "
        "in three outlets, a newsletter of five stories, an op-ed, and a pretrial hearing "
        "weeks before its verdict. Held out: F1 0.939 (P .940, R .938): merged: the Korean "
        "regulator's fine with the EU's (both on a platform's app rules); apart from their "
        "stories: a blog's 'half of Germany went dark' from its outage, a local paper's "
        "portrait of an arrested student from the arrest. Tuned on in session 57 (F1 "
        "after: 1.000, P 1.000, R 1.000; the two fines apart once a company that one "
        "story's reports name only in a closing line, and that the other's leads give, "
        "counts as that story's recall, not a name both give; the blog with its outage, "
        "as it names the outage's provider, region and banks in four lines, no essay's "
        "recall; the portrait with the arrest, its dateline's Alicante the town the "
        "arrest's lead gives)."
    ),
    "pile24": (
        "a health, science and environment desk's Wednesday (session 58), written after "
        "pile23: an outbreak told as 'outbreak', 'cluster' and 'cases surge' beside its "
        "look-alike in another country (Nipah in Kerala, Hendra in Queensland), look-alike "
        "pairs (two drug recalls by two regulators, two trial results, two pollution cases, "
        "two wildfire tolls, two nurses' strikes, two vaccine approvals), a press release "
        "in three outlets, a scientist's feature, a newsletter of several stories, and one "
        "appraisal body twice: an appeal against its rejection of last week (that story) "
        "beside its new recommendation (another). Held out: F1 1.000 (P 1.000, R 1.000)."
    ),
    "pile25": (
        "a US politics and states desk's Wednesday (session 59), written after pile24: a "
        "state budget told from six angles (the vote count, the fight over transit money, "
        "a school district's wait, an opinion column, the signing with a line-item veto, a "
        "bond-market note), a wire report on a bank hearing run by three outlets, "
        "look-alike pairs (two governors' vetoes, two state supreme courts on maps, two "
        "special elections, two shootings with a curfew in one city, two Senate hearings), "
        "a follow-up that names its event only by its consequence, and a newsletter. Held "
        "out: F1 0.914 (P .967, R .867): merged: the two shootings (Tulsa, Albuquerque); "
        "apart from their stories: the budget's school-district and bond-market pieces, "
        "the veto override count from the President's veto, and a county paper's 'will "
        "not be state law this year' from the Kansas veto. Tuned on in session 59 (F1 "
        "after: 0.929, P 1.000, R .867; the shootings apart once the wire's closing line, "
        "'In Tulsa, Oklahoma, a separate shooting ... on Tuesday', calls Tulsa another "
        "event's, its day no name of that event; the school district, the bond note, the "
        "override count and the county paper stay apart)."
    ),
    "pile26": (
        "a conflict-monitoring and security-incidents desk's Wednesday (session 60), "
        "written after pile25: look-alike incidents that must stay apart (two drone strikes "
        "on energy sites in Iraq and Sudan, two roadside bombs a day apart on the same "
        "highway claimed by the same group, two kidnappings of foreign workers in Niger "
        "State and in the country Niger, two prison breaks, two attacks on peacekeepers, "
        "two cross-border shellings), a gas-field strike told six ways (a wire, a regional "
        "government, a trade report, a local paper, a follow-up that names it by its "
        "consequences, an analysis), a wire text carried by three outlets, tolls that rise "
        "between reports, an analysis of two strikes and a newsletter. Held out: F1 0.933 "
        "(P .933, R .933): merged: the two highway bombs (Paharpur on Tuesday, Lakki "
        "Marwat on Monday); apart from their stories: the local paper's blackouts from the "
        "gas-field strike, and the Thai paper's evacuees told to stay in shelters from the "
        "shelling. "
        "Tuned on in session 60 (F1 after: 0.979, P 1.000, R .958; the highway bombs apart "
        "once two groups whose openings each place their event in a district of its own "
        "(a name before a noun of place), which the other's reports name in a line or two "
        "at most ('in neighbouring Lakki Marwat district the day before', 'between Bannu "
        "and Dera Ismail Khan'), on weekdays of their own, are two events; the evacuees "
        "with the shelling once a dateline's place that the headline opens on ('SURIN', "
        "'Surin evacuees') is a subject; the blackouts, which never name the gas field, "
        "stay apart)."
    ),
    "pile27": (
        "a Southeast Asia and Pacific desk's Thursday (session 61), written after pile26: "
        "names spelt differently by different outlets (transliterations of Burmese, Thai, "
        "Vietnamese and Khmer names, Indonesians known by one name, a shoal by its "
        "Philippine, English and Chinese names, a province spelt two ways, an acronym in "
        "one report and the full name in another), look-alikes in one country or sea (two "
        "typhoons in two countries, a coast-guard standoff and two fishing-boat seizures, a "
        "minister in two stories), follow-ups that tell the day before as background, a "
        "wire text carried under other headlines, a state-media version, a newsletter. "
        "Held out: F1 0.922 (P .950, R .896): merged: a Vietnamese boat seized in the "
        "Paracels with the typhoon that drove its crew to shelter; apart from their "
        "stories: China's state media's 'Huangyan Dao' from the Scarborough Shoal standoff, "
        "the Khmer paper's victims from the Sihanoukville raid, and the deputy prime "
        "minister's visit from the typhoon in Quang Ngai."
    ),
    "pile28": (
        "a night desk's Friday (session 62), written after pile27: stories that change "
        "shape as they develop (a police cordon that becomes a hostage-taking and a raid, "
        "with the count and the gunman's fate corrected; an airliner missing, then found "
        "crashed with another toll; a traders' march that becomes a riot and a curfew; a "
        "leak that becomes a minister's resignation; a distress call that becomes a sinking "
        "and a search; a sell-off that becomes a central bank's emergency rise), early and "
        "late reports sharing few words, look-alikes kept apart (a second hostage-taking, "
        "another march, another ship, another resignation), a live blog across three "
        "stories, explainers and a wire copy in two outlets. Held out: F1 0.987 (P 1.000, R "
        ".975): the only miss is the forint's sell-off apart from the central bank's "
        "emergency statement it caused (the writer's own unsure call)."
    ),
    "pile29": (
        "a migration and borders desk's Tuesday (session 63), written after pile28: a "
        "capsizing off Sicily told from six angles (the coast guard's count, the survivors "
        "landed at the port under its other name, the rescue ship, the families at home, "
        "the arrests, an analysis of the route), look-alikes kept apart (a second capsizing "
        "on the Atlantic route, two pushbacks at two borders, two camp fires, two "
        "deportation flights from one country, two asylum rulings), a returns deal and its "
        "protests, a border closure and its lorry queue, a monthly census and a live blog "
        "that touch several stories in passing, and a wire copy in two outlets. Held out: "
        "F1 0.959 (P .960, R .958): the families waiting in Egypt apart from the Sicily "
        "capsizing, and the monthly census joined to the Atlantic capsizing it names. "
        "Tuned on in session 63 (F1 after: 0.979, P 1.000, R .958; the census a story of "
        "its own once a report whose lead gives a count of its own and none of a story's "
        "names, and which names the story in a line or two past its first sentence and two "
        "other events of the pile a line each, joins none of them (its lead's Spain and "
        "Italy had kept it from reading as a recall), and 1.000 (P 1.000, R 1.000) once a "
        "report that leads with its own angle but whose lead sentence names a story's event "
        "as known, by its place, its day and two rare words of what happened, one after "
        "'the' ('the fishing boat that capsized off Sicily on Monday night'), is no report "
        "of its own (see lone_reports.names_the_event): the families in Egypt join the "
        "capsizing. Without the 'the', the test joined pile16's market close ('after a "
        "drone attack on an oil terminal') to the terminal strike.)"
    ),
    "pile30": (
        "a world elections desk's Monday in a crowded election week (session 64), written "
        "after pile29: a presidential run-off told nine ways (provisional and final counts, "
        "the winner's speech, the loser's refusal to concede, protests, observers, markets, "
        "the diaspora vote, an opinion column; names spelt with comma, cedilla and no mark), "
        "look-alikes kept apart (a second run-off, two recounts, two commissions' results, "
        "two observer reports by one office on one site, two candidates arrested, two "
        "debates), a wire carried word for word and trimmed, a live blog and a newsletter "
        "across many stories. Held out: F1 0.913 (P .958, R .872): the observers' report on "
        "the run-off joined the other vote's story, whose headline its last line linked to "
        "('→ Also on EuroAffairs Daily today: Kyrgyz vote ...'), and the run-off's diaspora "
        "queue, protest and column stood apart from its count. Tuned on in session 64 (F1 "
        "after: 0.932, P 1.000, R .872): a label that opens as a link's and goes on with a "
        "site's name or what it lists ('Also on EuroAffairs Daily today:', 'Related "
        "coverage:') before another story's headline is the page's link, as 'Related:' "
        "was; no other set moved. The run-off's three reports apart (their names spelt "
        "'Dârjan', the count's 'Darjan' and 'Dîrjan') were left as they are."
    ),
    "pile31": (
        "an international sports desk's Sunday night (session 65), written after pile30: a "
        "stadium crush before a derby told nine ways (a flash, wires, eyewitnesses, the "
        "club's statement, a live blog, a column, a foreign student's angle, the league's "
        "postponement, a French paper), look-alikes kept apart (two derbies, two coaches "
        "sacked, two doping suspensions, two injuries at one club, two East Asian transfers, "
        "one club name in two countries, a first leg's report and another tie's return-leg "
        "preview), names in several transliterations, a doping wire carried twice, a "
        "transfer roundup and a newsletter. Held out: F1 0.863 (P .938, R .800): two "
        "injuries at one club joined (a captain's knee and a winger's foot), and the "
        "newsletter joined the tournament bid; the crush's live blog, column and student "
        "stood apart, and so did one of each sacked coach's, doping case's and injury's "
        "reports. Tuned on half A in session 65 (F1 after: 0.888, P .963, R .825; half A "
        ".799 -> .882, half B .887 held out, unchanged): a translated page's header line "
        "('Sport Morava Online | Fotbal – legionáři | 24. 8. 2031 19:25 | Translated from "
        "Czech') is the page's, no longer the winger's report's first sentence; a name one "
        "outlet writes with two letters for one ('Oesterboelle') is the name another writes "
        "with its letter ('Østerbølle'), which joins the captain's club statement to his "
        "story; and two events of one kind that befell two people of one club stay apart: "
        "each report leads with its person, named in full and then by surname, and what "
        "befell him, which the other recalls in a line past its lead (recalled_each_other), "
        "and a report or story that never names the person the other's openings give is "
        "another event (misses_its_who, own_whos: the injuries apart from the signing the "
        "captain's prompted). No other set moved but BBC 250 B (wrongly merged .308 -> "
        ".300). The newsletter still joins the bid (three numbered items under headings, "
        "the first a question read as a paragraph: no roundup), and the manager's denial "
        "('Selamawit Tekle-Berhan') still stands apart from the wire."
    ),
    "pile32": (
        "a courts, crime and justice desk's Thursday (session 65), written after pile31: a "
        "rail corruption verdict told nine ways (court copy, a wire, the court's media "
        "summary, a live blog, the defence's appeal plan, the prosecutors' statement, the "
        "contractor's shares, a profile, a column), look-alikes kept apart (two murder "
        "trials opening, two extraditions, two prison escapes, two judges of one court, one "
        "businessman's verdict and his appeal of an earlier one, two cases under one law), "
        "names in several forms, a wire carried twice, a roundup and a newsletter. Held "
        "out: F1 0.940 (P .963, R .918): the European courts roundup that leads on the "
        "bankruptcy verdict joined an extradition's story, and the court's own media "
        "summary of the judgment stood apart from the verdict. Tuned on half A in session "
        "65 (F1 after: 0.963, P .963, R .963; half A .960 -> 1.000, half B .954 held out, "
        "unchanged): the court's media summary numbers its paragraphs, and had been read as "
        "a numbered roundup of several events, a story of its own; its points call the "
        "parties by the terms its first point defines for them ('Mr Vusumuzi Patrick "
        "Mabandla (accused 1)'), and a defined term is the name it stands for, so one cast "
        "runs through its points and it joins the verdict. No other set moved. The roundup "
        "under the extradition (half B) was left as it is."
    ),
    "pile33": (
        "a business and markets desk's Thursday (session 66), written after pile32: a "
        "Danish lender's capital shortfall and its chief executive's exit told eight ways "
        "(the bank's announcement, the regulator's order, a wire, a translated local paper, "
        "a live blog, a credit trade-press piece, a profile, a column), look-alikes kept "
        "apart (a second Danish bank's results and their preview, two companies named "
        "Harwick in two countries, two takeovers of gold miners, two plant closures, two "
        "fines by one regulator, two profit warnings), sums in eleven currencies, a wire "
        "carried twice, a live blog and a newsletter. Held out: F1 0.911 (P .854, R .975; "
        "half A .926, half B 1.000): the second bank's results, their preview and the "
        "morning newsletter joined the lender's story, and the American Harwick's "
        "press release stood apart from the report of its chief executive's resignation. "
        "Tuned on half A in session 66 (F1 after: 0.942, P .891, R 1.000; half A .926 -> "
        "1.000, half B 1.000 held out, unchanged): the newsletter heads each numbered item "
        "with its company ('2. Harwick plc.'), and a short heading of capitalised words is "
        "a name, the item's subject, not an analyst's point heading ('Net interest "
        "income.'): a numbered roundup, a story of its own; and 'Harwick Corp.' is "
        "'Harwick Corporation' with its head written short, one body, so the press release "
        "joins the report. No other set moved. The second bank's three files are half B's "
        "story, and they still sit inside half A's lender story: half A's score sees only "
        "its own files and does not show it, the 'all' row does (P .891). A test that "
        "parted two stories whose reports each lead with their own company (the first rare "
        "name of their headline or first sentence, which no report of the other leads "
        "with) made pile33 1.000 and moved no eval set, but let the maritime desk of "
        "tests/stories grow into one story of ten ships' incidents: left out. Session 67 "
        "(F1 1.000, P 1.000, R 1.000; half A 1.000, half B 1.000): that test asks that "
        "most of each group's headlines and first sentences open on the name, its news's "
        "actor (apart.own_actors), and the pair it parts stays apart however it meets "
        "again; the live blog joins the lender's story by the name its leads give, which "
        "the second bank's reports name too. No other set moved but pile9 (.924 -> .935); "
        "the maritime desk is as it was (Maren Bay with Aegean Pride)."
    ),
    "pile34": (
        "a weather and climate desk in a week of storms (session 67), written after pile33: a "
        "named storm on Scotland's islands told eight ways (the met office's red warning "
        "before it came, a live blog, a wire, a local paper, the council's evacuation notice, "
        "an insurer, a networks trade paper, a scientist's commentary) beside a second named "
        "storm in Portugal and Galicia told six ways, each naming the other; look-alikes kept "
        "apart (two floods in one river basin, two evacuations, two dam alerts, two power "
        "failures, a heatwave's load shedding and a bushfire from one wire, two met-office "
        "notices and two scientists' commentaries in two stories), figures in many units, a "
        "wire carried twice, a roundup newsletter. Held out: F1 0.838 (P .932, R .760; half A "
        ".911, half B .760): the Scottish storm's live blog and insurer stood alone and its "
        "other reports in two groups, a heatwave's wire joined a cold wave's, and the met "
        "office's month of statistics joined the storm. Tuned on half A in session 67 (F1 "
        "after: 0.895, P 1.000, R .810; half A .911 -> .978, half B .760 held out, "
        "unchanged): 'degrees Celsius' and 'Fahrenheit' are a scale's name, a unit, no name "
        "of who or where (words.toml's named_scales), so the heatwave's wire no longer opens "
        "on one scene with the cold wave's wire and joins its warning and its load shedding; "
        "a notice whose paragraphs point back ('in the above regions') leans on its first, so "
        "the cold wave's translated warning is one notice, no longer a numbered roundup of "
        "eight events; and a report that leads with no rare name and with a happening of its "
        "own, and names a story's name in a line past its lead, dated no later than two days "
        "after the story's first report, recalls that story (core_in_passing): the month of "
        "statistics stays apart from the storm (it had joined at a mean 0.0756 against a bar "
        "of 0.0754). No other set moved but pile8 (F1 .965 -> .980: its market close no "
        "longer joins the bank merger it names in a line). The cold wave's wire had stood "
        "apart from its warning because its dateline gives no year ('BEIJING, Nov 8'), which "
        "the run's clock supplied (2026, the warning is dated 2031); since every pile is read "
        "with the clock of its own day (desk_clock, session 67) it joins: F1 0.932 (P 1.000, "
        "R .873; half A 1.000, half B .824, up from .760 by that clock alone: the Scottish "
        "storm's reports are one group but for its insurer, and half B was not tuned on)."
    ),
    "pile35": (
        "a defence desk's two days (session 68), written after pile34: a training jet's "
        "crash in Wales told eight ways (the ministry's statement, a wire, a live blog, a "
        "local paper, a Welsh paper translated, a police update, a trade paper, a "
        "committee's notice) beside look-alikes kept apart (a second jet of the same type "
        "ditched in Australia ten hours later, with an aviation site's correction for "
        "confusing the two, and a helicopter's precautionary landing; two naval exercises "
        "in the Baltic; two arms deals of one maker; two deployments to Estonia; drones over "
        "the air base whose jets deploy; a minister's visit and the ministers' meeting he "
        "attends next day; an anniversary feature and a wartime bomb), a missile test with "
        "the airspace notice before it, a wire carried twice, a roundup newsletter. Held "
        "out: F1 0.933 (P .930, R .937; half A .916, half B 1.000): drones over the Danish "
        "base joined its jets' deployment, an alliance's statement on the mine-clearing "
        "exercise joined the ministers' meeting, and the exercise and a deployment each "
        "split in two. Tuned on half A in session 68 (F1 after: 1.000, P 1.000, R 1.000; "
        "half A .916 -> 1.000, half B 1.000 held out, unchanged): a report whose lead gives "
        "a count most of a story's leads give ('another 350 British soldiers') tells the "
        "story's happening, however it words the rest, and is no new event that recalls "
        "the story in a line (event_in_passing), so the Tapa paper's reaction joins the "
        "Royal Welsh reinforcement; a report's own happening may be recalled in passing by "
        "half a story's reports, not only by fewer, so the drones over Skrydstrup, which "
        "one of the deployment's two reports closes on, stand apart from its jets' "
        "deployment; and a region after a compass point in a line that calls another event "
        "separate ('their own naval exercise in the northern Baltic') says where, not which "
        "event (Text.separate), so the alliance's statement leaves the ministers' meeting "
        "and joins the exercise's other two reports. No other set moved but pile12 (F1 "
        ".930 -> .949: its translated state agency's dispatch joins the army post attack)."
    ),
    "pile36": (
        "a technology and science desk's Monday (session 69), written after pile35: a German "
        "rocket's failed flight from Andoya told eight ways (the maker's statement, a wire, a "
        "translated local paper on debris, trade press, a journal's news pages, a university "
        "release, a customer's stock-exchange release, a newsletter roundup) beside "
        "look-alikes kept apart (a sounding rocket launched from the same island on Monday, "
        "an anniversary feature on the 1995 rocket scare, a fireball taken for debris; two "
        "banks' data breaches; two regulators fining one platform, named by brand, parent "
        "and ticker, for two offences, with a trade paper's correction; two governments' "
        "chip-export rules on one day), results and job cuts in one release, an outage and "
        "its post-mortem, a court ruling and its appeal, a wire carried twice. Held out: F1 "
        "0.957 (P .917, R 1.000; half A 1.000, half B 1.000): the two regulators' fines of "
        "the one platform joined, and the anniversary feature joined Monday's launch. Tuned "
        "on the whole pile in session 69, since both errors merged stories of the two "
        "halves and neither half's figure could be held out (F1 after: 1.000, P 1.000, R "
        "1.000; half A 1.000, half B 1.000, unchanged): a correction's day as the AP writes "
        "it ('Correction, Jan. 28, 2030:') is the note's day (ingest.notes), so the trade "
        "paper's dated correction is set aside as every other correction is, no longer its "
        "lede naming the Italian authority it had first confused; its lede's acting body, "
        "South Korea's regulator, places the Korean fine where no report of Italy's tells, "
        "and the two fines stay apart (recalled_elsewhere); a piece whose first sentence "
        "opens in an earlier year and tells it in the simple past ('On a clear winter "
        "morning in January 1995, ...') is that year's event beside reports none of which is "
        "dated in or next to it (of_an_earlier_year), so the feature leaves Monday's launch; "
        "and a word a lead gives only after a marker of what came before ('two days after a "
        "German orbital rocket failed there') is the earlier event's (Text.recalled_words), "
        "so the spaceport's item, whose range lies 'separate from the new orbital launch "
        "site', still joins the English site's report of that launch (called_separate). No "
        "other set moved, nor the cross-day figures."
    ),
    "pile37": (
        "a health and medicine desk's Thursday (session 70), written after pile36: a Marburg "
        "outbreak in Tanzania told eight ways (the health ministry's statement, a situation "
        "report, a wire, a live blog of a briefing, a journal's news pages, a translated "
        "regional paper, a vaccine maker's release, a neighbour's border screening) beside "
        "look-alikes kept apart (a Marburg cluster in Uganda, a separate spillover, and an "
        "anniversary feature on 1967; one drug recalled in two markets under two brands, and "
        "its maker's results the next morning; a drug's approval and a different trial of it "
        "published a day later; a ransomware attack on one hospital and a failed update at "
        "another; a nurses' strike and another union's strike vote), a minister's resignation "
        "and her successor's swearing-in told as one story, a wire carried twice, a corrected "
        "wire, a roundup. Held out: F1 0.894 (P .840, R .956; half A .929, half B .905): the "
        "maker's results joined the British recall, the approval and the trial joined, the "
        "strike and the strike vote joined, and the ministry's statement stood apart from "
        "the rest of its outbreak. Tuned on half A in session 70 (F1 after: 0.948, P .940, "
        "R .956; half A .929 -> 1.000, half B .905 held out, unchanged): a sentence that "
        "calls what it tells another event names that event's doer or act ('whose nurses "
        "... begin a separate 48-hour strike', 'allied health workers, represented by a "
        "separate union, voted'), and a word there that most leads of the other group of "
        "two or more give and no lead of its own group gives keeps the two apart "
        "(called_separate, Text.called_words), so the strike and the other union's strike "
        "vote are two stories; and a single report whose first sentence opens on its own "
        "doer, a rare name no lead of the story gives ('Marlowe Pharma plc ... today "
        "announces its unaudited results'), whose lead tells nothing most of the story's "
        "leads tell, and which gives the story's who and where in a line or two past its "
        "lead is a new event though it tells its own happening only once, where no report "
        "of the story names it (event_in_passing), so the maker's half-year results leave "
        "the British recall (a half-B story leaving a half-A one). No other set moved, nor "
        "the cross-day figures."
    ),
    "pile38": (
        "an energy and climate desk's Tuesday (session 71), written after pile37: a climate "
        "summit's first draft text told eight ways (a Monday-night wire, the wire carried "
        "twice under new headlines, a live blog, a campaign coalition's statement, a "
        "translated ministry statement, an opinion column, a newsletter roundup) beside "
        "look-alikes kept apart (two leaks on one pipeline five days apart; a storm blackout "
        "in one state and a grid operator's shortage warning in another; two offshore wind "
        "auctions in two countries; one reactor restarting and another shut for repairs; a "
        "different summit's side deal; an oilfield fire the producers' communique notes), an "
        "oil producers' pause and the price rise it caused told as one story, an anniversary "
        "feature on an old oil spill, a corrected wire, one company named four ways. Held "
        "out: F1 0.924 (P .960, R .891; half A 1.000, half B .927), committed before any "
        "tuning. Tuned on half B in session 71 (F1 after: 0.980, P .960, R 1.000; half B "
        ".927 -> 1.000, half A 1.000 held out, unchanged): a live page's entry tells the one "
        "story whose leads alone give a rare word the entry writes in small letters "
        "(live.entry_acts: 'the fossil paragraph', 'a second draft is planned'), where its "
        "names are countries and delegates, so the live blog joins the draft; beside a "
        "report whose lead gives the story's place ('farmer describes leak on his land south "
        "of Hardisty'), a story's core names leave out those most of its reports give only in "
        "a line or two past their leads (lone_reports._told_names: the other leak's province, "
        "a regulator), so the local paper's farmer, who leads with his own name, joins the "
        "Alberta leak; and a sentence that opens on a rare name the other report writes "
        "within its sentences names it ('AEMO declares ...': in_passing._opened_on_theirs), "
        "so the grid operator's notice no longer recalls the Brisbane site's report of it in "
        "passing, and the two join. Other sets moved up only: pile12 F1 .949 -> .963 "
        "(with the live page's change), pile31 .888 -> .903 and Multi-News whole .899 -> "
        ".901 (half B .900 -> .904; with the other two); across days, Multi-News half B "
        "has one continued story fewer (60 -> 59, linked 43 and false links 4 as before). "
        "The Kazakh field fire still sits "
        "in the OPEC+ story (a half-A story inside a half-B one, which the 'all' row "
        "shows: P .960)."
    ),
    "pile39": (
        "a food and agriculture desk's Friday (session 72), written after pile38: an "
        "exporter's overnight grain export ban told eight ways (the ministry's translated "
        "decree, a Thursday-night wire, a live markets page, the growers' union, a port "
        "paper's lorry queue, an importer's millers, an analyst's note, a newsletter "
        "roundup), an afternoon clarification joining it, beside look-alikes kept apart (two "
        "bird-flu outbreaks in the Netherlands and Belgium, each naming the other; one "
        "salmon brand's listeria recall in two markets and another maker's recall of the "
        "same product; locust alerts on both sides of one border; a wheat forecast cut and a "
        "food price index the same morning; a fertiliser plant fire and a fertiliser plant "
        "strike; farmers' protests in two capitals), a takeover approach that turns from "
        "talks to rejection within the day, a wire carried twice, a corrected wire, an "
        "anniversary feature and an opinion column. Held out: F1 0.936 (P .950, R .923; "
        "half A .944, half B 1.000), committed before any tuning: the two salmon recalls "
        "joined but for the trade paper's, and the port paper's lorry queue stood apart "
        "from the ban. Tuned on half A in session 72 (F1 after: 0.978, P 1.000, R .956; "
        "half A .944 -> .969, half B 1.000 held out, unchanged): a word with a hyphen is "
        "used where its parts stand in a row (mentions.lines_with: the trade paper's "
        "'cold-smoked salmon' is the recall notice's 'Cold Smoked Norwegian Salmon'), so "
        "the trade paper, which event_in_passing had read as telling a happening of its "
        "own, joins the UK notice and the Irish site, and the three, placed in the UK and "
        "Ireland, stay apart from the other maker's recall in Germany (recalled_elsewhere), "
        "which the notice and the Irish site had joined alone; a digest's line counts a "
        "compound written open by its words, not again as the compound (beside._retelling: "
        "pile38's newsletter and column had otherwise left the draft, .980 -> .939); and a "
        "report whose headline or first sentence names a rare word most of a story's leads "
        "give as known ('on the first day of the ban': mentions.as_known) is no new event "
        "that recalls the story in a line (event_in_passing). No other set moved, nor the "
        "cross-day figures. Left: the port paper's lorry queue still stands apart, now by "
        "leads_with_its_own, since the ban's core names are the invented country's name "
        "and adjective, which a local paper of that country never writes and a gazetteer "
        "country would not count (with Korvania known, it joins by the last change); and "
        "without the trade paper, the notice and the Irish site would still join the other "
        "maker's recall (the Irish site's lead names no maker, brand or country: 'a "
        "popular brand', 'Irish shops')."
    ),
}


@dataclass(frozen=True)
class Pile:
    """One labelled set, ingested: the corpus and, for each file, its source or None."""

    name: str
    gold: dict[str, str]  # file name -> story id
    corpus: Corpus
    source_of: dict[str, int | None]  # file name -> source number (None: rejected)


def half(story: str) -> str:
    """'A' or 'B', stable across runs and machines."""
    return "A" if zlib.crc32(story.encode("utf-8")) % 2 == 0 else "B"


def load(folder: Path, options: Options | None = None) -> Pile:
    """A labelled folder as a desk would have read it on the evening of its latest dated
    article (`desk_clock`), unless `options` brings a clock of its own."""
    gold = read_labels(folder / "labels.tsv")
    paths = [Path(item.path) for item in expand([str(folder / "articles")])]
    corpus, source_of = _ingested(paths, options or Options(now=desk_clock(paths)))
    return Pile(folder.name, gold, corpus, source_of)


def desk_clock(paths: Sequence[Path]) -> datetime.datetime | None:
    """18:00 UTC on the latest day any of the files is dated to, or None if none is.

    The run's clock gives a dateline without a year ("BEIJING, Nov 8") its year, and a
    date past the clock or weeks before it counts for less. Read on the day the eval
    happens to run, a pile of 2031 would score one way in November 2026 and another in
    December, so each pile is read on its own day, as the desk that filed it would."""
    days = []
    for path in paths:
        try:
            date = ingest(str(path), 1, Options()).date
        except (InputError, NoInputError):
            continue
        try:
            days.append(datetime.date.fromisoformat((date or "")[:10]))
        except ValueError:  # none, or only a year or a month ("2012")
            continue
    if not days:
        return None
    return datetime.datetime.combine(max(days), datetime.time(18), tzinfo=datetime.UTC)


def read_labels(path: Path) -> dict[str, str]:
    """labels.tsv: each file's name, a tab, its story's id."""
    gold: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            name, story = line.split("\t")[:2]
            gold[name.strip()] = story.strip()
    return gold


def _ingested(
    paths: Sequence[Path], options: Options, names: Sequence[str] | None = None
) -> tuple[Corpus, dict[str, int | None]]:
    """The files as the pipeline reads a folder: each readable one a source (a byte copy
    too), a rejected one None. Keyed by file name, or by `names` where given."""
    documents: list[Document] = []
    source_of: dict[str, int | None] = {}
    for path, name in zip(paths, names or [p.name for p in paths], strict=True):
        try:
            doc = ingest(str(path), len(documents) + 1, options)
        except (InputError, NoInputError):
            source_of[name] = None
            continue
        documents.append(doc)
        source_of[name] = doc.source.number
    return segment(documents, options.language, options.max_sentences), source_of


def bcubed(gold: Mapping[str, str], predicted: Mapping[str, str]) -> tuple[float, float, float]:
    """BCubed precision, recall and F1 over the items of `gold`."""
    items = list(gold)
    if not items:
        return 0.0, 0.0, 0.0
    by_gold: dict[str, set[str]] = {}
    by_pred: dict[str, set[str]] = {}
    for item in items:
        by_gold.setdefault(gold[item], set()).add(item)
        by_pred.setdefault(predicted[item], set()).add(item)
    precision = recall = 0.0
    for item in items:
        same_pred = by_pred[predicted[item]]
        same_gold = by_gold[gold[item]]
        both = len(same_pred & same_gold)
        precision += both / len(same_pred)
        recall += both / len(same_gold)
    precision /= len(items)
    recall /= len(items)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def predicted_labels(pile: Pile) -> tuple[dict[str, str], float]:
    """File name -> predicted cluster id, and the seconds find_stories took."""
    start = time.perf_counter()
    groups = find_stories(pile.corpus)
    seconds = time.perf_counter() - start
    story_of = {s: f"s{g.sources[0]}" for g in groups for s in g.sources}
    labels = {
        name: story_of[number] if number is not None else f"rejected:{name}"
        for name, number in pile.source_of.items()
    }
    return labels, seconds


def score_pile(
    pile: Pile, labels: Mapping[str, str]
) -> list[tuple[str, int, int, int, float, float, float]]:
    """(part, articles, stories, found, P, R, F1) for the whole set and each half."""
    rows = []
    for part in ("all", "A", "B"):
        gold = {f: s for f, s in pile.gold.items() if part == "all" or half(s) == part}
        predicted = {f: labels[f] for f in gold}
        counts = (len(gold), len(set(gold.values())), len(set(predicted.values())))
        rows.append((part, *counts, *bcubed(gold, predicted)))
    return rows


# --- small piles ----------------------------------------------------------------------

# A user's inbox holds a few stories, not hundreds: piles of 2 to 4 labelled stories,
# drawn with a fixed seed. Half A (even piles) is for tuning, half B (odd piles) the check.
SMALL_PILES = 30
SMALL_SEED = 9
# BBC piles: the first articles of one desk, each its own event (one day's news of one
# field: the hard case for precision). 64 articles a desk, in piles of 8 and of 16.
BBC_DESK_ARTICLES = 64
BBC_PILE_SIZES = (8, 16)


def sub_pile(pile: Pile, names: Sequence[str], name: str) -> Pile:
    """The part of a pile that holds these files, as if it had been fed alone."""
    numbers = {pile.source_of[n] for n in names} - {None}
    corpus = Corpus(
        documents=tuple(d for d in pile.corpus.documents if d.source.number in numbers),
        sentences=tuple(s for s in pile.corpus.sentences if s.source in numbers),
    )
    source_of = {n: pile.source_of[n] for n in names}
    return replace(
        pile, name=name, gold={n: pile.gold[n] for n in names}, corpus=corpus, source_of=source_of
    )


def small_piles(pile: Pile) -> list[Pile]:
    """SMALL_PILES piles of 2 to 4 stories of one set. In a set of look-alike pairs
    (ECB+: topic `N` holds events `N_ecb` and `N_ecbplus`) a pile takes both events of one
    or two topics, so every pile holds look-alikes."""
    rng = random.Random(f"{pile.name}:{SMALL_SEED}")
    by_story: dict[str, list[str]] = {}
    for name, story in sorted(pile.gold.items()):
        by_story.setdefault(story, []).append(name)
    stories = sorted(by_story)
    topics: dict[str, list[str]] = {}
    for story in stories:
        topics.setdefault(
            story.split("_")[0] if pile.name.startswith("ecbplus") else story, []
        ).append(story)
    paired = all(len(events) == 2 for events in topics.values())
    piles = []
    for number in range(SMALL_PILES):
        if paired:
            chosen = [s for t in rng.sample(sorted(topics), rng.randint(1, 2)) for s in topics[t]]
        else:
            chosen = rng.sample(stories, rng.randint(2, 4))
        names = sorted(n for story in chosen for n in by_story[story])
        piles.append(sub_pile(pile, names, f"{pile.name}#{number}"))
    return piles


def bbc_piles(data: Path, options: Options | None = None) -> list[tuple[int, list[Pile]]]:
    """For each size of BBC_PILE_SIZES, piles of that many consecutive articles of one
    desk; gold: every article its own story."""
    root = Path(data) / "bbc" / "articles"
    desks = sorted(p for p in root.iterdir() if p.is_dir())
    out: list[tuple[int, list[Pile]]] = [(size, []) for size in BBC_PILE_SIZES]
    for desk in desks:
        paths = sorted(desk.glob("*.txt"))[:BBC_DESK_ARTICLES]
        corpus, source_of = _ingested(paths, options or Options())
        whole = Pile(desk.name, {p.name: p.name for p in paths}, corpus, source_of)
        for size, piles in out:
            for start in range(0, len(paths) - size + 1, size):
                names = [p.name for p in paths[start : start + size]]
                piles.append(sub_pile(whole, names, f"{desk.name}#{start // size}"))
    return out


# A big inbox of a few desks (issue 9: "for a few thousand"): piles of 100 and 250 BBC
# articles, as many from each of the 5 desks, drawn with a fixed seed. Half A draws from
# the even-numbered files of each desk (tuning), half B from the odd ones (the check).
# Gold: every article its own event, as in the one-desk piles.
BBC_BIG_SIZES = (100, 250)
BBC_BIG_SEED = 8


def bbc_big_piles(data: Path, options: Options | None = None) -> list[tuple[int, str, Pile]]:
    """(size, half, pile) for each size of BBC_BIG_SIZES and each half."""
    root = Path(data) / "bbc" / "articles"
    desks = sorted(p for p in root.iterdir() if p.is_dir())
    out = []
    for size in BBC_BIG_SIZES:
        for part, parity in (("A", 0), ("B", 1)):
            paths: list[Path] = []
            for desk in desks:
                files = [p for p in sorted(desk.glob("*.txt")) if _number(p) % 2 == parity]
                rng = random.Random(f"{desk.name}:{size}:{BBC_BIG_SEED}")
                paths += sorted(rng.sample(files, min(len(files), size // len(desks))))
            names = [f"{p.parent.name}/{p.name}" for p in paths]
            corpus, source_of = _ingested(paths, options or Options(), names)
            gold = {name: name for name in names}
            out.append((size, part, Pile(f"bbc{size}{part}", gold, corpus, source_of)))
    return out


# A morning inbox of a few desks: piles of 25 BBC articles, 5 from each desk, drawn with a
# fixed seed; half A's piles from the even-numbered files (tuning), half B's from the odd.
# Gold: every article its own event. Here the field's words of one desk (a party, its
# leader, the election) are rare in the pile, so two of its reports look alike.
BBC_MIXED_PILES = 10  # per half
BBC_MIXED_PER_DESK = 5


def bbc_mixed_piles(data: Path, options: Options | None = None) -> list[tuple[str, list[Pile]]]:
    """(half, piles) for halves A and B: BBC_MIXED_PILES piles of 5 desks x 5 articles."""
    root = Path(data) / "bbc" / "articles"
    desks = sorted(p for p in root.iterdir() if p.is_dir())
    out = []
    for part, parity in (("A", 0), ("B", 1)):
        drawn: list[list[Path]] = [[] for _ in range(BBC_MIXED_PILES)]
        for desk in desks:
            files = [p for p in sorted(desk.glob("*.txt")) if _number(p) % 2 == parity]
            for number, paths in enumerate(drawn):
                rng = random.Random(f"{desk.name}:mixed:{number}:{BBC_BIG_SEED}")
                paths += sorted(rng.sample(files, min(len(files), BBC_MIXED_PER_DESK)))
        wanted = sorted({p for paths in drawn for p in paths})
        names = [f"{p.parent.name}/{p.name}" for p in wanted]
        corpus, source_of = _ingested(wanted, options or Options(), names)
        whole = Pile(f"bbc-mixed{part}", {n: n for n in names}, corpus, source_of)
        piles = [
            sub_pile(whole, [f"{p.parent.name}/{p.name}" for p in paths], f"{whole.name}#{k}")
            for k, paths in enumerate(drawn)
        ]
        out.append((part, piles))
    return out


def _number(path: Path) -> int:
    digits = "".join(c for c in path.stem if c.isdigit())
    return int(digits) if digits else 0


def mean_scores(piles: Sequence[Pile]) -> tuple[float, float, float, float, float]:
    """Mean stories, mean stories found, and BCubed P, R, F1 averaged over the piles."""
    totals = [0.0] * 5
    for pile in piles:
        labels, _ = predicted_labels(pile)
        found = len(set(labels.values()))
        scores = bcubed(pile.gold, labels)
        for k, value in enumerate((len(set(pile.gold.values())), found, *scores)):
            totals[k] += value
    count = max(1, len(piles))
    stories, found, precision, recall, f1 = (t / count for t in totals)
    return stories, found, precision, recall, f1


def wrongly_merged(piles: Sequence[Pile]) -> tuple[float, int]:
    """On piles of distinct events: the share of articles put in a story with another,
    and how many such stories there are."""
    merged = articles = groups = 0
    for pile in piles:
        labels, _ = predicted_labels(pile)
        sizes: dict[str, int] = {}
        for label in labels.values():
            sizes[label] = sizes.get(label, 0) + 1
        merged += sum(size for size in sizes.values() if size > 1)
        groups += sum(1 for size in sizes.values() if size > 1)
        articles += len(labels)
    return merged / max(1, articles), groups


def halves(piles: Sequence[Pile]) -> list[tuple[str, list[Pile]]]:
    """All piles, then half A (even pile numbers: tuning) and half B (odd: the check)."""
    return [("all", list(piles)), ("A", list(piles[0::2])), ("B", list(piles[1::2]))]


def small_report(data: Path, piles_of: Mapping[str, Pile]) -> list[str]:
    lines = [
        "",
        f"### Small piles: {SMALL_PILES} piles of 2 to 4 stories per set",
        "",
        "Stories drawn with a fixed seed (in ECB+, both look-alike events of one or two "
        "topics). BCubed averaged over piles; half A is the even piles (tuning), B the odd. "
        "Multi-News piles lose recall only (precision 1.000): read by hand, the articles "
        "left alone are mostly pages the scrape got instead of the story (web-archive crawl "
        "notices, sign-up and 'enable JavaScript' pages, an encyclopedia entry, a list of "
        "carcinogens, a trekking blog) or commentary that shares one name with it.",
        "",
        "| set | part | piles | stories | found | precision | recall | F1 |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name, pile in piles_of.items():
        for part, piles in halves(small_piles(pile)):
            stories, found, precision, recall, f1 = mean_scores(piles)
            lines.append(
                f"| {name} | {part} | {len(piles)} | {stories:.1f} | {found:.1f} | "
                f"{precision:.3f} | {recall:.3f} | {f1:.3f} |"
            )
    lines += [
        "",
        "### BBC piles of one desk: every article its own event",
        "",
        f"The first {BBC_DESK_ARTICLES} articles of each of the 5 desks, in consecutive piles. "
        "Wrongly merged: the share of articles put in a story with another (gold: none). "
        "A few such merges are right: the set holds follow-ups of one event (a doping case "
        "and its appeals, two interviews of one club chief), so 0 is not the floor.",
        "",
        "| pile size | part | piles | wrongly merged | merged stories | precision |",
        "|---|---|---:|---:|---:|---:|",
    ]
    for size, bbc in bbc_piles(data):
        for part, piles in halves(bbc):
            share, groups = wrongly_merged(piles)
            precision = mean_scores(piles)[2]
            lines.append(
                f"| {size} | {part} | {len(piles)} | {share:.3f} | {groups} | {precision:.3f} |"
            )
    lines += [
        "",
        f"### BBC piles of {BBC_MIXED_PER_DESK * 5} articles, five desks: every article its "
        "own event",
        "",
        f"{BBC_MIXED_PILES} piles per half, {BBC_MIXED_PER_DESK} articles of each desk, drawn "
        "with a fixed seed; half A from the even-numbered files (tuning), B from the odd. A "
        "morning inbox: one desk's words (a party, its leader) are rare in the pile, so two "
        "of its reports can look alike.",
        "",
        "| part | piles | wrongly merged | merged stories | precision |",
        "|---|---:|---:|---:|---:|",
    ]
    for part, piles in bbc_mixed_piles(data):
        share, groups = wrongly_merged(piles)
        precision = mean_scores(piles)[2]
        lines.append(f"| {part} | {len(piles)} | {share:.3f} | {groups} | {precision:.3f} |")
    lines += [
        "",
        "### BBC piles of five desks: every article its own event",
        "",
        f"Piles of {' and '.join(map(str, BBC_BIG_SIZES))} articles, a fifth from each desk, "
        "drawn with a fixed seed; half A from the even-numbered files (tuning), B from the odd. "
        "A big inbox of a few desks is where a season's words (an election campaign, a "
        "tennis tour) could join a desk's reports into one blob. A few merges are right "
        "(copies, follow-ups), so precision 1 is not the ceiling.",
        "",
        "| articles | part | found | largest stories | wrongly merged | precision |",
        "|---:|---|---:|---|---:|---:|",
    ]
    for size, part, pile in bbc_big_piles(data):
        labels, _ = predicted_labels(pile)
        counts: dict[str, int] = {}
        for label in labels.values():
            counts[label] = counts.get(label, 0) + 1
        largest = ", ".join(map(str, sorted(counts.values(), reverse=True)[:5]))
        share, _ = wrongly_merged([pile])
        precision = bcubed(pile.gold, labels)[0]
        lines.append(
            f"| {size} | {part} | {len(counts)} | {largest} | {share:.3f} | {precision:.3f} |"
        )
    lines += [
        "",
        "Checks on top of the group mean (brief/stories/apart/), each tuned on half A: a "
        "story's first three texts must each be near the other two; two groups of two or "
        "more texts merge only if they are alike with each other at half their own cohesion "
        "(two tight groups alike by their field are two look-alike events); in piles of 150 "
        "texts or more, a text starts a story, or joins one of up to 3, only if the terms "
        "that are theirs (the rest of the pile uses them in at most one text near neither) "
        "make them alike on their own, two single texts whose headlines and first sentences "
        "share no rare word start one only at 0.7 of their similarity, and a story of three "
        "or more must keep one subject (a rare name of a headline or first sentence) that "
        "70% of its reports name. Two texts "
        "that each place their event in a country the other never names are two events, and "
        "so are two groups of four or more that each keep a name the other never uses, one "
        "of them a name their leads give (outlets of one event quote their own witnesses "
        "further down), and two groups each of whose reports open on the day of its event, "
        "no day the other's give, each with a subject the other never mentions (a user's two "
        "seizures of one militia, Saturday's Kestrel Bay and Monday's Orion Star, told in one "
        "agency's template; this check moved no figure here but one merge of MultiLing's "
        "half B, -0.002 F1). A single report that shares another group's names in at most "
        "two lines past its lead recalls that event and does not join it (two users' "
        "trials: a Kazakh pipeline fire whose last line recalled a "
        "Georgian pipeline's sabotage, and a Thai-Cambodian mediation that closed on the "
        "Kyrgyz-Tajik ceasefire, had each joined the other story; Multi-News -0.003 F1, "
        "the BBC piles' wrong merges down by a tenth). Two groups are two events when a "
        "report of one calls the other's event separate ('In a separate attack ...') and "
        "names after it a subject of the other's that it names nowhere else (a held-out "
        "morning's two Borno attacks of one day; no figure here moved), or when a single "
        "report says its own event is not linked to what it names, in that sentence alone, "
        "by a word of what happened that most of the other's leads give ('treating the case "
        "separately from the dispute over the survey ship', 'has nothing to do with'; a "
        "user's trial, a citizen's arrest in a naval standoff's story; no figure moved), and "
        "a single report "
        "and a story are placed apart as two reports are (each in a country the other never "
        "names) when the story's reports recall the report's country in a line or two at "
        "most (an analysis comparing two ministers' falls; no figure moved). A single report "
        "and a story of three or more that name none of each other's subjects, their country "
        "aside, join only at 0.7 of their similarity, as two single reports with subjects of "
        "their own do (a held-out evening's school strike beside its port strike; BBC 100 B "
        "wrong merges .190 -> .180, no figure fell); so are two stories of two or more "
        "reports whose every report is placed in a country no report of the other tells, "
        "however they recall each other (one envoy's talks in China and the camp gunfight "
        "in Bangladesh she had left; no figure moved), and so are two stories of two or "
        "more when every report of one names a subject most of the other's leads give in a "
        "line or two past its own lead (a Kyiv strike's reports recalling the NATO meeting "
        "in Brussels; Multi-News all precision .949 -> .952). Two reports that open on "
        "one scene (a rare name that is no country's, a rare word of what happened in small "
        "letters, one weekday, dated within two days, neither with a subject the other never "
        "names) are linked at the bar: a user's coup curfew, bloc condemnation and emptied "
        "streets of one capital had been three stories (no figure moved). So are two that "
        "share a subject and a count of their headlines and first sentences, where a name "
        "that opens a headline, whose capital alone makes no name, is one where another "
        "report of the pile writes it within a sentence: an agency's bulletin 'Tarsa dam "
        "failure: situation at 18:00' over 'The NCPA confirms 27 deaths' is the story of the "
        "wire's '... two days after the collapse of the Tarsa dam, as the death toll rose to "
        "27' (a user's trial; no figure moved). Among dated reports, "
        "three more keep events apart, none moving a figure here (the blind pile6 F1 .935 -> "
        ".973): a report weeks older than a story that recalls it by its day, and that never "
        "names what the story's leads say happened since, is the saga's earlier event (a bail "
        "hearing beside the verdict; by dates alone MultiLing F1 .913 -> .860); a report of "
        "the story's days that names the story's happening in a line past its lead and tells "
        "its own again and again, which the story never tells, is a new event (a navy's "
        "announced drills beside the tanker it seized; undated, DUC F1 .905 -> .877); and a "
        "report whose lead gives no weekday and none of the story's lead subjects, beside a "
        "story of the day whose leads give its day, is commentary (an essay on the Black Sea "
        "beside a port strike; undated, DUC .905 -> .864). The countries a headline names are "
        "named by its report ('Paris, London and Berlin prepare a censure', a body naming "
        "Vienna only), and a clipping or plainer word of words.toml's same_words is the term "
        "it stands for, as in the daily matching ('quake', 'earthquake'; DUC F1 .905 -> "
        ".915). Two reports whose leads each give one kind of body of a country the other "
        "never tells beyond a line or two ('Paraguay's central bank', 'Peru's central bank') "
        "are two events (pile15 F1 .964 -> .979; no other figure moved). Two groups whose "
        "leads each give an event's proper name, read whole ('the Cedar Fire', 'the Cedar "
        "Creek Fire'), that at most half the other's reports tell are two events, and a "
        "report whose lead gives two such names under a headline naming neither joins "
        "neither (a user's trial: one agency's updates on two fires 20 miles apart, each "
        "recalling the other, and a wire's Nevada fire told in its Oregon fire's words; no "
        "figure moved). Two groups of two or more are two actors' events when each has a "
        "rare name that every one of its headlines and first sentences gives, that most of "
        "them open on ('Nordhavn Bank reported ...'), that is no country's, and that fewer "
        "than half the other's give; the pair stays apart however it meets again, through a "
        "third report that has since joined one side, where the bar is lower. One event's "
        "two groups differ by what they do not open on ('a Spiro man', 'on Mount Cook'), "
        "and a live page's entries that name a name two stories give go to the one whose "
        "leads give it (pile33 F1 .942 -> 1.000, pile9 .924 -> .935: its live blog joins "
        "the hurricane; no other figure moved; without the opening, ECB+ F1 .961 -> .937). "
        "Two groups at least half of whose first sentences open on an agent as the subject "
        "of their act, one agent a group ('Halvard Ratings cut Romania's long-term rating', "
        "'Sterling & Coe downgraded Romania's sovereign rating'), are two events when the "
        "agents are two organisations (no word of one's name in the other's, nor one's "
        "initials as a word of it) and the acts one kind: one verb done to one party, or "
        "one thing of one party acted on (apart.own_agents); the daily keeps each story's "
        "acts and a later day's act of that kind by another organisation is a new story, "
        "not the remembered one developing (a user's trial: two agencies' downgrades of one "
        "country on two days, the second recalling the first; no figure moved, nor the "
        "cross-day figures). "
        "Not solved: a saga "
        "told under one running name (Yukos, a club's "
        "season) stays one story, and in a 5-article pile of one party conference week the "
        "Tory and Lib Dem pieces (alike at 0.18, each pair within at 0.26 and 0.37) merge.",
    ]
    return lines


def report(data: Path) -> str:
    """Markdown: BCubed P/R/F1 per set and half, and find_stories' time on each set."""
    root = Path(data) / "stories"
    start = time.perf_counter()
    # wordfreq's English list, read once per process (see similarity._english_bands), and
    # left out of each set's time
    from brief.stories.similarity import _english_bands

    _english_bands()
    loading = time.perf_counter() - start
    lines = [
        "## Stories: BCubed on labelled piles",
        "",
        "Each set is one folder through ingest, segment and `find_stories`, read with the "
        "clock at 18:00 UTC on its latest dated article's day (`desk_clock`), as the desk "
        "that filed it would have run brief, not on the day the eval runs. Halves split "
        "by story id (crc32 parity); the thresholds were tuned on half A. Seconds: "
        f"`find_stories` alone; loading wordfreq's English list took {loading:.2f} s more, "
        "once per process.",
        "",
        "| set | part | articles | stories | found | precision | recall | F1 | seconds |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    piles_of: dict[str, Pile] = {}
    for folder in sorted(p for p in root.iterdir() if (p / "labels.tsv").is_file()):
        pile = load(folder)
        piles_of[pile.name] = pile
        labels, seconds = predicted_labels(pile)
        for part, articles, stories, found, precision, recall, f1 in score_pile(pile, labels):
            timing = f"{seconds:.2f}" if part == "all" else ""
            lines.append(
                f"| {pile.name} | {part} | {articles} | {stories} | {found} | "
                f"{precision:.3f} | {recall:.3f} | {f1:.3f} | {timing} |"
            )
    lines += small_report(data, piles_of)
    lines += blind_report()
    return "\n".join(lines) + "\n"


def blind_report() -> list[str]:
    """BCubed on the blind piles of tools/data/piles, with what each scored held out."""
    lines = [
        "",
        "### Blind piles",
        "",
        "One morning's inbox each, written and labelled by a helper who never read the code "
        "(`tools/data/piles`); each pile's README gives its judgement calls. Held out:",
        "",
        *(f"- {name}: {text}" for name, text in HELD_OUT.items()),
        "",
        "| pile | articles | stories | found | precision | recall | F1 |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for folder in sorted(p for p in PILES.iterdir() if (p / "labels.tsv").is_file()):
        pile = load(folder)
        labels, _ = predicted_labels(pile)
        _, articles, stories, found, precision, recall, f1 = score_pile(pile, labels)[0]
        lines.append(
            f"| {pile.name} | {articles} | {stories} | {found} | "
            f"{precision:.3f} | {recall:.3f} | {f1:.3f} |"
        )
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    return report_main(__doc__, report, argv)


if __name__ == "__main__":
    raise SystemExit(main())
