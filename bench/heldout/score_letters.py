#!/usr/bin/env python3
"""Score a letter reader against the hand-written expected extractions.

    python3 score_letters.py FOLDER [--project DIR] [--cmd TEMPLATE] [--province SLUG]
                             [--timeout S] [--json-out FILE] [--min PCT] [--show-stderr]

For every letter in FOLDER (any file that has a <stem>.expected.json beside it) it runs TEMPLATE from
DIR (default: the current directory). TEMPLATE defaults to

    python -m bot letter {file} --json --province {province}

{file} is the letter's absolute path, {province} the slug: --province (default tuyen-quang) unless
FOLDER/provinces.tsv names another for that letter's stem. A TEMPLATE without {file} gets the path
appended. The command must print the letter's JSON on standard output.

Fields scored:
  header  number, date, sender, subject                                         (4 per letter)
  task    title, deadline, deadline_text, recurrence, units, supporting, forms,
          recipient, steps (count), contents (count)                             (10 per expected task)
  extra   every predicted task that matches no expected one is one more field, always wrong
  bad     a letter whose expected "problems" is not empty scores one field: right when the command
          exits non-zero or prints a non-empty "problems" list
A good letter whose command fails, times out or prints no JSON has all its fields wrong.

Tasks are paired greedily: same deadline (or same recurrence period and day) first, then by title
words. Comparison rules: text is compared after NFC, removing diacritics (đ -> d), lower-casing and
"ủy ban nhân dân" -> "ubnd"; number ignores spaces (a blank number "/STTTT-CNTT" counts as null);
subject compares its words, a leading "V/v" optional; units, supporting and forms compare as sets
(forms: "số" and leading zeros ignored, "Phụ lục I–IV" / "Phụ lục I, II" expanded); recipient is right
when either contains the other (punctuation ignored), both null counts as right; title is right when at
least half of the expected title's words occur in it and it is at most 3x+5 words long; deadline_text
is right when equal, or when either contains the other and the shorter is at least half the longer.

Standard library only.
"""
import argparse
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import unicodedata

DEFAULT_CMD = "python -m bot letter {file} --json --province {province}"
TASK_FIELDS = ["title", "deadline", "deadline_text", "recurrence", "units", "supporting", "forms",
               "recipient", "steps", "contents"]
HEADER_FIELDS = ["number", "date", "sender", "subject"]


# ------------------------------------------------------------------ text normalisation
def fold(s):
    if s is None:
        return ""
    s = unicodedata.normalize("NFD", unicodedata.normalize("NFC", str(s)))
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("đ", "d").replace("Đ", "D").lower()
    s = s.replace("–", "-").replace("—", "-").replace("*", "")
    s = re.sub(r"\buy ban nhan dan\b", "ubnd", s)
    return " ".join(s.split())


def words(s):
    return [w for w in re.split(r"[^0-9a-z]+", fold(s)) if w]


def name_key(s):
    return " ".join(words(s))


ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}
ROMAN_BACK = {v: k for k, v in ROMAN.items()}


def form_keys(s):
    """'Phụ lục I–IV' -> {'phu luc i', ..., 'phu luc iv'}; 'Mẫu số 01' -> {'mau 1'}."""
    f = fold(s)
    f = re.sub(r"^(theo\s+)?(cac\s+)?", "", f)
    m = re.match(r"^(phu luc|bieu mau|bieu|mau)\b\s*(?:so\b)?\s*(.*)$", f)
    if not m:
        return {" ".join(words(f))}
    kind, rest = m.group(1), m.group(2).strip(" .;:,")
    if not rest:
        return {kind}
    out = set()
    for part in re.split(r"\s*(?:,|;|\bva\b)\s*", rest):
        part = part.strip()
        if not part:
            continue
        r = re.match(r"^([0-9]+|[ivx]+)\s*-\s*([0-9]+|[ivx]+)$", part)
        if r:
            a, b = r.group(1), r.group(2)
            roman = a in ROMAN and b in ROMAN
            lo = ROMAN[a] if roman else int(a) if a.isdigit() else None
            hi = ROMAN[b] if roman else int(b) if b.isdigit() else None
            if lo is not None and hi is not None and lo <= hi <= lo + 20:
                for n in range(lo, hi + 1):
                    out.add(f"{kind} {ROMAN_BACK.get(n, n) if roman else n}")
                continue
        part = " ".join(str(int(w)) if w.isdigit() else w for w in words(part))
        out.add(f"{kind} {part}")
    return out


