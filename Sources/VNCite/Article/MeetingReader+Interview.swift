/// An interview given at a meeting: the sentence that names the meeting tells that someone
/// answered a paper's or a reporter's questions there, and questions and answers follow. "Trao
/// đổi với báo giới bên lề cuộc họp nội các chung giữa hai nước khai mạc ngày hôm qua, Phó Thủ
/// tướng Nguyễn Tấn Dũng cho biết, …" then "- Điều đó thể hiện ở những điểm gì, thưa Phó Thủ
/// tướng?": the article is the interview, not the meeting (not a meeting the lead reported first,
/// "Bộ Xây dựng chủ trì hội thảo …. Thứ trưởng … đã trao đổi với báo giới", nor a press
/// conference, whose questions are the meeting's own).
extension MeetingReader {
    static func isInterview(_ text: CleanText, sentence: Range<Int>) -> Bool {
        interviewWords.found(in: text.fold, sentence)
            && asksAndAnswers(text, from: sentence.upperBound)
    }

    /// "trả lời phỏng vấn", "trả lời Báo Thanh Niên", "trao đổi với phóng viên", "dành cho VnExpress
    /// một cuộc phỏng vấn", "trò chuyện với báo giới", folded (not "trò chuyện với" a person, in a
    /// photo's caption).
    static let interviewWords = ByteNeedles([
        "tra loi phong van", "tra loi bao", "tra loi phong vien", "tra loi pv", "trao doi voi phong vien",
        "trao doi voi bao", "trao doi voi pv", "cuoc phong van", "tro chuyen voi bao", "tro chuyen voi phong vien",
        "cuoc tro chuyen",
    ])

    /// Whether the lines after the sentence (the next 3,000 characters) hold a question and an answer
    /// turn: a line that ends in "?" and one that opens on a dash, or two questions.
    static func asksAndAnswers(_ text: CleanText, from start: Int) -> Bool {
        let s = text.scalars
        let end = min(s.count, start + 3_000)
        var questions = 0
        var turns = 0
        var lineStart = start
        for i in start...end where i == end || s[i] == "\n" {
            let line = s[lineStart..<i].drop { $0 == " " }
            if line.last(where: { $0 != " " }) == "?" { questions += 1 }
            if let first = line.first, ["-", "–", "—"].contains(first) { turns += 1 }
            lineStart = i + 1
        }
        return questions >= 2 || questions >= 1 && turns >= 1
    }
}

extension MeetingReader {
    /// "Hỏi đáp về bầu cử" / "Hỏi: Hội nghị cử tri nơi cư trú … được tiến hành thế nào?" / "Trả lời:" /
    /// "1. Việc lấy ý kiến của Hội nghị cử tri … được tổ chức ở nơi …": a reader's question and its
    /// answer, a line opening on "Hỏi:" then one on "Trả lời:" or "Đáp:", before the sentence at
    /// `start` — an explainer of how such meetings go, which reports none held. So is a letter's
    /// answer under its address: "Kính gửi: Quý Ông/Bà." / "… 1. Đối với việc lấn chiếm sân chung,
    /// UBND phường đã có buổi làm việc ngày 12/9/2022, …" (a step of the answer, not news).
    static func answersAQuestion(_ text: CleanText, before start: Int) -> Bool {
        let fold = text.fold
        var asked = false
        var lineStart = 0
        for i in 0..<min(start, fold.count) where fold[i] == 10 || i == 0 {
            if i > 0 { lineStart = i + 1 }
            var k = lineStart
            while k < fold.count, fold[k] == 32 { k += 1 }
            func opens(_ label: String) -> Bool { fold[k...].starts(with: Array(label.utf8)) }
            if opens("kinh gui") { return true }
            if opens("hoi:") { asked = true } else if asked, opens("tra loi:") || opens("dap:") { return true }
        }
        return false
    }
}
