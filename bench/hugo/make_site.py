"""Turns a site built by `archive build` into an equivalent Hugo site source.

    python3 bench/hugo/make_site.py BUILT_SITE HUGO_SITE

For every article of BUILT_SITE/data/articles.json it writes HUGO_SITE/content/articles/<slug>.md
with the same title, date, source, actors and places (the two Hugo taxonomies) in front matter and
the same cleaned Markdown body (from BUILT_SITE/articles/<slug>/index.md). So both generators get
exactly the same articles and entity lists; extraction is work only ConflictArchive does.
The configuration, layouts and stylesheet are copied next to the content.
"""

import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))


def markdown_body(index_md):
    """The body of an index.md written by `archive build`: everything after the front matter."""
    text = open(index_md, encoding="utf-8").read()
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        if end >= 0:
            return text[end + 5:].lstrip("\n")
    return text


def front_matter(record):
    """YAML front matter; JSON strings are valid YAML double-quoted scalars."""
    q = lambda value: json.dumps(value, ensure_ascii=False)
    lines = ["---", f"title: {q(record['title'])}", f"slug: {q(record['slug'])}"]
    if record.get("date"):
        lines.append(f"date: {record['date']}")
    if record.get("source"):
        lines.append(f"source: {q(record['source'])}")
    lines.append(f"actors: [{', '.join(q(a) for a in record['actors'])}]")
    lines.append(f"places: [{', '.join(q(p) for p in record['places'])}]")
    lines.append("---")
    return "\n".join(lines) + "\n\n"


def make(built_site, hugo_site):
    """Writes the Hugo site source; returns the number of articles."""
    if os.path.exists(hugo_site):
        shutil.rmtree(hugo_site)
    content = os.path.join(hugo_site, "content", "articles")
    os.makedirs(content)
    shutil.copy(os.path.join(HERE, "hugo.toml"), hugo_site)
    shutil.copytree(os.path.join(HERE, "layouts"), os.path.join(hugo_site, "layouts"))
    os.makedirs(os.path.join(hugo_site, "static", "assets"))
    shutil.copy(os.path.join(REPO, "Templates", "assets", "style.css"), os.path.join(hugo_site, "static", "assets"))
    records = json.load(open(os.path.join(built_site, "data", "articles.json"), encoding="utf-8"))
    for record in records:
        body = markdown_body(os.path.join(built_site, "articles", record["slug"], "index.md"))
        with open(os.path.join(content, record["slug"] + ".md"), "w", encoding="utf-8") as f:
            f.write(front_matter(record) + body)
    with open(os.path.join(content, "_index.md"), "w", encoding="utf-8") as f:
        f.write("---\ntitle: Timeline\n---\n")
    return len(records)


if __name__ == "__main__":
    print(make(sys.argv[1], sys.argv[2]), "articles")
