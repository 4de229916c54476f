import Foundation
import Testing
import VNCite
@testable import VNCiteReport

/// The seeds' report opened in headless Chromium as a reader would: every page renders without
/// a console error, every internal link resolves, a click reaches 05-CT/TW and its three
/// meetings, the search box finds it from "chi thi 05", hostile titles stay text.
@Suite(.serialized) struct BrowserTests {
    static let article003 = SitePaths.article(source: "seeds/003_d00f514569f14f19.txt")

    @Test func theSeedsReportWorksInChromium() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let site = try SeedSite.site(try SeedSite.seedArticles())
        try ReportWriter.write(site, to: folder.path + "/report")
        let seen = try #require(try BrowserCheck.run(folder.path + "/report", probes: [Self.article003]))

        // Every page reached from the index renders, with no console error, and links resolve.
        let pages = site.files.map(\.path).filter { $0.hasSuffix(".html") }
        #expect(seen.pages.count >= pages.count - 1, "reached \(seen.pages.keys.sorted())")
        for (page, what) in seen.pages {
            #expect(what.errors.isEmpty, "\(page): \(what.errors)")
            #expect(!what.h1.isEmpty, "\(page) has no heading")
            #expect(what.title.hasSuffix("· Trích dẫn văn bản"), "\(page)")
        }
        #expect(seen.broken.isEmpty, "\(seen.broken)")

        // The click from the index lands on 05-CT/TW, which lists the three seed meetings.
        #expect(seen.click.url == SeedSite.documentPath("document:05-CT/TW khóa XII", key: "05-CT/TW khóa XII"))
        #expect(seen.click.errors.isEmpty)
        #expect(seen.click.h1 == "Chỉ thị 05-CT/TW khóa XII")
        #expect(seen.click.rows.count == 3)
        #expect(seen.click.rows.map { $0[0] } == ["10/02/2017", "13/06/2018", "không rõ"])
        let titles = seen.click.rows.map { $0[4] }
        #expect(titles == ["Thường trực Tỉnh uỷ làm việc với Sở Thông tin và Truyền thông",
                           "BTV Đảng ủy Khối các cơ quan tỉnh tổ chức điểm sinh hoạt cấp ủy cơ sở tại Đảng ủy Sở TT&TT",
                           "001_7b6f317e0f05435e.txt"])
        #expect(seen.click.marks == ["Chỉ thị số 05-CT/TW", "Chỉ thị 05", "Chỉ thị số 05-CT/TW"])
        #expect(seen.click.drawingLinks >= 2, "the neighbourhood drawing's nodes are links")

        // Typing "chi thi 05" (no diacritics) finds "Chỉ thị 05-CT/TW" first, linked to its page.
        let first = try #require(seen.search.first)
        #expect(first[0]?.hasPrefix("05-CT/TW khóa XII Chỉ thị") == true, "\(seen.search)")
        #expect(first[1]?.hasSuffix(seen.click.url) == true)

        // The article page: every citation highlighted and linked to its document's page.
        let article = try #require(seen.probes[Self.article003])
        #expect(article.errors.isEmpty)
        #expect(article.marks.map { $0[0] } == ["Luật báo chí", "Nghị quyết số 04-NQ/TW", "Chỉ thị số 05-CT/TW"])
        #expect(article.marks[2][1] == "../" + SeedSite.documentPath("document:05-CT/TW khóa XII", key: "05-CT/TW khóa XII"))
    }

    @Test func hostileTitlesAndSentencesAreShownAsText() throws {
        let title = #"<script>alert("tiêu đề")</script> Hội nghị & 'quán triệt' &lt;b&gt;"#
        let text = """
            Ngày 5/3/2024, Chi bộ tổ chức hội nghị.
            Quán triệt <script>alert('câu')</script> "Chỉ thị số 05-CT/TW" của Bộ Chính trị & &amp; <img src=x onerror=alert(1)>.
            """
        let article = Article(source: "hostile/a.txt", text: text, title: title, date: CalendarDate(iso: "2024-03-05"))
        let site = try SeedSite.site([article])
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try ReportWriter.write(site, to: folder.path + "/report")
        let page = SitePaths.article(source: "hostile/a.txt")
        let doc = SeedSite.documentPath("document:05-CT/TW khóa XII", key: "05-CT/TW khóa XII")
        let seen = try #require(try BrowserCheck.run(folder.path + "/report", probes: [page, doc]))

        let shown = try #require(seen.probes[page])
        #expect(shown.errors.isEmpty, "\(shown.errors)")
        #expect(shown.h1 == title)
        #expect(shown.scripts == 0, "no script of the article's runs")
        #expect(shown.text.contains("Quán triệt <script>alert('câu')</script> \"Chỉ thị số 05-CT/TW\" của Bộ Chính trị & &amp; <img src=x onerror=alert(1)>."))
        #expect(shown.marks.map { $0[0] } == ["Chỉ thị số 05-CT/TW"])
        let table = try #require(seen.probes[doc])
        #expect(table.errors.isEmpty)
        #expect(table.scripts == 0)
        #expect(table.text.contains(title))
        #expect(table.text.contains("<img src=x onerror=alert(1)>"))
        #expect(seen.broken.isEmpty, "\(seen.broken)")
    }

    @Test func theCheckerCatchesABrokenLink() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let site = try SeedSite.site(try SeedSite.seedArticles(), drawings: false)
        try ReportWriter.write(site, to: folder.path + "/report")
        let missing = SeedSite.documentPath("document:21-KL/TW khóa XIII", key: "21-KL/TW khóa XIII")
        try FileManager.default.removeItem(atPath: folder.path + "/report/" + missing)
        let seen = try #require(try BrowserCheck.run(folder.path + "/report"))
        #expect(!seen.broken.isEmpty)
        #expect(seen.broken.allSatisfy { $0.href.hasSuffix(missing) && $0.problem == "no such file" })
    }
}
