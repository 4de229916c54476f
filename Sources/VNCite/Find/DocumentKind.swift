/// A document type as articles name it, with the code its number carries.
///
/// "Nghị quyết" ↔ NQ, "Chỉ thị" ↔ CT, "Kết luận" ↔ KL, "Nghị định" ↔ NĐ, "Luật" (cited by name).
struct DocumentKind: Sendable {
    /// The canonical Vietnamese name: "Nghị quyết".
    let name: String
    /// The words as they fold: "nghi quyet".
    let folded: String
    /// The code in a Party number ("05-CT/TW" → CT), if the Party issues this type.
    let partyCode: String?
    /// The code in a State number ("749/QĐ-TTg" → QĐ), if the State issues this type.
    let stateCode: String?
    /// Laws, codes and ordinances are cited by name ("Luật Báo chí", "Pháp lệnh Dân số") or by
    /// a National Assembly number ("Pháp lệnh số 07/2022/UBTVQH15").
    var isLaw: Bool { folded == "luat" || folded == "bo luat" || folded == "phap lenh" }

    /// Whether a symbol's type code fits this type word: "Quy định" takes QĐ, QĐi and QyĐ; a
    /// code that fits no type word ("Luật … số 21-TB/TW") makes the mention that code's type.
    func accepts(code: String) -> Bool {
        code == partyCode || code == stateCode || (folded == "quy dinh" && ["QĐ", "QĐi", "QyĐ"].contains(code))
            || (folded == "quy che" && code == "QCPH")
            || (folded == "chuong trinh hanh dong" && code == "CTr")
    }

    /// Whether the type word, as `written`, is a noun that names nothing but a document: "nghị
    /// định", "thông tư", "chỉ thị", "nghị quyết", "công văn" — a bare number after it in small
    /// letters is the document's ("theo nghị định 181"), where "quyết định", "thông báo", "quy
    /// định", "kế hoạch" are verbs or common nouns too ("quyết định 5 người", "thông báo 4 biện
    /// pháp"). With its marks: "chỉ thì" is no "chỉ thị". A number of four digits is a công văn's,
    /// not a resolution's of this country ("Syria thực hiện nghị quyết 1559").
    func namesOnlyDocuments(as written: String, number: String) -> Bool {
        ["nghi dinh", "thong tu", "chi thi", "nghi quyet", "cong van", "thong tu lien tich"].contains(folded)
            && written.lowercased() == name.lowercased() && (folded == "cong van" || number.count <= 3)
    }

