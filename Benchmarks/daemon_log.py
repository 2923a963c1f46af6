"""Reading the daemon's JSON log (--log-format json), for the benchmark scripts."""
import datetime
import json


def events(log_path):
    """Each event of the log as a dict; a line cut short by the writer is skipped."""
    with open(log_path, encoding="utf-8") as f:
        for line in f:
            try:
                yield json.loads(line)
            except ValueError:
                pass


def stamp(text):
    """An event's time (2026-05-01T02:00:00.123Z) in seconds since the epoch."""
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()
