"""Story clustering: reports of one developing story over a sliding time window.

Articles are visited in publication order. Each is compared with the stories that were
active within the last ``window_days`` (candidates found through an inverted index over
the stories' top terms) by

    similarity = cosine(TF-IDF of the article, story centroid) + ENTITY_WEIGHT · Jaccard(actors)

and joins the most similar story when that reaches ``threshold``; otherwise it starts a
new story. Near-duplicate copies join their original's story directly. Terms are the
clitic-stripped word bases (at least 3 letters); IDF is computed over the clustered set,
so very common words weigh little without a stop list. Undated reports stand alone.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

ENTITY_WEIGHT = 0.3
TOP_TERMS = 40  # terms kept per article vector
KEY_TERMS = 12  # terms per article / story used to find candidate stories
MIN_TERM_LEN = 3


@dataclass
class Item:
    """An article to cluster: id, ISO date, its words (bases), actor ids, original id."""

    id: int
    date: str | None
    words: list[str]
    actors: set[int] = field(default_factory=set)
    dup_of: int | None = None


@dataclass
class Story:
    """A cluster: member ids, centroid (term → weight), actors, first/last date."""

    members: list[int]
    centroid: dict[str, float]
    actors: Counter
    first: str | None
    last: str | None
    norm: float = 1.0

    def top_terms(self, n: int = 10) -> list[str]:
        return [t for t, _ in sorted(self.centroid.items(), key=lambda kv: -kv[1])[:n]]


def _days(a: str | None, b: str | None) -> float:
    if not a or not b:
        return 0.0
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)
    except ValueError:
        return 0.0


def _vector(words: list[str], idf: dict[str, float]) -> dict[str, float]:
    tf = Counter(w for w in words if len(w) >= MIN_TERM_LEN and not w.isdigit())
    vec = {t: (1 + math.log(c)) * idf.get(t, 0.0) for t, c in tf.items()}
    top = dict(sorted(vec.items(), key=lambda kv: -kv[1])[:TOP_TERMS])
    norm = math.sqrt(sum(v * v for v in top.values())) or 1.0
    return {t: v / norm for t, v in top.items()}


def _cosine(vec: dict[str, float], st: Story) -> float:
    """Cosine of a unit article vector and a story centroid (norm kept on the story)."""
    c = st.centroid
    return sum(v * c[t] for t, v in vec.items() if t in c) / st.norm


def _key_terms(vec: dict[str, float]) -> list[str]:
    return sorted(vec, key=vec.__getitem__, reverse=True)[:KEY_TERMS]


def cluster(items: list[Item], window_days: int = 3, threshold: float = 0.35) -> list[Story]:
    """Cluster ``items`` (any order; sorted by date here) into stories."""
    items = sorted(items, key=lambda it: (it.date or "", it.id))
    df: Counter = Counter()
    for it in items:
        df.update({w for w in it.words if len(w) >= MIN_TERM_LEN})
    n = max(len(items), 1)
    idf = {t: math.log((1 + n) / (1 + c)) + 1.0 for t, c in df.items()}
    stories: list[Story] = []
    story_of: dict[int, int] = {}
    index: dict[str, set[int]] = defaultdict(set)
    for it in items:
        vec = _vector(it.words, idf)
        chosen: int | None = story_of.get(it.dup_of) if it.dup_of is not None else None
        if not it.date:
            # Without a dateline there is no window: the report counts for IDF only and
            # stands alone (as in the Spark job).
            stories.append(Story([it.id], dict(vec), Counter(it.actors), None, None))
            story_of[it.id] = len(stories) - 1
            continue
        if chosen is None:
            candidates: set[int] = set()
            for t in _key_terms(vec):
                candidates |= index.get(t, set())
            best, best_sim = None, threshold
            for sid in candidates:
                st = stories[sid]
                if _days(st.last, it.date) > window_days:
                    continue
                sim = _cosine(vec, st)
                if it.actors and st.actors:
                    shared = len(it.actors & set(st.actors))
                    sim += ENTITY_WEIGHT * shared / len(it.actors | set(st.actors))
                if sim >= best_sim:
                    best, best_sim = sid, sim
            chosen = best
        if chosen is None:
            stories.append(Story([it.id], dict(vec), Counter(it.actors), it.date, it.date))
            chosen = len(stories) - 1
        else:
            st = stories[chosen]
            k = len(st.members)
            merged = {t: st.centroid.get(t, 0.0) * k / (k + 1) for t in st.centroid}
            for t, v in vec.items():
                merged[t] = merged.get(t, 0.0) + v / (k + 1)
            st.centroid = dict(sorted(merged.items(), key=lambda kv: -kv[1])[: 2 * TOP_TERMS])
            st.norm = math.sqrt(sum(v * v for v in st.centroid.values())) or 1.0
            st.members.append(it.id)
            st.actors.update(it.actors)
            if it.date and (not st.last or it.date > st.last):
                st.last = it.date
        story_of[it.id] = chosen
        for t in _key_terms(stories[chosen].centroid):
            index[t].add(chosen)
    return stories
