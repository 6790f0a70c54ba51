"""Demo review requests in every state, produced through the services with the real engines (`xiaobao demo`)."""

from __future__ import annotations

import io
from datetime import timedelta

from django.db import transaction

from xiaobao.org.models import Institution, User
from xiaobao.reviews import selectors, services
from xiaobao.reviews.codes import Answer, CheckAs, Conclusion, Kind, LegalBasis, MonitoringSource, Severity
from xiaobao.reviews.models import ReviewRequest

POSTER = ("「安心宝」意外险，保费每天不到一块钱！本产品保本保息，稳赚不赔，收益率高达8%。"
          "名额有限，下个月就停售了，赶紧上车！咨询专属顾问 13812345678。")
POSTER_V2 = ("「安心宝」意外险，保障意外身故、伤残和医疗费用，保费以保险合同约定为准。"
             "具体保险责任和责任免除以条款为准，请仔细阅读条款后投保。客服电话 95500。")
ARTICLE = ("以案说险：近期有不法分子冒充保险公司工作人员，以“退保返现”为名骗取个人信息。"
           "请通过官方渠道办理业务，不要向陌生人透露验证码。")
SMS = "尊敬的客户，您的车险将于下月到期，可通过官方APP或拨打客服电话续保，投保前请阅读条款。"
FOUND_WILD = ("家人们！这款保险到期本金一分不少还多拿利息，比存银行强多了，政府都给打包票，错过今天再等一年！")
BANK_LEAFLET = "存款搬家新选择：这款保险保本保息，收益比定期存款高一倍，银行担保，绝无风险！"
DEALER_VIDEO = "买车险就选我们店，全险什么都赔，出了事一分钱不用掏，别家的保险理赔慢得要死！"
CLAUSES = """第一条 保险责任
在保险期间内，被保险人因意外伤害导致身故、伤残的，保险人依照本合同约定给付保险金。
第二条 责任免除
因下列原因造成被保险人身故、伤残的，保险人不承担给付保险金责任：（一）投保人的故意行为；（二）被保险人酒后驾驶。
第三条 保险金额
保险金额由投保人、保险人双方约定，并在保险单中载明。
"""


def _upload(name: str, text: str, check_as: str) -> services.Upload:
    return services.Upload(name=name, stream=io.BytesIO(text.encode("utf-8")), check_as=check_as)


def _run_pending(request: ReviewRequest) -> None:
    for document in request.documents.all():
        services.run_checks(document.pk)


