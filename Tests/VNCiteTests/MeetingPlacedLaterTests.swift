import Testing
@testable import VNCite

/// A lead that opens on what was said and names the meeting in its third or fourth sentence,
/// with "tại" or "trong" (and "một") before the noun and a time of today or just past, or opening on
/// the meeting and naming its day.
@Suite struct MeetingPlacedLaterTests {
    let title = "Doanh nghiệp xin gỡ vướng thủ tục hải quan\n"
    let opening = "Nhiều doanh nghiệp xuất khẩu thủy sản cho rằng thủ tục kiểm hóa vẫn còn rườm rà và tốn kém. "
        + "Theo họ, mỗi lô hàng phải chờ từ ba đến năm ngày mới được thông quan.\n"

    /// The lead's paragraph of three sentences, the third saying what the two before it were: no
    /// day is needed, the lead is one paragraph.
    @Test func theParagraphsThirdSentenceSaysWhatItWas() throws {
        let text = "Tạm giữ người bán phao thi\nNgoài phạt hành chính, những người bán phao thi bị tạm giữ, đưa ra kiểm điểm trước "
            + "tổ dân phố. Với các trung tâm luyện thi, cương quyết không cho phép tổ chức dịch vụ thi thử. Đó là nội dung cuộc họp "
            + "giữa Bộ GD-ĐT với Hà Nội và TP HCM trước kỳ tuyển sinh đại học năm nay.\n"
            + "Theo Chánh văn phòng Bộ, đoàn liên ngành sẽ kiểm tra các trung tâm.\n"
        let found = try #require(meeting(text))
        #expect(found.kind == "cuộc họp")
        #expect(found.host == "Bộ GD-ĐT")
        // (A sentence of the next paragraph is no part of the lead.)
        #expect(meeting(text.replacingOccurrences(of: "thi thử. Đó là", with: "thi thử.\nĐó là")) == nil)
    }

    /// A paragraph after a paragraph of background that opens on the day's report, "đã" or not: a
    /// clause naming the day, then the body holding the meeting. Not the same told mid-paragraph.
    @Test func theNextParagraphOpensOnTheDaysReport() throws {
        let background = "Xử lý vi phạm hành chính\nNgày 18/3/2025, Chính phủ ban hành Nghị định số 68/2025/NĐ-CP sửa đổi, bổ sung "
            + "một số điều của Nghị định số 118/2021/NĐ-CP. Nghị định có hiệu lực kể từ ngày 02/5/2025.\n"
        let report = "Nhằm phổ biến sâu rộng nội dung của Nghị định đến các bộ, ngành, địa phương, ngày 18/4/2025, Bộ Tư pháp tổ chức "
            + "Hội nghị phổ biến Nghị định số 68/2025/NĐ-CP.\n"
        let m = try #require(meeting(background + report))
        #expect(m.host == "Bộ Tư pháp")
        #expect(m.date?.iso == "2025-04-18")
        #expect(meeting(background.replacingOccurrences(of: "02/5/2025.\n", with: "02/5/2025. ") + report) == nil)
    }

