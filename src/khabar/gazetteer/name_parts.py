"""Words that are parts of Arabic personal names but name no one on their own.

Shared by the NER decode rules (:mod:`khabar.ner.postrules`) and within-document resolution
(:mod:`khabar.extract.entities.resolve`), so the lower layer does not read the higher one's
lists: kin marks of the nasab («بن», «آل» …) and regnal ordinals or epithets that end a name
(«عبدالله الثاني», «بوش الابن»). All sets hold matching forms (:func:`match_form`).
"""

from __future__ import annotations

from khabar.text.normalize import match_form

# Kin words after which the rest of a name is another person: the father (and his nasab:
# «محمد بن نايف بن عبدالعزيز» → «نايف بن عبدالعزيز» is the father); «آل» leads to the family
# name, which is also the person's
KIN_WORDS = frozenset(match_form(w) for w in "بن ابن بنت أبو أبي أم عبد آل".split())
ANCESTOR_MARKS = frozenset(match_form(w) for w in "بن ابن بنت آل".split())
FATHER_MARKS = frozenset(match_form(w) for w in "بن ابن بنت".split())
# Last words of a person's name that name no one alone: regnal ordinals and epithets
# («عبدالله الثاني», «بوش الابن»)
NOT_A_NAME_ALONE = frozenset(match_form(w) for w in (
    "الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر عشر "
    "الأولى الثانية الثالثة الرابعة الخامسة "
    "الأب الابن الأكبر الأصغر الكبير الصغير الحفيد جونيور").split())
