"""Deterministic corpus of raw news articles for the benchmark, made from seeds/ and the gazetteer.

    python3 bench/corpus.py N OUT_FOLDER

Article i depends only on i (its own seeded PRNG), so the corpus of 1,000 is the first 1,000 files
of the corpus of 10,000, and the same N always gives the same bytes. Sentences come from the seed
articles with every actor, place and number replaced (actors and places drawn Zipf-like from the
gazetteer, spelt by canonical name, alias or a folding variant), plus sentences built from gazetteer
facts. Each article gets a headline, a date in one of the formats ingest reads (2012-2020), a source
given in one of the ways ingest reads (Source: line, byline, title suffix, dateline, agency line),
and a few scraper leftovers (Advertisement, Tags:, captions). Lengths follow a log-normal
distribution clipped to 300-1,500 words of story (median about 620).
"""

import calendar
import glob
import hashlib
import os
import random
import re
import sys

import gazetteer

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
SEEDS = os.path.join(REPO, "seeds")
GAZETTEER = os.path.join(REPO, "Sources", "ArchiveKit", "Resources", "gazetteer.yaml")
BASE_SEED = 20200212

# The gazetteer fix the benchmark applies: a phrase some articles use that the gazetteer does not know yet.
FIX_ENTRY = "Syrian Observatory for Human Rights"
FIX_ALIAS = "Britain-based war monitor"

PLACE_TIERS = ["country", "governorate", "city", "region", "air_base", "town", "district", "border_crossing",
               "neighbourhood", "village", "camp", "military_base", "airport", "river", "road", "mountain", "dam", "lake", "island"]
ACTOR_TIERS = ["state", "international_organisation", "person", "armed_group", "ngo_monitor"]
# The most-reported names come first in the Zipf ranking; the rest follow by kind, in gazetteer order.
HEAD_PLACES = ["Syria", "Idlib Governorate", "Aleppo", "Damascus", "Turkey", "Idlib City", "Homs", "Raqqa", "Deir ez-Zor", "Hama",
               "Russia", "Maarat al-Numan", "Saraqib", "Afrin", "Daraa", "Latakia", "Manbij", "Kobani", "Douma", "Lebanon", "Iraq"]
HEAD_ACTORS = ["Syrian government", "Russia", "Turkey", "Bashar al-Assad", "United States", "Iran", "United Nations", "Islamic State",
               "Hayat Tahrir al-Sham", "Syrian Democratic Forces", "Recep Tayyip Erdogan", "Vladimir Putin", "Hezbollah",
               "Free Syrian Army", "Syrian Observatory for Human Rights", "White Helmets", "Sergei Lavrov", "UN Security Council", "Israel"]
