/// The words a news lead reports a meeting with.
///
/// "Chiều 13/6, Ban thường vụ … tổ chức điểm sinh hoạt …": a meeting noun ("điểm sinh hoạt"), an
/// event verb ("tổ chức"), a time. "… sẽ tổ chức hội nghị" is planned, not held; "sau cuộc họp"
/// and "các hội nghị" mention meetings in passing.
enum MeetingWords {
    /// Meeting nouns (folded) and the kind each names, longest first.
    static let nouns: [([Substring], String)] = [
        ("diem sinh hoat", "sinh hoạt"), ("buoi sinh hoat", "sinh hoạt"), ("sinh hoat chuyen de", "sinh hoạt"),
        ("buoi lam viec", "buổi làm việc"), ("cuoc lam viec", "buổi làm việc"), ("hoi nghi", "hội nghị"),
        ("dai hoi", "đại hội"), ("hoi thao", "hội thảo"), ("ky hop", "kỳ họp"), ("toa dam", "tọa đàm"),
        ("phien hop", "phiên họp"), ("cuoc hop", "cuộc họp"), ("buoi hop", "cuộc họp"), ("giao ban", "giao ban"),
        ("hop bao", "họp báo"), ("buoi hop bao", "họp báo"), ("hoi dam", "hội đàm"), ("sinh hoat", "sinh hoạt"),
        ("le ky niem", "lễ"), ("le khai truong", "lễ"), ("le khoi cong", "lễ"), ("le ra mat", "lễ"),
        ("le trao", "lễ"), ("le tuyen duong", "lễ"), ("le ky ket", "lễ"), ("le don nhan", "lễ"),
        ("le khanh thanh", "lễ"), ("le phat dong", "lễ"), ("le cong bo", "lễ"), ("le ban giao", "lễ"),
        ("lam viec voi", "buổi làm việc"),
    ].map { ($0.0.split(separator: " "), $0.1) }.sorted { $0.0.count > $1.0.count }

    /// Verbs that say a meeting was held or is being held.
    static let held: [[Substring]] = [
        "to chuc", "khai mac", "be mac", "dien ra", "ket thuc", "chu tri", "tien hanh", "nhom hop",
        "trieu tap", "lam viec", "hop", "tham du", "phat bieu", "thong qua", "bau", "khep lai",
        "thao luan", "chu toa", "ket luan", "nhat tri",
    ].phrases

    /// Times that place it today or just past: "hôm nay", "sáng qua", "chiều 13/6".
    static let times: [[Substring]] = [
        "hom nay", "hom qua", "sang nay", "chieu nay", "toi nay", "trua nay", "sang qua", "chieu qua",
        "toi qua", "vua qua",
    ].phrases

    /// Words that make a meeting planned, not held: "sẽ", "dự kiến", "sắp", "chuẩn bị".
    static let planned: [[Substring]] = [
        "se", "du kien", "sap", "chuan bi", "du dinh", "ke hoach", "len ke hoach", "de nghi to chuc", "chua",
        "nhan loi", "sap toi", "toi day",
    ].phrases

    /// Words right before a meeting noun that mention it in passing: "sau cuộc họp", "các hội
    /// nghị", "nhiều cuộc hội thảo".
    static let passing: Set<String> = [
        "sau", "truoc", "cac", "nhung", "nhieu", "moi", "mot so", "cac cuoc", "nhieu cuoc", "hang", "qua",
        "nhu", "giua", "ngoai", "khong", "chua",
    ]

    /// Words right after a meeting noun that put it in the past or future of the news:
    /// "cuộc làm việc lần trước", "hội nghị tới".
    static let notThisOne: [[Substring]] = ["lan truoc", "truoc do", "toi", "sap toi", "nam truoc", "nam ngoai"].phrases

    /// Words between a body and the meeting it held: "Sở … đã tổ chức hội nghị", "Bộ Thương mại
    /// đã có cuộc họp", "Thường trực Tỉnh ủy (đã có buổi) làm việc với".
    static let glue: Set<String> = [
        "da", "vua", "moi", "dang", "co", "to", "chuc", "khai", "mac", "be", "tien", "hanh", "trieu", "tap",
        "mo", "chu", "tri", "tiep", "tuc", "hom", "nay", "qua", "sang", "chieu", "toi", "trua", "ngay",
        "chinh", "thuc", "long", "trong", "the", "ky", "lan", "thu", "cung", "buoi", "cuoc", "mot",
    ]

    /// Offices whose holder speaks for a body: "Bộ trưởng Bộ Y tế" → Bộ Y tế, "Thủ tướng" →
    /// Chính phủ.
    static let offices: [[Substring]] = [
        "bo truong", "thu truong", "chu tich", "pho chu tich", "bi thu", "pho bi thu", "giam doc",
        "pho giam doc", "chu nhiem", "pho chu nhiem", "truong ban", "pho truong ban", "tong giam doc",
        "cuc truong", "vu truong", "chanh an", "vien truong", "tong cuc truong", "thong doc",
    ].phrases

    /// Offices that are a body by themselves.
    static let officeBodies: [([Substring], String)] = [
        ("thu tuong", "Chính phủ"), ("pho thu tuong", "Chính phủ"), ("chu tich quoc hoi", "Quốc hội"),
        ("pho chu tich quoc hoi", "Quốc hội"), ("tong bi thu", "Ban Chấp hành Trung ương Đảng"),
    ].map { ($0.0.split(separator: " "), $0.1) }.sorted { $0.0.count > $1.0.count }
}
