/// The name of an organisation whose congresses are numbered as the Party's are, for the resolutions
/// of those congresses (`CongressForm`): "Nghị quyết Đại hội XIII Công đoàn Việt Nam", "Nghị quyết
/// Đại hội VI Hội Cựu chiến binh Việt Nam", "Nghị quyết Đại hội Công đoàn tỉnh lần thứ X", "Nghị
/// quyết Đại hội đại biểu Hội Nông dân tỉnh Bắc Giang lần thứ X", "Nghị quyết Đại hội đại biểu Phụ
/// nữ toàn quốc lần thứ XIII", "Nghị quyết Đại hội đại biểu toàn quốc Hội Chữ thập đỏ Việt Nam lần
/// thứ XI". Each is the organisation's own resolution, never the Party's.
struct OrganisationName {
    /// As written: "Công đoàn Việt Nam", "Hội Nông dân tỉnh Bắc Giang".
    var text: String
    /// Without the place's name, for the key: "Hội Nông dân tỉnh" (its province apart).
    var unit: String
    /// The words after "tỉnh", "thành phố" …, for the province: "bac giang".
    var placeWords: String?
    /// Whether it is one of a province's, a district's or a branch's (not the country's).
    var isLocal: Bool

    /// The organisations' names, folded, longest first where one opens another.
    static let heads = [
        "cong doan", "tong lien doan lao dong", "lien doan lao dong", "ldld",
        "hoi cuu chien binh", "hoi ccb", "hoi nong dan", "hoi lien hiep phu nu", "hoi lhpn", "hoi phu nu",
        "phu nu", "hoi chu thap do", "hoi nguoi cao tuoi", "hoi khuyen hoc", "hoi luat gia", "hoi nha bao",
        "hoi lien hiep thanh nien", "doan thanh nien cong san ho chi minh", "doan tncs ho chi minh",
        "doan thanh nien", "doan luat su", "doan", "mat tran to quoc", "mttq",
    ]
    /// Names often written in small letters after "Đại hội (đại biểu)": "Nghị quyết Đại hội đại biểu phụ nữ
    /// tỉnh Thanh Hóa lần thứ XVIII", "Nghị quyết Đại hội công đoàn tỉnh lần thứ X".
    static let writtenSmall: Set<String> = ["phu nu", "cong doan"]
    /// The unit of a local organisation: "Công đoàn ⟨tỉnh⟩ Bình Dương", "Hội Nông dân ⟨huyện⟩".
    static let units = ["tinh", "thanh pho", "tp", "huyen", "quan", "thi xa", "thi tran", "xa", "phuong", "nganh", "khoi"]
}

extension Scanner {
    /// An organisation's name, after "toàn quốc" if written first: "toàn quốc Hội Chữ thập đỏ Việt Nam".
    mutating func readOrganisationAfterCountrywide() -> OrganisationName? {
        var probe = self
        probe.skipSpaces()
        _ = probe.read("toan quoc")
        guard let name = probe.readOrganisation() else { return nil }
        self = probe
        return name
    }

    /// Reads an organisation's name at the cursor (past spaces), written with its capital: "Công
    /// đoàn Việt Nam", "Hội Cựu chiến binh tỉnh Quảng Ninh", "Đoàn toàn quốc"; nil when none is.
    mutating func readOrganisation() -> OrganisationName? {
        var probe = self
        probe.skipSpaces()
        let start = probe.pos
        let withCapital = probe.isUppercase(start)
        guard let head = probe.readAny(OrganisationName.heads),
              withCapital || OrganisationName.writtenSmall.contains(OrganisationName.heads[head]) else { return nil }
        var isLocal = false
        var placeWords: String?
        var unitEnd: Int?
        var tail = probe
        tail.skipSpaces()
        if tail.read("viet nam") || tail.read("vn") || tail.read("toan quoc") {
            probe = tail
        } else if OrganisationName.units.contains(where: { tail.read($0) }) {
            isLocal = true
            probe = tail
            unitEnd = probe.pos
            let placeStart = probe.pos
            // "tỉnh Bắc Giang", "thành phố Hồ Chí Minh": the capitalised words of the place.
            for _ in 0..<4 where probe.nextWordIsCapitalised() && !probe.nextWordIs("lan") {
                probe.skipSpaces()
                guard probe.readWord() != nil else { break }
            }
            placeWords = String(decoding: text.fold[placeStart..<probe.pos], as: UTF8.self)
        }
        self = probe
        // (Written small, "phụ nữ tỉnh", it is named with its capital as when written so: one key.)
        func capitalised(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }
        var name = capitalised(string(start..<probe.pos))
        if name.hasSuffix(" VN") { name = String(name.dropLast(2)) + "Việt Nam" }
        return OrganisationName(text: name, unit: unitEnd.map { capitalised(string(start..<$0)) } ?? name, placeWords: placeWords, isLocal: isLocal)
    }
}
