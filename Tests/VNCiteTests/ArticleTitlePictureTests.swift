import Testing
@testable import VNCite

/// A page that opens on its first picture's label carries the headline in it: "… - Ảnh 1.".
@Suite struct ArticleTitlePictureTests {
    private func title(_ text: String) -> String? { Extractor().extract(Article(source: "a.txt", text: text)).title }

    @Test func theHeadlineBeforeThePicturesNumber() {
        #expect(title("""
            Thành lập nghiệp đoàn nghề cá Đại Lãnh - Ảnh 1.

            Nghiệp đoàn Nghề cá Đại Lãnh tại lễ ra mắt

            Tại lễ ra mắt, Ban Chấp hành đã thông qua chương trình hoạt động, trong đó trọng tâm chính là tuyên truyền vận động đoàn viên thực hiện chính sách pháp luật lao động.
            """) == "Thành lập nghiệp đoàn nghề cá Đại Lãnh")
    }

    /// (Other sites write the label in small letters with no full stop: the headline is the words
    /// before it, and the lead's meeting is read as ever.)
    @Test func theLabelInSmallLetters() throws {
        let read = Extractor().extract(Article(source: "a.txt", text: """
            Thành lập Trung tâm Văn hóa, nghệ thuật tỉnh - ảnh 1

            Sáng 5/3/2024, UBND tỉnh tổ chức lễ công bố quyết định thành lập Trung tâm Văn hóa, nghệ thuật tỉnh trên cơ sở hợp nhất hai đơn vị.
            """))
        #expect(read.title == "Thành lập Trung tâm Văn hóa, nghệ thuật tỉnh")
        #expect(try #require(read.meeting).host == "UBND tỉnh")
    }

    @Test func aHeadlineEndingOnANumberKeepsIt() {
        #expect(title("""
            Triển lãm ảnh về biển đảo quê hương - Kỳ 2

            Sáng nay, Bảo tàng tỉnh khai mạc triển lãm ảnh về biển đảo quê hương với hơn 200 bức ảnh tư liệu quý của các nhiếp ảnh gia.
            """) == "Triển lãm ảnh về biển đảo quê hương - Kỳ 2")
    }
}
