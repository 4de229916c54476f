/// A code written as its initials, in capitals, with its year if given: "BLHS 2015" (the Bộ luật
/// Hình sự of 2015), "theo Điều 331 BLHS", "BLTTHS năm 2015", "BLLĐ"; not the initials defined
/// in brackets after the name ("Bộ luật Dân sự (BLDS)").
enum CodeInitials {
    /// Reads after the initials, which start at `typeStart`: the whole word in capitals.
    static func read(_ s: inout Scanner, typeStart: Int, name: String) -> Mention? {
        guard (typeStart..<s.pos).allSatisfy({ s.isUppercase($0) }) else { return nil }
        // "Bộ luật Dân sự (BLDS)": the initials defined in brackets after the name, no second mention.
        if typeStart > 0, s.text.fold[typeStart - 1] == UInt8(ascii: "("), s.peek(")") { return nil }
        if let year = s.readNameYear(in: 1980...2100) {
            return Mention(form: .law(name: name, year: year), kind: "Bộ luật", range: typeStart..<s.pos)
        }
        return Mention(form: .law(name: name, year: nil), kind: "Bộ luật", range: typeStart..<s.pos)
    }
}
