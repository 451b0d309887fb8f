"""The checks run inside each loaded page, as JavaScript evaluated through the DevTools protocol.

Each function returns a list of (name, ok, detail) for check_site.py to report.
"""

import json

# Elements each kind of page must show (CSS selectors), beyond what every page has.
EXPECTED = {
    "home": [".stats", ".article-list li", "svg.chart[role=img]"],
    "timeline": ["svg.chart[role=img]", "nav.months a[href^='#m']", ".month .article-list li"],
    "actor index": [".group ul[data-sortable] li[data-count] a"],
    "place index": ["svg.map[role=img] circle", "#by-name ul.tree[data-sortable] li[data-count] a", "a[href='#by-count']"],
    "article": [".article-body p", ".article-body a[href*='/actors/'], .article-body a[href*='/places/']",
                ".provenance .hash", ".provenance a[href^='original.']", ".article-side .links li a"],
    "actor": [".mentions .article-list li", ".history svg.chart[role=img]"],
    "place": [".mentions .article-list li", "svg.map[role=img] .map-here"],
}

COMMON = r"""
(() => {
  const out = [];
  const add = (name, ok, detail) => out.push([name, !!ok, detail || ""]);
  const h1 = document.querySelectorAll("h1");
  add("exactly one h1", h1.length === 1, h1.length + " found");
  add("lang attribute", (document.documentElement.lang || "").length >= 2, document.documentElement.lang);
  add("landmarks (header, nav, main#main, footer)",
      document.querySelector("body > header") && document.querySelector("header nav") &&
      document.querySelector("main#main") && document.querySelector("body > footer"));
  add("skip link to #main first in the body", document.querySelector("body > a.skip-link[href='#main']") === document.body.querySelector("a"));
  const svgs = [...document.querySelectorAll("svg")];
  const unlabelled = svgs.filter(s => s.getAttribute("role") !== "img" || !s.firstElementChild ||
      s.firstElementChild.tagName.toLowerCase() !== "title" || !s.firstElementChild.textContent.trim());
  add("every svg is role=img with a title", unlabelled.length === 0, unlabelled.length + " of " + svgs.length + " unlabelled");
  add("every img has alt text", [...document.images].every(i => i.hasAttribute("alt")));
  const description = document.querySelector("meta[name=description]");
  add("meta description", description && description.content.trim().length >= 20, description ? description.content : "missing");
  add("Open Graph title and description", document.querySelector("meta[property='og:title']") && document.querySelector("meta[property='og:description']"));
  // Shapes inside an <svg> are clipped by it; the <svg> itself is checked.
  const wide = [...document.querySelectorAll("body *")].filter(e => !(e.ownerSVGElement) && e.getBoundingClientRect().right > window.innerWidth + 1)
      .slice(0, 3).map(e => e.tagName.toLowerCase() + (e.className && e.className.baseVal === undefined ? "." + e.className : ""));
  add("nothing wider than the viewport", document.documentElement.scrollWidth <= window.innerWidth && wide.length === 0,
      "page " + document.documentElement.scrollWidth + "px in " + window.innerWidth + "px: " + wide.join(", "));
  const expected = %s;
  for (const selector of expected) add("shows " + selector, document.querySelector(selector), "not found");
  return out;
})()
"""

CONTRAST = r"""
(() => {
  const parse = c => { const m = /rgba?\(([^)]+)\)/.exec(c || ""); if (!m) return null;
    const p = m[1].split(/[\s,\/]+/).filter(Boolean).map(Number); return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1]; };
  const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]); };
  const ratio = (a, b) => { const x = lum(a), y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };
  const background = el => { for (let e = el; e; e = e.parentElement) { const c = parse(getComputedStyle(e).backgroundColor);
    if (c && c[3] > 0.5) return c; } return parse(getComputedStyle(document.body).backgroundColor) || [255, 255, 255, 1]; };
  const land = document.querySelector(".map-land");
  const failures = [];
  let checked = 0;
  for (const el of document.querySelectorAll("body *")) {
    if (![...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) continue;
    if (["TITLE", "DESC", "STYLE", "SCRIPT"].includes(el.tagName.toUpperCase())) continue;
    if (el.closest(".visually-hidden, .skip-link, [hidden]") || el.getClientRects().length === 0) continue;
    const style = getComputedStyle(el);
    if (style.visibility === "hidden" || style.display === "none") continue;
    const inSVG = el instanceof SVGElement;
    const fg = parse(inSVG ? style.fill : style.color);
    let bg = background(el);
    if (inSVG && el.closest("svg.map")) {
      bg = el.classList.contains("map-label") ? parse(style.stroke) : parse(land ? getComputedStyle(land).fill : "");
    }
    if (!fg || !bg) continue;
    checked += 1;
    const size = parseFloat(style.fontSize), bold = parseInt(style.fontWeight, 10) >= 700;
    const needed = size >= 24 || (size >= 18.66 && bold) ? 3 : 4.5;
    const r = ratio(fg, bg);
    if (r < needed) failures.push(el.tagName.toLowerCase() + "." + (el.getAttribute("class") || "") + " '" +
        el.textContent.trim().slice(0, 30) + "' " + r.toFixed(2) + ":1");
  }
  const page = parse(getComputedStyle(document.body).backgroundColor);
  return [["text contrast at least 4.5:1 (" + checked + " elements)", failures.length === 0 && checked > 0, failures.slice(0, 5).join("; ")],
          ["page background", !!page, JSON.stringify(page)], ["dark", lum(page) < 0.1, ""], ["light", lum(page) > 0.8, ""]];
})()
"""


