"""The cross-day eval's split, and the fresh two-day set as brief daily would see it."""

from __future__ import annotations

from tools.eval_crossday import piles, run_days, scores, split_days


def test_split_days_puts_each_file_on_one_day_and_splits_a_continued_story() -> None:
    gold = {f"{story}-{n}.txt": story for story in "abcdefghij" for n in range(4)}
    day1, day2 = split_days(gold)
    assert sorted(day1 + day2) == sorted(gold)
    on_both = {gold[n] for n in day1} & {gold[n] for n in day2}
    assert on_both and all(f"{story}-0.txt" in day1 for story in on_both)  # the first half


def test_the_fresh_two_days_link_no_story_wrongly() -> None:
    """Written blind (tools/data/crossday): 12 continued stories (the Peru quake told in
    two on day 2, which one story of "quake" and "earthquake" now holds: 11), 4
    look-alikes among 8 new ones. A false link tells a reader he has met a story he never
    saw."""
    (day1, day2, gold, days), *_ = (p[1:] for p in piles(None) if p[0] == "crossday (fresh)")
    continued, linked, _, false_links, _ = scores(run_days(day1, day2, gold, days))
    assert continued == 11 and false_links == 0 and linked >= 8


def test_the_second_blind_two_days_link_no_story_wrongly() -> None:
    """tools/data/crossday2, written blind in session 72: 11 continued stories, 8 new ones
    (four look-alikes in the same capitals, four sharing a ministry, country or city)."""
    (day1, day2, gold, days), *_ = (p[1:] for p in piles(None) if p[0] == "crossday2 (fresh)")
    continued, linked, _, false_links, _ = scores(run_days(day1, day2, gold, days))
    assert continued == 11 and false_links == 0 and linked >= 8
