/// Where a meeting's name ends inside its clause: before what the clause tells of it.
extension MeetingReader {
    /// The end of the name that runs from a meeting noun ending at `start`, at or before `end`: before
    /// "đã", "vừa", "sẽ", "đang", "được tổ chức", "chính thức khai mạc", a verb of holding ("khai mạc", "diễn ra") or
    /// "tổ chức" with its time or place. "Đại hội lần VI của Hội điện ảnh VN ⟨đã bế mạc trưa nay⟩",
    /// "kỳ họp thứ 6 HĐND thành phố khóa VII ⟨chính thức khai mạc⟩", "hội nghị triển khai công tác
    /// giám sát năm 2005 ⟨tổ chức sáng 14/1 tại Hà Nội⟩"; not "hội nghị triển khai …", "cuộc họp bàn về …".
    static func nameEnd(_ lead: LeadWords, from start: Int, to end: Int) -> Int {
        let w = lead.words
        guard var cut = (start..<end).first(where: { k in
            let word = w[k].lower
            if ["đã", "vừa", "sẽ", "đang"].contains(word) || lead.matchWritten(toldVerbs, at: k) != nil { return true }
            // "(hội thảo …) được tổ chức", "(kỳ họp …) chính thức khai mạc"; not "(hội thảo về quyền) được
            // học tập", "Đại hội chính thức lần VII".
            if word == "được" || lead.matchesWritten(["chính", "thức"], at: k) {
                let verb = word == "được" ? k + 1 : k + 2
                return lead.matchWritten(toldVerbs, at: verb) != nil || lead.matchesWritten(["tổ", "chức"], at: verb)
                    || lead.matchesWritten(["được"], at: verb)
            }
            if lead.matchesWritten(["tổ", "chức"], at: k), k + 2 < w.count, heldWhen.contains(w[k + 2].lower) { return true }
            return false
        }) else { return end }
        // ("… Việt Nam ⟨chỉ⟩ diễn ra gói gọn": an adverb of the verb goes with it.)
        while cut > start, ["chỉ", "cũng", "vẫn", "mới", "lại", "còn", "đều"].contains(w[cut - 1].lower) { cut -= 1 }
        return cut
    }

    /// Verbs that tell what became of a meeting: "(Hội nghị …) khai mạc", "(…) diễn ra".
    /// ("kết thúc" after "đã" only: "Lễ ký kết Thỏa thuận kết thúc đàm phán …" is one name.)
    static let toldVerbs = PhraseTable(["khai mạc", "bế mạc", "diễn ra", "khép lại"])

    /// Words after "tổ chức" that give when or where a meeting was held.
    static let heldWhen: Set<String> = ["tại", "ở", "vào", "sáng", "chiều", "tối", "trưa", "hôm", "ngày", "trong", "từ"]
}
