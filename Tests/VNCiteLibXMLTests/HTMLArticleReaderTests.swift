import Foundation
import Testing
import VNCite

@testable import VNCiteLibXML

/// The bytes of a page in Fixtures/html (UTF-8 pages are written by hand; the Windows-1258,
/// UTF-16 and TCVN3 ones by Fixtures/make_fixtures.py).
private func fixture(_ name: String) throws -> [UInt8] {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/html/\(name)")
    return [UInt8](try Data(contentsOf: url))
}

private func read(_ name: String) throws -> Article {
    try HTMLArticleReader.read(try fixture(name), source: name)
}

private func read(html: String) throws -> Article {
    try HTMLArticleReader.read(Array(html.utf8), source: "inline.html")
}

/// What one fixture must give.
struct PageExpectation: CustomTestStringConvertible, Sendable {
    var file: String
    var title: String
    var date: String?
    var url: String?
    /// Whether the title is the text's first line (the page's `<h1>` is inside the article).
    var titleFirst: Bool
    /// Sentences the article's text holds, each with a citation.
    var contains: [String]
    /// Menus, scripts, related links, counters, comments, footers: never in the text.
    var excludes: [String]

    var testDescription: String { file }
}

private let pages: [PageExpectation] = [
    PageExpectation(
        file: "tinhuy-portal.html",
        title: "Ban Thường vụ Tỉnh ủy sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị",
        date: "2023-06-14",
        url: "https://tinhuy.quangtri.dcs.vn/tin-tuc/"
            + "ban-thuong-vu-tinh-uy-so-ket-5-nam-thuc-hien-chi-thi-so-05-ct-tw-4512.html",
        titleFirst: true,
        contains: [
            "Chiều 14/6, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết 5 năm thực hiện "
                + "Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập "
                + "và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
            "gắn việc thực hiện Chỉ thị số 05-CT/TW với Nghị quyết Trung ương 4 (khóa XII) "
                + "về tăng cường xây dựng, chỉnh đốn Đảng;",
            "Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị.",
            "triển khai thực hiện Nghị quyết số 05-NQ/TU của Ban Chấp hành Đảng bộ tỉnh "
                + "về chuyển đổi số",
            "Quy định số 144-QĐ/TW ngày 09/5/2024 của Bộ Chính trị",
        ],
        excludes: [
            "Trang chủ", "Giới thiệu chung", "Văn bản chỉ đạo điều hành", "Tin liên quan",
            "phong cách Hồ Chí Minh\n", "57-NQ/TW", "36-CT/TW", "Lượt truy cập", "12.345.678",
            "Đang truy cập", "Facebook", "Zalo", "In bài", "Gửi email", "Hôm nay", "12-NQ/TU",
            "21-CT/TU", "999-NQ/TW", "777-TB/TU", "888-NQ/TU", "Giấy phép", "_gaq",
            "Chọn website", "Tạp chí Cộng sản", "Chuyên mục", "Thời sự",
        ]),
    PageExpectation(
        file: "so-tttt-gov.html",
        title: "Triển khai Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân "
            + "trong các cơ quan nhà nước",
        date: "2022-12-26",
        url: nil,
        titleFirst: false,
        contains: [
            "Sáng ngày 26/12/2022, Sở Thông tin và Truyền thông tổ chức hội nghị triển khai "
                + "Nghị định số 13/2023/NĐ-CP của Chính phủ về bảo vệ dữ liệu cá nhân",
            "hướng dẫn thực hiện Nghị định 15/2020/NĐ-CP quy định xử phạt vi phạm hành chính "
                + "trong lĩnh vực bưu chính, viễn thông, tần số vô tuyến điện, công nghệ thông tin "
                + "và giao dịch điện tử",
            "Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ",
            "13/2023/NĐ-CP 17/4/2023 Bảo vệ dữ liệu cá nhân",
            "báo cáo kết quả về Sở trước ngày 15/01/2023.\nPhòng Bưu chính",
        ],
        excludes: [
            "Trang chủ", "Hoạt động của Sở", "Tin tức - Sự kiện", "Các tin đã đưa", "14/CT-TTg",
            "52-NQ/TW", "Tin khác", "06/QĐ-TTg", "Lượt xem", "1.024", "Đang online",
            "Tổng lượt truy cập", "Thông báo", "tuyển dụng", "Bản quyền", "datepicker",
            "Tìm kiếm", "Dịch vụ công",
        ]),
    PageExpectation(
        file: "nhandan-national.html",
        title: "Đưa Nghị quyết 57 vào cuộc sống: khoa học, công nghệ là đột phá chiến lược",
        date: "2025-01-15",
        url: "https://nhandan.vn/dua-nghi-quyet-57-vao-cuoc-song-post854321.html",
        titleFirst: true,
        contains: [
            "Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát "
                + "triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia",
            "Chính phủ ban hành Nghị quyết số 03/NQ-CP về Chương trình hành động của Chính phủ "
                + "thực hiện Nghị quyết số 57-NQ/TW.",
            "Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân và Luật Giao dịch điện tử năm 2023.",
            "Kết luận số 123-KL/TW của Ban Chấp hành Trung ương",
            "Hội nghị toàn quốc quán triệt, triển khai Nghị quyết 57. (Ảnh: Đăng Khoa)",
        ],
        excludes: [
            "99-NQ/TW", "88-CT/TW", "66-NQ/TW", "77-CT/TW", "68-NQ/TW", "71/NQ-CP", "khoán 10",
            "Tin liên quan", "Bình luận", "Nguyễn Văn Bình", "Mong các địa phương",
            "Gửi bình luận", "Ý kiến của bạn", "Từ khóa", "Đọc nhiều", "Xã hội", "Pháp luật",
            "Chia sẻ", "Zalo", "Sao chép", "Giấy phép", "Cơ quan Trung ương", "dataLayer",
            "line-height", "07:02",
        ]),
    PageExpectation(
        file: "baotinh-cp1258.html",
        title: "Tỉnh ủy quán triệt Nghị quyết số 05-NQ/TU về chuyển đổi số",
        date: "2022-12-26",
        url: "https://baohatinh.vn/chinh-tri/"
            + "tinh-uy-quan-triet-nghi-quyet-so-05-nq-tu-ve-chuyen-doi-so/241122.htm",
        titleFirst: true,
        contains: [
            "triển khai Nghị quyết số 05-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số "
                + "tỉnh Hà Tĩnh",
            "gắn với thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị và Nghị quyết Trung ương 4 "
                + "(khóa XII) về tăng cường xây dựng, chỉnh đốn Đảng.",
            "thực hiện nghiêm Nghị định 15/2020/NĐ-CP, bảo đảm an toàn, an ninh mạng;",
            "\"Mỗi cán bộ, đảng viên phải là một tuyên truyền viên về chuyển đổi số\"",
        ],
        excludes: [
            "444-NQ/TU", "Hôm nay", "Trang chủ", "Văn hóa", "Các tin khác", "15-CT/TU",
            "08-NQ/TU", "Lượt truy cập", "9.876.543", "Cơ quan của Đảng bộ",
        ]),
    PageExpectation(
        file: "huyenuy-utf16.html",
        title: "Huyện ủy Hải Lăng sơ kết Nghị quyết Trung ương 4 (khóa XII)",
        date: "2017-02-10",
        url: "https://huyenuyhailang.vn/tin-tuc/so-ket-nghi-quyet-trung-uong-4-khoa-xii-1022.html",
        titleFirst: false,
        contains: [
            "Ngày 10/2, Ban Thường vụ Huyện ủy Hải Lăng tổ chức sơ kết một năm thực hiện Nghị "
                + "quyết Trung ương 4 (khóa XII) gắn với Chỉ thị số 05-CT/TW ngày 15/5/2016 "
                + "của Bộ Chính trị.",
            "Quy định số 47-QĐ/TW về những điều đảng viên không được làm và Quy định số 101-QĐ/TW",
        ],
        excludes: ["Trang chủ", "Liên hệ", "Chia sẻ", "Facebook", "Twitter"]),
    PageExpectation(
        file: "broken-markup.html",
        title: "Đảng ủy xã Phong Hải học tập chuyên đề năm 2021",
        date: "2021-03-08",
        url: "https://phongdien.thuathienhue.gov.vn/?gd=1&cn=28&tc=5123",
        titleFirst: true,
        contains: [
            "quán triệt chuyên đề năm 2021 theo Chỉ thị số 05-CT/TW của Bộ Chính trị về "
                + "\"Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
            "Nghị quyết số 21-NQ/TW ngày 16/6/2022 của Hội nghị Trung ương 5 khóa XIII về tăng "
                + "cường củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đội ngũ "
                + "đảng viên trong giai đoạn mới.",
            "Chi bộ thôn Hải Thế: 42 đảng viên tham dự\nChi bộ thôn Hải Đông: 38 đảng viên",
        ],
        excludes: [
            "Trang chủ", "Giới thiệu", "Các tin khác", "09-NQ/HU", "lần thứ 5", "ra quân", "©",
        ]),
    PageExpectation(
        file: "tcvn3-vntime.html",
        title: "Hướng dẫn học tập Nghị quyết Đại hội Đảng bộ tỉnh",
        date: "2008-09-05",
        url: nil,
        titleFirst: true,
        contains: [
            "Thực hiện Hướng dẫn số 12-HD/TW của Ban Tuyên giáo Trung ương, Ban Thường vụ "
                + "Tỉnh ủy yêu cầu",
            "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIV và Chỉ thị số 06-CT/TW của Bộ Chính trị",
            "Nghị quyết Trung ương 5 (khóa X) về công tác tư tưởng, lý luận và báo chí trước "
                + "yêu cầu mới.",
        ],
        excludes: ["Trang chủ", "Văn bản", "NghÞ", "§", "\u{00AD}"]),
]

