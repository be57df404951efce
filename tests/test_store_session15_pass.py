"""Session 15 (st15): what the fresh-user pass of the store commands found."""

from __future__ import annotations

from test_store_support import light_pipeline
from typer.testing import CliRunner

from khabar.cli import app as cli
from khabar.store import Store


def test_reanalyze_says_which_articles_are_already_current(tmp_path):
    """``khabar reanalyze`` counted the articles this pipeline version made as «skipped as
    duplicate»: they are no duplicates, and the count now says what they are."""
    db = tmp_path / "s.db"
    with Store(db) as s:
        for key in ("1", "2"):
            s.put(light_pipeline().analyze(f"أعلن الوزير رقم {key} افتتاح المشروع.",
                                           url=f"http://x/{key}", published="2015-08-10"))
    runner = CliRunner()
    done = runner.invoke(cli, ["reanalyze", "--db", str(db), "--stages", "text"])
    assert done.exit_code == 0, done.output
    assert "reanalyze: reanalysed 0, already analysed by this pipeline version 2" in done.output
    assert "duplicate" not in done.output
    done = runner.invoke(cli, ["reanalyze", "--db", str(db), "--stages", "text", "--all"])
    assert "reanalyze: reanalysed 2, already analysed by this pipeline version 0" in done.output
    done = runner.invoke(cli, ["ingest", str(tmp_path / "nothing.jsonl"), "--db", str(db)])
    assert "ingest: ingested 0, updated 0, skipped as duplicate 0, failed 1" in done.output


def test_text_windows_slice_each_article_once_in_the_order_given(tmp_path):
    """The words around mentions are cut from each article's text read once, in Python
    (``substr`` per mention walked a long text from its start for every mention: 45 CPU-s
    for the relink of one 1.9M-character document, 1.8 now)."""
    from khabar.store.text_windows import windows

    with Store(tmp_path / "s.db") as s:
        a = s.put(light_pipeline().analyze("قال الملك سلمان إن المملكة بخير.", url="http://x/a")).id
        b = s.put(light_pipeline().analyze("وصل الأمير محمد إلى جدة.", url="http://x/b")).id
        text_a = s.get_article(a)["text"]
        spans = [(a, 4, 15), (b, -40, 10), (a, 0, 0), (10**6, 0, 5), (b, 11, 16), (a, 20, 99)]
        assert windows(s.conn, spans) == [text_a[4:15], "وصل الأمير", "", None, "محمد ",
                                          text_a[20:]]


def test_titles_and_offices_around_mentions_are_read_as_before(tmp_path):
    """``titled_mentions``, the offices after full names and ``titled_actor`` read the same
    windows as the SQL ``substr`` they replace (reference computed here with it)."""
    from khabar.document import Entity
    from khabar.store.lookup import titled_actor
    from khabar.store.relink_offices import _AFTER, _offices
    from khabar.store.relink_titles import title_before, titled_mentions

    texts = {"a": "قال الملك سلمان بن عبدالعزيز إن المملكة ماضية. وأكد الملك سلمان ذلك.",
             "b": "سلمان بن عبدالعزيز وزير الدفاع السابق افتتح المعرض مع الأمير سلمان.",
             "c": "التقى الرئيس باراك أوباما والملك سلمان في واشنطن أمس."}
    with Store(tmp_path / "s.db") as s:
        for key, text in texts.items():
            doc = light_pipeline().analyze(text, url=f"http://x/{key}", published="2015-08-10")
            names = [n for n in ("سلمان بن عبدالعزيز", "باراك أوباما", "سلمان") if n in text]
            ents, taken = [], set()
            for n in names:
                start = text.find(n)
                while start != -1:
                    if not any(start < e and start + len(n) > b for b, e in taken):
                        taken.add((start, start + len(n)))
                        ents.append(Entity(start=start, end=start + len(n), text=n,
                                           id=f"T{len(ents) + 1}", label="PERS",
                                           entity=f"E{len(ents) + 1}", canonical=n))
                    start = text.find(n, start + 1)
            doc.entities = ents
            s.put(doc)
        conn = s.conn
        ref = [(int(r[0]), str(r[1]), int(r[2]), r[3], t) for r in conn.execute(
            "SELECT e.article_id, coalesce(nullif(e.entity, ''), e.id), e.actor_id, e.text,"
            " substr(a.text, max(e.start - 39, 1), e.start - max(e.start - 39, 1) + 1)"
            " FROM entities e JOIN articles a ON a.id = e.article_id WHERE e.label = 'PERS'"
            " AND e.actor_id IS NOT NULL AND e.source IS NOT 'coref'")
            if r[4] and (t := title_before(r[4])) is not None]
        got = titled_mentions(conn, "PERS")
        assert [(a, e, i, t) for a, e, i, _, t in got] == [(a, e, i, t) for a, e, i, _, t in ref]
        assert {t for *_, t in got} >= {"الملك", "الرئيس", "الامير"}
        actors = [r[0] for r in conn.execute("SELECT id FROM actors WHERE label = 'PERS'")]
        from khabar.store.relink_offices import office_after
        want: dict[int, set[str]] = {}
        for actor_id, after in conn.execute(
                "SELECT e.actor_id, substr(a.text, e.end + 1, ?) FROM entities e JOIN articles a"
                " ON a.id = e.article_id WHERE e.label = 'PERS' AND e.source IS NOT 'coref'"
                " AND e.text LIKE '% %'", (_AFTER,)):
            if after and (office := office_after(after)) is not None:
                want.setdefault(int(actor_id), set()).add(office)
        assert dict(_offices(conn, "PERS", actors)) == want and want
        assert titled_actor(conn, "سلمان", "الملك") is not None


