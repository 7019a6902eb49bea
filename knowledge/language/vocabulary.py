"""Words officers use that the printed catalogue does not: abbreviations, everyday names, filler.

All entries are folded (no diacritics, lower case); `fold` is applied to questions before these
apply.
"""

from __future__ import annotations

from knowledge.language.text import MarkedPhrases, MarkedWords

# Abbreviation or everyday phrase -> the catalogue's wording. Applied on whole words, longest
# first.
SERVICE_SYNONYMS: dict[str, str] = {
    "gpxd": "giay phep xay dung",
    "giay phep xd": "giay phep xay dung",
    "gplx": "giay phep lai xe",
    "bang lai xe": "giay phep lai xe",
    "bang lai": "giay phep lai xe",
    # "bằng xe" alone is also "by car" ("vận tải bằng xe ô tô"); "bằng xe máy" is the licence
    "bang xe may": "giay phep lai xe",
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
    # the initials of "quyền sử dụng đất" (406-20), typed "qsdđ"; "đối tượng" shares them folded
    "qsdd": "quyen su dung dat",
    "so hong": "quyen so huu nha o",
    "visa": "thi thuc",
    "passport": "ho chieu",
    "shcn": "so huu cong nghiep",
    "btxh": "bao tro xa hoi",
    "xh": "xa hoi",
    # the land-use fee and land rent are what 406-39 pays ("nghĩa vụ tài chính về đất đai")
    "tien su dung dat": "nghia vu tai chinh dat dai",
    "tien thue dat": "nghia vu tai chinh dat dai",
    "mau giao": "mam non",
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
    # "GP" is the "giấy phép" of GPXD, GPLX, GPKD, typed alone before what it permits
    "gp": "giay phep",
    "khai tu": "khai tu",
    # the death notice ("giấy báo tử") is the paper the death registration is made on, and
    # "cắt (hộ) khẩu" is the household's striking-off, which 406-8 does beside it
    "giay bao tu": "khai tu",
    "bao tu": "khai tu",
    "cat khau": "xoa dang ky thuong tru",
    "cat ho khau": "xoa dang ky thuong tru",
    # the fee a school charges, by its everyday name ("tiền học", "tiền học phí")
    "tien hoc": "hoc phi",
    "tien hoc phi": "hoc phi",
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
    # The shorthand of any office's paperwork ("đk" is also "đăng ký": AMBIGUOUS_SYNONYMS).
    # "đky", "dki": the "đk" of "đăng ký" with the vowel of its second syllable typed
    "dky": "dang ky",
    "dki": "dang ky",
    "ds": "danh sach",
    "hs": "ho so",
    "bc": "bao cao",
    "vb": "van ban",
}

# School grades as the catalogue's levels: "tuyển sinh lớp 1" is the intake of "tiểu học", "lớp
# 6" of "trung học cơ sở", "lớp 10" of "trung học phổ thông" (the grades of each level by the
# Education Law: 1–5, 6–9, 10–12).
SERVICE_SYNONYMS.update(
    {f"lop {grade}": "tieu hoc" for grade in range(1, 6)}
    | {f"lop {grade}": "trung hoc co so" for grade in range(6, 10)}
    | {f"lop {grade}": "trung hoc pho thong" for grade in range(10, 13)}
)

# Initial consonants Vietnamese writers confuse, because their dialect says them alike: "ch" and
# "tr", "s" and "x", "d", "gi" and "r", "l" and "n" ("thường chú" for "thường trú", "sử lý" for
# "xử lý"). A word is read with another only where that makes a pair the documents print.
CONFUSED_INITIALS: tuple[tuple[str, ...], ...] = (
    ("ch", "tr"),
    ("s", "x"),
    ("d", "gi", "r"),
    ("l", "n"),
)