// MARK: - Fixtures

@Suite struct HTMLArticleReaderTests {
    @Test(arguments: pages)
    func titleDateAndAddress(page: PageExpectation) throws {
        let article = try read(page.file)
        #expect(article.source == page.file)
        #expect(article.title == page.title)
        #expect(article.date?.iso == page.date)
        #expect(article.url == page.url)
    }

    @Test(arguments: pages)
    func textHoldsTheCitations(page: PageExpectation) throws {
        let text = try read(page.file).text
        for sentence in page.contains {
            #expect(text.contains(sentence), "missing: \(sentence)")
        }
        if page.titleFirst {
            #expect(text.hasPrefix(page.title + "\n\n"))
        }
    }

    @Test(arguments: pages)
    func textLeavesOutThePageAround(page: PageExpectation) throws {
        let text = try read(page.file).text
        for junk in page.excludes {
            #expect(!text.contains(junk), "should not contain: \(junk)")
        }
    }

    @Test(arguments: pages)
    func textIsNFCWithTidyLines(page: PageExpectation) throws {
        let text = try read(page.file).text
        #expect(
            text.unicodeScalars.elementsEqual(
                text.precomposedStringWithCanonicalMapping.unicodeScalars))
        #expect(!text.contains("\n\n\n"))
        #expect(!text.contains("  "))
        #expect(!text.hasPrefix("\n") && !text.hasSuffix("\n"))
        for line in text.split(separator: "\n") {
            #expect(line.first != " " && line.last != " ", "untrimmed line: \(line)")
        }
    }

    /// The reference machine's libxml2 decodes Windows-1258 through iconv and composes the tone
    /// marks, so both ways of reading the fixture give the same text.
    @Test func libxml2ReadsWindows1258ThroughIconv() throws {
        let bytes = try fixture("baotinh-cp1258.html")
        let raw = try HTMLTree.parse(bytes, encoding: "windows-1258")
        guard case .text(let text, let encoding) = try HTMLCharset.decode(bytes) else {
            Issue.record("Windows-1258 page not decoded by vncite")
            return
        }
        #expect(encoding == .windows1258)
        let decoded = try HTMLTree.parse(Array(text.utf8), encoding: "UTF-8")
        let viaIconv = HTMLText.nfc(raw.plainText(HTMLTree.root))
        #expect(viaIconv == decoded.plainText(HTMLTree.root))
        #expect(viaIconv.contains("Nghị quyết số 05-NQ/TU"))
    }

    @Test func declaredEncodingOverridesThePage() throws {
        let bytes = try fixture("baotinh-cp1258.html")
        let article = try HTMLArticleReader.read(bytes, source: "x", declared: .windows1258)
        #expect(article.title == "Tỉnh ủy quán triệt Nghị quyết số 05-NQ/TU về chuyển đổi số")
        let wrong = try HTMLArticleReader.read(bytes, source: "x", declared: .tcvn3)
        #expect(wrong.title != article.title)
    }

    @Test func charsetsVNCiteDoesNotKnowGoToLibxml2() throws {
        var bytes = Array(
            "<html><head><meta charset=\"iso-8859-1\"><title>x</title></head><body><p>".utf8)
        bytes += [0x43, 0x61, 0x66, 0xE9, 0x20, 0x63, 0x72, 0xE8, 0x6D, 0x65]  // "Café crème"
        bytes += [0x20, 0xE0] + Array(" Paris</p></body></html>".utf8)  // " à Paris"
        let article = try HTMLArticleReader.read(bytes, source: "latin1.html")
        #expect(article.text == "Café crème à Paris")
    }
}

