"""Words officers use that the printed catalogue does not: abbreviations, everyday names, filler.

All entries are folded (no diacritics, lower case); `fold` is applied to questions before these apply.
"""
from __future__ import annotations

# Abbreviation or everyday phrase -> the catalogue's wording. Applied on whole words, longest first.
SERVICE_SYNONYMS: dict[str, str] = {
    "gpxd": "giay phep xay dung",
    "giay phep xd": "giay phep xay dung",
    "gplx": "giay phep lai xe",
    "bang lai xe": "giay phep lai xe",
    "bang lai": "giay phep lai xe",
    "bang xe": "giay phep lai xe",
    "cccd": "can cuoc cong dan",
    "can cuoc": "can cuoc cong dan",
    "cmnd": "chung minh nhan dan",
    "cmt": "chung minh nhan dan",
    "chung minh thu": "chung minh nhan dan",
    "bhyt": "bao hiem y te",
    "bhxh": "bao hiem xa hoi",
    "thpt": "trung hoc pho thong",
    "thcs": "trung hoc co so",
    "hkd": "ho kinh doanh",
    "dn": "doanh nghiep",
    "cty": "doanh nghiep",
    "cong ty": "doanh nghiep",
    "tncn": "thue ca nhan",
    "thue thu nhap ca nhan": "thue ca nhan",
    "bvtv": "bao ve thuc vat",
    "lltp": "ly lich tu phap",
    "so do": "quyen su dung dat",
    "so hong": "quyen so huu nha o",
    "visa": "thi thuc",
    "the chap": "giao dich bao dam",
    "thue mon bai": "le phi mon bai",
    "ho khau": "thuong tru",
    "xe may": "xe gan may",
    "moto": "mo to",
    "xe mo to": "mo to",
    "hoc ba": "hoc sinh",
    "csdl": "co so du lieu",
    "dldc": "du lieu dan cu",
    "dan cu": "dan cu",
    "dkkd": "dang ky kinh doanh",
    "gpkd": "giay phep kinh doanh",
    "khai tu": "khai tu",
    "mai tang": "mai tang",
    "xin phep xay dung": "giay phep xay dung",
    "cap phep xay dung": "giay phep xay dung",
    "bao tro xh": "bao tro xa hoi",
    "tro giup xh": "tro giup xa hoi",
    "tnmt": "tai nguyen va moi truong",
    "gtvt": "giao thong van tai",
    "khdt": "ke hoach va dau tu",
    "gddt": "giao duc va dao tao",
    "ldtbxh": "lao dong thuong binh va xa hoi",
    "khcn": "khoa hoc va cong nghe",
    "vhttdl": "van hoa the thao va du lich",
    "nnptnt": "nong nghiep va phat trien nong thon",
    "tttt": "thong tin va truyen thong",
    "ptnt": "phat trien nong thon",
    "nn": "nong nghiep",
    "hn": "hon nhan",
    "pccc": "phong chay chua chay",
    "hdnd": "hoi dong nhan dan",
    "ubnd": "uy ban nhan dan",
}

# Question words and politeness that carry no meaning for matching a service. Phrases first.
FILLER_PHRASES: tuple[str, ...] = (
    "cho em hoi", "cho minh hoi", "cho toi hoi", "cho chau hoi", "cho anh hoi", "cho chi hoi", "xin hoi",
    "em muon hoi", "minh muon hoi", "toi muon hoi", "lam on", "lam sao", "nhu the nao", "the nao", "ra sao",
    "han khi nao", "khi nao", "bao gio", "luc nao", "thoi han", "han chot", "han cuoi", "thoi gian",
    "phai lam gi", "can lam gi", "lam gi", "lam nhung gi", "co gi", "gom nhung gi", "nhung gi", "la gi",
    "bao nhieu ngay", "con bao nhieu", "con may ngay", "muc do may", "o dau", "duoc khong", "co khong",
    "dich vu cong truc tuyen", "dich vu cong", "dvctt", "dvc", "thu tuc", "tthc", "truc tuyen",
    "tren cong", "cong dich vu cong quoc gia", "cong quoc gia", "den han", "het han",
    "phai hoan thanh", "hoan thanh", "xong",
)
# A filler word is dropped only when it does not form a catalogue bigram with a neighbour
# ("hỏi" goes, "xã hội" stays), because folding makes many of them homographs of real words.
FILLER_WORDS: frozenset[str] = frozenset(
    "a ah ak oi nhe nha nhi vay ha ad admin bot ban minh toi em anh chi chau hoi xin giup "
    "voi gi nao sao dau khong ko k chua roi vs va ma la nhung cac nhieu cua duoc can phai".split()
)

# Words that, next to an agency name, still ask about the agency as a whole.
AGENCY_QUESTION_WORDS: frozenset[str] = frozenset(
    "phai lam gi viec nhiem vu giao duoc can nhung hang muc danh sach han khi nao bao gio co gom tat ca "
    "chu tri phoi hop tien do muc hien tai dang con lai cua so ben don vi co quan minh em toi".split()
)

HELP_WORDS: frozenset[str] = frozenset({
    "help", "huong dan", "tro giup", "giup", "giup do", "bot lam duoc gi", "lam duoc gi", "start", "menu",
    "hdsd", "cach dung", "su dung", "chao", "xin chao", "hello", "hi",
})

STATUS_WORDS_HINT = "xong, đang làm, kiểm thử, vướng mắc"
