/// Meetings named only as what a body organises, right after "tổ chức".
extension MeetingWords {
    /// Gatherings named without their classifier, meetings only as what a body organises: "tổ
    /// chức gặp mặt" (not "gặp mặt" of a person with another).
    static let organisedOnly: Set<String> = ["gặp mặt"]

    /// Reviews named without "hội nghị" and ceremonies without "lễ", meetings only right after "tổ
    /// chức" ("Đảng ủy Khối … tổ chức sơ kết 5 năm thực hiện Chỉ thị 05", "Tổng Liên đoàn … tổ chức
    /// kỷ niệm 80 năm ngày thành lập Công đoàn Việt Nam", "Tỉnh đoàn … đã tổ chức tuyên dương 12
    /// Gương mặt trẻ", "UBND tỉnh Kiên Giang tổ chức biểu dương, khen thưởng 62 điển hình …", "Bộ Chỉ
    /// huy Quân sự tỉnh tổ chức phát động đợt thi đua cao điểm …", "Tập đoàn … tổ chức khánh thành Nhà
    /// máy …", "Công an huyện … tổ chức ra mắt mô hình “Tổ liên gia an toàn PCCC”", "… tổ chức khai
    /// trương Trung tâm …", "Trường Chính trị tỉnh … tổ chức khai giảng lớp Trung cấp lý luận chính
    /// trị", "Huyện ủy … tổ chức họp mặt kỷ niệm 90 năm …", "Cụm thi đua Tây Nguyên … tổ chức ký kết
    /// giao ước thi đua năm 2018"), and
    /// no meeting noun anywhere else ("hội nghị tổng kết" is a "hội nghị"). So is a forum that a body
    /// organises ("Hội Doanh nhân trẻ Việt Nam tổ chức Diễn đàn …"), not the floor of one ("phát biểu
    /// trên diễn đàn Quốc hội").
    /// (Not "tổ chức đối thoại", often a task or a programme's: a dialogue needs its "buổi".)
    /// A ceremony so named is of its kind with "lễ", as the labels write it: "lễ kỷ niệm"; so is the
    /// announcement of a decision or of several ("UBND tỉnh tổ chức công bố và trao Quyết định bổ nhiệm …",
    /// "Sở Công thương tỉnh Tây Ninh tổ chức công bố các quyết định về cán bộ"), not of
    /// anything else ("tổ chức công bố thông tin"); a briefing of the units' heads, a "buổi trực báo" ("BTV
    /// Huyện đoàn Hiệp Đức tổ chức trực báo nắm tình hình trước, trong và sau tết"); the admission of one to
    /// the Party, a "lễ kết nạp" ("Chi bộ … tổ chức kết nạp quần chúng ưu tú Nguyễn Mỹ Kim vào Đảng"; not "kết nạp 50 đảng viên").
    static let organisedEvents: [String: String] = [
        "sơ kết": "sơ kết", "tổng kết": "tổng kết", "kỷ niệm": "lễ kỷ niệm", "kỉ niệm": "lễ kỷ niệm",
        "tuyên dương": "lễ tuyên dương", "biểu dương": "lễ biểu dương", "khánh thành": "lễ khánh thành", "khởi công": "lễ khởi công",
        "động thổ": "lễ động thổ", "diễn đàn": "diễn đàn", "khai giảng": "lễ khai giảng", "bế giảng": "lễ bế giảng",
        "họp mặt": "họp mặt", "phát động": "lễ phát động", "công bố quyết định": "lễ công bố", "ký kết": "lễ ký kết",
        "công bố và trao quyết định": "lễ công bố", "công bố các quyết định": "lễ công bố", "trực báo": "buổi trực báo",
        "kết nạp quần chúng": "lễ kết nạp", "kết nạp đảng viên": "lễ kết nạp", "ra mắt": "lễ ra mắt", "khai trương": "lễ khai trương",
    ]
    static let organisedEventNouns = PhraseTable(organisedEvents.keys.sorted())
}
