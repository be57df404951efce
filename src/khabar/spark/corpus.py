"""Cross-document steps in Spark: near-duplicate groups and stories.

**Duplicates** — the SAME semantics as the embedded :mod:`khabar.corpus.dedupe`: the
worker computes each document's datasketch MinHash signature with
:func:`khabar.corpus.dedupe.signature` (same shingles, permutations and seed) and keeps
its normalised words (:func:`khabar.corpus.dedupe.word_forms`); here the signatures are
cut into the same LSH bands datasketch's ``MinHashLSH`` would use for that threshold,
documents sharing a band are candidate pairs, and a candidate is kept when its estimated
Jaccard (share of equal hash values, as ``MinHash.jaccard``) reaches the threshold. An
edited copy (its own first sentence, a trimmed end) joins too: a second band set, that of
``MinHashLSH`` at :data:`khabar.corpus.dedupe.CANDIDATE_THRESHOLD`, proposes pairs, and a
pair is kept when :func:`khabar.corpus.dedupe.contained` holds on the two word lists'
shingles (exact, in a Python UDF on the executors; the earlier report passed first, as
the embedded loop does). Kept pairs are joined into groups (connected components). The
The
earliest report of a group is its original, ranked as the store ranks it
(``ORDER BY coalesce(published_at, published), id``): by the full publication timestamp
when the record has one (the news zip's ``date_extracted`` keeps the time of day), else
by the dateline (a bare date sorts before the same day's timestamps, as in SQLite), then
by document id; an undated document ranks last (see :func:`rank_key`).

**Stories** — the similarity of the embedded :mod:`khabar.corpus.stories`, computed
in parallel: each document's TF-IDF vector over its ``TOP_TERMS`` heaviest terms (the
store's indexed word bases, IDF over the input's distinct texts — an exact copy, same
``content_hash``, counts once, as the store keeps one of them), cosine similarity plus
``ENTITY_WEIGHT`` × Jaccard of their entities, for documents at most ``window_days``
apart that share one of their ``KEY_TERMS`` heaviest terms; pairs reaching the threshold
are linked, near-duplicates are always linked, and linked documents form a story
(connected components; the story id is its earliest document). Differences from the
embedded clustering, which is sequential (each article joins the most similar story
centroid, in date order) and cannot be split across machines: links here are
article-to-article (single link, order-independent), and entities are compared by
canonical name (the store compares its cross-document actor ids). Terms shared by more
than ``max_bucket_docs`` documents of one time bucket are not used to find candidates
(they bound the self-join; real story terms are rarer than that).

**Undated stories** — a document without a dateline has no window: the undated documents
form stories among themselves by :mod:`khabar.corpus.undated` (window-free: near-duplicates,
and pairs sharing a key term whose cosine + entity Jaccard reaches its threshold, or a lower
one when each is the other's best match, with a shared entity name), computed here by
:func:`undated_story_pairs` with the same vectors (IDF over the undated documents), the same
candidates and the same rounding, so the store and the job give the same undated stories.
A near-duplicate pair joining a dated and an undated document is no story link (the store
never puts an undated report into a dated story either).

Connected components: up to ``DRIVER_LIMIT`` edges the edge list is collected and
joined on the driver (union-find, one Spark job); larger graphs use iterative
min-label propagation in Spark (one join per iteration; iterations = the largest
component's diameter).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from datasketch.lsh import _optimal_param

from khabar.corpus import undated as _undated
from khabar.corpus.components import min_rank_roots
from khabar.corpus.dedupe import (
    CANDIDATE_THRESHOLD,
    DEFAULT_THRESHOLD,
    NUM_PERM,
    contained,
    shingle_list,
)
from khabar.corpus.stories import ENTITY_WEIGHT, KEY_TERMS, TOP_TERMS

if TYPE_CHECKING:  # pragma: no cover
    from pyspark.sql import Column, DataFrame

_NO_DATE = "9999-12-31"
MAX_ITERATIONS = 100
DRIVER_LIMIT = 500_000  # edges up to which connected components run on the driver


def lsh_bands(threshold: float = DEFAULT_THRESHOLD, num_perm: int = NUM_PERM) -> tuple[int, int]:
    """(bands, rows per band) exactly as datasketch's MinHashLSH picks them."""
    return _optimal_param(threshold, num_perm, 0.5, 0.5)


