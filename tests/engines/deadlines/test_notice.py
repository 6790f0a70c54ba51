"""The State Council's holiday notice read into dates; checked against chinese-calendar for a year it knows."""

from datetime import date

import chinese_calendar
import pytest

from xiaobao.engines.deadlines.notice import NoticeError, parse_arrangement

NOTICE_2026 = """国务院办公厅关于2026年部分节假日安排的通知
经国务院批准，现将2026年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。
一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
三、清明节：4月4日（周六）至6日（周一）放假，共3天。
四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。
五、端午节：6月19日（周五）至21日（周日）放假，共3天。
六、中秋节：9月25日（周五）至27日（周日）放假，共3天。
七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。
节假日期间，各地区、各部门要妥善安排好值班和安全、保卫等工作。"""


def test_the_2026_notice_agrees_with_chinese_calendar():
    arrangement = parse_arrangement(NOTICE_2026, 2026)
    assert len(arrangement.holidays) == 33 and len(arrangement.workdays) == 6
    assert all(not chinese_calendar.is_workday(day) for day in arrangement.holidays)
    assert all(chinese_calendar.is_workday(day) for day in arrangement.workdays)
    assert arrangement.holidays[date(2026, 2, 23)] == "春节" and arrangement.workdays[date(2026, 1, 4)] == "元旦"


def test_a_plain_date_list_works_too():
    arrangement = parse_arrangement("2027-01-01 放假\n2027-01-04 上班\n2027-02-05至2027-02-07 放假", 2027)
    assert sorted(arrangement.holidays) == [date(2027, 1, 1), date(2027, 2, 5), date(2027, 2, 6), date(2027, 2, 7)]
    assert list(arrangement.workdays) == [date(2027, 1, 4)]


@pytest.mark.parametrize("text,code", [
    ("1月1日放假\n1月1日上班", "twice"),
    ("1月1日至3日放假\n1月2日放假", "twice"),
    ("2026年12月31日放假", "outside_year"),
    ("2月30日放假", "bad_date"),
    ("1月5日至3日放假", "range"),
    ("1月1日至3月5日放假", "range"),
    ("", "empty"),
])
def test_wrong_or_repeated_dates_are_refused(text, code):
    with pytest.raises(NoticeError) as caught:
        parse_arrangement(text, 2027)
    assert caught.value.code == code