# Shorthand with several spellings: the one that pairs with a neighbour into wording a title
# prints wins ("đk thường trú" is "đăng ký thường trú", "đủ đk" is "đủ điều kiện"); the first
# when neither does.
AMBIGUOUS_SYNONYMS: dict[str, tuple[str, ...]] = {
    "dk": ("dang ky", "dieu kien"),
}

# Function and question words, as printed: many fold onto syllables of the catalogue ("cần" and
# "căn", "hỏi" and "hội", "bao giờ" and "bảo hiểm", "bạn" and "bán", "là" and "lá", "thì" and
# "thi", "nha" and "nhà"). Typed without marks they are these words unless they pair with a
# neighbour into catalogue wording ("căn cước", "xã hội"); typed with other marks they are the
# other word ("bán lẻ", "thuốc lá", "nhà ở"). Words absent from every title need no entry: the
# data already says they carry no evidence.
QUESTION_MARKED = MarkedWords(
    """a à á ạ ai ak ah anh bạn bao bên biết bot các cần chị chỉ cho chốt có còn con của đã dạ đang
    đâu đến đó do được em gì giờ gồm hả hà hạn hay hết hoặc hỏi khi không ko là làm mà mấy mình
    mới mọi mỗi mục muốn năm nào này nay nên ngày nha nhá nhé nhỉ nhiêu nhiều những nhưng ở ơi phải
    qua quá rồi sao sở số tại tháng thế thì tôi tới trong từ vào và vậy về với xem xin"""
)
QUESTION_WORDS: frozenset[str] = QUESTION_MARKED.folds

# Particles that close what is said ("gửi trước 20/4 nha", "vậy nhé"): typed without marks
# before words of content they are other words ("xây nha 3 tầng" is "nhà").
CLOSING_PARTICLES = MarkedWords("nha nhá nhé nhỉ")
# Particles that close a statement with emphasis ("là vướng mắc chứ, chưa có kinh phí", "xong rồi
# cơ"): typed without marks they are other words before content ("chu" is "chủ", "co" "có"), so
# only one the clause ends on (a comma after it, or the end) is the particle.
EMPHATIC_PARTICLES = MarkedWords("chứ cơ")

# Asking to send a file again ("nhầm file, gửi lại", "up lại tệp"): a sending verb followed by
# "lại", beside a file word (knowledge/reader/resend_words.py).
RESEND_PHRASES = MarkedPhrases(("gửi lại", "gởi lại", "nộp lại", "up lại", "tải lại"))
FILE_WORDS = MarkedPhrases(("tệp", "file", "tập tin", "tệp tin"))
# ... or, with no file word, beside a word of error and only talk ("à nhầm, để em gửi lại"):
# "để" lets the writer do it ("let me")
RESEND_LEADS = MarkedWords("để")

# What every row of the catalogues is — an online public service put on the national portal — so
# these words name the domain, not one service ("thủ tục nào", "đưa lên cổng").
DOMAIN_PHRASES: tuple[str, ...] = (
    "cong dich vu cong quoc gia",
    "cong dvc quoc gia",
    "cong dvcqg",
    "cong quoc gia",
    "cong dvc",
    "tren cong",
    "qua cong",
    "quoc gia",
    "dich vu cong truc tuyen",
    "dich vu cong",
    "dich vu",
    "dvctt",
    "dvc",
    "thu tuc hanh chinh",
    "thu tuc",
    "tthc",
    "truc tuyen",
    "online",
    "qua mang",
    "tren mang",
    "tich hop",
    "len cong",
    "muc do",
    # "đưa lên (cổng, mức 4)": putting a service online, whichever ("đưa" is in no title)
    "dua len",
)

# The nouns an officer names their own unit by ("đơn vị em", "cơ quan nào"): about an agency,
# never about a service.
UNIT_NOUNS: tuple[str, ...] = ("don vi", "co quan")

# Words officers borrow for the reader's own words, as the reader reads them.
LOANWORDS: dict[str, str] = {
    "deadline": "hạn",
}

