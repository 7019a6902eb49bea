"""How score_letters.py compares one field of a letter's extraction with the expected one.

Split from score_letters.py (which runs the reader and aligns tasks) so each file holds one thing;
the rules are documented in score_letters.py's docstring. Standard library only.
"""
import json
import re
import unicodedata

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
