import Testing
@testable import VNCite

/// A page copied with its lines wrapped inside sentences: a name or a number runs on over the
/// break; a break after a full stop, or before a capital, a figure or a word like "iPhone", stays.
@Suite struct SoftLineBreakTests {
    @Test func aNameAndANumberRunOnOverAWrappedLine() {
        #expect(keys("Quán triệt các luật mới\nHội nghị quán triệt Luật Tín ngưỡng,\ntôn giáo năm 2016 và Luật Phòng,\nchống tham nhũng; thực hiện Nghị quyết\nsố 05-NQ/TW.")
                == ["Luật Tín ngưỡng, tôn giáo 2016", "Luật Phòng, chống tham nhũng", "05-NQ/TW"])
        let c = citations("Quán triệt các luật mới\nHội nghị quán triệt Luật Tín ngưỡng,\ntôn giáo.")
        #expect(c.map(\.text) == ["Luật Tín ngưỡng,\ntôn giáo"])
    }

    @Test func aBreakThatEndsALineStays() {
        // After a full stop; before a capital; before a word with a capital inside ("iF"); after a
        // short line.
        #expect(keys("Thực hiện Luật Đất đai.\ntôn giáo là …") == ["Luật Đất đai"])
        #expect(keys("Sửa đổi Luật Tín ngưỡng\nTôn giáo là niềm tin") == ["Luật Tín ngưỡng"])
        let header = ArticleHeader.read(CleanText("Màn hình Acer AL 2032W đoạt giải thiết kế nổi bật\niF là giải thưởng uy tín nhất trong thiết kế công nghiệp."))
        #expect(header.title == "Màn hình Acer AL 2032W đoạt giải thiết kế nổi bật")
        let headline = ArticleHeader.read(CleanText("Đề nghị truy tố 8 bị can về tội buôn lậu\ntại Công ty cổ phần Xuất nhập khẩu y tế TP.HCM (Công ty Yteco)."))
        #expect(headline.title == "Đề nghị truy tố 8 bị can về tội buôn lậu")
        let tools = CleanText("Chia sẻ\nbình luận")
        #expect(tools.string(0..<tools.count) == "Chia sẻ\nbình luận")
    }

    @Test func theCleanedTextKeepsItsLengthAndOffsets() {
        let clean = CleanText("Tin\nHội nghị quán triệt Luật Phòng,\nchống tham nhũng\n\nHết.")
        #expect(clean.string(0..<clean.count) == "Tin\nHội nghị quán triệt Luật Phòng, chống tham nhũng\n\nHết.")
        #expect(clean.originalSpan(24..<52).text == "Luật Phòng,\nchống tham nhũng")
    }
}
