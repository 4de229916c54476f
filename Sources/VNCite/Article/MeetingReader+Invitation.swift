/// A page that invites to meetings or lists them ahead: none of them is held yet.
extension MeetingReader {
    /// "Giấy mời dự Lễ phát động “Tết trồng cây …” Xuân Mậu Tuất 2018", "Thư mời tham dự Hội thảo …",
    /// "Lịch công tác tuần 45 của Thường trực Huyện ủy", "Thông báo lịch tiếp công dân …": a title
    /// that opens on an invitation or a schedule.
    static func invitesOrSchedules(_ title: String?) -> Bool {
        guard let title else { return false }
        let folded = Catalog.fold(String(title.prefix(24)))
        return invitations.contains { folded.hasPrefix($0) }
    }

    /// "Bộ Công Thương trân trọng kính mời Quý cơ quan, đơn vị tới dự và tham gia ý kiến tại Hội nghị./.":
    /// a page whose text invites to the meeting it tells of announces it.
    static func invitesInItsText(_ text: CleanText) -> Bool {
        invitationWords.found(in: text.fold, 0..<text.fold.count)
    }

    /// "Thời gian: 08 giờ 00, Thứ Tư, ngày 19 tháng 02 năm 2014. / Địa điểm: Hội trường Thành ủy …",
    /// "I.Thời gian và địa điểm: Từ ngày 01/12/2025 - ngày 02/12/2025.": a page that gives a meeting's
    /// time as a field on a line of its own, near its top, is a notice of it; a report tells the time in
    /// its sentences.
    static func givesItsTimeAsAField(_ text: CleanText) -> Bool {
        let fold = text.fold, limit = min(fold.count, MeetingLead.leadLimit)
        var k = 0
        while k < limit {
            let lineEnd = fold[k..<limit].firstIndex(of: 10) ?? limit
            var line = Substring(String(decoding: fold[k..<min(lineEnd, k + 40)], as: UTF8.self))
            line = line.drop { $0 == " " }
            // (past a list's mark: "I.", "2)", "-")
            let mark = line.prefix { $0.isNumber || "ivx".contains($0) }
            if !mark.isEmpty, let next = line.dropFirst(mark.count).first, ".)".contains(next) { line = line.dropFirst(mark.count + 1) }
            if let first = line.first, "-+*".contains(first) { line = line.dropFirst() }
            line = line.drop { $0 == " " }
            if line.hasPrefix("thoi gian") {
                var rest = line.dropFirst("thoi gian".count)
                if rest.hasPrefix(" va dia diem") { rest = rest.dropFirst(" va dia diem".count) }
                if rest.drop(while: { $0 == " " }).first == ":" { return true }
            }
            k = lineEnd + 1
        }
        return false
    }

    /// An invitation in the text, folded: "trân trọng kính mời".
    static let invitationWords = ByteNeedles(["tran trong kinh moi"])

    /// How such titles open, folded.
    static let invitations = ["giay moi ", "thu moi ", "lich cong tac ", "lich lam viec ", "lich tiep cong dan ", "thong bao lich "]

    /// "Đoàn ĐBQH tỉnh thông báo ⟨lịch⟩ tiếp xúc cử tri sau kỳ họp thứ 5 …": a meeting noun that names
    /// what a schedule lists, right after "lịch", is not held yet. (Not the "lịch" of "du lịch",
    /// tourism: "Sở Du lịch tiếp đoàn đại biểu TP. Ansan".)
    static func scheduled(_ lead: LeadWords, noun i: Int) -> Bool {
        i > 0 && lead.words[i - 1].lower == "lịch" && lead.words[i - 1].after.isEmpty && !(i > 1 && lead.words[i - 2].lower == "du")
    }
}
