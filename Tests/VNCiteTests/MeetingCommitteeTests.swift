import Testing
@testable import VNCite

/// A committee is named by what it is for, written in small letters after "về" (or a second
/// scourge after "và"), or by a number; its name runs to the verb. "phòng, chống" and "tham nhũng,
/// tiêu cực" are one task each, their commas inside the name; or by its task ("Ban Chỉ đạo tổng
/// kết …"), up to the verb. A body that "họp phiên" held a sitting, "Quốc hội" among them.
@Suite struct MeetingCommitteeTests {
    @Test(arguments: [
        ("Sáng 19-1, Ban Chỉ đạo Trung ương về phòng, chống tham nhũng đã họp phiên thứ 20 dưới sự chủ trì của Tổng Bí thư.",
         "phiên họp", "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng"),
        // the verb right after the remit, which is the committee's name of today
        ("Chiều 11/12, Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực họp phiên thứ 25 dưới sự chủ trì của Tổng Bí thư.",
         "phiên họp", "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực"),
        ("Ngày 11/12, Ban Chỉ đạo tỉnh về phòng, chống tham nhũng, tiêu cực tổ chức phiên họp thứ 8.",
         "phiên họp", "Ban Chỉ đạo tỉnh về phòng, chống tham nhũng, tiêu cực"),
        ("Chiều 7/4, Ban Chỉ đạo đổi mới, phát triển kinh tế tập thể, hợp tác xã tổ chức phiên họp tổng kết công tác năm 2022.",
         "phiên họp", "Ban Chỉ đạo đổi mới, phát triển kinh tế tập thể, hợp tác xã"),
        // the task without "về", and a committee named by a number
        ("Chiều 11/12, Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh họp phiên thứ 5.",
         "phiên họp", "Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh"),
        ("Sáng 11/12, Ban Chỉ đạo 389 tỉnh tổ chức hội nghị tổng kết công tác năm 2023.", "hội nghị", "Ban Chỉ đạo 389 tỉnh"),
        // (the quoted name of the day its task names)
        ("Ngày 28/2, Ban Chỉ đạo ngày “Biên phòng toàn dân” huyện Long Điền đã tổ chức Hội nghị sơ kết phong trào năm 2021.",
         "hội nghị", "Ban Chỉ đạo ngày “Biên phòng toàn dân” huyện Long Điền"),
        // the number of the document its task names; a sitting's ordinal spelt out before the name
        ("Sáng 19/11, Tổng Bí thư chủ trì phiên họp thứ nhất Ban Chỉ đạo Trung ương tổng kết việc thực hiện Nghị quyết 18 ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng.",
         "phiên họp", "Ban Chỉ đạo Trung ương tổng kết việc thực hiện Nghị quyết 18"),
        ("Chiều 6/10, Phó Bí thư Thường trực Tỉnh ủy chủ trì Hội nghị lần thứ tư Ban Chỉ đạo tổng kết Nghị quyết số 18-NQ/TW của tỉnh.",
         "hội nghị", "Ban Chỉ đạo tổng kết Nghị quyết số 18-NQ/TW"),
        // a scheme in its task ("đề án", not the "đề" of "đề nghị"), and the place it belongs to
        ("Ngày 11/12, Ban Chỉ đạo xây dựng đề án đã họp phiên thứ 3 dưới sự chủ trì của Phó Bí thư Thường trực Tỉnh ủy.",
         "phiên họp", "Ban Chỉ đạo xây dựng đề án"),
        ("Ngày 11/12, Ban Chỉ đạo xây dựng đề án của tỉnh đã họp phiên thứ 3 để cho ý kiến về dự thảo đề án.",
         "phiên họp", "Ban Chỉ đạo xây dựng đề án của tỉnh"),
        ("Ngày 11/12, Hội đồng Thi đua - Khen thưởng của tỉnh tổ chức hội nghị tổng kết công tác năm 2023.",
         "hội nghị", "Hội đồng Thi đua - Khen thưởng của tỉnh"),
        ("Hôm qua, Ủy ban quốc gia về thanh niên Việt Nam đã tổ chức hội nghị tổng kết công tác năm 2005.",
         "hội nghị", "Ủy ban quốc gia về thanh niên Việt Nam"),
        ("Chiều 7-3, Ban chỉ đạo quốc gia về phòng chống ma túy và mại dâm đã có cuộc họp với các tỉnh phía Bắc.",
         "cuộc họp", "Ban chỉ đạo quốc gia về phòng chống ma túy và mại dâm"),
        ("Sáng nay, phiên họp Ban Chỉ đạo quốc gia về công nghệ thông tin đã diễn ra tại Hà Nội.",
         "phiên họp", "Ban Chỉ đạo quốc gia về công nghệ thông tin"),
        // A committee named by its remit alone, and a remit that runs on to whose committee it is.
        ("Ngày 16/10/2019, tại TP. Hồ Chí Minh, Ủy ban về các vấn đề xã hội của Quốc hội đã tổ chức Hội nghị lấy ý kiến góp ý dự thảo Pháp lệnh.",
         "hội nghị", "Ủy ban về các vấn đề xã hội của Quốc hội"),
        ("Sáng 16/10, Ủy ban về người Việt Nam ở nước ngoài tổ chức hội nghị tổng kết công tác năm 2019.",
         "hội nghị", "Ủy ban về người Việt Nam ở nước ngoài"),
        // (its head abbreviated "UB", the partner after "phối hợp với" no host)
        ("Trong 2 ngày 30 và 31/10/2019, tại TP Hạ Long, UB về các vấn đề xã hội phối hợp với Nhóm nữ nghị sĩ Việt Nam tổ chức Hội thảo "
            + "Thúc đẩy bình đẳng giới trong lĩnh vực chính trị.", "hội thảo", "UB về các vấn đề xã hội"),
        // Named after the meeting's noun, past "toàn thể".
        ("Theo đề xuất của Bộ Bưu chính Viễn thông tại phiên họp toàn thể lần thứ 8 Ban Chỉ đạo quốc gia về CNTT vừa được tổ chức tại Hà Nội, trung tâm VietCERT được giao nhiệm vụ cảnh báo virus mới.",
         "phiên họp", "Ban Chỉ đạo quốc gia về CNTT"),
        // A second scourge after "và", written small, up to the time.
        ("Tại cuộc họp Ban chỉ đạo phòng chống SARS và cúm gia cầm chiều 2/11, ông Trịnh Quân Huấn, Thứ trưởng Bộ Y tế nói rằng "
            + "tình hình dịch đang diễn biến phức tạp.", "cuộc họp", "Ban chỉ đạo phòng chống SARS và cúm gia cầm"),
    ])
    func aCommitteesRemitIsPartOfItsName(lead: String, kind: String, host: String) throws {
        let found = try #require(meeting(lead))
        #expect(found.kind == kind)
        #expect(found.host == host)
    }

