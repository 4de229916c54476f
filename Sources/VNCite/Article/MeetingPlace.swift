/// Where a meeting was held, as the lead says it with "tại".
///
/// "Cuộc họp sáng nay tại Sở Tài nguyên môi trường nhằm …" → "Sở Tài nguyên môi trường";
/// "Sáng 28/6, tại Đà Nẵng, VKSND tối cao đã họp …" → "Đà Nẵng"; "buổi họp giao ban … tại văn
/// phòng Bộ Thương mại ở TP HCM" → "văn phòng Bộ Thương mại". Only a "tại" in the meeting's own
/// words or one that opens a clause before it: "Đại sứ Việt Nam tại Malaysia" names an office,
/// "Tại cuộc họp" a meeting, not a place.
enum MeetingPlace {
    static func read(_ lead: LeadWords, noun i: Int, length: Int, end: Int, catalog: Catalog) -> String? {
        let w = lead.words
        let opening = (0..<i).filter { k in k == 0 || w[k - 1].after.contains(",") }
        // (Not a "tại" inside a quoted theme: "hội thảo với chủ đề "Di tích … tại Thành phố Hồ Chí Minh - Dấu ấn …"".)
        for k in opening + lead.outsideQuotes((i + length)..<end) where w[k].lower == "tại" && w[k].after.isEmpty {
            // (Not the stop of the sentence that its last word kept: "tại Kho bạc Nhà nước TP.HCM.")
            if let r = place(lead, at: k + 1, catalog: catalog) { return lead.text(r).withoutClosingStops() }
        }
        return nil
    }

    /// The place that starts at `k`: a body's premises ("Sở Ngoại vụ TP.HCM", "trụ sở Bộ Y tế"),
    /// or a run of capitalised words ("Hà Nội", "khách sạn Melia", "TP Hồ Chí Minh").
    static func place(_ lead: LeadWords, at k: Int, catalog: Catalog) -> Range<Int>? {
        let w = lead.words
        guard k < w.count, lead.matchWritten(MeetingWords.nouns, at: k) == nil else { return nil }
        // ("… theo tiến độ yêu cầu tại ⟨Chỉ thị số 35-CT/TW⟩": where a document says it, no place.)
        if lead.matchWritten(documents, at: k) != nil { return nil }
        let start = past(premises, in: lead, from: k)
        if let body = BodyGrammar.read(lead, at: start, catalog: catalog) { return k..<body.upperBound }
        // "Nhà hát Lớn", "Khách sạn Melia", "Cung Văn hóa Lao động": a building's noun, its second
        // half written small, then its name.
        let building = w[start].isCapitalised ? lead.match(buildings, at: start) ?? 0 : 0
        // "Hội trường ⟨UBND tỉnh⟩": a body's hall.
        if building > 0, let body = BodyGrammar.read(lead, at: start + building, catalog: catalog) { return k..<body.upperBound }
        var end = start + building
        // ("Nhà Quốc ⟨hội⟩", "Phủ Chủ ⟨tịch⟩", "Kho ⟨bạc⟩ Nhà nước": the second half of a word the name
        // holds, written small.)
        func completes(_ k: Int) -> Bool { k > start && w[k - 1].after.isEmpty && secondHalves[w[k - 1].lower] == w[k].lower }
        while end < w.count, w[end].isCapitalised || completes(end), end == start || w[end].before.isEmpty,
              !BodyGrammar.isTimeOrNumber(w[end].text), !BodyGrammar.sentenceTimes.contains(w[end].lower) {
            end += 1
            if !["", "-", "–"].contains(w[end - 1].after) { break }
        }
        // (A building's name that goes on in small letters is cut: the building alone, "Nhà văn hóa"
        // of "Nhà văn hóa Thanh niên".)
        if building > 0, end > start + building, end < w.count, w[end - 1].after.isEmpty, w[end].before.isEmpty, !w[end].isCapitalised,
           !MeetingWords.glue.contains(w[end].lower), !HostReader.meetingWordsAfterName.contains(w[end].lower) {
            end = start + building
        }
        // "Trung tâm triển lãm Vân Hồ", "Nhà hát lớn Hà Nội", "Tổng lãnh sự quán Nhật Bản": one
        // capital, then small words, then the name — the words a name may end on (`nameTail`).
        let head = building > 0 ? building : w[start].isCapitalised ? lead.match(placeHeads, at: start) ?? 0 : 0
        if head > 0, end > start, end - start <= head, end < w.count, w[end - 1].after.isEmpty, !w[end].isCapitalised,
           let last = (end..<min(w.count, end + 6)).last(where: { w[$0].isCapitalised && HostReader.nameTail(lead, end..<($0 + 1)) }) {
            end = last + 1
            while end < w.count, w[end].isCapitalised || completes(end), w[end - 1].after.isEmpty, !BodyGrammar.isTimeOrNumber(w[end].text) { end += 1 }
        }
        return end > start ? k..<end : nil
    }

