"""An epithet named again: «وقال المدرب الهولندي»، «حيث قال النجم المصري» — a definite role noun
with a nationality adjective and no name, that no earlier titled mention names exactly, is the
person an earlier mention of the document named with that nationality («الدولي المصري محمد صلاح»;
the nearest one before the cue), else the one person it named with that role («لويس فان جال مدرب
مانشستر يونايتد»; not when two people hold it); never a body («الشركة الكورية»)."""

from __future__ import annotations

from khabar.document import Entity
from khabar.extract.quotes.chain import Record, Speaker
from khabar.extract.quotes.mention import Mention
from khabar.extract.quotes.names import demonym
from khabar.extract.quotes.tokens import Tok, strip_marks


class EpithetMixin:
    """``_epithet_name``: the stage's look-up of the person an epithet stands for (needs the
    stage's ``lex``, ``chunker`` and ``_role_forms``)."""

    def _epithet_name(self, rec: Record, views: dict[int, list[Tok]], ents: dict[int, Entity],
                      text: str) -> None:
        sp = rec.speaker
        if sp.name is None or sp.kind not in ("person", None) or sp.span is None:
            return
        found = _span_tokens(views, rec.raw.sentence, sp.span)
        if found is None:
            return  # (an implicit speaker of «وأجاب» found in its own sentence is looked up too)
        si, toks, s = found
        role = toks[s : s + 2]
        if len(role) != 2 or role[1].end != sp.span[1] or not all(t.is_word for t in role):
            return
        if not role[0].definite or role[0].preposed or role[1].preposed:
            return
        if not demonym(role[1].norm) or demonym(role[0].norm) or self.lex.noun_kind(role[0].norm) not in ("title", None):
            return  # (a body, a group or a text is no person: «الشركة الكورية» is left as it is)
        head = self._role_forms(role[0].norm)
        nation = role[1].norm
        start = sp.span[0]
        by_nation: list[tuple[Mention, list[Tok]]] = []
        by_role: dict[str, tuple[Mention, list[Tok]]] = {}
        for sj in range(si + 1):
            vt = views.get(sj, [])
            if not any(t.norm == nation or self._role_forms(t.norm) & head for t in vt if t.is_word):
                continue  # (a sentence naming neither is not chunked: the look-up stays cheap)
            for full, _ in self._named_people(vt, ents, start):
                words = [t for t in vt[full.start : full.end] if t.is_word]
                b = full.start
                while b > max(0, full.start - 2) and vt[b - 1].definite and demonym(vt[b - 1].norm):
                    b -= 1  # «المصري الدولي محمد صلاح»: a nationality right before the title
                words = vt[b : full.start] + words
                if {t.norm for t in words if t.definite and demonym(t.norm)} - {nation}:
                    continue  # another nationality: «المدرب الإسباني X» is not the Dutch coach
                if any(t.norm == nation for t in words):
                    by_nation.append((full, vt))
                elif any(self._role_forms(t.norm) & head for t in words):
                    a, b = full.name
                    by_role[" ".join(t.norm for t in vt[a:b])] = (full, vt)
        # the nearest one named with the nationality; else the one holder of the role («مدرب»),
        # when the role is named once before (not counting the epithet itself said again)
        best = by_nation[-1] if by_nation else None
        if best is None and len(by_role) == 1 and self._role_count(views, si, start, head, nation) == 1:
            best = next(iter(by_role.values()))
        if best is None:
            return
        full, vt = best
        a, b = full.name
        rec.speaker = Speaker(sp.span, strip_marks(text[vt[a].start : vt[b - 1].end]), "person", sp.entity)

    def _role_count(self, views: dict[int, list[Tok]], si: int, before: int, head: frozenset[str],
                    nation: str) -> int:
        """How often the role is named before the offset ``before`` («مدرب تشيلسي … مدرب ريال
        مدريد» = 2), not counting the epithet itself («المدرب الهولندي») said again."""
        n = 0
        for sj in range(si + 1):
            vt = views.get(sj, [])
            for k, t in enumerate(vt):
                if t.start >= before:
                    break
                if t.is_word and self._role_forms(t.norm) & head and not (
                        k + 1 < len(vt) and vt[k + 1].norm == nation):
                    n += 1
        return n

    def _named_people(self, vt: list[Tok], ents: dict[int, Entity], before: int
                      ) -> list[tuple[Mention, list[Tok]]]:
        """The titled, named person mentions of one sentence that end before the offset ``before``,
        in text order: a name of two words or more with a title or a nationality before it
        («الدولي المصري محمد صلاح») or a title in apposition after it («لويس فان جال مدرب …»)."""
        out: list[tuple[Mention, list[Tok]]] = []
        k = 0
        while k < len(vt) and vt[k].start < before:
            t = vt[k]
            if not t.is_word or t.preposed or not (
                    self.chunker.is_name_token(t) or self.lex.noun_kind(t.norm) == "title" or demonym(t.norm)):
                k += 1
                continue
            full = self.chunker.mention(vt, k, ents)
            if full is None or full.end <= k:
                k += 1
                continue
            if (full.name is not None and full.kind == "person" and vt[full.end - 1].end <= before
                    and full.name[1] - full.name[0] >= 2 and not vt[full.name[0]].definite
                    and not vt[full.name[0]].prefix.startswith("و")
                    and (full.start < full.name[0] or full.end > full.name[1])):
                out.append((full, vt))
                k = full.end
                continue
            k += 1  # (a mention that is no titled name may hide one inside it: «التقى المدرب X»)
        return out


def _span_tokens(views: dict[int, list[Tok]], si: int, span: tuple[int, int]
                 ) -> tuple[int, list[Tok], int] | None:
    """The sentence (``si`` or one of the two before it), its tokens and the index of the token
    that opens ``span``."""
    for sj in range(si, max(-1, si - 3), -1):
        toks = views.get(sj, [])
        if toks and toks[0].start <= span[0]:
            k = next((k for k, t in enumerate(toks) if t.start == span[0]), None)
            return None if k is None else (sj, toks, k)
    return None
