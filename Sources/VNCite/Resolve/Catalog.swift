import Foundation

/// What vncite knows about documents beyond the text: issuer names and codes, the Central
/// Committee's terms, documents known under two names, provinces. Read from `Data/catalog.tsv`
/// in the package, then from any file a user adds (same format).
public struct Catalog: Sendable {
    struct Issuer: Sendable {
        var pattern: String  // folded: "bo chinh tri"
        /// As the catalogue writes it: "Bộ Giáo dục và Đào tạo".
        var name: String
        var code: String
        var isLocal: Bool
        var isState: Bool
        /// The pattern's bytes, made once: `issuerName(at:in:)` compares them on every body read.
        let patternBytes: [UInt8]
        /// The pattern without the "và" or dash between its fields, made once (`stateBody(named:)`).
        let fields: String

        init(name: String, code: String, isLocal: Bool, isState: Bool) {
            self.pattern = Catalog.fold(name)
            self.name = name
            self.code = code
            self.isLocal = isLocal
            self.isState = isState
            patternBytes = Array(pattern.utf8)
            fields = Catalog.fields(pattern)
        }
    }

    struct Term: Sendable {
        var roman: String
        var from: CalendarDate
        var until: CalendarDate
    }

    struct Province: Sendable {
        var name: String
        var folded: [String]  // the name and its aliases, folded
    }

    private(set) var issuers: [Issuer] = []
    private(set) var terms: [Term] = []
    private(set) var same: [String: String] = [:]
    private(set) var provinces: [Province] = []
    /// Central Party documents with their terms (`Data/party-documents.tsv`).
    public private(set) var partyDocuments: [PartyDocument] = []
    /// Terms of local Party committees, congress to congress: ("2020–2025", from, until).
    private(set) var localTerms: [Term] = []
    /// The provinces since the 2025 arrangement and those each was formed from.
    private(set) var mergers: [Merger] = []
    /// Names of laws and codes, folded word by word, commas dropped: ["bao", "ve", "moi", "truong"].
    private(set) var lawNames: [[String]] = []
    /// For each of `lawNames`, the words its name writes a comma after: "Phòng, chống tham nhũng" → [0].
    private(set) var lawNameCommas: [Set<Int>] = []
    /// For each of `lawNames`, its first word's letters (`Catalog.letters`): "Dược" → "duoc".
    private(set) var lawNameFirstLetters: [String?] = []
    /// Abbreviations a law's name is written with, by their folded form: "bhxh" → "bảo hiểm xã hội".
    private(set) var lawWords: [String: LawWord] = [:]
    /// Province names by their first folded word, for a one-pass scan of an article:
    /// "thua" → [("thua thien hue", Thừa Thiên Huế), ("thua thien - hue", …)].
    private(set) var provincesByFirstWord: [String: [(name: [UInt8], province: Int)]] = [:]
    /// The same for first words of up to 7 bytes, by their packed key (`DocumentKind.wordKey`):
    /// the province guess asks at every capitalised word.
    private(set) var provincesByShortFirstWord = PackedWordTable<[(name: [UInt8], province: Int)]>([:])

    public struct LoadError: Error, CustomStringConvertible {
        public var path: String
        public var line: Int
        public var problem: String
        public var description: String { "\(path):\(line): \(problem)" }
    }

