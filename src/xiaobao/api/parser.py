"""Request parsing for the API: JSON bodies, form fields and query parameters lose their control characters
(see `xiaobao.core.text` for the decision) before any schema sees them."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils.datastructures import MultiValueDict
from ninja.parser import Parser

from xiaobao.core.text import clean_controls


class CleanParser(Parser):
    def parse_body(self, request: HttpRequest) -> Any:
        body = super().parse_body(request)
        if not isinstance(body, dict):  # every operation's body is an object: `[null, null]` was read as no filters
            raise ValueError("the request body must be a JSON object")  # answered 400 like unparsable JSON
        return clean_controls(body)

    def parse_querydict(self, data: MultiValueDict, list_fields: list[str], request: HttpRequest) -> dict[str, Any]:
        return clean_controls(super().parse_querydict(data, list_fields, request))
