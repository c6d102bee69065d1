#!/usr/bin/python3
"""A real SMTP server on loopback for the mail tests (Debian's python3-aiosmtpd).

Listens on 127.0.0.1 at a free port and prints the port on its first line of output. Each
message it accepts is parsed with Python's own e-mail parser and written to DIR as one JSON
file (to, from, subject, text and html parts), so the tests read what a mail client would show.
While the file DIR/refuse exists, every message is refused with 451 (try again later); with
--refuse N the first N messages are refused.
"""

import argparse
import asyncio
import email
import email.policy
import json
import os
import sys

from aiosmtpd.smtp import SMTP


class Sink:
    def __init__(self, directory, refuse):
        self.directory = directory
        self.refuse = refuse
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        if self.refuse > 0 or os.path.exists(os.path.join(self.directory, "refuse")):
            self.refuse = max(0, self.refuse - 1)
            return "451 4.3.0 Try again later"
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        parts = {}
        for part in message.walk():
            kind = part.get_content_type()
            if kind in ("text/plain", "text/html") and kind not in parts:
                parts[kind] = part.get_content()
        self.count += 1
        record = {
            "envelope_to": envelope.rcpt_tos,
            "to": str(message["To"]),
            "from": str(message["From"]),
            "subject": str(message["Subject"]),
            "multipart": message.get_content_type(),
            "text": parts.get("text/plain"),
            "html": parts.get("text/html"),
        }
        name = os.path.join(self.directory, f"{os.getpid()}-{self.count:05}.json")
        with open(name + ".part", "w", encoding="utf-8") as f:
            json.dump(record, f, ensure_ascii=False)
        os.rename(name + ".part", name)
        return "250 OK"


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("directory")
    parser.add_argument("--refuse", type=int, default=0)
    args = parser.parse_args()
    sink = Sink(args.directory, args.refuse)
    loop = asyncio.get_running_loop()
    server = await loop.create_server(
        lambda: SMTP(sink, hostname="sink.test"), host="127.0.0.1", port=0
    )
    print(server.sockets[0].getsockname()[1], flush=True)
    # The test that started the sink ends it by closing its standard input.
    await loop.run_in_executor(None, sys.stdin.read)
    server.close()


asyncio.run(main())