def test_related_actors_are_counted_over_the_actors_articles_once(tmp_path):
    """An actor's related actors: the actors of its articles, by how many articles they
    share — the same list as the join of its mentions to every mention of its articles,
    which made mentions × mentions rows (0.9 s on one 1.9M-character document)."""
    from test_store_support import claim_document

    with Store(tmp_path / "s.db") as s:
        for key, speaker in (("a", "محمد السوداني"), ("b", "محمد السوداني"), ("c", "جو بايدن")):
            d = claim_document(doc_id=key, url=f"http://x/{key}", speaker=speaker)
            d.text += f" رقم {key}"
            s.put(d)
        for name in ("محمد السوداني", "العراق", "جو بايدن"):
            actor = s.entity(name)["id"]
            ref = [dict(r) for r in s.conn.execute(
                "SELECT o.actor_id AS id, ac.name, ac.label, count(DISTINCT o.article_id) AS n"
                " FROM entities e JOIN entities o ON o.article_id = e.article_id"
                " JOIN actors ac ON ac.id = o.actor_id WHERE e.actor_id = ? AND o.actor_id != ?"
                " GROUP BY o.actor_id ORDER BY n DESC LIMIT 10", (actor, actor))]
            assert s.entity(actor)["related"] == ref and ref, name
        iraq = s.entity("العراق")
        assert [(r["name"], r["n"]) for r in iraq["related"]] == [("محمد السوداني", 2),
                                                                  ("جو بايدن", 1)]


def _snippet_before(text: str, hits: list, width: int = 90) -> tuple[str, list]:
    """khabar.store.search.snippet as it was before session 15 (the reference)."""
    best_start, best_end = max(hits, key=lambda h: sum(abs(o[0] - h[0]) < width for o in hits))
    start = max(0, best_start - width)
    end = min(len(text), best_end + width)
    while start > 0 and not text[start - 1].isspace() and best_start - start < width + 20:
        start -= 1
    while end < len(text) and not text[end].isspace() and end - best_end < width + 20:
        end += 1
    inside = [[s, e] for s, e in hits if s >= start and e <= end]
    out = text[start:end].replace("\n", " ").strip()
    return ("…" if start > 0 else "") + out + ("…" if end < len(text) else ""), inside


def test_the_snippet_window_is_the_densest_as_before():
    """The snippet centres on the hit with the most other hits within reach — counted by
    bisection over the hits in text order (a pass over every hit for each hit before:
    quadratic in a long document's hits): the same snippet as before, ties included."""
    import random

    from khabar.store import search

    rng = random.Random(15)
    words = ["الرياض", "جدة", "المملكة", "قال", "في", "اليوم", "الوزير", "مشروع", "للمملكة"]
    terms = search.parse_query("الرياض OR المملكة")[1]
    tried = 0
    for _ in range(40):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(5, 400)))
        hits = search._hits(text, terms)
        if hits:
            tried += 1
            assert search.snippet(text, terms) == _snippet_before(text, hits)
    assert tried > 30
