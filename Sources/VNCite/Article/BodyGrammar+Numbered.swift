/// The nouns of names that a number finishes.
extension BodyGrammar {
    /// A noun that a number names, at `k`: a city's district or ward ("quận 9", "phường 11"), a
    /// military region ("Quân khu 3"), an army corps, division, brigade or regiment ("Quân đoàn 4",
    /// "Sư đoàn 312", "Lữ đoàn 139", "Trung đoàn 9"), a naval region ("Vùng 2 Hải quân"), an emulation
    /// cluster ("Cụm thi đua 3"), a Party cell or a branch ("Chi bộ 1", "Chi đoàn 2", "Chi hội 3").
    static func numbered(_ lead: LeadWords, _ k: Int) -> Bool {
        let w = lead.words
        switch w[k].lower {
        case "quận", "phường", "vùng": return true
        case "khu": return k > 0 && w[k - 1].lower == "quân"
        case "đoàn": return k > 0 && ["quân", "sư", "lữ", "trung", "binh", "hải", "chi"].contains(w[k - 1].lower)
        // ("Chi bộ 1 trực thuộc Đảng bộ …", "Chi hội 3": a Party cell or an association's branch by its number.)
        case "bộ", "hội": return k > 0 && w[k - 1].lower == "chi"
        // ("Cụm thi đua 3 UBND TPHCM": an emulation cluster, numbered without "số".)
        case "đua": return k > 1 && w[k - 1].lower == "thi" && ["cụm", "khối"].contains(w[k - 2].lower)
        default: return false
        }
    }

    /// "Cụm thi đua ⟨số 1⟩", "Đoàn kiểm tra ⟨số 8⟩", "Tổ đại biểu ⟨số 3⟩": a unit numbered with "số", a
    /// number of one to three digits alone (not a document's "số 123/QĐ-UBND"); how many words.
    static func numberedBySo(_ lead: LeadWords, at k: Int) -> Int? {
        let w = lead.words
        guard k + 1 < w.count, w[k].lower == "số", w[k - 1].after.isEmpty, w[k].after.isEmpty,
              (1...3).contains(w[k + 1].text.count), w[k + 1].text.allSatisfy(\.isNumber) else { return nil }
        return 2
    }

    /// The constituency of a deputies' group or delegation, at `k` (the name at `i` holds "đại biểu"):
    /// "Tổ Đại biểu Quốc hội TP.HCM ⟨đơn vị 10⟩", "Tổ đại biểu QH ⟨– Đơn vị số 1⟩", "Đoàn Đại biểu Quốc
    /// hội (ĐBQH) ⟨đơn vị bầu cử số 1⟩", "tổ đại biểu HĐND thành phố ⟨đơn vị quận Liên Chiểu⟩", "Tổ đại
    /// biểu HĐND TP Hà Nội ⟨ứng cử tại quận Tây Hồ⟩"; how many words.
    static func electoralUnit(_ lead: LeadWords, at k: Int, name i: Int) -> Int? {
        let w = lead.words
        guard (i..<k).contains(where: { w[$0].lower == "biểu" }),
              w[k - 1].after.isEmpty || ["–", "-"].contains(w[k].text) || w[k - 1].isBracketedAbbreviation else { return nil }
        let dash = ["–", "-"].contains(w[k].text) ? 1 : 0
        var n = dash + (lead.matchesWritten(["đơn", "vị"], at: k + dash) ? 2 : lead.matchesWritten(["ứng", "cử", "tại"], at: k + dash) ? 3 : 0)
        guard n > dash else { return nil }
        if lead.matchesWritten(["bầu", "cử"], at: k + n) { n += 2 }
        if lead.matchesWritten(["số"], at: k + n) { n += 1 }
        guard k + n < w.count, w[k + n - 1].after.isEmpty else { return nil }
        if !w[k + n].text.isEmpty, w[k + n].text.count <= 3, w[k + n].text.allSatisfy(\.isNumber) { return n + 1 }
        // (A place by its rank and name: "quận Liên Chiểu", "huyện Hóc Môn".)
        guard let rank = lead.matchWritten(HostReader.administrativeUnits, at: k + n), k + n + rank < w.count,
              w[k + n + rank - 1].after.isEmpty else { return nil }
        var end = k + n + rank
        while end < w.count, end - k - n - rank < 3, w[end].isCapitalised || w[end].text.allSatisfy(\.isNumber) {
            end += 1
            if !w[end - 1].after.isEmpty { break }
        }
        return end > k + n + rank ? end - k : nil
    }

    /// An emulation cluster's members, counted, at `k` (the name at `i` opens on "Cụm thi đua" or
    /// "Khối thi đua"): "Cụm thi đua ⟨5 thành phố trực thuộc Trung ương⟩", "Cụm thi đua Mặt trận ⟨7
    /// tỉnh⟩ Bắc Trung Bộ"; or named in small letters after "các": "Cụm thi đua ⟨các đơn vị kinh doanh
    /// ngành nước⟩"; how many words they take.
    static func countedMembers(_ lead: LeadWords, at k: Int, name i: Int) -> Int? {
        let w = lead.words
        guard lead.matchesWritten(["thi", "đua"], at: i + 1), k + 1 < w.count, w[k].after.isEmpty else { return nil }
        if w[k].lower == "các", let run = smallRun(lead, from: k + 1), run > k + 1 { return run - k }
        guard let count = Int(w[k].text), count >= 2, pluralPlaces.contains(w[k + 1].lower) else { return nil }
        var n = lead.matchesWritten(["thành", "phố"], at: k + 1) ? 3 : 2
        if w[k + n - 1].after.isEmpty, let m = lead.match(directlyUnder, at: k + n) { n += m }
        return n
    }

    /// "Chi bộ tổ dân phố 5 ⟨trực thuộc⟩ Đảng bộ phường Yên Đổ", "Trường Tiểu học Kim Đồng ⟨thuộc⟩
    /// Phòng Giáo dục …": the words that name the body above, which end the name; how many.
    static func parentWord(_ lead: LeadWords, at k: Int) -> Int? {
        lead.matchesWritten(["trực", "thuộc"], at: k) ? 2 : lead.matchesWritten(["thuộc"], at: k) ? 1 : nil
    }

    /// A ward's residential unit in small letters, numbered or named, inside a name: "Chi bộ ⟨tổ dân
    /// phố 5⟩", "Ban công tác Mặt trận ⟨khu phố 3⟩", "Chi hội Nông dân ⟨ấp Phú Hòa⟩"; or the region an
    /// agency serves: "Trung tâm Y tế (TTYT) ⟨khu vực Cà Mau⟩", "Tòa án nhân dân ⟨khu vực 15⟩"; how many
    /// words, its number or the first word of its name with them.
    static func residentialUnit(_ lead: LeadWords, at k: Int) -> Int? {
        let w = lead.words
        guard let n = lead.matchWritten(residentialUnits, at: k), k + n < w.count, w[k + n - 1].after.isEmpty,
              w[k + n].isCapitalised || !w[k + n].text.isEmpty && w[k + n].text.allSatisfy(\.isNumber) else { return nil }
        return n + 1
    }

    /// (Not "tổ" alone, which opens "tổ chức" too: "ĐH Huế tổ ⟨Hội thảo⟩".)
    static let residentialUnits: [[Substring]] = ["tổ dân phố", "khu dân cư", "khu phố", "khu vực", "thôn", "ấp", "xóm"].phrases

    /// "trực thuộc Trung ương": cities and provinces directly under the centre.
    static let directlyUnder: [[Substring]] = ["truc thuoc trung uong", "truc thuoc tw"].phrases
}