// MARK: - Layout of the text

@Suite struct HTMLTextLayoutTests {
    @Test func blocksLinesAndInlineSpacing() throws {
        let article = try read(
            html: """
                <html><body><div class="content">
                <h2>Thực hiện <b>Chỉ thị</b>   số&nbsp;05-CT/TW</h2>
                <p>Dòng một<br>dòng hai<br><br>đoạn mới</p>
                <p><span>Nghị quyết số 05-NQ/</span><span>TU</span> của Tỉnh ủy</p>
                <ul><li>Mục một</li><li>Mục hai</li></ul>
                <table><tr><td>15/2020/NĐ-CP</td><td>03/02/2020</td></tr></table>
                <div>Khối div</div><div>Khối khác</div>
                </div></body></html>
                """)
        #expect(
            article.text == """
                Thực hiện Chỉ thị số 05-CT/TW

                Dòng một
                dòng hai

                đoạn mới

                Nghị quyết số 05-NQ/TU của Tỉnh ủy

                Mục một
                Mục hai

                15/2020/NĐ-CP 03/02/2020

                Khối div
                Khối khác
                """)
    }

    @Test func hiddenElementsAndSmallFormsAreLeftOut() throws {
        let article = try read(
            html: """
                <body><form action="/"><div class="content">
                <p>Thực hiện Nghị quyết số 05-NQ/TU của Ban Chấp hành Đảng bộ tỉnh
                về chuyển đổi số.</p>
                <p style="display: none">Nghị quyết 11-NQ/TW ẩn</p>
                <p hidden>Nghị quyết 12-NQ/TW ẩn</p>
                <span aria-hidden="true">Nghị quyết 13-NQ/TW ẩn</span>
                <form><label>Họ tên</label><input name="ten"><button>Gửi</button></form>
                </div></form></body>
                """)
        #expect(
            article.text
                == "Thực hiện Nghị quyết số 05-NQ/TU của Ban Chấp hành Đảng bộ tỉnh "
                + "về chuyển đổi số."
        )
    }

    @Test func titleFromDocumentTitleKeepsTheLongestPart() throws {
        let article = try read(
            html: """
                <html><head>
                <title>Tỉnh ủy Quảng Trị :: Tin tức :: Quán triệt Chỉ thị số 05-CT/TW - Cổng TTĐT
                </title>
                </head><body><p>Nội dung bài viết về Chỉ thị số 05-CT/TW của Bộ Chính trị.</p>
                </body></html>
                """)
        #expect(article.title == "Quán triệt Chỉ thị số 05-CT/TW")
    }

    @Test func logoHeadingIsNotTheTitle() throws {
        let article = try read(
            html: """
                <body><header><h1 class="logo"><a href="/">Cổng thông tin Tỉnh ủy</a></h1></header>
                <div class="detail"><h1>Hội nghị quán triệt Nghị quyết Trung ương 4 (khóa XII)</h1>
                <p>Nội dung hội nghị quán triệt Nghị quyết Trung ương 4 (khóa XII)
                của Đảng bộ tỉnh.</p>
                </div></body>
                """)
        #expect(article.title == "Hội nghị quán triệt Nghị quyết Trung ương 4 (khóa XII)")
        #expect(!article.text.contains("Cổng thông tin"))
    }

    @Test func pageWithoutTextIsAnError() {
        #expect(throws: InputError(path: "trang.html", problem: "no article text in the HTML page"))
        {
            try HTMLArticleReader.read(
                Array("<html><body><script>var a=1;</script></body></html>".utf8),
                source: "trang.html")
        }
    }

    @Test func inputErrorsNameTheFile() {
        #expect(throws: InputError(path: "rong.html", problem: "empty file")) {
            try HTMLArticleReader.read([UInt8](), source: "rong.html")
        }
        #expect(
            throws: InputError(path: "anh.html", problem: "binary file (NUL bytes at offset 6)")
        ) {
            try HTMLArticleReader.read(
                Array("<html>".utf8) + [0, 1, 2, 0x89, 0x50], source: "anh.html")
        }
    }
}