    /// The catalog shipped with vncite (empty if the installation lost its data folder: the
    /// command line says so before it reads anything, `InstalledData.problem`).
    public static let standard: Catalog = {
        var catalog = Catalog()
        guard let folder = InstalledData.folder(of: "VNCite") else { return catalog }
        for name in ["catalog.tsv", "party-documents.tsv"] {
            if let text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) {
                try? catalog.add(tsv: text, path: name)
            }
        }
        return catalog
    }()

    public init() {}

    /// Adds the records of a catalog file; later records win.
    public mutating func add(tsv: String, path: String) throws(LoadError) {
        for (n, rawLine) in tsv.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            func fail(_ problem: String) -> LoadError { LoadError(path: path, line: n + 1, problem: problem) }
            switch f[0] {
            case "issuer":
                guard f.count >= 4 else { throw fail("an issuer needs: issuer, body words, code, level") }
                let issuer = Issuer(name: f[1], code: f[2], isLocal: f[3] == "local", isState: f[3] == "state")
                issuers.removeAll { $0.pattern == issuer.pattern }
                issuers.append(issuer)
            case "term":
                guard f.count >= 4, let from = CalendarDate(iso: f[2]), let until = CalendarDate(iso: f[3]),
                      Roman.value(f[1]) != nil else { throw fail("a term needs: term, Roman numeral, first day, last day") }
                terms.removeAll { $0.roman == f[1] }
                terms.append(Term(roman: f[1], from: from, until: until))
            case "localterm":
                guard f.count >= 4, let from = CalendarDate(iso: f[2]), let until = CalendarDate(iso: f[3])
                else { throw fail("a local term needs: localterm, years (2020–2025), first day, last day") }
                localTerms.removeAll { $0.roman == f[1] }
                localTerms.append(Term(roman: f[1], from: from, until: until))
            case "party":
                guard let d = Self.partyDocument(f) else {
                    throw fail("a party document needs: party, key, type, term (Roman), date (YYYY-MM-DD), issuer, plenum (HNTWn or -), title, status, source")
                }
                partyDocuments.removeAll { $0.symbol == d.symbol && $0.term == d.term }
                partyDocuments.append(d)
            case "merged":
                guard let m = Self.merger(f) else { throw fail("a merged unit needs: merged, name, since (YYYY-MM-DD), old units") }
                mergers.removeAll { $0.unit == m.unit }
                mergers.append(m)
            case "same":
                guard f.count >= 3, !f[1].isEmpty, !f[2].isEmpty else { throw fail("same needs two keys") }
                same[f[1]] = f[2]
            case "law":
                guard f.count >= 2, !f[1].isEmpty else { throw fail("a law needs its name") }
                let words = Self.foldedWords(f[1])
                if !lawNames.contains(words) {
                    lawNames.append(words)
                    lawNameCommas.append(Set(f[1].split(separator: " ").enumerated().filter { $0.element.hasSuffix(",") }.map(\.offset)))
                    lawNameFirstLetters.append(f[1].split(whereSeparator: { $0 == " " || $0 == "," }).first.flatMap { Self.letters(String($0)) })
                }
            case "lawword":
                guard let word = LawWord(f) else { throw fail("a law's abbreviation needs: lawword, abbreviation, its words") }
                lawWords[Self.fold(f[1])] = word
            case "province":
                guard f.count >= 2, !f[1].isEmpty else { throw fail("a province needs a name") }
                var names = [f[1]]
                if f.count >= 3 { names += f[2].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
                provinces.removeAll { $0.name == f[1] }
                provinces.append(Province(name: f[1], folded: names.map(Self.fold)))
            default:
                throw fail("unknown record “\(f[0])” (expected issuer, term, localterm, party, merged, same, law, lawword or province)")
            }
        }
        // Longer names first, so "Đắk Nông" is not read as "Nông".
        provinces.sort { ($0.folded.map(\.count).max() ?? 0) > ($1.folded.map(\.count).max() ?? 0) }
        provincesByFirstWord = [:]
        for (index, p) in provinces.enumerated() {
            for name in p.folded {
                let first = String(name.split(separator: " ").first ?? "")
                provincesByFirstWord[first, default: []].append((Array(name.utf8), index))
            }
        }
        provincesByShortFirstWord = PackedWordTable(provincesByFirstWord.filter { $0.key.utf8.count <= 7 }
            .reduce(into: [:]) { $0[DocumentKind.wordKey(Array($1.key.utf8)[...])] = $1.value })
    }

    // MARK: - Look-ups

    /// The issuer a body's words stand for: "ban thuong vu tinh uy" → TU.
    func issuer(forBody folded: String) -> Issuer? {
        issuers.first { Self.contains(folded, word: $0.pattern) }
    }

    /// Whether folded words open on the name of an issuer: "chinh phu", "uy ban nhan dan tp hcm".
    func startsWithIssuer(_ folded: String) -> Bool {
        issuers.contains { folded == $0.pattern || folded.hasPrefix($0.pattern + " ") }
    }

    /// A ministry or State body the catalogue knows by several names, by the first of them: "Bộ
    /// GD-ĐT", "Bộ GDĐT", "Bộ GD&ĐT" → "bo giao duc va dao tao"; with "Việt Nam" after it too ("Bộ
    /// Ngoại giao VN" → "bo ngoai giao"). The whole folded name must be one of them.
    func stateBody(named folded: String) -> String? {
        var name = folded
        for country in [" viet nam", " vn"] where name.hasSuffix(country) { name.removeLast(country.count) }
        // ("Bộ Kế hoạch - Đầu tư", "Bộ Tài nguyên - Môi trường": a dash for the "và" between its fields.)
        let loose = Self.fields(name)
        guard let known = issuers.first(where: { $0.isState && ($0.pattern == name || $0.fields == loose) }) else { return nil }
        return issuers.first { $0.isState && $0.code == known.code }?.pattern
    }

    /// How the catalogue writes the State body of an identity `stateBody(named:)` gave: "bo giao duc
    /// va dao tao" → "Bộ Giáo dục và Đào tạo".
    func stateBodyName(_ identity: String) -> String? {
        issuers.first { $0.isState && $0.pattern == identity }?.name
    }

    /// Folded words without the "và" or dash between a name's fields: "bo ke hoach - dau tu" and
    /// "bo ke hoach va dau tu" → "bo ke hoach dau tu".
    static func fields(_ folded: String) -> String {
        folded.split(separator: " ").filter { $0 != "-" && $0 != "va" }.map { $0.trimmingCharacters(in: ["-"]) }.joined(separator: " ")
    }

    /// The province named in folded text: "tinh uy thua thien hue" → "Thừa Thiên Huế".
    func province(in folded: String) -> String? {
        for p in provinces where p.folded.contains(where: { Self.contains(folded, word: $0) }) {
            return p.name
        }
        return nil
    }

    /// The length in folded bytes of the longest issuer name that starts at `i`, if any.
    func issuerName(at i: Int, in fold: [UInt8]) -> Int? {
        var best: Int?
        for issuer in issuers {
            let p = issuer.patternBytes
            guard i + p.count <= fold.count, p.count > (best ?? 0), fold[i] == p.first else { continue }
            if fold[i..<(i + p.count)].elementsEqual(p), i + p.count == fold.count || !Scanner.isWordByte(fold[i + p.count]) {
                best = p.count
            }
        }
        return best
    }

    /// Whether a code is one the catalog's issuers use: "BTC", "TTg", "TU".
    func isIssuerCode(_ code: String) -> Bool { issuers.contains { $0.code == code } }

    /// Whether folded words begin with a province's name: "ha noi to chuc" → true.
    func startsWithProvince(_ folded: String) -> Bool {
        let first = String(folded.split(separator: " ").first ?? "")
        return (provincesByFirstWord[first] ?? []).contains { entry in
            let name = String(decoding: entry.name, as: UTF8.self)
            return folded == name || folded.hasPrefix(name + " ")
        }
    }

    /// The Central Committee term in force on a day.
    func term(on date: CalendarDate) -> String? {
        terms.first { $0.from <= date && date < $0.until }?.roman
    }

    /// The local committee term in force on a day ("2020–2025"); none between Jul and Oct of a
    /// congress year, when provinces held their congresses on different days.
    func localTerm(on date: CalendarDate) -> String? {
        localTerms.first { $0.from <= date && date < $0.until }?.roman
    }

    /// The first day of every term the catalog knows.
    var termStarts: [CalendarDate] { terms.map(\.from) }

    /// The key a form is known to stand for ("NQ-HNTW4/XII" → "04-NQ/TW"), or the key itself.
    func canonicalKey(_ key: String) -> String { same[key] ?? key }

    var provinceNames: [Province] { provinces }
}
