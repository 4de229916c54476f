/// The subject a meeting organised after "và" shares with the clause before it.
extension HostReader {
    /// "Chi đoàn Trung tâm … đã tổ chức dâng hương tưởng niệm Bác Tôn ⟨và tổ chức⟩ lễ kết nạp đoàn viên
    /// mới", "Hội Văn học - Nghệ thuật Hưng Yên đã tổ chức Đại hội sửa đổi Điều lệ Hội ⟨và⟩ Hội nghị phát
    /// động …": the body that organised what comes before "và" (within twenty words, no stop or
    /// semicolon between) organised the meeting at `i` too.
    static func sharedSubject(_ lead: LeadWords, noun i: Int, catalog: Catalog) -> Range<Int>? {
        let w = lead.words
        let and = i >= 3 && w[i - 3].lower == "và" && lead.matchesWritten(["tổ", "chức"], at: i - 2) ? i - 3
            : i >= 1 && w[i - 1].lower == "và" ? i - 1 : nil
        guard let and, and >= 3, w[i - 1].after.isEmpty,
              let verb = (max(0, and - 20)..<(and - 2)).last(where: { lead.matchesWritten(["tổ", "chức"], at: $0) }),
              w[verb..<and].allSatisfy({ !$0.after.contains(where: { ".;:".contains($0) }) }) else { return nil }
        return before(lead, noun: verb + 2, catalog: catalog)
    }
}