// MARK: - Dates, charsets, sniffing

@Suite struct HTMLPieceTests {
    @Test(arguments: [
        ("14-06-2023 14:15", "2023-06-14", true),
        ("13:45 26/12/2022", "2022-12-26", true),
        ("Thứ hai, 26/12/2022, 13:45 (GMT+7)", "2022-12-26", true),
        ("10.2.2017 - 16:51", "2017-02-10", true),
        ("2023-06-14T23:30:00-05:00", "2023-06-14", true),
        ("2025-01-15T06:15:00+07:00", "2025-01-15", true),
        ("Cập nhật: 08/03/2021 09:30", "2021-03-08", true),
        ("Ngày đăng: 05/09/2008", "2008-09-05", false),
        ("Số 31/12/2019 không phải 32/13/2020", "2019-12-31", false),
    ])
    func printedDates(text: String, iso: String, hasTime: Bool) throws {
        let match = try #require(HTMLDates.first(in: text))
        #expect(match.date.iso == iso)
        #expect(match.hasTime == hasTime)
    }

    @Test(arguments: [
        "Hôm nay, ngày 23 tháng 6 năm 2018", "Nghị quyết số 05-NQ/TU", "32/13/2020", "1/2/20",
    ])
    func notDates(text: String) {
        #expect(HTMLDates.first(in: text) == nil)
    }