def rank_key(published_at: str | None, published: str | None, doc_id: str) -> str:
    """Sort key of a document (earliest first): ``published_at``, else the dateline, then
    the id — the store's ``coalesce(published_at, published), id`` order; undated last.
    :func:`_rank` computes the same string in Spark."""
    return f"{published_at or published or _NO_DATE}\t{doc_id}"


def _rank(published_at: Column, published: Column, doc_id: Column) -> Column:
    """:func:`rank_key` as a Spark column."""
    from pyspark.sql import functions as F

    return F.concat_ws("\t", F.coalesce(published_at, published, F.lit(_NO_DATE)), doc_id)


def connected_components(
    edges: DataFrame, ranks: DataFrame, driver_limit: int = DRIVER_LIMIT
) -> DataFrame:
    """``edges(a, b)`` + ``ranks(node, rank)`` → ``(node, root)``, root = min-rank member.

    Only nodes that appear in an edge are returned. Up to ``driver_limit`` edges the
    components are found on the driver (union-find: one Spark job instead of one per
    iteration); beyond, by min-label propagation in Spark.
    """
    edges = edges.select("a", "b").distinct().persist()
    try:
        if edges.limit(driver_limit + 1).count() <= driver_limit:
            return _components_on_driver(edges, ranks)
        return _components_in_spark(edges, ranks)
    finally:
        edges.unpersist()


def _components_on_driver(edges: DataFrame, ranks: DataFrame) -> DataFrame:
    from pyspark.sql import functions as F

    ra = ranks.select(F.col("node").alias("a"), F.col("rank").alias("ra"))
    rb = ranks.select(F.col("node").alias("b"), F.col("rank").alias("rb"))
    rows = edges.join(ra, "a").join(rb, "b").select("a", "ra", "b", "rb").collect()
    rank = {r["a"]: r["ra"] for r in rows} | {r["b"]: r["rb"] for r in rows}
    roots = min_rank_roots(((r["a"], r["b"]) for r in rows), rank)
    return edges.sparkSession.createDataFrame(
        [(n, roots[n]) for n in sorted(rank)], "node string, root string"
    )


def _components_in_spark(edges: DataFrame, ranks: DataFrame) -> DataFrame:
    from pyspark.sql import functions as F

    und = edges.select(F.col("a").alias("src"), F.col("b").alias("dst")).union(
        edges.select(F.col("b").alias("src"), F.col("a").alias("dst"))
    ).distinct()
    nodes = und.select(F.col("src").alias("node")).distinct()
    labels = nodes.join(ranks, "node").select("node", F.col("rank").alias("label"))
    labels = labels.localCheckpoint()
    for _ in range(MAX_ITERATIONS):
        spread = und.join(labels, und.src == labels.node).select(
            F.col("dst").alias("node"), "label"
        )
        new = labels.union(spread).groupBy("node").agg(F.min("label").alias("label"))
        new = new.localCheckpoint()
        changed = new.alias("n").join(labels.alias("o"), "node").where(
            F.col("n.label") != F.col("o.label")
        ).count()
        labels = new
        if changed == 0:
            break
    # The label is the root's rank "published_at or published\tdoc_id": keep the id part.
    return labels.select("node", F.substring_index("label", "\t", -1).alias("root"))


