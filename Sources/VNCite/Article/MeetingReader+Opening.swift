/// An opening or closing ceremony that does not say what it opens: "Tại lễ khai mạc, Phó Thủ tướng
/// … phát biểu", "22 đội đua thuyền rồng đã dự lễ khai mạc và thi đấu vòng loại", "Lễ bế mạc tối
/// qua (21/8) đã kết thúc bằng …". What it opens is told elsewhere — a festival, a fair, a
/// tournament, or a meeting the title names ("Khai mạc Đại hội thanh niên Việt Nam") — so the
/// ceremony alone is no meeting: another the lead or title reports is taken over it, and with none
/// the article reports none. Not one a body is said to hold ("Bộ Giáo dục và Đào tạo đã tổ chức lễ
/// bế mạc và trao giải thưởng kỳ thi …"), nor "lễ khai trương", a business's own ceremony.
extension MeetingReader {
    static func opensUnnamed(_ meeting: Meeting) -> Bool {
        guard meeting.host == nil, MeetingWords.family(meeting.kind) == "lễ" else { return false }
        let words = meeting.what.lowercased().split(separator: " ").prefix(3)
        return words.count == 3 && words.first == "lễ" && ["khai", "bế"].contains(words.dropFirst().first) && words.last == "mạc"
    }
}
