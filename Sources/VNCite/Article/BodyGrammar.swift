/// Reads the name of a Vietnamese organisation from words: a head noun, then its qualifiers.
///
/// "Ban Thường vụ Tỉnh ủy", "Chi bộ Sở Thông tin và Truyền thông", "UBND TP Hà Nội",
/// "Bộ Y tế", "HĐND tỉnh khóa XVI", "Tổ chức Thương mại thế giới (WTO)", "WTO". The head must be
/// written with a capital; the qualifiers are capitalised words, abbreviations and the few
/// lower-case words that names are made of ("tỉnh", "thành phố", "nhân dân", "các cơ quan").
/// "Hiện tại, cô đang" or "Lúc này thì bóng đá" start with no head and are no body.
enum BodyGrammar {
    /// Head nouns, written with their marks: "Viễn thông" has no head "Viện", nor "Nhật Bản JETRO" a
    /// head "Ban", nor "Phong trào" a "Phòng".
    static let heads = PhraseTable([
        "ban chấp hành", "ban thường vụ", "ban bí thư", "ban chỉ đạo", "bộ chính trị", "thường trực", "thường vụ",
        "đảng ủy", "đảng bộ", "chi bộ", "tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy", "thị ủy", "quân ủy",
        "ủy ban nhân dân", "ủy ban", "hội đồng nhân dân", "hội đồng", "quốc hội", "chính phủ",
        "mặt trận", "liên đoàn", "liên hiệp", "hiệp hội", "tổng hội", "hội", "bộ", "sở", "ban", "tổng cục", "cục",
        "viện kiểm sát", "viện", "học viện", "tòa án", "thanh tra", "kiểm toán", "ngân hàng", "tổng công ty",
        "công ty", "tập đoàn", "đại học", "trường", "trung tâm", "văn phòng", "đoàn", "tỉnh đoàn", "thành đoàn",
        "trung ương", "công đoàn", "đảng", "nhà nước", "tổ chức", "liên hợp quốc", "quỹ", "nhóm",
        "ban tổ chức", "đoàn chủ tịch", "phòng", "chi cục", "bộ tư lệnh", "quân khu", "công an", "cảnh sát", "xí nghiệp",
        "bệnh viện", "hạt kiểm lâm", "tổ công tác", "tổ điều hành", "tổ đại biểu", "quốc vụ viện", "thành hội", "tỉnh hội", "diễn đàn",
        "liên minh", "đài", "báo", "tạp chí", "bảo tàng", "bảo hiểm xã hội", "tổng liên đoàn", "tổng lđlđ", "liên bộ",
        "clb", "câu lạc bộ", "cơ quan cảnh sát điều tra", "cơ quan an ninh điều tra", "cơ quan điều tra", "thiền viện", "giáo hội", "hội thánh",
        "cung văn hóa", "cung thiếu nhi", "nhà thiếu nhi", "nhà văn hóa", "cơ quan", "đại sứ quán", "tổng lãnh sự quán", "lãnh sự quán",
        // (And the Youth Union's and associations' committees below a province: "Huyện đoàn Định Hóa", "Thị đoàn Phổ Yên".)
        "cụm thi đua", "khối thi đua", "tiểu ban", "liên chi hội", "chi hội", "chi đoàn", "huyện đoàn", "quận đoàn", "thị đoàn", "xã đoàn", "phường đoàn",
        "huyện hội", "quận hội", "thị hội", "phân hội",  // (an association's section: "Phân hội Nhiếp ảnh tỉnh An Giang")
        "vườn quốc gia", "khu bảo tồn thiên nhiên", "khu bảo tồn",  // (a national park, a nature reserve: "Vườn quốc gia Cát Tiên")
        // (A port authority, "Cảng vụ hàng hải Hải Phòng", and an airport, "Cảng hàng không quốc tế Nội Bài"; tax offices since
        // 2025, "Thuế tỉnh Cao Bằng"; a cooperative, "HTX Đại Nghĩa".)
        "cảng vụ", "cảng hàng không", "thuế tỉnh", "thuế thành phố", "thuế cơ sở", "hợp tác xã", "htx",
        // (The State Treasury's offices, "Kho bạc Nhà nước Hải Phòng" (not "Nhà nước Hải Phòng"); a library,
        // "Thư viện tỉnh"; a prison,
        // "Trại giam Thanh Lâm"; the army's and the border guard's units, "Sư đoàn 312", "Đồn Biên phòng Cửa
        // khẩu Lao Bảo", "Quân chủng Hải quân", "Vùng Cảnh sát biển 2"; a ward's health station, "Trạm Y tế phường Đông Triều".)
        "kho bạc", "thư viện", "trại giam", "quân đoàn", "binh đoàn", "sư đoàn", "lữ đoàn", "trung đoàn", "hải đoàn", "đồn biên phòng",
        "bộ đội biên phòng", "quân chủng", "binh chủng", "vùng cảnh sát biển", "trạm kiểm soát biên phòng", "trạm y tế",
        "trạm",  // (a district's station: "Trạm Quản lý thủy nông huyện", "Trạm Khuyến nông Tuy Phước")
    ].map(LeadWords.normalPhrase))

