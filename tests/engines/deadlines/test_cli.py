import json

from xiaobao.engines.deadlines.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_due(capsys):
    code, out, _ = run(capsys, "due", "--received", "2025-09-26T10:00")
    assert code == 0
    data = json.loads(out)
    assert data["due_date"] == "2025-10-11"
    assert data["due_at"] == "2025-10-12T00:00:00+08:00"
    assert data["warnings"] == []
    assert data["rule_version"] == "CBIRC-2020-3"


def test_due_extended(capsys):
    code, out, _ = run(capsys, "due", "--received", "2025-09-26T10:00", "--extended-to", "30")
    assert code == 0
    assert json.loads(out)["due_date"] == "2025-10-27"


def test_due_beyond_cap_is_exit_2(capsys):
    code, _, err = run(capsys, "due", "--received", "2025-09-26T10:00", "--extended-to", "61")
    assert code == 2
    assert json.loads(err)["error"] == "invalid"


def test_gap_and_allow_gap(capsys):
    code, _, err = run(capsys, "due", "--received", "2026-12-26T10:00")
    assert code == 2
    assert json.loads(err)["year"] == 2027
    code, out, _ = run(capsys, "--allow-gap", "due", "--received", "2026-12-26T10:00")
    assert code == 0
    assert "2027" in json.loads(out)["warnings"][0]


def test_calendar_file(capsys, tmp_path):
    path = tmp_path / "cal.json"
    path.write_text(json.dumps({"overrides": {"2027-01-10": True}, "extra_years": [2027]}), encoding="utf-8")
    code, out, _ = run(capsys, "--calendar", str(path), "due", "--received", "2026-12-26T10:00")
    assert code == 0
    assert json.loads(out)["due_date"] == "2027-01-10"


def test_reconsideration_period_rules_and_usage(capsys):
    code, out, _ = run(capsys, "reconsideration", "--notified", "2025-10-10T09:00")
    assert (code, json.loads(out)["due_date"]) == (0, "2025-11-10")
    code, out, _ = run(capsys, "period", "--from", "2025-09-16", "--days", "15")
    assert (code, json.loads(out)["due_date"]) == (0, "2025-10-09")
    code, out, _ = run(capsys, "rules")
    assert code == 0
    assert json.loads(out)[0]["decision_days"] == 15
    code, _, err = run(capsys, "due")
    assert code == 2
    assert json.loads(err)["error"] == "usage"
    code, _, err = run(capsys, "due", "--received", "yesterday")
    assert code == 2