    @Test func theThirdSentencePlacesItAtTheMeeting() throws {
        let m = try #require(meeting(title + opening
            + "Phát biểu tại cuộc họp đối thoại với doanh nghiệp do Cục Hải quan tỉnh Cà Mau tổ chức hôm qua, ông Trần Văn Minh cho biết đơn vị đã rút ngắn thời gian kiểm hóa từ tháng trước."))
        #expect(m.kind == "cuộc họp")
        #expect(m.host == "Cục Hải quan tỉnh Cà Mau")
    }

    @Test func orWhatWasSaidThereInASentenceThatOpensOnIt() throws {
        let m = try #require(meeting(title + opening
            + "Trong buổi họp báo công bố kế hoạch cải cách thủ tục, ông Trần Văn Minh, Cục trưởng Cục Hải quan tỉnh Cà Mau phát biểu: thời gian thông quan sẽ giảm một nửa."))
        #expect(m.kind == "họp báo")
        // (not one held before the news)
        #expect(meeting(title + opening
            + "Tại cuộc họp báo được tổ chức tại Cà Mau trước đó, ông Trần Văn Minh cho biết thời gian thông quan sẽ giảm một nửa.") == nil)
    }

    /// "cho biết như trên tại hội thảo …": a sentence that points back to the opening, on a day named.
    @Test func aSentenceThatPointsBackToTheOpeningOnANamedDay() throws {
        let m = try #require(meeting(title + opening
            + "Ông Trần Văn Minh, Phó giám đốc Sở Thủy sản tỉnh Cà Mau, cho biết như trên tại hội thảo về xuất khẩu thủy sản do Hiệp hội Chế biến "
            + "và Xuất khẩu thủy sản tổ chức ngày 28-12 ở TP HCM."))
        #expect(m.kind == "hội thảo")
        #expect(m.host == "Hiệp hội Chế biến và Xuất khẩu thủy sản")
        // (not at a time long past)
        #expect(meeting(title + opening
            + "Ông Trần Văn Minh, Phó giám đốc Sở Thủy sản tỉnh Cà Mau, cho biết như trên tại hội thảo về xuất khẩu thủy sản ở TP HCM năm ngoái.") == nil)
    }

    /// "cuộc hội thảo", "buổi tọa đàm": the seminar's noun with its classifier opens the sentence
    /// as "cuộc họp" does; and the organiser in its own clause comes before who opens the next.
    @Test func aSeminarWithItsClassifierOpensTheSentence() throws {
        let m = try #require(meeting(title + opening
            + "Tại cuộc hội thảo về thủ tục hải quan được tổ chức sáng 26/7, nhiều ý kiến cho rằng cần giảm phí kiểm hóa."))
        #expect(m.kind == "hội thảo")
        #expect(m.what == "cuộc hội thảo về thủ tục hải quan")
        let listed = try #require(meeting(title + "Ngày 20.4, tại cuộc hội thảo \"Khởi động chương trình tiết kiệm điện quốc gia\" do Bộ Công nghiệp, "
            + "Viện Năng lượng và Công ty PG Lighting phối hợp tổ chức, ông Trần Thanh Liễu cho biết ngành điện sẽ cắt giảm chiếu sáng."))
        #expect(listed.host == "Bộ Công nghiệp")
    }

    @Test func trongAndATimeJustPastSuffice() throws {
        let m = try #require(meeting(title + opening
            + "Trong buổi làm việc với các hiệp hội sáng nay, Cục Hải quan tỉnh Cà Mau cam kết giải quyết hồ sơ trong một ngày."))
        #expect(m.kind == "buổi làm việc")
    }

    @Test(arguments: [
        ("Tại cuộc họp bàn giải pháp chống buôn lậu xăng dầu vừa được Cục Hải quan tỉnh Cà Mau tổ chức, Cục trưởng cho biết tình hình vẫn phức tạp.",
         "cuộc họp", "Cục Hải quan tỉnh Cà Mau"),
        ("Tại cuộc họp giao ban giữa các lãnh đạo mười xã trong huyện diễn ra cùng ngày, chủ tịch huyện yêu cầu báo cáo vụ việc.",
         "giao ban", nil),
    ])
    func justHeldOrTheSameDayPlacesIt(sentence: String, kind: String, host: String?) throws {
        let m = try #require(meeting(title + opening + sentence))
        #expect(m.kind == kind)
        #expect(m.host == host)
    }

    @Test func whatCameOfYesterdaysMeetingIsItsNews() throws {
        // "sau" a meeting with a time of today or just past in its own words
        let m = try #require(meeting("Thanh tra vệ sinh an toàn thực phẩm\nCuối tuần này, đoàn thanh tra liên ngành sẽ bắt đầu đợt thanh tra. "
            + "Đó là quyết định sau cuộc họp hôm qua của Thanh tra Sở y tế với 11 cơ quan chuyên ngành có liên quan."))
        #expect(m.kind == "cuộc họp")
        #expect(m.host == "Thanh tra Sở y tế")
        // but not one of the past without such a time
        #expect(meeting("Đó là quyết định của đoàn thanh tra sau cuộc họp của Thanh tra Sở y tế với các cơ quan chuyên ngành tháng trước.") == nil)
        // and a sitting of a congress is the congress's body's, not that of the clause after it
        #expect(meeting("Ảnh: Q.MINH Sau phiên họp chính thức Đại hội LĐBĐ VN khóa V vào hôm qua, Ủy ban TDTT lại đặt dấu ấn của mình.")?.host
            == "LĐBĐ VN")
        #expect(meeting("Sáng nay, phiên họp trù bị Đại hội Đảng bộ tỉnh Đồng Nai đã diễn ra tại Biên Hòa.")?.host == "Đảng bộ tỉnh Đồng Nai")
    }

    @Test func oneWordOfNumberMayStandBetween() throws {
        let m = try #require(meeting(title + opening
            + "Hôm qua, tại một hội thảo do Cục Hải quan tỉnh Cà Mau tổ chức, các chuyên gia đã đưa ra nhận định trên."))
        #expect(m.kind == "hội thảo")
        #expect(m.host == "Cục Hải quan tỉnh Cà Mau")
    }

    /// A sentence that says what the opening was ("Đó là …", "Đây là …") may name the meeting's day
    /// instead, even in the lead's sixth sentence.
    @Test func whatTheOpeningWasOnANamedDay() throws {
        let m = try #require(meeting("Dịch cúm gia cầm đang phát triển rất mạnh\nBắc Giang dịch lan rộng, 1 thai phụ nhiễm cúm. "
            + "Hải Dương có thể là tỉnh thứ bảy tái phát dịch. Hà Nội khuyến cáo người dân không ăn gia cầm trong thời gian có dịch. "
            + "Dịch diễn biến lạ, thuỷ cầm chết rất nhanh, độc lực virus tăng cao. Công an, quân đội, sinh viên sẽ được huy động "
            + "phòng chống dịch.\nĐó là thông tin mới nhất trong hội nghị triển khai các biện pháp cấp bách phòng chống dịch cúm gia "
            + "cầm do Bộ Nông nghiệp và Phát triển nông thôn tổ chức sáng 9/11."))
        #expect(m.kind == "hội nghị")
        #expect(m.host == "Bộ Nông nghiệp và Phát triển nông thôn")
        // (not one only to come)
        #expect(meeting(title + opening + "Đó là những nội dung sẽ được thảo luận tại cuộc tọa đàm do Cục Xúc tiến Thương mại tổ "
            + "chức ngày 26/3.") == nil)
    }

    /// A sentence that opens at the meeting may name its day instead.
    @Test func aSentenceThatOpensAtTheMeetingOnANamedDay() throws {
        let m = try #require(meeting(title + opening
            + "Tại hội nghị về thủ tục hải quan ngày 24/6 tại Cà Mau, ông Trần Văn Minh nói thời gian kiểm hóa đã giảm một nửa."))
        #expect(m.kind == "hội nghị")
        #expect(m.what == "hội nghị về thủ tục hải quan")
    }

    @Test(arguments: [
        // No time of today or just past: a meeting to come, or one of long ago.
        "Trong một cuộc họp báo hôm 6/3/2003, ông Trần Văn Minh đã nói rằng thủ tục sẽ được rút gọn.",
        "Tại cuộc họp ngày 15/7 tới, Cục Hải quan tỉnh Cà Mau sẽ công bố quy trình mới.",
        "Tại cuộc họp đối thoại với doanh nghiệp vào tháng sau, Cục Hải quan tỉnh Cà Mau dự kiến công bố quy trình mới.",
        // Not "tại"/"trong": later in the lead only the meeting where something was said counts.
        "Kết thúc cuộc họp hôm qua với các hiệp hội, Cục Hải quan tỉnh Cà Mau đã gửi công văn lên Tổng cục.",
    ])
    func notWithoutItsPlaceAndTime(third: String) {
        #expect(meeting(title + opening + third) == nil)
    }

    @Test(arguments: [
        ("Chiều 23/8, Bộ Giao thông Vận tải đã có cuộc họp với UBND thành phố Hà Nội bàn về phương án thiết kế cầu Nhật Tân.",
         "cuộc họp", "Bộ Giao thông Vận tải"),
        ("Hôm qua, Hội đồng Huấn luyện viên quốc gia đã họp để chấm điểm cả hai ứng viên chức huấn luyện viên trưởng.",
         "cuộc họp", "Hội đồng Huấn luyện viên quốc gia"),
    ])
    func aBodyThatHeldItOnADaySaidOutright(third: String, kind: String, host: String) throws {
        let m = try #require(meeting(title + opening + third))
        #expect(m.kind == kind)
        #expect(m.host == host)
    }

    /// Who spoke at the meeting in the lead's third sentence ("… cho biết trong cuộc họp báo …"), when
    /// the lead places its news today or just past; not an opening that does not say what it opens.
    @Test func whoSpokeThereInALeadOfToday() throws {
        let today = "Tiêu đề\nHôm qua, Hàn Quốc và Nhật Bản đã cùng bác bỏ thông tin về một thỏa thuận thương mại mới. "
            + "Trong khi đó, giới doanh nghiệp hai nước vẫn chờ đợi tín hiệu từ các cuộc đàm phán.\n"
        let m = try #require(meeting(today + "Người phát ngôn Bộ Ngoại giao Hàn Quốc cho biết trong cuộc họp báo ở Seoul: \"Chưa có "
            + "thỏa thuận nào được ký\"."))
        #expect(m.kind == "họp báo")
        #expect(meeting(today + "Bộ trưởng Thương mại Hàn Quốc phát biểu tại lễ khai mạc, thương mại hai chiều đã tăng 20%.") == nil)
        // (nor in the third paragraph, where it is the setting of a statement told in passing)
        #expect(meeting(today + "Các nhà phân tích vẫn hoài nghi về triển vọng của cuộc đàm phán giữa hai nước.\n"
            + "Người phát ngôn Bộ Ngoại giao Hàn Quốc cho biết trong cuộc họp báo ở Seoul: \"Chưa có thỏa thuận nào được ký\".") == nil)
        // (A lead that places nothing: not in its third paragraph, nor at a time it tells.)
        let undated = "Tiêu đề\nHàn Quốc và Nhật Bản đã cùng bác bỏ thông tin về một thỏa thuận thương mại mới. Trong khi đó, giới "
            + "doanh nghiệp hai nước vẫn chờ đợi tín hiệu từ các cuộc đàm phán.\n"
        let said = "Người phát ngôn Bộ Ngoại giao Hàn Quốc cho biết trong cuộc họp báo ở Seoul: \"Chưa có thỏa thuận nào được ký\"."
        #expect(meeting(undated + "Các nhà phân tích vẫn hoài nghi về triển vọng của cuộc đàm phán giữa hai nước.\n" + said) == nil)
        #expect(meeting(undated + "Người phát ngôn Bộ Ngoại giao Hàn Quốc cho biết trong cuộc họp báo ở Seoul tuần trước: \"Chưa có "
            + "thỏa thuận nào được ký\".") == nil)
    }

    /// Who spoke at a meeting in the lead's second paragraph, with no time told at all: the
    /// statement and the meeting are the news's own ("HLV Eriksson vui mừng phát biểu trong buổi
    /// họp báo: …"), as readers take it.
    @Test func whoSpokeThereWithNoTimeToldInTheSecondParagraph() throws {
        let m = try #require(meeting("HLV Eriksson gia hạn hợp đồng với FA\nNhà cầm quân người Thụy Điển đã kết thúc những lời đồn đại "
            + "về chiếc ghế HLV trưởng của mình tại đội tuyển Anh. Nhiều tờ báo Anh từng đăng tin ông liên hệ với Chelsea.\n"
            + "HLV Eriksson vui mừng phát biểu trong buổi họp báo: \"Tôi rất vui vì đã đạt được thỏa thuận với Liên đoàn bóng đá Anh\"."))
        #expect(m.kind == "họp báo")
        #expect(m.host == nil)
    }

    /// A sentence that opens on the meeting and says it was held on a day just past reports it, its
    /// host named or not.
    @Test func aSentenceThatOpensOnTheMeetingHeldJustPast() throws {
        let m = try #require(meeting(title + opening
            + "Hội nghị thường niên lần thứ 3 của Diễn đàn đã diễn ra sáng nay tại Cần Thơ, với sự có mặt của đại diện 12 tỉnh."))
        #expect(m.kind == "hội nghị")
        #expect(m.host == nil)
        #expect(m.place == "Cần Thơ")
    }

    @Test(arguments: [
        // a quotation, an interview's question
        "“Ngày 1/7/1974, tại căn cứ Lộc Ninh, Quân ủy Miền đã họp thông qua phương án thành lập Quân đoàn 4”, ông kể lại.",
        "- Mới đây, Bộ Bưu chính Viễn thông đã có buổi làm việc với Phó thủ tướng về việc quản lý trò chơi trực tuyến.",
        // no body that held it
        "Chiều qua, đã có cuộc họp giữa các bên liên quan để bàn phương án bồi thường cho doanh nghiệp.",
    ])
    func notSaidOutrightByABody(third: String) {
        #expect(meeting(title + opening + third) == nil)
    }

    @Test func theFifthSentenceWhenItSaysWhatTheOpeningWas() throws {
        let m = try #require(meeting("Y tế dự phòng còn yếu\n"
            + "Chỉ có 15% nhân sự là bác sĩ trong biên chế 160 người. Một số quận, huyện thậm chí không có bác sĩ nào. "
            + "Trang thiết bị phục vụ xét nghiệm hoặc rất cũ hoặc còn rất thô sơ. Cả thành phố chỉ có một phòng xét nghiệm đạt chuẩn. "
            + "Đó là báo cáo của Giám đốc Trung tâm y tế dự phòng TP Cần Thơ trong buổi làm việc sáng qua với HĐND thành phố."))
        #expect(m.kind == "buổi làm việc")
        #expect(m.host == "HĐND thành phố")
    }

    @Test func notAsLateAsTheFifthSentence() {
        #expect(meeting(title + opening
            + "Các doanh nghiệp đề nghị cơ quan hải quan áp dụng kiểm tra điện tử cho mọi lô hàng. "
            + "Họ cũng kiến nghị giảm phí lưu kho tại các cảng biển lớn trong khu vực. "
            + "Phát biểu tại cuộc họp đối thoại do Cục Hải quan tỉnh Cà Mau tổ chức hôm qua, ông Minh hứa sẽ xem xét.") == nil)
    }
}