    /// Longest names first, so "Thông báo kết luận" wins over "Thông báo".
    static let all: [DocumentKind] = [
        // "Thông báo kết luận số 88/TB-VPUBND" is a Thông báo.
        .init(name: "Thông báo", folded: "thong bao ket luan", partyCode: "TB", stateCode: "TB"),
        .init(name: "Thông tư liên tịch", folded: "thong tu lien tich", partyCode: nil, stateCode: "TTLT"),
        .init(name: "Nghị quyết liên tịch", folded: "nghi quyet lien tich", partyCode: nil, stateCode: "NQLT"),
        // "Chương trình hành động số 20-CTr/TU" is a Chương trình, as its code says.
        .init(name: "Chương trình", folded: "chuong trinh hanh dong", partyCode: "CTr", stateCode: "CTr"),
        .init(name: "Nghị quyết", folded: "nghi quyet", partyCode: "NQ", stateCode: "NQ"),
        .init(name: "Chỉ thị", folded: "chi thi", partyCode: "CT", stateCode: "CT"),
        .init(name: "Kết luận", folded: "ket luan", partyCode: "KL", stateCode: nil),
        .init(name: "Quyết định", folded: "quyet dinh", partyCode: "QĐ", stateCode: "QĐ"),
        .init(name: "Quy định", folded: "quy dinh", partyCode: "QĐ", stateCode: "QyĐ"),
        .init(name: "Quy chế", folded: "quy che", partyCode: "QC", stateCode: "QC"),
        .init(name: "Hướng dẫn", folded: "huong dan", partyCode: "HD", stateCode: "HD"),
        .init(name: "Kế hoạch", folded: "ke hoach", partyCode: "KH", stateCode: "KH"),
        .init(name: "Chương trình", folded: "chuong trinh", partyCode: "CTr", stateCode: "CTr"),
        .init(name: "Thông báo", folded: "thong bao", partyCode: "TB", stateCode: "TB"),
        .init(name: "Thông tri", folded: "thong tri", partyCode: "TT", stateCode: nil),
        .init(name: "Tờ trình", folded: "to trinh", partyCode: "TTr", stateCode: "TTr"),
        .init(name: "Đề án", folded: "de an", partyCode: "ĐA", stateCode: "ĐA"),
        .init(name: "Công văn", folded: "cong van", partyCode: "CV", stateCode: nil),
        // "Văn bản số 2871/SYT-NV": a document by its symbol only (`namesBySymbolOnly`).
        .init(name: "Công văn", folded: "van ban", partyCode: "CV", stateCode: nil),
        .init(name: "Công điện", folded: "cong dien", partyCode: nil, stateCode: "CĐ"),
        .init(name: "Nghị định", folded: "nghi dinh", partyCode: nil, stateCode: "NĐ"),
        .init(name: "Thông tư", folded: "thong tu", partyCode: nil, stateCode: "TT"),
        .init(name: "Pháp lệnh", folded: "phap lenh", partyCode: nil, stateCode: "PL"),
        .init(name: "Hiến pháp", folded: "hien phap", partyCode: nil, stateCode: nil),
        // The Party's Charter, "Điều lệ Đảng", only (`PartyCharterForm`).
        .init(name: "Điều lệ", folded: "dieu le", partyCode: nil, stateCode: nil),
        .init(name: "Sắc lệnh", folded: "sac lenh", partyCode: nil, stateCode: "SL"),
        // "Lệnh số 11/2020/L-CTN": the President's order promulgating a law, by its symbol only (`namesBySymbolOnly`).
        .init(name: "Lệnh", folded: "lenh", partyCode: nil, stateCode: "L"),
        .init(name: "Thông cáo", folded: "thong cao", partyCode: nil, stateCode: "TC"),
        .init(name: "Báo cáo", folded: "bao cao", partyCode: "BC", stateCode: "BC"),
        .init(name: "Bộ luật", folded: "bo luat", partyCode: nil, stateCode: nil),
        .init(name: "Luật", folded: "luat", partyCode: nil, stateCode: nil),
        // Abbreviations, read only in capitals and before a number: "NĐ 158/CP", "QĐ số 12".
        .init(name: "Nghị định", folded: "nd", partyCode: nil, stateCode: "NĐ"),
        .init(name: "Quyết định", folded: "qd", partyCode: "QĐ", stateCode: "QĐ"),
        .init(name: "Nghị quyết", folded: "nq", partyCode: "NQ", stateCode: "NQ"),
        .init(name: "Chỉ thị", folded: "ct", partyCode: "CT", stateCode: "CT"),
        .init(name: "Thông tư", folded: "tt", partyCode: nil, stateCode: "TT"),
    ] + codeNames.keys.sorted().map {
        // Codes written as their initials, read only in capitals: "BLHS 2015" (`codeNames`).
        .init(name: "Bộ luật", folded: $0, partyCode: nil, stateCode: nil)
    }

    /// The codes written as their initials, and the name each stands for: "BLHS" is the Bộ luật
    /// Hình sự, "BLTTHS" the Bộ luật Tố tụng hình sự, "BLLĐ" the Bộ luật Lao động.
    static let codeNames: [String: String] = [
        "blhs": "Hình sự", "bltths": "Tố tụng hình sự", "blds": "Dân sự", "blttds": "Tố tụng dân sự",
        "blld": "Lao động", "blhh": "Hàng hải",
    ]

    /// The name of the code these initials stand for ("BLHS" → "Hình sự"), nil for other types.
    var codeName: String? { Self.codeNames[folded] }

    /// "văn bản", a word for any document: it names one only with a symbol after it, and is a công
    /// văn unless the symbol's code gives another type ("văn bản số 45/QĐ-UBND" is a Quyết định); and
    /// "lệnh", an order of any kind ("ra lệnh", "lệnh cấm") but the President's with its symbol.
    var namesBySymbolOnly: Bool { folded == "van ban" || folded == "lenh" }

    /// "NĐ", "QĐ": a type written as its code.
    var isAbbreviation: Bool { !folded.contains(" ") && folded.count == 2 }

    /// Kinds by the first folded word of their name ("nghi" → Nghị quyết, Nghị định …), for
    /// the scanner's quick test: most words of a text start no type word at all.
    static let byFirstWord = PackedWordTable(Dictionary(grouping: all) {
        wordKey(Array(($0.folded.split(separator: " ").first ?? "").utf8)[...])
    })