def forms_set(lst):
    out = set()
    for x in lst or []:
        out |= form_keys(x)
    return out


# ------------------------------------------------------------------ field comparisons
def cmp_number(want, got):
    def norm(x):
        x = fold(x).replace(" ", "") if isinstance(x, str) else ""
        return "" if (not x or x.startswith("/") or x in ("null", "none")) else x
    return norm(want) == norm(got)


def cmp_plain(want, got):
    return (want or None) == (got or None)


def cmp_name(want, got):
    return name_key(want) == name_key(got)


def cmp_subject(want, got):
    def norm(x):
        w = words(x)
        if w[:2] == ["v", "v"]:
            w = w[2:]
        elif w[:2] == ["ve", "viec"]:
            w = w[2:]
        return w
    return norm(want) == norm(got)


def title_ok(want, got):
    e, p = set(words(want)), words(got)
    if not e or not p:
        return False
    if len(p) > 3 * len(e) + 5:
        return False
    return len(e & set(p)) / len(e) >= 0.5


def title_sim(want, got):
    e, p = set(words(want)), set(words(got))
    return len(e & p) / len(e) if e else 0.0


def cmp_deadline_text(want, got):
    a, b = " ".join(words(want)), " ".join(words(got))
    if not a or not b:
        return not a and not b
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return short in long_ and len(short) >= 0.5 * len(long_)


def cmp_recurrence(want, got):
    if not want or not got:
        return not want and not got
    if not isinstance(got, dict):
        return False
    try:
        return (fold(want.get("every")) == fold(got.get("every"))
                and int(want.get("day")) == int(got.get("day"))
                and str(want.get("first")) == str(got.get("first")))
    except (TypeError, ValueError):
        return False


def as_list(x):
    if x is None:
        return []
    if isinstance(x, str):
        return [x]
    return list(x) if isinstance(x, (list, tuple)) else []


def cmp_set(want, got):
    return {name_key(x) for x in as_list(want)} == {name_key(x) for x in as_list(got)}


def cmp_forms(want, got):
    return forms_set(as_list(want)) == forms_set(as_list(got))


def cmp_recipient(want, got):
    a, b = name_key(want), name_key(got)
    if not a or not b:
        return not a and not b
    return a in b or b in a


def cmp_count(want, got):
    return len(as_list(want)) == len(as_list(got))


TASK_CMP = {
    "title": title_ok, "deadline": cmp_plain, "deadline_text": cmp_deadline_text,
    "recurrence": cmp_recurrence, "units": cmp_set, "supporting": cmp_set, "forms": cmp_forms,
    "recipient": cmp_recipient, "steps": cmp_count, "contents": cmp_count,
}
HEADER_CMP = {"number": cmp_number, "date": cmp_plain, "sender": cmp_name, "subject": cmp_subject}


def short(v, n=60):
    if isinstance(v, list):
        if v and all(isinstance(x, str) for x in v) and len(v) > 4:
            return f"[{len(v)} items]"
        s = json.dumps(v, ensure_ascii=False)
    elif isinstance(v, dict):
        s = json.dumps(v, ensure_ascii=False)
    else:
        s = repr(v)
    return s if len(s) <= n else s[: n - 1] + "…"


def set_diff(want, got):
    w = {name_key(x): x for x in as_list(want)}
    g = {name_key(x): x for x in as_list(got)}
    miss = [w[k] for k in w if k not in g]
    extra = [g[k] for k in g if k not in w]
    parts = []
    if miss:
        parts.append("missing " + ", ".join(miss[:3]) + (f" (+{len(miss) - 3})" if len(miss) > 3 else ""))
    if extra:
        parts.append("extra " + ", ".join(extra[:3]) + (f" (+{len(extra) - 3})" if len(extra) > 3 else ""))
    return "; ".join(parts)


def describe(field, want, got):
    if field in ("units", "supporting"):
        return f"{field}: {set_diff(want, got)}"
    if field in ("steps", "contents"):
        return f"{field}: want {len(as_list(want))} got {len(as_list(got))}"
    return f"{field}: want {short(want)} got {short(got)}"


