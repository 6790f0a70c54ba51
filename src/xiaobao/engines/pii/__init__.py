"""PII engine: find and mask personal data in Chinese text (pure Python, no Django).

    from xiaobao.engines.pii import scan, mask_text, Finding, MaskPolicy
"""

from .masking import MaskPolicy, Pseudonymizer, mask_text, mask_value
from .scanner import PII_TYPES, Finding, scan
from .validators import birth_date_from_id, is_valid_id_card, is_valid_luhn, is_valid_vin

__all__ = [
    "PII_TYPES",
    "Finding",
    "MaskPolicy",
    "Pseudonymizer",
    "birth_date_from_id",
    "is_valid_id_card",
    "is_valid_luhn",
    "is_valid_vin",
    "mask_text",
    "mask_value",
    "scan",
]
