"""The build benchmark: ConflictArchive's `archive build` against Hugo on the same articles.

    make bench                      # builds the tool, then runs this with ARCHIVE=.build/release/archive
    ARCHIVE=path/to/archive python3 bench/run.py [--sizes 1000,10000] [--runs 3] [--budget-minutes 22]

For each N it generates the corpus (bench/corpus.py, cached in bench/work/), then measures, as the
median of --runs runs: our clean build, our no-op rebuild, our rebuild after one changed article,
our rebuild after a one-alias gazetteer change, and Hugo's clean build of the same articles
(bench/hugo/make_site.py), each round of ours side by side with one of Hugo's. Hugo runs last in
each round, so that its build does not push our site and cache out of the page cache before our
rebuilds.
Runs that the time budget cannot fit (projected from the previous N) are skipped and marked so in
the results. Writes bench/results.json, bench/results.md and bench/results.svg.
"""

import argparse
import datetime
import json
import os
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "hugo"))
import corpus      # noqa: E402
import make_site   # noqa: E402
import measure     # noqa: E402
import report      # noqa: E402

REPO = os.path.dirname(HERE)
WORK = os.path.join(HERE, "work")
SCENARIOS = ["clean", "noop", "article", "gazetteer", "hugo"]


class Budget:
    """Wall-clock budget of the whole benchmark; projects run times from the last N measured."""

    def __init__(self, minutes, sizes):
        self.deadline = time.monotonic() + minutes * 60
        self.sizes = sizes
        self.per_article = {}      # scenario (or "setup") -> seconds per article at the largest N so far

    def left(self):
        return self.deadline - time.monotonic()

    def projected(self, scenario, n):
        rate = self.per_article.get(scenario)
        return None if rate is None else rate * n * 1.25     # 25% head room for non-linear growth

    def fits(self, scenario, n, reserve=0.0):
        guess = self.projected(scenario, n)
        return guess is None or guess + reserve < self.left()

    def learn(self, scenario, n, seconds):
        self.per_article[scenario] = seconds / n

    def round_cost(self, n, first=False):
        """Projected seconds of one round of every scenario at n (plus corpus set-up for the first)."""
        names = SCENARIOS + (["setup"] if first else [])
        return sum(self.projected(s, n) or 0.0 for s in names)

    def reserve_after(self, n):
        """Seconds to keep for the clean builds (ours and Hugo's) of each larger N that can still fit them."""
        total = 0.0
        for m in [m for m in self.sizes if m > n]:
            essential = sum(self.projected(s, m) or 0.0 for s in ["setup", "clean", "hugo"])
            if total + essential < self.left():
                total += essential
        return total


def ensure_tools():
    """Installs Hugo and GNU time from Debian when they are missing."""
    missing = [package for package, present in [("hugo", shutil.which("hugo")), ("time", os.path.exists("/usr/bin/time"))] if not present]
    if not missing:
        return
    print(f"Installing {' and '.join(missing)} from Debian...", flush=True)
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    subprocess.run(sudo + ["apt-get", "update", "-qq"], check=True)
    subprocess.run(sudo + ["env", "DEBIAN_FRONTEND=noninteractive", "apt-get", "install", "-y", "-qq"] + missing, check=True)