    /// Documents, which "tại" may name as where something is said: "tại Chỉ thị", "tại Kế hoạch số …";
    /// and a programme, a session's or a plan's: "tại Chương trình Kỳ họp thứ 8".
    static let documents = PhraseTable(HostReader.documentWords + ["quyết định", "kế hoạch", "thông báo", "kết luận", "quy định",
                                                                   "công văn", "hướng dẫn", "văn bản", "tờ trình", "báo cáo", "điều",
                                                                   "chương trình"])

    /// Words of venues' names written with one capital: "Nhà Quốc hội", "Phủ Chủ tịch", "Trụ sở
    /// Chính phủ".
    static let secondHalves: [String: String] = [
        "quốc": "hội", "chủ": "tịch", "chính": "phủ", "kho": "bạc", "nhà": "nước", "bến": "xe", "bưu": "điện", "liên": "đoàn",
    ]

    /// Buildings whose noun's second half is written small (folded); rooms too: "tại Phòng họp UBND huyện".
    static let buildings: [[Substring]] = [
        "nha hat", "nha van hoa", "nha khach", "nha thi dau", "nha truyen thong", "khach san", "cung van hoa",
        "cung thieu nhi", "trai giam", "san van dong", "bao tang", "hoi truong", "nha tang le", "phong hop", "phong khanh tiet",
        // ("Đền thờ Chủ tịch Hồ Chí Minh", "Khu di tích Kim Liên", "Nhà lưu niệm Bác Hồ".)
        "den tho", "khu di tich", "nha luu niem",
        // (Places of worship: "Nhà thờ Hội thánh", "Thánh thất Cao Đài".)
        "nha tho", "thanh that", "nha nguyen",
    ].phrases

    /// Places named by a common noun, its first word capitalised, then their own name: "Trung tâm
    /// triển lãm Vân Hồ", "Tổng lãnh sự quán Nhật Bản", "Thủ đô Hà Nội", "Thành phố Huế", "Cơ quan phía
    /// Nam Tập đoàn VNPT" (folded).
    static let placeHeads: [[Substring]] = [
        "trung tam", "tong lanh su quan", "dai su quan", "cong vien", "khu", "van phong", "dai le duong", "tru so", "cung",
        "thu do", "thanh pho", "co quan",
    ].phrases

    /// Where a place's name starts: past at most two small words of `words` ("trụ sở", "văn
    /// phòng"), written small and run together.
    static func past(_ words: Set<String>, in lead: LeadWords, from k: Int) -> Int {
        var start = k
        while start < min(lead.words.count, k + 2), !lead.words[start].isCapitalised, words.contains(lead.words[start].lower),
              lead.words[start].after.isEmpty {
            start += 1
        }
        return start
    }

    /// Small words before a place's name: "trụ sở", "khách sạn", "thành phố".
    static let premises: Set<String> = [
        "trụ", "sở", "văn", "phòng", "hội", "trường", "khách", "sạn", "nhà", "thành", "phố", "tỉnh", "thủ", "đô",
        "trung", "tâm",
    ]

    /// The body whose premises held it, when the lead names no host: "cuộc họp … tại Bộ Công
    /// nghiệp ngày 15/12" → "Bộ Công nghiệp"; a state office, not a centre or a hotel.
    static func body(_ place: String, catalog: Catalog) -> String? {
        let lead = LeadWords(place)
        let start = past(["trụ", "sở", "văn", "phòng"], in: lead, from: 0)
        guard start < lead.words.count, lead.match(offices, at: start) != nil || ["UBND", "HĐND"].contains(lead.words[start].text),
              let r = BodyGrammar.read(lead, at: start, catalog: catalog) else { return nil }
        return lead.text(r)
    }

    /// Heads of the state offices that hold meetings in their own premises.
    static let offices: [[Substring]] = [
        "bo", "so", "uy ban nhan dan", "hoi dong nhan dan", "tinh uy", "thanh uy", "huyen uy", "cuc", "tong cuc",
        "van phong", "uy ban", "dang uy", "vien",
    ].phrases
}