    @Test func bannerDateIsNeverThePublicationDate() throws {
        let article = try read(
            html: """
                <body><div class="top">Hôm nay, ngày 23 tháng 6 năm 2018</div>
                <div class="content"><h1>Sơ kết Chỉ thị số 05-CT/TW</h1>
                <p>Nội dung sơ kết Chỉ thị số 05-CT/TW của Bộ Chính trị tại Đảng bộ tỉnh
                trong 5 năm qua.
                </p></div></body>
                """)
        #expect(article.date == nil)
        #expect(!article.text.contains("Hôm nay"))
    }

    @Test func publishedTimeIsTheDayAsWritten() throws {
        let article = try read(
            html: """
                <head>
                <meta property="article:published_time" content="2023-06-14T23:30:00-05:00">
                </head><body><article>
                <p>Bài viết về Nghị định 15/2020/NĐ-CP của Chính phủ đăng ngày 14/6.</p>
                </article></body>
                """)
        #expect(article.date?.iso == "2023-06-14")
    }

    @Test func timeElementAndDatePublished() throws {
        let time = try read(
            html: """
                <body><header><time datetime="2020-01-01">Trang chủ</time></header>
                <article><h1>Kết luận số 01-KL/TW</h1><time datetime="2021-05-18T08:00">18/5</time>
                <p>Bộ Chính trị ban hành Kết luận số 01-KL/TW ngày 18/5/2021 về tiếp tục thực hiện
                Chỉ thị số 05-CT/TW.</p></article></body>
                """)
        #expect(time.date?.iso == "2021-05-18")
        let itemprop = try read(
            html: """
                <body><div class="detail"><h1>Nghị định 15/2020/NĐ-CP</h1>
                <span itemprop="datePublished" content="2020-02-03T10:00:00+07:00">3/2</span>
                <p>Chính phủ ban hành Nghị định 15/2020/NĐ-CP quy định xử phạt vi phạm hành
                chính trong lĩnh vực bưu chính, viễn thông.</p></div></body>
                """)
        #expect(itemprop.date?.iso == "2020-02-03")
    }