def _band_candidates(sigs: DataFrame, threshold: float) -> DataFrame:
    """``(a, b)`` with ``a < b``: documents sharing one LSH band of that threshold's bands."""
    from pyspark.sql import functions as F

    bands, rows = lsh_bands(threshold)
    width = rows * 8  # uint64 hash values
    keyed = sigs.select(
        "doc_id", F.explode(F.sequence(F.lit(0), F.lit(bands - 1))).alias("band"), "signature"
    ).select("doc_id", "band", F.expr(f"substring(signature, band * {width} + 1, {width})")
             .alias("key"))
    return (
        keyed.alias("x").join(keyed.alias("y"), ["band", "key"])
        .where(F.col("x.doc_id") < F.col("y.doc_id"))
        .select(F.col("x.doc_id").alias("a"), F.col("y.doc_id").alias("b")).distinct()
    )


def contained_words(first: list[str] | None, second: list[str] | None) -> bool:
    """:func:`khabar.corpus.dedupe.contained` on two documents' normalised words (the
    earlier report first, as :func:`khabar.corpus.dedupe.groups` passes them)."""
    return contained(shingle_list(first or []), shingle_list(second or []))


def duplicate_pairs(
    wide: DataFrame, threshold: float = DEFAULT_THRESHOLD, *, containment: bool = True
) -> DataFrame:
    """Near-duplicate pairs ``(a, b, similarity, contained)`` with ``a < b``.

    A pair is kept when it shares a band at ``threshold`` and its estimated Jaccard
    reaches it, or (``containment`` and a ``words`` column) when it shares a band at
    ``CANDIDATE_THRESHOLD`` and the texts pass :func:`contained_words`; ``contained`` is
    true for pairs kept only by containment.
    """
    from pyspark.sql import functions as F

    sigs = wide.where(F.col("signature").isNotNull() & F.col("doc_id").isNotNull()).select(
        "doc_id", "signature")
    cand = _band_candidates(sigs, threshold).withColumn("near", F.lit(True))
    use_words = containment and "words" in wide.columns
    if use_words:
        loose = _band_candidates(sigs, CANDIDATE_THRESHOLD).withColumn("loose", F.lit(True))
        cand = cand.join(loose, ["a", "b"], "full_outer")
    else:
        cand = cand.withColumn("loose", F.lit(False))
    sa = sigs.select(F.col("doc_id").alias("a"), F.col("signature").alias("sa"))
    sb = sigs.select(F.col("doc_id").alias("b"), F.col("signature").alias("sb"))
    equal = (
        f"aggregate(sequence(0, {NUM_PERM - 1}), 0, (acc, i) -> acc + "
        "if(substring(sa, i * 8 + 1, 8) = substring(sb, i * 8 + 1, 8), 1, 0))"
    )
    scored = cand.join(sa, "a").join(sb, "b").select(
        "a", "b", (F.expr(equal) / F.lit(NUM_PERM)).alias("similarity"),
        (F.coalesce(F.col("near"), F.lit(False))
         & (F.expr(equal) / F.lit(NUM_PERM) >= F.lit(threshold))).alias("jaccard"),
        F.coalesce(F.col("loose"), F.lit(False)).alias("loose"),
    )
    if not use_words:
        return scored.where("jaccard").select("a", "b", "similarity",
                                              F.lit(False).alias("contained"))
    # Containment only where Jaccard did not already keep the pair (the edge is the same).
    test = scored.where(F.col("loose") & ~F.col("jaccard"))
    docs = _docs(wide)
    wa = wide.where(F.col("doc_id").isNotNull()).dropDuplicates(["doc_id"]).select(
        F.col("doc_id").alias("a"), F.col("words").alias("wa"))
    wb = wa.select(F.col("a").alias("b"), F.col("wa").alias("wb"))
    ra = docs.select(F.col("node").alias("a"), F.col("rank").alias("ra"))
    rb = docs.select(F.col("node").alias("b"), F.col("rank").alias("rb"))
    check = F.udf(lambda x, y: contained_words(x, y), "boolean")  # plain (not pandas) UDF
    earlier_first = F.col("ra") <= F.col("rb")
    kept = test.join(wa, "a").join(wb, "b").join(ra, "a").join(rb, "b").where(check(
        F.when(earlier_first, F.col("wa")).otherwise(F.col("wb")),
        F.when(earlier_first, F.col("wb")).otherwise(F.col("wa")),
    )).select("a", "b", "similarity", F.lit(True).alias("contained"))
    near = scored.where("jaccard").select("a", "b", "similarity", F.lit(False).alias("contained"))
    return near.unionByName(kept)


