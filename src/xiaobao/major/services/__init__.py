"""Writes of the major-complaint module. Import the package: `services.grading.confirm(...)`,
`services.rootcause.create_task(...)`.

Every function is atomic, locks the complaint through the complaint module's services, writes a timeline event
on the case and an audit event in the same transaction.
"""

from xiaobao.major.services import accountability, grading, mediation, response, rootcause

__all__ = ["accountability", "grading", "mediation", "response", "rootcause"]
