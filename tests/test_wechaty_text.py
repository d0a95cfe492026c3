"""How WeChat text arrives: quote replies and @-mentions written in the text."""

from bot.transports.wechaty_transport import split_quote


def test_quote_reply_is_split_into_reply_and_quoted_text() -> None:
    text = "「倪卫峰：天一小区14楼发现楼道堆物，请物业处理」\n- - - - - - - - - - - - - - -\n已整改，请查看"
    assert split_quote(text) == ("已整改，请查看", "天一小区14楼发现楼道堆物，请物业处理")


def test_plain_text_has_no_quote() -> None:
    assert split_quote("14号楼已清理") == ("14号楼已清理", None)
    assert split_quote("「通知」今天下午开会") == ("「通知」今天下午开会", None)
