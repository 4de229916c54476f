/// Resolutions named after a Party congress.
///
/// "Nghị quyết Đại hội XIII", "Nghị quyết Đại hội XII của Đảng", "Nghị quyết ĐH X",
/// "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng", "Nghị quyết Đại hội ĐBTQ lần thứ XIII của Đảng",
/// "Nghị quyết Đại hội XI Đảng bộ tỉnh", "Nghị quyết Đại hội lần thứ XVII của Đảng bộ tỉnh" and
/// "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Tiền Giang lần thứ XI" (local congresses, also by the
/// term they elect: "… Đảng bộ tỉnh Nghệ An khóa XX"), a Party cell's ("Nghị quyết Đại hội Chi bộ Trung
/// tâm Khuyến nông lần thứ XVI", "Nghị quyết Đại hội chi bộ lần thứ XVI"); and
/// "Nghị quyết Đại hội XIII Công đoàn Việt Nam", another organisation's (`OrganisationName`), also
/// "Nghị quyết Đại hội của Hội Cựu chiến binh tỉnh lần thứ VI"; after "lần thứ" the number may be
/// written in figures: "Nghị quyết Đại hội lần thứ 10 Công đoàn tỉnh Bình Dương", as it may for
/// the Party's own: "Nghị quyết Đại hội 12 của Đảng".
enum CongressForm {
    struct Result {
        var roman: String
        var isLocal: Bool
        /// The province named in the words, for a local congress.
        var localityWords: String?
        var end: Int
        /// The unit's words after "Đảng bộ" ("huyện Nông Cống", "tỉnh"), for a local congress.
        var place: Range<Int>? = nil
        /// The organisation whose congress it was, when not the Party's.
        var organisation: OrganisationName?
    }

    static func read(_ s: inout Scanner) -> Result? {
        let start = s
        s.skipSpaces()
        // "ĐH" for Đại hội: "Nghị quyết ĐH XIII của Đảng".
        // ("Nghị quyết Đảng bộ tỉnh Thái Nguyên lần thứ XIX": the congress's resolution without its
        // word, by the committee, then "lần thứ" and its number.)
        let elided = !(s.read("dai hoi") || (s.isUppercase(s.pos) && s.read("dh")))
        guard !elided || s.isUppercase(s.pos) && s.peek("dang bo") else { s = start; return nil }
        s.skipSpaces()
        _ = s.read("dai bieu")
        s.skipSpaces()
        // ("ĐBTQ" for đại biểu toàn quốc: "Nghị quyết Đại hội ĐBTQ lần thứ XIII của Đảng".)
        if s.isUppercase(s.pos), s.read("dbtq") { s.skipSpaces() }
        var isLocal = false
        var placeStart = s.pos
        let cell = s.peek("chi bo")
        if s.read("dang bo") || s.read("chi bo") {
            // "Đại hội (đại biểu) Đảng bộ tỉnh Tiền Giang lần thứ XI", "Đại hội Chi bộ lần thứ XVI" (a
            // Party cell's)
            isLocal = true
            placeStart = s.pos
            var words = 0
            while words < 6 {
                var probe = s
                probe.skipSpaces()
                if probe.peek("lan thu") || termNumber(&probe) != nil { break }
                guard probe.readWord() != nil else { break }
                s = probe
                words += 1
            }
        } else if let organisation = s.readOrganisationAfterCountrywide() ?? ownedOrganisation(&s) {
            // "Đại hội (đại biểu) Công đoàn tỉnh lần thứ X", "Đại hội đại biểu toàn quốc Hội Chữ thập đỏ
            // Việt Nam lần thứ XI", "Đại hội của Hội Cựu chiến binh tỉnh lần thứ VI"
            s.skipSpaces()
            guard let (roman, named) = readOrdinal(&s).map({ ($0, organisation) }) ?? unitsCongress(&s, of: organisation)
            else { s = start; return nil }
            return Result(roman: roman, isLocal: named.isLocal, localityWords: named.placeWords, end: s.pos, organisation: named)
        } else {
            _ = s.read("dang")
            s.skipSpaces()
            _ = s.read("toan quoc")
        }
        let placeEnd = s.pos
        s.skipSpaces()
        guard !elided || isLocal && s.peek("lan thu") else { s = start; return nil }
        guard let roman = readOrdinal(&s) ?? (isLocal ? termNumber(&s) : partysInFigures(&s)) else { s = start; return nil }
        let end = s.pos
        var probe = s
        probe.skipSpaces()
        // ("Nghị quyết Đại hội lần thứ XVII của Đảng bộ tỉnh": the province's, its "của" written.)
        if !isLocal, probe.read("dang bo") || probe.read("cua dang bo") {
            isLocal = true  // "Đại hội XI Đảng bộ tỉnh"
            placeStart = probe.pos
            var words = 0
            while words < 4, probe.nextWordIsCapitalised() || probe.nextWordIsAny(["tinh", "thanh pho"] + lowerLevels.map(\.0)) {
                probe.skipSpaces()
                guard probe.readWord() != nil else { break }
                words += 1
            }
            return Result(roman: roman, isLocal: true,
                          localityWords: String(decoding: s.text.fold[placeStart..<probe.pos], as: UTF8.self),
                          end: end, place: placeStart..<probe.pos)
        }
        // "Nghị quyết Đại hội XIII Công đoàn Việt Nam": another organisation's congress, not the Party's
        // (none read where its name is not one the reader knows).
        if !isLocal, let organisation = probe.readOrganisation() {
            s = probe
            return Result(roman: roman, isLocal: organisation.isLocal, localityWords: organisation.placeWords,
                          end: probe.pos, organisation: organisation)
        }
        if !isLocal, probe.isUppercase(probe.pos), otherOrganisations.contains(where: { probe.peek($0) }) { s = start; return nil }
        let words = isLocal ? String(decoding: s.text.fold[placeStart..<placeEnd], as: UTF8.self) : nil
        if cell {
            let written = s.text.string(placeStart..<placeEnd).trimmingCharacters(in: .whitespaces)
            let name = written.isEmpty ? "Chi bộ" : "Chi bộ " + written
            return Result(roman: roman, isLocal: true, localityWords: nil, end: end,
                          organisation: OrganisationName(text: name, unit: name, placeWords: nil, isLocal: true))
        }
        // "Nghị quyết Đại hội Đảng bộ ⟨Công an⟩ tỉnh lần thứ XIX", "… Đảng bộ ⟨Khối các cơ quan⟩ tỉnh …":
        // a unit's Party committee, not the province's.
        if isLocal, let unit = unitsCommittee(s.text, placeStart..<placeEnd) {
            return Result(roman: roman, isLocal: true, localityWords: nil, end: end,
                          organisation: OrganisationName(text: unit, unit: unit, placeWords: nil, isLocal: true))
        }
        return Result(roman: roman, isLocal: isLocal, localityWords: words, end: end, place: isLocal ? placeStart..<placeEnd : nil)
    }