# The function words of the Central provinces' speech, as the reader's own: "tuần ni" is "tuần
# này", "hạn chi" "hạn gì", "cái mô" "cái nào", "răng" "sao", "rứa" "vậy", "chừ" "giờ". Only where
# a function word stands (the question's end, or before another function word: "tuần ni có",
# "cái chi rứa"), and not in wording the documents print ("chi phí"). "mô", "răng", "rứa", "chừ"
# only as typed with their marks: without, they are "mổ", "rang", "rửa", "chủ".
REGIONAL_WORDS: dict[str, str] = {
    "ni": "này",
    "chi": "gì",
    "mô": "nào",
    "răng": "sao",
    "rứa": "vậy",
    "chừ": "giờ",
}
REGIONAL_MARKED = frozenset({"mô", "răng", "rứa", "chừ"})

HELP_WORDS: frozenset[str] = frozenset(
    {
        "help",
        "huong dan",
        "tro giup",
        "giup",
        "giup do",
        "bot lam duoc gi",
        "lam duoc gi",
        "start",
        "menu",
        "hdsd",
        "cach dung",
        "su dung",
        "chao",
        "xin chao",
        "hello",
        "hi",
    }
)

STATUS_WORDS_HINT = "xong, đang làm, kiểm thử, vướng mắc"

# -- the reader's function words, as printed (marks matter: see `MarkedWords`) -----------------
# Each set is reviewed here, with what it is for; a word typed with other marks is another word.

# Words that name a row by its number: "mục 22", "số 22", "dòng 22", "STT 22", and "TT 22", the
# header of the number column in the seeds' tables (BIỂU 01 prints "TT"). Typed with other marks
# they are other words: "mức 4" is a level, "sở 4" and "sổ" are not rows.
ROW_WORDS = MarkedWords("mục stt tt dòng hàng item số")
# What a catalogue row is also called before its ordinal: "thủ tục thứ 3", "dịch vụ thứ ba mươi
# chín" (a row word takes one too: "mục thứ 14"). Without "thứ" a number after them is no row.
ORDINAL_ROW_NOUNS = MarkedPhrases(("thủ tục", "dịch vụ", "dịch vụ công", "dvc", "tthc"))
# What may follow a row's number typed as one unmarked word ("muc tam", "dong sau") for the word
# to be that number: the end of what is asked ("là gì", "nào", a particle). Before anything
# else it is another word: "so tu phap" is "Sở Tư pháp", "so bon em" "sở bọn em", "muc nam nay"
# "mục năm nay".
AFTER_A_ROW_NUMBER = MarkedWords("là gì nào đâu ạ à a ah ak ad vậy thế nhé nhỉ nha ơi hả")

# Between a form's words and its number: "biểu mẫu 02", "biểu số 02", "phụ lục số 3".
FORM_FILLER = MarkedWords("mẫu số")
# The kinds of form the letters print before a number ("Biểu 02", "Mẫu số 01", "Phụ lục I",
# "Biểu mẫu số 03": issue 19's list): with a number after them they name a form, one no task of
# the province asks for too, never a row ("mẫu số 02 nộp cho ai" is no question about 406-2).
# "mẫu" with its marks or none: "máu" is another word.
FORM_KINDS = MarkedPhrases(("biểu", "mẫu", "phụ lục"))

# What a letter is called before its number: "công văn 415", "cv số 415", "văn bản 3363"; "vb"
# and "cv" as officers shorten them. The number itself is read off the letters in force.
LETTER_WORDS = MarkedPhrases(("công văn", "văn bản", "cv", "vb"))
# The last word of a document's name ("các văn bản", "công văn", "hướng dẫn"): "<it> của <agency>"
# names the agency that wrote it
LETTER_NOUNS = MarkedWords("bản văn cv vb dẫn")
# "theo kế hoạch", "trong kế hoạch": before a word that is also an agency's short name, the
# document it names (according to it, in it), not the agency
DOCUMENT_BEFORE = MarkedWords("theo trong")
LETTER_NUMBER_WORDS = MarkedWords("số")

