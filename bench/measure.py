"""Runs one command under /usr/bin/time -v and reads back what it cost."""

import os
import re
import signal
import subprocess
import time
from dataclasses import dataclass, field


@dataclass
class Measurement:
    """Cost of one run. `timed_out` runs were killed; their numbers are lower bounds."""
    wall: float = 0.0          # seconds
    cpu: float = 0.0           # user + system seconds
    rss_mib: float = 0.0       # peak resident set size
    files: int = 0             # files written by this run
    stages: dict = field(default_factory=dict)   # `archive build --timings`: stage -> seconds
    summary: str = ""
    warnings: int = 0
    timed_out: bool = False
    exit_code: int = 0


def _time_field(text, label):
    match = re.search(re.escape(label) + r":\s*(\S+)", text)
    return match.group(1) if match else None


def _seconds(clock):
    """'1:02.33' or '1:02:03' (h:mm:ss or m:ss) -> seconds."""
    total = 0.0
    for part in clock.split(":"):
        total = total * 60 + float(part)
    return total


def run(command, log_prefix, cwd=None, timeout=None):
    """Runs `command` (a list) under /usr/bin/time -v; stdout/stderr go to `log_prefix`.out/.err.

    Returns a Measurement with wall, CPU and peak RSS filled in; the caller adds what it knows
    about files written. A run over `timeout` seconds is killed (whole process group) and marked.
    """
    time_file = log_prefix + ".time"
    with open(log_prefix + ".out", "w") as out, open(log_prefix + ".err", "w") as err:
        started = time.monotonic()
        process = subprocess.Popen(["/usr/bin/time", "-v", "-o", time_file] + command, cwd=cwd, stdout=out, stderr=err,
                                   start_new_session=True)
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
            return Measurement(wall=time.monotonic() - started, timed_out=True, exit_code=-9)
    report = open(time_file).read()
    m = Measurement(
        wall=_seconds(_time_field(report, "Elapsed (wall clock) time (h:mm:ss or m:ss)") or "0"),
        cpu=float(_time_field(report, "User time (seconds)") or 0) + float(_time_field(report, "System time (seconds)") or 0),
        rss_mib=int(_time_field(report, "Maximum resident set size (kbytes)") or 0) / 1024,
        exit_code=int(_time_field(report, "Exit status") or process.returncode),
    )
    if m.exit_code != 0:
        raise RuntimeError(f"{' '.join(command)} failed with status {m.exit_code}; see {log_prefix}.err")
    return m


def read_archive_output(m, log_prefix):
    """Adds files written, per-stage timings and the warning count from `archive build` output."""
    out = open(log_prefix + ".out").read()
    for name, seconds in re.findall(r"^time (\S+): ([\d.]+) s$", out, re.M):
        m.stages[name] = float(seconds)
    summary = re.search(r"^\d+ articles, .*$", out, re.M)
    m.summary = summary.group(0) if summary else ""
    written = re.search(r"(\d+) files written", m.summary)
    m.files = int(written.group(1)) if written else 0
    m.warnings = len(re.findall(r"^\d+\. ", open(log_prefix + ".err").read(), re.M))
    return m


def count_files(folder):
    """Regular files below `folder`."""
    return sum(len(files) for _, _, files in os.walk(folder))
