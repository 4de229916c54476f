/// A meeting its own name gives to a body: "Hội nghị tổng kết công tác năm 2023 ⟨của Ban Nội chính
/// Tỉnh ủy⟩" is that body's, though a leader who chaired or attended it opens the sentence ("Bí thư
/// Tỉnh ủy Lê Trường Lưu dự và phát biểu chỉ đạo tại Hội nghị … của Ban Nội chính Tỉnh ủy").
extension HostReader {
    /// The body after the "của" that closes the meeting's name, within twelve words of its noun and
    /// its clause ("Hội nghị sơ kết 6 tháng và triển khai nhiệm vụ của Sở …"); none when another word
    /// of the name owns what follows ("cuộc họp về tiến độ dự án của Tập đoàn X", "hội nghị sơ kết
    /// Đề án 06 của Chính phủ", "báo cáo của …", "hội nghị triển khai Thông báo số 55-TB/TW … của Bộ
    /// Chính trị"), or when "của" follows the noun at once (`host` reads that one before any office);
    /// nor bodies of every level ("kỳ họp đầu tiên của HĐND các cấp"). (Sixteen words put one wrong
    /// host in the never-tuned draws.)
    static func ownerOfName(_ lead: LeadWords, noun i: Int, length: Int, catalog: Catalog) -> Range<Int>? {
        let w = lead.words
        var j = i + length
        while j < min(w.count, i + length + 12) {
            if w[j].lower == "của" {
                guard j > i + length, w[j - 1].after.isEmpty,
                      let body = BodyGrammar.read(lead, at: j + 1, catalog: catalog) ?? namedInFull(lead, head: j + 1, catalog: catalog) else { return nil }
                // ("kỳ họp đầu tiên của HĐND ⟨các cấp⟩": councils at every level, no one body.)
                return body.upperBound < w.count && w[body.upperBound].lower == "các" ? nil : body
            }
            let secondHalf = w[j].lower == "và" && lead.matchWritten(secondHalves, at: j + 1) != nil
            if notOwnersAcross.contains(w[j].lower) && !secondHalf || lead.matchWritten(ownersOfTheirOwn, at: j) != nil
                || namesADocument(lead, at: j) || lead.matchWritten(MeetingWords.nouns, at: j) != nil
                || lead.matchWritten(projects, at: j) != nil || w[j].after.contains(where: { ",;:.".contains($0) }) {
                return nil
            }
            j += 1
        }
        return nil
    }

    /// "… Thủ tướng Phạm Minh Chính - Trưởng Ban Chỉ đạo quốc gia phòng, chống dịch Covid-19 chủ trì
    /// Phiên họp lần thứ 20 của ⟨Ban Chỉ đạo⟩": a bare head noun that ends the clause is the body the
    /// sentence names in full with that head (one name only).
    static func namedInFull(_ lead: LeadWords, head k: Int, catalog: Catalog) -> Range<Int>? {
        let w = lead.words
        guard k < w.count, let h = BodyGrammar.head(lead, at: k), k + h == w.count || !w[k + h - 1].after.isEmpty else { return nil }
        let head = w[k..<(k + h)].map(\.lower)
        let names = w.indices.filter { $0 != k && w[$0..<min(w.count, $0 + h)].map(\.lower) == head }
            .compactMap { BodyGrammar.read(lead, at: $0, catalog: catalog) }.filter { $0.count > h }
        return Set(names.map { lead.text($0) }).count == 1 ? names.first : nil
    }

    /// Whether a document's kind stands at `j` ("Nghị quyết", "Chỉ thị" …, a notice by its number):
    /// the "của" after it names who issued it.
    static func namesADocument(_ lead: LeadWords, at j: Int) -> Bool {
        lead.matchWritten(documentNouns, at: j) != nil || numberedDocument(lead, at: j)
    }

    /// "Thông báo số 55-TB/TW", "Thông báo 55", "Công văn số 955/CV-SGTVT ngày 18/6/2020 của Sở Giao
    /// thông vận tải", "Kế hoạch số 12/KH-UBND": a notice, a letter, a plan by its number, whose "của"
    /// names who issued it (not the verb: "họp báo nhằm thông báo kết quả … của Trung tâm").
    static func numberedDocument(_ lead: LeadWords, at j: Int) -> Bool {
        guard let type = lead.matchWritten(numberedTypes, at: j), j + type.count < lead.words.count,
              lead.words[j + type.count - 1].after.isEmpty else { return false }
        let next = lead.words[j + type.count]
        return next.lower == "số" || next.text.first?.isNumber == true
    }

    /// Types of document cited by number.
    static let numberedTypes = PhraseTable(["thông báo", "công văn", "văn bản", "công điện", "kế hoạch", "hướng dẫn", "tờ trình", "quy định", "quy chế"])

    /// Words that open a phrase of the name's own, whose "của" is that phrase's: "về", "để", "với" ….
    static let notOwnersAcross: Set<String> = ["về", "để", "nhằm", "với", "tại", "cho", "giữa", "do", "và", "trong", "dưới", "theo"]

    /// What a review meeting's name goes on to after "và": "tổng kết công tác năm 2022 ⟨và triển
    /// khai⟩ nhiệm vụ năm 2023", "⟨và phương hướng⟩ nhiệm vụ …" (not "chính sách đối ngoại ⟨và hội
    /// nhập⟩ của Đảng").
    static let secondHalves = PhraseTable(["triển khai", "phương hướng"])

    /// Works a company owns: "dự án", "công trình".
    static let projects = PhraseTable(["dự án", "công trình"])
}
