"""Everyday names of the social assistance rows of Quyết định 406/QĐ-TTg, 406-23 to 406-33 (see
everyday.py): the centres that take people in, the monthly allowance, the help after a disaster
and for a family caring for someone in danger. One block per row, in the catalogue's order; the
burial these rows share with 406-8 stays with 406-8 in everyday_406.py."""

from __future__ import annotations

from knowledge.language.everyday import Everyday as E

EVERYDAY_406_SOCIAL: tuple[E, ...] = (
    # 406-23, 406-27, 406-32 a person in danger, taken in at once (province / district centre)
    # or cared for by a family; a victim of any accident is not
    E(
        "who",
        "406-23 406-27 406-32",
        "bị bạo hành|bị đánh đập|bị xâm hại|bị bỏ rơi|bạo lực gia đình|bị hành hạ"
        "|bị buôn bán|bị lừa bán|nạn nhân bạo lực|nạn nhân mua bán người",
    ),
    E("act", "406-23 406-27", "đưa khẩn cấp|tạm lánh|nơi tạm lánh"),
    # 406-23 to 406-27 the social protection centres that take people in
    E(
        "thing",
        "406-23 406-24 406-25 406-26 406-27",
        "trung tâm công tác xã hội|trung tâm bảo trợ|nhà dưỡng lão|viện dưỡng lão"
        "|trung tâm dưỡng lão|mái ấm",
    ),
    # going into such a centre; "gửi vào", "vào trung tâm" alone are any sending and any centre
    E(
        "act",
        "406-23 406-24 406-25 406-26 406-27",
        "đưa vào trung tâm|xin vào trung tâm|vào ở trung tâm|gửi vào trung tâm"
        "|gửi vào viện dưỡng lão|gửi vào nhà dưỡng lão|gửi vào mái ấm",
    ),
    # 406-24, 406-25 someone with no one to care for them, into a centre
    E(
        "who",
        "406-24 406-25",
        "neo đơn|không nơi nương tựa|không ai chăm sóc|lang thang|mồ côi|tâm thần",
    ),
    # 406-26 a person going into the district centre of their own will
    E("act", "406-26", "tự nguyện vào|tự xin vào|xin vào ở"),
    E("who", "406-26", "tự đóng tiền|tự trả tiền|tự chi trả"),
    # 406-28 help after a disaster: burial, a house built or repaired; whom it serves is the
    # household the disaster struck, said by the disaster
    E(
        "who",
        "406-28",
        "lũ quét|lũ lụt|ngập lụt|mưa lũ|bão|lốc xoáy|sạt lở|thiên tai|hỏa hoạn|cháy nhà"
        "|động đất|mưa đá|nước cuốn|lũ cuốn",
    ),
    E("event", "406-28", "sập nhà|tốc mái|nhà bị đổ|nhà bị cuốn|nhà bị sập"),
    # the house built again or repaired is the row's own help ("làm nhà ở, sửa chữa nhà ở")
    E("act", "406-28", "làm lại nhà|dựng lại nhà|sửa lại nhà"),
    # 406-29, 406-31 the monthly allowance kept when its holder moves (406-29 to another
    # district, 406-31 within one); "chuyển về" alone is any file sent on, "dọn nhà" a cleaning
    E(
        "act",
        "406-29 406-31",
        "chuyển nhà|chuyển chỗ ở|chuyển đến ở|chuyển về ở|dọn về ở|về ở với con|đi ở với con",
    ),
    E("thing", "406-29 406-30 406-31", "tiền trợ cấp|trợ cấp tháng|tiền hàng tháng|tiền già"),
    # 406-30 the monthly allowance started, changed or stopped: the old, disabled, orphans, poor
    # single parents
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
    # 406-33 the burial allowance of a social assistance holder ("đang hưởng" alone: any pay)
    E("who", "406-33", "đang hưởng trợ cấp|đang nhận trợ cấp|đối tượng bảo trợ"),
)
