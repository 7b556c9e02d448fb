"""The timeline: which dates date an event, and one row a sentence made of them.

Apart from the scanner because its rules read the clause around a date (a hypothetical,
a span's bound, a comparison's base, a year used as a noun, a caption), not a number
and what it counts. The scanner asks `is_event_date` as well, to cite an event's
sentence for a date rather than its first mention. One job a module:

- `event_dates`: whether a date dates an event at all (`is_event_date`);
- `clauses`: which of a sentence's dates is its news's, where a clause gives another
  event's (a relative or participle clause, an aside, a cause, a report's tag);
- `rows`: the timeline's rows (`timeline`), and whether two rows tell one event
  (`same_event`), in date order.
"""
