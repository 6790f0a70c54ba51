"""Types shared by the apps' API schemas (django-ninja / pydantic).

Each type accepts exactly what its JSON schema in the OpenAPI document says, so that a schema-valid request is
never refused for its form and a schema-violating one never accepted (the fuzzer checks both, tests/api/test_fuzz):
pydantic's lax mode would read `?until=0.5` as 1970-01-01, `?overdue=0` as false and a time zone of +21:59 as
valid until PostgreSQL refused it. JSON bodies are validated strictly as well (see `xiaobao.api.router`).
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any, Union

from pydantic import AfterValidator, BaseModel, BeforeValidator, Discriminator, Field, Tag, WithJsonSchema

MAX_OFFSET = timedelta(hours=14)  # the widest UTC offset in use (UTC+14, Kiribati)

# Years 1900-2999: nothing this platform records lies outside them, and every instant in them converts to UTC.
_YEARS = r"(19\d\d|2\d\d\d)"
_DAY = rf"{_YEARS}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])"
INSTANT_PATTERN = (rf"^{_DAY}[Tt]([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{{1,6}})?)?"
                   r"([Zz]|[+-](0\d|1[0-3]):[0-5]\d|[+-]14:00)?$")
_INSTANT_RE = re.compile(INSTANT_PATTERN)


def _to_utc(value: datetime) -> datetime:
    """An instant with a real time zone, as UTC: PostgreSQL refuses offsets such as -22:23 that pydantic accepts."""
    offset = value.utcoffset()
    if offset is None:
        return value  # naive: read in Beijing time by Django, as before
    if abs(offset) > MAX_OFFSET:
        raise ValueError("time zone offset out of range (at most ±14:00)")
    try:
        return value.astimezone(UTC)
    except OverflowError as exc:
        raise ValueError("date out of range") from exc


def _written_as(pattern: re.Pattern[str], kind: type[date], example: str) -> Any:
    """Only a string of the documented form (numbers too: `0.5` is not 1970-01-01), read here so that strict
    validation (JSON bodies) receives the date or date-time itself."""
    def read(value: Any) -> Any:
        if isinstance(value, kind):
            return value
        if isinstance(value, str) and pattern.fullmatch(value):
            try:
                return kind.fromisoformat(value.upper())
            except ValueError:
                pass  # e.g. 30 February
        raise ValueError(f"write it as {example}")
    return BeforeValidator(read)


Instant = Annotated[
    datetime,
    _written_as(_INSTANT_RE, datetime, "2025-10-01T09:30:00+08:00 (years 1900-2999)"),
    AfterValidator(_to_utc),
    # No `format: date-time`: RFC 3339 requires the seconds and the offset, which this API does not (the pattern
    # states what it takes); with the format, `2025-10-01T09:30` was both schema-invalid and accepted.
    WithJsonSchema({"type": "string", "pattern": INSTANT_PATTERN,
                    "description": "a date-time in ISO 8601 (RFC 3339 or shorter: seconds and offset optional), "
                                   "years 1900-2999, offset at most ±14:00 (a time without an offset is read as "
                                   "Beijing time)"}),
]
"""Use for every date-time a client sends (bodies and query parameters)."""

def _day_pattern(years: str) -> str:
    return rf"^{years}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$"


def day_reader(years: str, label: str) -> Any:
    """Reads a date written YYYY-MM-DD with a year that `years` (a regular expression) matches."""
    return _written_as(re.compile(_day_pattern(years)), date, f"2025-10-01 (years {label})")


def day_schema(years: str) -> WithJsonSchema:
    return WithJsonSchema({"type": "string", "format": "date", "pattern": _day_pattern(years)})


Day = Annotated[date, day_reader(_YEARS, "1900-2999"), day_schema(_YEARS)]
"""Use for every date a client sends (bodies, query parameters, forms). A narrower range of years:
`Annotated[date, day_reader(years, label), day_schema(years)]`."""


def _flag(value: Any) -> Any:
    if isinstance(value, bool):
        return value
    if value in ("true", "false"):
        return value == "true"
    raise ValueError("write true or false")  # pydantic's lax mode read 0, "no", "off" and "f" as false


Flag = Annotated[bool, BeforeValidator(_flag), WithJsonSchema({"type": "boolean"})]
"""Use for every yes/no a client sends in a query string or a form (JSON bodies are strict already)."""


def _to_decimal(value: Any) -> Any:
    """A JSON number or a numeric string, as a Decimal (strict validation takes only a Decimal itself); never a
    boolean, which pydantic's lax mode read as 0 or 1."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, (int, float, str)) and not isinstance(value, bool):
        try:
            return Decimal(repr(value) if isinstance(value, float) else str(value).strip() or "x")
        except InvalidOperation as exc:
            raise ValueError("write a number") from exc
    raise ValueError("write a number")


Dec = Annotated[Decimal, BeforeValidator(_to_decimal)]
"""Use for every decimal a client sends, with its limits in `Field(...)` (ge/le, max_digits, decimal_places)."""


# Text that holds at least one character which is neither white space nor a control character removed on input
# (`xiaobao.core.text`): what the services' "required" means once they have stripped it.
HAS_TEXT = r"[^\s\x00-\x08\x0b\x0c\x0e-\x1f\x7f]"


def required_text(max_length: int) -> Any:
    """A required free text of at most `max_length` characters, stated in the document (minLength, pattern)."""
    return Annotated[str, Field(min_length=1, max_length=max_length, pattern=HAS_TEXT)]


# A tagged union's member appears in pydantic's error location as its tag; these tags start with TAG_MARK so that
# the API's error handler can leave them out and name the field itself (`reason`, not `decline.reason`).
TAG_MARK = "§"


def one_of(tag: str, members: dict[str, type[BaseModel]]) -> Any:
    """A body that is one of `members` (keyed by the value of their `tag` field, a Literal): the document states
    each member's own fields and which are required (a oneOf), and the server validates the chosen member only.
    A missing or unknown tag is a 422 on `tag` (`custom_error_context["field"]`)."""
    def pick(value: Any) -> str:
        chosen = value.get(tag) if isinstance(value, dict) else getattr(value, tag, None)
        return f"{TAG_MARK}{chosen}" if isinstance(chosen, str) and chosen in members else ""

    union = Union[tuple(Annotated[model, Tag(f"{TAG_MARK}{key}")] for key, model in members.items())]  # noqa: UP007 - built at run time
    return Annotated[union, Discriminator(
        pick, custom_error_type="invalid_tag", custom_error_message=f"{tag} must be one of: {', '.join(members)}",
        custom_error_context={"field": tag})]
