/// A law's name that the end of the text cuts short.
extension CitationFinder {
    /// "… so với Luật Thi đua, khen thưởng số 15/2003/QH11 … nhiều điểm mới so với Luật Thi đ" (a page
    /// its store cut off): a name the text stops inside — nothing but spaces after it — whose letters
    /// begin the longer name of a law of that kind the text cites is that law cut short, no law of
    /// its own. (A name that begins no other is kept: the text may end on a whole name.)
    static func dropCutName(_ found: inout [Mention], text: CleanText) {
        guard let last = found.last, case .law(let name, nil) = last.form, !name.isEmpty,
              text.fold[last.range.upperBound...].allSatisfy({ $0 == 32 || $0 == 10 }) else { return }
        let cut = Catalog.fold(last.lawName ?? name)
        let longer = found.dropLast().contains { m in
            guard m.kind == last.kind else { return false }
            let whole: [String?] = if case .law(let written, _) = m.form { [written, m.lawName] } else { [m.lawName] }
            return whole.contains { $0.map(Catalog.fold).map { $0.count > cut.count && $0.hasPrefix(cut) } == true }
        }
        if longer { found.removeLast() }
    }
}
