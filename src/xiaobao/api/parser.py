"""Request parsing for the API: JSON bodies, form fields and query parameters lose their control characters (see
`xiaobao.core.text` for the decision) once their schema has validated them as sent, so that a length, a pattern or
a required text is judged on the text the client sent, as the OpenAPI document states it (a `tag` of 41 characters
with one control character was accepted under a maxLength of 40 when the characters went first)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils.datastructures import MultiValueDict
from ninja.params.models import FormModel, ParamModel, QueryModel
from ninja.parser import Parser
from pydantic import BaseModel

from xiaobao.core.text import clean_controls


class CleanParser(Parser):
    def parse_body(self, request: HttpRequest) -> Any:
        body = super().parse_body(request)
        if not isinstance(body, dict):  # every operation's body is an object: `[null, null]` was read as no filters
            raise ValueError("the request body must be a JSON object")  # answered 400 like unparsable JSON
        return body

    def parse_querydict(self, data: MultiValueDict, list_fields: list[str], request: HttpRequest) -> dict[str, Any]:
        """A parameter the document states as one value but sent several times (`?q=a&q=b`) reaches validation as
        the list it is, and is refused there (422 on it); ninja took the last one silently."""
        parsed = super().parse_querydict(data, list_fields, request)
        for key in data:
            if key not in list_fields and len(data.getlist(key)) > 1:
                parsed[key] = data.getlist(key)
        return parsed


def without_controls_after_validation(model: Any) -> Any:
    """Every string of a validated parameter or body model (nested models, lists and dict keys included), without
    its control characters; the model itself, changed in place."""
    if isinstance(model, BaseModel):
        for name, value in list(model.__dict__.items()):
            cleaned = without_controls_after_validation(value)
            if cleaned is not value:
                object.__setattr__(model, name, cleaned)
        return model
    if isinstance(model, (str, dict, list)):
        cleaned = clean_controls(model) if not _holds_models(model) else _clean_container(model)
        return model if cleaned == model else cleaned
    return model


def _holds_models(value: Any) -> bool:
    items = value.values() if isinstance(value, dict) else value if isinstance(value, list) else ()
    return any(isinstance(item, (BaseModel, dict, list)) for item in items)


def _clean_container(value: Any) -> Any:
    if isinstance(value, dict):
        return {clean_controls(k): without_controls_after_validation(v) for k, v in value.items()}
    return [without_controls_after_validation(item) for item in value]


def _validate_then_clean(cls: type[ParamModel], request: HttpRequest, api: Any, path_params: dict[str, Any]
                         ) -> ParamModel:
    return without_controls_after_validation(ParamModel.resolve.__func__(cls, request, api, path_params))  # type: ignore[attr-defined]


QueryModel.resolve = classmethod(_validate_then_clean)  # type: ignore[assignment,method-assign]
FormModel.resolve = classmethod(_validate_then_clean)  # type: ignore[assignment,method-assign]
