"""Writes of the complaint module. Import the package: `services.register(...)`, `services.transfer(...)`.

Every function is atomic, locks the case, checks the transition table and the case version, writes a
timeline event and an audit event in the same transaction.
"""

from xiaobao.complaints.services.attachments import attachment_add, attachment_open
from xiaobao.complaints.services.intake import ComplainantIn, ComplaintIn, register
from xiaobao.complaints.services.intake_batch import MAX_BATCH, BatchItem, BatchOutcome, register_batch
from xiaobao.complaints.services.workflow import (
    accept,
    add_note,
    approve,
    assign,
    close,
    decline,
    extend,
    merge,
    perform,
    reconsider,
    record_contact,
    reopen,
    return_for_rework,
    send_back,
    submit,
    transfer,
    withdraw,
)

__all__ = [
    "MAX_BATCH",
    "BatchItem",
    "BatchOutcome",
    "ComplainantIn",
    "ComplaintIn",
    "accept",
    "add_note",
    "approve",
    "assign",
    "attachment_add",
    "attachment_open",
    "close",
    "decline",
    "extend",
    "merge",
    "perform",
    "reconsider",
    "record_contact",
    "register",
    "register_batch",
    "reopen",
    "return_for_rework",
    "send_back",
    "submit",
    "transfer",
    "withdraw",
]
