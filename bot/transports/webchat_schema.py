"""What the web chat's HTTP API accepts: every field typed and capped at the boundary, so bad input is
a clear 400 and nothing unstorable (control characters, lone surrogates, huge ids) gets further."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, ValidationError, field_validator

from handlers.messages import storable

MAX_TEXT = 20_000
MAX_ID = 128
MAX_MENTIONS = 50

Id = Annotated[str, StringConstraints(min_length=1, max_length=MAX_ID), AfterValidator(storable)]


class PostedMessage(BaseModel):
    model_config = ConfigDict(extra="ignore", strict=True, populate_by_name=True)

    group: Id
    sender: Id = Field(alias="from")
    text: Annotated[str, StringConstraints(min_length=1, max_length=MAX_TEXT), AfterValidator(storable)]
    quote: Id | None = None
    mentions: list[Id] | None = Field(default=None, max_length=MAX_MENTIONS)
    mentions_bot: bool = False

    @field_validator("text")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("text is blank")
        return value


class PostedPhoto(BaseModel):
    model_config = ConfigDict(extra="ignore", strict=True, populate_by_name=True)

    group: Id
    sender: Id = Field(alias="from")
    quote: Id | None = None


def explain(error: ValidationError) -> str:
    """One line naming the first bad field, for the 400 answer."""
    first = error.errors()[0]
    where = ".".join(str(part) for part in first["loc"]) or "body"
    return f"{where}: {first['msg']}"
