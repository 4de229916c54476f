import Testing
@testable import VNCite

/// One meeting node however many articles report it; `cites` answers by meeting.
@Suite struct MeetingNodeTests {
    static let lead = "Chiều 13/6, Ban Thường vụ Tỉnh ủy Vĩnh Phúc tổ chức hội nghị quán triệt Chỉ thị số 05-CT/TW của Bộ Chính trị."

    /// A paragraph that cites a law: only an article that cites something brings its meeting into the graph.
    static let citing = "\n\nCác đại biểu đã biểu quyết thông qua Luật Phòng, chống tham nhũng."

    func graph(_ articles: [(String, String, CalendarDate?)]) -> CitationGraph {
        CitationGraph(articles: Extractor().extract(articles.map { Article(source: $0.0, text: $0.1, date: $0.2) }))
    }

    @Test func twoReportsOfOneMeetingAreOneNode() throws {
        let g = graph([
            ("a.txt", Self.lead, CalendarDate(year: 2018, month: 6, day: 14)),
            // Another outlet, a day later, dates the same meeting by its second day.
            ("b.txt", "Ngày 14/6, Ban Thường vụ Tỉnh ủy Vĩnh Phúc tổ chức hội nghị quán triệt Chỉ thị số 05-CT/TW.",
             CalendarDate(year: 2018, month: 6, day: 15)),
        ])
        let meetings = g.nodes.filter { $0.kind == .meeting }
        #expect(meetings.count == 1)
        let m = try #require(meetings.first)
        #expect(m.attributes["reportingArticles"] == .int(2))
        #expect(m.string("meetingDate") == "2018-06-13")
        #expect(g.edges.filter { $0.relation == .reports && $0.target == m.id }.map(\.source) == ["article:a.txt", "article:b.txt"])
        #expect(g.edges.contains { $0.relation == .heldBy && $0.source == m.id })
        let cited = g.meetings(citing: "document:05-CT/TW khóa XII")
        #expect(cited.count == 1)
        #expect(cited.first?.articles == ["a.txt", "b.txt"])
        #expect(g.articles(citing: "document:05-CT/TW khóa XII").count == 2)
        #expect(g.top().first.map { ($0.document.id, $0.meetings) } ?? ("", 0) == ("document:05-CT/TW khóa XII", 1))
    }

    @Test func aSittingCalledBuoiHopInOneReportAndCuocHopInAnotherIsOne() throws {
        let g = graph([
            ("a.txt", "Chiều 13/6, Sở Y tế Hà Nội đã có buổi họp với các bệnh viện về Chỉ thị số 05-CT/TW của Bộ Chính trị.",
             CalendarDate(year: 2018, month: 6, day: 14)),
            ("b.txt", "Chiều 13/6, Sở Y tế Hà Nội đã có cuộc họp với các bệnh viện về Chỉ thị số 05-CT/TW của Bộ Chính trị.",
             CalendarDate(year: 2018, month: 6, day: 14)),
        ])
        // Each article keeps the noun it wrote; the graph has one meeting.
        let kinds = Extractor().extract([Article(source: "a.txt", text: "Chiều 13/6, Sở Y tế Hà Nội đã có buổi họp với các bệnh viện.")])
            .map { $0.meeting?.kind }
        #expect(kinds == ["buổi họp"])
        #expect(g.nodes.filter { $0.kind == .meeting }.count == 1)
    }

