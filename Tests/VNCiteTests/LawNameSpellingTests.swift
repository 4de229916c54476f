import Testing
@testable import VNCite

/// One law, one key, however a page spells its name: the tone mark of "oa", "oe", "uy" on either
/// vowel, "và" where the catalogue has a comma (or a comma where it has "và"), no comma where it
/// has one, and the longest names the catalogue knows.
@Suite struct LawNameSpellingTests {
    @Test(arguments: [
        ("Căn cứ Luật Di sản văn hoá năm 2001;", "Căn cứ Luật Di sản văn hóa năm 2001;"),
        ("theo Luật Giao thông đường thuỷ nội địa", "theo Luật Giao thông đường thủy nội địa"),
        ("thực hiện Luật Bảo vệ sức khoẻ nhân dân", "thực hiện Luật Bảo vệ sức khỏe nhân dân"),
        ("Căn cứ Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân và Uỷ ban nhân dân năm 2004;",
         "Căn cứ Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân năm 2004;"),
        ("Căn cứ Luật Tiêu chuẩn, Quy chuẩn kỹ thuật;", "Căn cứ Luật Tiêu chuẩn và quy chuẩn kỹ thuật;"),
        ("theo Luật Khiếu nại tố cáo", "theo Luật Khiếu nại, tố cáo"),
        ("thực hiện Luật Phòng chống tham nhũng", "thực hiện Luật Phòng, chống tham nhũng"),
        ("dự thảo Luật thực hành tiết kiệm và chống lãng phí", "dự thảo Luật Thực hành tiết kiệm, chống lãng phí"),
    ])
    func twoSpellingsOneKey(one: String, other: String) {
        let a = keys(one), b = keys(other)
        #expect(a.count == 1)
        #expect(a == b)
    }

    /// The council's own law is not the general one its name opens with.
    @Test func theCouncilsLawIsItsOwn() {
        #expect(keys("Căn cứ Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân ngày 03 tháng 12 năm 2004;")
            == ["Luật Ban hành văn bản quy phạm pháp luật của hội đồng nhân dân, ủy ban nhân dân"])
        #expect(keys("Căn cứ Luật Ban hành văn bản quy phạm pháp luật năm 2015;") == ["Luật Ban hành văn bản quy phạm pháp luật 2015"])
    }

    /// The name shown stays as the page writes it; only the key is the catalogue's.
    @Test func theNameAsWritten() {
        let found = citations("theo Luật Khiếu nại tố cáo và Luật Ban hành văn bản quy phạm pháp luật của HĐND và UBND")
        #expect(found.map(\.name) == ["Khiếu nại tố cáo", "Ban hành văn bản quy phạm pháp luật của HĐND và UBND"])
        #expect(found.map(\.key) == ["Luật Khiếu nại, tố cáo", "Luật Ban hành văn bản quy phạm pháp luật của hội đồng nhân dân, ủy ban nhân dân"])
    }

    /// But when one mention writes the name as the catalogue does, all the law's mentions show it.
    @Test func oneNameForAllTheMentionsOfALaw() {
        let found = citations("Rung chuông vàng tìm hiểu Luật phòng chống Bạo lực gia đình; tìm hiểu kiến thức theo quy định của "
            + "Luật Phòng, chống bạo lực gia đình.")
        #expect(found.map(\.name) == ["Phòng, chống bạo lực gia đình", "Phòng, chống bạo lực gia đình"])
        #expect(Set(found.map(\.key)) == ["Luật Phòng, chống bạo lực gia đình"])
    }

    /// A space the page puts before a comma is no part of the name shown.
    @Test func noSpaceBeforeAComma() {
        let found = citations("triển khai Luật Phòng cháy, chữa cháy và cứu nạn , cứu hộ và các nghị định hướng dẫn thi hành.")
        #expect(found.map(\.name) == ["Phòng cháy, chữa cháy và cứu nạn, cứu hộ"])
        #expect(found.map(\.key) == ["Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ"])
    }

    /// An abbreviation the article defines in brackets after a law's full name is that law later,
    /// though its first letters alone spell another; one it does not define keeps its own law.
    @Test func anAbbreviationDefinedInBrackets() {
        let found = citations("Bộ Công an quán triệt Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ (PCCC và CNCH). "
            + "Luật PCCC và CNCH có hiệu lực thi hành kể từ ngày 1-7-2025.")
        #expect(found.map(\.key) == ["Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ", "Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ"])
        #expect(keys("Năm 2005, Luật PCCC đã được sửa đổi.") == ["Luật Phòng cháy và chữa cháy"])
    }

    /// Initials of a law the article named in full, in groups joined by a hyphen or "và", are that
    /// law; the first group alone is still its own law.
    @Test func initialsOfALawNamedInFull() {
        let text = "Cán bộ đã phổ biến Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ được thông qua tại kỳ họp thứ 8. "
        let full = "Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ"
        #expect(keys(text + "Luật PCCC-CNCH cùng các Nghị định có hiệu lực từ ngày 1-7-2025.") == [full, full])
        #expect(keys(text + "Luật PCCC và CNCH có hiệu lực từ ngày 1-7-2025.") == [full, full])
        #expect(keys(text + "Luật PCCC năm 2001 hết hiệu lực.") == [full, "Luật Phòng cháy và chữa cháy 2001"])
        // (Not initials the article has not spelled out before, nor the catalogue knows joined.)
        #expect(keys("Luật PCCC-TKCN có hiệu lực từ ngày 1-7-2025.") == ["Luật Phòng cháy và chữa cháy"])
    }

    /// Two abbreviations joined by "&", "-" or "và" that the catalogue knows joined are the law they
    /// spell together, named in full or not: "Luật PCCC&CNCH" is the law of 2024, not the Luật Phòng
    /// cháy và chữa cháy that "PCCC" alone is.
    @Test func abbreviationsTheCatalogueKnowsJoined() {
        let full = "Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ"
        #expect(keys("Hội nghị tuyên truyền nội dung cơ bản của Luật PCCC&CNCH và các văn bản hướng dẫn.") == [full])
        #expect(keys("Công an xã phổ biến Luật PCCC & CNCH cho người dân.") == [full])
        #expect(keys("Luật PCCC-CNCH có hiệu lực từ ngày 1-7-2025.") == [full])
        #expect(keys("Tuyên truyền Luật PCCC và CNCH năm 2024 tới hộ kinh doanh.") == [full + " 2024"])
        #expect(citations("Công an xã phổ biến Luật PCCC&CNCH cho người dân.").map(\.name) == ["PCCC&CNCH"])
    }

    /// A syllable that ends on a consonant, or a "u" after "q", keeps its mark where it is.
    @Test func marksThatStay() {
        #expect(ToneMarks.newStyle("hoàn") == "hoàn")
        #expect(ToneMarks.newStyle("quý") == "quý")
        #expect(ToneMarks.newStyle("Thuỷ") == "Thủy")
        #expect(ToneMarks.newStyle("hoá,") == "hóa,")
    }
}
