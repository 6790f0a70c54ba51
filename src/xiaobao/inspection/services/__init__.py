"""Every change of sales quality inspection (销售质检), one module per sub-domain:

- `config`: the versioned inspection rules and the sampling plans (officers);
- `checks`: the automatic check of every transcript, and the sampling that picks calls for inspection;
- `workflow`: the inspector's work — take, decide findings, score, conclude; 不合格 opens a rectification task.
"""

from xiaobao.inspection.services import checks, config, workflow

__all__ = ["checks", "config", "workflow"]
