/// The offices whose holders speak for a body, and those that are a body by themselves.
extension MeetingWords {
    /// Offices (folded) whose holder speaks for a body: "Bộ trưởng Bộ Y tế" → Bộ Y tế.
    static let offices: [[Substring]] = [
        "bo truong", "thu truong", "chu tich", "pho chu tich", "bi thu", "pho bi thu", "giam doc",
        "pho giam doc", "chu nhiem", "pho chu nhiem", "truong ban", "pho truong ban", "tong giam doc",
        "cuc truong", "vu truong", "chanh an", "vien truong", "tong cuc truong", "thong doc",
        "tong thanh tra", "pho tong thanh tra", "nguoi phat ngon", "pho phat ngon", "phat ngon vien", "cuc pho", "vu pho",
        "pho cuc truong", "pho vu truong", "pho tong giam doc", "pho tong cuc truong", "pho chanh an",
        "pho vien truong", "pho thong doc", "tong thu ky", "truong dai dien", "hieu truong", "pho hieu truong",
        "chanh van phong", "pho chanh van phong", "chanh thanh tra", "pho chanh thanh tra",
        "tong bien tap", "pho tong bien tap", "tu lenh", "pho tu lenh", "truong khoa", "tong lanh su",
    ].phrases

    /// The length of the office at `k`, nil when its words go on into a body's name: "Tổng lãnh sự
    /// ⟨quán⟩ Nhật Bản" is the consulate, not its head.
    static func office(_ lead: LeadWords, at k: Int) -> Int? {
        guard let n = lead.match(offices, at: k) else { return nil }
        return k + n < lead.words.count && lead.words[k + n - 1].after.isEmpty && lead.words[k + n].lower == "quán" ? nil : n
    }

    /// Offices that are a body by themselves, in Vietnam: "Thủ tướng" → Chính phủ (not
    /// "Thủ tướng Nhật"); offices whose name holds their body's: "Phó Tổng Thanh tra Nhà nước" →
    /// Thanh tra Nhà nước (not "Nhà nước").
    static let officeBodies: [([Substring], String)] = [
        ("thu tuong", "Chính phủ"), ("pho thu tuong", "Chính phủ"), ("chu tich quoc hoi", "Quốc hội"),
        ("pho chu tich quoc hoi", "Quốc hội"), ("tong bi thu", "Ban Chấp hành Trung ương Đảng"),
        ("tong thanh tra nha nuoc", "Thanh tra Nhà nước"), ("pho tong thanh tra nha nuoc", "Thanh tra Nhà nước"),
        ("tong thanh tra chinh phu", "Thanh tra Chính phủ"), ("pho tong thanh tra chinh phu", "Thanh tra Chính phủ"),
        ("tong kiem toan nha nuoc", "Kiểm toán Nhà nước"), ("pho tong kiem toan nha nuoc", "Kiểm toán Nhà nước"),
    ].map { ($0.0.split(separator: " "), $0.1) }.sorted { $0.0.count > $1.0.count }
}
