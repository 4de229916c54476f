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

    /// An invitation in the text, folded: "trân trọng kính mời".
    static let invitationWords = ByteNeedles(["tran trong kinh moi"])

    /// How such titles open, folded.
    static let invitations = ["giay moi ", "thu moi ", "lich cong tac ", "lich lam viec ", "lich tiep cong dan ", "thong bao lich "]

    /// "Đoàn ĐBQH tỉnh thông báo ⟨lịch⟩ tiếp xúc cử tri sau kỳ họp thứ 5 …": a meeting noun that names
    /// what a schedule lists, right after "lịch", is not held yet.
    static func scheduled(_ lead: LeadWords, noun i: Int) -> Bool {
        i > 0 && lead.words[i - 1].lower == "lịch" && lead.words[i - 1].after.isEmpty
    }
}
