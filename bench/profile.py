"""Where a clean `archive build` spends time and memory, at one N (default 10,000).

    ARCHIVE=path/to/archive python3 bench/profile.py [N]

1. Runs a clean build with --timings while sampling its resident memory (VmRSS) every 50 ms, and
   reports the peak memory reached in each stage.
2. Compares peak RSS with the bytes of the input and of the site written.
3. Runs the same clean build under `perf record` (if perf is installed) and lists the functions
   with the most CPU time of their own, and the libraries they live in.
4. Runs a clean build of 1,000 articles under `perf record --call-graph dwarf` and lists the
   pipeline's own functions by inclusive time (the function and everything it calls).
Writes bench/profile.md. Not part of `make bench` (perf slows the build down); run it by hand.
"""

import os
import re
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import corpus    # noqa: E402
import measure   # noqa: E402

REPO = os.path.dirname(HERE)
WORK = os.path.join(HERE, "work")


def build_command(archive, source, out):
    templates = os.path.abspath(os.environ.get("TEMPLATES", os.path.join(REPO, "Templates")))
    return [archive, "build", "--input", source, "--output", out, "--templates", templates, "--timings"]


def rss_timeline(command, log):
    """Runs `command`, sampling VmRSS; returns (samples [(seconds, MiB)], stdout text)."""
    samples = []
    with open(log + ".out", "w") as out, open(log + ".err", "w") as err:
        started = time.monotonic()
        process = subprocess.Popen(command, stdout=out, stderr=err)
        while process.poll() is None:
            try:
                status = open(f"/proc/{process.pid}/status").read()
                kib = int(re.search(r"VmRSS:\s+(\d+)", status).group(1))
                samples.append((time.monotonic() - started, kib / 1024))
            except (OSError, AttributeError):
                pass
            time.sleep(0.05)
    if process.returncode != 0:
        sys.exit(f"error: build failed; see {log}.err")
    return samples, open(log + ".out").read()


def stage_memory(samples, stdout):
    """Peak RSS and duration of each stage, placing the stages back to back from the process start."""
    stages = [(name, float(s)) for name, s in re.findall(r"^time (\S+): ([\d.]+) s$", stdout, re.M)]
    total = samples[-1][0] if samples else 0
    offset = max(0.0, total - sum(s for _, s in stages))      # process start-up and exit outside the stages
    rows, start = [], offset
    for name, seconds in stages:
        inside = [mib for t, mib in samples if start <= t <= start + seconds] or [0]
        rows.append((name, seconds, max(inside)))
        start += seconds
    return rows


def folder_bytes(folder):
    return sum(os.path.getsize(os.path.join(root, f)) for root, _, files in os.walk(folder) for f in files)


def perf_profile(archive, source, out, log):
    """Top self-time symbols and libraries from perf, demangled; None without perf."""
    if not shutil.which("perf"):
        return None
    data = os.path.join(WORK, "perf.data")
    shutil.rmtree(out, ignore_errors=True)
    subprocess.run(["perf", "record", "-F", "499", "-o", data, "--"] + build_command(archive, source, out),
                   stdout=open(log + ".perf.out", "w"), stderr=subprocess.STDOUT, check=True)
    def report(sort):
        text = subprocess.run(["perf", "report", "-i", data, "--stdio", "--no-children", "--sort", sort, "--percent-limit", "0.7"],
                              capture_output=True, text=True).stdout
        rows = [l.strip() for l in text.splitlines() if l.strip() and not l.startswith("#")]
        demangled = subprocess.run(["swift", "demangle", "--simplified"], input="\n".join(rows), capture_output=True, text=True).stdout
        return demangled.splitlines() if demangled else rows
    return report("dso"), report("symbol")


PIPELINE = ("SitePages", "SiteWriter", "SiteBuilder.render", "ArchiveLibrary", "Extractor", "SeedReader", "Mustache", "Mirror.",
            "CMark", "PlainText", "FrontMatter", "DataExport", "WordTokenizer", "SentenceSplitter", "LineClassifier", "TextDecoding",
            "GazetteerLoader", "NameFolding", "EntityIndex", "ArticleAssembler", "Data.write", "FileManager")