def run(browser, kind, width, dated=True):
    """Structure, expected elements and layout of the loaded page, then keyboard focus and contrast.
    Without any dated article there are no charts to expect."""
    expected = [s for s in EXPECTED.get(kind, []) if dated or "chart" not in s and "months" not in s]
    results = [tuple(r) for r in browser.evaluate(COMMON % json.dumps(expected))]
    results += keyboard(browser)
    if width == 1280:
        results += contrast(browser, scheme="light")
    return results


def keyboard(browser):
    """Tab reaches the skip link first and shows it; the next Tab shows a focus ring."""
    browser.press_tab()
    skip = browser.evaluate("""(() => { const a = document.activeElement, r = a.getBoundingClientRect();
        return [a.classList.contains('skip-link'), r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.width > 0]; })()""")
    browser.press_tab()
    ring = browser.evaluate("""(() => { const s = getComputedStyle(document.activeElement);
        return [document.activeElement.tagName, s.outlineStyle, parseFloat(s.outlineWidth)]; })()""")
    return [("first Tab focuses the skip link", skip[0], ""), ("focused skip link is on screen", skip[1], ""),
            ("visible focus ring", ring[1] not in ("none", "") and ring[2] >= 2, "%s outline %s %spx" % tuple(ring))]


def contrast(browser, scheme="dark"):
    """Text contrast of every visible text element, and whether the page follows the colour scheme."""
    text, page, dark, light = browser.evaluate(CONTRAST)
    follows = dark if scheme == "dark" else light
    return [tuple(text), ("%s colour scheme background" % scheme, follows[1], page[2])]


def print_view(browser):
    state = browser.evaluate("""(() => [getComputedStyle(document.querySelector('header nav')).display,
        getComputedStyle(document.querySelector('main')).display, getComputedStyle(document.body).backgroundColor])()""")
    return [("print hides the navigation", state[0] == "none", state[0]),
            ("print keeps the content on white", state[1] != "none" and state[2] in ("rgb(255, 255, 255)",), state[2])]


ORDER = r"""
(() => {
  const shown = id => { const e = document.getElementById(id); return !!e && e.getClientRects().length > 0; };
  const lists = id => [...document.querySelectorAll("#" + id + " [data-sortable]")];
  const items = l => [...l.children].filter(e => e.dataset.name);
  // The order of SitePages.alphabetical: case and accents ignored, then the exact name.
  const key = s => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  const before = (a, b) => key(a) !== key(b) ? key(a) < key(b) : a <= b;
  const byName = l => items(l).every((e, i, a) => i === 0 || before(a[i - 1].dataset.name, e.dataset.name));
  const byCount = l => items(l).every((e, i, a) => i === 0 || +a[i - 1].dataset.count >= +e.dataset.count);
  const all = (id, test) => lists(id).length > 0 && lists(id).every(l => test(l) &&
      [...l.querySelectorAll("ul")].every(test));
  return { target: location.hash, name: shown("by-name"), count: shown("by-count"),
           nameSorted: all("by-name", byName), countSorted: all("by-count", byCount) };
})()
"""


def orders(browser, url):
    """Name order by default; the pre-rendered count order when the address ends in #by-count
    (CSS :target, so this holds with scripts off, as the pages have none)."""
    browser.open(url, width=1280, scripts=False)
    default = browser.evaluate(ORDER)
    browser.open(url + "#by-count", width=1280, scripts=False)
    counted = browser.evaluate(ORDER)
    return [("lists shown in name order by default", default["name"] and not default["count"] and default["nameSorted"], json.dumps(default)),
            ("#by-count shows the lists by number of articles", counted["count"] and not counted["name"] and counted["countSorted"], json.dumps(counted))]
