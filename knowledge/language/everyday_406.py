"""Everyday names of the rows of Quyết định 406/QĐ-TTg (see everyday.py). One block per row, in
the catalogue's order; an entry that serves several rows says so. The sub-rows of row 11 connect
the sectors' data to the population database: no citizen names them, they have no entries."""

from __future__ import annotations

from knowledge.language.everyday import Everyday as E

EVERYDAY_406: tuple[E, ...] = (
    # 406-1 the citizen's identity card made, made again or changed: the card damaged, lost, or
    # its details out of date
    E("act", "406-1", "làm lại căn cước|làm căn cước|đổi căn cước|làm lại thẻ căn cước"),
    E("event", "406-1", "mất căn cước|hỏng căn cước|mất thẻ căn cước|thẻ căn cước bị hỏng"),
    E("thing", "406-1", "thẻ căn cước|thẻ chip|căn cước gắn chip"),
    # 406-2, 411-15 a paper that the old ID number and the new card's number are one person's
    E("thing", "406-2 411-15", "số chứng minh cũ|chứng minh cũ|chứng minh 9 số|căn cước 12 số"),
    E("act", "406-2 411-15", "xác nhận số cũ|giấy xác nhận số|lệch số|khác số|không khớp số"),
    # 406-3 to 406-6 the residence declarations, made to the police where one lives
    E(
        "act",
        "406-3 406-4 406-5 406-6",
        "báo công an|khai với công an|khai báo với công an|trình báo công an|báo với công an"
        "|khai báo công an|báo cho công an",
    ),
    # 406-3 the permanent residence: joining, moving or splitting a household's registration
    E(
        "act",
        "406-3",
        "nhập khẩu|nhập hộ khẩu|chuyển khẩu|chuyển hộ khẩu|tách khẩu|tách hộ|lên hộ khẩu"
        "|về ở hẳn|ở hẳn|định cư lâu dài",
        unless="nhập khẩu hóa chất|hàng nhập khẩu|hàng hóa nhập khẩu",
    ),
    # 406-4 the temporary residence: living for a while where one rents, boards or works
    E("event", "406-4", "thuê trọ|thuê phòng|thuê nhà|ở trọ|ở thuê|ở ký túc xá|ở lại làm việc"),
    E("thing", "406-4", "phòng trọ|nhà trọ|khu trọ|xóm trọ|ký túc xá|chủ nhà trọ|chủ trọ"),
    E("who", "406-4", "công nhân|người lao động ngoại tỉnh|sinh viên|người thuê"),
    # 406-4, 406-5 how long one stays away from home: what the residence rules count
    E("who", "406-4 406-5", "cả năm|dài hạn|nhiều tháng|vài tháng|lâu ngày|nửa năm"),
    # 406-5 the declared absence: leaving one's home place for a long while
    E(
        "event",
        "406-5",
        "đi vắng|vắng nhà|vắng mặt|đi xa|đi làm ăn xa|đi làm xa|đi khỏi địa phương"
        "|rời địa phương|đi chữa bệnh xa|đi học xa|đi nghĩa vụ",
    ),
    # 406-6 the stay notice: a guest sleeping over at a home, a lodging house's guests
    E("event", "406-6", "ngủ lại|ngủ nhờ|qua đêm|nghỉ lại|ở chơi|lên chơi|về chơi|đến chơi"),
    E("thing", "406-6", "nhà nghỉ|khách sạn|homestay|nhà khách|khách lưu trú"),
    E("who", "406-6", "người thân|khách đến|có khách|khách du lịch|bạn bè"),
    # 406-7, 411-12 a birth registered (and, for 406-7, the child's residence and health card)
    E(
        "event",
        "406-7 411-12",
        "mới sinh|vừa sinh|sinh con|sinh cháu|vừa đẻ|mới đẻ|làm giấy khai sinh",
    ),
    E("who", "406-7 411-12", "em bé|trẻ sơ sinh|con mới sinh|cháu mới sinh|bé mới sinh"),
    E("thing", "406-7", "thẻ bảo hiểm cho bé|thẻ bảo hiểm cho con|thẻ bảo hiểm cho cháu"),
    # 406-8 a death registered, struck off the household, and the burial allowance
    E("event", "406-8", "qua đời|từ trần|tạ thế|báo tử|chết rồi|đã mất|vừa mất|mới mất"),
    E("thing", "406-8", "giấy chứng tử|đám tang|đám ma|cắt khẩu người mất"),
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
    E("thing", "406-9", "hộ chiếu|passport"),
    # 406-10 the official passports: officials abroad on duty
    E("who", "406-10", "cán bộ đi công tác|công chức đi công tác|đoàn công tác nước ngoài"),
    E("act", "406-10", "đi công tác nước ngoài|công tác nước ngoài"),
    # 406-12 a foreigner's stay extended or a visa issued in Viet Nam
    E(
        "who",
        "406-12",
        "người nước ngoài|chuyên gia nước ngoài|lao động nước ngoài|khách nước ngoài|người hàn"
        "|người nhật|người trung quốc|người đài loan|người mỹ|người pháp|người đức|người úc"
        "|người lào|người thái|người ấn độ|người nga|người singapore|người anh quốc",
    ),
    E(
        "act",
        "406-12",
        "ở lại thêm|ở thêm|lưu lại thêm|kéo dài thời gian ở|xin ở lại|hết hạn visa"
        "|giấy phép cư trú|thẻ tạm trú|hết hạn thị thực",
    ),
    # 406-13 a Vietnamese brand protected abroad
    E("thing", "406-13", "thương hiệu|nhãn hàng|logo"),
    E("act", "406-13", "bảo hộ ở nước ngoài|bảo hộ ra nước ngoài|đăng ký ra nước ngoài"),
    # 406-14 the building permit for a family's own house
    E("event", "406-14", "xây nhà|làm nhà|dựng nhà|cất nhà|nâng tầng|xây thêm tầng|cơi nới"),
    E("thing", "406-14", "nhà 2 tầng|nhà 3 tầng|nhà hai tầng|nhà ba tầng|nhà riêng|nhà ống"),
    # 406-15 what the construction plan says of a place
    E(
        "act",
        "406-15",
        "xem quy hoạch|tra cứu quy hoạch|dính quy hoạch|vướng quy hoạch|nằm trong quy hoạch",
    ),
    E("thing", "406-15", "bản đồ quy hoạch|chỉ giới|lộ giới|quy hoạch khu"),
    # 406-16 the national upper-secondary exam and the university admission
    E("act", "406-16", "thi tốt nghiệp|thi đại học|nộp nguyện vọng|đăng ký nguyện vọng|xét tuyển"),
    E("who", "406-16", "học sinh lớp 12|sĩ tử|thí sinh"),
    # 406-17 the intake at the start of a school level (kindergarten, grades 1, 6, 10)
    E("act", "406-17", "vào lớp 1|vào lớp 6|vào lớp 10|nhập học|xin học|vào trường|chuyển cấp"),
    E(
        "thing",
        "406-17",
        "trường cấp hai|trường cấp 2|cấp hai|cấp ba|trường cấp một|trường cấp 1|nhà trẻ"
        "|trường mầm non|lớp một|lớp sáu|lớp mười|đầu cấp",
    ),
    # 406-18, 411-1, 411-5 a company started (its registration, labour, social insurance code)
    E(
        "act",
        "406-18 411-1 411-5",
        "mở công ty|thành lập công ty|lập công ty|mở doanh nghiệp|ra công ty|khởi nghiệp",
    ),
    E("thing", "406-18", "hóa đơn đặt in|hóa đơn tự in|in hóa đơn|đặt in hóa đơn"),
    # 406-19 the environmental protection plan of a works that discharges waste
    E("event", "406-19", "xả thải|xả nước thải"),
    E("act", "406-19", "cam kết môi trường|cam kết bảo vệ môi trường"),
    E("thing", "406-19", "nước thải|khí thải|chất thải|rác thải"),
    E("who", "406-19", "nhà xưởng|cơ sở sản xuất|trang trại|xưởng sản xuất"),
    # 406-20 a change of the rights on land and housing: sold, given, inherited, split
    E(
        "act",
        "406-20",
        "sang tên|mua bán đất|chuyển nhượng|tặng cho|cho con|thừa kế|tách thửa|gộp thửa"
        "|chuyển mục đích|đứng tên",
    ),
    E("thing", "406-20", "mảnh đất|thửa đất|lô đất|mảnh vườn|đất vườn|nhà đất|sổ hồng"),
    # 406-21 the plate of a motorbike: its registration after buying it
    E("act", "406-21", "bấm biển|làm biển|lấy biển|đăng ký xe"),
    E("event", "406-21", "mua xe máy|mua xe mới"),
    E("thing", "406-21", "biển số|biển xe|cà vẹt|giấy đăng ký xe"),
    # 406-22, 411-16 a driving licence changed (expired, paper, damaged)
    E(
        "act",
        "406-22 411-16",
        "đổi bằng|làm lại bằng|bằng hết hạn|gia hạn bằng|làm bằng mới|bằng cũ|bằng giấy"
        "|bằng sắp hết hạn",
    ),
    E("thing", "406-22 411-16 411-17", "bằng hạng|bằng b2|bằng c|bằng d|bằng a1|bằng e"),
    E("who", "406-22 411-16 411-17", "tài xế|bác tài|lái xe khách|lái xe tải"),
    # 406-23, 406-27 a person in danger taken in at once (province / district centre)
    E(
        "who",
        "406-23 406-27 406-32",
        "bị bạo hành|bị đánh đập|bị xâm hại|bị bỏ rơi|bị bỏ lại|bạo lực gia đình|bị hành hạ"
        "|bị buôn bán|nạn nhân",
    ),
    E("act", "406-23 406-27", "đưa ngay vào|đưa khẩn cấp|cứu ngay|tạm lánh"),
    # 406-23 to 406-27 the social protection centres that take people in
    E(
        "thing",
        "406-23 406-24 406-25 406-26 406-27",
        "trung tâm công tác xã hội|trung tâm bảo trợ|nhà dưỡng lão|viện dưỡng lão|mái ấm",
    ),
    E("act", "406-23 406-24 406-25 406-26 406-27", "đưa vào trung tâm|vào trung tâm|gửi vào"),
    # 406-24, 406-25 someone with no one to care for them, into a centre
    E(
        "who",
        "406-24 406-25",
        "neo đơn|không nơi nương tựa|không ai chăm sóc|lang thang|mồ côi|tâm thần",
    ),
    # 406-26 a person going into the district centre of their own will
    E("act", "406-26", "tự nguyện vào|tự xin vào|xin vào ở"),
    E("who", "406-26", "tự đóng tiền|tự trả tiền|tự chi trả"),
    # 406-28 help after a disaster: burial, a house built or repaired
    E(
        "who",
        "406-28",
        "lũ quét|lũ lụt|ngập lụt|mưa lũ|bão|lốc xoáy|sạt lở|thiên tai|hỏa hoạn|cháy nhà"
        "|động đất|mưa đá|nước cuốn|lũ cuốn",
    ),
    E("event", "406-28", "sập nhà|tốc mái|nhà bị đổ|nhà bị cuốn|làm lại nhà|dựng lại nhà"),
    # 406-29, 406-31 the monthly allowance kept when its holder moves (406-29 to another
    # district, 406-31 within one)
    E(
        "act",
        "406-29 406-31",
        "chuyển nhà|chuyển chỗ ở|chuyển đến|chuyển về|dọn về|dọn nhà|về ở với con|đi ở với con",
    ),
    E("thing", "406-29 406-30 406-31", "tiền trợ cấp|trợ cấp tháng|tiền hàng tháng|tiền già"),
    # 406-30 the monthly allowance started, changed or stopped (the old, the disabled, orphans)
    E(
        "who",
        "406-30",
        "người cao tuổi|người già|cao tuổi|người khuyết tật|khuyết tật|trẻ mồ côi|mẹ đơn thân",
    ),
    E(
        "act",
        "406-30",
        "lĩnh tiền|nhận tiền hàng tháng|bắt đầu lĩnh|xin trợ cấp|làm trợ cấp|cắt trợ cấp"
        "|dừng trợ cấp|thôi trợ cấp|tăng trợ cấp",
    ),
    # 406-32 the money for a family that takes in and cares for someone in danger
    E(
        "act",
        "406-32",
        "nhận nuôi|nuôi tạm|nhận chăm sóc|cưu mang|nhận về nuôi|đón về nuôi",
        unless="con nuôi",
    ),
    # 406-33 the burial allowance of someone who received social assistance
    E("who", "406-33", "đang hưởng trợ cấp|đang nhận trợ cấp|đối tượng bảo trợ|đang hưởng"),
    # 406-34 a licence to use a trademark, an invention, a design
    E("act", "406-34", "cho thuê nhãn hiệu|nhượng quyền|cho dùng nhãn hiệu|cho dùng thương hiệu"),
    E("thing", "406-34 406-35 406-36", "nhãn hiệu|sáng chế|kiểu dáng|bằng độc quyền"),
    # 406-35 a protection title ended by its owner
    E("act", "406-35", "không dùng nữa|từ bỏ|thôi bảo hộ|không nộp phí duy trì"),
    # 406-36 a protection title cancelled as granted wrongly
    E("act", "406-36", "cấp sai|yêu cầu hủy|đăng ký trùng|nhái nhãn hiệu|đăng ký trước"),
    # 406-37 a household business set up (and its tax registration)
    E(
        "act",
        "406-37",
        "mở quán|mở cửa hàng|mở tiệm|mở sạp|mở tạp hóa|buôn bán nhỏ|kinh doanh nhỏ|bán hàng",
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
    # 406-40 an individual's tax declared (income, house let)
    E("act", "406-40", "quyết toán thuế|khai thuế|tự quyết toán|nộp tờ khai thuế|cho thuê nhà"),
    E("thing", "406-40", "thu nhập cá nhân|tiền cho thuê nhà"),
    # 406-41 the first tax code of a household or a person
    E("act", "406-41", "xin mã số thuế|làm mã số thuế|lấy mã số thuế|đăng ký mã số thuế"),
    E("thing", "406-41 406-42", "mã số thuế|mst"),
    # 406-42 a person's tax registration details changed
    E("act", "406-42", "đổi địa chỉ|đổi thông tin|sửa thông tin|cập nhật thông tin"),
    # 406-43, 411-11 the registration fee of a car, a motorbike, a house bought or inherited
    E("event", "406-43 411-11", "mua xe|mua ô tô|sang tên xe|mua xe cũ|nhận thừa kế nhà"),
    E("thing", "406-43 411-11", "xe ô tô|ô tô mới|xe tải|xe con"),
    # 406-44 the household health insurance renewed, cheaper from its second member
    E(
        "act",
        "406-44",
        "mua bảo hiểm y tế|đóng bảo hiểm y tế|gia hạn thẻ|đóng tiếp|mua tiếp|mua thẻ bảo hiểm",
    ),
    E("who", "406-44", "cả nhà|cả gia đình|theo hộ|người thứ hai|người thứ hai trở đi"),
    # 406-45, 411-10 a traffic fine paid (406-45: road, waterway, rail; 411-10: road)
    E("act", "406-45 411-10", "nộp phạt|đóng phạt|nộp tiền phạt|đóng tiền phạt"),
    E("event", "406-45 411-10", "bị phạt|bị giữ xe|lập biên bản|phạt nguội"),
    E(
        "thing",
        "406-45 411-10",
        "biên bản phạt|tiền phạt|vượt đèn đỏ|quá tốc độ|nồng độ cồn|không đội mũ bảo hiểm"
        "|đi ngược chiều",
    ),
    E("who", "406-45 411-10", "cảnh sát giao thông|csgt"),
    E("who", "406-45", "cảnh sát đường thủy|lái đò|con đò|chở đò|tàu hỏa|chở quá số người"),
    # 406-46 the fee for the port and border gate's infrastructure
    E("thing", "406-46", "cảng biển|cửa khẩu|xe container|hàng xuất nhập khẩu|bến cảng"),
    E("act", "406-46", "qua cửa khẩu|xuất hàng|nhập hàng qua cảng"),
    # 406-47 the court fee advanced by who sues
    E("event", "406-47", "khởi kiện|đi kiện|kiện ra tòa|đưa ra tòa|kháng cáo|nộp đơn kiện"),
    E("thing", "406-47", "tòa án|đơn kiện|tiền tạm ứng"),
    # 406-48 the hospital's bill
    E("event", "406-48", "nằm viện|ra viện|xuất viện|phẫu thuật|khám chữa bệnh|đi viện"),
    E("thing", "406-48", "tiền viện|bệnh viện|tiền khám|tiền chữa bệnh"),
    # 406-49 the school fee paid
    E("act", "406-49", "đóng tiền học|nộp tiền học|đóng học"),
    E("thing", "406-49", "tiền trường|tiền học"),
    # 406-50 imported chemicals declared
    E("act", "406-50", "nhập hóa chất|hóa chất nhập về|nhập về hóa chất"),
    E("thing", "406-50", "axit|dung môi|hóa chất công nghiệp"),
    # 406-51 copyright registered for a work
    E(
        "act",
        "406-51",
        "đăng ký bản quyền|bảo vệ bản quyền|công nhận là của mình|chống sao chép|sáng tác",
    ),
    E(
        "thing",
        "406-51",
        "bản quyền|bài hát|ca khúc|tác phẩm|bản nhạc|bức tranh|kịch bản|phần mềm|cuốn sách",
    ),
    E("who", "406-51", "nhạc sĩ|nhà văn|họa sĩ|nhà thơ|nhiếp ảnh gia"),
    # 406-52 what the land records say of a parcel
    E(
        "act",
        "406-52",
        "tra cứu thửa đất|xem thửa đất|kiểm tra thửa đất|đứng tên ai|có tranh chấp",
    ),
    E("whole", "406-52", "trích lục thửa đất|trích lục bản đồ|trích lục địa chính|xin trích lục"),
    E("thing", "406-52", "bản đồ địa chính|hồ sơ địa chính|sổ địa chính|thửa đất"),
    # 406-53 what is known of an investment project
    E("act", "406-53", "tìm hiểu dự án|tra cứu dự án|xem dự án"),
    E("who", "406-53", "nhà đầu tư"),
    # 406-54 homes not yet built, declared fit to be sold or leased
    E("act", "406-54", "mở bán|bán căn hộ|bán nhà chưa xây xong|bán nhà trên giấy"),
    E("thing", "406-54", "căn hộ|chung cư|dự án nhà ở|khu đô thị|nhà liền kề|biệt thự"),
    E("who", "406-54", "chủ đầu tư|công ty bất động sản"),
    # 406-55 the veterinary and plant protection practising certificate
    E(
        "act",
        "406-55",
        "bán thuốc thú y|bán thuốc trừ sâu|bán thuốc sâu|mở phòng khám thú y"
        "|chữa bệnh cho gia súc",
    ),
    E("thing", "406-55", "thuốc thú y|thuốc trừ sâu|thuốc sâu|đại lý thuốc"),
    E("who", "406-55", "bác sĩ thú y|thú y viên|cán bộ thú y"),
)