# Words that take a service level: "lên mức 4", "đạt mức 3", "nâng mức độ" (406-11 prints it),
# "đủ điều kiện mức 4" (the letters' wording; "dk" as officers shorten "điều kiện"). After them an
# unmarked "muc 4" is the level, not row 4.
LEVEL_VERBS = MarkedWords("lên đạt nâng kiện dk")

# The tiers of government, listed after "cấp" ("cấp tỉnh, huyện, xã"): a list of them says at
# which tiers a procedure is counted, never which service (one tier alone, "cấp huyện", can
# tell rows apart, and "cấp xã hội" is "trợ cấp xã hội": see parse.py).
TIER_OPENER = MarkedWords("cấp")
TIER_WORDS = MarkedWords("tỉnh huyện xã")

# "trước 20/4", "đến 30/9", "tới 30/9": what falls due from today until that day.
UNTIL_WORDS = MarkedWords("trước đến tới")
# "tháng sau", "tuần tới": the next one. "tháng sáu" is June and "tôi" is "I".
NEXT_WORDS = MarkedWords("sau tới")
# "sang tuần", "sang tháng": the next one. Typed "sáng" it is the morning.
ONWARD_WORDS = MarkedWords("sang")
# "lỡ hạn", "nợ hạn": past the deadline, like "quá hạn". Typed without marks ("lo han", "no han")
# only where nothing of content follows ("lo hạn chế", "lo hạn 20/4" are other words).
LATE_MARKED = MarkedWords("lỡ nợ")
# "tháng này", "quý hiện tại".
THIS_WORDS = MarkedWords("này hiện")
# "tháng trước", "quý trước", "tuần rồi", "tháng qua": the one before this one. After "vừa" ("tháng
# vừa rồi", "quý vừa qua") too.
LAST_WORDS = MarkedWords("trước rồi qua")
JUST_WORDS = MarkedWords("vừa")

# Prepositions, as printed: what follows one says where, for whom or about what ("trong nước",
# "tại các cơ quan", "cho người nước ngoài", "qua mạng"), never which service.
PREPOSITIONS = MarkedWords("trong ngoài tại ở với về cho của từ vào qua giữa theo")
# Where something is: an agency or a district after them is a place ("số điện thoại taxi ở thành
# phố Tuyên Quang"), not whom the question is about.
PLACE_WORDS = MarkedWords("ở tại")
# Conjunctions close a phrase: what a title prints after "và" is a phrase of its own ("hộ kinh
# doanh | và | đăng ký thuế").
CONJUNCTIONS = MarkedWords("và hoặc")

# The words that ask what: "gì", "nào", "đâu". "đầu" (as in "đầu tư", "đầu cấp") is not "đâu".
INTERROGATIVES = MarkedWords("gì nào đâu")
# "what", asked of an agency ("… được phân công gì", "… lo gì"): what it is charged with, where
# "mấy giờ", "ai", "ở đâu", "bao nhiêu" ask a time, a person, a place, a count of something else
WHAT_WORDS = MarkedWords("gì")

# Conversation around a question, in any domain: pronouns and forms of address, particles, the
# verbs of asking and showing, quantifiers. They say nothing of which service is meant, and none
# of them is a catalogue's wording on its own (a word that pairs with a neighbour into a title's
# wording, "trợ giúp", still counts there). General Vietnamese, not any question's phrasing.
CHAT_WORDS = MarkedWords(
    # address and pronouns
    "anh chị em mình tôi tui tớ bạn ad admin bot ơi ạ dạ vâng"
    # particles
    " à ừ nhé nhá nha nhỉ vậy thế hả hở đi luôn với chứ mà cơ đó này kia ấy thôi giùm dùm"
    # asking, showing, looking up
    " hỏi xem coi tra cứu biết cho giúp nhờ xin liệt kê nói bảo kiểm"
    # quantifiers, classifiers and the like ("cái gì", "mấy cái")
    " những các mấy bao nhiêu tất cả toàn bộ mọi cả từng cái"
    # time and modality around the verb
    " đã đang sẽ vẫn rồi sắp nên được bị có không chưa ko k hông"
)

