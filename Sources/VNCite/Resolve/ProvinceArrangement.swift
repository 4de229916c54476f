/// The provinces as they were and as they are: since 1 July 2025 Vietnam has 34 provincial units
/// instead of 63 (Nghị quyết 202/2025/QH15); "Phú Thọ" since then is the old Vĩnh Phúc, Hòa Bình
/// and Phú Thọ together. Articles name the units of their day, so a filter by province takes old
/// and new names and says which it matched.
public struct ProvinceMatch: Sendable, Equatable {
    /// The provinces of articles that match, as the catalogue names them.
    public var names: [String]
    /// What was matched, for the user: "Phú Thọ since 2025-07-01, formed from …".
    public var note: String
}

extension Catalog {
    struct Merger: Sendable {
        var unit: String
        var since: CalendarDate
        var formedFrom: [String]
    }

    static func merger(_ f: [String]) -> Merger? {
        guard f.count >= 4, !f[1].isEmpty, let since = CalendarDate(iso: f[2]) else { return nil }
        let old = f[3].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return old.isEmpty ? nil : Merger(unit: f[1], since: since, formedFrom: old)
    }

    /// The catalogue's name of a province however it is written ("tp hcm", "Huế"), if it has one.
    func provinceName(_ written: String) -> String? {
        let folded = Self.fold(written)
        return provinces.first { $0.folded.contains(folded) }?.name ?? (mergers.first { Self.fold($0.unit) == folded }?.unit)
    }

    /// The provinces a name given by a user matches: a unit formed in 2025 matches those it was
    /// formed from; an old unit matches itself, and the note names the unit it is part of now.
    public func provinces(named written: String) -> ProvinceMatch? {
        guard let name = provinceName(written) else { return nil }
        let old = mergers.first { m in m.formedFrom.contains { provinceName($0) == name } && provinceName(m.unit) != name }
        if let m = mergers.first(where: { provinceName($0.unit) == name }), m.formedFrom.count > 1 {
            let from = m.formedFrom.compactMap(provinceName)
            return ProvinceMatch(names: Array(Set(from + [name])).sorted(),
                                 note: "\(m.unit) since \(m.since.iso), formed from \(m.formedFrom.joined(separator: ", ")): matching the articles of each")
        }
        if let old {
            return ProvinceMatch(names: [name], note: "\(name) as it was: part of \(old.unit) since \(old.since.iso) (--province \"\(old.unit)\" for all of it)")
        }
        if let renamed = mergers.first(where: { provinceName($0.unit) == name && Self.fold($0.unit) != Self.fold(name) }) {
            return ProvinceMatch(names: [name], note: "\(name), called \(renamed.unit) since \(renamed.since.iso)")
        }
        return ProvinceMatch(names: [name], note: name)
    }
}
