/// Ceremonies, each named by what it does.
extension MeetingWords {
    /// Ceremonies by what they do, each its own kind as the text writes it: "lễ ký kết", "lễ khởi
    /// công" (their `family` is "lễ"). (An offering held as a ceremony, by its noun: "Tỉnh ủy, HĐND, UBND
    /// … tổ chức lễ dâng hương, đặt vòng hoa …" — not the verb alone, "đã đến dâng hương tưởng niệm …", a visit.)
    static let ceremonies = [
        "kỷ niệm", "khai trương", "khởi công", "ra mắt", "tuyên dương", "ký kết", "đón nhận", "đón bằng",
        "khánh thành", "phát động", "công bố", "bàn giao", "khai mạc", "bế mạc", "tổng kết", "tôn vinh", "xuất quân",
        "giao quân", "kết nạp", "khen thưởng", "công nhận", "mừng công", "khai giảng", "bế giảng", "ra quân",
        "động thổ", "chia tay", "cắt băng", "gắn biển", "tiếp nhận", "phát bằng", "trao bằng", "truy tặng",
        "thông xe", "hợp long", "kết nghĩa", "phát hành", "biểu dương", "tưởng niệm", "dâng hương",
        "dâng hoa", "thi công", "khởi động", "vinh danh",
        // (A campaign's day answered, "Lễ hưởng ứng Ngày Quốc tế giảm thiểu rủi ro thiên tai"; a waterworks' first
        // water and a power line's first current, "lễ phát nước Nhà máy nước Nhị Thành", "lễ đóng điện". Not a
        // games' flag raising, "lễ thượng cờ … SEA Games", no body's meeting.)
        "hưởng ứng", "phát nước", "đóng điện",
        // (A hand-over of a Party organisation, "Lễ chuyển giao Đảng bộ Công ty … về Đảng bộ Tập đoàn …"; a report
        // of a year's work to President Hồ Chí Minh, "Lễ báo công dâng Bác".)
        "chuyển giao", "báo công",
        // (A school's graduation, "Lễ tốt nghiệp cho sinh viên", "lễ nhận bằng tốt nghiệp", "Lễ cấp phát văn bằng".)
        "tốt nghiệp", "nhận bằng", "cấp bằng", "cấp phát văn bằng",
        // (A gathering held as a ceremony, "Lễ gặp mặt kỷ niệm 63 năm ngày truyền thống Ngành Thủy sản", "Lễ họp mặt …".)
        "gặp mặt", "họp mặt",
        // (The acceptance of a building, with "lễ": "Lễ nghiệm thu và bàn giao hai nhà nhân đạo cho hộ nghèo".)
        "nghiệm thu",
        // (A memorial service held by bodies, "Tỉnh ủy, HĐND, UBND tỉnh … đã tổ chức lễ truy điệu và an táng 48 hài
        // cốt liệt sĩ".)
        "truy điệu",
        // (The conferring of titles, "Lễ phong tặng các danh hiệu làng nghề Việt Nam lần thứ VIII".)
        "phong tặng",
    ]
}