    /// Committees, councils, border units and corporations inside a name ("Đảng ủy ⟨Đồn Biên phòng⟩ …", "HĐQT ⟨Tổng công ty⟩ Bưu điện").
    static let nestedHeads: [[Substring]] = ["ban", "hoi dong", "uy ban", "don bien phong", "bo doi bien phong", "tram kiem soat bien phong", "tong cong ty"].phrases

    /// Lower-case words inside names, with their marks ("tỉnh", "nhân dân", "các cơ quan"): "nói"
    /// and "tại" are not "nội" and "tài".
    static let inner: Set<String> = [
        "tỉnh", "thành", "phố", "huyện", "quận", "xã", "phường", "thị", "trấn", "nhân", "dân", "khối", "các",
        "cơ", "quan", "đảng", "ủy", "thường", "vụ", "trực", "chấp", "hành", "trung", "ương", "quốc", "hội",
        "chính", "phủ", "nhà", "nước", "cao", "thế", "giới", "liên", "hợp", "đại", "biểu", "khóa", "tư",
        "pháp", "tế", "an", "ninh", "doanh", "nghiệp", "sản", "địa", "phương", "việt", "nam", "gia",
        "công", "nông", "thôn", "tác", "phát", "triển", "tiền", "dục", "tạo", "tài", "nguyên", "môi",
        "trường", "thông", "tin", "truyền", "văn", "hóa", "dịch", "lịch", "thao", "giao", "mại", "ngoại",
        "nội", "thủy", "lợi", "lao", "động", "binh", "xây", "dựng", "khoa", "học", "chứng", "khoán", "kỹ",
        "thuật", "kinh", "tải", "bộ", "lực", "điện", "bản", "vận", "xuất", "nhập", "khẩu", "hải", "thuế",
        "kiểm", "toán", "sát", "viện", "tổng", "cục", "đoàn", "niên", "phụ", "nữ", "cựu", "chiến", "trận",
        "mặt", "ngân", "hàng", "bảo", "hiểm", "xã", "y", "dược", "thương", "vật", "giá", "chánh", "máy", "nghệ", "đá", "trữ",
        "tưởng", "hiệp", "tịch", "châu", "kế", "hoạch", "xúc", "tiến", "viễn", "thể",
    ]

    /// Heads of federations, named by their many members: "Liên hiệp Thư viện các tỉnh …", "Hiệp hội các trường đại học …".
    static let federations: [[Substring]] = ["lien hiep", "hiep hoi", "lien doan", "lien minh"].phrases

    /// What "các" makes many: "UBND các quận", "các sở, ngành".
    static let pluralPlaces: Set<String> = ["quận", "huyện", "tỉnh", "xã", "phường", "thành", "sở", "ngành", "địa"]

