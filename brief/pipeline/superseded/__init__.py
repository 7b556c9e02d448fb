"""What a story's later reports make stale, so it is no bullet. A reader forwards a brief
without re-reading the sources, and an outdated line read beside the current one gives
nothing to say which is current. Each check reads one story's reports at a time, never
across stories, and has its own module:

- `counts`: an earlier day's count of what the latest day counts again, a count a later
  report corrects or recounts, a preliminary count;
- `death_tolls`: a toll a later report of the story gives higher;
- `same_day`: a live blog's earlier entries, an earlier rate or progress of the same day;
- `forecasts`: a forecast another report says came to pass, or whose day has passed;
- `states`: a state a later report gives anew (`restated_states`), or a thing closed that
  a later report says is open again, or the other way round (`reversed_states`), or a
  plan a report moves by restating it (`moved_states`, read with what a report takes
  back: `withdrawn`), or a body's warning a later report says it withdrew
  (`lifted_warnings`);
- `levels`: a level (a price, a target, a rate) a later report gives anew;
- `retitled`: a title a later day's report gives its holder no longer;
- `not_yet`: what had not happened ("no ransom demand has been made") where a later
  day's report says it has.

`reports` knows the reports' days, and `phrases` the names and noun phrases the checks
compare.
"""

from __future__ import annotations

from collections.abc import Sequence

from brief.models import Corpus, Sentence, StoryGroup
from brief.pipeline.superseded.counts import (
    corrected_counts,
    preliminary_counts,
    recounted_by_later_report,
    stale_counts,
)
from brief.pipeline.superseded.death_tolls import lower_tolls
from brief.pipeline.superseded.forecasts import overtaken_forecasts, passed_forecasts
from brief.pipeline.superseded.levels import replaced_levels
from brief.pipeline.superseded.not_yet import overtaken_not_yet
from brief.pipeline.superseded.reports import story_reports
from brief.pipeline.superseded.retitled import retitled
from brief.pipeline.superseded.same_day import (
    earlier_entries,
    earlier_rates_of_the_day,
    passed_progress,
)
from brief.pipeline.superseded.states import lifted_warnings, restated_states, reversed_states


def superseded(
    corpus: Corpus, unique: Sequence[Sentence], story_groups: Sequence[StoryGroup]
) -> frozenset[int]:
    """Positions in `unique` that a later report of their story supersedes, read in the
    story's reports alone (`story_reports`: not a roundup's items of other events)."""
    own, told = story_reports(unique, story_groups)
    found = (
        stale_counts(corpus, told, story_groups)
        | corrected_counts(corpus, told, story_groups)
        | lower_tolls(corpus, told, story_groups)
        | recounted_by_later_report(corpus, told, story_groups)
        | earlier_entries(told)
        | preliminary_counts(corpus, told, story_groups)
        | earlier_rates_of_the_day(corpus, told, story_groups)
        | passed_progress(corpus, told, story_groups)
        | overtaken_forecasts(corpus, told, story_groups)
        | passed_forecasts(corpus, told, story_groups)
        | restated_states(corpus, told, story_groups)
        | reversed_states(corpus, told, story_groups)
        | overtaken_not_yet(corpus, told, story_groups)
        | lifted_warnings(corpus, told, story_groups)
        | replaced_levels(corpus, told, story_groups)
        | retitled(corpus, told, story_groups)
    )
    return frozenset(own[i] for i in found)
