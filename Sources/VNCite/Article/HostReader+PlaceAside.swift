/// A body's place set after it between commas: "Trường Tiểu học Phan Chu Trinh⟨, Quận Gò Vấp⟩ đã
/// long trọng tổ chức Lễ Tổng kết năm học"; and a body named by the building that is the venue.
extension HostReader {
    /// Where an administrative place that starts at `k` ends: its unit ("quận", "huyện", "tỉnh",
    /// "thành phố", "TP", "thị xã", "xã", "phường"), then one to four capitalised words or a number
    /// ("Quận Gò Vấp", "phường 22"), no punctuation inside; nil when none starts there. (As
    /// `ownPlace` reads a place after "của", but with its name required, at most four words.)
    static func placeAside(_ lead: LeadWords, from k: Int) -> Int? {
        let w = lead.words
        guard k < w.count, let unit = lead.matchWritten(administrativeUnits, at: k) else { return nil }
        var end = k + unit
        guard w[end - 1].after.isEmpty else { return nil }
        while end < w.count, end - k - unit < 4, w[end].isCapitalised, w[end].before.isEmpty {
            end += 1
            if !w[end - 1].after.isEmpty { break }
        }
        return end > k + unit ? end : nil
    }

    /// "Trường …, Quận Gò Vấp ⟨đã long trọng tổ chức⟩": a place between commas, then nothing but the
    /// verbs before the noun `i`; where the place ends.
    /// (Not after a clause of place: "tại Cung Văn hóa Hữu nghị, thành phố Hà Nội đã tổ chức" — the
    /// city is the subject.)
    static func placeAsideBeforeVerbs(_ lead: LeadWords, from k: Int, noun i: Int) -> Int? {
        let w = lead.words
        guard k > 1, w[k - 1].after == ",", !["tại", "ở", "trong"].contains(w[clauseStart(lead, before: k - 1)].lower),
              let end = placeAside(lead, from: k), end < i,
              ["", ","].contains(w[end - 1].after),
              w[end..<i].allSatisfy({ MeetingWords.glue.contains($0.lower) }) else { return nil }
        return end
    }

    /// Administrative units written before a place's name: those a body's own place opens on
    /// (`ownPlaces`), and "TP", "thị trấn".
    static let administrativeUnits = (ownPlaces + ["tp", "thị trấn"].phrases).sorted { $0.count > $1.count }

    /// "Ngày 21/10/2022, tại ⟨trụ sở⟩ Trung tâm Lưu trữ tỉnh đã tiến hành Lễ bàn giao", "tại hội trường UBND
    /// tỉnh": the body whose building ("trụ sở", "hội trường", "phòng họp" after "tại" or "ở") is the venue,
    /// no subject that held it; so is one set after the building's comma ("tại Hội trường, Hội Nông dân
    /// tỉnh Cà Mau, Ban Thường vụ Hội Nông dân tỉnh khai mạc hội nghị").
    static func inVenue(_ lead: LeadWords, body k: Int, from start: Int) -> Bool {
        let w = lead.words
        guard k - 3 >= start, ["tại", "ở"].contains(w[k - 3].lower), w[k - 3].after.isEmpty, w[k - 2].after.isEmpty,
              ["", ","].contains(w[k - 1].after) else { return false }
        return venueBuildings.contains { lead.matchesWritten($0, at: k - 2) }
    }

    static let venueBuildings: [[Substring]] = [["trụ", "sở"], ["hội", "trường"], ["phòng", "họp"]]
}