# The verbs of the work itself, whatever the service: sending, doing, preparing, reporting, paying
# ("nộp", "đóng": "đóng học phí" is 406-49, "đóng đoàn phí" a fee no catalogue lists). Beside a
# service's words they name no other service ("gửi", "làm", "chuẩn bị"). The two-word verbs count
# only whole: "thực" alone is the "thực" of "chứng thực", "thực phẩm". "đóng" only as typed with
# its marks: "dong" is as often "động" ("bất động sản"), "đồng" or "dòng".
WORK_WORDS = MarkedWords("gửi nộp đóng làm xong", marked_only="đóng")
# Sending a document in, the act a provincial task asks for: "phải gửi gì trước 20/4" asks what
# the task due then wants sent, "có gì đến hạn trước 20/4" what falls due (typed without marks too)
SEND_WORDS = MarkedWords("gửi nộp")
# What the asker will do with the answer ("… để em bàn giao", "… để báo cáo lãnh đạo"): the words
# after it are the asker's purpose, not what is asked. Only as typed with its marks: "de" is as
# often "đề" ("đề xuất", "đề nghị").
PURPOSE_WORDS = MarkedWords("để", strict=True)
# The roles the assignment tables give ("chủ trì", "phối hợp"; "phụ trách" as officers say the
# lead's) are the work too: "bên em chủ trì <a service>" names that service and no other.
WORK_PHRASES = MarkedPhrases(
    (
        "thực hiện",
        "triển khai",
        "chuẩn bị",
        "hoàn thành",
        "cập nhật",
        "chủ trì",
        "phối hợp",
        "phụ trách",
        # handling the work ("còn gì cần xử lý"): the verb of any case or dossier, which only the
        # fines' titles print beside their own words ("xử lý vi phạm")
        "xử lý",
        # a sending verb with the direction it goes, up or back ("gửi lên tỉnh", "nộp về sở"):
        # the direction is the verb's, no word of a service
        "gửi lên",
        "nộp lên",
        "gửi về",
        "nộp về",
    )
)
# First person, for the asker's own agency: "em", "mình", "tôi", "chúng tôi", "bọn em".
FIRST_PERSON = MarkedWords("em mình tôi tui tớ")
# The whole province: "toàn tỉnh", "tỉnh mình", "cả tỉnh" (an agency's name that holds "tỉnh",
# "Công an tỉnh", is read as that agency first).
PROVINCE_WORDS = MarkedWords("tỉnh")
# "hạn tỉnh giao": the date the province set, the frame of a deadline question, no service's words
ASSIGN_WORDS = MarkedWords("giao")
# Obligation: "phải làm gì", "cần làm gì": what the asker's agency must do.
DUTY_WORDS = MarkedWords("phải cần")
# What an agency is charged with, as the letters' assignment sections name it ("trách nhiệm của
# các sở, ngành", "các nhiệm vụ của địa phương", "cán bộ phụ trách"), and the verb of handing it
# out ("phân công", as "giao"): "<agency> có trách nhiệm gì", "bên em phụ trách mấy mục" ask its
# duties, no other topic.
DUTY_PHRASES = MarkedPhrases(("trách nhiệm", "nhiệm vụ", "phụ trách", "phân công"))
# Writing on a unit's behalf: "ghi thay Hàm Yên …", "ghi cho Viễn thông …" (the words an admin
# puts before the unit's name; they are no part of any unit's name).
BEHALF_WORDS = MarkedWords("ghi thay cho")
