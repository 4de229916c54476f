/// Meetings a lead tells of that are not its news: called off, held long ago, or placed by a month.
extension MeetingReader {
    /// A meeting called off or that should have been: "huỷ cuộc gặp với Thủ tướng Nhật", "rút khỏi
    /// cuộc gặp cấp ngoại trưởng", "cuộc họp … đã bị hoãn lại", "lẽ ra ông có cuộc gặp với các công tố
    /// viên".
    static func calledOff(_ lead: LeadWords, noun i: Int, length: Int) -> Bool {
        let w = lead.words
        let stops: Set<String> = ["hủy", "huỷ", "hoãn"]
        if (max(0, i - 2)..<i).contains(where: { stops.contains(w[$0].lower) && w[$0].after.isEmpty }) { return true }
        if i >= 2, lead.matchesWritten(["rút", "khỏi"], at: i - 2) { return true }
        let start = HostReader.clauseStart(lead, before: i)
        if (start..<i).contains(where: { lead.matchesWritten(["lẽ", "ra"], at: $0) }) { return true }
        let end = HostReader.clauseEnd(lead, from: i + length)
        return ((i + length)..<end).contains { k in
            w[k].lower == "bị" && k + 1 < w.count && stops.contains(w[k + 1].lower)
        }
    }

    /// A letter's or a speech's address: "Kính thưa các vị đại biểu Quốc hội đang tham dự kỳ họp lần
    /// thứ 7 khóa XI", "Kính gửi Hội nghị …" — whom it speaks to, no meeting reported.
    static func addressed(_ lead: LeadWords) -> Bool {
        lead.matchesWritten(["kính", "thưa"], at: 0) || lead.matchesWritten(["kính", "gửi"], at: 0)
    }

    /// A meeting placed by a month alone, as news of the day never is: "Hội nghị thế giới xã hội
    /// thông tin diễn ra ở Geneve (Pháp) vào tháng 12/2003", "cuộc họp báo hồi tháng 1-2006", "Đại
    /// hội LĐBĐ VN nhiệm kỳ V vào trung tuần tháng 4-2005" — one long past or still to come (not the
    /// month a session is named by: "phiên họp thường kỳ tháng 2-2006").
    static func placedByMonth(_ lead: LeadWords, noun i: Int, length: Int) -> Bool {
        let w = lead.words
        if placedInAPastMonth(lead, noun: i, length: length) || placedByAYear(lead, noun: i) { return true }
        let end = HostReader.clauseEnd(lead, from: i + length)
        for k in (i + length)..<end {
            if k > i + length, lead.matchWritten(MeetingWords.nouns, at: k) != nil { return false }
            guard ["vào", "hồi", "trong"].contains(w[k].lower) else { continue }
            var m = k + 1
            if m < end, ["cuối", "đầu", "giữa"].contains(w[m].lower) { m += 1 }
            if m + 1 < end, lead.matchesWritten(["trung", "tuần"], at: m) { m += 2 }
            if m + 1 < end, w[m].lower == "tháng", w[m + 1].text.split(whereSeparator: { "/-".contains($0) }).count == 2,
               w[m + 1].text.count >= 6 {
                return true
            }
        }
        return false
    }

    /// A meeting placed in a month said to be past, with no year: "tại một hội nghị an ninh mạng
    /// tháng 2 vừa qua", "lễ tổng kết năm 2005 vào cuối tháng 1 vừa qua", "cuộc họp … tháng trước" —
    /// background, not the day's news. (Not the month of another event the name goes on to: "cuộc làm
    /// việc với … về vụ ẩu đả tại cuộc đua xe đạp Tour Thái Lan vào tháng 5 vừa qua".)
    static func placedInAPastMonth(_ lead: LeadWords, noun i: Int, length: Int) -> Bool {
        let w = lead.words
        // (In the meeting's own words, to the first mark: not "…, ông Minh cho biết … từ tháng trước".)
        let end = ((i + length)..<min(w.count, i + length + 24)).first { w[$0].after.contains(where: { ",;:.!?".contains($0) }) }
            .map { $0 + 1 } ?? min(w.count, i + length + 24)
        for k in (i + length)..<end {
            if k > i + length, lead.matchWritten(MeetingWords.nouns, at: k) != nil || ["cuộc", "vụ"].contains(w[k].lower) { return false }
            // (A day of that month is a date: "từ ngày 8 đến ngày 10 tháng 3 vừa qua".)
            guard w[k].lower == "tháng", k + 1 < end, !(k > 0 && Int(w[k - 1].text) != nil) else { continue }
            if ["trước", "rồi"].contains(w[k + 1].lower) { return true }
            guard let month = Int(w[k + 1].text), (1...12).contains(month), w[k + 1].after.isEmpty, k + 2 < w.count else { return false }
            return lead.matchesWritten(["vừa", "qua"], at: k + 2) || ["trước", "rồi"].contains(w[k + 2].lower)
                || lead.matchesWritten(["năm", "ngoái"], at: k + 2) || lead.matchesWritten(["năm", "trước"], at: k + 2)
        }
        return false
    }

