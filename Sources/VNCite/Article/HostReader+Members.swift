/// A body named with the members who went for it.
extension HostReader {
    /// "Ngày 30-9, Đoàn ĐBQH tỉnh Thanh Hóa gồm các đồng chí: Uông Chu Lưu, Ủy viên Trung ương Đảng,
    /// Phó Chủ tịch Quốc hội; Mai Sỹ Diến, …, đã có buổi tiếp xúc cử tri …" → "Đoàn ĐBQH tỉnh Thanh
    /// Hóa": the body that opens the clause, "gồm" and its members (a person's name among them), then
    /// nothing but verbs before the noun — not the office of a member it lists.
    static func withMembers(_ lead: LeadWords, noun i: Int, catalog: Catalog) -> Range<Int>? {
        let w = lead.words
        guard let listed = (1..<max(1, i)).first(where: { w[$0].lower == "gồm" }),
              let body = BodyGrammar.read(lead, at: clauseStart(lead, before: listed), catalog: catalog),
              body.upperBound <= listed, w[listed - 1].after.isEmpty,
              // (The rest of a name the grammar stopped short of: "Đoàn ĐBQH ⟨đơn vị tỉnh Tây Ninh⟩ gồm".)
              body.upperBound == listed || nameTail(lead, body.upperBound..<listed) else { return nil }
        // The verbs before the noun ("đã có"), after the last member.
        var verbs = i
        while verbs > listed + 1, MeetingWords.glue.contains(w[verbs - 1].lower) { verbs -= 1 }
        guard verbs < i, ((listed + 1)..<verbs).contains(where: { PersonName.read(lead, at: $0) != nil }) else { return nil }
        return body.lowerBound..<listed
    }
}
