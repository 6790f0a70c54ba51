"""Demo partners in every state (registered, under admission, admitted, exited, blacklisted, lifting requested,
licence expiring), with an agreement whose checklist the scan pre-filled, violations and an evaluation — all
through the services (`xiaobao demo`)."""

from __future__ import annotations

import io
from datetime import timedelta

import docx
from django.db import transaction

from xiaobao.org.models import Institution, User
from xiaobao.partners import credit_code, selectors, services
from xiaobao.partners.codes import Kind, Source
from xiaobao.partners.models import Partner

AGREEMENT_PARAGRAPHS = (
    "保险兼业代理合作协议",
    "第一条 信息安全：乙方对客户信息负有保密义务，不得泄露、出售或者非法向他人提供。",
    "第二条 服务收费：乙方不得向投保人收取保险费以外的任何费用，手续费按附件标准结算。",
    "第三条 信息披露：乙方应向投保人如实告知保险责任、责任免除等重要内容。",
    "第四条 违约责任：一方违约的，应承担赔偿责任。",
    "第五条 争议解决：因本协议发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。",
)  # no service-continuity and no emergency-handling clause: the checklist shows them missing


def _code(body: str) -> str:
    """A valid credit code for a 17-character body (the check character computed)."""
    return body + credit_code.check_character(body)


def _agreement() -> services.Upload:
    document = docx.Document()
    for text in AGREEMENT_PARAGRAPHS:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    buffer.seek(0)
    return services.Upload("兼业代理合作协议.docx", buffer)


@transaction.atomic
def seed() -> None:
    """Idempotent: does nothing once demo partners exist."""
    if Partner.objects.exists():
        return
    keeper = User.objects.filter(username="xj.officer1").first()
    approver = User.objects.filter(username="xj.officer2").first()
    subs = list(Institution.objects.filter(level=Institution.Level.SUB_INSTITUTION).order_by("path")[:3])
    if keeper is None or approver is None or len(subs) < 3:
        return
    today = selectors.today()

    def register(name: str, kind: str, body: str, **extra: object) -> Partner:
        partner, _created = services.partner_register(by=keeper, name=name, kind=kind, credit_code=_code(body),
                                                      institutions=extra.pop("institutions", subs[:1]), **extra)
        return partner

    def admit(partner: Partner) -> Partner:
        partner = services.step(partner_id=partner.pk, version=partner.version, action="request_admission",
                                by=keeper, note="资质材料齐全，经营许可证在有效期内。")
        return services.step(partner_id=partner.pk, version=partner.version, action="approve_admission",
                             by=approver, note="同意准入。")

    bank = admit(register("天山农村商业银行股份有限公司", Kind.BANK, "91650100MA7765432",
                          licence_number="兼业代理许可 6501-0032", licence_expires_on=today + timedelta(days=400),
                          business_scope="代理销售意外险、家财险、车险", institutions=subs[:2]))
    services.agreement_upload(partner_id=bank.pk, by=keeper, upload=_agreement(), signed_on=today - timedelta(days=300),
                              expires_on=today + timedelta(days=45), number="HZ-2026-001")
    services.contact_add(partner_id=bank.pk, by=keeper, name="马建国", phone="13899123456", role="渠道负责人")
    dealer = admit(register("乌鲁木齐天驰汽车销售服务有限公司", Kind.DEALER, "91650104MA7712345",
                            licence_number="兼业代理许可 6501-0107", licence_expires_on=today + timedelta(days=20),
                            business_scope="代理销售机动车辆保险", former_names=["乌鲁木齐天驰汽车4S店"]))
    services.violation_record(partner_id=dealer.pk, by=keeper, what="销售人员宣称“全险什么都赔”，误导投保人。",
                              occurred_on=today - timedelta(days=40), source=Source.MONITORING, reference="监测-0007")
    listing = services.listing_request(partner_id=dealer.pk, by=keeper, reason="多次误导销售车险，经检查属实。",
                                       starts_on=today - timedelta(days=10))
    services.listing_act(listing_id=listing.pk, version=listing.version, action="approve_listing", by=approver,
                         note="同意列入黑名单。")
    travel = admit(register("新疆丝路国际旅行社有限公司", Kind.TRAVEL, "91650102MA7798765",
                            licence_expires_on=today + timedelta(days=200), institutions=subs[1:2]))
    listing = services.listing_request(partner_id=travel.pk, by=keeper, reason="旅行意外险代收费用未及时转交。",
                                       starts_on=today - timedelta(days=90), ends_on=today + timedelta(days=90))
    listing = services.listing_act(listing_id=listing.pk, version=listing.version, action="approve_listing",
                                   by=approver, note="同意。")
    services.listing_act(listing_id=listing.pk, version=listing.version, action="request_lift", by=keeper,
                         note="已完成整改并退还全部费用。")
    rescue = admit(register("新疆安途道路救援服务有限公司", Kind.RESCUE, "91650106MA7754321",
                            institutions=subs[2:3]))
    rescue = services.step(partner_id=rescue.pk, version=rescue.version, action="request_exit", by=keeper,
                           note="合作到期，不再续约。")
    services.step(partner_id=rescue.pk, version=rescue.version, action="approve_exit", by=approver, note="同意退出。")
    platform = register("某互联网保险服务平台有限公司", Kind.PLATFORM, "91110108MA0123456")
    services.step(partner_id=platform.pk, version=platform.version, action="request_admission", by=keeper,
                  note="拟合作开展线上意外险销售，提交准入审核。")
    register("天山保险公估有限公司", Kind.ADJUSTER, "91650100MA7700001", licence_number="公估许可 0001")
    # the outsourced call centre of the demo's misleading telephone sale (traceability's demo names it): its failed
    # inspection shows in this year's evaluation figures
    admit(register("新疆声联呼叫服务有限公司", Kind.CALL_CENTRE, "91650100MA7790001", institutions=subs[:1],
                   business_scope="电话营销外包服务"))
    services.evaluate(partner_id=bank.pk, by=keeper, year=today.year - 1)
