"""The issuer of a statement as the actor of the act the statement does (session 20, evw20; issue #6).

Archive catalogue entries of the Wojood sample describe a document by its issuer and its act:
«بيان صادر عن الحركة الطلابية في جامعة بيرزيت استنكارا لما حصل …»، «بيان عام صادر عن الهيئات
الوطنية والتمثيلية في نابلس وذلك استنكارا لأعمال الاستيطان»، «… وذلك للمطالبة بحقوق الطلبة».
The act's verbal noun (accusative or with ل) follows the issuer, optionally after «وذلك»; the
issuer — whatever follows «صادر/صادرة عن» up to the act, cut before an addressee «إلى …» — does
it (w19_blind ×2, w20_blind ×3 judged so; the news day and ANERcorp 723.. have no such entry).
Only an empty actor is filled; the issuer is taken as a lexicon phrase when one starts there,
else as the words themselves.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from khabar.document import Token
from khabar.extract.events.actors import Phrase
from khabar.extract.events.triggers import Candidate
from khabar.text.normalize import match_forms

DOCUMENTS = match_forms("بيان البيان برقية رسالة مذكرة عريضة نداء منشور")
ISSUED = match_forms("صادر صادرة الصادر الصادرة")
BY = match_forms("عن من")
THAT_IS = match_forms("وذلك")
TO = match_forms("إلى الى")
ISSUER_REACH = 16  # words of the issuer's name and an addressee after «إلى»
DOCUMENT_REACH = 2  # words between the document noun and «صادر» (بيان عام صادر)


def statement_issuer(tokens: Sequence[Token], cand: Candidate, phrases: Sequence[Phrase]
                     ) -> Phrase | None:
    """The issuer of «بيان صادر عن X [وذلك] + the act's verbal noun at ``cand``» (see the module
    docstring), or None."""
    if cand.verbal:
        return None
    end = cand.start
    if end > 0 and tokens[end - 1].norm in THAT_IS:
        end -= 1
    for j in range(end - 2, max(-1, end - ISSUER_REACH - 2), -1):
        tok = tokens[j]
        if tok.kind != "word":
            return None  # the issuer is one run of words
        if tok.norm not in BY or j == 0 or tokens[j - 1].norm not in ISSUED:
            continue
        if not any(tokens[d].norm in DOCUMENTS for d in range(max(0, j - 2 - DOCUMENT_REACH), j - 1)):
            return None
        stop = next((k for k in range(j + 1, end) if tokens[k].norm in TO), end)
        if stop == j + 1:
            return None
        q = next((q for q in phrases if q.start == j + 1 and q.end <= stop), None)
        if q is not None:  # a lexicon phrase there is marked as after a preposition («عن»)
            return replace(q, prep=False) if q.kind != "target" else None
        return Phrase(start=j + 1, end=stop)
    return None