def inclusive_profile(archive, n, log):
    """The pipeline's functions by inclusive CPU share, from a DWARF call-graph profile at n articles."""
    if not shutil.which("perf"):
        return None
    source, out, data = os.path.join(WORK, f"corpus-{n}"), os.path.join(WORK, f"profile-out-{n}-dwarf"), os.path.join(WORK, "perf-dwarf.data")
    corpus.generate(n, source)
    shutil.rmtree(out, ignore_errors=True)
    subprocess.run(["perf", "record", "-F", "199", "--call-graph", "dwarf,16384", "-o", data, "--"] + build_command(archive, source, out),
                   stdout=open(log + ".dwarf.out", "w"), stderr=subprocess.STDOUT, check=True)
    text = subprocess.run(["perf", "report", "-i", data, "--stdio", "--children", "--sort", "symbol", "-g", "none", "--percent-limit", "1"],
                          capture_output=True, text=True).stdout
    demangled = subprocess.run(["swift", "demangle", "--simplified"], input=text, capture_output=True, text=True).stdout or text
    rows, seen = [], set()
    for line in demangled.splitlines():
        match = re.match(r"\s*([\d.]+)%\s+([\d.]+)%\s+\[.\]\s+(.*)$", line)
        if not match:
            continue
        name = re.sub(r"^(specialized |partial apply for )+", "", match.group(3).replace(" (inlined)", "")).strip()
        if any(p in name for p in PIPELINE) and name not in seen:
            seen.add(name)
            rows.append(f"{float(match.group(1)):5.1f} %  {name[:140]}")
    return rows


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    archive = os.path.abspath(os.environ.get("ARCHIVE", os.path.join(REPO, ".build", "release", "archive")))
    source, out = os.path.join(WORK, f"corpus-{n}"), os.path.join(WORK, f"profile-out-{n}")
    log = os.path.join(WORK, "logs", f"profile-{n}")
    os.makedirs(os.path.dirname(log), exist_ok=True)
    corpus.generate(n, source)
    shutil.rmtree(out, ignore_errors=True)
    samples, stdout = rss_timeline(build_command(archive, source, out), log)
    rows = stage_memory(samples, stdout)
    peak = max(mib for _, mib in samples)
    input_mib, output_mib = folder_bytes(source) / 2**20, folder_bytes(out) / 2**20
    lines = [f"# Profile of a clean build at {n:,} articles", "",
             f"`{os.path.relpath(archive, REPO)}`, {time.strftime('%Y-%m-%d')}, load average {' / '.join(open('/proc/loadavg').read().split()[:3])} after the runs.",
             "", "## Memory by stage (VmRSS sampled every 50 ms)", "",
             "| Stage | Seconds | Peak RSS by the end of the stage (MiB) |", "|---|---:|---:|"]
    lines += [f"| {name} | {seconds:.2f} | {mib:.0f} |" for name, seconds, mib in rows]
    lines += ["", f"Peak RSS {peak:.0f} MiB; input articles {input_mib:.0f} MiB on disk; site written {output_mib:.0f} MiB "
              f"({measure.count_files(out):,} files). {stdout.strip().splitlines()[-1]}", ""]
    profile = perf_profile(archive, source, out, log)
    if profile:
        by_library, by_symbol = profile
        lines += ["## CPU by library (perf, self time)", "", "```"] + by_library[:15] + ["```", "",
                  "## Hottest functions (perf, self time, ≥ 0.7 %)", "", "```"] + [l[:160] for l in by_symbol[:40]] + ["```", ""]
    inclusive = inclusive_profile(archive, min(n, 1000), log)
    if inclusive:
        lines += [f"## Inclusive CPU share of the pipeline's functions ({min(n, 1000):,} articles, perf --call-graph dwarf)", "",
                  "Each line is the share of all samples spent in the function or anything it calls (nested lines overlap).", "",
                  "```"] + inclusive[:45] + ["```", ""]
    with open(os.path.join(HERE, "profile.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