class SizeRun:
    """All measurements at one N."""

    def __init__(self, archive, templates, n, runs, budget):
        self.archive, self.templates, self.n, self.runs, self.budget = archive, templates, n, runs, budget
        self.corpus = os.path.join(WORK, f"corpus-{n}")
        self.out = os.path.join(WORK, f"out-{n}")
        self.cache = os.path.join(WORK, f"cache-{n}")   # a clean build starts without it; rebuilds use it
        self.hugo = os.path.join(WORK, f"hugo-{n}")
        self.logs = os.path.join(WORK, "logs", str(n))
        self.results = {s: [] for s in SCENARIOS}
        self.skipped = {}
        self.notes = []

    def log(self, scenario, i):
        return os.path.join(self.logs, f"{scenario}-{i + 1}")

    def ours(self, scenario, i):
        command = [self.archive, "build", "--input", self.corpus, "--output", self.out, "--templates", self.templates,
                   "--cache", self.cache, "--timings"]
        m = measure.run(command, self.log(scenario, i), timeout=max(1.0, self.budget.left()))
        if not m.timed_out:
            measure.read_archive_output(m, self.log(scenario, i))
        return m

    def hugo_clean(self, i):
        public = os.path.join(self.hugo, "public")
        shutil.rmtree(public, ignore_errors=True)
        shutil.rmtree(os.path.join(self.hugo, "resources"), ignore_errors=True)
        m = measure.run(["hugo", "--quiet", "--destination", public], self.log("hugo", i), cwd=self.hugo,
                        timeout=max(1.0, self.budget.left()))
        if not m.timed_out:
            m.files = measure.count_files(public)
        return m

    def record(self, scenario, m):
        """Keeps a run's measurement; False when it timed out (the budget is spent)."""
        self.results[scenario].append(m)
        state = "TIMED OUT after" if m.timed_out else "wall"
        print(f"  {scenario:9} {state} {m.wall:8.2f} s  cpu {m.cpu:8.2f} s  rss {m.rss_mib:7.1f} MiB  files {m.files}", flush=True)
        if not m.timed_out:
            self.budget.learn(scenario, self.n, m.wall)
        return not m.timed_out

    def allowed(self, scenario, i):
        """True when run i of the scenario fits the budget (rebuilds: leaving the larger sizes' clean builds room)."""
        # A rebuild also leaves room for this round's Hugo build, which comes after the rebuilds.
        reserve = 0.0 if scenario in ("clean", "hugo") else self.budget.reserve_after(self.n) + (self.budget.projected("hugo", self.n) or 0.0)
        if self.budget.fits(scenario, self.n, reserve):
            return True
        if i == 0:
            guess = self.budget.projected(scenario, self.n)
            kept = f", {reserve:.0f} s kept for larger sizes" if reserve else ""
            self.skipped[scenario] = f"skipped: projected {guess:.0f} s, {self.budget.left():.0f} s of the budget left{kept}"
            print(f"  {scenario:9} {self.skipped[scenario]}", flush=True)
        return False

    def measure_all(self):
        """Rounds of: clean build, no-op, one changed article, gazetteer change, Hugo's clean build.

        Round-robin, so when the budget runs out every scenario has been measured at least once.
        """
        os.makedirs(self.logs, exist_ok=True)
        if not self.allowed("clean", 0):
            for scenario in SCENARIOS[1:]:
                self.skipped[scenario] = "skipped with the clean build"
            return
        started = time.monotonic()
        fresh = corpus.generate(self.n, self.corpus)
        print(f"N={self.n}: corpus {'generated' if fresh else 'reused'} in {time.monotonic() - started:.1f} s", flush=True)
        setup = time.monotonic() - started
        changed = os.path.join(self.corpus, corpus.file_name(self.n // 2))
        original = open(changed, encoding="utf-8").read()
        gazetteer_file = os.path.join(self.corpus, "gazetteer.yaml")
        try:
            for i in range(self.runs):
                if i > 0 and self.budget.round_cost(self.n) + self.budget.reserve_after(self.n) > self.budget.left():
                    why = "budget spent" if self.budget.round_cost(self.n) > self.budget.left() else "the rest of the budget is kept for the larger sizes"
                    self.notes.append(f"{i} round(s) instead of {self.runs}: {why}")
                    print(f"  {self.notes[-1]}", flush=True)
                    return
                if i > 0 and not self.allowed("clean", i):
                    return
                shutil.rmtree(self.out, ignore_errors=True)
                shutil.rmtree(self.cache, ignore_errors=True)
                if not self.record("clean", self.ours("clean", i)):
                    return
                if i == 0:   # Hugo's input: the Markdown of this clean build, before the gazetteer changes
                    started = time.monotonic()
                    make_site.make(self.out, self.hugo)
                    self.budget.learn("setup", self.n, setup + time.monotonic() - started)
                if self.allowed("noop", i) and not self.record("noop", self.ours("noop", i)):
                    return
                if self.allowed("article", i):
                    head, rest = original.split("\n\n", 1)           # a new paragraph each round
                    with open(changed, "w", encoding="utf-8") as f:
                        f.write(f"{head}\n\nCorrection {i + 1}: an earlier version of this report gave the wrong day.\n\n{rest}")
                    if not self.record("article", self.ours("article", i)):
                        return
                if self.allowed("gazetteer", i):
                    with open(gazetteer_file, "w", encoding="utf-8") as f:   # the alias is added, removed, added...
                        f.write(corpus.local_gazetteer(with_fix=(i % 2 == 0)))
                    if not self.record("gazetteer", self.ours("gazetteer", i)):
                        return
                # Hugo last: its build (19.6 GB of memory at 100,000 articles) would push our site and
                # cache out of the page cache, and our rebuilds are measured warm.
                if self.allowed("hugo", i):
                    self.record("hugo", self.hugo_clean(i))
        finally:
            with open(changed, "w", encoding="utf-8") as f:
                f.write(original)
            with open(gazetteer_file, "w", encoding="utf-8") as f:
                f.write(corpus.local_gazetteer(with_fix=False))

    def summary(self):
        """Medians per scenario, as plain data for results.json."""
        data = {"n": self.n, "skipped": self.skipped, "notes": self.notes, "scenarios": {}}
        for scenario, runs in self.results.items():
            if not runs:
                continue
            done = [m for m in runs if not m.timed_out]
            entry = {"runs": len(runs), "timed_out": len(runs) - len(done), "all": [vars(m) for m in runs]}
            if done:
                entry.update(wall=statistics.median(m.wall for m in done), cpu=statistics.median(m.cpu for m in done),
                             rss_mib=statistics.median(m.rss_mib for m in done), files=statistics.median(m.files for m in done),
                             warnings=done[0].warnings, summary=done[0].summary)
                stages = sorted({s for m in done for s in m.stages}, key=lambda s: list(done[0].stages).index(s) if s in done[0].stages else 99)
                entry["stages"] = {s: statistics.median(m.stages.get(s, 0.0) for m in done) for s in stages}
            else:
                entry.update(wall=max(m.wall for m in runs), lower_bound=True)
            data["scenarios"][scenario] = entry
        return data


def machine_facts(archive):
    def output(command):
        try:
            return subprocess.run(command, capture_output=True, text=True, timeout=30).stdout.strip()
        except (OSError, subprocess.TimeoutExpired):
            return "unknown"
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "unknown")
    memory = next((l.split()[1] for l in open("/proc/meminfo") if l.startswith("MemTotal")), "0")
    return {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "cores": output(["nproc"]), "cpu": cpu, "memory_gib": round(int(memory) / 1024 / 1024, 1),
        "load_before": open("/proc/loadavg").read().split()[:3],
        "archive_version": output([archive, "--version"]), "hugo_version": output(["hugo", "version"]),
        "swift_version": output(["swift", "--version"]).splitlines()[0] if output(["swift", "--version"]) else "unknown",
        "python_version": sys.version.split()[0],
        "commit": output(["git", "-C", REPO, "rev-parse", "--short", "HEAD"]),
        "tree_changed": bool(output(["git", "-C", REPO, "status", "--porcelain", "--untracked-files=no"])),
        "archive_path": os.path.relpath(archive, REPO),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default=os.environ.get("BENCH_SIZES", "1000,10000,100000"))
    parser.add_argument("--runs", type=int, default=int(os.environ.get("BENCH_RUNS", "3")))
    parser.add_argument("--budget-minutes", type=float, default=float(os.environ.get("BENCH_BUDGET_MINUTES", "22")))
    parser.add_argument("--archive", default=os.environ.get("ARCHIVE", os.path.join(REPO, ".build", "release", "archive")))
    parser.add_argument("--templates", default=os.environ.get("TEMPLATES", os.path.join(REPO, "Templates")))
    parser.add_argument("--built-from", default=os.environ.get("BENCH_BUILT_FROM", ""),
                        help="what the measured binary was built from, when not the repository as it is (e.g. 'commit 7b42b0b')")
    parser.add_argument("--add", action="store_true",
                        help="keep the sizes of the previous results.json that this run does not measure (a separate, longer run of one size)")
    args = parser.parse_args()
    archive = os.path.abspath(args.archive)
    if not os.access(archive, os.X_OK):
        sys.exit(f"error: {archive} is not an executable; run 'make build' first or set ARCHIVE=path/to/archive")
    ensure_tools()
    sizes = [int(s) for s in args.sizes.split(",")]
    budget = Budget(args.budget_minutes, sizes)
    facts = machine_facts(archive)
    facts["built_from"] = args.built_from
    print(f"Benchmark: {facts['cores']} cores, load {' '.join(facts['load_before'])}, budget {args.budget_minutes:g} min, {args.runs} runs", flush=True)
    measured = []
    for n in sizes:
        size = SizeRun(archive, os.path.abspath(args.templates), n, args.runs, budget)
        started = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
        load = open("/proc/loadavg").read().split()[:3]
        size.measure_all()
        measured.append(dict(size.summary(), started=started, load_before=load, budget_minutes=args.budget_minutes,
                             load_after=open("/proc/loadavg").read().split()[:3], built_from=args.built_from))
    facts["load_after"] = open("/proc/loadavg").read().split()[:3]
    facts["runs_requested"] = args.runs
    facts["budget_minutes"] = args.budget_minutes
    previous = os.path.join(HERE, "results.json")
    if args.add and os.path.exists(previous):
        old = json.load(open(previous))
        kept = [s for s in old["sizes"] if s["n"] not in sizes and s["scenarios"]]
        for s in kept:          # results of an older run.py carry these facts only for the whole run
            for key, fact in [("started", "date"), ("load_before", "load_before"), ("load_after", "load_after"), ("budget_minutes", "budget_minutes"),
                              ("built_from", "built_from")]:
                s.setdefault(key, old["machine"].get(fact))
        measured = sorted(kept + measured, key=lambda s: s["n"])
    results = {"machine": facts, "sizes": measured}
    with open(os.path.join(HERE, "results.json"), "w") as f:
        json.dump(results, f, indent=1, sort_keys=True)
    report.write(results, HERE)
    print(open(os.path.join(HERE, "results.md")).read())


if __name__ == "__main__":
    main()
