"""Demo outreach (宣传教育) records in every state, through the services with the real engines (`xiaobao demo`).

Campaign names, formats and partners follow the seed article (太平洋财险新疆分公司, 2021): 以案说险 on the
company website and the WeChat account, 进农村 with the village committee and the police office of
阿热吐格曼村, 进校园 with leaflets on anti-money-laundering and illegal fund-raising, the youth league's
"关爱老人-微信功能介绍、微信防诈骗提示" for the elderly, and the emergency-rescue volunteers with 94.9 交通广播.
"""

from __future__ import annotations

import contextlib
from datetime import date, timedelta

from django.db import transaction

from xiaobao.core.errors import InvalidInput
from xiaobao.org.models import Institution, User
from xiaobao.outreach import selectors, services
from xiaobao.outreach.codes import Audience, CampaignKind, Channel, Format, PieceKind
from xiaobao.outreach.models import Campaign

CAMPAIGNS = [
    ("3·15消费者权益保护教育宣传周", CampaignKind.CONCENTRATED, "每年3月"),
    ("金融知识万里行", CampaignKind.CONCENTRATED, "每年9月"),
    ("防范非法集资宣传月", CampaignKind.CONCENTRATED, "每年6月"),
    ("普及金融知识守住“钱袋子”", CampaignKind.CONCENTRATED, "每年6月"),
    ("金融知识普及月", CampaignKind.CONCENTRATED, "每年9月"),
    ("反诈宣传", CampaignKind.REGULAR, "全年"),
    ("反洗钱宣传", CampaignKind.REGULAR, "全年"),
]

CASE_CLEAN = ("以案说险：某车主的车辆在暴雨中涉水行驶后发动机损坏，因未投保涉水相关保障而产生理赔争议。"
              "提示：投保前请仔细阅读保险条款，特别是责任免除部分，雨天请勿强行涉水，出险后请及时报案。")
CASE_FRAUD = ("以案说险：近期有不法分子冒充保险公司工作人员，以“退保返现”“高额理赔”为名骗取个人信息和验证码。"
              "提示：请通过官方客服热线95500或官方APP办理业务，不要向陌生人透露验证码。")
ARTICLE_RETURNS = ("守住钱袋子：本公司推出的理财型保险保本保息，稳赚不赔，年化收益高达8%，"
                   "比存银行强多了，名额有限赶紧办理！")
ARTICLE_RETURNS_FIXED = ("守住钱袋子：保险的首要功能是保障，不是理财。任何宣称“保本保息、稳赚不赔”的产品都要提高警惕，"
                         "投保前请仔细阅读条款，通过正规渠道办理。")
ARTICLE_PHONE = ("客户回访：家住天山区的王建国先生（电话13812345678）在我司网点办理车险理赔，"
                 "对理赔时效表示满意。")
ELDERLY = ("关爱老人：微信功能介绍与微信防诈骗提示。不点陌生链接，不给陌生人转账，"
           "接到自称“客服”的电话先挂断，再拨打官方客服电话核实。")
REPORT_VILLAGE = ("我司联合阿热吐格曼村“村两委”、阿热吐格警务室开展“普及金融知识守住钱袋子”进农村宣传活动，"
                  "现场讲解防范非法集资、识别电信诈骗知识，发放双语宣传折页。")


def _days_ago(n: int) -> date:
    return selectors.today() - timedelta(days=n)


