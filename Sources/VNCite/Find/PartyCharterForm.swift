/// The Party's Charter: "Điều lệ Đảng", "Điều lệ Đảng Cộng sản Việt Nam", "điều lệ Đảng" (small
/// letters, as lists of the Party's documents write it: "cương lĩnh chính trị, điều lệ Đảng").
/// Not another body's charter ("Điều lệ Hội", "Điều lệ Công đoàn Việt Nam"), nor a Party
/// organisation's words ("Điều lệ Đảng bộ …", "đăng ký": "Đảng" in capitals only).
enum PartyCharterForm {
    /// Reads after the type word "Điều lệ", which starts at `typeStart`.
    static func read(_ s: inout Scanner, typeStart: Int, kind: String) -> Mention? {
        var probe = s
        probe.skipSpaces()
        guard let word = probe.readWord(), probe.string(word) == "Đảng",
              !probe.nextWordIsAny(["bo", "uy", "doan", "vien"]) else { return nil }
        var full = probe
        full.skipSpaces()
        s = full.read("cong san viet nam") ? full : probe
        return Mention(form: .law(name: "Đảng", year: nil), kind: kind, range: typeStart..<s.pos)
    }
}
