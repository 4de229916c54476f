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

    /// "các hoạt động kỷ niệm … như: họp mặt, tọa đàm ôn lại truyền thống …", "như hội nghị, hội thảo":
    /// a meeting noun in small letters among the examples "như" opens (right after it, after its colon,
    /// or after a comma of its list of meetings; six words back at most, within its clause), a kind of
    /// activity suggested, not one held (not "Không hoành tráng như những gì hứa hẹn, lễ trao giải …");
    /// with a capital right after the colon too ("nhiều hình thức như: Mít tinh kỷ niệm, …").
    static func anExample(_ lead: LeadWords, noun i: Int) -> Bool {
        let w = lead.words
        guard !w[i].isCapitalised || i >= 1 && w[i - 1].lower == "như" && w[i - 1].after.hasPrefix(":") else { return false }
        var k = i - 1
        while k >= 0, i - k <= 6 {
            if w[k].lower == "như" {
                return k == i - 1 || w[k].after.contains(":") || w[i - 1].after == "," && lead.matchWritten(MeetingWords.nouns, at: k + 1) != nil
            }
            if w[k].after.contains(where: { ".;:".contains($0) }) { return false }
            k -= 1
        }
        return false
    }

    /// "- Tổ chức cuộc họp của cộng đồng dân cư; phát phiếu lấy ý kiến …": an item of a list that
    /// opens on the verb with no one to do it, a provision or a task, no report of a meeting held.
    static func opensATask(_ lead: LeadWords) -> Bool {
        let w = lead.words
        return w.count > 3 && ["-", "–", "+", "•"].contains(w[0].text) && w[1].text == "Tổ" && w[2].lower == "chức"
    }
}
