"""Helpers of bench/bench_complaints.py: HTTP load, case generation and queries, django-helpdesk side by side."""