def _docs(wide: DataFrame) -> DataFrame:
    from pyspark.sql import functions as F

    return wide.where(F.col("doc_id").isNotNull()).select(
        F.col("doc_id").alias("node"), "published", "published_at",
        _rank(F.col("published_at"), F.col("published"), F.col("doc_id")).alias("rank"),
    ).dropDuplicates(["node"])


def _grouped(components: DataFrame, docs: DataFrame, id_name: str) -> DataFrame:
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    w = Window.partitionBy("root")
    return components.join(docs, "node").select(
        F.col("root").alias(id_name), F.col("node").alias("doc_id"), "published", "published_at",
        (F.col("node") == F.col("root")).alias("is_first"),
        F.count("*").over(w).cast("int").alias("size"),
        F.min("published").over(w).alias("first_published"),
        F.max("published").over(w).alias("last_published"),
    )


def duplicates(
    wide: DataFrame, threshold: float = DEFAULT_THRESHOLD, pairs: DataFrame | None = None
) -> DataFrame:
    """``group_id, doc_id, published, published_at, is_first, size, …``: members of
    duplicate groups.

    ``group_id`` is the id of the group's original (earliest report; ``is_first``).
    ``pairs``: :func:`duplicate_pairs` when already computed.
    """
    docs = _docs(wide)
    pairs = duplicate_pairs(wide, threshold) if pairs is None else pairs
    comps = connected_components(pairs, docs)
    return _grouped(comps, docs, "group_id")


