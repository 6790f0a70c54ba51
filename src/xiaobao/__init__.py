"""xiaobao (消保): consumer-rights protection platform for Chinese P&C insurers."""

__version__ = "0.1.0"
