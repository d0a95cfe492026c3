import pytest

from handlers.parsing.numbers import to_digits, to_int


@pytest.mark.parametrize(
    ("text", "value"),
    [("14", 14), ("十四", 14), ("二十三", 23), ("十", 10), ("三", 3), ("两", 2), ("一百零五", 105), ("一二", 12)],
)
def test_numerals(text: str, value: int) -> None:
    assert to_int(text) == value


def test_not_numbers() -> None:
    assert to_int("楼") is None
    assert to_int("") is None


def test_letters_stay_letters() -> None:
    assert to_digits("a") == "A"
    assert to_digits("十二") == "12"
