/// Who chaired a local relay point of a meeting held online, not the meeting.
extension ChairReader {
    /// "Đồng chí Giàng A Páo – Phó Bí thư Thường trực Huyện ủy … chủ trì hội nghị tại điểm cầu huyện
    /// Tủa Chùa", "Tại điểm cầu Đảng ủy Khối …, đồng chí Nguyễn Văn Dự … chủ trì Hội nghị": a sentence
    /// that places its chair at a relay point of a province, a district, a commune or a local Party
    /// committee names who led that point; the meeting's chair is at its centre ("Tại điểm cầu Chính
    /// phủ, Phó Thủ tướng … chủ trì Hội nghị", "… chủ trì và chỉ đạo hội nghị tại điểm cầu chính").
    static func atALocalRelayPoint(_ lead: LeadWords) -> Bool {
        lead.words.indices.contains { k in
            k >= 1 && ["tại", "ở"].contains(lead.words[k - 1].lower) && lead.matchesWritten(["điểm", "cầu"], at: k)
                && (lead.matchWritten(HostReader.administrativeUnits, at: k + 2) != nil || lead.matchWritten(localCommittees, at: k + 2) != nil)
        }
    }

    /// A local committee that names a relay point after "điểm cầu", besides a place's rank
    /// (`HostReader.administrativeUnits`), which also opens its committee's name ("huyện", "Huyện ủy"):
    /// "Thành ủy", "Đảng ủy Khối".
    static let localCommittees = PhraseTable(["thành ủy", "thành uỷ", "đảng ủy", "đảng uỷ"])
}