    @Test func dateInTheTitleIsNotThePublicationDate() throws {
        let article = try read(
            html: """
                <body><div class="content"><h1>Hội nghị ngày 14/6/2023 quán triệt Chỉ thị 05</h1>
                <div class="meta">Thứ Năm, 15/06/2023</div>
                <p>Ngày 14/6/2023, Ban Thường vụ Tỉnh ủy tổ chức hội nghị quán triệt Chỉ thị số
                05-CT/TW của Bộ Chính trị.</p></div></body>
                """)
        #expect(article.date?.iso == "2023-06-15")
    }

    @Test func declaredCharsets() {
        let cases: [(String, String?)] = [
            ("<meta charset=\"windows-1258\">", "windows-1258"),
            (
                "<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=Windows-1258\">",
                "windows-1258"
            ),
            ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><html>", "utf-8"),
            ("<meta charset='utf-16'>", "utf-16"),
            ("<html><body>Không khai báo</body></html>", nil),
        ]
        for (html, label) in cases {
            #expect(HTMLCharset.declared(Array(html.utf8)) == label, "\(html)")
        }
    }

    @Test(arguments: [
        "<!DOCTYPE html><html lang=\"vi\">",
        "\u{FEFF}  \n<html>",
        "<!-- saved from url=(0052)https://tinhuy.quangtri.dcs.vn/ -->\n<HTML>",
        "<?xml version=\"1.0\"?>\n<!DOCTYPE html>",
        "<meta charset=utf-8><div>",
        "<p>Nghị quyết</p>",
        "\n\n   <div class=\"content\">",
    ])
    func looksLikeHTML(start: String) {
        #expect(HTMLArticleReader.looksLikeHTML(Array(start.utf8)))
    }

    @Test(arguments: [
        "Nghị quyết số 05-NQ/TU <b>đậm</b>",
        "",
        "<3 Việt Nam",
        "{\"title\": \"<html>\"}",
        "<!-- chưa đóng",
    ])
    func doesNotLookLikeHTML(start: String) {
        #expect(!HTMLArticleReader.looksLikeHTML(Array(start.utf8)))
    }

    @Test func utf16PagesLookLikeHTML() throws {
        #expect(HTMLArticleReader.looksLikeHTML(try fixture("huyenuy-utf16.html")))
        let withoutBOM = Array(try fixture("huyenuy-utf16.html").dropFirst(2))
        #expect(HTMLArticleReader.looksLikeHTML(withoutBOM))
        #expect(try HTMLArticleReader.read(withoutBOM, source: "x").date?.iso == "2017-02-10")
    }
}

// MARK: - Robustness

@Suite struct HTMLRobustnessTests {
    /// Cut and damaged pages (truncated anywhere, bytes flipped, tags deleted) never crash the
    /// reader: it returns an article or a one-line error.
    @Test(arguments: pages.map(\.file))
    func damagedPagesNeverCrash(file: String) throws {
        let original = try fixture(file)
        var generator = SplitMix64(seed: UInt64(original.count))
        for round in 0..<60 {
            var bytes = original
            switch round % 4 {
            case 0:
                bytes = Array(bytes.prefix(Int(generator.next() % UInt64(bytes.count + 1))))
            case 1:
                for _ in 0..<8 {
                    bytes[Int(generator.next() % UInt64(bytes.count))] = UInt8(
                        truncatingIfNeeded: generator.next())
                }
            case 2:
                bytes.removeAll { $0 == UInt8(ascii: ">") && generator.next() % 3 == 0 }
            default:
                let start = Int(generator.next() % UInt64(bytes.count))
                bytes.insert(
                    contentsOf: bytes[start..<min(bytes.count, start + 300)],
                    at: Int(generator.next() % UInt64(bytes.count)))
            }
            do {
                let article = try HTMLArticleReader.read(bytes, source: file)
                #expect(!article.text.isEmpty)
            } catch {
                #expect(!error.problem.contains("\n"))
            }
        }
    }
}

/// A small deterministic random number generator for the damage test.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