    /// The body that starts at word `i`, as a range of words; nil when no head stands there.
    /// After an office a head may be written in lower case when a capital follows: "Giám đốc
    /// công ty Điện lực TP HCM" (`afterOffice`).
    static func read(_ lead: LeadWords, at i: Int, catalog: Catalog, afterOffice: Bool = false) -> Range<Int>? {
        let w = lead.words
        guard i < w.count, w[i].before.isEmpty || w[i].before == "(" else { return nil }
        // ("liên bộ Thương mại, Tài chính …": an inter-ministerial body, its list of ministries in its name.)
        let ministries = lead.matchesWritten(["liên", "bộ"], at: i) && opensInSmallLetters(lead, at: i)
        guard w[i].isCapitalised || opensInSmallLetters(lead, at: i)
                || afterOffice && head(lead, at: i).map({ i + $0 < w.count && w[i + $0].isCapitalised }) == true else { return nil }
        var end: Int
        if opensOnAnOffice(lead, at: i) { return nil }
        if namesAPlace(lead, at: i) { return nil }
        if namesAFair(lead, at: i) { return nil }  // ("Hội chợ", "Hội thi": a fair or a contest, no association)
        if let n = headLength(lead, at: i) {
            end = i + n
            // "Sở Nông nghiệp và phát triển nông thôn TP.HCM": a ministry's field, in small letters too.
            if w[end - 1].after.isEmpty, let f = lead.match(fields, at: end) { end += f }
            // "Bộ Văn hóa, Thể thao và Du lịch": a ministry's fields listed with a comma.
            if w[end - 1].after.isEmpty, let f = commaFields(lead, at: end) { end += f }
            // "Ban chỉ đạo (quốc gia) phòng chống dịch cúm A trên người": a steering committee's task.
            if lead.matches(["ban", "chi", "dao"], at: i) {
                if w[end - 1].after.isEmpty, lead.matches(["quoc", "gia"], at: end) || lead.matches(["trung", "uong"], at: end) { end += 2 }
                if w[end - 1].after.isEmpty { end = taskEnd(lead, from: end) }
            }
        } else if w[i].isAcronym, !isTimeOrNumber(w[i].text), !notBodies.contains(w[i].text.uppercased()), !isInitials(w[i].text),
                  // Not a virus or a numbered edition: "H5N1", "III-2006" (but "G7").
                  isOrganisation(w[i].text) || !w[i].text.contains(where: \.isNumber) && !isRoman(w[i].folded) {
            end = i + 1  // "UBND", "WTO", "HĐND"
        } else {
            return nil
        }
        // A head alone in lower-case words is a common noun: "Hội" needs its name.
        var words = end - i
        // ("Hội đồng nhân dân (HĐND) thành phố Hà Nội", "Ban Chấp hành (BCH) LĐBĐ VN": the name goes
        // on past its abbreviation in brackets.)
        func bracketedAbbreviation(_ word: LeadWords.Word) -> Bool { word.before == "(" && word.after == ")" && word.isAcronym }
        while end < w.count, words < 14,
              ["", "&", "-", "–"].contains(w[end - 1].after)
                || end - i >= 2 && (bracketedAbbreviation(w[end - 1]) || joinsBracketedAbbreviations(lead, at: end - 2))
                || ministries && w[end - 1].after == "," && w[end].isCapitalised && !opensOnAnOffice(lead, at: end)
                || wardGoesOn(lead, from: i, to: end) || end - i >= 2 && listedFields(lead, comma: end - 1, catalog: catalog) {
            let word = w[end]
            // "chào mừng Đại hội X của Đảng thành công": success is no part of a name.
            // "HĐND thành phố khóa VII chính thức khai mạc": nor is the adverb "chính thức".
            if end + 1 < w.count, ["thành công", "chính thức"].contains(word.lower + " " + w[end + 1].lower) { break }
            // "UBND ⟨các quận⟩", "lãnh đạo ⟨các sở, ngành⟩": many bodies, no one's name.
            // (But an emulation cluster is named by its many: "Cụm thi đua các tỉnh Bắc Trung Bộ".)
            // ("Thường trực HĐND ⟨các tỉnh⟩ Trung du …": the bodies of many places, not one.)
            // (Nor is a federation's: "Liên hiệp Thư viện các tỉnh miền núi phía Bắc" is one, named by its members.)
            if word.lower == "các", end + 1 < w.count, pluralPlaces.contains(w[end + 1].lower),
               !lead.matchesWritten(["thi", "đua"], at: i + 1), lead.match(federations, at: i) == nil { return nil }
            // "UBND tỉnh ⟨(NLĐ) -⟩ …": an outlet's mark, in brackets before a dash, closes it too (not
            // "(TP Hà Nội)", "Thanh tra (TT) TP …").
            if word.before == "(", word.after.hasPrefix(")"), notBodies.contains(word.text.uppercased()),
               word.after.contains(where: { "-–".contains($0) }) || end + 1 < w.count && ["-", "–"].contains(w[end + 1].text) { break }
            // "Quốc hội khóa XI ⟨Chất vấn, tranh luận …⟩": a term closes a name.
            if end - i >= 2, ["khóa", "khoá"].contains(w[end - 2].lower), isTimeOrNumber(w[end - 1].text) || isRoman(w[end - 1].folded) { break }
            if holdsWithACapital(lead, at: end) || parentWord(lead, at: end) != nil || opensACommittee(lead, at: end) || secondOfficeAfterDash(lead, at: end) { break }
            if word.opensQuote { break }  // a title in quotes is read as one (`HostReader.quotedTail`)
            // "Hội Nông dân xã Cát Hanh ⟨(huyện Phù Cát, tỉnh Bình Định)⟩": where it lies, an aside.
            if word.before.hasSuffix("("), ["huyện", "tỉnh", "thành", "quận", "thị", "xã", "phường"].contains(word.text) { break }
            // "… của Đảng ⟨Chiều⟩ 12-4, …": a time that opens the next sentence (not "Tối cao").
            if word.isCapitalised, sentenceTimes.contains(word.lower), !(end + 1 < w.count && w[end + 1].lower == "cao") { break }
            // "châu Á Thái bình dương": the Pacific, whatever its capitals, and not a Mr Thái.
            // "HĐND quận 9", "UBND phường 11": a city's districts and wards are numbered.
            // ("Đảng ủy Quân khu 3", "Sư đoàn 312": so are the army's units; "Chi bộ tổ dân phố 5", the wards'.)
            if let n = countedMembers(lead, at: end, name: i) ?? residentialUnit(lead, at: end) ?? electoralUnit(lead, at: end, name: i) {
                words += n - 1
                end += n
            } else if let n = innerPhrase(lead, at: end, name: i) {
                words += n - 1
                end += n
            } else if numbered(lead, end - 1), !word.text.isEmpty, word.text.allSatisfy(\.isNumber) {
                end += 1
            } else if let n = numberedBySo(lead, at: end) {
                end += n
            } else if word.lower == "thái", lead.matches(["thai", "binh", "duong"], at: end) {
                end += 3
                words += 2
            } else if word.isCapitalised, !isTimeOrNumber(word.text), !foreignName(lead, at: end) {
                // A person's name ends the body: "Bộ Thương mại Trương Đình Tuyển"; a province
                // does not ("UBND tỉnh Hà Tây").
                // (No Mr Âu in "châu Âu", no Mr Cao in "Hội thánh Cao Đài"; "Bảo tàng Tôn Đức Thắng": `namedAfterPeople`.)
                if PersonName.read(lead, at: end) != nil, w[end - 1].lower != "châu", !lead.matchesWritten(["cao", "đài"], at: end),
                   lead.matchWritten(namedAfterPeople, at: i)?.count != end - i,
                   !catalog.startsWithProvince(lead.words[end..<min(end + 3, w.count)].map(\.folded).joined(separator: " ")) {
                    break
                }
                // ("Thường trực ⟨Ban Chỉ đạo⟩ Trung ương …", "Thường trực ⟨Hội đồng nhân dân⟩ huyện": a
                // committee or council inside the name goes in whole.)
                end += lead.match(nestedHeads, at: end) != nil ? head(lead, at: end) ?? 1 : 1
            } else if inner.contains(word.lower) && !(word.lower == "phương" && w[end - 1].lower != "địa")  // not "Quốc hội phương (án)"
                        && !(word.lower == "trận" && w[end - 1].lower != "mặt") && !(word.lower == "trực" && w[end - 1].lower != "thường")  // not "Ban Tổ chức trận (đấu)", "… tỉnh Bình Định trực (tiếp)"
                        && !verbHalf(lead, end)  // not "Chính phủ triển (khai)"
                        && !(word.lower == "hành" && !["chấp", "điều", "thi", "phát"].contains(w[end - 1].lower))  // not "Hiệp hội hành (vi)"
                        && !(word.lower == "bản" && !["xuất", "cơ"].contains(w[end - 1].lower))  // not "Trung tâm bản (quyền)"
                        // (not "Thường trực HĐND hàng (tháng)", "Quốc hội hàng (loạt)"; "ngân hàng", "hàng hải")
                        && !(word.lower == "hàng" && w[end - 1].lower != "ngân" && !(end + 1 < w.count && ["hải", "không", "hóa", "hoá"].contains(w[end + 1].lower)))
                        && lead.match(verbsOfInnerWords, at: end) == nil  // not "Viện VHTT phát biểu"
                        // (nor "Cục Đường bộ Việt Nam thông tin, …": after a capital, the verb; "Sở Văn hóa thông tin")
                        && !(lead.matchesWritten(["thông", "tin"], at: end) && w[end - 1].isCapitalised)
                        || (["tối", "cấp"].contains(word.lower) && end + 1 < w.count && w[end + 1].lower == "cao")
                        // "Tòa án nhân dân cấp cao ⟨tại⟩ Đà Nẵng": a high court's seat is in its name.
                        || word.lower == "tại" && end >= 2 && lead.matchesWritten(["cấp", "cao"], at: end - 2) && end + 1 < w.count && w[end + 1].isCapitalised
                        || word.lower == "diễn" && w[end - 1].lower == "biểu"  // "Cục Nghệ thuật biểu diễn"
                        // "Ban Chấp hành lâm thời Liên hiệp …": a provisional body.
                        || lead.matchesWritten(["lâm", "thời"], at: end) || word.lower == "thời" && w[end - 1].lower == "lâm"
                        || !w[end - 1].isCapitalised && compound(w[end - 1], word)  // "… Công nghiệp cao su"
                        // "Trường THPT chuyên Hùng Vương", "Trường Trung cấp Xây dựng"
                        || word.lower == "chuyên" && ["THPT", "THCS", "PTTH"].contains(w[end - 1].text) || word.lower == "cấp" && ["Trung", "Sơ"].contains(w[end - 1].text)
                        || word.lower == "làm" && w[end - 1].text == "Việc"  // "Ban Chỉ đạo … và Việc làm TPHCM"
                        || word.lower == "chức" && w[end - 1].text == "Tổ"  // "Cục Tổ chức", "Vụ Tổ chức cán bộ"
                        || word.lower == "quân" && ["Hải", "Không"].contains(w[end - 1].text)  // "Vùng 2 Hải quân"
                        // "Ngân hàng Nhà nước chi nhánh tỉnh"
                        || lead.matchesWritten(["chi", "nhánh"], at: end) || lead.matchesWritten(["chi", "nhánh"], at: end - 1)
                        || word.lower == "sở" && w[end - 1].lower == "cơ"  // "Công đoàn cơ sở Sở …"
                        || word.lower == "ban" && w[end - 1].lower == "ủy"  // "Đoàn Chủ tịch Ủy ban …"
                        // "Quốc hội nước Cộng hòa xã hội ⟨chủ nghĩa⟩ Việt Nam"
                        || word.lower == "chủ" && end >= 2 && lead.matchesWritten(["xã", "hội", "chủ", "nghĩa"], at: end - 2)
                        || word.lower == "nghĩa" && end >= 3 && lead.matchesWritten(["xã", "hội", "chủ", "nghĩa"], at: end - 3) {
                end += 1
            } else if w[end - 1].folded == "nam", lead.matchesWritten(["ở", "nước", "ngoài"], at: end) {
                // "Hội Doanh nhân Việt Nam ⟨ở nước ngoài⟩": Vietnamese abroad, in the name.
                words += 2
                end += 3
            } else if joinsBracketedAbbreviations(lead, at: end) {
                end += 1
            } else if word.lower == "và" || word.folded == "-" || word.text == "&", end + 1 < w.count, w[end + 1].isCapitalised,
                      // (Nor the next clause's opening word: "HĐND - ⟨Tại⟩ Kỳ họp thứ 4 …", a section's label.)
                      !HostReader.notInNames.contains(w[end + 1].lower), !sentenceTimes.contains(w[end + 1].lower),
                      // (Not a second body: "Văn phòng Chính phủ và Ủy ban Dân tộc", "… và Báo Lao Động"; a field's abbreviation is none, "PCTT và TKCN".)
                      // (Nor a person: "LĐBĐ VN và HLV trưởng A.Riedl"; nor a second office: "Tổng cục CSND –
                      // Thủ trưởng Cơ quan CSĐT".)
                      MeetingWords.office(lead, at: end + 1) == nil,
                      word.lower != "và" || headLength(lead, at: end + 1) == nil && w[end + 1].lower != "báo"
                        && !(w[end + 1].isAcronym && !notBodies.contains(w[end + 1].text.uppercased()) && !catalog.isField(w[end + 1].folded))
                        && !titles.contains(w[end + 1].text.uppercased()) && lead.matchWritten(PersonName.clergy, at: end + 1) == nil {
                end += 1  // "Thông tin và Truyền thông", "Lao động - Thương binh", "Sở KH & CN"
            } else if ["và", "-", "–"].contains(word.lower), word.after.isEmpty, end + 1 < w.count, !w[end + 1].isCapitalised,
                      let half = lead.matchWritten(secondFields, at: end + 1) {
                // "Sở Tài nguyên ⟨- môi trường⟩ TP HCM", "Bộ Giáo dục ⟨và đào tạo⟩": a ministry's or a
                // company's second field, in small letters.
                words += half.count
                end += 1 + half.count
            } else if word.lower == "và" || ["-", "–"].contains(word.text), word.after.isEmpty, end - i >= 2, let field = fieldAfterAnd(lead, from: end + 1) {
                // "… phòng chống SARS ⟨và cúm H5N1⟩", "Hội Khuyến học ⟨- cựu giáo chức huyện Bắc⟩ Trà My": a
                // second field in small letters, to its own name.
                words += field - end - 1
                end = field
            } else if end - i >= 2 || lead.matchWritten(MeetingWords.nouns, at: i) == nil, !w[end - 1].isCapitalised || end - i == 1 || legalForm(lead, end),
                      let run = runsToPlace(lead, from: end, catalog: catalog) ?? brandAfterLegalForm(lead, from: end) {
                // "Hội điện ⟨ảnh⟩ VN": small words past those it knows, up to the place that ends it;
                // after a head of one word too ("Hội ⟨nhạc sĩ⟩ VN"), unless they make a meeting's
                // noun ("Hội ⟨nghị⟩ APEC").
                words += run - end - 1
                end = run
            } else if end - i >= 2, lone(lead, end - 1, from: i), runsOn(w[end - 1], into: word) {
                // "Trung tâm Bảo ⟨vệ⟩ …": the rest of a word and of the name (or more, `runsToPlace`), or no name.
                guard let run = smallRun(lead, from: end) ?? runsToPlace(lead, from: end + 1, catalog: catalog) else { return nil }
                words += run - end - 1
                end = run
            } else {
                break
            }
            words += 1
        }
        // Trailing joiners and lower-case words belong to what follows: "… tỉnh và" → "… tỉnh".
        // ("Giáo dục - Thanh" keeps its "Thanh": the words compare with their marks; "huyện Kim Thành", its capital.)
        while end > i + 1, ["và", "-", "các", "có", "đang", "thành"].contains(w[end - 1].lower), !w[end - 1].isCapitalised { end -= 1 }
        // "Trường ĐH y dược TP.HCM và Viện (nghiên cứu …)", "Cục … cứu nạn, cứu hộ - Bộ (Công an)": a second head cut short is not this name's.
        if end - i >= 3, ["và", "-", "–"].contains(w[end - 2].lower), head(lead, at: end - 1) == 1 { end -= 2 }
        // A bare head with nothing after it names nothing ("Ban", "Bộ", "Hội"): needs a qualifier,
        // except heads that are names by themselves ("Quốc hội", "Chính phủ", "Bộ Chính trị").
        // (But a committee is named by its remit alone: "Ủy ban ⟨về các vấn đề xã hội⟩ của Quốc hội".)
        if end - i == (headLength(lead, at: i) ?? 0), !selfNamingPhrase(lead, i) {
            return HostReader.remitEnd(lead, name: i..<end).map { i..<$0 }
        }
        return i..<end
    }

    static func isTimeOrNumber(_ s: String) -> Bool { s.first?.isNumber == true }

    static func isRoman(_ folded: String) -> Bool { !folded.isEmpty && folded.allSatisfy { "ivx".contains($0) } }
}
