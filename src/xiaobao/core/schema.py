"""Types shared by the apps' API schemas (django-ninja / pydantic).

Each type accepts exactly what its JSON schema in the OpenAPI document says, so that a schema-valid request is
never refused for its form and a schema-violating one never accepted (the fuzzer checks both, tests/api/test_fuzz):
pydantic's lax mode would read `?until=0.5` as 1970-01-01, `?overdue=0` as false and a time zone of +21:59 as
valid until PostgreSQL refused it. JSON bodies are validated strictly as well (see `xiaobao.api.router`).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any, Literal, Union
from zoneinfo import ZoneInfo

from annotated_types import GroupedMetadata
from pydantic import AfterValidator, BaseModel, BeforeValidator, Discriminator, Field, Tag, WithJsonSchema, create_model

BEIJING = ZoneInfo("Asia/Shanghai")
MAX_OFFSET = timedelta(hours=14)  # the widest UTC offset in use (UTC+14, Kiribati)

# Regular expressions for sets of digit strings, written for both Python's `re` (the server) and ECMA 262 (the
# document's readers): `[0-9]`, never `\d`, which in Python also matches other scripts' digits.

def _integer_range(low: int, high: int) -> str:
    """A regular expression for the whole numbers low..high (0 <= low <= high), written without leading zeros."""
    parts: list[str] = []
    full: list[int] = []  # lengths whose every number is in the range: one `[1-9][0-9]{m,n}` for a run of them
    for length in range(len(str(low)), len(str(high)) + 1):
        first = max(low, 10 ** (length - 1) if length > 1 else 0)
        last = min(high, 10**length - 1)
        if length > 1 and first == 10 ** (length - 1) and last == 10**length - 1:
            full.append(length)
        elif first <= last:
            parts.append(_same_length(str(first), str(last)))
    if full:
        low_rest, high_rest = full[0] - 1, full[-1] - 1
        parts.insert(1 if parts and len(str(low)) < full[0] else 0,
                     "[1-9]" + _repeat(low_rest, high_rest))
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


def _repeat(low: int, high: int) -> str:
    return "[0-9]" + ("" if low == high == 1 else f"{{{low}}}" if low == high else f"{{{low},{high}}}")


def _digits(a: str, b: str) -> str:
    return a if a == b else "[0-9]" if (a, b) == ("0", "9") else f"[{a}-{b}]"


def _same_length(a: str, b: str) -> str:
    rest = len(a) - 1
    if a == b:
        return a
    if a[1:] == "0" * rest and b[1:] == "9" * rest:
        return _digits(a[0], b[0]) + (_repeat(rest, rest) if rest else "")
    if a[0] == b[0]:
        return a[0] + _same_length(a[1:], b[1:])
    parts = [a[0] + _same_length(a[1:], "9" * rest)]
    if int(b[0]) - int(a[0]) > 1:
        parts.append(_digits(str(int(a[0]) + 1), str(int(b[0]) - 1)) + _repeat(rest, rest))
    parts.append(b[0] + _same_length("0" * rest, b[1:]))
    return "(?:" + "|".join(parts) + ")"


def _trie_regex(words: list[str]) -> str:
    """The alternation of `words` (digit strings), compacted: children with the same continuation share a class."""
    if not words:
        return "(?!)"
    ends = "" in words
    children: dict[str, list[str]] = {}
    for word in words:
        if word:
            children.setdefault(word[0], []).append(word[1:])
    by_rest: dict[str, list[str]] = {}
    for digit, rests in sorted(children.items()):
        by_rest.setdefault(_trie_regex(rests) if rests != [""] else "", []).append(digit)
    branches = []
    for rest, digits in by_rest.items():
        run = len(digits) == int(digits[-1]) - int(digits[0]) + 1
        head = (digits[0] if len(digits) == 1 else _digits(digits[0], digits[-1]) if run
                else "[" + "".join(digits) + "]")
        branches.append(head + rest)
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else f"{body}?"
    return body


def calendar_days(first_year: int, last_year: int) -> str:
    """A regular expression (unanchored) for the real days YYYY-MM-DD of the years first_year..last_year: no 30
    February, 29 February only in a leap year (a pattern that let 1959-02-30 through called a refused date valid)."""
    years = _integer_range(first_year, last_year)
    leap = _trie_regex([str(y) for y in range(first_year, last_year + 1) if calendar.isleap(y)])
    return (f"(?:{years}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)"
            f"|02-(?:0[1-9]|1[0-9]|2[0-8]))|{leap}-02-29)")


# Years 1900-2999: nothing this platform records lies outside them, and every instant in them converts to UTC.
_DAY = calendar_days(1900, 2999)
INSTANT_PATTERN = (rf"^{_DAY}[Tt](?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\.[0-9]{{1,6}})?)?"
                   r"(?:[Zz]|[+-](?:0[0-9]|1[0-3]):[0-5][0-9]|[+-]14:00)?$")
_INSTANT_RE = re.compile(INSTANT_PATTERN)


def _to_utc(value: datetime) -> datetime:
    """An instant with a real time zone, as UTC: PostgreSQL refuses offsets such as -22:23 that pydantic accepts."""
    offset = value.utcoffset()
    if offset is None:  # no offset: Beijing time, as the document says (the services take aware instants only)
        return value.replace(tzinfo=BEIJING).astimezone(UTC)
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

def day_reader(first_year: int, last_year: int) -> Any:
    """Reads a real date written YYYY-MM-DD in the years first_year..last_year."""
    return _written_as(re.compile(f"^{calendar_days(first_year, last_year)}$"), date,
                       f"2025-10-01 (years {first_year}-{last_year})")


def day_schema(first_year: int, last_year: int) -> WithJsonSchema:
    return WithJsonSchema({"type": "string", "format": "date", "pattern": f"^{calendar_days(first_year, last_year)}$"})


Day = Annotated[date, day_reader(1900, 2999), day_schema(1900, 2999)]
"""Use for every date a client sends (bodies, query parameters, forms). A narrower range of years:
`Annotated[date, day_reader(first, last), day_schema(first, last)]`."""


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
# The white space is spelled out rather than `\s`, which means different characters in Python (the server) and in
# ECMA 262 (the document's readers): Python's covers \x1c-\x1f and \x85, ECMA's \ufeff; these are exactly the
# characters `str.strip()` removes (`str.isspace()`).
HAS_TEXT = r"[^\x00-\x20\x7f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"


def required_text(max_length: int) -> Any:
    """A required free text of at most `max_length` characters, stated in the document (minLength, pattern)."""
    return Annotated[str, Field(min_length=1, max_length=max_length, pattern=HAS_TEXT)]


_HIDDEN = "[" + HAS_TEXT[2:]  # the characters HAS_TEXT leaves out: white space and removed control characters


def visible_at_least(count: int) -> str:
    """A pattern (unanchored, Python and ECMA 262 alike): at least `count` visible characters anywhere in the text."""
    return HAS_TEXT + (f"(?:{_HIDDEN}*{HAS_TEXT}){{{count - 1}}}" if count > 1 else "")


# A phone number as the services take it: 7 to 15 digits 0-9 with any other signs between them, or none at all
# (empty or white space only).
PHONE_OR_NONE = f"^{_HIDDEN}*$|^[^0-9]*(?:[0-9][^0-9]*){{7,15}}$"


def reason_text(max_length: int, minimum: int = 4) -> Any:
    """A required reason the services take only at `minimum` characters or more once stripped, stated in the
    document as at least `minimum` visible characters (minLength, pattern), which every such text has; the API
    validates the pattern as written, so a text the document calls too short is refused here too."""
    return Annotated[str, Field(min_length=minimum, max_length=max_length, pattern=visible_at_least(minimum))]


def optional_reason_text(max_length: int, minimum: int = 4) -> Any:
    """An optional note the services check like a reason when one is given: empty (or white space only), or at least
    `minimum` visible characters."""
    return Annotated[str, Field("", max_length=max_length,
                                pattern=f"^{_HIDDEN}*$|{visible_at_least(minimum)}")]


# A tagged union's member appears in pydantic's error location as its tag; these tags start with TAG_MARK so that
# the API's error handler can leave them out and name the field itself (`reason`, not `decline.reason`).
TAG_MARK = "§"
INVALID_TAG = "invalid_tag:"  # the error type of a missing or unknown tag, followed by the tag's field


def one_of(tag: str, members: dict[str | tuple[str, ...], Any]) -> Any:
    """A body that is one of `members` (keyed by the value of their `tag` field, a Literal): the document states
    each member's own fields and which are required (a oneOf), and the server validates the chosen member only.
    A missing or unknown tag is a 422 on `tag` (the error type names it: INVALID_TAG + tag). A member may itself be a `one_of`
    on a second field (what an action requires can depend on a choice it carries: a conclusion, a kind). A member
    keyed by several values (a tuple) serves each of them (its tag: a Literal of those values)."""
    names = {key: "|".join(key) if isinstance(key, tuple) else key for key in members}
    member_of = {value: names[key] for key in members for value in (key if isinstance(key, tuple) else (key,))}

    def pick(value: Any) -> str:
        chosen = value.get(tag) if isinstance(value, dict) else getattr(value, tag, None)
        if isinstance(chosen, bool):  # a yes/no tag: its members are keyed "true" and "false"
            chosen = str(chosen).lower()
        return f"{TAG_MARK}{member_of[chosen]}" if isinstance(chosen, str) and chosen in member_of else ""

    union = Union[tuple(Annotated[model, Tag(f"{TAG_MARK}{names[key]}")] for key, model in members.items())]  # noqa: UP007 - built at run time
    # The tag's field travels in the error type (`invalid_tag:<field>`), not in an error context: a context (a dict)
    # would make the union unhashable, so it could not be a member of another union.
    return Annotated[union, Discriminator(
        pick, custom_error_type=f"{INVALID_TAG}{tag}",
        custom_error_message=f"{tag} must be one of: {', '.join(member_of)}")]


def by_count(field: str, members: dict[int, Any]) -> Any:
    """A body that is one of `members`, keyed by how many items its list `field` holds (what else a body may say
    can depend on it: the answers of a choice question name one of its options). Each member states its `field`'s
    length (minItems = maxItems); any other length is a 422 on `field`."""
    def pick(value: Any) -> str:
        items = value.get(field) if isinstance(value, dict) else getattr(value, field, None)
        return f"{TAG_MARK}{len(items)}" if isinstance(items, list) and len(items) in members else ""

    union = Union[tuple(Annotated[model, Tag(f"{TAG_MARK}{n}")] for n, model in members.items())]  # noqa: UP007 - built at run time
    return Annotated[union, Discriminator(
        pick, custom_error_type=f"{INVALID_TAG}{field}",
        custom_error_message=f"{field} must hold {min(members)} to {max(members)} items")]


def unique_items(items: list[Any]) -> list[Any]:
    """A list's items listed once each (with `WithJsonSchema`/`uniqueItems` in the document; pydantic states it for
    sets only, which take duplicates silently)."""
    if len(set(items)) != len(items):
        raise ValueError("each item may be listed once")
    return items


def yes_or_why(tag: str, *, base: type[BaseModel], names: tuple[str, str], why: str) -> Any:
    """A yes/no decision on `tag` whose no needs a reason of at least 4 characters (`why` describes it), whose yes
    takes an optional note: two members (`names`: the yes body's, the no body's), each stating its own fields."""
    return one_of(tag, {
        "true": create_model(names[0], __base__=base, **{tag: (Literal[True], ...)},
                             reason=(str, Field("", max_length=500))),
        "false": create_model(names[1], __base__=base, **{tag: (Literal[False], ...)},
                              reason=(reason_text(500), Field(description=f"{why} (at least 4 characters)"))),
    })


# Decimals -------------------------------------------------------------------------------------------------------
# A decimal is sent as a JSON number or as a string (the API answers decimals as strings, so a client may send back
# what it read). Both forms are stated exactly in the document: the number with its bounds and `multipleOf` (the
# places), the string with a pattern that spells the same set of values (plain digits, at most `places` decimal
# places, no exponent, no leading zeros, no white space). The server reads a string only if it matches that
# pattern and a number only if its shortest spelling lies on the grid, so a request is taken exactly when the
# document says it is valid.


def _fraction(places: int, low: int, high: int) -> str:
    """The optional decimal part (`.` and 1..places digits) whose value in units of 10**-places is low..high."""
    words = [""] if low == 0 else []
    words += [f"{n:0{size}d}" for size in range(1, places + 1) for n in range(10**size)
              if low <= n * 10 ** (places - size) <= high]
    if words == [""]:
        return ""
    free = len(words) == 1 + sum(10**size for size in range(1, places + 1))
    if free:
        return rf"(?:\.[0-9]{{1,{places}}})?" if places > 1 else r"(?:\.[0-9])?"
    digits = [w for w in words if w]
    tail = _trie_regex(digits)
    return rf"(?:\.{tail})?" if "" in words else rf"\.{tail}"


def _non_negative(low: int, high: int, places: int) -> str:
    """Strings for the values low..high given in units of 10**-places (0 <= low <= high)."""
    unit = 10**places
    whole_low, part_low = divmod(low, unit)
    whole_high, part_high = divmod(high, unit)
    if whole_low == whole_high:
        return str(whole_low) + _fraction(places, part_low, part_high)
    parts = []
    middle_low, middle_high = whole_low + (part_low > 0), whole_high - (part_high < unit - 1)
    if part_low > 0:
        parts.append(str(whole_low) + _fraction(places, part_low, unit - 1))
    if middle_low <= middle_high:
        parts.append(_integer_range(middle_low, middle_high) + _fraction(places, 0, unit - 1))
    if part_high < unit - 1:
        parts.append(str(whole_high) + _fraction(places, 0, part_high))
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


def decimal_pattern(minimum: Decimal, maximum: Decimal, places: int) -> str:
    """A regular expression for the decimal strings between minimum and maximum with at most `places` places."""
    unit = 10**places
    low, high = int(minimum * unit), int(maximum * unit)
    if low >= 0:
        body = _non_negative(low, high, places)
    elif high < 0:
        body = "-" + _non_negative(-high, -low, places)
    else:
        body = f"(?:-{_non_negative(0, -low, places)}|{_non_negative(0, high, places)})"
    return f"^{body}$"


def _decimal_reader(pattern: re.Pattern[str], step: Decimal, minimum: Decimal, maximum: Decimal,
                    message: str) -> Any:
    def read(value: Any) -> Any:
        if isinstance(value, Decimal):
            number = value
        elif isinstance(value, str) and pattern.fullmatch(value):
            return Decimal(value)
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            try:  # a float as its shortest spelling: 0.07 is 0.07, as the document's multipleOf reads it
                number = Decimal(repr(value) if isinstance(value, float) else value)
            except InvalidOperation as exc:
                raise ValueError(message) from exc
        else:
            raise ValueError(message)
        if not number.is_finite() or not minimum <= number <= maximum or number % step != 0:
            raise ValueError(message)
        return number
    return BeforeValidator(read)


@dataclass(frozen=True)
class _DecimalRule(GroupedMetadata):
    reader: Any
    schema: WithJsonSchema

    def __iter__(self) -> Iterator[Any]:
        yield self.reader
        yield self.schema


def decimal(*, places: int, maximum: Decimal | int | str, minimum: Decimal | int | str = 0,
            above: Decimal | int | str | None = None, unit: str = "") -> Any:
    """The rule of a decimal a client sends (bodies, forms): at most `places` decimal places, between `minimum` and
    `maximum` inclusive (or above `above`, exclusive), its number and string forms both stated in the document.
    Use as `Annotated[Decimal, decimal(places=2, maximum=100)]`, with no Field(ge=…, max_digits=…) beside it."""
    step = Decimal(1).scaleb(-places)
    low = Decimal(str(minimum)) if above is None else Decimal(str(above)) + step
    high = Decimal(str(maximum))
    pattern = decimal_pattern(low, high, places)
    places_text = (f"at most {places} decimal place{'s' if places > 1 else ''}" if places else "a whole number")
    message = f"write a number from {low} to {high}, {places_text}"
    number: dict[str, Any] = {"type": "number", "maximum": _json_number(high), "multipleOf": _json_number(step)}
    if above is None:
        number["minimum"] = _json_number(low)
    else:
        number["exclusiveMinimum"] = _json_number(Decimal(str(above)))
    described = f"{low} to {high}, {places_text}" + (f" ({unit})" if unit else "")
    return _DecimalRule(
        _decimal_reader(re.compile(pattern), step, low, high, message),
        WithJsonSchema({"anyOf": [number, {"type": "string", "pattern": pattern}],
                        "description": f"a number or a string of digits: {described}"}))


def _json_number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


Money = Annotated[Decimal, decimal(places=2, maximum="999999999999.99", unit="yuan")]
"""An amount of money in yuan: 0 to 999,999,999,999.99 with cents (fits a DecimalField(max_digits=14, 2))."""
