/// A meeting still to come, told by what happens on its eve.
extension MeetingReader {
    /// "Đại hội đại biểu Đảng bộ huyện Chiêm Hóa lần thứ XXII … được tổ chức vào ngày 16/8. ⟨Trước ngày
    /// khai mạc Đại hội⟩, phóng viên … phỏng vấn đồng chí …": the sentence after the meeting's opens on
    /// the eve of a meeting of its kind, so the news comes before it and none was held yet.
    static func onItsEve(_ text: CleanText, after own: Range<Int>, in sentences: [Range<Int>], kind: String) -> Bool {
        guard let next = sentences.first(where: { $0.lowerBound >= own.upperBound }) else { return false }
        let words = LeadWords(text, next)
        guard words.matchesWritten(["trước"], at: 0) else { return false }
        let eve = words.matchesWritten(["trước", "ngày", "khai", "mạc"], at: 0) ? 4 : words.matchesWritten(["trước", "thềm"], at: 0) ? 2 : 0
        guard eve > 0, let noun = MeetingWords.noun(words, at: eve) else { return false }
        return MeetingWords.family(noun.kind) == MeetingWords.family(kind)
    }
}
