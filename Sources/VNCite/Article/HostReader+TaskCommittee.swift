/// A committee or council named by its task, a name that runs on past documents, commas and
/// brackets to the verb that holds the meeting.
extension HostReader {
    /// "Sáng ngày 19/01/2022, Ban Chỉ đạo Trung ương tổng kết thực hiện Nghị quyết Trung ương 7
    /// (khóa X) về nông nghiệp, nông dân, nông thôn đã tổ chức Hội nghị trực tuyến …", "Chiều 16-8,
    /// Ban chỉ đạo Trung ương thực hiện thí điểm không tổ chức HĐND huyện, quận, phường, đã tổ chức
    /// Hội nghị …": "Ban Chỉ đạo" (and how far it reaches) opens the clause, a task it was set up for
    /// follows ("tổng kết", "thực hiện", "triển khai" …), and its name runs to "(đã|vừa) tổ chức"
    /// ("tiến hành", "triệu tập") right before the noun — within the sentence, with no other verb of
    /// holding, no saying and no person's name in it. (The grammar's own task, `BodyGrammar.taskEnd`, stops at a bracket, a
    /// term or a comma that pairs nothing, as a name read anywhere must; here the verb bounds it.)
    ///
    /// Any task, when the name ends on the place the committee serves (`placeEnd`): "Ngày 10/9, Hội
    /// đồng đánh giá, phân hạng sản phẩm Chương trình “Mỗi xã một sản phẩm” (OCOP) tỉnh tổ chức hội
    /// nghị", "Sáng 19/4, Ban chỉ đạo liên ngành về an toàn thực phẩm (ATTP) tỉnh Quảng Nam phối hợp
    /// với UBND huyện Quế Sơn tổ chức Lễ phát động …", "Ban chỉ huy PCTT&TKCN xã tổ chức hội nghị",
    /// "Văn phòng Điều phối về biến đổi khí hậu tỉnh Bình Định phối hợp với Viện … tổ chức Hội thảo";
    /// or on the country it serves: "Ban Chỉ đạo (BCĐ) Tổng điều tra … năm 2025 trung ương tổ chức".
    static func taskCommittee(_ lead: LeadWords, noun i: Int) -> Range<Int>? {
        let w = lead.words
        guard i >= 2, lead.matchWritten(holds, at: i - 2)?.count == 2 else { return nil }
        var verbs = i - 2
        while verbs > 0, ["đã", "vừa"].contains(w[verbs - 1].lower) { verbs -= 1 }
        // The committee's head opens a clause of the sentence, thirty-five words at most before the verbs.
        guard let start = (max(0, verbs - 35)..<verbs).first(where: { k in
            // (Or after a place in brackets: "tại TP. Quy Nhơn (Bình Định) ⟨Văn phòng Điều phối …⟩".)
            w[k].isCapitalised && lead.match(namedByTask, at: k) != nil && (k == 0 || w[k - 1].after.contains(",") || w[k - 1].after == ")")
        }), let head = lead.match(namedByTask, at: start) else { return nil }
        var task = start + head
        while task < verbs, let n = lead.match(reaches, at: task) { task += n }
        let steering = lead.matches(["ban", "chi", "dao"], at: start) && task < verbs && lead.matchWritten(tasks, at: task) != nil
        guard task < verbs, let end = steering ? verbs : placeEnd(lead, name: start, task: task, verbs: verbs) else { return nil }
        guard !w[start..<verbs].contains(where: { $0.after.contains(where: { ".;:!?".contains($0) }) }),
              onlyItsTask(lead, name: start, task: task, end: end) else { return nil }
        return start..<end
    }

