"""Writes bench/results.md (tables) and bench/results.svg (plot) from the benchmark's results."""

import math
import os

REBUILDS = [("noop", "no-op (same input)"), ("article", "one article changed"), ("gazetteer", "one gazetteer alias")]


def _n(n):
    return f"{n:,}"


def _num(value, digits=2):
    return "–" if value is None else f"{value:.{digits}f}"


def _scenario(size, name):
    return size["scenarios"].get(name)


def _runs(entry, size, name):
    if entry is None:
        return size["skipped"].get(name, "not run")
    text = str(entry["runs"])
    return text + (f" ({entry['timed_out']} timed out)" if entry.get("timed_out") else "")


def clean_table(sizes):
    lines = ["| Articles | Generator | Runs | Wall (s) | CPU (s) | CPU/wall | Peak RSS (MiB) | Files written | Wall per article (ms) | Ours / Hugo (wall) |",
             "|---:|---|---|---:|---:|---:|---:|---:|---:|---:|"]
    for size in sizes:
        ours, hugo = _scenario(size, "clean"), _scenario(size, "hugo")
        ratio = f"**{ours['wall'] / hugo['wall']:.2f}**" if ours and hugo and not ours.get("lower_bound") and not hugo.get("lower_bound") else "–"
        for label, entry, key in [("ConflictArchive", ours, "clean"), ("Hugo", hugo, "hugo")]:
            if entry is None or entry.get("lower_bound"):
                wall = f"> {entry['wall']:.0f}" if entry else "–"
                lines.append(f"| {_n(size['n'])} | {label} | {_runs(entry, size, key)} | {wall} | – | – | – | – | – | {ratio if label != 'Hugo' else ''} |")
                continue
            lines.append(f"| {_n(size['n'])} | {label} | {_runs(entry, size, key)} | {_num(entry['wall'])} | {_num(entry['cpu'])} | "
                         f"{entry['cpu'] / entry['wall']:.2f} | {entry['rss_mib']:.0f} | {entry['files']:,.0f} | "
                         f"{1000 * entry['wall'] / size['n']:.2f} | {ratio if label != 'Hugo' else ''} |")
    return lines


def rebuild_table(sizes):
    lines = ["| Articles | Rebuild | Runs | Wall (s) | CPU (s) | Peak RSS (MiB) | Files written | Share of clean build |",
             "|---:|---|---|---:|---:|---:|---:|---:|"]
    for size in sizes:
        clean = _scenario(size, "clean")
        for key, label in REBUILDS:
            entry = _scenario(size, key)
            if entry is None or entry.get("lower_bound"):
                lines.append(f"| {_n(size['n'])} | {label} | {_runs(entry, size, key)} | – | – | – | – | – |")
                continue
            share = f"{100 * entry['wall'] / clean['wall']:.0f} %" if clean and not clean.get("lower_bound") else "–"
            lines.append(f"| {_n(size['n'])} | {label} | {_runs(entry, size, key)} | {_num(entry['wall'])} | {_num(entry['cpu'])} | "
                         f"{entry['rss_mib']:.0f} | {entry['files']:,.0f} | {share} |")
    return lines


def stage_table(sizes):
    measured = [s for s in sizes if _scenario(s, "clean") and _scenario(s, "clean").get("stages")]
    if not measured:
        return ["No clean build finished, so there are no stage timings."]
    stages = list(measured[-1]["scenarios"]["clean"]["stages"])
    header = "| Stage | " + " | ".join(f"{_n(s['n'])} (s) | share" for s in measured) + " |"
    lines = [header, "|---|" + "---:|---:|" * len(measured)]
    for stage in stages:
        cells = []
        for s in measured:
            timings = s["scenarios"]["clean"]["stages"]
            total = sum(timings.values()) or 1
            cells.append(f"{_num(timings.get(stage))} | {100 * timings.get(stage, 0) / total:.0f} %")
        lines.append(f"| {stage} | " + " | ".join(cells) + " |")
    return lines