@transaction.atomic
def seed() -> None:
    """Idempotent: does nothing once demo campaigns exist."""
    if Campaign.objects.exists():
        return
    officer = User.objects.filter(username="xj.officer1").first()
    handler = User.objects.filter(username="wlmq.handler1").first()
    ks_handler = User.objects.filter(username="ks.handler1").first()
    if not (officer and handler and officer.institution and handler.institution):
        return
    campaigns = {name: services.campaign_save(by=officer, name=name, kind=kind, season=season)
                 for name, kind, season in CAMPAIGNS}
    branch, wlmq = officer.institution, handler.institution
    ks = ks_handler.institution if ks_handler else wlmq

    def activity(by: User, institution: Institution, campaign: str | None, title: str, days: int, fmt: str,
                 audiences: list[str], people: int, materials: int, place: str, partners: str = "",
                 description: str = "") -> int:
        created, _new = services.activity_create(
            by=by, institution=institution, title=title, held_on=_days_ago(days), format=fmt, audiences=audiences,
            people_reached=people, materials=materials, place=place,
            campaign_id=campaigns[campaign].pk if campaign else None, partners=partners, description=description)
        return created.pk

    village = activity(handler, wlmq, "普及金融知识守住“钱袋子”", "普及金融知识守住“钱袋子”进农村", 20, Format.VILLAGE,
                       [Audience.RURAL, Audience.MINORITY, Audience.ELDERLY], 180, 400, "阿热吐格曼村村委会",
                       "阿热吐格曼村“村两委”、阿热吐格警务室", "双语讲解防范非法集资、电信诈骗，发放宣传折页。")
    activity(handler, wlmq, "反洗钱宣传", "反洗钱与防范非法集资知识进校园", 35, Format.SCHOOL,
             [Audience.YOUNG], 260, 300, "乌鲁木齐市第十三中学", "学校团委", "周末组织服务人员进校园，向师生发放宣传折页。")
    activity(officer, branch, "反诈宣传", "关爱老人——微信功能介绍、微信防诈骗提示", 12, Format.COMMUNITY,
             [Audience.ELDERLY], 95, 150, "天山区红山社区", "红山社区居委会", "分公司团委为老年人讲解微信使用与防诈骗。")
    activity(officer, branch, "3·15消费者权益保护教育宣传周", "3·15消费者权益保护教育宣传周营业网点宣传", 60,
             Format.OUTLET, [Audience.GENERAL], 520, 800, "分公司营业大厅", "",
             "海报、宣传手册、LED屏幕循环播放宣传口号和内容。")
    activity(officer, branch, "金融知识万里行", "金融知识万里行线上直播课堂", 8, Format.LIVESTREAM,
             [Audience.GENERAL, Audience.NEW_CITIZENS], 3400, 0, "视频号直播间", "94.9交通广播",
             "联合94.9交通广播直播讲解车险理赔知识与应急救援服务。")
    activity(ks_handler or handler, ks, "防范非法集资宣传月", "防范非法集资宣传进商圈", 15, Format.BUSINESS_DISTRICT,
             [Audience.GENERAL, Audience.MINORITY], 310, 500, "喀什古城商业街", "街道办事处")
    activity(handler, wlmq, None, "车险理赔知识进企业", 5, Format.ENTERPRISE, [Audience.WORKERS], 60, 80,
             "乌鲁木齐某物流公司", "", "常态化宣传教育：车险理赔流程与注意事项。")

    def piece(by: User, institution: Institution, kind: str, title: str, text: str, channel: str,
              activity_id: int | None = None, campaign: str | None = None) -> int:
        created, _new = services.piece_create(by=by, institution=institution, kind=kind, title=title, text=text,
                                              channel=channel, activity_id=activity_id,
                                              campaign_id=campaigns[campaign].pk if campaign else None)
        return created.pk

    def publish(pk: int, by: User, days: int, reads: int = 0, plays: int = 0, reason: str = "") -> None:
        current = selectors.piece_get(user=by, pk=pk)
        services.publish(piece_id=pk, version=current.version, by=by, published_on=_days_ago(days),
                         override_reason=reason)
        if reads or plays:
            services.record_reach(piece_id=pk, by=by, reads=reads, plays=plays)

    # published 以案说险 on the website and the WeChat account, with their reach
    publish(piece(officer, branch, PieceKind.CASE_STORY, "以案说险：暴雨涉水，发动机损坏谁来赔？", CASE_CLEAN,
                  Channel.WEBSITE), officer, 30, reads=1260)
    publish(piece(officer, branch, PieceKind.CASE_STORY, "以案说险：警惕“退保返现”骗局", CASE_FRAUD,
                  Channel.WECHAT_ACCOUNT, campaign="反诈宣传"), officer, 18, reads=5230)
    publish(piece(officer, branch, PieceKind.ARTICLE, "关爱老人：微信防诈骗提示", ELDERLY, Channel.WECHAT_CHANNELS,
                  campaign="反诈宣传"), officer, 11, plays=8900)
    # the village report: the pii engine reads the Uyghur village name as a person's name, so the officer
    # publishes it over that finding with the reason
    report = piece(handler, wlmq, PieceKind.ACTIVITY_REPORT, "我司开展“守住钱袋子”进农村宣传活动", REPORT_VILLAGE,
                   Channel.WECHAT_ACCOUNT, activity_id=village)
    try:
        publish(report, handler, 19)
    except InvalidInput:
        publish(report, officer, 19, reads=860, reason="“阿热吐格曼村”“阿热吐格警务室”为村名和单位名称，不是个人姓名。")
    # a draft refused by the checks (promised returns): its findings are on its page
    refused = piece(handler, wlmq, PieceKind.ARTICLE, "守住钱袋子：理财型保险知多少", ARTICLE_RETURNS,
                    Channel.WECHAT_ACCOUNT, campaign="普及金融知识守住“钱袋子”")
    with contextlib.suppress(InvalidInput):
        publish(refused, handler, 0)
    # a draft with a customer's phone number, not yet checked
    piece(handler, wlmq, PieceKind.CASE_STORY, "客户回访：理赔时效", ARTICLE_PHONE, Channel.WECHAT_ACCOUNT)
    # published over a finding by the officer, with the reason (a quoted fraud warning reads like a promise)
    warning = piece(officer, branch, PieceKind.ARTICLE, "防范非法集资：这些话术要警惕",
                    "防范非法集资：不法分子常用“保本保息、稳赚不赔”等话术诱骗群众投资，请提高警惕，拒绝高息诱惑。",
                    Channel.WEBSITE, campaign="防范非法集资宣传月")
    publish(warning, officer, 14, reads=430,
            reason="文中“保本保息、稳赚不赔”为引述的非法集资话术，用于风险提示，并非承诺收益。")
    # withdrawn after publication
    withdrawn = piece(officer, branch, PieceKind.ARTICLE, "金融知识万里行直播预告", ARTICLE_RETURNS_FIXED,
                      Channel.DOUYIN, campaign="金融知识万里行")
    publish(withdrawn, officer, 9, plays=120)
    current = selectors.piece_get(user=officer, pk=withdrawn)
    services.withdraw(piece_id=withdrawn, version=current.version, by=officer, reason="直播时间调整，预告下线。")