    /// "Đảng bộ Công an tỉnh": the Party committee of a unit — a force, a bloc, a department, a
    /// company — named by the words after "Đảng bộ" (`range`) when they open on one of its words,
    /// not on a place's level ("tỉnh", "huyện", "quận" …).
    static func unitsCommittee(_ text: CleanText, _ range: Range<Int>) -> String? {
        let written = text.string(range).trimmingCharacters(in: .whitespaces)
        guard let first = written.split(separator: " ").first, unitWords.contains(first.lowercased()) else { return nil }
        return "Đảng bộ " + written
    }

    /// The first words of units whose Party committees hold congresses: "Công an", "Quân sự", "Khối",
    /// "Bộ đội Biên phòng", "Cơ quan", "Trường", "Bệnh viện", "Sở", "Tập đoàn", "Tổng công ty" ….
    static let unitWords: Set<String> = [
        "công", "quân", "khối", "bộ", "cơ", "trường", "bệnh", "sở", "tập", "tổng", "ngân", "viện", "ban", "văn", "doanh",
    ]

    /// The congress's number, Roman ("XI", "lần thứ XI") or, after "lần thứ", in figures ("Đại hội
    /// lần thứ 10 Công đoàn tỉnh Bình Dương", "Đại hội Đảng bộ tỉnh lần thứ 17") or in words
    /// ("Đại hội đại biểu Đảng bộ xã lần thứ nhất", "lần thứ mười bảy"), as a Roman numeral.
    static func readOrdinal(_ s: inout Scanner) -> String? {
        let ordinal = s.read("lan thu")
        s.skipSpaces()
        if let roman = s.readRoman() { return roman }
        guard ordinal else { return nil }
        return figures(&s, upTo: 30) ?? PlenumForm.readOrdinal(&s).map { Roman.numeral($0.0) }
    }

