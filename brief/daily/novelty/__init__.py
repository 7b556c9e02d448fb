"""What is new since the previous brief, one job a module:

- `already_sent`: what the reader was sent, so that no bullet and no row says it again (a
  sentence known by its folded text or as a re-typed copy, a fact told again);
- `recognition`: a story known again on a later day by what it is made of, and so
  developing since the day it was first sent, or overtaken;
- `section_moves`: whether a developing story keeps the section its reader met it in;
- `corrections`: what an earlier brief showed that today's reports take back or correct.
"""