def targets(sizes):
    """The measurable targets of issue 7, each with the numbers it is judged on."""
    out = []
    done = [s for s in sizes if (_scenario(s, "clean") or {}).get("cpu") is not None]
    ratios = [(s["n"], s["scenarios"]["clean"]["wall"] / s["scenarios"]["hugo"]["wall"]) for s in done if (_scenario(s, "hugo") or {}).get("cpu") is not None]
    if ratios:
        text = ", ".join(f"{_n(n)}: {r:.2f}" for n, r in ratios)
        out.append(f"- Clean build at least 2× faster than Hugo (ours/Hugo ≤ 0.5): {text} → {'met' if all(r <= 0.5 for _, r in ratios) else 'not met'}")
    if len(done) >= 2:
        first, last = done[0], done[-1]
        rate = lambda s: s["scenarios"]["clean"]["wall"] / s["n"]
        growth = rate(last) / rate(first)
        out.append(f"- Linear cost (time per article at {_n(last['n'])} within 1.3× of {_n(first['n'])}): {growth:.2f}× → {'met' if growth <= 1.3 else 'not met'}")
    for s in done:
        ours, hugo = s["scenarios"]["clean"], _scenario(s, "hugo")
        if hugo and hugo.get("rss_mib"):
            out.append(f"- Peak memory below Hugo's at {_n(s['n'])}: {ours['rss_mib']:.0f} MiB vs {hugo['rss_mib']:.0f} MiB → {'met' if ours['rss_mib'] < hugo['rss_mib'] else 'not met'}")
    for s in done:
        if s["n"] >= 100_000:
            # Every build of ours counts, not only the clean one: a rebuild holds cached extractions and the old site's list too.
            peaks = [(name, (_scenario(s, name) or {}).get("rss_mib")) for name in ["clean", "noop", "article", "gazetteer"]]
            peaks = [(name, rss) for name, rss in peaks if rss is not None]
            name, rss = max(peaks, key=lambda p: p[1])
            out.append(f"- Under 2 GiB at {_n(s['n'])} (highest of our builds: {name}): {rss:.0f} MiB → {'met' if rss < 2048 else 'not met'}")
    for key, limit, label in [("noop", 5, "No-op rebuild under 5 %"), ("article", 10, "One changed article under 10 %")]:
        shares = [(s["n"], 100 * s["scenarios"][key]["wall"] / s["scenarios"]["clean"]["wall"]) for s in done if (_scenario(s, key) or {}).get("cpu") is not None]
        if shares:
            out.append(f"- {label} of a clean build: " + ", ".join(f"{_n(n)}: {p:.0f} %" for n, p in shares) + f" → {'met' if all(p < limit for _, p in shares) else 'not met'}")
    use = [(s["n"], s["scenarios"]["clean"]["cpu"] / s["scenarios"]["clean"]["wall"]) for s in done]
    if use:
        out.append("- Both cores busy (CPU/wall near 2 on a clean build): " + ", ".join(f"{_n(n)}: {u:.2f}" for n, u in use))
    return out


def notes(sizes):
    """Why runs were skipped or fewer than asked, per size."""
    lines = [f"- {_n(s['n'])} articles: {name}: {why}" for s in sizes for name, why in s["skipped"].items()]
    lines += [f"- {_n(s['n'])} articles: {note}" for s in sizes for note in s.get("notes", [])]
    return ["", "## Runs left out", ""] + lines if lines else []


def per_size_runs(results):
    """When the sizes were measured in separate runs (`run.py --add`), when and under what load each was."""
    runs = {(s.get("started"), s.get("budget_minutes"), s.get("built_from")) for s in results["sizes"]}
    if len(runs) <= 1 or not all(s.get("started") for s in results["sizes"]):
        return []
    lines = ["Sizes measured in separate runs (each with the binary named here, which can be older than the one above):", ""]
    for s in results["sizes"]:
        binary = f", binary built from {s['built_from']}" if s.get("built_from") else ""
        lines.append(f"- {_n(s['n'])} articles: started {s.get('started', '?')}{binary}, budget {s.get('budget_minutes', '?')} min, "
                     f"load average {' / '.join(s.get('load_before', ['?']))} before, {' / '.join(s.get('load_after', ['?']))} after")
    return lines + [""]


def markdown(results):
    m = results["machine"]
    lines = ["# Build benchmark: ConflictArchive against Hugo", "",
             f"Measured {m['date']} with `make bench` (bench/run.py): {m['cores']} cores ({m['cpu']}), {m['memory_gib']} GiB memory; "
             f"load average {' / '.join(m['load_before'])} before and {' / '.join(m['load_after'])} after the run. "
             f"`{m.get('archive_path', 'archive')}` {m['archive_version']} (built from "
             f"{m.get('built_from') or 'the repository at ' + m.get('commit', '?') + (', with uncommitted changes' if m.get('tree_changed') else '')}); "
             f"{m['hugo_version'].split(' BuildDate')[0]}; "
             f"{m['swift_version']}; Python {m['python_version']}.",
             "",
             f"Every number is the median of the runs shown (up to {m['runs_requested']} were asked for; fewer when the "
             f"{m.get('budget_minutes', 22):g}-minute budget could not fit more), measured with `/usr/bin/time -v` on a warm file-system cache. CPU is user + system time; "
             "peak RSS is the maximum resident set size. Files written: ours from the build summary, Hugo's counted in `public/`.",
             ""] + per_size_runs(results) + ["## Clean build", ""] + clean_table(results["sizes"]) + [
             "", "## Rebuilds of ConflictArchive", "",
             "The same output folder built again: unchanged input; one article with one new paragraph; one alias added to (or "
             "removed from) the archive's gazetteer.yaml, which changes the actors of about 3 % of the articles.", ""] + rebuild_table(results["sizes"]) + [
             "", "## Where a clean build spends its time (`archive build --timings`)", ""] + stage_table(results["sizes"]) + [
             "", "## Targets of issue 7", ""] + targets(results["sizes"]) + notes(results["sizes"]) + [""]
    return "\n".join(lines)


