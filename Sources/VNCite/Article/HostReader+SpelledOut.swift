/// A host written with an abbreviation that the lead spells out in brackets.
extension HostReader {
    /// "Ngày 7-8, Cục Cứu hộ, cứu nạn (CHCN), Bộ Tổng Tham mưu tổ chức Hội nghị …. Thiếu tướng …, Cục
    /// trưởng Cục CHCN … chủ trì": the host "Cục CHCN" is "Cục Cứu hộ, cứu nạn", the words before
    /// "(CHCN)" whose initials spell it, after the same head. A bare abbreviation whose words are in
    /// small letters ("Chương trình … xây dựng nông thôn mới (NTM)", "dịch vụ chứng thực điện tử
    /// (CTĐT)") names a task, not a body: `.some(nil)`, no host — unless a body's head comes before
    /// those words ("Ban quản lý dự án (QLDA)"). nil when the lead spells nothing out.
    static func spelledOut(_ host: String, in sentences: [LeadWords]) -> String?? {
        let parts = host.split(separator: " ")
        guard parts.count <= 2, let acronym = parts.last, acronym.count >= 2, acronym.count <= 6,
              acronym.allSatisfy({ $0.isUppercase && $0.isLetter }) else { return nil }
        let initials = Array(Catalog.fold(String(acronym)))
        for lead in sentences {
            let w = lead.words
            for k in w.indices where w[k].text == acronym && w[k].before.hasSuffix("(") && w[k].after.hasPrefix(")") && k >= initials.count {
                let start = k - initials.count
                let spelled = (start..<k).allSatisfy { j in
                    Catalog.fold(w[j].text).first == initials[j - start] && (j == k - 1 || [",", ""].contains(w[j].after))
                }
                guard spelled, w[start].before.isEmpty else { continue }
                if parts.count == 1 {
                    // ("Trung tâm Phát triển nông thôn (TTPTNT)": a body's name whole.)
                    if w[start].isCapitalised { return BodyGrammar.head(lead, at: start) != nil ? .some(lead.text(start..<k)) : nil }
                    // ("Ban quản lý dự án (QLDA)": a head before the words the letters spell.)
                    if let head = (max(0, start - 3)..<start).first(where: { w[$0].isCapitalised && BodyGrammar.head(lead, at: $0) == start - $0 }) {
                        return .some(lead.text(head..<k))
                    }
                    return .some(nil)
                }
                guard start > 0, w[start - 1].text == parts[0], w[start - 1].after.isEmpty, w[start].isCapitalised else { continue }
                return .some(lead.text((start - 1)..<k))
            }
        }
        return nil
    }
}