    /// A meeting told as so long ago, in its clause or in the clause that opens on the time before
    /// it: "Cách đây khoảng 2 tháng, Công an huyện Phú Tân tổ chức trọng thể buổi lễ tổng kết …",
    /// "ông cho biết cách đây khoảng hơn nửa tháng, Bộ GD-ĐT có họp …". Years ago are history
    /// anywhere before it in the sentence: "Cách đây 70 năm, ngày 27/2/1955, Bác Hồ đã viết thư gửi
    /// đến Hội nghị Cán bộ y tế".
    static func toldAgo(_ lead: LeadWords, noun i: Int) -> Bool {
        let clause = HostReader.clauseStart(lead, before: i)
        let from = clause > 0 ? HostReader.clauseStart(lead, before: clause - 1) : clause
        let ago = { (k: Int) in lead.matchesWritten(["cách", "đây"], at: k) || lead.matchesWritten(["cách", "nay"], at: k) }
        return (from..<i).contains(where: ago) || (0..<from).contains { k in
            ago(k) && (k + 2..<min(i, k + 5)).contains { lead.words[$0].lower == "năm" && Int(lead.words[$0 - 1].text) != nil }
        }
    }

    /// "Đặc biệt, ⟨năm 2020,⟩ tại Hà Nội, Tổng Bí thư đã có buổi làm việc …": a meeting whose sentence
    /// is placed by a year alone, set off by commas before it, with no day or time of day — history
    /// told, not the day's news (not the year in a meeting's name: "hội nghị tổng kết năm 2020"). A
    /// time word is a time with its day, its "nay", "qua" or a comma after it ("Cùng ngày, …"), not a
    /// word it opens nor a day's name: "Năm 1992, Chính phủ Ca-na-đa đã đề xuất sáng kiến “Ngày Đại
    /// dương Thế giới” tại Hội nghị Thượng đỉnh về Trái đất".
    static func placedByAYear(_ lead: LeadWords, noun i: Int) -> Bool {
        let w = lead.words
        let timed = { (k: Int) in
            k + 1 >= w.count || !w[k].after.isEmpty || w[k + 1].text.first?.isNumber == true || timeAfters.contains(w[k + 1].lower)
        }
        guard let year = (1..<max(1, i - 1)).first(where: { k in
            w[k - 1].lower == "năm" && w[k].text.count == 4 && w[k].text.allSatisfy(\.isNumber) && w[k].after == ","
                && (k == 1 || w[k - 2].after == ",")
        }) else { return false }
        return w[..<i].indices.allSatisfy { k in
            k == year || !w[k].text.contains(where: \.isNumber) && !(BodyGrammar.sentenceTimes.contains(w[k].lower) && timed(k))
                && lead.matchWritten(MeetingWords.times, at: k) == nil
        }
    }

    /// What follows a time word that tells a time: "sáng nay", "chiều qua", "sáng thứ Hai", "tối chủ nhật", "ngày hôm đó".
    static let timeAfters: Set<String> = ["nay", "qua", "mai", "hôm", "ngày", "thứ", "chủ", "cùng", "đó", "ấy"]

    /// "(LLCT) - Đại hội XII của Đảng khẳng định: “Quan tâm và tạo điều kiện …”": a Party congress by
    /// its number, saying what its documents say, with no day of its own — doctrine cited, no
    /// meeting reported.
    static func congressTeaches(_ lead: LeadWords, noun i: Int) -> Bool {
        let w = lead.words
        guard lead.matchesWritten(["đại", "hội"], at: i), i + 2 < w.count, BodyGrammar.isRoman(w[i + 2].folded) else { return false }
        var k = i + 3
        if lead.matchesWritten(["của", "đảng"], at: k) { k += 2 }
        return k < w.count && lead.matchWritten(teachings, at: k) != nil && !namesADay(lead) && !MeetingWords.saysATime(lead)
    }

    /// What a congress's documents are said to do: "khẳng định", "chỉ rõ", "xác định", "nêu rõ", "đề ra", "nhấn mạnh".
    static let teachings = PhraseTable(["khẳng định", "chỉ rõ", "xác định", "nêu rõ", "đề ra", "nhấn mạnh"])
}
