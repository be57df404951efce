"""The walk from a reporting verb to its content: the speaker after the verb, the channel
(«في تصريح لـ…»), recipients and relays («لـ"بلومبرغ"»، «نقلت X عن Y»، «وتابعتها وكالة …»)
and time adverbs. The subject before the verb («أن X قال»، «أما X فقالوا») is in
``preverbal.py``; the fallbacks when the walk stalls (a long titled description, a noun
object «أعلن استقالته») are in ``stalled.py``; the walk's state is in ``walkstate.py``."""

from __future__ import annotations

from khabar.document import Entity
from khabar.extract.quotes.agreement import fits
from khabar.extract.quotes.content import first_person_clause, runs_over, unclosed
from khabar.extract.quotes.lexicon import ATTRIBUTE, CONCLUDE, INFORM, SPEECHES, URGE_ON
from khabar.extract.quotes.mention import Mention
from khabar.extract.quotes.names import is_place, name_starts, nisba, outlet_name
from khabar.extract.quotes.naming import KIN
from khabar.extract.quotes.preverbal import PreverbalMixin
from khabar.extract.quotes.records import ViaRef
from khabar.extract.quotes.stalled import StalledWalkMixin
from khabar.extract.quotes.tokens import OPEN_QUOTES, SIDES, Tok, is_comma, is_terminal
from khabar.extract.quotes.tone import tone_at
from khabar.extract.quotes.unmarked import topic_end
from khabar.extract.quotes.walkstate import MAX_PRE, _closes, _Pre
from khabar.extract.quotes.wordclasses import quoted_name

__all__ = ["MAX_PRE", "WalkMixin", "_Pre"]

_DEMONSTRATIVES = frozenset({"هذا", "هذه", "ذلك", "تلك"})
LEARN = frozenset({"علم"})  # relays with «من»: «علمت (المدينة) من مصادرها أن …» (alone: the paper's voice)
_REPLYING = frozenset({"تعليقا", "ردا", "تعقيبا"})  # + «على …»: what the statement answers
_WHEN = frozenset({"عقب", "بعد", "قبل", "خلال", "اثناء", "اثر", "لدي", "عند", "فور", "ابان"})  # time prepositions
_ATTENTION = frozenset({"النظر", "الانتباه", "الانظار"})  # the object of «لفت … إلى»
_ALL_PARTS = frozenset({"مختلف", "كافه", "جميع", "كل"})  # «الشعب بمختلف/بكافة …»: all its parts
_THERE = frozenset({"هناك", "هنا", "هنالك"})  # place adverbs after a speaker («الصحافة هناك»)

_OBJECT_DEMONSTRATIVES = frozenset({"ذلك", "هذا"})  # the object of «أوضح ذلك X»، «أكد هذا X»


# verbal nouns of oversight whose «على» object belongs to a body's name («لجنة الرقابة على المنشطات»; normalised)
_OVERSIGHT = frozenset({"الرقابه", "الاشراف", "التفتيش", "المحافظه", "الحفاظ", "السيطره"})

_CLOSE_MARKS = frozenset({'"', "»", "”"})  # the closing mark of a quoted name

_CIRCUMSTANTIAL = frozenset({"وهو", "وهي", "وهم", "وهما", "وهن"})  # «وهو يدفع …» (normalised)
# a medium of an outlet («الموقع الإلكتروني لإذاعة X»، «الحساب الرسمي لصحيفة X»): the «لـ» after it is
# possessive, the outlet speaks through it (normalised: موقع، حساب، صفحة; الإلكتروني، الرسمي/ة، الإخباري)
_MEDIUM = frozenset({"موقع", "حساب", "صفحه"})
_MEDIUM_ADJ = frozenset({"الالكتروني", "الرسمي", "الرسميه", "الاخباري"})