    /// Folded bytes that begin the first word of some type word: any other word is dismissed
    /// without a look-up.
    static let beginsATypeWord: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for kind in all { if let b = kind.folded.utf8.first { table[Int(b)] = true } }
        return table
    }()

    /// A word of up to 7 folded bytes packed into one integer: a dictionary key without allocation.
    static func wordKey(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var key: UInt64 = UInt64(bytes.count)
        for b in bytes { key = key << 8 | UInt64(b) }
        return key
    }

    /// The type a number's code names when no type word precedes it ("thực hiện 05-CT/TW").
    static func named(byCode code: String, state: Bool) -> String? {
        switch code {
        case "NQ": return "Nghị quyết"
        case "CT": return "Chỉ thị"
        case "KL": return "Kết luận"
        case "QĐ": return "Quyết định"
        case "QĐi", "QyĐ": return "Quy định"
        case "QC", "QCPH": return "Quy chế"
        case "HD": return "Hướng dẫn"
        case "KH": return "Kế hoạch"
        case "CTr": return "Chương trình"
        case "TB": return "Thông báo"
        case "TT": return state ? "Thông tư" : "Thông tri"
        case "TTLT": return "Thông tư liên tịch"
        case "NQLT": return "Nghị quyết liên tịch"
        case "BC": return "Báo cáo"
        case "TTr": return "Tờ trình"
        case "ĐA": return "Đề án"
        case "CV": return "Công văn"
        case "CĐ": return "Công điện"
        case "NĐ": return "Nghị định"
        case "PL": return "Pháp lệnh"
        case "VBHN": return "Văn bản hợp nhất"
        default: return nil
        }
    }

    /// Codes with their canonical case: "QĐI" → "QĐi", "CTR" → "CTr", "TTG" → "TTg".
    static func canonicalCode(_ upper: String) -> String {
        switch upper {
        case "QĐI": return "QĐi"
        case "QYĐ": return "QyĐ"
        case "CTR": return "CTr"
        case "TTR": return "TTr"
        case "TTG": return "TTg"
        case "TRS": return "TrS"
        case "T.Ư", "T.W", "TW": return "TW"  // "TƯ" stays: Trung ương, or Tỉnh ủy Thừa Thiên Huế
        case "ND": return "NĐ"  // "21/2001/ND-CP": Đ typed as D
        case "QD": return "QĐ"
        default: return upper
        }
    }

    /// Codes that a State number may carry as its type ("749/QĐ-TTg"); anything else in that
    /// place is an issuer, as in a công văn ("5973/UBND-KT"). (A công văn that writes its type
    /// anyway, "Công văn số 45/CV-HLG", and a joint regulation's "Quy chế phối hợp số
    /// 56/QCPH-VKS-TA": CV and QCPH are types, not issuers.)
    static let stateTypeCodes: Set<String> = [
        "NĐ", "TT", "TTLT", "NQ", "NQLT", "QĐ", "CT", "PL", "L", "VBHN", "QC", "QyĐ", "TC", "TB",
        "HD", "CTr", "KH", "PA", "ĐA", "DA", "BC", "BB", "TTr", "HĐ", "CĐ", "BGN", "BTT", "GUQ",
        "GM", "GGT", "GNP", "PG", "PC", "PB", "SY", "TrS", "SL", "KL", "CV", "QCPH",
    ]

    /// A State type's code, or a joint one: a type's code with "LT" (liên tịch) or "PH" (phối hợp)
    /// after it, "Kế hoạch liên tịch số 83/KHLT-SLĐTBXH-GDĐT", a coordination programme's
    /// "05/CTPH-BCA-MTTW".
    static func isStateType(_ code: String) -> Bool {
        if stateTypeCodes.contains(code) { return true }
        guard code.count > 3, code.hasSuffix("LT") || code.hasSuffix("PH") else { return false }
        return stateTypeCodes.contains(String(code.dropLast(2)))
    }

    /// Codes a Party number may carry as its type ("05-CT/TW").
    static let partyTypeCodes: Set<String> = [
        "NQ", "CT", "KL", "QĐ", "QĐi", "QC", "HD", "KH", "CTr", "TB", "BC", "TTr", "ĐA", "PA", "DA",
        "CV", "TT", "BB", "BS", "QyĐ", "QCPH",
    ]
}
