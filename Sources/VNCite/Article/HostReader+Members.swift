/// A body named with the members who went for it.
extension HostReader {
    /// "Ngày 30-9, Đoàn ĐBQH tỉnh Thanh Hóa gồm các đồng chí: Uông Chu Lưu, Ủy viên Trung ương Đảng,
    /// Phó Chủ tịch Quốc hội; Mai Sỹ Diến, …, đã có buổi tiếp xúc cử tri …" → "Đoàn ĐBQH tỉnh Thanh
    /// Hóa": the body that opens the clause, "gồm" and its members (a person's name among them), then
    /// nothing but verbs before the noun — not the office of a member it lists; or its units, listed
    /// after "các" and their rank.
    static func withMembers(_ lead: LeadWords, noun i: Int, catalog: Catalog) -> Range<Int>? {
        let w = lead.words
        guard let listed = (1..<max(1, i)).first(where: { w[$0].lower == "gồm" }) else { return nil }
        // (Past the unit it stood for, in brackets: "Đoàn ĐBQH thành phố Hà Nội ⟨(Đơn vị bầu cử số 2),⟩ gồm:".)
        let aside = w[listed - 1].after.hasPrefix(")") ? (max(0, listed - 8)..<listed).last(where: { w[$0].before.hasPrefix("(") }) : nil
        // (Or set off by a comma, "bao gồm": "Cụm thi đua số 1, bao gồm các địa phương: Đức Trọng, …, đã tổ chức".)
        let including = listed >= 2 && w[listed - 1].lower == "bao" && w[listed - 2].after == ","
        let named = aside ?? (including ? listed - 1 : listed)
        guard named > 0, let read = BodyGrammar.read(lead, at: clauseStart(lead, before: including ? named - 1 : named), catalog: catalog),
              aside != nil || read.upperBound <= named, case let body = read.lowerBound..<min(read.upperBound, named), !body.isEmpty,
              w[named - 1].after.isEmpty || including,
              // (The rest of a name the grammar stopped short of: "Đoàn ĐBQH ⟨đơn vị tỉnh Tây Ninh⟩ gồm".)
              body.upperBound == named || nameTail(lead, body.upperBound..<named) else { return nil }
        // The verbs before the noun ("đã có"), after the last member.
        var verbs = i
        while verbs > listed + 1, MeetingWords.glue.contains(w[verbs - 1].lower) { verbs -= 1 }
        // (Or its member units: "Cụm thi đua 3 UBND TPHCM gồm các quận: 7, 12, Bình Tân, …, đã tổ chức Hội nghị".)
        let units = lead.matchesWritten(["các"], at: listed + 1) && lead.matchWritten(administrativeUnits, at: listed + 2) != nil
        // (Or the members announced by a colon, bodies or places among them: "Cụm thi đua số 6 Tỉnh ủy gồm 5 đơn vị: Huyện
        // ủy Ea H’leo, Krông Pắc, … và Thị ủy Buôn Hồ đã tổ chức Hội nghị".)
        let announced = ((listed + 1)..<min(verbs, listed + 5)).contains { w[$0].after == ":" }
            && ((listed + 1)..<verbs).contains { w[$0].isCapitalised && !w[$0].text.allSatisfy(\.isNumber) }
        guard verbs < i, units || announced || ((listed + 1)..<verbs).contains(where: { PersonName.read(lead, at: $0) != nil }) else { return nil }
        return body.lowerBound..<named
    }
}
