"""URL and feed ingest against a local HTTP server (127.0.0.1 only, started here)."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from test_store_support import light_pipeline, news_articles

from khabar.ingest import Ingestor
from khabar.ingest.fetch import Fetcher, FetchError
from khabar.ingest.watch import parse_interval, watch
from khabar.store import Store

ARTICLES = news_articles(3, start=400)


def _html(item: dict) -> bytes:
    paras = "".join(f"<p>{p}</p>" for p in item["content"].split("\n") if p.strip())
    return (f"<html><head><title>{item['title']}</title>"
            f"<meta property='og:site_name' content='{item['source']}'>"
            f"<meta name='date' content='2015-08-10'></head>"
            f"<body><nav>القائمة الرئيسية</nav><article><h1>{item['title']}</h1>{paras}</article>"
            f"<footer>جميع الحقوق محفوظة</footer></body></html>").encode()


def _rss(base: str, paths: list[str]) -> bytes:
    items = "".join(
        f"<item><title>خبر {i}</title><link>{base}{p}</link>"
        f"<pubDate>Mon, 10 Aug 2015 0{i}:00:00 GMT</pubDate></item>" for i, p in enumerate(paths))
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>وكالة الاختبار</title><link>{base}/</link>{items}</channel></rss>").encode()


class _Handler(BaseHTTPRequestHandler):
    hits: dict[str, int] = {}

    def log_message(self, *args) -> None:  # keep test output clean
        pass

    def _send(self, status: int, body: bytes, ctype: str = "text/html; charset=utf-8") -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802
        path = self.path
        self.hits[path] = self.hits.get(path, 0) + 1
        base = f"http://127.0.0.1:{self.server.server_port}"
        if path.startswith("/article/"):
            n = int(path.rsplit("/", 1)[1])
            self._send(200, _html(ARTICLES[n]))
        elif path == "/feed.xml":
            self._send(200, _rss(base, ["/article/0", "/article/1", "/missing", "/slow"]),
                       "application/rss+xml")
        elif path == "/feed2.xml":
            self._send(200, _rss(base, ["/article/1", "/article/2"]), "application/rss+xml")
        elif path == "/bad-feed.xml":
            self._send(200, b"<?xml version='1.0'?><rss><channel><item><title>broken",
                       "application/rss+xml")
        elif path == "/slow":
            time.sleep(1.5)
            self._send(200, _html(ARTICLES[2]))
        elif path == "/500":
            self._send(500, b"server error")
        elif path == "/flaky":
            if self.hits[path] == 1:
                self._send(503, b"try later")
            else:
                self._send(200, _html(ARTICLES[2]))
        elif path == "/big":
            self._send(200, b"<html>" + b"x" * 50_000 + b"</html>")
        else:
            self._send(404, b"not found")


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    httpd.server_close()


def _fetcher(**kw) -> Fetcher:
    opts = {"timeout": 0.5, "retries": 1, "backoff": 0.01, "per_host_interval": 0.0,
            "max_bytes": 20_000}
    return Fetcher(**{**opts, **kw})


def test_feed_and_url_ingest_with_failures(server, tmp_path):
    with Store(tmp_path / "s.db") as store, _fetcher() as fetcher:
        ing = Ingestor(store, light_pipeline(), fetcher)
        summary = ing.ingest([f"{server}/feed.xml", f"{server}/500", f"{server}/bad-feed.xml",
                              f"{server}/big", "ftp://127.0.0.1/x"])
        assert summary.ingested == 2
        failed = {f.source: f.reason for f in summary.failed}
        assert set(failed) == {f"{server}/missing", f"{server}/slow", f"{server}/500",
                               f"{server}/bad-feed.xml", f"{server}/big", "ftp://127.0.0.1/x"}
        assert "HTTP 404" in failed[f"{server}/missing"]
        assert "timed out" in failed[f"{server}/slow"]
        assert "HTTP 500" in failed[f"{server}/500"] and "2 attempts" in failed[f"{server}/500"]
        assert "malformed feed" in failed[f"{server}/bad-feed.xml"]
        assert "cap" in failed[f"{server}/big"]
        assert "scheme" in failed["ftp://127.0.0.1/x"]
        arts = {a["url"]: a for a in store.list_articles()}
        first = arts[f"{server}/article/0"]
        assert first["title"] == ARTICLES[0]["title"]
        assert first["outlet"].lower() == ARTICLES[0]["source"]  # og:site_name
        assert first["published"] == "2015-08-10"
        text = store.get_article(first["id"])["text"]
        assert "جميع الحقوق محفوظة" not in text  # boilerplate removed by trafilatura
        # The same feed again: entries already stored are not even fetched.
        hits_before = _Handler.hits.get("/article/0", 0)
        again = ing.ingest([f"{server}/feed.xml"])
        assert again.ingested == 0 and again.duplicates == 2
        assert _Handler.hits.get("/article/0", 0) == hits_before


def test_retry_recovers_from_a_transient_error(server):
    with _fetcher(retries=2) as fetcher:
        resp = fetcher.get(f"{server}/flaky")
    assert resp.status == 200 and _Handler.hits["/flaky"] == 2


def test_per_host_rate_limit_spaces_requests(server):
    with _fetcher(per_host_interval=0.2) as fetcher:
        t0 = time.monotonic()
        for n in range(3):
            fetcher.get(f"{server}/article/{n}")
        assert time.monotonic() - t0 >= 0.4


def test_fetch_refuses_non_http_schemes():
    with _fetcher() as fetcher, pytest.raises(FetchError, match="scheme"):
        fetcher.get("file:///etc/passwd")


def test_watch_survives_feed_errors_and_stops_after_max_rounds(server, tmp_path):
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"# test feeds\n{server}/bad-feed.xml\n{server}/feed2.xml\n"
                     f"{server}/500\n", encoding="utf-8")
    rounds = []
    with Store(tmp_path / "s.db") as store, _fetcher() as fetcher:
        ing = Ingestor(store, light_pipeline(), fetcher)
        total = watch(ing, feeds, interval=0, max_rounds=2, sleep=lambda s: None,
                      report=lambda n, s: rounds.append((n, s.ingested, s.duplicates, len(s.failed))))
        assert rounds == [(1, 2, 0, 2), (2, 0, 2, 2)]
        assert total.ingested == 2 and store.count() == 2


def test_parse_interval():
    assert parse_interval("10m") == 600 and parse_interval("30s") == 30
    assert parse_interval("1h") == 3600 and parse_interval("5") == 5
    with pytest.raises(ValueError):
        parse_interval("soon")


def test_cli_watch_runs_rounds_and_reports(server, tmp_path):
    from typer.testing import CliRunner

    from khabar.cli import app

    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"{server}/feed2.xml\n{server}/bad-feed.xml\n", encoding="utf-8")
    db = tmp_path / "w.db"
    res = CliRunner().invoke(app, ["watch", str(feeds), "--db", str(db), "--interval", "0s",
                                   "--max-rounds", "2", "--stages", "text", "--rate", "0",
                                   "--timeout", "0.5", "--retries", "0"])
    assert res.exit_code == 0, res.output
    err = res.stderr if hasattr(res, "stderr") else res.output
    assert "round 1: ingested 2, updated 0, skipped as duplicate 0, failed 1" in err
    assert "round 2: ingested 0, updated 0, skipped as duplicate 2, failed 1" in err
    with Store(db) as store:
        assert store.count() == 2


def test_local_atom_feed_file(server, tmp_path):
    atom = tmp_path / "news.atom"
    atom.write_text(
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>موجز</title><id>urn:x</id><updated>2015-08-10T08:00:00Z</updated>"
        f'<entry><title>أ</title><id>urn:1</id><link href="{server}/article/2"/>'
        "<updated>2015-08-10T07:30:00Z</updated></entry></feed>", encoding="utf-8")
    with Store(tmp_path / "s.db") as store, _fetcher() as fetcher:
        summary = Ingestor(store, light_pipeline(), fetcher).ingest([str(atom)])
        assert (summary.ingested, len(summary.failed)) == (1, 0)
        (art,) = store.list_articles()
        assert art["url"] == f"{server}/article/2"
        assert art["published_at"] == "2015-08-10T07:30:00"