FIRST_NAMES = ["Sarah", "Omar", "Leila", "John", "Maria", "Ahmed", "Ece", "Ivan", "Nour", "David", "Hana", "Tom", "Rania", "Kareem", "Anne"]
LAST_NAMES = ["Haddad", "Smith", "Yilmaz", "Petrov", "Khalil", "Dagher", "Brown", "Aydin", "Nassar", "Miller", "Saleh", "Fischer"]
DATELINE_CITIES = ["BEIRUT", "DAMASCUS", "ISTANBUL", "AMMAN", "MOSCOW", "ANKARA", "GENEVA", "IDLIB"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TITLES = [
    "At least {n} killed in air strikes on {P}", "{A} says {n} fighters captured near {P}",
    "{n} civilians flee {P} as {A} presses offensive", "{A} accuses {A2} of breaking truce in {P}",
    "Shelling of {P} kills {n}, monitors say", "{A} sends {n} more troops to {P}",
    "Aid convoy of {n} trucks reaches {P}", "{A} and {A2} agree on new ceasefire for {P}",
    "{n} schools shut in {P} after raids", "Hospital in {P} hit for the {n}th time, doctors say",
    "{A} warns of catastrophe as {n},000 gather near {P}", "Drone attack on {P} wounds {n}",
    "{A} vows to retake {P} within {n} days", "Talks on {P} stall as {A} walks out after {n} hours",
    "{n} bodies found in mass grave near {P}", "{A} blames {A2} for {n} deaths in {P}",
    "Car bomb in {P} kills {n} at checkpoint", "{n} families return to {P} after years of war",
    "{A} opens {n} new observation posts around {P}", "Water cut off to {n},000 people in {P}",
    "{A} denies striking market in {P} that killed {n}", "Winter storm hits {n} camps near {P}",
    "{A} reports {n} violations of the {P} deal", "Fighting for {P} enters day {n}",
]


def zipf_weights(count, exponent=1.0):
    return [1.0 / (rank + 1) ** exponent for rank in range(count)]


class Vocabulary:
    """What articles are made of: sentence templates, entities with their spellings, outlets."""

    def __init__(self):
        entries = gazetteer.read(GAZETTEER)
        self.places = self._ranked([e for e in entries if e.section == "places"], HEAD_PLACES, PLACE_TIERS)
        self.actors = self._ranked([e for e in entries if e.section == "actors"], HEAD_ACTORS, ACTOR_TIERS)
        self.outlets = [e for e in entries if e.section == "actors" and e.kind == "media"]
        self.place_weights = zipf_weights(len(self.places))
        self.actor_weights = zipf_weights(len(self.actors))
        self.people = [e for e in self.actors if e.kind == "person" and e.role]
        self.templates = self._seed_templates(entries)

    @staticmethod
    def _ranked(entries, head, tiers):
        kept = [e for e in entries if e.kind in tiers or e.name in head]
        def rank(e):
            return (0, head.index(e.name)) if e.name in head else (1, tiers.index(e.kind))
        return sorted(kept, key=rank)   # stable: gazetteer order within a kind

    @staticmethod
    def _seed_templates(entries):
        """Seed sentences as lists of literal text and slots: 'A' actor, 'P' place, 'N' number."""
        names = {}
        for e in entries:
            for spelling in [e.name] + e.aliases:
                if len(spelling) >= 3 and e.kind != "media":
                    names.setdefault(spelling, "A" if e.section == "actors" else "P")
        alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        pattern = re.compile(r"(?<![\w-])(" + alternation + r")(?![\w-])|(\d[\d,.]*\d|\d)")
        templates = []
        for path in sorted(glob.glob(os.path.join(SEEDS, "*.txt"))):
            text = open(path, encoding="utf-8").read()
            lines = [l.strip() for l in text.splitlines() if len(l.split()) >= 8 and not l.startswith(("Source:", "[", " date"))]
            for line in lines:
                for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", line):
                    if len(sentence.split()) < 6 or "Getty" in sentence or "/AFP" in sentence:
                        continue
                    parts, last = [], 0
                    for m in pattern.finditer(sentence):
                        parts.append(sentence[last:m.start()])
                        parts.append(("N", m.group(2)) if m.group(2) else (names[m.group(1)], ""))
                        last = m.end()
                    parts.append(sentence[last:])
                    templates.append(parts)
        return templates


class ArticleWriter:
    """Writes article number `index`; everything random comes from its own seeded PRNG."""

    def __init__(self, vocabulary, index):
        self.v = vocabulary
        self.index = index
        self.rng = random.Random(BASE_SEED * 1_000_003 + index)
        r = self.rng
        self.main_places = r.choices(vocabulary.places, vocabulary.place_weights, k=r.randint(2, 5))
        self.main_actors = r.choices(vocabulary.actors, vocabulary.actor_weights, k=r.randint(2, 5))
        self.unused = []

    def spelling(self, entry):
        r = self.rng
        options = [a for a in entry.aliases if not a.startswith("the ")]
        name = entry.name if not options or r.random() < 0.55 else r.choice(options)
        if r.random() < 0.15 and re.search(r"\b[Aa]l-", name):
            name = re.sub(r"\b([Aa])l-", r.choice([r"\1l ", "el-", r"\1l-"]), name, count=1)
        return name

    def place(self, anywhere=False):
        if anywhere or self.rng.random() < 0.25:
            return self.spelling(self.rng.choices(self.v.places, self.v.place_weights)[0])
        return self.spelling(self.rng.choice(self.main_places))

    def actor(self, anywhere=False):
        if anywhere or self.rng.random() < 0.25:
            return self.spelling(self.rng.choices(self.v.actors, self.v.actor_weights)[0])
        return self.spelling(self.rng.choice(self.main_actors))

    def number(self, shape):
        """A random number shaped like the seed's: same digit count and separators; years stay 2011-2020."""
        r = self.rng
        if len(shape) <= 2:
            return str(r.randint(2, 28))
        if len(shape) == 4 and shape[:2] in ("19", "20"):
            return str(r.randint(2011, 2020))
        digits = [str(r.randint(1, 9))] + [str(r.randint(0, 9)) for _ in shape[1:]]
        return "".join(d if c.isdigit() else c for d, c in zip(digits, shape))

    def seed_sentence(self):
        if not self.unused:                                  # each seed sentence once before any repeats
            self.unused = self.rng.sample(range(len(self.v.templates)), len(self.v.templates))
        out = []
        for part in self.v.templates[self.unused.pop()]:
            if isinstance(part, str):
                out.append(part)
            elif part[0] == "A":
                out.append(self.actor())
            elif part[0] == "P":
                out.append(self.place())
            else:
                out.append(self.number(part[1]))
        return "".join(out)

    def fact_sentence(self, source):
        r = self.rng
        kind = r.randrange(4)
        if kind == 0 and self.v.people:
            person = r.choice(self.v.people)
            return f"{self.spelling(person)}, {person.role}, said on {r.choice(WEEKDAYS)} that the situation in {self.place()} remained tense."
        if kind == 1:
            return f"Residents of {self.place()} told {source} that {r.randint(2, 400)} homes had been destroyed since {r.choice(WEEKDAYS)}."
        if kind == 2:
            return f"Officials from {self.actor()} and {self.actor()} met in {self.place(anywhere=True)} for {r.randint(2, 9)} hours of talks."
        return f"More than {r.randint(2, 90)},000 people have fled {self.place()} towards {self.place()} in the past {r.randint(2, 12)} weeks."

    def body(self, words, source):
        """Paragraphs of 1-4 sentences until `words` words are written."""
        r = self.rng
        paragraphs, count = [], 0
        fix_phrase = r.random() < 0.03
        while count < words:
            sentences = []
            for _ in range(r.randint(1, 4)):
                if count >= words:
                    break
                s = self.fact_sentence(source) if r.random() < 0.15 else self.seed_sentence()
                first = s.split(" ", 1)[0]
                if r.random() < 0.08 and first in ("The", "This", "It", "But", "In", "A", "He", "They", "Many", "More"):
                    s = r.choice(["Meanwhile, ", "On " + r.choice(WEEKDAYS) + ", ", "According to local sources, "]) + s[0].lower() + s[1:]
                sentences.append(s)
                count += len(s.split())
            paragraphs.append(" ".join(sentences))
        if fix_phrase:
            paragraphs.insert(r.randint(1, len(paragraphs)), f"The {FIX_ALIAS} said {r.randint(2, 300)} people had been killed in {self.place()} since {r.choice(WEEKDAYS)}.")
        if r.random() < 0.10:
            paragraphs.insert(r.randint(1, len(paragraphs)), "Advertisement")
        return paragraphs

    def date_line(self):
        r = self.rng
        year, month = r.randint(2012, 2020), r.randint(1, 12)
        day = r.randint(1, calendar.monthrange(year, month)[1])
        name = calendar.month_name[month]
        styles = [f"Published: {day} {name} {year}", f"Posted on {name} {day}, {year} by admin", f"{year}-{month:02d}-{day:02d}",
                  f"{name} {day}, {year}", f"{name[:3]}. {day}, {year}", f"{day:02d}.{month:02d}.{year}",
                  f"{WEEKDAYS[calendar.weekday(year, month, day)]} {day} {name[:3]} {year}", f"First published on {day} {name} {year}"]
        return r.choice(styles)

    def text(self):
        r = self.rng
        outlet = r.choice(self.v.outlets)
        source = outlet.name if not outlet.aliases or r.random() < 0.7 else r.choice(outlet.aliases)
        # Headline entities are drawn uniformly, not Zipf-like, so titles (and slugs) rarely repeat.
        title = r.choice(TITLES).format(n=r.randint(2, 999), P=self.spelling(r.choice(self.v.places)),
                                        A=self.spelling(r.choice(self.v.actors)), A2=self.spelling(r.choice(self.v.actors)))
        title = title[0].upper() + title[1:]
        words = int(min(1500, max(300, r.lognormvariate(6.43, 0.42))))
        paragraphs = self.body(words, source)
        source_style = r.choices(["source", "byline", "suffix", "dateline", "agency"], [40, 20, 15, 15, 10])[0]
        if source_style == "dateline" and "(" in source:
            source_style = "source"
        head, foot = [], []
        title_style = r.choices(["plain", "heading", "link"], [70, 15, 15])[0] if source_style != "suffix" else "plain"
        if source_style == "suffix":
            title += f" - {source}"
        head.append({"plain": title, "heading": "# " + title, "link": f"[{title}](https://news.example/{self.index})"}[title_style])
        if source_style == "byline":
            head.append(f"By {r.choice(FIRST_NAMES)} {r.choice(LAST_NAMES)}, {source}")
        if r.random() > 0.01:
            head.append(self.date_line())
        if r.random() < 0.05:
            head.append(f"Smoke rises over {self.place()} after an air strike. {r.choice(LAST_NAMES).upper()} {r.choice(FIRST_NAMES).upper()}/AFP via Getty Images")
        if source_style == "dateline":
            paragraphs[0] = f"{r.choice(DATELINE_CITIES)} ({source}) — {paragraphs[0]}"
        if r.random() < 0.10:
            foot.append("Tags: " + ", ".join(sorted({self.place(), self.actor(), self.place()})))
        if source_style == "source":
            foot.append(f"Source: {source}")
        elif source_style == "agency":
            foot.append(f"({source})")
        if r.random() < 0.05:
            foot.append("Share this article")
        return "\n".join(head) + "\n\n" + "\n\n".join(paragraphs) + "\n\n" + "\n".join(foot) + "\n"


def local_gazetteer(with_fix):
    """The archive's own gazetteer.yaml: the built-in entry FIX_ENTRY, with or without FIX_ALIAS."""
    entry = next(e for e in gazetteer.read(GAZETTEER) if e.name == FIX_ENTRY)
    aliases = entry.aliases + ([FIX_ALIAS] if with_fix else [])
    lines = [l for l in entry.lines if not l.startswith("    aliases:") and not l.startswith("      ")]
    lines.insert(2, "    aliases: [" + ", ".join(aliases) + "]")
    return "# Benchmark archive: local additions to the built-in gazetteer.\nactors:\n" + "\n".join(lines) + "\n"


def file_name(index):
    return f"{index:06d}.txt"


def fingerprint(n):
    """Changes when N, this generator, the seeds or the gazetteer change: then the corpus is rewritten."""
    digest = hashlib.sha256(str(n).encode())
    for path in [__file__, gazetteer.__file__, GAZETTEER] + sorted(glob.glob(os.path.join(SEEDS, "*.txt"))):
        digest.update(open(path, "rb").read())
    return digest.hexdigest()


def generate(n, folder):
    """Writes the corpus of `n` articles into `folder` unless it is already there."""
    stamp = os.path.join(folder, ".corpus-stamp")
    expected = fingerprint(n)
    if os.path.exists(stamp) and open(stamp).read() == expected:
        return False
    os.makedirs(folder, exist_ok=True)
    for old in glob.glob(os.path.join(folder, "*.txt")):
        os.remove(old)
    vocabulary = Vocabulary()
    for i in range(n):
        with open(os.path.join(folder, file_name(i)), "w", encoding="utf-8", newline="\n") as f:
            f.write(ArticleWriter(vocabulary, i).text())
    with open(os.path.join(folder, "gazetteer.yaml"), "w", encoding="utf-8") as f:
        f.write(local_gazetteer(with_fix=False))
    with open(os.path.join(folder, "archive.yaml"), "w", encoding="utf-8") as f:
        f.write(f"title: Benchmark archive ({n} articles)\ndescription: Generated articles for the build benchmark.\nlanguage: en\n")
    with open(stamp, "w") as f:
        f.write(expected)
    return True


if __name__ == "__main__":
    generate(int(sys.argv[1]), sys.argv[2])
