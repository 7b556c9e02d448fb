"""Select: the kept sentences from a ranking, never one that cannot stand alone.

- `chains`: the picks, best first, each with the sentences it cannot stand without
  (`select`, `select_chains`), and which kept sentences lean on others;
- `pointing_back`: whether a sentence needs the one before it (it points back, quotes
  someone named there, speaks in the first person, names one of two namesakes);
- `quote_marks`: where a quotation opens and closes, across sentences;
- `repeats`: a sentence that says a kept one again;
- `not_news`: what is no bullet of its story for telling another event (a sentence
  that says so, a roundup's other items); `exchanges`: a host's small talk in a printed
  exchange (a page's dated label is `ingest.layout.labels.is_label_line`'s);
- `denied_claims`: a denial that refers back to a claim ("called the report “a
  fabrication”") is a bullet only with the claim before it, and a denial that states its
  claim ("Claims that X was bribed are false," the board said) comes with another
  report's sentence giving the claim with its claimant (`with_contested_claims`).
"""
