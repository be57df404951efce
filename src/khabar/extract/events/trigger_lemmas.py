"""Trigger lemma sets that several sense families test, defined once.

A family tests the normalised lexicon entry (``lemma``) of a trigger against these sets. Until
session 25 they were spelt again in each module that needed them: the visit pair in
``triggers``, ``trigger_senses``, ``trigger_senses17`` and ``trigger_senses18``, the asylum noun in
``triggers``, ``trigger_senses`` and ``trigger_senses24``, and the session-24 meeting set
(``trigger_senses24.MEETING_LEMMAS``) as the union of the visit and meeting pairs written out. This
module imports nothing from the events package, so every family module may import it.
"""

from __future__ import annotations

from khabar.text.normalize import match_forms

VISIT_LEMMAS = match_forms("زيارة زار")
MEET_LEMMAS = match_forms("لقاء التقى")
VISIT_OR_MEET_LEMMAS = VISIT_LEMMAS | MEET_LEMMAS
ASYLUM_LEMMAS = match_forms("لجوء")