class WalkMixin(PreverbalMixin, StalledWalkMixin):
    """Methods of :class:`~khabar.extract.quotes.parse.SentenceParser` that walk from a cue
    (with the pre-verbal subject and the stalled-walk fallbacks mixed in)."""

    def _via_at(self, toks: list[Tok], p: int, entities: dict[int, Entity]) -> tuple[ViaRef | None, int]:
        """A recipient/outlet mention at ``p`` («لـ"بلومبرغ"»، «للصحيفة»، «لهيئة …»)."""
        t = toks[p]
        if t.text in ("لـ", "ل") and p + 1 < len(toks):
            if toks[p + 1].text == "ـ" and p + 2 < len(toks):
                p += 1  # «ل ـ «السفير»»: the preposition written apart with its tatweel
            if toks[p + 1].text in OPEN_QUOTES and quoted_name(toks, p + 1) is None:
                p += 1  # «لـ « المدينة :»: a stray mark
            m = self.chunk.mention(toks, p + 1, entities)
            if m is None:
                return None, p + 1
            end = m.end + (1 if m.quoted else 0)
            return ViaRef(m), end
        # glued ل: the mention covers the token; the outlet name is resolved later
        m = self.chunk.mention(toks, p, entities) or Mention(p, p + 1, None, None)
        end = max(m.end + (1 if m.quoted else 0), p + 1)
        generic = self.lex.noun_kind(t.norm) == "outlet" and m.end - m.start == 1
        if self.lex.is_("recipient_plain", t.norm):
            return None, end
        return ViaRef(m, generic=generic), end

    def _platform_end(self, toks: list[Tok], p: int) -> int | None:
        """The end of a platform phrase after «على/عبر» starting at ``p`` («تويتر»، «حسابه في
        فيسبوك»، «موقع «تويتر»»، «شبكة التواصل الاجتماعي فيسبوك»): a platform word, possibly
        in quote marks, within the first three words; None when there is none."""
        lex = self.lex
        k, seen = p, False
        while k < len(toks) and k - p < 8:
            t = toks[k]
            if t.is_word and lex.is_("platform", t.norm):
                seen = True
            elif not seen and k - p >= 3:
                return None
            elif t.text in OPEN_QUOTES and (close := quoted_name(toks, k)) is not None and close - k <= 3 and any(
                    lex.is_("platform", x.norm) for x in toks[k + 1 : close - 1]):
                seen = True
                k = close
                continue
            elif seen and t.definite and (lex.is_("adjective", t.norm) or nisba(t.norm)):
                pass  # «على موقعه الرسمي»، «عبر حسابه الشخصي»
            elif not (t.is_word and (lex.is_("platform_lead", t.norm) or t.norm == "في" or lex.is_raw("on", t.plain))):
                break
            k += 1
        return k if seen else None

    def _with_interviewer(self, toks: list[Tok], p: int, k: int) -> bool:
        """«مع» at ``k`` names the channel's other side — an interviewer, a paper («في مقابلة مع …»،
        «في حوار صحفي مع …») — when it follows the channel noun or its one adjective (the channel
        starts at ``p``); after a verb of the channel's clause it is a companion, no intermediary
        («في مؤتمر صحفي عقده مع نظيره الألماني … اليوم إنه»)."""
        if toks[k].norm != "مع":
            return False
        return k == p or (k == p + 1 and toks[p].is_word and not toks[p].preposed
                          and (nisba(toks[p].norm) or self.lex.is_("adjective", toks[p].norm, strip=False)))

    def _on_outlet(self, toks: list[Tok], k: int, entities: dict[int, Entity]) -> Mention | None:
        """«على» + a named outlet or a name in quote marks at ``k`` («في برنامج على شبكة سي إن إن»،
        «في بيان لها على "تداول"»; not «على وسائل الإعلام»): the mention after «على»."""
        if not self.lex.is_raw("on", toks[k].plain) or k + 1 >= len(toks):
            return None
        out = self.chunk.mention(toks, k + 1, entities)
        if out is None:
            return None
        named = out.kind == "outlet" and outlet_name(" ".join(t.text for t in toks[out.start : out.end])) is not None
        return out if out.quoted or named else None

    def _say_again(self, toks: list[Tok], p: int, i: int) -> bool:
        """An imperfect of «قال» right after another cue («وتابع يقول»، «ومضى يقول»)."""
        if p != i + 1 or p >= len(toks):
            return False
        c = toks[p].cue
        return c is not None and c.lemma == "قال" and c.pos == "verb" and not c.perfect and not toks[p].cue_prefix

    def _oblique_plural(self, t: Tok) -> bool:
        """A definite sound masculine plural in its oblique form («المواطنين»، «المسؤولين») whose
        nominative («المواطنون») the lexicon lists: right after a verb it is the object, no subject."""
        n = t.norm
        return (t.is_word and t.definite and not t.preposed and n.endswith("ين") and len(n) > 6
                and self.lex.noun_kind(n[:-2] + "ون") is not None)

    def _definite_adjective(self, t: Tok) -> bool:
        """A definite adjective that may close a speaker phrase: relational («العراقية»), a
        participle («المذكورة»، «المشتركة») or a listed adjective."""
        if not (t.is_word and t.definite and not t.preposed and t.cue is None):
            return False
        n = t.norm
        return nisba(n) or self.lex.is_("adjective", n, strip=False) or (n.startswith("الم") and 6 <= len(n) <= 9)

    def _frame_end(self, toks: list[Tok], p: int) -> int | None:
        """End of a framing phrase at ``p``: «في» + a demonstrative + a definite noun («في هذا
        السياق»، «في هذا الصدد») or «في» + a definite noun + «ذاته/نفسه» («في السياق ذاته»)."""
        if toks[p].norm != "في" or p + 2 >= len(toks):
            return None
        a, b = toks[p + 1], toks[p + 2]
        if a.norm in _DEMONSTRATIVES and b.is_word and b.definite and not b.preposed and b.cue is None:
            return p + 3
        if a.is_word and a.definite and not a.preposed and a.cue is None and b.norm in self._emphatics:
            return p + 3
        return None

    # -- verb cues -------------------------------------------------------------------
    def _opens_later(self, toks: list[Tok], k: int) -> bool:
        """Whether a content opens between ``k`` and the next comma or stop: a complementizer,
        a colon or a quote mark («وأكد ذلك مصدر … بقول: إن …» states something of its own)."""
        for t in toks[k:]:
            if t.text in (":", "«", '"', "“"):
                return True
            if t.is_punct:
                return False
            if self.lex.is_("complementizer", t.norm, strip=False) or self.lex.is_("complementizer_pron", t.norm, strip=False):
                return True
        return False

    def _pre_content(self, toks: list[Tok], i: int, klass: str, lemma: str, entities: dict[int, Entity],
                     pron_subject: bool, pre: _Pre, used: set[int]) -> int:
        """Walk the material between a cue and its content; return where it stops."""
        lex, ch = self.lex, self.chunk
        p = i + 1
        after_channel = False
        while p < len(toks) and p - i <= MAX_PRE:
            t = toks[p]
            n = t.norm
            if (((p == i + 1 and (pre.svo or (pre.subject is None and not pron_subject)))
                 or (pre.subject is not None and not pre.svo and p == pre.subject.end))
                    and toks[i].cue is not None and toks[i].cue.lemma in INFORM
                    and (out := ch.mention(toks, p, entities)) is not None and (out.quoted or out.kind == "outlet")):
                pre.vias.append(ViaRef(out))  # «فإن النجيفي أبلغ «الشرق الأوسط» بأن …»: the one told
                # (also with the subject before, out of reach: «النجيفي الذي كان … أبلغ «الشرق الأوسط» أن»)
                p = out.end + (1 if out.quoted else 0)
                continue
            if pre.subject is not None and p == pre.subject.end and not pre.svo and t.plain == "بان":
                k = name_starts([x.norm for x in toks[p : p + 4]])
                if k and all(x.is_word for x in toks[p : p + k]):
                    # «الأمين العام للأمم المتحدة بان كي مون»: the name after the title chain
                    sub = pre.subject
                    pre.subject = Mention(sub.start, p + k, (p, p + k), "person", sub.entity, sub.quoted)
                    p += k
                    continue
            if pre.subject is None and not pron_subject and pre.relay_from is None:
                q = quoted_name(toks, p)
                if q is not None and q - p <= 5 and q < len(toks) and toks[q].is_word:
                    pre.subject = ch.mention(toks, p, entities)
                    p = q
                    continue
            has_subject = pre.subject is not None or p > i + 1 or (toks[i].cue is not None and toks[i].cue.pos == "participle")
            if pre.subject is not None and p > i + 1:
                q = quoted_name(toks, p)
                nxt_q = toks[q] if q is not None and q < len(toks) else None
                if nxt_q is not None and (lex.is_("manner", nxt_q.norm) or nxt_q.text == ":"):
                    p = q  # «نبيل «عم أفراح» قائلا:»: a quoted apposition
                    continue
            # right after the cue («وقالت "إنها …»، «وتابع يقول: "نحن …») or after the speaker
            opening = pre.subject is not None or (klass in ("say", "cont") and (
                p == i + 1 or toks[p - 1].text == ":" or self._say_again(toks, p - 1, i))
                and not self._speaker_at(toks, p + 1, entities))  # «وقال « اللواء …»: a stray mark
            if t.text in OPEN_QUOTES and not _closes(toks, p) and not (
                    opening and p + 1 < len(toks) and toks[p + 1].is_word
                    and (unclosed(self._text, t.start) or runs_over(self._text, t.start))):
                p += 1  # a stray quote mark («وقال « اللواء …»); after the speaker, one never
                continue  # closed in its paragraph opens the content (capped at the sentence end)
            if (p == i + 1 and n in _OBJECT_DEMONSTRATIVES and klass in ("say", "announce") and pre.subject is None
                    and toks[i].cue is not None and toks[i].cue.perfect and p + 1 < len(toks)
                    and ch.mention(toks, p + 1, entities) is not None and not self._opens_later(toks, p + 1)):
                pre.anaphoric = True  # «أوضح ذلك المشرف العام …»: the statement is what came before
                p += 1
                continue
            if (pre.subject is None and not pron_subject and p == i + 1 and klass == "direct"
                    and (self._oblique_plural(t) or lex.is_("public", n, strip=False))
                    and toks[i].cue is not None and toks[i].cue.pos == "verb"):
                pron_subject = True  # «ويدعو المواطنين للإبلاغ»: the oblique plural is the one called on,
                continue  # the subject is the verb's own (a nominative subject is «المواطنون»); so is the
                # public as a whole («ودعا الشعب اليمني … إلى»: q18)
            if pre.subject is not None and p == pre.subject.end and lex.is_("emphasis", n, strip=False):
                p += 1  # «وقال المتظاهرون جميعا إن»: the emphasis is no part of the speaker
                continue
            if (pre.subject is None and not pron_subject and p == i + 1 and lex.is_("emphasis", n, strip=False)
                    and toks[i].cue is not None and toks[i].cue.agree in ("pl", "du")):
                pron_subject = True  # «وأجمعوا كلهم أن …»، «وقالوا جميعا إن»: an emphasis of the verb's
                p += 1  # pronoun subject, no speaker of its own (the group named before speaks)
                continue
            honorific = lex.is_("pron_particle", n, strip=False) and not lex.is_("complementizer_pron", n)
            if pre.subject is None and honorific and p == i + 1:
                pron_subject = True  # «أشار سعادته بأن …»: an honorific pronoun
                p += 1
                continue
            m0 = pre.subject
            if (m0 is not None and p == m0.end and n == "من" and p + 1 < len(toks) and not m0.quoted
                    and lex.is_("partitive", toks[m0.end - 1].norm, strip=False)):
                part = ch.mention(toks, p + 1, entities)
                if part is not None:  # «العديد من المجموعات الشبابية»: the group is the speaker
                    pre.subject = part
                    p = part.end
                    continue
            if (pre.subject is not None and p == pre.subject.end and p > 0 and p + 1 < len(toks)
                    and lex.is_raw("on", t.plain) and toks[p - 1].norm in _OVERSIGHT and toks[p + 1].is_word
                    and toks[p + 1].definite and not toks[p + 1].preposed):
                # «لجنة الرقابة على المنشطات»، «هيئة الإشراف على …»: the object of oversight is in the name
                end = p + 1
                while end < len(toks) and toks[end].is_word and toks[end].definite and not toks[end].preposed \
                        and toks[end].cue is None and end - p <= 4:
                    end += 1
                sub = pre.subject
                pre.subject = Mention(sub.start, end, sub.name, sub.kind, sub.entity, sub.quoted)
                p = end
                continue
            if (lex.is_raw("on", t.plain) or n == "عبر") and (end := self._platform_end(toks, p + 1)) is not None:
                p = end  # «وقال النادي على تويتر "…"»، «عبر حسابه في فيسبوك»، «على موقع «تويتر»»: the medium
                pre.framed = pre.subject is not None
                continue
            if after_channel and klass != "relay" and lex.is_("about", n, strip=False) and not is_comma(toks[p - 1]) and (
                    end := topic_end(toks, p, lambda k: (self._trigger(toks, k, klass, True) or ("",))[0]
                                     in ("comp", "comp_pron"))) is not None:
                p = end  # «في تقرير لها عن شركات …، أن» (q18b): the channel's topic; the content follows «أن»
                continue
            if (n[:1] in "بو" and (p == i + 1 or (pre.subject is not None and p == pre.subject.end))
                    and tone_at(toks, p, lex)):
                # «وأضاف الإمام بحزن شديد وبلغة عربية سليمة أنه …»، «وأشار بلهجة مليئة بالسخرية إلى أن …»:
                # a manner adverbial up to the content (q19b)
                stop = next((k for k in range(p + 1, min(len(toks), p + 9))
                             if is_comma(toks[k]) or is_terminal(toks[k]) or toks[k].cue is not None
                             or self._trigger(toks, k, klass, True) is not None), None)
                if stop is not None and not is_terminal(toks[stop]) and toks[stop].cue is None:
                    p = stop
                    continue
            if (pre.subject is None and not pron_subject and p == i + 1 and toks[i].cue is not None
                    and toks[i].cue.lemma in CONCLUDE and own_speech(n)):
                pron_subject = True  # «وختم حديثه قائلا:»، «واختتم كلمته بالقول»: his speech is the object (q23)
                p += 1
                continue
            if (pre.subject is None and not pron_subject and p == i + 1 and t.is_word and n[:1] == "ل"
                    and toks[i].cue is not None and toks[i].cue.pos == "verb" and kin_told(n[1:])):
                p += 1  # «وقالت لوالديها أنها …»، «وقال لابنه إن …»: the kin told, not the subject (q23)
                continue
            trig = self._trigger(toks, p, klass, has_subject, bool(toks[i].cue and toks[i].cue.objects))
            if (trig is not None and pre.subject is None and not pron_subject and p == i + 1
                    and self._name_not_clitic(t)):
                # «وأكد بحاح، أن …» … «وأشار بحاح، إلى أن»: a name met before whose first letter reads
                # as the preposition «بـ» is the subject, not «أشار بـ» + noun (q18)
                m = ch.mention(toks, p, entities)
                if m is None or m.start != p:
                    m = Mention(p, p + 1, (p, p + 1), "person", entities.get(t.start), False)
                pre.subject = m
                p = m.end
                continue
            if trig is not None:
                return p
            nxt = toks[p + 1] if p + 1 < len(toks) else None
            if lex.is_("relative", n, strip=False) and pre.subject is not None and not pre.svo and p == pre.subject.end:
                # «بريطانيا التي تدير هذا الجيب …، أنها»: skip the relative clause up to its comma
                close = next((k for k in range(p + 1, min(len(toks), p + 16)) if is_comma(toks[k])), None)
                if close is not None and close + 1 < len(toks) and (
                        self._trigger(toks, close + 1, klass, True) or klass == "direct"):
                    p = close + 1  # a directive's addressee may follow («…، جميع البحارة بضرورة …»)
                    if klass == "direct" and not self._trigger(toks, p, klass, True):
                        pron_subject = True
                    continue
            if pre.subject is not None and p == pre.subject.end and lex.is_("particle", n, strip=False) and n in self._emphatics:
                p += 1  # «المصدر ذاته»
                continue
            if (is_comma(t) and pre.subject is not None and p == pre.subject.end and p + 2 < len(toks)
                    and (head := self._phrase_head(toks[p + 1])) is not None and head[1] == "source"):
                via, q = self._via_at(toks, p + 2, entities)  # «وقال X، وفقا لـ «سكاي نيوز عربية» إن»، «وقال
                # المحافظ …، بحسب الصحيفة، إن»: the source phrase names the outlet that relayed it (q21)
                if (via is not None and (via.generic or via.mention.kind == "outlet") and q < len(toks)
                        and (is_comma(toks[q]) or self._trigger(toks, q, klass, True) is not None)):
                    pre.vias.append(via)
                    p = q
                    continue
            if is_comma(t) and pre.subject is not None and p == pre.subject.end and not pre.svo:
                # «اللجنة الثورية، برئاسة محمد علي الحوثي، حالة …»: a parenthesis after the speaker
                close = next((k for k in range(p + 1, min(len(toks), p + 10)) if is_comma(toks[k])), None)
                inner = toks[p + 1 : close] if close is not None else []
                if inner and not any(x.cue is not None or self._trigger(toks, x.i, klass, True) for x in inner):
                    if inner[0].preposed or lex.is_("preposition", inner[0].norm, strip=False):
                        p = close + 1
                        continue
                    after = self._trigger(toks, close + 1, klass, True) if close + 1 < len(toks) else None
                    if after is not None and after[0] in ("comp", "comp_pron", "colon", "quote") and inner[0].definite:
                        p = close + 1  # «نشرة "أوتشا"، الأسبوعية الصادرة أمس، إنه»: an apposition
                        continue
            if (pre.subject is not None and p == pre.subject.end and t.preposed and t.prefix[:1] == "ب"
                    and self.chunk.strong(toks, pre.subject)):
                stop, budget = None, 3  # time words («اليوم») do not count against the phrase
                for k in range(p + 1, min(len(toks), p + 8)):
                    if is_comma(toks[k]) or self._trigger(toks, k, klass, True):
                        stop = k
                        break
                    budget -= 0 if lex.is_("time", toks[k].norm) else 1
                    if budget == 0:
                        break
                if stop is not None:
                    p = stop  # «الرئاسة العامة للأرصاد بمشيئة الله تعالى، أن …»
                    continue
            if pre.subject is not None and t.preposed and not ch.is_recipient(toks, p) and (
                t.prefix[:1] == "ل" or (t.prefix[:1] == "ب" and t.definite and p == pre.subject.end)
            ):
                p += 1  # «شركة جوجل الأمريكية لخدمات الإنترنت»: a modifier of the speaker
                while p < len(toks) and toks[p].definite and toks[p].is_word:
                    p += 1
                continue
            if klass == "direct" and pron_subject and pre.addressee is None and t.is_word:
                m = ch.mention(toks, p, entities)
                if m is not None and m.end < len(toks):
                    pre.addressee = m  # «دعا الحكومة … إلى»: whom the call is addressed to
                    p = m.end
                    if lex.is_("public", toks[m.start].norm, strip=False):
                        p = self._public_end(toks, p, klass)  # «الشعب اليمني بمختلف مكوناته» (q18)
                    q = p  # «وحث العاملين بالمركز على …»: where they are, then the call's preposition
                    if lemma in URGE_ON and q < len(toks) and toks[q].is_word and toks[q].preposed and toks[q].definite:
                        q += 1  # (only «على» opens an urging's content; «ناشد المسؤولين بالوقوف على» is «بالوقوف …»)
                    if q > p and q < len(toks) and lex.is_raw("on", toks[q].plain):
                        p = q
                    continue
            if (lemma in URGE_ON and pre.subject is not None and pre.addressee is None and not pre.svo
                    and p in (pre.subject.end, pre.subject.end + 1) and t.is_word and not t.preposed):
                m = ch.mention(toks, p, entities)  # «حث وكيل الإمارة، مديري التعليم ومساعديهم مرارا على …»
                q = m.end if m is not None else p
                while q < min(len(toks), p + 8) and (toks[q].norm[:1] == "و" and toks[q].is_word
                                                     or (toks[q].is_word and toks[q].norm.endswith("ا")
                                                         and not toks[q].definite)):
                    q += 1  # the rest of the ones urged, an adverb («مرارا»)
                if m is not None and q < len(toks) and lex.is_raw("on", toks[q].plain):
                    pre.addressee = m
                    p = q
                    continue
            if (klass == "direct" and pre.subject is not None and p == pre.subject.end and pre.addressee is None
                    and t.is_word and not t.preposed
                    and (t.definite or fits(toks, Mention(p, p + 1, None, None), lex) == {"pl"}
                         or lemma in URGE_ON)):  # «حثت المجموعة كوريا الشمالية على …»: any one urged
                # (an indefinite plural in construct too: «طالب X رؤساءَ الكتل بـ…»)
                m = ch.mention(toks, p, entities)
                if (m is None or m.end == p + 1) and ch.body_after_name(toks, p, entities):
                    e = p + 1  # «ودعا سيرغي لافروف الولايات المتحدة إلى …» (q18): a body no speaker noun lists
                    while e < len(toks) and self._definite_adjective(toks[e]):
                        e += 1
                    m = Mention(p, e, None, "organization")
                if m is not None and m.end < len(toks) and self._trigger(toks, m.end, klass, True) is not None:
                    pre.addressee = m  # «طالب الوزير الحكومةَ بتسهيل …»: the addressee after the speaker
                    p = m.end
                    continue
            if t.text in "-–" and ((pre.subject is not None and p == pre.subject.end) or p == i + 1):
                # (right after the cue too: «منوها - بحسب قوله - إلى أن …»)
                if (pre.subject is not None and pre.relay_from is None and p + 2 < len(toks)
                        and self._phrase_head(toks[p + 1]) == (toks[p + 2].norm, "relay")):
                    p += 1  # «وافادت معلومات صحافية ـ نقلاً عن مصادر امنية ـ ان»: a relay between dashes (q19)
                    continue
                close = next((k for k in range(p + 1, min(len(toks), p + 10)) if toks[k].text in "-–"), None)
                if close is not None and not any(self._trigger(toks, k, klass, True) for k in range(p + 1, close)):
                    p = close + 1  # «شاهد عيان - فضل عدم ذكر اسمه - أن»: a parenthesis between dashes
                    continue
            if t.text == "(":
                close = next((k for k in range(p + 1, min(len(toks), p + 10)) if toks[k].text == ")"), None)
                p = close + 1 if close is not None else p + 1
                continue
            if is_comma(t) or t.text in "-–)":
                p += 1
                continue
            if (pre.subject is not None and p == pre.subject.end and not pre.svo and t.is_word
                    and toks[pre.subject.start].norm in KIN and pre.subject.end - pre.subject.start >= 2):
                m = ch.mention(toks, p, entities)  # «والد الشهيد الجندي X»: the relative speaks, X is his kin
                if (m is not None and m.kind == "person" and m.name is not None
                        and not any(x.norm == "الله" for x in toks[m.start : m.end])):  # not «رحمه الله»
                    sub = pre.subject
                    pre.subject = Mention(sub.start, m.end, sub.name, sub.kind, sub.entity, sub.quoted)
                    p = m.end
                    continue
            if (lemma == "قال" and lex.is_("relative", n, strip=False) and pre.subject is not None
                    and p == pre.subject.end and not pre.svo):
                # «قال والد X الذي استشهد …، برغم الحزن … أبنائي …»: the relative clause ends at a comma
                # and the speaker's own unmarked words follow
                close = next((k for k in range(p + 2, min(len(toks), p + 45))
                              if is_terminal(toks[k]) or is_comma(toks[k]) or toks[k].cue is not None
                              or toks[k].text in OPEN_QUOTES or toks[k].text == ":"), None)
                if close is not None and is_comma(toks[close]) and first_person_clause(toks, close + 1):
                    pre.bare_at = close + 1
                    return close + 1
            if lex.is_("relative", n, strip=False) and pre.subject is not None and p == pre.subject.end and not pre.svo:
                # «وأكدت الدراسة التي أجرتها جامعة الملك سعود أن …»: a relative clause right after the
                # speaker, read up to the content (no cue, comma or sentence end on the way)
                close = next((k for k in range(p + 2, min(len(toks), p + 20))
                              if is_terminal(toks[k]) or is_comma(toks[k]) or toks[k].cue is not None
                              or (toks[k].is_word and self._trigger(toks, k, klass, True, False) is not None)), None)
                if (close is not None and not is_terminal(toks[close]) and not is_comma(toks[close])
                        and toks[close].cue is None
                        and (self._trigger(toks, close, klass, True, False) or ("",))[0] in ("comp", "comp_pron")):
                    p = close
                    continue
            if lex.is_("relative", n, strip=False) and pre.subject is not None and p > i + 1 and is_comma(toks[p - 1]):
                # «منظمة العفو الدولية، التي تتخذ من لندن مقرا لها، …»: skip the relative clause
                close = next((k for k in range(p + 1, min(len(toks), p + 14)) if is_comma(toks[k])), None)
                if close is not None:
                    p = close + 1
                    continue
            if lex.is_("manner", n) or lex.is_("aux", n, strip=False) or lex.is_("pron_prep", n, strip=False):
                p += 1
                continue
            if lemma == "لفت" and n in _ATTENTION:
                p += 1  # «ولفت الهاجري النظرَ، إلى أن …»، «لفت الانتباه إلى …»: drew attention to
                continue
            if (n == "من" and p + 1 < len(toks) and toks[p + 1].norm in SIDES
                    and (p == i + 1 or (pre.subject is not None and p == pre.subject.end))):
                p += 2  # «واشار هاربر من جهته الى انه …»، «وأكدت الشرطة من جانبها أن …»: for his part (q19)
                continue
            if n in _THERE and pre.subject is not None and p == pre.subject.end:
                p += 1  # «رغم تأكيد الصحافة هناك أنه …»: a place adverb after the speaker
                continue
            if self._say_again(toks, p, i):
                p += 1  # «وتابع يقول: …»، «وأضاف يقول إن …»: the manner of the first cue
                continue
            if t.cue is not None and t.cue.lemma == lemma and (pre.subject is not None or p > i + 1):
                used.add(p)  # «وقال …، قد قال …»
                p += 1
                continue
            if lex.is_("time", n):
                pre.framed = pre.subject is not None
                p += 1
                continue
            if n == "في" and nxt is not None and nxt.norm == "الوقت":
                p += 2  # «ومؤكدا في الوقت ذاته وقوفَ …»: a time phrase
                if p < len(toks) and toks[p].norm in self._emphatics:
                    p += 1
                continue
            if n in _REPLYING and nxt is not None and lex.is_raw("on", nxt.plain):
                # «قال … تعليقاً على دعوة الاتحاد … في لندن: "…"»، «وقال ردا على سؤال إن …»
                end = next((k for k in range(p + 2, min(len(toks), p + 22))
                            if is_terminal(toks[k]) or (toks[k].cue is not None and toks[k].cue.pos != "masdar")
                            or self._trigger(toks, k, klass, True, False) is not None), None)
                if end is not None and not is_terminal(toks[end]) and (toks[end].cue is None or toks[end].cue.pos == "masdar"):
                    p = end
                    continue
            if n in _WHEN and (pre.subject is not None or p > i + 1) and nxt is not None and nxt.is_word:
                # «وقال المدرب عقب رده على كل الأسئلة … التي أقيمت بمعقل مارسيليا: «…»»، «وقال … خلال
                # زيارته للمستشفى أمس إن …»: a time phrase up to the content
                end = next((k for k in range(p + 2, min(len(toks), p + 22))
                            if is_terminal(toks[k]) or (toks[k].cue is not None and toks[k].cue.pos != "masdar")
                            or self._trigger(toks, k, klass, True, False) is not None), None)
                if end is not None and not is_terminal(toks[end]) and toks[end].cue is None:
                    p = end
                    continue
            frame = self._frame_end(toks, p)
            if frame is not None and frame < len(toks) and is_comma(toks[frame]):
                frame += 1  # «ورأى في هذا السياق، أن …»
            if frame is not None and frame < len(toks) and self._trigger(toks, frame, klass, True) is not None:
                p = frame  # «وأكد في هذا السياق أن …»، «مضيفا في السياق ذاته أن …»: a framing phrase
                continue
            if n == "في" and nxt is not None and lex.is_("channel", nxt.norm):
                p += 2  # في بيان، في تصريح لـ…، في مقابلة مع …، في بيان صدر اليوم
                objects = bool(toks[i].cue and toks[i].cue.objects)  # «قال … تعليقاً على …:»: no noun object
                ahead = next((k for k in range(p, min(len(toks), p + 14)) if toks[k].cue is not None
                              or is_terminal(toks[k]) or is_comma(toks[k])
                              or self._trigger(toks, k, klass, True, objects)), None)
                if ahead is not None and is_comma(toks[ahead]):
                    ahead = None  # only an unbroken channel phrase is read through
                if ahead is not None and toks[ahead].cue is None and not is_terminal(toks[ahead]):
                    if not any(ch.is_recipient(toks, k) or self._with_interviewer(toks, p, k) or self._on_outlet(toks, k, entities) is not None
                               for k in range(p, ahead)):
                        p = ahead  # «في تغريدة له على حسابه في شبكة … "تويتر" بعد المباراة "…"»
                        after_channel = True
                        continue
                extra = 1
                adjective_at = p  # «في حوار صحفي لمجلة …»، «في مقابلة هاتفية مع …»: the channel's adjective
                while p < len(toks) and toks[p].is_word and not ch.is_recipient(toks, p):
                    if lex.is_("with", toks[p].norm, strip=False) or self._on_outlet(toks, p, entities) is not None:
                        break
                    if (toks[p].definite or lex.is_("pron_prep", toks[p].norm, strip=False)
                            or (p == adjective_at and not toks[p].preposed
                                and (nisba(toks[p].norm) or lex.is_("adjective", toks[p].norm, strip=False)))):
                        p += 1
                        continue
                    after = toks[p + 1] if p + 1 < len(toks) else None
                    if extra and after is not None and (lex.is_("time", after.norm) or is_comma(after)
                                                        or self._trigger(toks, p + 1, klass, True, objects)):
                        extra -= 1
                        p += 1
                        continue
                    break
                after_channel = True
                pre.framed = pre.subject is not None
                continue
            if after_channel and lex.is_("with", n, strip=False) and nxt is not None:
                via, p = self._via_at(toks, p + 1, entities)
                if via:
                    pre.vias.append(via)
                continue
            if after_channel and (out := self._on_outlet(toks, p, entities)) is not None:
                if out.kind == "outlet":
                    pre.vias.append(ViaRef(out))  # «في برنامج على شبكة سي إن إن إن …»: the broadcaster
                p = out.end + (1 if out.quoted else 0)  # «على "تداول"»: a platform, no intermediary
                continue
            if n == "عبر" and pre.subject is not None and nxt is not None:
                out = ch.mention(toks, p + 1, entities)
                if out is not None and (out.quoted or out.kind == "outlet"):
                    # «برر مسؤول أهلاوي عبر "الاقتصادية" …»: the outlet it reached us through
                    pre.vias.append(ViaRef(out))
                    p = out.end + (1 if out.quoted else 0)
                    continue
            if ch.is_recipient(toks, p) and (t.text in ("لـ", "ل") or pre.subject is not None or p > i + 1
                                             or (pron_subject and toks[i].cue is not None and toks[i].cue.pos == "verb")
                                             or lex.is_("recipient_plain", n)  # «وقال للصحفيين إن»: no subject
                                             or self._outlet_told(t)):  # «واضاف لوكالة فرانس برس "…"» (q23)
                at = p
                via, p = self._via_at(toks, p, entities)
                sub = pre.subject
                if (via and sub is not None and at == sub.end and not sub.quoted and via.mention.kind == "outlet"
                        and via.mention.name is not None and toks[sub.start].norm.removeprefix("ال") in _MEDIUM
                        and all(x.norm in _MEDIUM_ADJ for x in toks[sub.start + 1 : sub.end])):
                    m = via.mention  # «وقال الموقع الإلكتروني لإذاعة "فرانس 3" الفرنسية:»: the radio speaks (q22)
                    pre.subject = Mention(sub.start, p, m.name, "outlet", m.entity, False)
                elif via:
                    pre.vias.append(via)
                elif (p + 2 < len(toks) and toks[p].norm == "في" and is_place(toks[p + 1])
                        and self._trigger(toks, p + 2, klass, True) is not None):
                    p += 2  # «قال للصحافيين في بغداد إن»: where he said it
                continue
            if ((lex.is_("adverbial", n, strip=False) and n != "في") or (n == "في" and pre.subject is not None)
                    or (after_channel and n == "من")  # «في تصريح لـX من مقر إقامته في …، أن»
                    or (lex.is_raw("on", t.plain) and nxt is not None and lex.is_("on_frame", nxt.norm, strip=False))):
                p += 1
                stop = p + 12
                while p < min(len(toks), stop) and not is_comma(toks[p]) and toks[p].cue is None:
                    if self._trigger(toks, p, klass, True) is not None or lex.is_("conj", toks[p].norm, strip=False):
                        break
                    if (toks[p].norm == "في" and p + 2 < len(toks) and lex.is_("channel", toks[p + 1].norm)
                            and lex.is_("pron_prep", toks[p + 2].norm, strip=False)):
                        break  # «المتخصصة في الشأن الاقتصادي في تقرير لها عن …» (q18b): the channel is read as one
                    if klass == "relay" and pre.relay_from is None and lex.is_("about", toks[p].norm, strip=False):
                        break  # «ونقلت صحيفة X في عددها الصادر اليوم عن Y قوله» (q18b): Y is the relayed source
                    p += 1
                m = pre.subject
                if m is not None and m.name is None and p < len(toks) and self._trigger(toks, p, klass, True):
                    # «امين المجلس البلدي في دورته الاولى عبدالله آل شهاب: …»: the name after the adverbial
                    start = next((k for k in range(m.end, p) if toks[k].norm in ch.given_names and not toks[k].definite), None)
                    if start is not None and all(ch.is_name_token(x) for x in toks[start:p]):
                        pre.subject = Mention(m.start, p, (start, p), "person", m.entity, m.quoted)
                continue
            if klass == "relay" and lemma in LEARN and n == "من" and nxt is not None and pre.relay_from is None:
                m = ch.mention(toks, p + 1, entities)
                if m is not None:  # «كما علمت (المدينة) من مصادرها أن …»: the paper learned it from them
                    pre.relay_from = m
                    p = m.end + (1 if m.quoted else 0)
                    continue
            if klass == "relay" and lemma in ATTRIBUTE and n == "الي" and nxt is not None and pre.relay_from is None:
                m = ch.mention(toks, p + 1, entities)
                if m is not None:  # «ونسبت صحيفة X إلى Y قوله …»: the paper relays, Y speaks (q21)
                    pre.relay_from = m
                    p = m.end + (1 if m.quoted else 0)
                    continue
            if lex.is_("about", n, strip=False) and nxt is not None:
                if klass == "express":
                    p += 1
                    while p < len(toks) and p - i < MAX_PRE and self._trigger(toks, p, "say", True) is None:
                        if toks[p].is_punct or toks[p].cue is not None:
                            break
                        p += 1
                    continue
                if klass in ("relay", "say"):
                    m = ch.mention(toks, p + 1, entities)
                    if (m is not None and klass == "say" and m.entity is None
                            and not m.quoted and (not ch.strong(toks, m) or (
                                m.kind is None and (m.name is None or toks[m.start].definite)))):
                        p = m.end  # «يقول إيكو عن أدوات مثل تويتر إنها …»: the topic, not a source
                        continue
                    if m is not None:
                        if pre.relay_from is not None and p == pre.relay_from.end:
                            r = pre.relay_from  # «عن مسؤولين عن مكافحة الفيضانات»: one phrase
                            m = Mention(r.start, m.end, r.name, r.kind, r.entity, r.quoted)
                        pre.relay_from = m
                        p = m.end + (1 if m.quoted else 0)
                        continue
            if (pre.subject is not None and pre.relay_from is None and nxt is not None and p + 2 < len(toks)
                    and self._phrase_head(t) == (nxt.norm, "relay")):
                m = ch.mention(toks, p + 2, entities)
                if m is not None:  # «كشفت صحيفة X نقلا عن مصادر …»: X relays, the sources speak
                    pre.relay_from = m
                    p = m.end + (1 if m.quoted else 0)
                    continue
            r = pre.relay_from
            if r is not None and p == r.end + (1 if r.quoted else 0) and t.cue is not None and t.cue.pos == "masdar":
                p += 1  # «نُقل عن المتحدث قوله …»: the verbal noun of the relayed words
                continue
            if r is not None and p == r.end and t.preposed and t.definite and not ch.is_recipient(toks, p):
                pre.relay_from = Mention(r.start, p + 1, r.name, r.kind, r.entity, r.quoted)
                p += 1  # «… الفيضانات بالإقليم»
                continue
            if lex.is_("idiom_object", n, strip=False) and p == i + 1:
                p += 1  # «لفتت النظر إلى …»
                continue
            if n.startswith("و") and lex.is_("relay_verb", n[1:], strip=False) and nxt is not None:
                m = ch.mention(toks, p + 1, entities)
                if m is not None:
                    pre.vias.insert(0, ViaRef(m, generic=False))
                    p = m.end + (1 if m.quoted else 0)
                    continue
            m0 = pre.subject
            if m0 is not None and p == m0.end and not pre.svo and not m0.quoted:
                e = p
                while e < len(toks) and self._definite_adjective(toks[e]) and (toks[e - 1].definite or (
                        e == p and m0.kind == "outlet" and toks[e - 1].text in _CLOSE_MARKS)):
                    e += 1  # (q18b: after an outlet's quoted name too, «مجلة "…" المتخصصة في …»)
                after = toks[e] if e < len(toks) else None
                channel = after is not None and after.norm == "في" and e + 1 < len(toks) and lex.is_("channel", toks[e + 1].norm)
                # a speaker phrase goes on to a comma, «في», a time word, a recipient or the content; a
                # long construct chain of common nouns only to a channel or a recipient («ويشير ارتفاع
                # نشاط قطاع الخدمات الأمريكي إلى …»: no speaker)
                sure = ch.strong(toks, m0) or toks[m0.start].definite or m0.end - m0.start <= 2
                if e > p and after is not None and (channel or ch.is_recipient(toks, e) or (sure and (
                        is_comma(after) or after.norm == "في" or lex.is_("time", after.norm)
                        or self._trigger(toks, e, klass, True) is not None))):
                    # «خلية الإعلام الحربي العراقية في بيان»: the speaker's adjectives
                    # (not an object's: «واعتبر X استعادة قاعدة العند العسكرية … تحولا»)
                    pre.subject = Mention(m0.start, e, m0.name, m0.kind, m0.entity, m0.quoted)
                    p = e
                    continue
            if pre.subject is None and not pron_subject and n in _CIRCUMSTANTIAL:
                # «قال للصحفيين وهو يدفع بعربته …: …»، «وطالبوا وهم يرفعون صور ذويهم بإطلاق …»: a
                # circumstantial clause, no subject; the content starts at the first trigger after it
                k = next((k for k in range(p + 2, min(len(toks), p + 16))
                          if is_terminal(toks[k]) or self._trigger(toks, k, klass, True) is not None), None)
                if k is None or is_terminal(toks[k]) or klass != "direct":
                    return p  # (a saying verb's own clause stays unread: «فحينما كان "موعوكا" قال …»)
                p = k
                continue
            if pre.subject is None and not pron_subject:
                m = ch.mention(toks, p, entities)
                if p == i + 1 and (m is None or m.end == p + 1) and self._family_name(t):
                    # «ودعا القحطاني الجمعيات …»، «وعدّ الزهراني الحادث …» (q17c): the family name of a
                    # person named before is the subject (a sure one), not the first word of the object
                    m = Mention(p, p + 1, (p, p + 1), "person", m.entity if m is not None else None, False)
                    pre.family = True
                if m is not None:
                    pre.subject = m
                    p = m.end + (1 if m.quoted else 0)
                    continue
            return p
        return p

    def _public_end(self, toks: list[Tok], p: int, klass: str) -> int:
        """Past the adjectives of a public addressee («الشعب اليمني») and a phrase of its parts
        («بمختلف مكوناته الوطنية»، «بكافة أطيافه»), when the call's content follows (q18)."""
        while p < len(toks) and self._definite_adjective(toks[p]) and toks[p - 1].definite:
            p += 1
        if p < len(toks) and toks[p].is_word and toks[p].prefix == "ب" and toks[p].norm[1:] in _ALL_PARTS:
            end = next((k for k in range(p + 1, min(len(toks), p + 5))
                        if self._trigger(toks, k, klass, True) is not None), None)
            if end is not None:
                return end
        return p

    def _outlet_told(self, t: Tok) -> bool:
        """«لوكالة»، «لصحيفة»، «للصحيفة»: «لـ» glued to an outlet noun is its recipient, never a subject."""
        n = t.norm
        cand = "ال" + n[2:] if n.startswith("لل") else n[1:]
        return t.is_word and n[:1] == "ل" and self.lex.noun_kind(cand) == "outlet"

    def _name_not_clitic(self, t: Tok) -> bool:
        """A word that may read as «بـ/لـ» + noun but is, written whole, a word of a person's name
        met earlier in the document (an earlier speaker's or a person entity's: «بحاح»، «لحود»)."""
        return (t.is_word and t.plain[:1] in ("ب", "ل") and not t.definite and t.cue is None
                and len(t.plain) >= 4 and t.text in getattr(self, "_known", ()))

    def _family_name(self, t: Tok) -> bool:
        """A definite relational word («القحطاني»، «الغامدي») that is a word of a person's name met
        earlier in the document (an earlier speaker's, a person entity's, or after a given name:
        ``family.family_names``): his family name."""
        if not (t.is_word and t.definite and not t.preposed and t.cue is None and nisba(t.norm)):
            return False
        return t.text in getattr(self, "_known", ()) or getattr(self, "surnames", {}).get(t.text, t.start) < t.start


_PRONOUN_ENDS = ("هما", "هم", "ها", "ه")


def kin_told(word: str) -> bool:
    """A kin noun with a pronoun («والديها»، «ابنه»، «زوجته»، «لأسرته»; normalised, without the glued
    «لـ»): the relative one tells something to — a possessed noun is no subject."""
    for end in _PRONOUN_ENDS:
        if word.endswith(end) and len(word) > len(end) + 1:
            base = word[: -len(end)]
            if base[-1:] == "ت":
                base = base[:-1] + "ه"  # «زوجته» → «زوجه»
            return base in KIN or base[:-1] in KIN and base[-1:] == "ي"  # «والديها» → «والد»
    return False


def own_speech(word: str) -> bool:
    """A speech noun with a possessive pronoun («حديثه»، «كلمتها»، «تصريحاته»; normalised)."""
    for end in _PRONOUN_ENDS:
        if word.endswith(end) and len(word) > len(end) + 2:
            base = word[: -len(end)]
            return base in SPEECHES or (base[-1:] == "ت" and base[:-1] + "ه" in SPEECHES)
    return False