# ------------------------------------------------------------------ task alignment
def task_key(t):
    if not isinstance(t, dict):
        return None
    if t.get("deadline"):
        return ("d", str(t["deadline"]))
    r = t.get("recurrence")
    if isinstance(r, dict) and r.get("every"):
        try:
            return ("r", fold(r.get("every")), int(r.get("day")))
        except (TypeError, ValueError):
            return ("r", fold(r.get("every")), None)
    return None


def align(expected, predicted):
    pairs = []
    for i, e in enumerate(expected):
        for j, p in enumerate(predicted):
            if not isinstance(p, dict):
                continue
            ke, kp = task_key(e), task_key(p)
            s = (2.0 if ke is not None and ke == kp else 0.0) + title_sim(e.get("title"), p.get("title"))
            if s >= 0.25:
                pairs.append((s, i, j))
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_e, used_p, match = set(), set(), {}
    for s, i, j in pairs:
        if i in used_e or j in used_p:
            continue
        used_e.add(i)
        used_p.add(j)
        match[i] = j
    return match


# ------------------------------------------------------------------ running the reader
def parse_json(out):
    out = (out or "").strip()
    if not out:
        return None
    try:
        v = json.loads(out)
        return v if isinstance(v, dict) else None
    except ValueError:
        pass
    for line in reversed(out.splitlines()):
        line = line.strip()
        if line.startswith("{"):
            try:
                v = json.loads(line)
                if isinstance(v, dict):
                    return v
            except ValueError:
                pass
    a, b = out.find("{"), out.rfind("}")
    if 0 <= a < b:
        try:
            v = json.loads(out[a: b + 1])
            return v if isinstance(v, dict) else None
        except ValueError:
            return None
    return None


def build_argv(template, path, province):
    argv = shlex.split(template)
    if not any("{file}" in a for a in argv):
        argv.append("{file}")
    argv = [a.replace("{file}", path).replace("{province}", province) for a in argv]
    if argv and argv[0] == "python" and shutil.which("python") is None:
        argv[0] = sys.executable
    return argv


def run(argv, cwd, timeout):
    try:
        p = subprocess.run(argv, cwd=cwd, capture_output=True, text=True, timeout=timeout,
                           stdin=subprocess.DEVNULL)
        return p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired:
        return None, "", "timeout"
    except OSError as e:
        return None, "", f"cannot run: {e}"


# ------------------------------------------------------------------ scoring one letter
def score_letter(exp, rc, got):
    """Returns (right, total, misses, notes)."""
    misses, notes = [], []
    if exp.get("problems"):
        probs = got.get("problems") if isinstance(got, dict) else None
        ok = (rc != 0) or bool(probs)
        if not ok:
            misses.append(f"problems not flagged (want {short(exp['problems'])})")
        return (1 if ok else 0), 1, misses, notes

    exp_tasks = exp.get("tasks") or []
    total = len(HEADER_FIELDS) + len(TASK_FIELDS) * len(exp_tasks)
    if rc != 0 or not isinstance(got, dict):
        why = "command failed" if rc not in (0,) else "no JSON"
        if rc is None:
            why = "command could not run or timed out"
        return 0, total, [f"{why}: all {total} fields wrong"], notes

    right = 0
    for f in HEADER_FIELDS:
        if HEADER_CMP[f](exp.get(f), got.get(f)):
            right += 1
        else:
            misses.append(describe(f, exp.get(f), got.get(f)))
    pred = got.get("tasks")
    pred = pred if isinstance(pred, list) else []
    match = align(exp_tasks, pred)
    for i, e in enumerate(exp_tasks):
        tag = f"t{i + 1}"
        if i not in match:
            misses.append(f"{tag} ({short(e.get('title'), 40)}, {e.get('deadline') or short(e.get('recurrence'), 50)}): not found, {len(TASK_FIELDS)} fields wrong")
            continue
        p = pred[match[i]]
        for f in TASK_FIELDS:
            if TASK_CMP[f](e.get(f), p.get(f)):
                right += 1
            else:
                misses.append(f"{tag}.{describe(f, e.get(f), p.get(f))}")
    extra = [j for j in range(len(pred)) if j not in match.values()]
    for j in extra:
        p = pred[j] if isinstance(pred[j], dict) else {}
        total += 1
        misses.append(f"extra task: {short(p.get('title'), 40)} ({p.get('deadline') or short(p.get('recurrence'), 40)})")
    if got.get("problems"):
        notes.append(f"note: problems reported on a good letter (not counted): {short(got.get('problems'), 80)}")
    return right, total, misses, notes


