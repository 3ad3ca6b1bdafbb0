"""A real SMTP server for the tests (aiosmtpd over TCP) that parses what it receives.

Every message accepted is parsed as MIME (Python's email package) and its calendar parts
with icalendar, and written as one JSON file per message in OUT (written to a temporary
name, then renamed, so a reader never sees half a file), with the raw message beside it.

    smtp_sink.py --port PORT --out DIR [--delay SECONDS] [--busy N]

--delay waits that long before accepting each message (a slow server, so a test can stop
the app in the middle of a batch); --busy answers the first N messages with 451 (try
again later). A recipient whose address starts with "reject" is refused with 550.
--count-only (the benchmark) keeps no message: it writes how many arrived to OUT/count.
"""

import argparse
import asyncio
import email
import json
import os
import signal
import sys
import threading
from email import policy

import icalendar
from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, out, delay, busy, count_only=False):
        self.out = out
        self.delay = delay
        self.busy = busy
        self.count_only = count_only
        self.count = 0
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower().startswith("reject"):
            return "550 5.1.1 <%s>: no such mailbox here" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            if self.busy > 0:
                self.busy -= 1
                return "451 4.3.0 busy, try again later"
        if self.delay:
            await asyncio.sleep(self.delay)
        raw = envelope.original_content or envelope.content
        with self.lock:
            self.count += 1
            n = self.count
        if self.count_only:
            with open(os.path.join(self.out, "count.tmp"), "w") as f:
                f.write(str(n))
            os.replace(os.path.join(self.out, "count.tmp"), os.path.join(self.out, "count"))
            return "250 OK queued as %d" % n
        record = describe(raw, envelope)
        base = os.path.join(self.out, "%06d-%d" % (n, os.getpid()))
        with open(base + ".eml.tmp", "wb") as f:
            f.write(raw)
        os.replace(base + ".eml.tmp", base + ".eml")
        with open(base + ".json.tmp", "w") as f:
            json.dump(record, f)
        os.replace(base + ".json.tmp", base + ".json")
        return "250 OK queued as %d" % n


def describe(raw, envelope):
    message = email.message_from_bytes(raw, policy=policy.default)
    parts = []
    calendars = []
    text = ""
    html = ""
    for part in message.walk():
        kind = part.get_content_type()
        parts.append(kind)
        if part.is_multipart():
            continue
        if kind == "text/plain" and not text:
            text = part.get_content()
        elif kind == "text/html" and not html:
            html = part.get_content()
        elif kind == "text/calendar":
            cal = icalendar.Calendar.from_ical(part.get_content())
            events = []
            for e in cal.walk("VEVENT"):
                events.append({
                    "uid": str(e["UID"]),
                    "sequence": int(e.get("SEQUENCE", 0)),
                    "status": str(e.get("STATUS", "")),
                    "start": e.decoded("DTSTART").isoformat(),
                    "end": e.decoded("DTEND").isoformat(),
                    "summary": str(e.get("SUMMARY", "")),
                    "location": str(e.get("LOCATION", "")),
                    "organizer": str(e.get("ORGANIZER", "")),
                    "attendee": str(e.get("ATTENDEE", "")),
                })
            calendars.append({
                "method": str(cal.get("METHOD", "")),
                "content_type_method": part.get_param("method") or "",
                "filename": part.get_filename() or "",
                "events": events,
            })
    return {
        "envelope_from": envelope.mail_from,
        "envelope_to": envelope.rcpt_tos,
        "from": str(message["From"]),
        "to": str(message["To"]),
        "subject": str(message["Subject"]),
        "message_id": str(message["Message-ID"]),
        "date": str(message["Date"]),
        "parts": parts,
        "text": text,
        "html": html,
        "calendars": calendars,
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--delay", type=float, default=0.0)
    parser.add_argument("--busy", type=int, default=0)
    parser.add_argument("--count-only", action="store_true")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    controller = Controller(Sink(args.out, args.delay, args.busy, args.count_only), hostname="127.0.0.1", port=args.port)
    controller.start()
    print("listening on %d" % args.port, flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    stop.wait()
    controller.stop()
    sys.exit(0)


if __name__ == "__main__":
    main()