    @Test(arguments: [
        // A committee alone, with what the meeting was about or where it went after "về".
        "Chiều 3-5, Ủy ban về việc kiểm tra tỉnh Bình Dương đã họp tại Thủ Dầu Một.",
        "Chiều 3-5, Ủy ban về thăm tỉnh Bình Dương và tổ chức hội nghị tại Thủ Dầu Một.",
    ])
    func aCommitteeAloneBeforeVeIsNoName(lead: String) {
        #expect(meeting(lead)?.host == nil)
    }

    @Test(arguments: [
        // What a meeting was about, not the committee's remit.
        "Chiều 3-5, cuộc họp Ban Chỉ đạo Trung ương về việc kiểm tra tỉnh Bình Dương đã diễn ra tại Thủ Dầu Một.",
        // "về" as a verb: the committee came to a place on a work trip.
        "Chiều 3-5, cuộc họp Ban Chỉ đạo Trung ương về công tác tại tỉnh Bình Dương đã diễn ra tại Thủ Dầu Một.",
    ])
    func whatFollowsVeThatIsNoRemitIsNoPartOfTheName(lead: String) throws {
        let found = try #require(meeting(lead))
        #expect(found.host?.hasPrefix("Ban Chỉ đạo") == true)
        #expect(found.host?.contains("về") == false)
    }

    @Test func aBodySatInASitting() throws {
        let found = try #require(meeting("Sáng 26-4, tại Văn phòng Chính phủ, Chính phủ đã họp phiên thường kỳ tháng 4-2006 dưới sự chủ trì của Thủ tướng."))
        #expect(found.kind == "phiên họp")
        #expect(found.host == "Chính phủ")
        #expect(found.what == "Chính phủ đã họp phiên thường kỳ tháng 4-2006")
    }

    @Test(arguments: ["Sáng 11/12, Ủy ban Thường vụ Quốc hội họp phiên thứ 28 cho ý kiến về dự án Luật Đất đai (sửa đổi).",
                      "Sáng 11/12, Quốc hội họp phiên bế mạc Kỳ họp thứ 6."])
    func theNationalAssemblyMet(lead: String) throws {
        let found = try #require(meeting(lead))
        #expect(found.kind == "phiên họp")
        #expect(found.host?.hasSuffix("Quốc hội") == true)
    }

    @Test func peopleGatheringAreNoMeeting() {
        #expect(meeting("Chiều 11/12, hàng trăm người dân tụ họp trước trụ sở xã để phản đối dự án.") == nil)
    }

    /// A steering committee named by its task, past documents and commas, up to the verb that
    /// holds the meeting: its meeting, not its chair's office's.
    @Test(arguments: [
        ("Sáng ngày 19/01/2022, Ban Chỉ đạo Trung ương tổng kết thực hiện Nghị quyết Trung ương 7 (khóa X) về nông nghiệp, nông dân, "
            + "nông thôn đã tổ chức Hội nghị trực tuyến góp ý báo cáo tổng kết. Phó Thủ tướng Lê Văn Thành chủ trì hội nghị.",
         "Ban Chỉ đạo Trung ương tổng kết thực hiện Nghị quyết Trung ương 7 (khóa X) về nông nghiệp, nông dân, nông thôn"),
        ("Chiều 16-8, Ban chỉ đạo Trung ương thực hiện thí điểm không tổ chức Hội đồng nhân dân (HĐND) huyện, quận, phường, đã tổ chức "
            + "Hội nghị tổng kết bước 1. Phó Thủ tướng thường trực Nguyễn Sinh Hùng đã tới dự và chủ trì hội nghị.",
         "Ban chỉ đạo Trung ương thực hiện thí điểm không tổ chức Hội đồng nhân dân (HĐND) huyện, quận, phường"),
    ])
    func aCommitteeNamedByItsTask(lead: String, host: String) {
        #expect(meeting(lead)?.host == host)
    }

