import Foundation
import Testing
@testable import VNCite

/// Party numbers restart every term: the key carries the term whenever the text, the date or the
/// catalogue gives it, and a citation none of them narrows down is not guessed.
@Suite struct DocumentTermTests {
    func keys(_ text: String, date: String? = nil) -> [String] {
        Extractor().extract(Article(source: "a.txt", text: text, date: date.flatMap(CalendarDate.init(iso:)))).citations.map(\.key)
    }

    func findings(_ text: String, date: String? = nil) -> [String] {
        Extractor().extract(Article(source: "a.txt", text: text, date: date.flatMap(CalendarDate.init(iso:)))).findings.map(\.message)
    }

    @Test func theTwo18NQTWAreTwoDocuments() {
        #expect(keys("Thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương về tinh gọn bộ máy.")
            == ["18-NQ/TW khóa XII"])
        #expect(keys("Thực hiện Nghị quyết số 18-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương về đất đai.")
            == ["18-NQ/TW khóa XIII"])
        #expect(keys("Quán triệt Nghị quyết 18-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XII.") == ["18-NQ/TW khóa XII"])
        // By subject, from the catalogue's titles.
        #expect(keys("Triển khai Nghị quyết 18-NQ/TW về tiếp tục đổi mới, hoàn thiện thể chế, chính sách về quản lý và sử dụng đất.")
            == ["18-NQ/TW khóa XIII"])
    }

    /// A term written in figures is the term: "khóa 11" is khóa XI (not a council's years, "khóa 2021-2026").
    @Test func aTermInFigures() {
        #expect(keys("Hội nghị tổng kết 10 năm thực hiện Nghị quyết Trung ương 8 khóa 11 về Chiến lược bảo vệ Tổ quốc trong tình hình mới.")
            == ["28-NQ/TW khóa XI"])
        #expect(keys("Hội nghị quán triệt Nghị quyết Trung ương 6 khóa 2021-2026 của tỉnh.") == ["NQ-HNTW6/?"])
    }

    @Test func anUndatedMentionInA2019AndIn2023Article() {
        let text = "Các cấp ủy tiếp tục thực hiện Nghị quyết 18-NQ/TW của Trung ương."
        // In 2019 only the 2017 document existed.
        #expect(keys(text, date: "2019-05-01") == ["18-NQ/TW khóa XII"])
        // In 2023 both did: no guess, a finding names both.
        #expect(keys(text, date: "2023-05-01") == ["18-NQ/TW"])
        #expect(findings(text, date: "2023-05-01").contains { $0.contains("18-NQ/TW khóa XII (2017-10-25) or 18-NQ/TW khóa XIII (2022-06-16)") })
        // A date and a stated term that disagree give no term either.
        #expect(keys("Nghị quyết số 18-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương khóa XII.") == ["18-NQ/TW"])
    }

    /// A bare number a plenum the article names adopted (by the catalogue) is that plenum's document.
    @Test func aNumberListedUnderItsPlenum() {
        #expect(keys("Các đại biểu được quán triệt các Nghị quyết Hội nghị Trung ương 6 (khóa XII): Nghị quyết số 18, về “một số vấn đề về "
            + "tiếp tục đổi mới, sắp xếp tổ chức bộ máy”; nghị quyết số 19, về “tiếp tục đổi mới hệ thống tổ chức”; Nghị quyết số 5.")
            == ["NQ-HNTW6/XII", "18-NQ/TW khóa XII", "19-NQ/TW khóa XII", "Nghị quyết 05?"])
    }

    /// "Nghị quyết 4", no "số", after the article's "Nghị quyết Trung ương 4": the plenum's resolution
    /// called by its plenum; not with "số", nor when the article names no such plenum.
    @Test func aPlenumsResolutionCalledByItsPlenum() {
        let text = "Đảng ủy Khối đã tổ chức quán triệt Nghị quyết Trung ương 4 (khóa XI) “Một số vấn đề về xây dựng Đảng hiện nay”. "
        #expect(keys(text + "Đảng bộ khối sẽ thực hiện có hiệu quả Nghị quyết 4.") == ["12-NQ/TW khóa XI", "12-NQ/TW khóa XI"])
        #expect(keys(text + "Đảng bộ khối sẽ thực hiện có hiệu quả Nghị quyết số 4.").last == "Nghị quyết 04?")
        #expect(keys("Đảng bộ khối sẽ thực hiện có hiệu quả Nghị quyết 4.") == ["Nghị quyết 04?"])
    }

    /// A bare number whose subject fits the title of one catalogued central document of its type and
    /// number is that document; a subject that fits none leaves the key partial.
    @Test func aNumberNamedByItsSubject() {
        #expect(keys("Hội nghị tổng kết 5 năm thực hiện Nghị quyết số 18 về “Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy "
            + "của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả” trên địa bàn tỉnh.") == ["18-NQ/TW khóa XII"])
        #expect(keys("Ban Bí thư vừa ra chỉ thị số 40 về xây dựng, nâng cao chất lượng đội ngũ nhà giáo và cán bộ quản lý giáo dục.")
            == ["40-CT/TW khóa IX"])
        #expect(keys("Cán bộ, chiến sĩ được quán triệt Nghị quyết số 29 về Chiến lược bảo vệ Tổ quốc trên không gian mạng; Nghị quyết số 33 "
            + "về Chiến lược bảo vệ biên giới quốc gia.") == ["29-NQ/TW khóa XII", "33-NQ/TW khóa XII"])
        #expect(keys("Các trường đã triển khai Nghị quyết số 18 về mức thu học phí tại các cơ sở giáo dục công lập.") == ["Nghị quyết 18?"])
        // (Nor one issued after the article.)
        #expect(keys("Hội nghị quán triệt Nghị quyết số 18 về “tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn”.",
                     date: "2015-05-01") == ["Nghị quyết 18?"])
    }

    /// Another central body's document of the same number is another document: the Politburo's 28
    /// (2008, on defence zones) is not the Central Committee's 28-NQ/TW of plenum 8, khóa XI.
    @Test func anotherBodysNumberIsAnotherDocument() {
        #expect(keys("Diễn tập nhằm quán triệt Nghị quyết Trung ương 8 khóa XI về chiến lược bảo vệ Tổ quốc trong tình hình mới, "
            + "Nghị quyết 28 của Bộ Chính trị về tiếp tục xây dựng tỉnh, thành phố thành khu vực phòng thủ.") == ["28-NQ/TW khóa XI", "28-NQ/TW"])
        // (A body that carries out the document, whose name holds "Trung ương", names no central body.)
        #expect(keys("Hội nghị tổng kết 10 năm thực hiện Chỉ thị số 30-CT/TW, ngày 18/2/1998 của Bộ Chính trị (khóa VIII). Báo cáo tổng kết "
            + "thực hiện Chỉ thị 30-CT/TW của Đảng bộ Khối các cơ quan Trung ương đã nêu rõ kết quả.") == ["30-CT/TW khóa VIII", "30-CT/TW khóa VIII"])
    }

    /// A plenum named again without its term is the one the article wrote, before the article's
    /// date's term; two terms written for one plenum leave it unknown.
    @Test func aPlenumNamedAgainTakesTheTermTheArticleWrote() {
        let text = "Bộ Chính trị tổ chức Hội nghị quán triệt Nghị quyết Trung ương 4 (khóa XI). Tổng Bí thư nêu rõ mục đích của "
            + "Nghị quyết Trung ương 4 và những nội dung cơ bản."
        #expect(keys(text) == ["12-NQ/TW khóa XI", "12-NQ/TW khóa XI"])
        #expect(keys(text, date: "2024-05-01") == ["12-NQ/TW khóa XI", "12-NQ/TW khóa XI"])
        #expect(keys("So sánh Nghị quyết Trung ương 4 khóa XI và Nghị quyết Trung ương 4 khóa XII với Nghị quyết Trung ương 4.").last
            == "NQ-HNTW4/?")
    }

    /// A short form the text does not date is the article's own document of that number, before the
    /// catalogue's (which lists the 45-CT/TW of 2015, not the one of 2020 on the elections).
    @Test func aShortFormIsItsArticlesDatedDocumentBeforeTheCatalogues() {
        #expect(keys("Thực hiện Chỉ thị số 45-CT/TW ngày 20/6/2020 của Bộ Chính trị về lãnh đạo cuộc bầu cử. Tỷ lệ không thấp hơn 35% như định hướng của Chỉ thị 45.",
                     date: "2021-03-17") == ["45-CT/TW khóa XII", "45-CT/TW khóa XII"])
        #expect(keys("Tiếp tục thực hiện Chỉ thị 45 của Bộ Chính trị về công tác đối với người Việt Nam ở nước ngoài.", date: "2021-03-17")
            == ["45-CT/TW khóa XI"])
    }

    /// A plenum's resolution named by its plenum is the one resolution of that plenum its article
    /// numbers; of two, neither.
    @Test func aPlenumNamedAgainIsTheResolutionItsArticleNumbers() {
        #expect(keys("Thực hiện Nghị quyết số 26-NQ/TW ngày 5/8/2008 Hội nghị lần thứ bảy Ban Chấp hành Trung ương khóa X về nông nghiệp, nông dân, nông thôn. "
                     + "Sau 15 năm thực hiện Nghị quyết Trung ương 7 khóa X, bộ mặt nông thôn đổi thay.", date: "2023-08-05")
            == ["26-NQ/TW khóa X", "26-NQ/TW khóa X"])
        #expect(keys("Quán triệt Nghị quyết Trung ương 6 khóa XIII: Nghị quyết số 27-NQ/TW ngày 9/11/2022 Hội nghị lần thứ sáu Ban Chấp hành Trung ương khóa XIII "
                     + "và Nghị quyết số 28-NQ/TW ngày 17/11/2022 Hội nghị lần thứ sáu Ban Chấp hành Trung ương khóa XIII.", date: "2023-01-05")
            == ["NQ-HNTW6/XIII", "27-NQ/TW khóa XIII", "28-NQ/TW khóa XIII"])
    }

    @Test func aProvincialNumberInTwoTerms() {
        #expect(keys("Thực hiện Nghị quyết số 05-NQ/TU ngày 10/3/2016 của Tỉnh ủy Thừa Thiên Huế.")
            == ["05-NQ/TU nhiệm kỳ 2015–2020@Thừa Thiên Huế"])
        #expect(keys("Thực hiện Nghị quyết số 05-NQ/TU ngày 10/3/2021 của Tỉnh ủy Thừa Thiên Huế.")
            == ["05-NQ/TU nhiệm kỳ 2020–2025@Thừa Thiên Huế"])
        // Congress months: no term rather than a wrong one.
        #expect(keys("Thực hiện Nghị quyết số 05-NQ/TU ngày 10/9/2020 của Tỉnh ủy Thừa Thiên Huế.")
            == ["05-NQ/TU@Thừa Thiên Huế"])
    }

    @Test func aPlenumAndWhatItAdopted() throws {
        // The subject narrows the plenum down to one of its resolutions.
        #expect(keys("Quán triệt Nghị quyết Trung ương 5 khóa XII về tiếp tục cơ cấu lại, đổi mới doanh nghiệp nhà nước.")
            == ["12-NQ/TW khóa XII"])
        // Without one, the plenum stays itself, linked to each resolution it adopted.
        #expect(keys("Quán triệt Nghị quyết Trung ương 5 khóa XII.") == ["NQ-HNTW5/XII"])
        let articles = [
            Article(source: "a.txt", text: "Sáng 3/7, Tỉnh ủy quán triệt Nghị quyết Trung ương 5 khóa XII."),
            Article(source: "b.txt", text: "Sáng 5/7, Sở Kế hoạch quán triệt Nghị quyết số 12-NQ/TW ngày 3/6/2017 về doanh nghiệp nhà nước."),
        ]
        let graph = CitationGraph(articles: Extractor().extract(articles))
        let adopted = graph.edges.filter { $0.relation == .adopted }.map(\.target)
        #expect(adopted == ["document:10-NQ/TW khóa XII", "document:11-NQ/TW khóa XII", "document:12-NQ/TW khóa XII"])
        #expect(graph.plenums(adopting: "document:12-NQ/TW khóa XII").map(\.id) == ["document:NQ-HNTW5/XII"])
        // The certain citation and the plenum's are apart.
        #expect(graph.articles(citing: "document:12-NQ/TW khóa XII").map(\.source) == ["b.txt"])
        #expect(graph.articles(citing: "document:NQ-HNTW5/XII").map(\.source) == ["a.txt"])
        // What the catalogue knows is on the node, with its source.
        let node = try #require(graph.node(id: "document:12-NQ/TW khóa XII"))
        #expect(node.string("date") == "2017-06-03")
        #expect(node.string("catalogStatus") != nil && node.string("catalogSource") != nil)
        // "12-NQ/TW" without a term finds it.
        #expect(graph.documents(named: "12-NQ/TW").map(\.id) == ["document:12-NQ/TW khóa XII"])
    }

    @Test func anAdministrativeStateNumberTakesTheYearOfItsDate() {
        // 749/QĐ-TTg of 2008 and of 2020 are two decisions; a normative number has its year already.
        #expect(keys("Theo Quyết định số 749/QĐ-TTg ngày 3/6/2020 của Thủ tướng Chính phủ; Quyết định 749/QĐ-TTg nêu rõ.")
            == ["749/QĐ-TTg năm 2020", "749/QĐ-TTg năm 2020"])
        #expect(keys("Theo Quyết định số 749/QĐ-TTg của Thủ tướng Chính phủ.") == ["749/QĐ-TTg"])
        #expect(keys("Nghị định 15/2020/NĐ-CP ngày 3/2/2020 của Chính phủ.") == ["15/2020/NĐ-CP"])
        #expect(DocumentTerm.withoutTerm("14414/QĐ-UBND năm 2021@Thanh Hóa") == "14414/QĐ-UBND@Thanh Hóa")
    }

    @Test func theCatalogueIsWellFormedAndSourced() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/VNCite/Data/party-documents.tsv")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }
        var seen: Set<String> = []
        for line in lines {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            #expect(f.count == 10, "\(line)")
            #expect(Catalog.partyDocument(f) != nil, "\(line)")
            #expect(["verified", "seen", "inferred"].contains(f[8]), "\(line)")
            #expect(!f[9].trimmingCharacters(in: .whitespaces).isEmpty, "no source: \(line)")
            #expect(seen.insert(f[1] + " " + f[3]).inserted, "twice: \(f[1]) khóa \(f[3])")
            // The date lies in the term.
            if let d = CalendarDate(iso: f[4]) { #expect(Catalog.standard.term(on: d) == f[3], "\(f[1]) \(f[4]) is not in khóa \(f[3])") }
        }
        #expect(lines.count == Catalog.standard.partyDocuments.count)
        // Every term XI–XIII plenum that adopted resolutions has them listed.
        for (plenum, term) in [(4, "XI"), (5, "XII"), (6, "XII"), (7, "XII"), (5, "XIII"), (6, "XIII"), (8, "XIII")] {
            #expect(!Catalog.standard.partyDocuments(plenum: plenum, term: term).isEmpty, "HNTW\(plenum) khóa \(term)")
        }
    }

    /// Plenums listed share the term written after the last; one that writes its own keeps it.
    @Test func plenumsListedShareTheLastTerm() {
        #expect(keys("Tập trung học tập, quán triệt Nghị quyết Trung ương 8, Nghị quyết Trung ương 9 khóa XII.")
            == ["NQ-HNTW8/XII", "NQ-HNTW9/XII"])
        #expect(keys("Quán triệt Nghị quyết Trung ương 4 khóa XI và Nghị quyết Trung ương 4 khóa XII.")
            == ["12-NQ/TW khóa XI", "04-NQ/TW khóa XII"])
    }
}
