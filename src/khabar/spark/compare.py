"""Compare the stories of a Spark output with the embedded clustering of the same articles.

    python -m khabar.spark.compare OUTPUT

Reads ``OUTPUT/articles``, ``OUTPUT/entities`` and ``OUTPUT/stories`` (pyarrow only, no
Spark), runs :func:`khabar.corpus.stories.cluster` on the same articles (the store's
indexed words, entity canonical names standing in for the store's actor ids, the
near-duplicate groups of :mod:`khabar.corpus.dedupe`) and prints how the two groupings
agree on same-story pairs. The numbers in docs/scale.md come from here.
"""

from __future__ import annotations

import itertools
import sys
from collections import Counter, defaultdict

import pyarrow.parquet as pq

from khabar.corpus.dedupe import groups, signature, word_forms
from khabar.corpus.stories import Item, cluster
from khabar.document import Document
from khabar.spark.corpus import rank_key
from khabar.store.search import index_columns


def _pairs(assign: dict[int, object]) -> set[frozenset]:
    members = defaultdict(list)
    for doc, story in assign.items():
        members[story].append(doc)
    return {frozenset(p) for m in members.values() if len(m) > 1
            for p in itertools.combinations(m, 2)}


def compare(out: str) -> dict[str, float]:
    """Agreement figures of ``out``'s stories with the embedded clustering."""
    arts = pq.read_table(f"{out}/articles",
                         columns=["doc_id", "title", "published", "text"]).to_pylist()
    names: dict[str, int] = {}
    ents: dict[str, set[int]] = defaultdict(set)
    for r in pq.read_table(f"{out}/entities", columns=["doc_id", "canonical"]).to_pylist():
        ents[r["doc_id"]].add(names.setdefault(r["canonical"], len(names)))
    docs = [Document(id=a["doc_id"], text=a["text"], title=a["title"],
                     published=a["published"]) for a in arts]
    index = {d.id: i for i, d in enumerate(docs)}
    stories = pq.read_table(f"{out}/stories").to_pylist()
    # the job's order of reports (timestamp, else dateline, then id); every member of a
    # duplicate group is in a story, so the stories table carries the timestamps needed
    stamp = {r["doc_id"]: r.get("published_at") for r in stories}
    order = sorted(range(len(docs)),
                   key=lambda i: rank_key(stamp.get(docs[i].id), docs[i].published, docs[i].id))
    found = groups([(i, signature(docs[i])) for i in order], words=lambda i: word_forms(docs[i]))
    dup_of = {m: g[0] for g in found for m in g[1:]}
    items = [Item(i, d.published, index_columns(d)[1].split(), ents[d.id], dup_of.get(i))
             for i, d in enumerate(docs)]
    embedded = {m: k for k, st in enumerate(cluster(items)) for m in st.members}
    spark = {index[r["doc_id"]]: r["story_id"] for r in stories}
    sizes = Counter(embedded.values())
    pe, ps = _pairs(embedded), _pairs(spark)
    return {
        "embedded_stories": sum(1 for n in sizes.values() if n > 1),
        "embedded_articles": sum(n for n in sizes.values() if n > 1),
        "spark_stories": len(set(spark.values())),
        "spark_articles": len(spark),
        "embedded_pairs": len(pe), "spark_pairs": len(ps), "shared_pairs": len(pe & ps),
        "embedded_pairs_found": round(len(pe & ps) / max(len(pe), 1), 3),
        "spark_pairs_embedded": round(len(pe & ps) / max(len(ps), 1), 3),
    }


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    for key, value in compare(args[0]).items():
        print(f"{key}\t{value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