@transaction.atomic
def seed() -> None:
    """Idempotent: does nothing once demo requests exist."""
    if ReviewRequest.objects.exists():
        return
    branch = Institution.objects.filter(level=Institution.Level.BRANCH).order_by("path").first()
    requester = User.objects.filter(username="wlmq.handler1").first()
    reviewer = User.objects.filter(username="xj.compliance").first()
    head = User.objects.filter(username="xj.head").first()
    officer = User.objects.filter(username="xj.officer1").first()
    if not (branch and requester and reviewer and head and officer):
        return
    institution = requester.institution

    def submit(kind: str, title: str, uploads: list[services.Upload], form: str = "") -> ReviewRequest:
        request, _created = services.request_submit(by=requester, kind=kind, title=title, institution=institution,
                                                    uploads=uploads, material_form=form, product_line="意外险",
                                                    department="个人业务部")
        _run_pending(request)
        request.refresh_from_db()
        return request

    # 1. under review, with engine findings waiting for the reviewer
    submit(Kind.MARKETING, "“安心宝”意外险朋友圈海报", [_upload("海报文案.txt", POSTER, CheckAs.MARKETING)],
           "wechat")
    # 2. waiting for answers: an opinion on the poster
    r2 = submit(Kind.MARKETING, "“安心宝”短视频脚本", [_upload("脚本.txt", POSTER, CheckAs.MARKETING)], "video_script")
    doc = r2.documents.get()
    finding = doc.findings.filter(engine="marketing").first()
    services.opinion_add(request_id=r2.pk, version=r2.version, by=reviewer, document_id=doc.pk,
                         severity=Severity.MUST, legal_basis=LegalBasis.INSURANCE_LAW_131,
                         text="删除“保本保息、稳赚不赔”等承诺收益的表述，删除停售催促用语。",
                         finding_id=finding.pk if finding else None)
    r2.refresh_from_db()
    services.opinions_send(request_id=r2.pk, version=r2.version, by=reviewer)
    # 3. answered, new version, concluded 修改后通过, released
    r3 = submit(Kind.MARKETING, "“安心宝”产品介绍网页", [_upload("介绍.txt", POSTER, CheckAs.MARKETING)], "web_page")
    doc = r3.documents.get()
    opinion = services.opinion_add(request_id=r3.pk, version=r3.version, by=reviewer, document_id=doc.pk,
                                   severity=Severity.MUST, legal_basis=LegalBasis.INSURANCE_LAW_131,
                                   text="删除承诺收益和停售催促的表述，删除个人手机号码。")
    r3.refresh_from_db()
    services.opinions_send(request_id=r3.pk, version=r3.version, by=reviewer)
    services.opinion_answer(opinion_id=opinion.pk, by=requester, answer=Answer.ADOPTED, reason="")
    r3.refresh_from_db()
    services.document_add(request_id=r3.pk, version=r3.version, by=requester,
                          upload=_upload("介绍.txt", POSTER_V2, CheckAs.MARKETING), lineage=doc.lineage)
    _run_pending(r3)
    r3.refresh_from_db()
    services.resubmit(request_id=r3.pk, version=r3.version, by=requester)
    r3.refresh_from_db()
    services.conclude(request_id=r3.pk, version=r3.version, by=reviewer, conclusion=Conclusion.PASS_WITH_CHANGES,
                      note="已按意见修改，同意发布。")
    r3.refresh_from_db()
    latest = r3.documents.order_by("-revision").first()
    release = services.release_register(request_id=r3.pk, by=requester, document_id=latest.pk, channel="website",
                                        location="https://www.example.com/anxinbao",
                                        published_on=services.selectors.today())
    # 4. passed at once: an education article
    r4 = submit(Kind.MARKETING, "以案说险：警惕“退保返现”骗局", [_upload("文章.txt", ARTICLE, CheckAs.MARKETING)],
                "article")
    services.conclude(request_id=r4.pk, version=r4.version, by=reviewer, conclusion=Conclusion.PASS)
    # 5. a product request waiting for the second signature
    r5 = submit(Kind.NEW_PRODUCT, "个人意外伤害保险（2026版）条款", [_upload("条款.txt", CLAUSES, CheckAs.CLAUSE)])
    services.conclude(request_id=r5.pk, version=r5.version, by=reviewer, conclusion=Conclusion.PASS,
                      note="条款要素齐全。")
    # 6. SMS concluded and countersigned (不通过 needs the head)
    r6 = submit(Kind.MARKETING, "车险续保提醒短信", [_upload("短信.txt", SMS, CheckAs.MARKETING)], "sms")
    services.conclude(request_id=r6.pk, version=r6.version, by=reviewer, conclusion=Conclusion.REJECT,
                      note="短信未注明公司全称，不予通过。")
    r6.refresh_from_db()
    services.countersign(request_id=r6.pk, version=r6.version, by=head, approve=True)
    # monitoring: material seen in the wild that never went through review
    services.monitoring_record(by=officer, institution=institution, source=MonitoringSource.WECHAT_MOMENTS,
                               seen_on=release.published_on - timedelta(days=1), text=FOUND_WILD,
                               location="代理人朋友圈截图", agent_name="张某某（工号A1023）")
    # partner channels seen in the wild (the partners demo's bank, last year; its car dealer, by its former name):
    # the partner evaluation counts them as marketing violations from monitoring
    last_year = selectors.today().replace(year=selectors.today().year - 1, month=11, day=20)
    services.monitoring_record(by=officer, institution=institution, source=MonitoringSource.LEAFLET,
                               seen_on=last_year, text=BANK_LEAFLET, location="网点柜台宣传单",
                               partner_name="天山农村商业银行股份有限公司")
    services.monitoring_record(by=officer, institution=institution, source=MonitoringSource.SHORT_VIDEO,
                               seen_on=selectors.today() - timedelta(days=12), text=DEALER_VIDEO,
                               location="抖音短视频", partner_name="乌鲁木齐天驰汽车4S店")
