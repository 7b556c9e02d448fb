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
   inbox of two storms it would weigh "typhoon" like a common word. A term is read
   without its accents (one outlet's "Quảng Ngãi" is another's "Quang Ngai"). What
   tells one event from a look-alike carries extra weight: names (capitalised words that
   do not open a sentence) and the headline and lead; numbers and dates are terms as well.
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
   names, not its year. Nor do two groups merge whose leads each give a measure with a
   decimal point that the other's leads never give (see own_measures): the Khoy quake's
   reports recall Van's of three days before, but lead with its magnitude 5.8, not 6.1.
   A single report whose lead gives a price per unit (a pump price per litre) does not
   join a group whose leads give a measure of another kind (a bank's new rate): two
   events of one economy's day (see measured_otherwise).
   Two groups whose leads each give a proper name of an event, read whole ("the Cedar
   Fire", "the Cedar Creek Fire": a run of capitalised words ending on a kind of event,
   words.toml's event_name_heads), that at most half the other's reports tell (in their
   leads, or in more than a line or two) are two events, however many words the names
   share (see apart.own_event_names: one agency's updates on two fires 20 miles apart,
   each recalling the other to keep them straight; a wire's fire in Nevada and its fire
   in Oregon told in one template); and a single report whose lead gives two such names
   and whose headline neither (a press conference on both fires) joins no group most of
   whose leads do not give both, r70 F1-F3. Two groups of two or more whose headlines
   and first sentences each give a rare name of their own, which most of them open on
   (their news's actor: "Brisa Air reported ...") and fewer than half the other's
   give, are two actors' events, and stay apart however they meet again (see
   apart.own_actors: a second bank's results, whose every report names the first bank's
   capital hole); one event's groups differ by a place they do not open on ("a Spiro
   man"). A live page's entries that name a name both give go to the story whose
   leads give it (see live.story_of_entries), and entries that give, in small letters, a
   rare word one story's leads alone give go to that story (see live.entry_acts: a page
   of a draft text's reactions names countries and delegates, not the text's names).
   Two texts whose leads each place their event
   by a compass point in small letters before a region that is no country ("a wildfire
   in northern Nevada", "in southern Oregon"), which the other never names, are placed
   apart as two countries' are (see apart.lead_regions).
   Two groups that are each far more alike within than with each other are two
   look-alike events as well (see _tighter). So are two alike by the places they name
   alone: what they share besides a country's name, capital and people must make them
   alike at PLACE_SHARE of the bar (see apart.places_only: an airline's suspended routes
   to Riyadh and an insurer's debut on Riyadh's exchange share Saudi Arabia and Riyadh
   and nothing that happened). Two single reports must be so without the one term they
   share most as well: a player's transfer talk and his club's cup hopes share him alone.
   A single report beside a story must be so without the weekdays too: any two reports
   of one day share its name (a central bank's quarterly remittances "said on Tuesday"
   beside a border crisis of that Tuesday, r73 F9).
   Two texts that each place their event, in
   the headline or first sentence, in a country the other never names (by its name, or
   its ground: "Japanese airspace", "Philippine waters") are two events however alike
   their wording (see _elsewhere: wire services tell every earthquake in one template;
   a demonym names a country there, though it places nothing: a neighbour's call for
   restraint after "the ramming of an Indonesian boat" is not placed apart from it).
   So are two texts whose leads each give one kind of body of a country the other
   never tells beyond a line or two ("Paraguay's central bank", "Peru's central bank":
   see apart.other_bodies): two central banks deciding on one day, each report recalling
   the other's move in a line, are two events; each side's army in one border clash names
   the other side again and again.
   Where only one of two single reports is placed so, and the other leads with a subject
   of its own, they start a story only at SUBJECT_PENALTY (see apart.apart_events: an
   army post's raid in one country's region beside a raid near a neighbour's park that
   recalls the first country as its border).
   And two groups are two events when a report of one calls the other's "separate" ("In a
   separate attack on Tuesday, gunmen killed farmers in Mafa"), naming after it a subject
   of the other's that it names nowhere else (a region after a compass point, "in the
   northern Baltic", says where in it, as a country's name does, not which event; nor is
   a name the other's leads give only after a marker of what came before, "a day after a
   namesake was held in the capital": the earlier event's, see Text.recalled), or
   before it where it names nothing after ("In Copenhagen, its cabin crew also walked
   out, in a separate conflict"; see apart.called_separate): two attacks of one state and
   day share their spokesman, governor and words, and recall each other, but an outlet
   that tells both says which is which; a paragraph that opens so tells the other event
   to its end ("In a separate development, the Finance Ministry published its draft
   budget. Finance Minister Kubelka said ..."), and police who say a blast is not known
   to be connected to Sunday's in another town name that other event; so does a count
   given only there that the other's leads give ("..., in a separate repatriation" of
   1,000 bodies, beside the repatriation's reports, which share the swap's officials);
   and so does a report that says its own event is apart from something ("treating the
   case separately from the dispute over the survey ship", "has nothing to do with the
   talks") that it names by a rare word of what happened, in small letters, that the
   other's leads give and its own group's never do: one crisis's events share its
   background (its countries, ministries and ships), and a report of one of them (a
   citizen detained in the other country) names the crisis so, not by its names (r72 F1).
   A single report whose lead tells its own event of its own ship (named by its kind), which
   no lead of a story of three or more gives, in a rare word of what happened that no
   report of the story uses, its lead giving no other rare name the story's leads give
   (its publisher or sayer aside), is a story of its own (see apart.tells_its_own: a
   feeder's engine-room fire off another port beside the day's port strike, whose reports
   share the ports it sailed between and the day, r77 F1).
   So are two groups when a report of one tells, in a sentence that calls what it tells
   another event, a word most leads of the other (two or more) give and no lead of its
   own group gives, in that sentence alone: the other event's doer or act ("whose
   dockers ... begin a separate 24-hour strike today"; "crane drivers, represented by a
   separate union, voted on Monday"): one employer's two unions, a strike begun and a
   strike vote, share the employer, its offer and its spokesman (pile37).
   A name written with a
   hyphen by one outlet and solid by another ("Ngur-Balam", "Ngurbalam") is one term
   when these tests ask whether a report mentions it, and so is the place of a dateline
   ("ALICANTE - Residents of the San Blas district ..."), which segment cuts from the
   first sentence: a local paper leads with a district of the town the wire leads with;
   where its headline or first sentence gives that place, if only as their first word
   ("SURIN — ...", "Surin evacuees told to stay ..."), it is a subject of the report. A
   word with a hyphen is used where its parts stand in a row (a trade paper's
   "cold-smoked salmon", a recall notice's "Cold Smoked Norwegian Salmon": see
   mentions.lines_with; pile39). Two
   groups whose openings each place their event by a name before a noun of place ("Lakki
   Marwat district", "Kings Cross station") that the other's openings never give, and its
   reports name in a line or two at most, on weekdays of their own, are two events (see
   apart.placed_on_other_days: two bombs of one group on one highway, in two districts of
   one province a day apart, each report recalling the other's district in a line).
   A single report placed in a country
   the story's reports never tell (an analysis may recall it in a line or two), beside a
   story whose every report is placed in one it never tells (it too may recall it in a
   line or two: two shipwrecks of one day off two countries, each closing on the other),
   is another country's event (see apart.recalled_elsewhere: two ministers' resignations
   of one day, compared); so
   are two stories of two or more reports whose every placed report is placed in a
   country that no report of the other tells, however they recall each other (one
   envoy's two trips; a profile that places nothing does not bridge two governments'
   confidence votes, and "the Czech government" places its event as "Bulgaria's" does),
   and two stories of which every report of one names a subject that most of the other's
   leads give in a line or two past its own lead (see apart.subject_in_passing: a missile
   strike's reports recall the NATO meeting in Brussels in a clause), or that each name
   the other's lead subject in a line or two at most, one report of each at least, and
   share no rare name that most reports of both give (a sanctions designation and a
   tanker seizure of one day, each recalling the other in a sentence), or when most of
   one's reports recall the other's lead subject so and the other's never name its own
   (a defence ministers' meeting that "came a day after" a ramming at a shoal), or when
   most of one's reports recall the other's event in a line or two, by a name or a rare
   word of its leads, and the other's never name what the first's leads give, however much
   of their province both name (a boat seized near islands as its crew sheltered from a
   typhoon that struck their home province). A name one
   story's reports give only so, in a line or two, is the other's subject, not a name both
   give (two regulators' fines of one day, each wire closing on the other's company). A
   single report
   is another event than a story that recalls it when most of the story's reports name
   its lead's names in a line or two past their leads, none in more, and it never names
   most of the rare names most of the story's reports give (see apart.recalled_report: a
   coal mine's flooding beside another mine's blast of that day, whose reports say the
   rescue team came from the flooding; a phishing campaign naming the Gulf of Aden beside
   a missile attack on a ship there), unless its lead tells what happened in the words
   every lead of the story gives (a hospital's night "after the quake"). A name the
   story's reports give as another's other name ("Pratas, known in Chinese as Dongsha",
   "the shoal, which China calls Huangyan Island": Text.aliases) is that name, to this
   test, to apart.leads_with_its_own and to apart.subject_in_passing. A name's plural
   names it ("the Houthis").
   Two events of one kind at one place that befell two people are two events, however
   much of their setting they share: a single report and a story that each lead with a
   person (a name written in full once and by the surname after: apart.lone_reports'
   _a_persons) whom the other names in a line or two past its lead at most, and with
   what befell that person in rare words the other uses only so (see
   apart.recalled_each_other: a club's winger breaking his foot the morning after its
   captain tore a knee ligament, each report closing on the other injury); a single
   report that leads with a name of its own and never names the person most of a story's
   openings give (see apart.misses_its_who: the winger's injury beside the signing of a
   midfielder at his club); and two stories of two or more that each lead with their
   own person, where one never names the other's and the other names the first's in half
   its reports at most (see apart.own_whos: the captain's injury and the signing it
   prompted). A name one outlet writes in ASCII with two letters for one ("Oesterboelle",
   "Mueller") is the name another outlet of the pile writes with its letter ("Østerbølle",
   "Müller": see texts._respelled).
   A single report and a story of three or more that name none of each other's subjects,
   their country aside, join only on stronger evidence, as two single reports with
   subjects of their own do (see apart.strangers: a school strike beside a port strike of
   one country and day share union, picket and minister, but not Vancouver or Calgary);
   so does a single report that leads with a rare name no report of the story gives and
   never names most of the rare names most of them give, none dated days apart from it
   (see apart.leads_with_its_own: an emerald miner's market debut beside the day's
   coal-mine blast, which it recalls; beside a story of two where all are dated: a border
   shooting beside the day's border talks), unless it leads with the story's place as
   well, which no other report of the pile names (a miner's shares falling "as fighting
   near Batken" rattled investors), and not only in a clause of what came before (see
   Text.recalled: a fleet commander "removed ... hours after sea drones hit a corvette
   at Novorossiysk"), or unless its lead sentence names the story's event as known, beside
   a story of three or more (see apart.names_the_event: a village's families "on the
   fishing boat that capsized off Sicily on Monday night": the place, the day and what
   happened, after "the"). Such a report, whose lead gives the story's led place only there,
   is a new event of its own actors, caused by the story's (see apart.follows_the_story).
   So is a smaller group of the story's days whose every lead gives a name the story's
   reports never name, beside a story whose leads give a name of its own that the group
   never names, one of its leads telling the story's happening after a marker of what
   came before (see apart.caused_decision: insurers listing a coast as high-risk after an
   attack on a port there, and the shipowners' objections to it).
   To apart.leads_with_its_own, a report that leads with the story's place, though other
   reports of the pile name it too, need not name the story's names that most of its
   reports give only in a line or two past their leads (see lone_reports._told_names:
   another leak of the pipeline that each wire recalls, beside a farmer's field under the
   leak).
   A digest of the day (see apart.digest_beside: a market close whose first sentence
   gives none of a story's subjects and which tells it, and at least three other events
   of the pile, in a line or two each, by the names their reports lead with or in its own
   words, three rare words of a report's lead in a line) joins no story: read whole, it
   is nearest the event it gives most words to. So does a census of a period (see
   apart.roundup_beside: a monthly count of arrivals whose lead gives its own figures and
   none of a story's subjects, and which names the story in a line or two and two other
   events of the pile a line each, by names their reports lead with): it counts several
   events and tells none. So does a single report whose headline
   and first sentence give a story's event and another event of the pile, that one by a
   name two of its reports lead with, and which tells the story in a line or two at most
   (see apart.leads_with_two: an oil report "as the Bosphorus closure, a refinery
   outage add to supply jitters"); a report of one event leads with it alone, and one of
   a day before every report of a story, whose day a report of the story gives as its
   event's, is that story's first day (sanctions adopted, suspended the next day "adopted
   on 15 April": r72 F4). Nor does a
   report that opens on a market's move and the event it answers, as classify reads a
   market's reaction ("European shares rose on Friday after foreign ministers meeting in
   Vienna agreed ..."), of no country that event's reports tell, and that never tells
   the event again past that sentence (no rare name, lead word or count of its reports):
   it tells the market's day, and its prices are no figures of the meeting (see
   apart.market_beside; a currency's slide that names the fighting's towns joins). Nor
   does a report of the event's own country's market whose first sentence tells the move
   alone and whose headline gives the cause ("Kyrgyz som slides as border tension hits
   sentiment"), where it never names the event by a name, three rare words of its
   reports' leads or a count of theirs: the market's day, told beside the mood (r73 F9).
   And two
   groups that each open on a body of their own, by its full name, that no report of
   the other names are two bodies' decisions (see apart.own_bodies: the IMF's outlook
   and a central bank's cut of one day share growth, inflation and forecasts). So are two
   groups whose leads each name a ship by its kind ("the bulk carrier Amina Rahal", "MV
   Sea Falcon") that no report of the other gives in its opening or in more than a line
   (see apart.own_craft: two attacks of one day claimed by one militia and told in one
   wire's template); a group's ship is one at least half its reports that lead with a
   ship lead with, so a claim of several attacks that joins one ship's story brings no
   other ship into it (r69 F1). So are two groups whose leads stamp their incidents with
   a clock time and a day ("At 0410 UTC on 12 June 2029 a merchant vessel was struck"),
   none of one's days the other's, and neither giving the other's day in its lead or in
   more than a line or two (see apart.stamped_apart: one centre's two numbered warnings
   in one template, r69 F2); and two groups of two reports or more whose leads give
   moments of the day in UTC ("at 11:30 Dushanbe time (06:30 UTC)") six hours apart at
   least, however their days fall, each group with a name of its own (see
   apart.own_moments: a drone strike near one village in the morning, a shelling near
   another that night, r73 F1). A broker's note that opens on the event its rates answer,
   in a clause of cause ("Following the Kestrel Spirit explosion this morning,
   underwriters are now quoting ..."), is a market's report too, and no report of a story
   none of whose leads give the rare name its cause gives, whatever it names further down
   (see apart.market_beside, r69 F10). A single
   report that leads with a name of its own, which a story's reports give in a line or
   two at most, and names the story's own (the rare names of its leads most of its
   reports give) in a line or two past its lead, none of its reports dated days apart,
   joins it only at SUBJECT_PENALTY as well (see apart.core_in_passing: a cholera
   declaration that recalls the referendum's polling stations moved into tents, a novel's
   prize that recalls the day's hostage release).
   And a single report that leads with a name of its own and a result in numbers (a
   match's "beat Vasteras 5-3", a vote's "20-2") where no lead of the story gives one is
   its own match or vote (see apart.own_result: a bandy match after a minute's silence
   for a bombing's victims); so is one whose lead gives a match's margin ("beat
   Castlegate by 24 runs") and a rare name no report of the story gives, though it leads
   with the story's town as its ground as well (a cricket match in the city of the day's
   protests, r71 F4). Among dated reports: a single report weeks older than a
   story, which a report of the story recalls by its day, and which never names what the
   story's leads say happened since, is the saga's earlier event (see
   apart.before_the_event: a bail hearing beside the verdict); a group whose every report
   opens on one earlier year's event, told in the simple past ("On a clear winter morning
   in January 1995, scientists sent a rocket up ...": an anniversary piece, a
   retrospective), is that year's event, beside a group none of whose reports is dated in
   that year or next to it (see apart.of_an_earlier_year: a feature on a 1995 rocket scare
   beside the day's launch from the same island, which recalls 1995 in its last line);
   one of the story's days
   that names the story's happening in a line past its lead and tells a happening of its
   own again and again, which at least half the story's reports never tell and none
   more than in a line or two, is a new event (see
   apart.event_in_passing: a navy's drills announced the day it seized a tanker; not a
   wire's update whose lead tells the collision where the copies' leads place it, nor a
   town paper's reaction whose lead gives a count most of the story's leads give, nor a
   port paper whose headline names the story's happening as known, "on the first day of
   the ban", a rare word most of the story's leads give, after "the"); a
   report that gives the story's who and where in a line or two past its lead need not
   tell its own happening again and again, where no report of the story names it (a
   maker's half-year results, which recall the recall of its drug in a paragraph). Two
   groups, one whose leads tell people killed or hurt, the other's none, which recall
   them in a line or two past their leads and lead with a happening of their own that
   the harmed reports tell in a line or two at most, are two events of two kinds of verb
   (see apart.harm_in_passing: a mission's mandate renewed on the afternoon its convoy
   was ambushed; a reaction names the attack in its lead). So, among reports of a day or
   two, are a group whose leads tell people killed or hurt and a group of two or more
   that never tells anyone harmed and leads with a happening of its own, not in the
   harmed leads' words (see apart.harm_untold: a march broken up with three dead beside
   one election's count, a candidate's claim and the commission's reply, which share the
   country, the candidates and the capital: the election is their background, not their
   event; and the count no longer grows by it into a group whose mean over many pairs
   lets the day's sacking and confirmation in). And one
   whose lead gives no weekday (nor a day of the week by its date, as a ministry dates its
   note of protest: r78 F5) and none of the story's lead subjects, beside a story of the
   day whose leads give its day, is commentary (see apart.commentary_beside: an essay on a
   sea beside a port strike; a rate cut's explainer leads with its bank, a name of common
   words, a strike's column with the strike, a rare word every report's lead gives), unless
   it gives the story's own names in more than a line or two (a blog that opens on its
   readers' morning, then tells the outage's region and banks). Two reports that open on
   one scene, on the other hand (a rare name that is no country's, a rare word of what
   happened, one weekday, dated days apart at most, not each with a subject the other never
   names, and where one is, a shared word that is no noun of place), are linked at the bar
   (see apart.one_scene): a coup's curfew, a bloc's condemnation and the emptied streets of
   one capital share little else; a commander's dismissal and the villagers who left
   their homes in his district share its "border" and nothing that happened. Nor does a report
   recall another event in passing (see apart.named_in_passing) when both lead with one
   place, or one with the capital of the country the other leads with (a palace attack and
   its morgue; a taxi strike in Luanda and an explainer of Angola's fuel prices), or both
   place one happening in one country by a rare word or a count their leads share (a
   currency's slide after a rate "hike" of 200 basis points, the bank's own reports of
   rates "raised" by 200). A report's lines that open on a rare name the other group
   writes within its sentences name it as well, beside a line that names it within (see
   in_passing._opened_on_theirs: a grid operator's notice opens line after line on its
   initials and tells its act throughout, not in passing); a country, its capital or its
   people opening a line says where, and is no such name.
3. Subjects. A headline and its first sentence name who or where the event is (Dibaba
   in Boston, Merritt in Fayetteville). Two reports of one event name each other's
   subject somewhere; two reports of one desk's news (two athletics meets, two campaign
   spats of one party) share the field's names and words but each has a subject the other
   never mentions (a country's name is no such subject: it says where, not who; a bloc's
   condemnation leads with the country, the presidency's communique with its agency).
   Such a pair of single texts needs a higher similarity to start a story
   (SUBJECT_PENALTY), unless most of each one's rare subjects are the other's too and
   their leads give one day of it, dated days apart at most (see apart.one_occasion: a
   side's release naming its boat, a neighbour's ministry named by its seat, both leading
   with the incident's reef and day). And so, in a big pile, does a pair whose openings
   share no rare word (see OPENING_GENERAL_SHARE). In a big pile, a text starts a story
   with another, or joins a small one, only if what they share and the rest of the pile
   does not (its people, place, figures) makes them alike on its own (see _particular):
   a desk's names and words are used across the pile.
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
   F1 .952 -> .928, DUC .905 -> .894, MultiLing .913 -> .897); taking out of its story,
   after the linkage, a report that recalls two other stories of the pile, each by a rare
   name most of that story's reports give, in a line or two past its lead (a regional
   market close beside the rate cut it leads with, recalling a storm and a mine strike)
   took pile9's close out, but took out a desk's reports that recall the day's other
   events just as often (Multi-News F1 .896 -> .761, DUC .915 -> .885, ECB+ .952 -> .912);
   a single report whose lead tells its own happening in rare words no lead of a story
   gives, its lead's name given by the story in a line or two at most (a citizen's arrest
   beside a naval standoff, r72 F1), split one event's other angles as well (an op-ed on a
   rate hike, a state media's version of an airstrike, a losing side's match report: ECB+
   F1 .961 -> .956, Multi-News .899 -> .897, six blind piles' recall down).

Why no library clusterer: scipy's and scikit-learn's average linkage need a dense N x N
distance matrix, which a few thousand articles make slow and large. Here similarities
come from a sparse matrix product in row blocks, keeping each text's nearest neighbours,
and the linkage runs on that graph (a pair outside it counts as similarity 0, which only
makes merging more cautious). numpy, scipy and wordfreq's list are loaded lazily: a single
article takes the fast path and imports nothing (only the pile's words are looked up
in wordfreq's English list, each once per process: see similarity._english_frequencies).

The package, in the order a pile goes through it:

* texts: each source read once (`_Text`: words, names, subjects, days, years);
* copies: step 1;
* similarity: the TF-IDF rows, their idf, and the neighbour graph;
* linkage: step 2's group-average linkage, which asks apart before each merge;
* apart: the tests that keep two groups apart (names, years, places, days, subjects);
* roundups: a source that tells several events, a paragraph each; numbered or labelled
  ("MEXICO: ..."), a story of its own (not an analyst's points numbered under headings
  of their own: "1. The arithmetic. ..."; a heading of capitalised words, "2. Harwick
  plc.", is the item's company); a newsletter that tells its lead at length first
  (labelled briefs, or briefs under later headings), the lead's report. And a short
  market report's later line moved by another event it names ("as the Kolwezi Ridge
  strike continued"), which no other report of its story names: that event's
  (other_causes). A situation report in sections (the toll, access, health, funding)
  that joins a story by one of them: its paragraphs that name nothing the story's
  other reports' leads name are other events' (other_sections).
* live: a live page (entries stamped with their clock time; a stamped greeting counts,
  though it opens no entry) is linked after the stories
  are found: it joins the one story whose own names (or counts: "11 injured") most of
  its entries give, or is a story of its own (a desk's page of the day's several events
  bridged them); joined, its entries that another story tells by names of its own, and it
  by none of its own, are that story's (other_entries). A situation report's name given
  under two or more of its headings is the crisis's setting, which ties no paragraph to
  the story (other_sections: a district's cholera cases beside a convoy attacked on its
  road). A ministry's briefing printed as questions and answers takes one
  question after another, each on its own news: joined with a story, its exchanges (a
  question and the turns after it) that name something, their country and the names given
  in two exchanges or more aside, and nothing the story's other reports name are other
  events' (other_exchanges: the answer on a citizen detained abroad beside a naval
  standoff's reports, r72 F1).
"""

from __future__ import annotations

from collections import defaultdict

from brief.models import Corpus, Mention, Sentence, StoryGroup
from brief.stories.copies import find_copies
from brief.stories.linkage import link_events
from brief.stories.live import (
    live_entries,
    other_entries,
    page_words,
    report_leads,
    report_names,
    story_of_entries,
)
from brief.stories.roundups import (
    ITEMS,
    headed_lead,
    labelled_items,
    lead_of,
    other_causes,
    other_exchanges,
    other_items,
    other_sections,
    roundup_items,
)
from brief.stories.texts import (
    LEAD_SENTENCES,
    news_stop_words,
    readable_sentences,
    story_texts,
)

__all__ = ["find_stories", "news_stop_words"]


def find_stories(corpus: Corpus) -> tuple[StoryGroup, ...]:
    """The stories of a pile: every source in exactly one group, groups in order of their
    first source; copies of one text are mapped to its earliest source."""
    numbers = sorted(d.source.number for d in corpus.documents)
    if len(numbers) <= 1:
        return tuple(StoryGroup(sources=(n,)) for n in numbers)
    by_source = readable_sentences(corpus)
    # a digest marks its items by numbers ("1) ...": Document.items) or by labels
    # ("MEXICO: ..."), and its labelled paragraphs are its items (see roundups)
    labelled = {n: told for n in numbers if (told := labelled_items(by_source[n]))}
    listed = {d.source.number for d in corpus.documents if d.items >= ITEMS} | set(labelled)
    roundups = {
        n: items
        for n in numbers
        if (items := roundup_items(labelled.get(n) or by_source[n], numbered=n in listed))
    }
    # a digest that tells its lead item at length before its labelled ones is that lead's
    # report, read by its lead alone (its headline names every item); its labelled items
    # are other events' (see lead_of)
    leads = {
        n: lead for n in roundups if n in labelled and (lead := lead_of(by_source[n], labelled[n]))
    }
    # so may one whose lead sits under a heading of its own and whose briefs under later
    # headings, unlabelled (their bullets are taken off at ingest), name each their own
    for n in numbers:
        if n not in labelled and n not in roundups and (headed := headed_lead(by_source[n])):
            leads[n], roundups[n] = headed
    for n, lead in leads.items():
        roundups[n] = [lead, *roundups[n]]
    texts = story_texts(corpus, numbers, {**by_source, **leads}, untitled=leads)
    original = find_copies(texts, numbers)
    # a roundup that marks its items ("1) ...", "2) ..."; "MEXICO: ...") is a story of its
    # own: it tells several events, and no one of them is its (see brief.stories.roundups)
    alone = [
        n for n in numbers if original[n] == n and n in listed and n in roundups and n not in leads
    ]
    # a live page is linked after the stories it may bridge are found (see brief.stories.live)
    # (a page's stamped greeting counts among its stamps, though no news: see live_entries)
    page: dict[int, list[Sentence]] = defaultdict(list)
    for sentence in corpus.sentences:
        page[sentence.source].append(sentence)
    live = {
        n: entries
        for n in numbers
        if original[n] == n and n not in alone and (entries := live_entries(by_source[n], page[n]))
    }
    distinct = [n for n in numbers if original[n] == n and n not in alone and n not in live]
    clusters = link_events([texts[n] for n in distinct]) if distinct else []
    told_elsewhere: dict[int, list[Sentence]] = {}  # a live page's entries of other stories
    if live:
        names = [report_names([texts[distinct[i]] for i in members]) for members in clusters]
        led = [report_leads([texts[distinct[i]] for i in members]) for members in clusters]
        outlets = {d.source.number: d.source.outlet for d in corpus.documents}
        for n, entries in live.items():
            own = page_words(outlets.get(n))
            story = story_of_entries(entries, names, own, led)
            distinct.append(n)
            if story is None:
                clusters.append([len(distinct) - 1])
            else:
                clusters[story].append(len(distinct) - 1)
                told_elsewhere[n] = other_entries(entries, names, story, own)
    clusters += [[len(distinct) + k] for k in range(len(alone))]
    distinct += alone
    carriers: dict[int, list[int]] = defaultdict(list)  # original -> it and its copies
    for n in numbers:
        carriers[original[n]].append(n)
    groups: list[StoryGroup] = []
    for members in clusters:
        sources = tuple(sorted(n for i in members for n in carriers[distinct[i]]))
        copies = {n: original[n] for n in sources if original[n] != n}
        reports = [by_source[m] for m in sources if m not in roundups]
        # each report's story's other reports (but roundups), beside which its paragraphs,
        # sections and exchanges are read
        beside = {
            n: [by_source[m] for m in sources if m != n and m not in roundups] for n in sources
        }
        elsewhere = frozenset(
            Mention(s.source, s.index)
            for n in sources
            if len(sources) > 1
            for s in told_elsewhere.get(n, [])
            + (
                other_items(roundups[n], reports, by_source[n])
                if n in roundups
                else other_causes(by_source[n], beside[n])
                + other_sections(by_source[n], [other[:LEAD_SENTENCES] for other in beside[n]])
                + other_exchanges(by_source[n], beside[n])
            )
        )
        groups.append(
            StoryGroup(
                sources=sources,
                copies=copies,
                elsewhere=elsewhere,
                roundups=frozenset(n for n in sources if n in roundups),
            )
        )
    return tuple(sorted(groups, key=lambda g: g.sources[0]))
