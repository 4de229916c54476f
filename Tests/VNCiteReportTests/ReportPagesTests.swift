import Foundation
import Testing
import VNCite
@testable import VNCiteReport

/// Whole pages of the seeds' report, its determinism and its escaping, without a browser.
@Suite struct ReportPagesTests {
    @Test func goldenPagesOfTheSeeds() throws {
        let site = try SeedSite.site(try SeedSite.seedArticles(), drawings: false)
        expectGolden(SeedSite.file(site, "index.html"), named: "seeds.index.html")
        expectGolden(SeedSite.file(site, SeedSite.documentPath("document:05-CT/TW khóa XII", key: "05-CT/TW khóa XII")),
                     named: "seeds.05-CT-TW.html")
        expectGolden(SeedSite.file(site, BrowserTests.article003), named: "seeds.article-003.html")
    }

    @Test func sameFilesWhateverTheOrderOfTheArticlesAndTheJobs() throws {
        let forward = try ReportSite(SeedSite.input(try SeedSite.seedArticles(), jobs: 1))
        let backward = try ReportSite(SeedSite.input(try SeedSite.seedArticles(reversed: true), jobs: 4))
        #expect(forward.files.map(\.path) == backward.files.map(\.path))
        for (a, b) in zip(forward.files, backward.files) { #expect(a.text == b.text, "\(a.path)") }
    }

    /// output/report is what the current build writes (the drawings only need to be there:
    /// their bytes are Graphviz's).
    @Test func committedReportIsCurrent() throws {
        let site = try SeedSite.site(try SeedSite.seedArticles())
        let folder = repositoryRoot.appendingPathComponent("output/report")
        let written = try FileManager.default.subpathsOfDirectory(atPath: folder.path)
            .filter { !$0.hasPrefix(".") && !$0.hasSuffix("/") && $0.contains(".") }.sorted()
        #expect(written == site.files.map(\.path), "regenerate with: swift run vncite report seeds -o output/report")
        for file in site.files {
            let committed = (try? String(contentsOf: folder.appendingPathComponent(file.path), encoding: .utf8)) ?? ""
            #expect(Self.withoutDrawing(committed) == Self.withoutDrawing(file.text), "\(file.path) is not current")
        }
    }

    static func withoutDrawing(_ page: String) -> String {
        guard let a = page.range(of: "<figure class=\"drawing\">"), let b = page.range(of: "</figure>") else { return page }
        return String(page[..<a.lowerBound]) + "<figure/>" + String(page[b.upperBound...])
    }

    @Test func everyValueIsEscapedByTheTemplates() throws {
        let title = #"<script>alert(1)</script> "Hội nghị" & 'x' &lt;b&gt;"#
        let text = "Quán triệt <b>Chỉ thị số 05-CT/TW</b> của Bộ Chính trị & \"x\"."
        let site = try SeedSite.site([Article(source: "h/<x>.txt", text: text, title: title)], drawings: false)
        let page = SeedSite.file(site, SitePaths.article(source: "h/<x>.txt"))
        #expect(page.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt; &quot;Hội nghị&quot; &amp; &#39;x&#39; &amp;lt;b&amp;gt;</h1>"))
        #expect(page.contains("Quán triệt &lt;b&gt;<a href="))
        #expect(!page.contains("<script>alert") && !page.contains("<b>"))
        for file in site.files where file.path.hasSuffix(".html") {
            #expect(!file.text.contains("<script>alert"), "\(file.path)")
        }
    }

    @Test func withoutDrawingsThePagesSaySo() throws {
        let site = try SeedSite.site(try SeedSite.seedArticles(), drawings: false)
        let page = SeedSite.file(site, SeedSite.documentPath("document:05-CT/TW khóa XII", key: "05-CT/TW khóa XII"))
        #expect(page.contains("Không có hình vẽ: drawings turned off"))
        #expect(!page.contains("<figure class=\"drawing\">"))
    }

    /// Two outlets report one conference (examples/one-meeting): each article's page links the
    /// other under its meeting.
    @Test func anArticlesPageLinksTheOtherReportsOfItsMeeting() throws {
        let folder = repositoryRoot.appendingPathComponent("examples/one-meeting")
        let names = ["baovinhphuc.txt", "vinhphuc-portal.txt"]
        let articles = try names.map {
            Article(source: "one-meeting/\($0)", text: try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8))
        }
        let site = try SeedSite.site(articles, drawings: false)
        let first = SeedSite.file(site, SitePaths.article(source: "one-meeting/baovinhphuc.txt"))
        let second = SeedSite.file(site, SitePaths.article(source: "one-meeting/vinhphuc-portal.txt"))
        let toSecond = "../" + SitePaths.article(source: "one-meeting/vinhphuc-portal.txt")
        #expect(first.contains("<dt>Cùng đưa tin</dt><dd><a href=\"\(toSecond)\">Hội nghị quán triệt Chỉ thị 05 của Bộ Chính trị</a></dd>"))
        #expect(second.contains("<dt>Cùng đưa tin</dt><dd><a href=\"") && second.contains(">Ban Thường vụ Tỉnh ủy quán triệt Chỉ thị 05-CT/TW</a></dd>"))
    }

    @Test func longTablesArePaginated() throws {
        // 250 articles citing one directive, none reporting a meeting: 250 rows, three pages.
        let articles = (0..<250).map { i in
            Article(source: String(format: "many/%03d.txt", i), text: "Tiếp tục thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.",
                    title: "Bài \(i)", date: CalendarDate(year: 2016 + i / 25, month: 1 + i % 12, day: 1))
        }
        let site = try SeedSite.site(articles, drawings: false)
        let first = SeedSite.documentPath("document:05-CT/TW khóa XII", key: "05-CT/TW khóa XII")
        let base = String(first.dropLast(".html".count))
        #expect(Set(site.files.map(\.path).filter { $0.hasPrefix(base) }) == [first, base + "-2.html", base + "-3.html"])
        let page3 = SeedSite.file(site, base + "-3.html")
        #expect(page3.components(separatedBy: "<tr><td>").count - 1 == 50)
        #expect(page3.contains("Trang: <a href=\"../\(first)\">1</a>"))
        // By year over ten years, so the chart has ten bars.
        #expect(SeedSite.file(site, first).components(separatedBy: "<g><title>").count - 1 == 10)
        #expect(SeedSite.file(site, "index.html").utf8.count < 300_000)
    }
}