def _log_ticks(low, high):
    return [10 ** e for e in range(math.floor(math.log10(low)), math.ceil(math.log10(high)) + 1)]


def _label(value):
    return f"{value:,.0f}" if value >= 1 else f"{value:g}"


def _panel(x0, series, y_title, sizes):
    """One log-log panel at horizontal offset x0: series is [(name, colour, [(n, value)])]."""
    width, height, top = 360, 280, 70
    values = [v for _, _, points in series for _, v in points]
    if not values:
        return []
    y_ticks = _log_ticks(min(values), max(values))
    x_ticks = _log_ticks(min(sizes), max(sizes))
    lx = lambda n: x0 + width * (math.log10(n) - math.log10(x_ticks[0])) / max(1e-9, math.log10(x_ticks[-1]) - math.log10(x_ticks[0]))
    ly = lambda v: top + height - height * (math.log10(v) - math.log10(y_ticks[0])) / max(1e-9, math.log10(y_ticks[-1]) - math.log10(y_ticks[0]))
    out = [f'<rect x="{x0}" y="{top}" width="{width}" height="{height}" fill="none" stroke="#999"/>']
    for t in y_ticks:
        out.append(f'<line x1="{x0}" y1="{ly(t):.1f}" x2="{x0 + width}" y2="{ly(t):.1f}" stroke="#e5e5e5"/>')
        out.append(f'<text x="{x0 - 6}" y="{ly(t) + 4:.1f}" text-anchor="end">{_label(t)}</text>')
    for t in x_ticks:
        out.append(f'<line x1="{lx(t):.1f}" y1="{top}" x2="{lx(t):.1f}" y2="{top + height}" stroke="#e5e5e5"/>')
        out.append(f'<text x="{lx(t):.1f}" y="{top + height + 18}" text-anchor="middle">{_label(t)}</text>')
    out.append(f'<text x="{x0 + width / 2}" y="{top + height + 40}" text-anchor="middle">Articles (log scale)</text>')
    out.append(f'<text transform="translate({x0 - 52},{top + height / 2}) rotate(-90)" text-anchor="middle">{y_title}</text>')
    for name, colour, points in series:
        dash = ' stroke-dasharray="6 4"' if "CPU" in name else ""
        if len(points) > 1:
            path = " ".join(f"{lx(n):.1f},{ly(v):.1f}" for n, v in points)
            out.append(f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2"{dash}/>')
        for n, v in points:
            out.append(f'<circle cx="{lx(n):.1f}" cy="{ly(v):.1f}" r="4" fill="{colour}"><title>{name}, {n:,} articles: {v:.2f}</title></circle>')
    return out


def svg(results):
    sizes = [s for s in results["sizes"]]
    ns = [s["n"] for s in sizes]
    def points(scenario, key):
        return [(s["n"], s["scenarios"][scenario][key]) for s in sizes
                if (s["scenarios"].get(scenario) or {}).get("cpu") is not None and s["scenarios"][scenario][key] > 0]
    ours, hugo = "#c0392b", "#2c7fb8"
    parts = ['<svg xmlns="http://www.w3.org/2000/svg" width="920" height="440" viewBox="0 0 920 440" font-family="sans-serif" font-size="12">',
             '<rect width="920" height="440" fill="white"/>',
             f'<text x="450" y="26" text-anchor="middle" font-size="16" font-weight="bold">Clean build: ConflictArchive vs Hugo ({results["machine"]["cores"]} cores, {results["machine"]["date"][:10]})</text>',
             '<text x="250" y="56" text-anchor="middle" font-weight="bold">Time (solid: wall clock, dashed: CPU user+system)</text>',
             '<text x="700" y="56" text-anchor="middle" font-weight="bold">Peak memory (max RSS)</text>']
    if ns:
        parts += _panel(70, [("ConflictArchive", ours, points("clean", "wall")), ("Hugo", hugo, points("hugo", "wall")),
                             ("ConflictArchive CPU", ours, points("clean", "cpu")), ("Hugo CPU", hugo, points("hugo", "cpu"))], "Seconds (log scale)", ns)
        parts += _panel(520, [("ConflictArchive", ours, points("clean", "rss_mib")), ("Hugo", hugo, points("hugo", "rss_mib"))], "MiB (log scale)", ns)
    for i, (name, colour) in enumerate([("ConflictArchive (archive build)", ours), ("Hugo", hugo)]):
        parts.append(f'<rect x="{300 + i * 230}" y="421" width="14" height="4" fill="{colour}"/><text x="{320 + i * 230}" y="427">{name}</text>')
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def write(results, folder):
    with open(os.path.join(folder, "results.md"), "w", encoding="utf-8") as f:
        f.write(markdown(results))
    with open(os.path.join(folder, "results.svg"), "w", encoding="utf-8") as f:
        f.write(svg(results))
