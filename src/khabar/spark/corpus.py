"""Cross-document steps in Spark: near-duplicate groups and stories.

**Duplicates** — the SAME semantics as the embedded :mod:`khabar.corpus.dedupe`: the
worker computes each document's datasketch MinHash signature with
:func:`khabar.corpus.dedupe.signature` (same shingles, permutations and seed); here the
signatures are cut into the same LSH bands datasketch's ``MinHashLSH`` would use for
that threshold, documents sharing a band are candidate pairs, a candidate is kept when
its estimated Jaccard (share of equal hash values, as ``MinHash.jaccard``) reaches the
threshold, and the kept pairs are joined into groups (connected components). The
earliest report of a group (dateline, then id) is its original.

**Stories** — reports of one developing story within a time window: two documents
are linked when their datelines are at most ``window_days`` apart and they share at
least ``min_shared`` named entities (by canonical name) making up at least
``min_overlap`` of the smaller document's entities. Entities that occur in more than
``max_bucket_docs`` documents of one time bucket (a "Egypt"-like constant) are not used
as link keys. Near-duplicates are always in the same story. Linked documents are
joined into stories (connected components); the story id is its earliest document.

Connected components are computed by iterative min-label propagation in Spark (one
join per iteration; iterations = the largest component's diameter).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from datasketch.lsh import _optimal_param

from khabar.corpus.dedupe import DEFAULT_THRESHOLD, NUM_PERM

if TYPE_CHECKING:  # pragma: no cover
    from pyspark.sql import Column, DataFrame

_NO_DATE = "9999-12-31"
MAX_ITERATIONS = 100


def lsh_bands(threshold: float = DEFAULT_THRESHOLD, num_perm: int = NUM_PERM) -> tuple[int, int]:
    """(bands, rows per band) exactly as datasketch's MinHashLSH picks them."""
    return _optimal_param(threshold, num_perm, 0.5, 0.5)


def _rank(published: Column, doc_id: Column) -> Column:
    """Sort key of a document: earliest dateline first, then id."""
    from pyspark.sql import functions as F

    return F.concat_ws("\t", F.coalesce(published, F.lit(_NO_DATE)), doc_id)


def connected_components(edges: DataFrame, ranks: DataFrame) -> DataFrame:
    """``edges(a, b)`` + ``ranks(node, rank)`` → ``(node, root)``, root = min-rank member.

    Only nodes that appear in an edge are returned.
    """
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
    # The label is the root's rank "published\tdoc_id": keep the id part.
    return labels.select("node", F.substring_index("label", "\t", -1).alias("root"))


def duplicate_pairs(wide: DataFrame, threshold: float = DEFAULT_THRESHOLD) -> DataFrame:
    """Near-duplicate pairs ``(a, b, similarity)`` with ``a < b``."""
    from pyspark.sql import functions as F

    bands, rows = lsh_bands(threshold)
    width = rows * 8  # uint64 hash values
    sigs = wide.where(F.col("signature").isNotNull()).select("doc_id", "signature")
    keyed = sigs.select(
        "doc_id", F.explode(F.sequence(F.lit(0), F.lit(bands - 1))).alias("band"), "signature"
    ).select("doc_id", "band", F.expr(f"substring(signature, band * {width} + 1, {width})")
             .alias("key"))
    cand = (
        keyed.alias("x").join(keyed.alias("y"), ["band", "key"])
        .where(F.col("x.doc_id") < F.col("y.doc_id"))
        .select(F.col("x.doc_id").alias("a"), F.col("y.doc_id").alias("b")).distinct()
    )
    sa = sigs.select(F.col("doc_id").alias("a"), F.col("signature").alias("sa"))
    sb = sigs.select(F.col("doc_id").alias("b"), F.col("signature").alias("sb"))
    equal = (
        f"aggregate(sequence(0, {NUM_PERM - 1}), 0, (acc, i) -> acc + "
        "if(substring(sa, i * 8 + 1, 8) = substring(sb, i * 8 + 1, 8), 1, 0))"
    )
    return (
        cand.join(sa, "a").join(sb, "b")
        .select("a", "b", (F.expr(equal) / F.lit(NUM_PERM)).alias("similarity"))
        .where(F.col("similarity") >= F.lit(threshold))
    )