    /// Any task, with commas, brackets and quotes in it, when the name ends on the place the
    /// committee serves; the first of those who held it with the committee is not its name.
    @Test(arguments: [
        ("Ngày 12/9, Hội đồng đánh giá, phân hạng sản phẩm Chương trình “Mỗi xã một sản phẩm” (OCOP) tỉnh tổ chức hội nghị đánh giá sản phẩm đợt II.",
         "Hội đồng đánh giá, phân hạng sản phẩm Chương trình “Mỗi xã một sản phẩm” (OCOP) tỉnh"),
        ("Chiều ngày 20/12, Hội đồng thẩm định, xếp hạng sản phẩm huyện Vũ Thư tổ chức hội nghị thẩm định sản phẩm năm 2023.",
         "Hội đồng thẩm định, xếp hạng sản phẩm huyện Vũ Thư"),
        ("Sáng 16/4, Ban chỉ đạo liên ngành về an toàn thực phẩm (ATTP) tỉnh Bình Định phối hợp với UBND huyện Tuy Phước tổ chức Lễ phát động Tháng hành động.",
         "Ban chỉ đạo liên ngành về an toàn thực phẩm (ATTP) tỉnh Bình Định"),
        ("Sáng ngày 22/6/2016, Ban chỉ đạo tổng điều tra nông thôn, nông nghiệp và thủy sản huyện Ba Vì đã tổ chức hội nghị triển khai tổng điều tra.",
         "Ban chỉ đạo tổng điều tra nông thôn, nông nghiệp và thủy sản huyện Ba Vì"),
        ("Sáng ngày 15/7/2022, Ban chỉ huy PCTT&TKCN xã tổ chức hội nghị tổng kết công tác năm 2021.", "Ban chỉ huy PCTT&TKCN xã"),
    ])
    func aCommitteeNamedByAnyTaskEndsOnItsPlace(lead: String, host: String) {
        #expect(meeting(lead)?.host == host)
    }

    @Test(arguments: [
        // (No place ends the name: no name.)
        "Ngày 12/9, Hội đồng đánh giá, phân hạng sản phẩm đợt này tổ chức hội nghị đánh giá sản phẩm.",
        // (A saying opens what follows: "khẳng định" is no task.)
        "Ngày 12/9, Ban chỉ đạo khẳng định, huyện đã tổ chức hội nghị tổng kết công tác năm 2023.",
    ])
    func aTaskThatEndsOnNoPlaceOrSaysIsNoName(lead: String) {
        #expect(meeting(lead)?.host?.hasPrefix("Ban chỉ đạo") != true && meeting(lead)?.host?.hasPrefix("Hội đồng") != true)
    }

    @Test func aTaskThatTellsWhatWasDoneIsNoName() {
        // (A verb of holding or a person inside ends the search: not "Ban Chỉ đạo tổng kết, ông X … đã tổ chức".)
        let m = meeting("Sáng 19/1, Ban Chỉ đạo tổng kết Nghị quyết số 26 họp phiên thứ nhất, sau đó Văn phòng Trung ương đã tổ chức "
            + "hội nghị trực tuyến.")
        #expect(m?.host?.hasPrefix("Ban Chỉ đạo tổng kết Nghị quyết số 26 họp") != true)
    }

    /// A committee named by its task right after a sitting's noun, to the place it serves, is the host
    /// rather than the office of who chaired it; "cấp huyện" is a level, not a place to complete.
    @Test func aCommitteeNamedAfterTheSitting() {
        #expect(meeting("Vừa qua, Phó Chủ tịch UBND huyện Chợ Mới, tỉnh An Giang Lê Trần Minh Hiếu chủ trì cuộc họp Hội đồng đánh giá, phân "
            + "hạng sản phẩm Chương trình Mỗi xã một sản phẩm (OCOP) cấp huyện để đánh giá, phân hạng sản phẩm OCOP đợt 1 năm 2024.")?.host
                == "Hội đồng đánh giá, phân hạng sản phẩm Chương trình Mỗi xã một sản phẩm (OCOP) cấp huyện")
        // (no place at its end, no such name: the grammar's reading stands)
        #expect(meeting("Ngày 5/3/2024, Phó Chủ tịch UBND huyện Chợ Mới Lê Văn An chủ trì cuộc họp Hội đồng đánh giá sản phẩm để đánh giá "
            + "sản phẩm.")?.host == "UBND huyện Chợ Mới")
    }
}