    /// "Nghị quyết Đại hội Đảng bộ huyện Nông Cống lần thứ XXV": a district's, a ward's or a
    /// commune's congress, whose committee is a Huyện ủy (HU), a Quận ủy (QU) or an Đảng ủy (ĐU),
    /// not the province's; the body is the unit as written after "Đảng bộ" (`place`).
    static func lowerLevel(_ place: Range<Int>, in text: CleanText) -> BodyName? {
        let folded = String(decoding: text.fold[place], as: UTF8.self).trimmingCharacters(in: .whitespaces)
        guard let code = lowerLevels.first(where: { folded == $0.0 || folded.hasPrefix($0.0 + " ") })?.1 else { return nil }
        return BodyName(text: "Đảng bộ " + text.string(place).trimmingCharacters(in: .whitespaces), code: code, isLocal: true)
    }

    /// The levels under a province, folded, and their committees' codes.
    static let lowerLevels = [("huyen", "HU"), ("quan", "QU"), ("xa", "ĐU"), ("phuong", "ĐU"), ("thi tran", "ĐU")]

    /// "Nghị quyết Đại hội Công đoàn Sở Kế hoạch và Đầu tư khoá VII", "… Đoàn TNCS Hồ Chí Minh thị
    /// trấn Phú Thịnh lần thứ IX": an organisation's branch in a unit, named by up to six words (on
    /// one line, no mark between) before its number or the term it elects.
    static func unitsCongress(_ s: inout Scanner, of organisation: OrganisationName) -> (String, OrganisationName)? {
        var probe = s
        let wordsStart = probe.pos
        var wordsEnd = probe.pos
        for _ in 0..<6 {
            guard probe.readWord() != nil else { return nil }
            wordsEnd = probe.pos
            guard probe.current == UInt8(ascii: " ") else { return nil }
            probe.skipSpaces()
            var term = probe
            if probe.peek("lan thu") || termNumber(&term) != nil { break }
        }
        guard let roman = readOrdinal(&probe) ?? termNumber(&probe) else { return nil }
        s = probe
        let text = organisation.text + " " + probe.string(wordsStart..<wordsEnd)
        return (roman, OrganisationName(text: text, unit: text, placeWords: nil, isLocal: true))
    }

    /// "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Nghệ An khóa XX": a local congress named by the
    /// term of the committee it elects, the congress "lần thứ XX" (not "Đảng bộ Sở Khoa học").
    static func termNumber(_ s: inout Scanner) -> String? {
        var probe = s
        guard probe.read("khoa") else { return nil }
        probe.skipSpaces()
        guard let roman = probe.readRoman() else { return nil }
        s = probe
        return roman
    }

    /// A congress's number in figures, 1 to `most`, as a Roman numeral; read past only when it is one.
    static func figures(_ s: inout Scanner, upTo most: Int) -> String? {
        var probe = s
        guard let digits = probe.readNumber(), let n = Int(probe.string(digits)), (1...most).contains(n),
              !Scanner.isWordByte(probe.current) else { return nil }
        s = probe
        return Roman.numeral(n)
    }

    /// "Nghị quyết Đại hội 12 của Đảng": the Party's national congress by its number in figures,
    /// said to be the Party's (not "Đại hội 12 của Đảng bộ …"); or an organisation's the reader knows,
    /// named right after it: "Nghị quyết Đại hội 12 Công đoàn Việt Nam".
    static func partysInFigures(_ s: inout Scanner) -> String? {
        var end = s
        guard let roman = figures(&end, upTo: 14) else { return nil }
        var probe = end
        probe.skipSpaces()
        var named = probe
        if named.isUppercase(named.pos), named.readOrganisation() != nil { s = end; return roman }
        guard probe.read("cua dang"), !Scanner.isWordByte(probe.current) else { return nil }
        probe.skipSpaces()
        guard !probe.read("bo") else { return nil }
        s = end
        return roman
    }

    /// "của Hội Cựu chiến binh tỉnh": an organisation the congress is said to be of.
    static func ownedOrganisation(_ s: inout Scanner) -> OrganisationName? {
        var probe = s
        guard probe.read("cua") else { return nil }
        probe.skipSpaces()
        guard let organisation = probe.readOrganisation() else { return nil }
        s = probe
        return organisation
    }

    /// The first words of the organisations whose congresses are numbered too (folded).
    static let otherOrganisations = ["cong doan", "doan", "hoi", "mat tran", "lien doan", "lien hiep", "mttq"]
}
