/// "chuẩn bị" (prepare) that says no meeting is to come: a purpose, the preparations as a subject,
/// what the meeting prepared or prepares for.
extension MeetingReader {
    /// Whether "chuẩn bị" at `k`, in the sentence of the meeting noun at `i`, leaves the meeting held.
    static func preparationHeld(_ lead: LeadWords, noun i: Int, at k: Int) -> Bool {
        // A purpose: "… để chuẩn bị cho …" after the meeting; before it too, in a clause of its own
        // ("Nhằm chuẩn bị cho Kỳ họp thứ 8, … Ủy ban Thường vụ Quốc hội tổ chức Hội nghị …"; not "… để
        // chuẩn bị cuộc họp giao ban … sắp tới"), or anywhere in a purpose that opens the sentence
        // ("Nhằm giúp doanh nghiệp chủ động chuẩn bị …, ngày 17/11, Cục Thuế … tổ chức hội nghị").
        if k > 0, ["để", "nhằm"].contains(lead.words[k - 1].lower) || ["để", "nhằm"].contains(lead.words[0].lower),
           k > i || (k..<i).contains(where: { lead.words[$0].after.contains(",") }) { return true }
        // (Or an occasion it gets ready to welcome, in a clause of its own before the meeting: "nhân dịp
        // năm mới và chuẩn bị đón Tết Nguyên đán, Ủy ban Thường vụ Quốc hội tổ chức gặp mặt …".)
        if k < i, k + 2 < i, lead.words[k + 2].lower == "đón", (k..<i).contains(where: { lead.words[$0].after.contains(",") }) { return true }
        // (Or the last of the purposes the meeting's "để" lists: "tổ chức Hội nghị … để kiện toàn tổ
        // chức và thống nhất phương án nhân sự, chuẩn bị Đại hội lần thứ 4".)
        if k > i, ((i + 1)..<k).contains(where: { ["để", "nhằm"].contains(lead.words[$0].lower) }) { return true }
        // "về công tác chuẩn bị đấu giá": the preparations are its subject.
        if k > i, k > 0, ["tác", "việc", "khâu"].contains(lead.words[k - 1].lower) { return true }
        // "phiên họp chuẩn bị cho hội nghị BCH", "Cuộc họp xây dựng kế hoạch tập huấn … chuẩn bị cho
        // SEA Games 23 đã nhất trí": what the meeting prepares for, in its name; it was held.
        // (Not another clause's: "Chào mừng thành công Đại hội X của Đảng và chuẩn bị cho một mùa du lịch".)
        // ("hội nghị thống nhất nội dung, chương trình chuẩn bị kỳ họp thứ 6": the meeting it prepares
        // for named right after.)
        if k >= i + (meetingWords(lead, at: i) ?? 0), k + 2 < lead.words.count,
           lead.words[k + 2].lower == "cho" || MeetingWords.noun(lead, at: k + 2) != nil, lead.words[k - 1].lower != "và" { return true }
        // ("Hội đồng … vừa họp triển khai … và chuẩn bị cho ⟨công tác⟩ giao - nhận quân": a task it
        // prepares for, after "và" too.)
        if k > i, k + 3 < lead.words.count, lead.words[k + 2].lower == "cho", lead.matchesWritten(["công", "tác"], at: k + 3) { return true }
        // "các tỉnh cho biết đã chuẩn bị phương tiện": done by then.
        if k > i, k > 0, ["đã", "vừa"].contains(lead.words[k - 1].lower) { return true }
        // "phiên họp chuẩn bị nội dung trình kỳ họp bất thường": what the meeting prepared, right
        // after its noun or its name's first words ("cuộc họp liên trực chuẩn bị nội dung văn kiện"),
        // not "Hội nghị chuẩn bị khai mạc".
        let named = i + (meetingWords(lead, at: i) ?? 0)
        if (named...(named + 2)).contains(k), (i..<k).allSatisfy({ lead.words[$0].after.isEmpty }),
           lead.matchWritten(heldVerbs, at: k + 2) == nil {
            return true
        }
        return false
    }
}