    /// Whether the task words `task..<end` of a committee's name from `start` hold no verb of holding
    /// (its task may be not to hold one: "thí điểm ⟨không tổ chức⟩ HĐND huyện"), no saying (an
    /// evaluation council's "đánh giá" is its task: "Hội đồng ⟨đánh giá⟩ sáng kiến tỉnh") and no
    /// person's name (a place's is none: "huyện ⟨Vũ Thư⟩").
    static func onlyItsTask(_ lead: LeadWords, name start: Int, task: Int, end: Int) -> Bool {
        !(task..<end).contains { k in
            let held = lead.matchWritten(MeetingWords.held, at: k) != nil && lead.words[k - 1].lower != "không"
            let evaluates = k == task && lead.matches(["hoi", "dong"], at: start) && lead.matchesWritten(["đánh", "giá"], at: k)
            let person = PersonName.read(lead, at: k) != nil && !ownPlaces.contains { k >= $0.count && lead.matchesWritten($0, at: k - $0.count) }
            return held || !evaluates && lead.matchWritten(MeetingWords.sayings, at: k) != nil || person
        }
    }

    /// "… chủ trì cuộc họp ⟨Hội đồng đánh giá, phân hạng sản phẩm Chương trình Mỗi xã một sản phẩm (OCOP)
    /// cấp huyện⟩ để đánh giá …": a committee named by its task right after a sitting's noun (at `k`),
    /// up to "để", "nhằm" or the sentence's end, ending on the place it serves; nil when it ends on none.
    static func taskCommitteeAfter(_ lead: LeadWords, at k: Int) -> Range<Int>? {
        let w = lead.words
        guard k < w.count, w[k].isCapitalised, let head = lead.match(namedByTask, at: k), k + head < w.count,
              let stop = ((k + head + 1)...min(w.count, k + 25)).first(where: { e in
                  e == w.count || ["để", "nhằm"].contains(w[e].lower) || w[e - 1].after.contains(where: { ".;:!?".contains($0) })
              }), let end = placeEnd(lead, name: k, task: k + head, verbs: stop), onlyItsTask(lead, name: k, task: k + head, end: end) else { return nil }
        return k..<end
    }

    /// Where a committee's name that ends on its place ends: right before the verbs, or before
    /// "phối hợp (với)", "cùng" and who held the meeting with it. The place is a rank ("tỉnh", "cấp
    /// huyện", "xã", "Quận 5") or a rank and its name in capitals ("tỉnh Quảng Nam", "huyện Kiến
    /// Xương"); nil when the name ends on neither.
    static func placeEnd(_ lead: LeadWords, name start: Int, task: Int, verbs: Int) -> Int? {
        let w = lead.words
        return ((task + 1)...verbs).first { k in
            guard k == verbs || lead.matchWritten(withPartners, at: k) != nil else { return false }
            if endsOnRank(lead, start..<k) || k - 2 > task && lead.matchWritten(nationalReach, at: k - 2)?.count == 2 { return true }
            // (A rank, then one to four capitalised words with nothing between them: the place
            // `ownPlace` reads.)
            return (max(task, k - 5)..<(k - 1)).contains { j in
                guard let place = ownPlace(lead, at: j), place.upperBound == k, let n = lead.matchWritten(ownPlaces, at: j), j + n < k else { return false }
                return w[(j + n)..<k].allSatisfy { $0.before.isEmpty }
            }
        }
    }

    /// What a steering committee is set up to do, right after its head: "Ban Chỉ đạo ⟨tổng kết⟩ …".
    static let tasks = PhraseTable(["tổng kết", "sơ kết", "thực hiện", "triển khai", "xây dựng"])

    /// The verbs before the noun by which a committee holds its meeting: "… ⟨tiến hành⟩ Phiên họp".
    static let holds = PhraseTable(["tổ chức", "tiến hành", "triệu tập"])

    /// A country's whole reach, the place a national committee's name ends on: "Ban Chỉ đạo (BCĐ)
    /// Tổng điều tra nông thôn, nông nghiệp năm 2025 ⟨trung ương⟩ tổ chức hội nghị".
    static let nationalReach = PhraseTable(["trung ương", "quốc gia"])

    /// Heads of committees and councils named by what they are for.
    static let namedByTask: [[Substring]] = ["ban chi dao", "ban chi huy", "hoi dong", "tieu ban", "van phong dieu phoi"].phrases

    /// Who held it with the committee, after its name: "… tỉnh Quảng Nam ⟨phối hợp với⟩ UBND huyện …".
    static let withPartners: [[Substring]] = ["phối hợp", "cùng", "kết hợp"].phrases
}
