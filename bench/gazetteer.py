"""Reads the entries of a gazetteer.yaml (the format of Sources/ArchiveKit/Resources/gazetteer.yaml).

A small line reader instead of a YAML library, so the benchmark needs nothing but Python's standard
library. It understands exactly what that file uses: `places:` and `actors:` sections, entries that
start with `  - name:`, scalar fields, and `aliases: [...]` flow lists that may span lines.
"""

import re
from dataclasses import dataclass, field


@dataclass
class Entry:
    """One place or actor: its canonical name, kind, other spellings, and the raw YAML lines."""
    section: str                      # "places" or "actors"
    name: str
    kind: str = ""
    aliases: list = field(default_factory=list)
    role: str = ""
    parent: str = ""
    lines: list = field(default_factory=list)   # the entry's YAML text, for copying it into a local gazetteer


def _scalar(text):
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
        return text[1:-1]
    return "" if text in ("null", "~") else text


def _flow_list(text):
    """Items of a YAML flow sequence such as `[a, "b, c", Assad's forces]`."""
    items, current, quote = [], "", None
    for ch in text.strip()[1:-1]:
        if quote:
            if ch == quote:
                quote = None
            else:
                current += ch
        elif ch in "\"'" and not current.strip():      # a quote opens a scalar only at its start
            quote = ch
        elif ch == ",":
            items.append(current.strip())
            current = ""
        else:
            current += ch
    if current.strip():
        items.append(current.strip())
    return [item for item in items if item]


def read(path):
    """All entries of the gazetteer file at `path`, in file order."""
    entries, section, entry, pending = [], None, None, None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if pending is not None:                       # inside a multi-line aliases: [...]
            pending += " " + line.strip()
            entry.lines.append(line)
            if pending.endswith("]"):
                entry.aliases = _flow_list(pending)
                pending = None
            continue
        if re.match(r"^(places|actors):", line):
            section = line.split(":")[0]
            continue
        match = re.match(r"^  - name: (.*)$", line)
        if match:
            entry = Entry(section=section, name=_scalar(match.group(1)), lines=[line])
            entries.append(entry)
            continue
        match = re.match(r"^    (\w+): ?(.*)$", line)
        if match and entry is not None:
            key, value = match.groups()
            entry.lines.append(line)
            if key == "aliases":
                if value.strip().endswith("]"):
                    entry.aliases = _flow_list(value)
                else:
                    pending = value.strip()
            elif key in ("kind", "role", "parent"):
                setattr(entry, key, _scalar(value))
    return entries
