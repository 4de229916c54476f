/// A meeting named as the background of the news: what came after it, what it is still to come
/// before, the occasion, a concession, what the news relates to or follows.
extension MeetingReader {
    /// Whether the meeting noun at `i` is the background of its sentence's news, not the news.
    static func inTheBackground(_ lead: LeadWords, noun i: Int) -> Bool {
        // "Sau khi tham dự Hội nghị thượng đỉnh …, Thủ tướng đã đến thăm": what came after the
        // meeting is the news (not "sau khi kết thúc phiên họp, Thứ trưởng kết luận").
        if lead.matches(["sau", "khi", "tham", "du"], at: i - 4) || lead.matches(["sau", "khi", "du"], at: i - 3) { return true }
        // "… vài ngày trước khi diễn ra một cuộc họp … của IAEA vào ngày 6-3": still to come.
        if beforeItIsHeld(lead, noun: i) { return true }
        // "Nhân dịp đoàn … sang Pháp dự hội thảo quốc tế …, tối 18/3, Hội … tổ chức hội thảo": the
        // occasion. "Dù rất bận rộn với Kỳ họp thứ 6 …, các đại biểu đã ký thư", "Liên quan vụ gây rối
        // … tại lễ động thổ …, cơ quan điều tra … đã thi hành lệnh bắt": a concession or what the news
        // relates to. "theo Chương trình kỳ họp đã được thông qua, sáng 7/12, HĐND Thành phố khai mạc
        // phiên chất vấn": the programme the news follows. "Thực hiện Kế hoạch số 55-KH/ĐU … về đại hội
        // chi bộ trực thuộc nhiệm kỳ 2022-2025, Đảng ủy xã …", "Căn cứ Hướng dẫn … về tổ chức hội nghị
        // …,": the document the news carries out, and the meeting it is about (not the meeting itself
        // carried out: "Thực hiện Phiên họp thứ 55, sáng 27/4, …").
        let clause = HostReader.clauseStart(lead, before: i)
        let carriedOut = i > clause + 2 && (lead.matches(["thuc", "hien"], at: clause) || lead.matches(["can", "cu"], at: clause))
            || basisListed(lead, clause: clause, noun: i)
        return carriedOut || heldLaterInTheBasis(lead, noun: i) || lead.matches(["nhan", "dip"], at: clause)
            || lead.matchesWritten(["dù"], at: clause) || lead.matchesWritten(["mặc", "dù"], at: clause) || lead.matchesWritten(["tuy"], at: clause)
            || lead.matchesWritten(["liên", "quan"], at: clause) || lead.matchesWritten(["theo", "chương", "trình"], at: clause)
    }

    /// "Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003, Kết luận của Thường trực HĐND huyện tại hội nghị
    /// liên tịch ngày 30/10/2014, ngày 1/12 HĐND huyện Tân Yên tổ chức tiếp xúc cử tri …": a later item of
    /// the basis's list, a document by its type word, and the meeting it came from.
    static func basisListed(_ lead: LeadWords, clause: Int, noun i: Int) -> Bool {
        clause > 2 && i > clause + 1 && opensOnABasis(lead)
            && lead.words[clause].isCapitalised && lead.match(basisDocuments, at: clause) != nil
    }

    /// "Thực hiện chỉ đạo của UBND tỉnh về việc triển khai các Nghị quyết của HĐND tỉnh Trà Vinh khóa
    /// 10, tại kỳ họp thứ 4, từ ngày 18 đến ngày 21/7/2022, Sở Văn hóa … tổ chức Hội nghị triển khai
    /// …": a meeting in the basis a sentence opens on, when a meeting further on is the one held
    /// ("tổ chức" before its noun).
    static func heldLaterInTheBasis(_ lead: LeadWords, noun i: Int) -> Bool {
        guard opensOnABasis(lead) else { return false }
        let from = max(HostReader.clauseEnd(lead, from: i + 1), 2)
        return (from..<max(from, lead.words.count)).contains {
            lead.matchesWritten(["tổ", "chức"], at: $0 - 2) && MeetingWords.noun(lead, at: $0) != nil
        }
    }

    /// Whether the sentence opens on what it carries out or rests on: "Thực hiện …", "Căn cứ …".
    static func opensOnABasis(_ lead: LeadWords) -> Bool {
        lead.matches(["thuc", "hien"], at: 0) || lead.matches(["can", "cu"], at: 0)
    }

    /// The type words of the documents a basis lists, folded.
    static let basisDocuments: [[Substring]] = ["ket luan", "nghi quyet", "ke hoach", "quyet dinh", "huong dan", "thong bao", "chi thi",
                                                "cong van", "luat", "nghi dinh", "thong tu", "chuong trinh"].map { $0.split(separator: " ") }
}