def _term_vectors(wide: DataFrame) -> DataFrame:
    """``(doc_id, day, term, w, rank, text_key)``: each document's unit TF-IDF vector over its
    top terms, weighted as :mod:`khabar.corpus.stories` does, the IDF over the input's
    DISTINCT texts (session 22): a term's document frequency and the number of documents
    count each ``content_hash`` (the store's duplicate key) once, so exact copies of a
    report — a repeated crawl, the same file read twice — weigh as the one article the store
    keeps of them (it drops such a copy at ingest and clusters the rest). Before, five
    copies of a news day shifted every IDF and split 9 of its 257 stories. ``text_key`` is
    the hash (the document id for a row without one; null for an error row, which counts for
    nothing, as the store stores none)."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    docs = wide.where(F.col("doc_id").isNotNull()).dropDuplicates(["doc_id"])
    # an error row holds no text (the store keeps none of them): no key, not counted
    own = F.when(F.col("error_type").isNull(), F.col("doc_id"))
    key = F.coalesce(F.col("content_hash"), own) if "content_hash" in wide.columns else own
    docs = docs.withColumn("text_key", key)
    terms = docs.select(
        "doc_id", "text_key", F.to_date(F.substring("published", 1, 10)).alias("day"),
        F.explode("terms").alias("t"),
    ).select("doc_id", "text_key", "day", F.col("t.term").alias("term"), F.col("t.n").alias("n"))
    n_docs = docs.where(F.col("text_key").isNotNull()).select("text_key").distinct().count()
    df = terms.groupBy("term").agg(F.countDistinct("text_key").alias("df"))
    idf = F.log((1 + F.lit(n_docs)) / (1 + F.col("df"))) + 1.0
    weighted = terms.join(df, "term").select(
        "doc_id", "text_key", "day", "term", ((1 + F.log("n")) * idf).alias("w")
    )
    by_doc = Window.partitionBy("doc_id")
    top = weighted.withColumn(
        "rank", F.row_number().over(by_doc.orderBy(F.desc("w"), "term"))
    ).where(F.col("rank") <= TOP_TERMS)
    return top.withColumn("w", F.col("w") / F.sqrt(F.sum(F.col("w") * F.col("w")).over(by_doc)))


def story_pairs(
    wide: DataFrame,
    window_days: int = 3,
    threshold: float = 0.35,
    max_bucket_docs: int = 1000,
) -> DataFrame:
    """Story links ``(a, b)`` with ``a < b`` (see the module docstring)."""
    from pyspark.sql import functions as F

    vec = _term_vectors(wide).persist()
    # Candidates share one of their KEY_TERMS heaviest terms within the time window.
    # Each document sits in its bucket of window_days and in the next one, so two
    # documents at most window_days apart always share a bucket.
    bucket = F.floor(F.datediff("day", F.lit("1970-01-01")) / window_days).cast("long")
    # Documents without a dateline count for IDF but are not linked (no window).
    keys = vec.where(F.col("day").isNotNull() & (F.col("rank") <= KEY_TERMS)).select(
        "doc_id", "text_key", "day", "term",
        F.explode(F.array(bucket, bucket + 1)).alias("bucket"),
    )
    # distinct texts, as the IDF: copies of a report do not make its terms crowded
    crowded = keys.groupBy("term", "bucket").agg(F.countDistinct("text_key").alias("df")).where(
        F.col("df") > max_bucket_docs
    )
    keys = keys.join(crowded.select("term", "bucket"), ["term", "bucket"], "left_anti")
    cand = (
        keys.alias("x").join(keys.alias("y"), ["term", "bucket"])
        .where((F.col("x.doc_id") < F.col("y.doc_id"))
               & (F.abs(F.datediff("x.day", "y.day")) <= window_days))
        .select(F.col("x.doc_id").alias("a"), F.col("y.doc_id").alias("b")).distinct()
    )
    va = vec.select(F.col("doc_id").alias("a"), "term", F.col("w").alias("wa"))
    vb = vec.select(F.col("doc_id").alias("b"), "term", F.col("w").alias("wb"))
    cosine = cand.join(va, "a").join(vb, ["b", "term"]).groupBy("a", "b").agg(
        F.sum(F.col("wa") * F.col("wb")).alias("cosine")
    )
    ents = wide.where(F.col("doc_id").isNotNull()).select(
        "doc_id", F.array_distinct(F.transform("entities", lambda e: e["canonical"]))
        .alias("names")
    )
    ea = ents.select(F.col("doc_id").alias("a"), F.col("names").alias("na"))
    eb = ents.select(F.col("doc_id").alias("b"), F.col("names").alias("nb"))
    jaccard = F.when(
        (F.size("na") > 0) & (F.size("nb") > 0),
        F.size(F.array_intersect("na", "nb")) / F.size(F.array_union("na", "nb")),
    ).otherwise(F.lit(0.0))
    return (
        cosine.join(ea, "a").join(eb, "b")
        .select("a", "b", (F.col("cosine") + F.lit(ENTITY_WEIGHT) * jaccard).alias("similarity"))
        .where(F.col("similarity") >= F.lit(threshold))
    )


def _names(wide: DataFrame) -> DataFrame:
    """``(doc_id, names)``: each document's distinct non-empty entity canonical names."""
    from pyspark.sql import functions as F

    canon = F.transform("entities", lambda e: e["canonical"])
    return wide.where(F.col("doc_id").isNotNull()).select(
        "doc_id", F.array_distinct(F.filter(canon, lambda c: c.isNotNull() & (c != "")))
        .alias("names"))


