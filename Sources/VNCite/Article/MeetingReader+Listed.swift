/// Kinds of meeting listed, none of them one meeting.
extension MeetingReader {
    /// "tham dự hội nghị, hội thảo tăng đột biến", "Câu lạc bộ Tổ chức hội nghị, hội thảo (MICE)":
    /// meeting nouns in small letters listed with commas name kinds of meeting, not one that was
    /// held. Where the list ends, so that none of its nouns is read; nil when the noun at `i` opens
    /// no such list (not "Trước giờ khai mạc Đại hội, lễ khánh thành Bia đá … đã diễn ra", nor a list
    /// that ends on a working session with its guest, one meeting: "có buổi tiếp, làm việc với đoàn …").
    static func listedKinds(_ lead: LeadWords, noun i: Int, length: Int) -> Int? {
        let w = lead.words
        guard !w[i].isCapitalised, w[i + length - 1].after == ",", lead.matchWritten(MeetingWords.nouns, at: i + length) != nil else {
            return nil
        }
        var end = i + length
        while let listed = lead.matchWritten(MeetingWords.nouns, at: end) {
            end += listed.count
            if listed.last == "với" { return nil }
            if w[end - 1].after != "," { break }
        }
        return end
    }
}
