/// A body that tells its news at the meeting.
extension HostReader {
    /// "Hội đồng Thi đua Quận Tân Phú - TPHCM đã cho biết như trên tại hội nghị tổng kết …", "… vừa
    /// được Hội đồng tư vấn đặc xá trung ương cho biết trong hội nghị tổng kết chiều qua": the body
    /// that is the subject of what was said at the meeting holds it, as one that opens the clause
    /// after it does ("Tại hội nghị …, Sở Y tế đề nghị": `nextClause`). Only a body that opens its
    /// clause or follows "được"/"do": not a speaker's place of work ("tiến sĩ X, Viện nghiên cứu
    /// quốc gia Pháp (INSERM) phát biểu tại Hội nghị quốc tế về AIDS"), as a person speaking may be
    /// a guest (their office is read only at working sessions and press conferences: `speaker`).
    static func toldBy(_ lead: LeadWords, noun i: Int, catalog: Catalog) -> Range<Int>? {
        guard let verb = MeetingReader.saying(before: i, in: lead),
              lead.matchWritten(MeetingWords.putForward, at: verb) == nil else { return nil }
        let start = clauseStart(lead, before: verb)
        let w = lead.words
        // (No person named before it in the sentence: not a speaker's name, office and body, "Ông Phạm
        // Hưng Củng, Vụ trưởng Vụ Y học cổ truyền, Bộ Y tế cho biết …"; a time may come first: "hôm
        // qua 17-2, Bộ Y tế đã thông báo như trên tại hội nghị …".)
        let opens = !(0..<start).contains { PersonName.read(lead, at: $0) != nil }
        for k in start..<verb where k == start && opens || k > start && ["duoc", "do"].contains(w[k - 1].folded) {
            guard let r = BodyGrammar.read(lead, at: k, catalog: catalog) ?? headWithTail(lead, at: k, catalog: catalog),
                  r.upperBound <= verb else { continue }
            // The rest of a name the grammar stopped short of, in small letters ("Hội đồng ⟨tư vấn đặc xá
            // trung ương⟩ cho biết"), then nothing but verbs and adverbs.
            guard let verbs = (r.upperBound...verb).first(where: { w[$0..<verb].allSatisfy { MeetingWords.glue.contains($0.lower) } }),
                  verbs == r.upperBound || nameTail(lead, r.upperBound..<verbs),
                  w[r.lowerBound..<verb].allSatisfy({ $0.after.isEmpty }),
                  // (Not a foreign name that a head word opens: "Ban Ki-moon phát biểu trong cuộc họp".)
                  w[r.lowerBound..<verbs].allSatisfy(\.isVietnamese) else { continue }
            return r.lowerBound..<verbs
        }
        return nil
    }

    /// "Phó thủ tướng Phạm Gia Khiêm phát biểu tại Hội nghị tuyển sinh sau ĐH", "Thủ tướng Phan Văn
    /// Khải đã nhấn mạnh như vậy tại lễ khởi công …": a national leader who speaks at a conference or
    /// a ceremony is its guest, and the body their office implies ("Chính phủ", unwritten) did not
    /// hold it. (At a meeting or a working session, who speaks speaks for it, as `speaker` reads;
    /// and "Cục trưởng Cục Quản lý dược … nói như trên tại hội nghị" writes the body, often the host's.)
    /// At a seminar, a round table or a ceremony, whoever speaks is a guest, their body written or
    /// not: "Bộ trưởng KHCN Hoàng Văn Phong nhận định tại hội thảo quốc gia", "Chủ tịch VINASA …
    /// nhấn mạnh tại buổi tọa đàm".
    static func guestSpeaker(_ lead: LeadWords, noun i: Int, length: Int, body: String) -> Bool {
        if presenter(lead, noun: i) { return true }
        let kind = MeetingWords.kinds[lead.words[i..<(i + length)].map(\.lower).joined(separator: " ")] ?? ""
        guard !spokenFor.contains(kind), MeetingReader.saying(before: i, in: lead) != nil else { return false }
        if guestsSpeak.contains(MeetingWords.family(kind)) { return true }
        guard MeetingWords.officeBodies.contains(where: { $0.1 == body }) else { return false }
        let written = LeadWords.normal(body).split(separator: " ")
        return !lead.words.indices.contains { lead.matchesWritten(written, at: $0) }
    }

    /// "TS. Vũ Đình Chuẩn, Vụ trưởng Vụ Giáo dục Trung học, Bộ GD&ĐT báo cáo chuyên đề tại Hội nghị",
    /// "… trình bày tham luận tại hội thảo": who presents a topic or a paper at a meeting is its guest.
    static func presenter(_ lead: LeadWords, noun i: Int) -> Bool {
        guard i >= 3, ["tại", "ở"].contains(lead.words[i - 1].lower) else { return false }
        return lead.matchesWritten(["chuyên", "đề"], at: i - 3) || lead.matchesWritten(["tham", "luận"], at: i - 3)
    }

    /// Meetings whose speakers are guests: "hội thảo", "tọa đàm", "diễn đàn", "lễ" (by their `family`:
    /// "lễ kỷ niệm" is a "lễ").
    static let guestsSpeak: Set<String> = ["hội thảo", "tọa đàm", "diễn đàn", "lễ"]
}
