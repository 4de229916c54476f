/// Laws, codes and ordinances after their type word: by a National Assembly number ("Luật số
/// 103/2016/QH13"), by name ("Luật Báo chí"), or both ("Luật Giao dịch điện tử số 20/2023/QH15",
/// "Luật Đất đai 2024 (Luật số 31/2024/QH15)").
extension CitationFinder {
    /// Reads after the type word "Luật", "Bộ luật" or "Pháp lệnh", which starts at `typeStart`.
    func readLaw(kind: DocumentKind, typeStart: Int, scanner s: inout Scanner) -> [Mention] {
        let capitalised = s.isUppercase(typeStart)
        let afterType = s
        // "Luật số 103/2016/QH13" has a number; "Luật Báo chí" a name.
        var probe = s
        probe.skipSpaces()
        if probe.readNumberPrefix(), let symbol = probe.readSymbol(), symbol.issuer != nil {
            // "luật … số 21-TB/TW" in a garbled phrase: the code says Thông báo.
            let name = symbol.type.flatMap { DocumentKind.named(byCode: $0, state: symbol.system == .state) } ?? kind.name
            var m = Mention(form: .symbol(symbol), kind: name, range: typeStart..<probe.pos)
            m.qualifiers = probe.readQualifiers(catalog: catalog)
            s = probe
            return [m]
        }
        // ("luật phòng, chống mua bán người": in small letters, only a name the catalogue knows, of three
        // words or more, in a sentence that names no other country, not after a plural; "luật giao
        // thông", "luật đất đai" may be the rules of a field, "Tổng thống Hàn Quốc … xoá bỏ luật an ninh
        // quốc gia" Korea's law, "các luật tổ chức Toà án nhân dân năm 1992 và năm 2002" the laws of a field.)
        let small = !capitalised && kind.folded != "bo luat"
        let plural = small && LawNameForm.precededBy(["cac ", "nhung "], s.text, typeStart)
        guard !plural, let law = LawNameForm.read(&s, typeStart: typeStart, catalog: catalog, knownOnly: small),
              !small || law.name.split(separator: " ").count >= 3 && !ForeignDocument.namedInSentence(s.text, around: typeStart..<law.end) else {
            s = afterType
            return listedLaws(kind: kind, typeStart: typeStart, scanner: &s)
        }
        // (The year after a law an amending law names is the amending law's: `amended`.)
        let year = Self.amended(s.text, before: typeStart) ? nil : law.year
        let byName = Mention(form: .law(name: law.name, year: year), kind: kind.name, range: typeStart..<law.end,
                             lawName: law.written)
        // "Luật Giao dịch điện tử số 20/2023/QH15": the name and the number of one law; "Luật Đất đai
        // 2024 (Luật số 31/2024/QH15)": the law named, then its number, two mentions of it.
        var numbered = s
        numbered.skipSpaces()
        let bracketed = Self.numberInBrackets(after: numbered)
        if bracketed { numbered.pos += 1 }
        let numberStart = numbered.pos
        if bracketed { _ = numbered.read("luat"); numbered.skipSpaces() }
        if let symbol = Self.lawNumber(&numbered) {
            var m = Mention(form: .symbol(symbol), kind: kind.name, range: (bracketed ? numberStart : typeStart)..<numbered.pos)
            m.lawName = law.written ?? law.name
            m.qualifiers = numbered.readQualifiers(catalog: catalog)
            s = numbered
            return bracketed ? [byName, m] : [m]
        }
        return [byName] + furtherLaws(kind: kind, typeStart: typeStart, listed: 1, scanner: &s)
    }

    /// The number after a law's name: after "số" any full symbol ("Luật Dược số 105/2016/QH13"),
    /// without it only a National Assembly's number with its year and no type code ("luật dược
    /// 105/2016/QH13"), which names nothing but a law.
    static func lawNumber(_ s: inout Scanner) -> DocumentSymbol? {
        var probe = s
        let written = probe.readNumberPrefix()
        guard let symbol = probe.readSymbol(), let issuer = symbol.issuer,
              written || (symbol.type == nil && symbol.year != nil && issuer.hasPrefix("QH")) else { return nil }
        s = probe
        return symbol
    }

    /// "Luật Đất đai 2024 (Luật số 31/2024/QH15)", "Luật Dược (105/2016/QH13)": whether the bracket
    /// at the cursor holds the law's number, a full symbol and nothing after it.
    static func numberInBrackets(after s: Scanner) -> Bool {
        var probe = s
        guard probe.read("(") else { return false }
        _ = probe.read("luat")
        probe.skipSpaces()
        guard lawNumber(&probe) != nil else { return false }
        return probe.peek(")")
    }

    /// "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và ⟨Luật Tổ chức chính quyền địa
    /// phương năm 2019⟩", "… của Luật báo chí năm 1999": a law an amending law names, whose year is
    /// the amending law's (the law amended is of another year) — whether the law at `typeStart` is one.
    static func amended(_ text: CleanText, before typeStart: Int) -> Bool {
        let fold = text.fold
        let from = max(0, typeStart - 120)
        guard let at = lastIndex(of: amendedBy, in: fold, from: from, to: typeStart) else { return false }
        // Up to the law: nothing but other laws it names, "và" or commas ("… của Luật A, Luật B và ⟨Luật C⟩").
        let between = String(decoding: fold[(at + amendedBy.count)..<typeStart], as: UTF8.self)
        return !between.contains(where: { ".;:(".contains($0) }) && (between.isEmpty || between.hasPrefix("luat ") || between.hasPrefix("bo luat "))
            && (between.isEmpty || between.hasSuffix(" va ") || between.hasSuffix(", "))
    }

    static let amendedBy = Array("mot so dieu cua ".utf8)

    /// Where `needle` last starts in `fold[from..<to]`.
    static func lastIndex(of needle: [UInt8], in fold: [UInt8], from: Int, to: Int) -> Int? {
        guard to - from >= needle.count else { return nil }
        return stride(from: to - needle.count, through: from, by: -1).first { k in
            fold[k..<(k + needle.count)].elementsEqual(needle)
        }
    }
}