def find_letters(folder):
    out = []
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if not os.path.isfile(path) or name.endswith(".expected.json") or name.startswith("."):
            continue
        stem, ext = os.path.splitext(name)
        if ext in (".py", ".tsv", ".md"):
            continue
        for cand in (os.path.join(folder, stem + ".expected.json"), path + ".expected.json"):
            if os.path.exists(cand):
                out.append((stem, path, cand))
                break
    return out


def read_provinces(folder):
    m = {}
    p = os.path.join(folder, "provinces.tsv")
    if os.path.exists(p):
        with open(p, encoding="utf-8") as f:
            for line in f:
                if line.strip() and not line.startswith("#"):
                    parts = line.split()
                    if len(parts) >= 2:
                        m[parts[0]] = parts[1]
    return m


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder")
    ap.add_argument("--project", default=".", help="directory to run the command from")
    ap.add_argument("--cmd", default=DEFAULT_CMD, help=f"command template (default: {DEFAULT_CMD!r})")
    ap.add_argument("--province", default="tuyen-quang")
    ap.add_argument("--timeout", type=float, default=120)
    ap.add_argument("--json-out", help="write per-letter details as JSON here")
    ap.add_argument("--min", type=float, help="exit 1 when the total percentage is below this")
    ap.add_argument("--show-stderr", action="store_true", help="print the command's stderr when it fails")
    a = ap.parse_args(argv)

    folder = os.path.abspath(a.folder)
    project = os.path.abspath(a.project)
    letters = find_letters(folder)
    if not letters:
        print(f"no letters with .expected.json in {folder}")
        return 2
    provinces = read_provinces(folder)
    rows, details = [], []
    field_tally = {}
    sum_r = sum_t = 0
    for stem, path, exp_path in letters:
        with open(exp_path, encoding="utf-8") as f:
            exp = json.load(f)
        argv_ = build_argv(a.cmd, path, provinces.get(stem, a.province))
        rc, out, err = run(argv_, project, a.timeout)
        got = parse_json(out)
        r, t, misses, notes = score_letter(exp, rc, got)
        sum_r += r
        sum_t += t
        kind = "bad" if exp.get("problems") else "good"
        rows.append((os.path.basename(path), kind, r, t, misses, notes,
                     (err or "").strip()[-400:] if (rc != 0 or got is None) else ""))
        details.append({"letter": os.path.basename(path), "kind": kind, "right": r, "total": t,
                        "exit": rc, "misses": misses, "notes": notes, "output": got})
        for m in misses:
            key = ("task not found" if re.match(r"^t\d+ \(", m)
                   else re.sub(r"^t\d+\.", "task.", m.split(":")[0]).split(" (")[0])
            field_tally[key] = field_tally.get(key, 0) + 1

    w = max(len(r[0]) for r in rows)
    print(f"{'letter'.ljust(w)}  kind  right/total")
    for name, kind, r, t, misses, notes, err in rows:
        print(f"{name.ljust(w)}  {kind:4}  {r:>3}/{t:<3}")
        for m in misses:
            print(f"{'':{w}}    - {m}")
        for n in notes:
            print(f"{'':{w}}    · {n}")
        if err and a.show_stderr:
            for line in err.splitlines()[-5:]:
                print(f"{'':{w}}    ! {line}")
    if field_tally:
        print("misses by field: " + ", ".join(f"{k} {v}" for k, v in sorted(field_tally.items(), key=lambda x: -x[1])))
    pct = 100.0 * sum_r / sum_t if sum_t else 0.0
    print(f"TOTAL  {sum_r}/{sum_t}  {pct:.1f}%  ({len(rows)} letters, {folder})")
    if a.json_out:
        with open(a.json_out, "w", encoding="utf-8") as f:
            json.dump({"right": sum_r, "total": sum_t, "percent": round(pct, 1), "letters": details},
                      f, ensure_ascii=False, indent=2)
    if a.min is not None and pct < a.min:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
