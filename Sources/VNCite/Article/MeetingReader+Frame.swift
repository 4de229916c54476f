/// A session that frames the sitting its sentence reports.
extension MeetingReader {
    /// "Sáng 11/12, tiếp tục chương trình Kỳ họp thứ 20, HĐND TP. Hà Nội tiến hành phiên chất vấn …":
    /// the session named after "tiếp tục chương trình (làm việc của)" is the frame of the sitting
    /// the sentence goes on to report (`MeetingWords.sittings`), which is the news. Without a sitting
    /// named after it, the session is the meeting ("Tiếp tục chương trình Kỳ họp thứ 8, sáng nay Quốc
    /// hội thảo luận …").
    static func framesASitting(_ lead: LeadWords, noun i: Int, length: Int) -> Bool {
        var k = i
        while k > 0, ["làm", "việc", "của"].contains(lead.words[k - 1].lower), i - k < 3 { k -= 1 }
        guard k >= 4, lead.matchesWritten(["tiếp", "tục", "chương", "trình"], at: k - 4),
              lead.words[(k - 4)..<i].allSatisfy({ $0.after.isEmpty }) else { return false }
        return ((i + length)..<lead.words.count).contains { j in
            MeetingWords.noun(lead, at: j).map { MeetingWords.sittings.contains($0.kind) } == true
        }
    }
}

extension MeetingReader {
    /// "Chiều 12/12, trong khuôn khổ Kỳ họp thứ 15, HĐND tỉnh khóa VI đã diễn ra nội dung chất vấn …":
    /// a meeting named as the frame, in a sentence that opens on its day and names no other meeting
    /// after it, is the meeting the sentence reports (not "Trong khuôn khổ Lễ kỷ niệm …, Trung tâm … tổ
    /// chức Tọa đàm", the frame of another).
    static func framesItself(_ lead: LeadWords, noun i: Int) -> Bool {
        guard i >= 2, lead.matchesWritten(["khuôn", "khổ"], at: i - 2), MeetingDate.opensOnADay(lead),
              let (_, length) = MeetingWords.noun(lead, at: i) else { return false }
        return !((i + length)..<lead.words.count).contains { MeetingWords.noun(lead, at: $0) != nil }
    }
}