    /// A crawled corpus dates few meetings; a sitting named by its number and its body's term is one
    /// meeting whatever its articles' dates, spelt out or abbreviated ("Quốc hội khóa XI", "QH khoá
    /// XI"). Another sitting, or one whose term is not written, stays apart.
    @Test func theSameNumberedSittingOfOneTermIsOneMeeting() throws {
        let g = graph([
            ("a.txt", "Quốc hội đổi mới việc chất vấn\n8h30 sáng nay, Chủ tịch Quốc hội Nguyễn Văn An khai mạc kỳ họp lần thứ 8 Quốc hội khóa XI tại Hà Nội." + Self.citing, nil),
            ("b.txt", "Kỳ họp thứ 8 bế mạc\nChiều nay, kỳ họp thứ 8 QH khoá XI đã bế mạc sau khi thông qua Luật Phòng, chống tham nhũng.", nil),
            ("c.txt", "Khai mạc kỳ họp\nSáng nay, kỳ họp thứ 9 Quốc hội khóa XI đã khai mạc tại Hà Nội." + Self.citing, nil),
            ("d.txt", "Bế mạc\nChiều nay, kỳ họp thứ 8 của Quốc hội đã bế mạc tại Hà Nội." + Self.citing, nil),
            // (a comma between the sitting and its body: the term goes from the host to the name)
            ("e.txt", "Trả lời chất vấn\nTại kỳ họp thứ 8, Quốc hội khóa XI, Bộ trưởng Bộ Tài chính đã trả lời chất vấn về giá xăng." + Self.citing, nil),
        ])
        let reports = Dictionary(uniqueKeysWithValues: g.edges.filter { $0.relation == .reports }.map { ($0.source, $0.target) })
        #expect(reports["article:a.txt"] == "meeting:ky hop|body:quoc hoi|8|11")
        #expect(reports["article:b.txt"] == reports["article:a.txt"])
        #expect(reports["article:e.txt"] == reports["article:a.txt"])
        #expect(reports["article:c.txt"] == "meeting:ky hop|body:quoc hoi|9|11")
        #expect(reports["article:d.txt"] == "meeting:d.txt")
        let shared = try #require(g.node(id: "meeting:ky hop|body:quoc hoi|8|11"))
        #expect(shared.attributes["reportingArticles"] == .int(3))
        #expect(MeetingIdentity.numeral("xiv") == 14 && MeetingIdentity.numeral("hai") == nil)
    }

