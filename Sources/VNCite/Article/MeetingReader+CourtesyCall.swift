/// A courtesy call told by the guest: held by whom the guest called on.
extension MeetingReader {
    /// "Chiều 27/10, Đoàn đại biểu cấp cao tỉnh Attapư … đã đến chào xã giao lãnh đạo tỉnh", "Tân
    /// Tổng Lãnh sự Ấn Độ … đến chào xã giao Chủ tịch HĐND TPHCM": a call made ("đến", "đã", "vừa"
    /// before it), on a body, an office (its body is the host) or a place's leaders (no host) — not
    /// "mấy câu chào xã giao tiếng Anh", a greeting.
    static func courtesyCall(_ lead: LeadWords, noun i: Int, end: Int, place: String?, catalog: Catalog) -> (Meeting, next: Int)? {
        let w = lead.words
        let called = i + 3
        guard i > 0, ["đến", "tới", "đã", "vừa"].contains(w[i - 1].lower), w[i - 1].after.isEmpty, called < w.count,
              w[i + 2].after.isEmpty else { return nil }
        let host: String?
        if let body = BodyGrammar.read(lead, at: called, catalog: catalog) {
            host = lead.text(body)
        } else if let office = HostReader.officeBody(lead, in: called..<(called + 1), catalog: catalog) {
            host = office
        } else if lead.matchesWritten(["lãnh", "đạo"], at: called), lead.matchWritten(placeLevels, at: called + 2) != nil {
            host = nil
        } else {
            return nil
        }
        return (Meeting(kind: "buổi chào xã giao", what: lead.text(i..<end), host: host, place: place), nextNoun(lead, after: called))
    }
}
