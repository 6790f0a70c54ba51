"""`xiaobao privacy rotate-key` — re-encrypt every personal value under the current data key;
`xiaobao privacy check-raw` — report stored values of encrypted fields that are not `enc1:` ciphertexts, and
phone, ID or bank card numbers in clear in any free-text column (scanned with the pii engine).

rotate-key: set XIAOBAO_DATA_KEY to the new key and XIAOBAO_DATA_KEY_OLD to the previous one(s), run it,
then drop the old keys. Batches of --batch-size rows, each in its own transaction; an interrupted run
loses nothing, and running it again skips what is already done. Exit 1 if any value could not be
decrypted with the configured keys.

check-raw: exit 0 when every stored value is a ciphertext and no free text holds such a number in clear,
1 otherwise (with --keys, also values still under an old key or not decryptable; --no-text skips the
free-text scan). The values themselves are never printed. Audit events written before free text was masked
may be reported: the chain is append-only, so they stay (see README).
"""

from __future__ import annotations

import sys
import time
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from xiaobao.privacy import services

SHOWN = 100


class Command(BaseCommand):
    help = "Personal-data operations: `rotate-key` (re-encrypt under the current key), `check-raw`."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        rotate = sub.add_parser("rotate-key", help="re-encrypt every encrypted value under XIAOBAO_DATA_KEY")
        rotate.add_argument("--batch-size", type=int, default=500)
        rotate.add_argument("--limit", type=int, default=None, help="stop after this many rows (rotate in slices)")
        rotate.add_argument("--no-progress", action="store_true")
        check = sub.add_parser("check-raw", help="report stored values that are not enc1: ciphertexts")
        check.add_argument("--keys", action="store_true", help="also report values under an old or unknown key")
        check.add_argument("--no-text", action="store_true", help="skip the pii scan of free-text columns")

    def handle(self, *args: Any, action: str, **options: Any) -> None:
        if action == "rotate-key":
            self._rotate(options["batch_size"], options["limit"], progress=not options["no_progress"])
        else:
            self._check(check_keys=options["keys"], text=not options["no_text"])

    def _rotate(self, batch_size: int, limit: int | None, *, progress: bool) -> None:
        if batch_size < 1:
            raise CommandError("--batch-size must be at least 1", returncode=2)
        last = [0.0]

        def show(label: str, done: int, total: int) -> None:
            now = time.monotonic()
            if done >= total or now - last[0] > 0.2:
                last[0] = now
                sys.stderr.write(f"\r{label}: {done}/{total}" + ("\n" if done >= total else ""))
                sys.stderr.flush()

        report = services.rotate_key(batch_size=batch_size, limit=limit, progress=show if progress else None)
        for label, c in report.models.items():
            self.stdout.write(f"{label}: {c['rows']} rows, {c['rotated']} re-encrypted, {c['current']} already "
                              f"current, {c['plain']} clear values encrypted, {c['failed']} failed")
        rows = report.total("rows")
        rate = rows / report.seconds if report.seconds else 0.0
        self.stdout.write(f"rotated {report.total('rotated')} of {rows} rows in {report.seconds:.1f}s "
                          f"({rate:.0f} rows/s)")
        if report.total("failed"):
            raise CommandError(f"{report.total('failed')} rows could not be decrypted with the configured keys; "
                               "add the key they were written with to XIAOBAO_DATA_KEY_OLD and run again",
                               returncode=1)

    def _check(self, *, check_keys: bool, text: bool) -> None:
        problems = 0
        for item in services.check_raw(check_keys=check_keys, text=text):
            if isinstance(item, tuple):
                self.stdout.write(f"{item[0]}: {item[1]} rows scanned")
                continue
            problems += 1
            if problems <= SHOWN:
                self.stdout.write(f"  {item.model} pk={item.pk} {item.field}: {item.problem}")
        if problems:
            raise CommandError(f"{problems} stored values are not ciphertexts under the current key or hold "
                               "personal data in clear" if check_keys else
                               f"{problems} stored values are not enc1: ciphertexts or hold personal data in clear",
                               returncode=1)
        self.stdout.write("every stored personal value is encrypted"
                          + (", and no free text holds a phone, ID or bank card number in clear" if text else ""))