def undated_story_pairs(
    wide: DataFrame,
    threshold: float = _undated.THRESHOLD,
    mutual: float | None = _undated.MUTUAL,
    min_shared: int = _undated.MIN_SHARED,
    max_term_docs: int = _undated.MAX_TERM_DOCS,
) -> DataFrame:
    """Links ``(a, b, similarity)`` with ``a < b`` between documents without a dateline:
    :func:`khabar.corpus.undated.links` in Spark (same vectors, candidates and rounding)."""
    from pyspark.sql import functions as F

    undated = wide.where(F.col("doc_id").isNotNull() & F.col("published").isNull()
                         & F.col("error_type").isNull())
    vec = _term_vectors(undated).persist()
    keys = vec.where(F.col("rank") <= KEY_TERMS).select("doc_id", "text_key", "term")
    crowded = keys.groupBy("term").agg(F.countDistinct("text_key").alias("df")).where(
        F.col("df") > max_term_docs)
    keys = keys.join(crowded.select("term"), "term", "left_anti")
    # exact copies (one text_key) are never scored: the store holds one of them, and a
    # copy would be every report's best match (the mutual-best rule); they are linked as
    # near-duplicates
    cand = (
        keys.alias("x").join(keys.alias("y"), "term")
        .where((F.col("x.doc_id") < F.col("y.doc_id"))
               & ~F.col("x.text_key").eqNullSafe(F.col("y.text_key")))
        .select(F.col("x.doc_id").alias("a"), F.col("y.doc_id").alias("b")).distinct()
    )
    va = vec.select(F.col("doc_id").alias("a"), "term", F.col("w").alias("wa"))
    vb = vec.select(F.col("doc_id").alias("b"), "term", F.col("w").alias("wb"))
    cosine = cand.join(va, "a").join(vb, ["b", "term"]).groupBy("a", "b").agg(
        F.sum(F.col("wa") * F.col("wb")).alias("cosine"))
    names = _names(undated)
    ea = names.select(F.col("doc_id").alias("a"), F.col("names").alias("na"))
    eb = names.select(F.col("doc_id").alias("b"), F.col("names").alias("nb"))
    shared = F.size(F.array_intersect("na", "nb"))
    jaccard = F.when((F.size("na") > 0) & (F.size("nb") > 0),
                     shared / F.size(F.array_union("na", "nb"))).otherwise(F.lit(0.0))
    scored = (
        cosine.join(ea, "a").join(eb, "b")
        .where(shared >= F.lit(min_shared))
        .select("a", "b", F.round(F.col("cosine") + F.lit(ENTITY_WEIGHT) * jaccard,
                                  _undated.DIGITS).alias("similarity"))
    ).persist()
    ends = scored.select(F.col("a").alias("node"), "similarity").union(
        scored.select(F.col("b").alias("node"), "similarity"))
    best = ends.groupBy("node").agg(F.max("similarity").alias("best"))
    ba = best.select(F.col("node").alias("a"), F.col("best").alias("best_a"))
    bb = best.select(F.col("node").alias("b"), F.col("best").alias("best_b"))
    keep = F.col("similarity") >= F.lit(threshold)
    if mutual is not None:
        keep = keep | ((F.col("similarity") >= F.lit(mutual))
                       & (F.col("similarity") == F.col("best_a"))
                       & (F.col("similarity") == F.col("best_b")))
    return scored.join(ba, "a").join(bb, "b").where(keep).select("a", "b", "similarity")


def stories(wide: DataFrame, window_days: int = 3, threshold: float = 0.35,
            dup_pairs: DataFrame | None = None, **kwargs) -> DataFrame:
    """``story_id, doc_id, published, published_at, is_first, size, first/last_published``:
    dated stories (window), undated ones (:func:`undated_story_pairs`) and near-duplicates
    — a pair of a dated and an undated copy links no story."""
    from pyspark.sql import functions as F

    docs = _docs(wide)
    dup_pairs = duplicate_pairs(wide) if dup_pairs is None else dup_pairs
    dated = docs.select(F.col("node"), F.col("published").isNotNull().alias("dated"))
    same_kind = (
        dup_pairs.select("a", "b")
        .join(dated.select(F.col("node").alias("a"), F.col("dated").alias("da")), "a")
        .join(dated.select(F.col("node").alias("b"), F.col("dated").alias("db")), "b")
        .where(F.col("da") == F.col("db")).select("a", "b")
    )
    edges = (story_pairs(wide, window_days, threshold, **kwargs).select("a", "b")
             .union(undated_story_pairs(wide).select("a", "b")).union(same_kind))
    comps = connected_components(edges, docs)
    return _grouped(comps, docs, "story_id")
