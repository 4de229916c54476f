import Testing
@testable import VNCite

/// A headline the page ends on a full stop: the first line, over a blank line and its lead; not a
/// lead's own first sentence, which opens on a time with its day.
@Suite struct ArticleFullStopHeadlineTests {
    private let lead = "Sáng 27/11, Đảng ủy, HĐND, UBND, MTTQ và các đoàn thể xã Trung Sơn đã tổ chức hội nghị công bố Nghị quyết 08 "
        + "của HĐND tỉnh về sáp nhập xóm, quyết định thành lập các tổ chức và chỉ định các chức danh cán bộ xóm 3."

    @Test func theFirstLineOverItsLead() {
        let a = Extractor().extract(Article(source: "a.txt", text: "Trung Sơn công bố Nghị quyết 08 HĐND tỉnh về sáp nhập xóm 3.\n\n" + lead))
        #expect(a.title == "Trung Sơn công bố Nghị quyết 08 HĐND tỉnh về sáp nhập xóm 3.")
        // (under the page's frame alone: a breadcrumb's label, "You are here")
        let framed = Extractor().extract(Article(source: "a.txt", text: "You are here\n\nTrung Sơn công bố Nghị quyết 08 HĐND tỉnh về sáp nhập xóm 3.\n\n" + lead))
        #expect(framed.title == "Trung Sơn công bố Nghị quyết 08 HĐND tỉnh về sáp nhập xóm 3.")
    }

    @Test(arguments: [
        "Ban Thường vụ Tỉnh ủy đã thống nhất giao chỉ tiêu các huyện phát triển 1.905 đảng viên mới trong năm 2024.",
        "(CTT-Đồng Nai) – Vừa qua, Chi bộ tại nhiều trường trung học phổ thông đã tổ chức lễ kết nạp Đảng cho học sinh.",
    ])
    func aSentenceToldInThePastIsNoHeadline(line: String) {
        #expect(Extractor().extract(Article(source: "a.txt", text: line + "\n\n" + lead)).title == nil)
    }

    @Test func aLeadsFirstSentenceIsNoHeadline() {
        let a = Extractor().extract(Article(source: "a.txt", text: "Ngày 01/7, Phường Hồng Gai đã tổ chức Kỳ họp thứ Nhất của HĐND phường.\n\n"
            + lead))
        #expect(a.title == nil)
    }

    /// Under the date line, over a lead that opens on its day: a headline ended on a full stop.
    @Test func theLineUnderTheDateOverItsLead() {
        let a = Extractor().extract(Article(source: "a.txt", text: "22/06/2025\nHội nghị thống nhất một số nội dung, công việc cho tổ chức "
            + "chính quyền địa phương 2 cấp.\nChiều ngày 20/6, UBND thành phố tổ chức Hội nghị thống nhất một số nội dung, công việc cho tổ "
            + "chức chính quyền địa phương 2 cấp."))
        #expect(a.title == "Hội nghị thống nhất một số nội dung, công việc cho tổ chức chính quyền địa phương 2 cấp.")
        #expect(a.date?.iso == "2025-06-22")
    }
}