    /// `top` ranks by meetings: articles that report none are counted as articles, not as meetings.
    @Test func topRanksByMeetingsThenByArticles() {
        let g = graph([
            ("a.txt", "Giá đất tăng\nTheo Nghị định 15/2020/NĐ-CP, các doanh nghiệp phải khai báo.", nil),
            ("b.txt", "Giá đất giảm\nNghị định 15/2020/NĐ-CP quy định rõ mức phạt.", nil),
            ("c.txt", Self.lead, CalendarDate(year: 2018, month: 6, day: 14)),
        ])
        #expect(g.top().map { [$0.document.string("key") ?? "", String($0.meetings), String($0.articles)] } == [
            ["05-CT/TW khóa XII", "1", "1"], ["15/2020/NĐ-CP", "0", "2"],
        ])
    }

    /// A shared meeting shows the day a later report gives when the first gives none.
    @Test func aSharedMeetingsLabelHasTheDayAnyReportGives() throws {
        let g = graph([
            ("a.txt", "Bế mạc\nChiều nay, kỳ họp thứ 8 QH khoá XI đã bế mạc sau khi thông qua Luật Phòng, chống tham nhũng.", nil),
            ("b.txt", "Bế mạc kỳ họp\nChiều 29/11, kỳ họp thứ 8 Quốc hội khóa XI đã bế mạc tại Hà Nội." + Self.citing, CalendarDate(year: 2005, month: 11, day: 30)),
        ])
        let m = try #require(g.node(id: "meeting:ky hop|body:quoc hoi|8|11"))
        #expect(m.string("meetingDate") == "2005-11-29")
        #expect(m.label == "2005-11-29 kỳ họp QH")
    }

    @Test func meetingsWithoutADateStayApart() {
        let g = graph([("a.txt", Self.lead, nil), ("b.txt", Self.lead, nil)])
        #expect(g.nodes.filter { $0.kind == .meeting }.map(\.id) == ["meeting:a.txt", "meeting:b.txt"])
        // (Undated articles: the directive keeps no term.)
        #expect(g.meetings(citing: "document:05-CT/TW").count == 2)
    }

    @Test func meetingsAMonthApartAreTwo() {
        let g = graph([
            ("a.txt", Self.lead, CalendarDate(year: 2018, month: 6, day: 14)),
            ("b.txt", Self.lead.replacingOccurrences(of: "13/6", with: "13/7"), CalendarDate(year: 2018, month: 7, day: 14)),
        ])
        #expect(g.nodes.filter { $0.kind == .meeting }.count == 2)
    }

    @Test func aBodyGlossedWithItsAbbreviationIsTheBodySpeltOut() throws {
        let g = graph([
            ("a.txt", "Sáng 12-9, Ban Kinh tế - Ngân sách (KT-NS) HĐND tỉnh Quảng Nam đã có buổi làm việc với Sở Tài chính về Nghị quyết "
                + "số 05/2020/NQ-HĐND.", CalendarDate(year: 2020, month: 9, day: 12)),
            ("b.txt", "Sáng 12-9, Ban Kinh tế - Ngân sách HĐND tỉnh Quảng Nam đã có buổi làm việc với Sở Tài chính về Nghị quyết số "
                + "05/2020/NQ-HĐND.", CalendarDate(year: 2020, month: 9, day: 12)),
        ])
        #expect(g.nodes.filter { $0.kind == .meeting }.count == 1)
        let hosts = g.nodes.filter { $0.kind == .body && $0.string("name")?.hasPrefix("Ban Kinh tế") == true }
        #expect(hosts.map { $0.string("name") } == ["Ban Kinh tế - Ngân sách HĐND"])
    }

    /// The same body spelt differently in one corpus is one body node: its term in brackets, the
    /// Party's full name, a dash between its fields, "VN" for "Việt Nam", "MTTQ" for "Mặt trận Tổ
    /// quốc", the gloss that closes it, a ministry's names in the catalogue (spellings of the VNTC
    /// corpus, where each was a node of its own).
    @Test(arguments: [
        ["Ban Chấp hành Trung ương", "Ban Chấp hành Trung ương Đảng (khóa IX)", "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam"],
        ["Ban Tư tưởng Văn hóa Trung ương", "Ban Tư tưởng - Văn hóa T.Ư", "Ban Tư tưởng- Văn hóa Trung ương"],
        ["Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Ủy ban Trung ương MTTQ VN", "Uỷ ban trung ương MTTQ Việt Nam"],
        ["Trung ương Đoàn", "Ban chấp hành Trung ương Đoàn", "Trung ương Đoàn TNCS Hồ Chí Minh", "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"],
        ["Quốc hội", "Quốc hội (QH)", "QH"],
        ["Bộ Giáo dục và Đào tạo", "Bộ GD-ĐT", "Bộ GDĐT", "Bộ GD&ĐT", "Bộ Giáo dục - Đào tạo"],
        ["Bộ Kế hoạch và Đầu tư", "Bộ Kế hoạch - Đầu tư"],
        ["Bộ Ngoại giao", "Bộ Ngoại giao Việt Nam", "Bộ Ngoại giao VN"],
        // An issuer's name read on into its clause: "… của Chính phủ thì …", "Bộ Công nghiệp chỉ (đạo)".
        ["Chính phủ", "Chính phủ thì", "Chính phủ có"],
        ["Bộ Công nghiệp", "Bộ Công nghiệp chỉ"],
        ["Thủ tướng Chính phủ", "Thủ tướng", "Thủ tướng thì"],
        // Names that differ by more than spelling.
        ["Ủy ban Thường vụ Quốc hội", "Thường vụ Quốc hội", "UB Thường vụ QH"],
        ["Ban Bí thư", "Ban Bí thư Trung ương", "Ban Bí thư Trung ương Đảng"],
        ["Liên Hợp Quốc", "Liên hiệp quốc", "LHQ"],
        // A province's department by the field of the ministry above it.
        ["Sở GD-ĐT TP HCM", "Sở GDĐT TP.HCM", "Sở Giáo dục và Đào tạo TP HCM", "Sở Giáo dục - Đào tạo TP HCM"],
        ["Sở Kế hoạch Đầu tư Hà Nội", "Sở Kế hoạch và Đầu tư Hà Nội", "Sở KH-ĐT Hà Nội"],
        ["Bộ GTVT", "Bộ Giao thông vận tải"], ["Bộ VH-TT", "Bộ VHTT", "Bộ Văn hóa - Thông tin"],
        // Fields by their abbreviations, "của" before the parent, "TP." glued to its city, the South's "Công chánh".
        ["Sở GTCC TP HCM", "Sở Giao thông công chính TP.HCM", "Sở Giao thông Công chánh TP HCM"],
        ["Ban VHXH HĐND TP HCM", "Ban Văn hóa - Xã hội HĐND TP HCM"],
        ["Ban Pháp chế của HĐND TP HCM", "Ban Pháp chế HĐND TP HCM"],
        ["Ủy ban các vấn đề xã hội của Quốc hội", "Ủy ban các vấn đề xã hội Quốc hội"],
        ["UBND TP.Đà Nẵng", "UBND TP Đà Nẵng", "Ủy ban nhân dân thành phố Đà Nẵng"],
        ["Ủy ban TDTT", "Ủy ban Thể dục Thể thao"], ["Sở TDTT Nghệ An", "Sở Thể dục Thể thao Nghệ An"],
    ])
    func oneBodyWhateverItsSpelling(names: [String]) {
        #expect(Set(names.map { BodyNames.identity($0) }).count == 1, "\(names.map { BodyNames.identity($0) })")
    }

    /// A body the catalogue does not know is its article's own unless its name names its province;
    /// but one whose name says it is the country's or the world's is one node across the corpus
    /// ("LĐBĐ VN" of two sports pages, "Ngân hàng Thế giới"), never a province's.
    @Test func aNationalBodyIsOneNodeAcrossArticles() {
        let g = graph([
            ("a.txt", "Vụ tiêu cực\nChiều qua, Ban Chấp hành LĐBĐ VN đã họp khẩn tại Hà Nội về Quyết định 12/2005/QĐ-TTg.", nil),
            ("b.txt", "Kỷ luật\nSáng nay, Ban chấp hành Liên đoàn bóng đá Việt Nam đã họp tại TP HCM về Quyết định 12/2005/QĐ-TTg.", nil),
            ("c.txt", "Phòng dịch\nSáng nay, Sở Y tế đã tổ chức hội nghị triển khai Quyết định 12/2005/QĐ-TTg.", nil),
            ("d.txt", "Phòng dịch\nChiều nay, Sở Y tế đã tổ chức hội nghị triển khai Quyết định 12/2005/QĐ-TTg.", nil),
        ])
        let hosts = Dictionary(grouping: g.edges.filter { $0.relation == .heldBy }, by: \.target).mapValues(\.count)
        #expect(hosts["body:ban chap hanh lien doan bong da viet nam"] == 2)
        #expect(hosts.keys.filter { $0.hasPrefix("body:so y te") }.count == 2)
        #expect(BodyNames.isNational("ngan hang the gioi") && BodyNames.isNational("to chuc cac nuoc xuat khau dau mo opec"))
        #expect(!BodyNames.isNational("so y te") && !BodyNames.isNational("uy ban nhan dan"))
    }

    /// A ministry's node shows the name the catalogue writes, whichever spelling its first article
    /// had; a body the catalogue does not name shows the text's own.
    @Test func aMinistryShowsItsCataloguedName() {
        #expect(BodyNames.display("Bộ GD-ĐT") == "Bộ Giáo dục và Đào tạo")
        #expect(BodyNames.display("Bộ Kế hoạch - Đầu tư") == "Bộ Kế hoạch và Đầu tư")
        #expect(BodyNames.display("Hội Nhà văn VN") == "Hội Nhà văn VN")
    }

    /// Not two bodies made one, nor a province lost: another country's parliament, another central
    /// committee, a province written with its dash.
    @Test func differentBodiesStayApart() {
        #expect(BodyNames.identity("Quốc hội Hàn Quốc") != BodyNames.identity("Quốc hội"))
        #expect(BodyNames.identity("Ban Tuyên giáo Trung ương") != BodyNames.identity("Ban Tổ chức Trung ương"))
        #expect(BodyNames.identity("Ban chấp hành Trung ương Đoàn") != BodyNames.identity("Ban Chấp hành Trung ương"))
        #expect(BodyNames.identity("Bộ Văn hóa - Thông tin") != BodyNames.identity("Bộ Văn hóa, Thể thao và Du lịch"))
        #expect(BodyNames.identity("Sở Giáo dục và Đào tạo") != BodyNames.identity("Bộ Giáo dục và Đào tạo"))
        #expect(BodyNames.identity("Bộ Chính trị") != BodyNames.identity("Ban Chấp hành Trung ương"))
        #expect(BodyNames.identity("Ban chỉ đạo thi") != BodyNames.identity("Ban chỉ đạo"))
        #expect(BodyNames.parts("UBND tỉnh Thừa Thiên - Huế").province == "Thừa Thiên Huế")
        #expect(BodyNames.parts("Viện Nghiên cứu cây ăn quả miền Nam (Tiền Giang)").province == "Tiền Giang")
        #expect(BodyNames.parts("Đại sứ quán Australia tại Hà Nội") == ("dai su quan australia", "Hà Nội"))
    }

    /// A local body named without its province is the article's province's; the rank that stands
    /// for that province goes with it ("UBND thành phố" in an article of Hà Nội is the "UBND TP Hà
    /// Nội" of another), not one that cannot ("Sở Y tế thành phố" in one of Tiền Giang is a city's).
    @Test func aRankStandingForTheArticlesProvinceIsThatProvince() {
        let id = { (name: String, province: String) in CitationGraph.bodyID(name, catalog: .standard, province: province, source: "a.txt") }
        #expect(id("UBND thành phố", "Hà Nội") == id("UBND TP Hà Nội", "Đà Nẵng"))
        #expect(id("UBND TP", "Hồ Chí Minh") == "body:uy ban nhan dan@Hồ Chí Minh")
        #expect(id("HĐND tỉnh", "Kiên Giang") == id("Hội đồng nhân dân tỉnh Kiên Giang", "Hà Nội"))
        #expect(id("Sở Y tế thành phố", "Tiền Giang") == "body:so y te thanh pho@Tiền Giang")
        #expect(id("UBND tỉnh", "Hà Nội") == "body:uy ban nhan dan tinh@Hà Nội")
        // The node shows the name its first article wrote, a bracket its province was cut from closed.
        let g = graph([
            ("a.txt", "Hà Nội: giá nước\nSáng nay, UBND thành phố Hà Nội đã họp bàn Quyết định 12/2005/QĐ-TTg.", nil),
            ("b.txt", "Hà Nội: giá điện\nChiều nay, tại Hà Nội, UBND thành phố đã họp bàn Quyết định 12/2005/QĐ-TTg.", nil),
            ("c.txt", "Giá nước\nSáng 5-6, Ban Văn hóa - Xã hội (HĐND TP HCM) đã họp bàn Quyết định 12/2005/QĐ-TTg.", nil),
        ])
        let hosts = Set(g.edges.filter { $0.relation == .heldBy }.map(\.target))
        #expect(g.nodes.filter { hosts.contains($0.id) }.map(\.label).sorted() == ["Ban Văn hóa - Xã hội (HĐND) (Hồ Chí Minh)", "UBND (Hà Nội)"])
    }

    @Test func aBodyNamingItsProvinceIsThatProvincesWhateverTheArticle() {
        // An article of Đà Nẵng reports a meeting of Hồ Chí Minh City's council.
        let g = graph([("a.txt", "Sáng 5-6, HĐND TP HCM đã tổ chức kỳ họp thứ 4 để bàn về Nghị quyết số 05/2020/NQ-HĐND của Đà Nẵng.",
                        CalendarDate(year: 2020, month: 6, day: 6))])
        let heldBy = Set(g.edges.filter { $0.relation == .heldBy }.map(\.target))
        let hosts = g.nodes.filter { heldBy.contains($0.id) }
        #expect(hosts.map(\.id) == ["body:hoi dong nhan dan@Hồ Chí Minh"])
        #expect(hosts.map(\.label) == ["HĐND (Hồ Chí Minh)"])
        #expect(BodyNames.parts("Hội đồng nhân dân thành phố Hồ Chí Minh") == ("hoi dong nhan dan", "Hồ Chí Minh"))
        #expect(BodyNames.display("UBND tỉnh Hà Nam") == "UBND")
        // A term is the congress's, not the body's.
        #expect(BodyNames.identity("LĐBĐ VN khóa V") == BodyNames.identity("LĐBĐ VN"))
        #expect(BodyNames.identity("Hội Điện ảnh VN nhiệm kỳ VI") == BodyNames.identity("Hội Điện ảnh VN"))
        #expect(BodyNames.display("Ban Chấp hành Trung ương Đảng khóa IX") == "Ban Chấp hành Trung ương Đảng")
        #expect(BodyNames.identity("QH khoá XI") == BodyNames.identity("Quốc hội"))
        #expect(BodyNames.display("Trung ương Đảng") == BodyNames.display("Ban Chấp hành Trung ương"))
        // … and, known by its name spelt out, a central body, whatever the article's province.
        for name in ["QH khoá XI", "Ban Tổ chức T.Ư"] {
            #expect(!CitationGraph.bodyID(name, catalog: .standard, province: "Hà Nội", source: "a.txt").contains("@"))
        }
        // The Pacific and the Youth Union's namesake are no province.
        #expect(BodyNames.parts("Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh").province == nil)
        #expect(BodyNames.parts("Diễn đàn Nghị viện châu Á-Thái Bình Dương").province == nil)
        // A gloss that closes the name is part of it.
        #expect(BodyNames.withoutInnerGloss("Tổ chức Lao động Quốc tế (ILO)") == "Tổ chức Lao động Quốc tế (ILO)")
    }

    @Test func aProvinceThatHeldACeremonyIsItsOwnGovernment() {
        // However the city is written, one body of its own, shown by its whole name.
        #expect(BodyNames.parts("TP.HCM") == ("thanh pho", "Hồ Chí Minh"))
        #expect(BodyNames.parts("TP HCM") == ("thanh pho", "Hồ Chí Minh"))
        #expect(BodyNames.parts("thành phố Hồ Chí Minh") == ("thanh pho", "Hồ Chí Minh"))
        #expect(BodyNames.parts("tỉnh Thừa Thiên-Huế") == ("tinh", "Thừa Thiên Huế"))
        #expect(BodyNames.display("tỉnh Thừa Thiên-Huế") == "tỉnh Thừa Thiên-Huế")
        let g = graph([("a.txt", "Sáng 27.4, TP.HCM đã long trọng tổ chức mít tinh kỷ niệm ngày giải phóng, quán triệt Chỉ thị 05-CT/TW.",
                        CalendarDate(year: 2006, month: 4, day: 28))])
        let heldBy = Set(g.edges.filter { $0.relation == .heldBy }.map(\.target))
        #expect(g.nodes.filter { heldBy.contains($0.id) }.map(\.id) == ["body:thanh pho@Hồ Chí Minh"])
    }
}