def _docs(wide: DataFrame) -> DataFrame:
    from pyspark.sql import functions as F

    return wide.where(F.col("doc_id").isNotNull()).select(
        F.col("doc_id").alias("node"), "published",
        _rank(F.col("published"), F.col("doc_id")).alias("rank"),
    ).dropDuplicates(["node"])


def _grouped(components: DataFrame, docs: DataFrame, id_name: str) -> DataFrame:
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    w = Window.partitionBy("root")
    return components.join(docs, "node").select(
        F.col("root").alias(id_name), F.col("node").alias("doc_id"), "published",
        (F.col("node") == F.col("root")).alias("is_first"),
        F.count("*").over(w).cast("int").alias("size"),
        F.min("published").over(w).alias("first_published"),
        F.max("published").over(w).alias("last_published"),
    )


def duplicates(wide: DataFrame, threshold: float = DEFAULT_THRESHOLD) -> DataFrame:
    """``group_id, doc_id, published, is_first, size, …``: members of duplicate groups.

    ``group_id`` is the id of the group's original (earliest report; ``is_first``).
    """
    docs = _docs(wide)
    comps = connected_components(duplicate_pairs(wide, threshold), docs)
    return _grouped(comps, docs, "group_id")


def story_pairs(
    wide: DataFrame,
    window_days: int = 3,
    min_shared: int = 2,
    min_overlap: float = 0.5,
    max_bucket_docs: int = 1000,
) -> DataFrame:
    """Story links ``(a, b)`` with ``a < b`` (see the module docstring)."""
    from pyspark.sql import functions as F

    ents = wide.where(F.col("doc_id").isNotNull() & F.col("published").isNotNull()).select(
        "doc_id", F.to_date(F.substring("published", 1, 10)).alias("day"),
        F.explode("entities").alias("e"),
    ).select("doc_id", "day", F.col("e.canonical").alias("name")).where(
        F.col("name").isNotNull() & (F.col("name") != "")
    ).distinct()
    sizes = ents.groupBy("doc_id").agg(F.count("*").alias("n"))
    # Each document sits in its bucket of window_days and in the next one, so two
    # documents at most window_days apart always share a bucket.
    bucket = F.floor(F.datediff("day", F.lit("1970-01-01")) / window_days).cast("long")
    keyed = ents.select(
        "doc_id", "day", "name", F.explode(F.array(bucket, bucket + 1)).alias("bucket")
    )
    common = keyed.groupBy("name", "bucket").agg(F.count("*").alias("df")).where(
        F.col("df") > max_bucket_docs
    )
    keyed = keyed.join(common.select("name", "bucket"), ["name", "bucket"], "left_anti")
    shared = (
        keyed.alias("x").join(keyed.alias("y"), ["name", "bucket"])
        .where((F.col("x.doc_id") < F.col("y.doc_id"))
               & (F.abs(F.datediff("x.day", "y.day")) <= window_days))
        .select(F.col("x.doc_id").alias("a"), F.col("y.doc_id").alias("b"), "name").distinct()
        .groupBy("a", "b").agg(F.count("*").alias("shared"))
    )
    na = sizes.select(F.col("doc_id").alias("a"), F.col("n").alias("na"))
    nb = sizes.select(F.col("doc_id").alias("b"), F.col("n").alias("nb"))
    return (
        shared.join(na, "a").join(nb, "b")
        .where((F.col("shared") >= min_shared)
               & (F.col("shared") >= F.lit(min_overlap) * F.least("na", "nb")))
        .select("a", "b")
    )


def stories(wide: DataFrame, window_days: int = 3, **kwargs) -> DataFrame:
    """``story_id, doc_id, published, is_first, size, first/last_published``."""
    docs = _docs(wide)
    edges = story_pairs(wide, window_days, **kwargs).union(
        duplicate_pairs(wide).select("a", "b")
    )
    comps = connected_components(edges, docs)
    return _grouped(comps, docs, "story_id")
