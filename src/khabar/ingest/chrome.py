"""Whether the text trafilatura took for a page's article is only the page's chrome.

A page with nothing but navigation («<nav>الرئيسية</nav>», a header of links, a footer line)
has no article, yet trafilatura falls back to the menu's words and `khabar ingest` stored
«الرئيسية» as an article of 8 characters (st15 noted it; session 21 walked it again). A short
extracted text (under :data:`SHORT` characters) every line of which stands inside the page's
``nav``/``header``/``footer``/``aside``/``menu`` elements (or ``role=navigation``) and nowhere
else in its body is such chrome: the page then has no article text. A longer text, or one line
found outside those elements, is kept as before.
"""

from __future__ import annotations

import re

import lxml.html

SHORT = 500  # longer extracted texts are never checked (an article, or a page worth reading)
_CHROME = "//nav | //header | //footer | //aside | //menu | //*[@role='navigation']"
_SPACE = re.compile(r"\s+")


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def only_chrome(html: str, text: str) -> bool:
    """Whether ``text`` (trafilatura's article text of ``html``) is only navigation, header
    or footer words of the page: every line inside those elements, none in the rest."""
    if len(text) >= SHORT or not text.strip():
        return False
    try:
        root = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return False
    chrome = root.xpath(_CHROME)
    if not chrome:
        return False
    chrome_text = " ".join(_norm(el.text_content()) for el in chrome)
    for el in chrome:
        if el.getparent() is not None:
            el.drop_tree()
    rest = _norm(root.text_content())
    lines = [_norm(line) for line in text.splitlines() if line.strip()]
    return all(line in chrome_text and line not in rest for line in lines)
