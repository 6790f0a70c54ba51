"""Pure-Python engines (no Django): pii, marketing, disclosure, transcripts, deadlines.

Each engine is a sub-package with a `cli.py` exposing `main(argv: list[str]) -> int`; the `xiaobao`
command dispatches `xiaobao <engine> ...` to it without starting Django.
"""

ENGINE_COMMANDS: tuple[str, ...] = ("pii", "marketing", "disclosure", "transcripts", "deadlines")
