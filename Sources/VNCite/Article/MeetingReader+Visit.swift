/// A working visit: "Đoàn công tác của Liên minh HTX Việt Nam … đã thăm và làm việc tại tỉnh ta",
/// "Thủ tướng … đã về thăm làm việc tại tỉnh Quảng Ninh", "… vừa có chuyến thăm, làm việc tại huyện
/// Vị Xuyên", "Đoàn công tác … đã đến làm việc tại tỉnh …" — held by whoever visited, as "làm việc
/// với" is.
extension MeetingReader {
    /// Whether "làm việc tại" at `i` is a visit's working session: a visit's verb joined to it
    /// (`joinedVisit`), not a trip told as the background of other news ("Hôm qua, trong chuyến thăm
    /// và làm việc tại Việt Nam, ông …", "kết thúc chuyến thăm và làm việc 3 ngày tại Nhật Bản", "… đang
    /// ở thăm và làm việc tại nước ta"), only one a body "có" ("vừa có chuyến thăm"); nor someone's
    /// place of work ("anh làm việc tại công ty …").
    static func workingVisit(_ lead: LeadWords, noun i: Int) -> Bool {
        let w = lead.words
        // "Đoàn công tác của Bộ … đã ⟨đến⟩ làm việc tại tỉnh Thái Nguyên": a trip come, told as done.
        if i >= 2, ["đến", "về"].contains(w[i - 1].lower), ["đã", "vừa"].contains(w[i - 2].lower), w[i - 2].after.isEmpty, w[i - 1].after.isEmpty {
            return true
        }
        // "Ngày 06/9/2025, Đoàn Công tác của Ban Quản lý … do ông … làm Trưởng đoàn đến làm việc tại
        // Ban Quản lý …": a delegation that opens the clause come to work, not someone's place of work.
        if i >= 1, ["đến", "về"].contains(w[i - 1].lower), w[i - 1].after.isEmpty,
           w[HostReader.clauseStart(lead, before: i)].lower == "đoàn" {
            return true
        }
        guard let visit = joinedVisit(lead, noun: i), lead.words[visit].lower != "tiếp" else { return false }
        if w[visit].lower == "chuyến" { return true }  // "có chuyến": `joinedVisit`
        return !(visit > 0 && ["chuyến", "ở", "đang"].contains(w[visit - 1].lower))
    }
}
