"""Everyday names of the rows of Quyết định 406/QĐ-TTg (see everyday.py). One block per row, in
the catalogue's order; an entry that serves several rows says so. The sub-rows of row 11 connect
the sectors' data to the population database: no citizen names them, they have no entries. The
social assistance rows, 406-23 to 406-33, are in everyday_406_social.py."""

from __future__ import annotations

from knowledge.language.everyday import Everyday as E
from knowledge.language.everyday_406_social import EVERYDAY_406_SOCIAL

# the cars, whose plates 406-21 (motorbikes) does not issue
CARS = "ô tô|xe tải|xe con|xe khách"

EVERYDAY_406: tuple[E, ...] = (
    # 406-1 the citizen's identity card made, made again or changed: the card damaged, lost, or
    # its details out of date; since 2021 a card is what replaces the old ID paper ("đổi chứng
    # minh"), the card's abbreviation typed with the act is the same act
    E(
        "act",
        "406-1",
        "làm lại căn cước|làm căn cước|đổi căn cước|làm lại thẻ căn cước|làm cccd|đổi cccd"
        "|làm lại cccd|đổi chứng minh|đổi cmnd|đổi sang căn cước",
    ),
    E("event", "406-1", "mất căn cước|hỏng căn cước|mất thẻ căn cước|thẻ căn cước bị hỏng"),
    # the card itself; "thẻ chip" alone is as often a bank card
    E("thing", "406-1", "thẻ căn cước|căn cước gắn chip|căn cước chip"),
    # 406-2, 411-15 a paper that the old ID number and the new card's number are one person's
    E(
        "thing",
        "406-2 411-15",
        "số chứng minh cũ|chứng minh cũ|chứng minh 9 số|căn cước 12 số|giấy xác nhận số",
    ),
    E("act", "406-2 411-15", "xác nhận số cũ|xác nhận số chứng minh|xác nhận chứng minh"),
    # other papers (bank, land, insurance) still print the old number: why the paper is asked
    E("event", "406-2 411-15", "không khớp số|lệch số chứng minh|sai số chứng minh"),
    # 406-3 to 406-6 the residence declarations, made to the police where one lives
    E(
        "act",
        "406-3 406-4 406-5 406-6",
        "báo công an|khai với công an|khai báo với công an|trình báo công an|báo với công an"
        "|khai báo công an|báo cho công an",
    ),
    # 406-3 the permanent residence: joining, moving or splitting a household's registration;
    # "nhập khẩu" of goods is trade, not a household
    E(
        "act",
        "406-3",
        "nhập khẩu|nhập hộ khẩu|chuyển khẩu|chuyển hộ khẩu|tách khẩu|tách hộ|lên hộ khẩu"
        "|về ở hẳn|ở hẳn|định cư lâu dài",
        unless="nhập khẩu hóa chất|hóa chất nhập khẩu|hàng nhập khẩu|hàng hóa nhập khẩu"
        "|xuất nhập khẩu|thuế nhập khẩu|xe nhập khẩu|ô tô nhập khẩu",
    ),
    # what moves a household for good: a bride to her husband's, a family to the home it bought
    E("event", "406-3", "về nhà chồng|về làm dâu|mua nhà mới"),
    # 406-4 the temporary residence: living for a while where one rents, boards or works
    E("event", "406-4", "thuê trọ|thuê phòng|thuê nhà|ở trọ|ở thuê|ở ký túc xá"),
    E("thing", "406-4", "phòng trọ|nhà trọ|khu trọ|xóm trọ|ký túc xá|chủ nhà trọ|chủ trọ"),
    E("who", "406-4", "công nhân|người lao động ngoại tỉnh|sinh viên|người thuê"),
    # 406-4, 406-5 how long one stays away from home: what the residence rules count (months);
    # "cả năm", "dài hạn" are as often a year's report or a loan's term
    E("who", "406-4 406-5", "nhiều tháng|vài tháng|lâu ngày|nửa năm"),
    # 406-5 the declared absence: leaving one's home place for a long while ("vắng mặt" is a
    # meeting's absence; doing military service is the army's registration, not this)
    E(
        "event",
        "406-5",
        "đi vắng|vắng nhà|đi xa|đi làm ăn xa|đi làm xa|đi khỏi địa phương"
        "|rời địa phương|đi chữa bệnh xa|đi học xa",
    ),
    # 406-6 the stay notice: a guest sleeping over at a home, a lodging house's guests
    E("event", "406-6", "ngủ lại|ngủ nhờ|qua đêm|nghỉ lại|ở chơi|lên chơi|về chơi|đến chơi"),
    E("thing", "406-6", "nhà nghỉ|khách sạn|nhà khách|khách lưu trú"),
    E("who", "406-6", "người thân|khách đến|có khách|khách du lịch|bạn bè"),
    # 406-7, 411-12 a birth registered (and, for 406-7, the child's residence and health card)
    E("event", "406-7 411-12", "mới sinh|vừa sinh|sinh con|sinh cháu|vừa đẻ|mới đẻ"),
    # the birth paper made is the act the birth asks for, not another event
    E("act", "406-7 411-12", "làm giấy khai sinh|làm khai sinh"),
    E("who", "406-7 411-12", "em bé|trẻ sơ sinh|con mới sinh|cháu mới sinh|bé mới sinh"),
    E("thing", "406-7", "thẻ bảo hiểm cho bé|thẻ bảo hiểm cho con|thẻ bảo hiểm cho cháu"),
    # 406-8 a death registered, struck off the household, and the burial allowance ("chết rồi"
    # is as often "oh no")
    E("event", "406-8", "qua đời|từ trần|tạ thế|báo tử|đã chết|vừa chết"),
    # "mất" is also to lose: beside a paper lost it says nothing of a death
    E(
        "event",
        "406-8",
        "đã mất|vừa mất|mới mất",
        unless="mất giấy|mất thẻ|mất căn cước|mất chứng minh|mất bằng|mất sổ|mất hộ chiếu"
        "|mất con dấu|mất ví|bị mất|đánh mất|làm mất",
    ),
    E("thing", "406-8", "giấy chứng tử|đám tang|đám ma|đám hiếu"),
    # striking the dead off the household is the row's second act, said as people say it
    E("act", "406-8", "cắt khẩu|cắt hộ khẩu|xóa tên khỏi hộ khẩu"),
    # 406-8, 406-28, 406-33 the burial and its cost, which the three rows help with
    E(
        "event",
        "406-8 406-28 406-33",
        "chôn cất|an táng|hỏa táng|lo đám|lo hậu sự|làm ma|mai táng",
    ),
    E("thing", "406-8 406-28 406-33", "tiền mai táng|tiền chôn cất|tiền lo đám|tiền ma chay"),
    # 406-9 the ordinary passport: going abroad for oneself
    E(
        "event",
        "406-9",
        "đi nước ngoài|ra nước ngoài|xuất cảnh|đi du lịch nước ngoài|đi xuất khẩu",
    ),
    E("thing", "406-9", "hộ chiếu"),
    # 406-10 the official passports: officials abroad on duty
    E("who", "406-10", "cán bộ đi công tác|công chức đi công tác|đoàn công tác nước ngoài"),
    E("act", "406-10", "đi công tác nước ngoài|công tác nước ngoài"),
    # 406-12 a foreigner's stay extended or a visa issued in Viet Nam; the nationalities most
    # often working or married here ("người thái", "người hoa" are also Vietnam's own peoples)
    E(
        "who",
        "406-12",
        "người nước ngoài|chuyên gia nước ngoài|lao động nước ngoài|khách nước ngoài|người hàn"
        "|người nhật|người trung quốc|người đài loan|người mỹ|người pháp|người đức|người úc"
        "|người lào|người ấn độ|người nga|người singapore|người anh quốc",
    ),
    # the foreigner's temporary residence card is another procedure of its own: not here
    E("act", "406-12", "ở lại thêm|ở thêm|lưu lại thêm|kéo dài thời gian ở|xin ở lại"),
    # the visa running out is what sends a foreigner to extend the stay
    E("event", "406-12", "hết hạn visa|hết hạn thị thực|visa sắp hết hạn|visa hết hạn"),
    # 406-13 a Vietnamese brand protected abroad
    E("thing", "406-13", "thương hiệu|nhãn hàng"),
    E("act", "406-13", "bảo hộ ở nước ngoài|bảo hộ ra nước ngoài|đăng ký ra nước ngoài"),
    # 406-14 the building permit for a family's own house
    E("event", "406-14", "xây nhà|làm nhà|dựng nhà|cất nhà|nâng tầng|xây thêm tầng|cơi nới"),
    # the house by its everyday kinds ("nhà cấp 4": the one-storey house of the countryside)
    E(
        "thing",
        "406-14",
        "nhà 2 tầng|nhà 3 tầng|nhà hai tầng|nhà ba tầng|nhà riêng|nhà ống|nhà cấp 4|nhà cấp bốn",
    ),
    # 406-15 what the construction plan says of a place
    E(
        "act",
        "406-15",
        "xem quy hoạch|tra cứu quy hoạch|dính quy hoạch|vướng quy hoạch|nằm trong quy hoạch",
    ),
    # the plan's papers and the lines it draws in front of a plot
    E("thing", "406-15", "bản đồ quy hoạch|chỉ giới|lộ giới|quy hoạch chi tiết"),
    # 406-16 the national upper-secondary exam and the university admission
    # a civil servant's recruitment has "xét tuyển" and "thí sinh" too: not a school's
    E(
        "act",
        "406-16",
        "thi tốt nghiệp|thi đại học|nộp nguyện vọng|đăng ký nguyện vọng|xét tuyển",
        unless="công chức|viên chức",
    ),
    E("who", "406-16", "học sinh lớp 12|sĩ tử|thí sinh"),
    # 406-17 the intake at the start of a school level (kindergarten, grades 1, 6, 10); moving up
    # a level is "lên cấp hai"; a bare "cấp hai" is as often "issue two"
    E(
        "act",
        "406-17",
        "vào lớp 1|vào lớp 6|vào lớp 10|nhập học|xin học|vào trường|chuyển cấp|lên cấp hai"
        "|lên cấp 2|lên cấp ba|lên cấp 3|vào cấp hai|vào cấp ba",
    ),
    E(
        "thing",
        "406-17",
        "trường cấp hai|trường cấp 2|trường cấp ba|trường cấp 3|trường cấp một|trường cấp 1"
        "|nhà trẻ|trường mầm non|trường mẫu giáo|lớp một|lớp sáu|lớp mười|đầu cấp",
    ),
    # 406-18, 411-1, 411-5 a company started (registration, labour, social insurance code)
    E(
        "act",
        "406-18 411-1 411-5",
        "mở công ty|thành lập công ty|lập công ty|mở doanh nghiệp|khởi nghiệp",
    ),
    E("thing", "406-18", "hóa đơn đặt in|hóa đơn tự in|in hóa đơn|đặt in hóa đơn"),
    # 406-19 the environmental protection plan of a works that discharges waste
    E("event", "406-19", "xả thải|xả nước thải"),
    E("act", "406-19", "cam kết môi trường|cam kết bảo vệ môi trường"),
    E("thing", "406-19", "nước thải|khí thải|chất thải|rác thải"),
    E("who", "406-19", "nhà xưởng|cơ sở sản xuất|trang trại|xưởng sản xuất"),
    # 406-20 a change of the rights on land and housing: sold, given, inherited, split, its use
    # changed (the Land Law registers each as a change); "cho con" alone is any gift or paper
    E(
        "act",
        "406-20",
        "sang tên|mua bán đất|chuyển nhượng|tặng cho|thừa kế|tách thửa|gộp thửa"
        "|chuyển mục đích|đứng tên",
    ),
    E("thing", "406-20", "mảnh đất|thửa đất|lô đất|mảnh vườn|đất vườn|nhà đất|sổ hồng"),
    # 406-21 the plate of a motorbike: its registration after buying it (a car's is another
    # procedure)
    E("act", "406-21", "bấm biển|làm biển|lấy biển|đăng ký xe", unless=CARS),
    E("event", "406-21", "mua xe máy|mua xe mới", unless=CARS),
    E("thing", "406-21", "biển số|biển xe|cà vẹt|giấy đăng ký xe", unless=CARS),
    # 406-22, 411-16 a driving licence changed (about to expire, paper, damaged); one lost or
    # expired is issued again after a test ("cấp lại"), and a new one is 411-17's
    E(
        "act",
        "406-22 411-16",
        "đổi bằng|gia hạn bằng|bằng cũ|bằng giấy|bằng sắp hết hạn|đổi sang thẻ nhựa|đổi bằng nhựa",
    ),
    # the licence by its class; a typed "b2" is read as "b" and "2" (text.py splits a letter
    # from a digit), so the classes are written so
    E(
        "thing",
        "406-22 411-16 411-17",
        "bằng hạng|bằng b 2|bằng b 1|bằng c|bằng d|bằng a 1|bằng a 2|bằng e|bằng fc",
    ),
    E("who", "406-22 411-16 411-17", "tài xế|bác tài|lái xe khách|lái xe tải"),
    # 406-23 to 406-33 the social assistance rows (everyday_406_social.py)
    *EVERYDAY_406_SOCIAL,
    # 406-34 a licence to use a trademark, an invention, a design ("nhượng quyền", a franchise,
    # is registered with the Ministry of Industry and Trade: another procedure)
    E(
        "act",
        "406-34",
        "cho thuê nhãn hiệu|cho dùng nhãn hiệu|cho dùng thương hiệu|cho sử dụng nhãn hiệu"
        "|cho dùng sáng chế",
    ),
    E("thing", "406-34 406-35 406-36", "nhãn hiệu|sáng chế|kiểu dáng|bằng độc quyền"),
    # 406-35 a protection title ended by its owner (unpaid upkeep fees end it too)
    E("act", "406-35", "không dùng nữa|từ bỏ|thôi bảo hộ|không nộp phí duy trì"),
    # 406-36 a protection title cancelled as granted wrongly ("đăng ký trước" alone: any date)
    E("act", "406-36", "cấp sai|yêu cầu hủy|đăng ký trùng|nhái nhãn hiệu|bị đăng ký trước"),
    # 406-37 a household business set up (and its tax registration); "bán hàng" alone is any
    # seller's work, and a shop's kind ("quán ăn") beside "mở quán" is one idea counted twice
    # that other permits (food safety, alcohol) share
    E(
        "act",
        "406-37",
        "mở quán|mở cửa hàng|mở tiệm|mở sạp|mở tạp hóa|buôn bán nhỏ|kinh doanh nhỏ|mở shop"
        "|mở quầy",
    ),
    E("who", "406-37", "hộ cá thể|kinh doanh cá thể|tiểu thương"),
    # 406-1, 406-38, 406-55 the titles' "cấp lại" (issued again) in everyday words
    E("act", "406-1 406-38 406-55", "xin lại|làm lại|xin cấp lại"),
    # 406-38 the fishing licence
    E("event", "406-38", "đánh bắt|đánh cá|bắt cá|ra khơi|đi biển|đánh bắt cá"),
    E("thing", "406-38", "tàu cá|thuyền đánh cá|thuyền cá|giấy phép đánh bắt"),
    E("who", "406-38", "ngư dân|người đánh cá"),
    # 406-39 the money owed on land: use fee, rent, registration fee of land
    E("thing", "406-39", "thuế đất|thuế nhà đất|tiền đất|tiền chuyển mục đích"),
    E("act", "406-39", "đóng tiền đất|nộp tiền đất|nộp thuế đất|đóng thuế đất"),
    # 406-40, 411-4 taxes declared: the act is a person's (406-40) and a company's (411-4) alike;
    # whom and what the tax is tell them apart
    E("act", "406-40 411-4", "quyết toán thuế|khai thuế|nộp tờ khai thuế|báo cáo thuế"),
    # 406-40 an individual's tax declared (income, house let)
    E("act", "406-40", "tự quyết toán|cho thuê nhà"),
    E("thing", "406-40", "thu nhập cá nhân|tiền cho thuê nhà"),
    # 406-41 the first tax code of a household or a person
    E("act", "406-41", "xin mã số thuế|làm mã số thuế|lấy mã số thuế|đăng ký mã số thuế"),
    E("thing", "406-41 406-42", "mã số thuế|mã số thuế cá nhân"),
    # 406-42 a person's tax registration details changed
    E("act", "406-42", "đổi địa chỉ|đổi thông tin|sửa thông tin|cập nhật thông tin"),
    # 406-43, 411-11 the registration fee of a car or a motorbike bought: a motorbike bought is
    # also 406-21's plate, both rows hear it
    E(
        "event",
        "406-43 411-11",
        "mua xe|mua ô tô|sang tên xe|mua xe cũ|mua xe máy|mua xe mới",
    ),
    E("thing", "406-43 411-11", "xe ô tô|ô tô mới|xe tải|xe con"),
    # 406-43 the registration fee of a house inherited (411-11 is vehicles only)
    E("event", "406-43", "nhận thừa kế nhà"),
    # 406-44 the household health insurance renewed, cheaper from its second member; "mua tiếp",
    # "đóng tiếp" alone are anything bought again
    E(
        "act",
        "406-44",
        "mua bảo hiểm y tế|đóng bảo hiểm y tế|gia hạn thẻ bảo hiểm|mua thẻ bảo hiểm|mua bhyt"
        "|đóng bhyt|gia hạn bhyt|mua thẻ bhyt",
    ),
    E("who", "406-44", "cả nhà|cả gia đình|theo hộ|người thứ hai|người thứ hai trở đi"),
    # 406-45, 411-10 a traffic fine paid (406-45: road, waterway, rail; 411-10: road). A fine or
    # a report of any other sector ("bị phạt", "lập biên bản") is not the traffic's
    E("act", "406-45 411-10", "nộp phạt|đóng phạt|nộp tiền phạt|đóng tiền phạt"),
    E("event", "406-45 411-10", "bị giữ xe|phạt nguội|bị giữ bằng|csgt phạt|bị csgt phạt"),
    E(
        "thing",
        "406-45 411-10",
        "biên bản phạt|vượt đèn đỏ|quá tốc độ|nồng độ cồn|không đội mũ bảo hiểm"
        "|đi ngược chiều|lấn làn|vi phạm giao thông",
    ),
    E("who", "406-45 411-10", "cảnh sát giao thông"),
    E("who", "406-45", "cảnh sát đường thủy|lái đò|con đò|chở đò|tàu hỏa|chở quá số người"),
    # 406-46 the fee for the seaport's border gate infrastructure: a land border gate's fee is
    # its province's own, and "xuất hàng" is any shipment
    E("thing", "406-46", "cảng biển|xe container|hàng xuất nhập khẩu|bến cảng|cầu cảng"),
    E("act", "406-46", "qua cảng|ra vào cảng|xuất hàng qua cảng|nhập hàng qua cảng"),
    # 406-47 the court fee advanced by who sues; a divorce is the suit most people file
    E(
        "event",
        "406-47",
        "khởi kiện|đi kiện|kiện ra tòa|đưa ra tòa|kháng cáo|nộp đơn kiện|ly hôn|ly dị",
    ),
    E("thing", "406-47", "tòa án|đơn kiện|tiền tạm ứng"),
    # 406-48 the hospital's bill
    E("event", "406-48", "nằm viện|ra viện|xuất viện|phẫu thuật|khám chữa bệnh|đi viện"),
    E("thing", "406-48", "tiền viện|bệnh viện|tiền khám|tiền chữa bệnh"),
    # paying the bill is the row's own act ("thanh toán viện phí") in everyday words
    E("act", "406-48", "đóng tiền viện|trả tiền viện|thanh toán tiền viện|nộp tiền viện"),
    # 406-49 the school fee paid
    E("act", "406-49", "đóng tiền học|nộp tiền học|đóng học"),
    E("thing", "406-49", "tiền trường|tiền học"),
    # 406-50 imported chemicals declared
    E("act", "406-50", "nhập hóa chất|hóa chất nhập về|nhập về hóa chất"),
    E("thing", "406-50", "dung môi|hóa chất công nghiệp"),
    # 406-51 copyright registered for a work
    E(
        "act",
        "406-51",
        "đăng ký bản quyền|bảo vệ bản quyền|chống sao chép|sáng tác",
    ),
    E(
        "thing",
        "406-51",
        "bản quyền|bài hát|ca khúc|tác phẩm|bản nhạc|bức tranh|kịch bản|phần mềm|cuốn sách",
    ),
    E("who", "406-51", "nhạc sĩ|nhà văn|họa sĩ|nhà thơ|nhiếp ảnh gia"),
    # 406-52 what the land records say of a parcel: checked before buying ("kiểm tra sổ đỏ")
    E(
        "act",
        "406-52",
        "tra cứu thửa đất|xem thửa đất|kiểm tra thửa đất|kiểm tra sổ đỏ|tra cứu sổ đỏ",
    ),
    # an extract of the map or the records; "trích lục" alone is as often a civil status
    # extract (birth, marriage) of the Justice offices
    E("whole", "406-52", "trích lục thửa đất|trích lục bản đồ|trích lục địa chính"),
    E("thing", "406-52", "bản đồ địa chính|hồ sơ địa chính|sổ địa chính|thửa đất"),
    # 406-53 what is known of an investment project
    E("act", "406-53", "tìm hiểu dự án|tra cứu dự án|xem dự án"),
    E("who", "406-53", "nhà đầu tư"),
    # 406-54 homes not yet built, declared fit to be sold or leased by their developer; a flat
    # sold on by its owner is 406-20's transfer
    E("act", "406-54", "mở bán|bán nhà trên giấy"),
    E(
        "thing",
        "406-54",
        "căn hộ|chung cư|dự án nhà ở|khu đô thị|nhà liền kề|biệt thự|nhà trên giấy"
        "|nhà chưa xây xong",
    ),
    E("who", "406-54", "chủ đầu tư|công ty bất động sản"),
    # 406-55 the veterinary and plant protection practising certificate: who treats, vaccinates
    # or sells drugs to animals; a pesticide shop's certificate of fitness is another procedure,
    # and so is a pharmacy's (Health)
    E(
        "act",
        "406-55",
        "bán thuốc thú y|mở phòng khám thú y|chữa bệnh cho gia súc|chữa bệnh cho vật nuôi"
        "|tiêm phòng cho gia súc|tiêm phòng cho vật nuôi|thiến lợn|hoạn lợn",
    ),
    E("thing", "406-55", "thuốc thú y|phòng khám thú y"),
    E("who", "406-55", "bác sĩ thú y|thú y viên|cán bộ thú y"),
)
