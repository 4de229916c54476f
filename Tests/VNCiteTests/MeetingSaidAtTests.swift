import Testing
@testable import VNCite

/// What someone said at a meeting placed today or just past is theirs, not the meeting's future; a
/// meeting in the clause that opens a sentence is as planned as the clause after it; who met with
/// "nhóm họp" met, on a day said or with "đã", though they are no body.
@Suite struct MeetingSaidAtTests {
    @Test(arguments: [
        ("Ông Nguyễn Văn Đua, Phó chủ tịch UBND thành phố trong cuộc họp với các sở ngành sáng 7/4 cho biết, thành phố sẽ nhanh chóng có hướng giải quyết.",
         "cuộc họp"),
        ("Phát biểu trong buổi tọa đàm sáng nay, chủ tịch Ủy ban khẳng định nhiệm vụ hàng đầu trong thời gian tới là sẽ tiếp tục vụ kiện.", "tọa đàm"),
        ("Sáng nay, đa số đại biểu tham dự hội thảo khôi phục đàn gia cầm đều cho rằng chưa thể nói được khi nào thực hiện.", "hội thảo"),
        ("Hội nghị thượng đỉnh đầu tiên của các nước Đông Á kết thúc hôm nay ở Kuala Lumpur với tuyên bố sẽ tổ chức thảo luận thường niên.", "hội nghị"),
        // done by then
        ("Tại cuộc họp khẩn do Ủy ban phòng chống lụt bão TƯ triệu tập hôm nay tại TP HCM, các tỉnh cho biết đã chuẩn bị phương tiện cứu hộ.", "cuộc họp"),
    ])
    func whatWasSaidAtItIsNotItsFuture(lead: String, kind: String) {
        #expect(meeting(lead)?.kind == kind)
    }

    /// A lead that opens on a quotation of two sentences: the speaker's sentence runs past the full
    /// stop inside the quotation, so the meeting it was said at is still the lead's.
    @Test func aQuotationsFullStopEndsNoSentence() throws {
        let text = "3 tháng lương chỉ đủ mua thuốc dùng trong 1 tháng\n"
            + "“Giá thuốc ở Việt Nam quá cao trong khi thu nhập của người dân còn thấp. Một công chức phải chi 3 tháng lương cho "
            + "1 tháng dùng thuốc trị viêm loét”, ông R. Laing, chuyên gia về thuốc của WHO, nói trong cuộc họp với Bộ Y tế hôm 10/11.\n"
            + "Theo ông Laing, thuốc là mặt hàng có giá thành cao và dễ biến đổi.\n"
        let found = try #require(MeetingReader.read(CleanText(text), title: "3 tháng lương chỉ đủ mua thuốc dùng trong 1 tháng", articleDate: nil))
        #expect(found.kind == "cuộc họp")
        #expect(found.host == "Bộ Y tế")
    }

    @Test(arguments: [
        // What an observer says of it, with no day to place it.
        "Bộ trưởng dầu mỏ Oman, quan sát viên của cuộc họp cho biết, cuộc gặp ở Vienna cũng sẽ thảo luận nguồn cung dầu thô.",
        // The clause the meeting opens is to come.
        "Trong cuộc họp tại Vienna tuần này, Bộ trưởng Tổ chức các nước xuất khẩu dầu mỏ (OPEC) sẽ thảo luận việc hoãn cắt giảm sản lượng.",
        "Hầu hết các chuyên gia dự báo, trong phiên họp hôm nay, Cục dự trữ Liên bang Mỹ (Fed) sẽ đưa ra một tỷ lệ lãi suất mới.",
        // A meeting called for.
        "Thủ tướng Palestine hôm qua kêu gọi một cuộc họp quốc tế khẩn cấp giữa 4 nhà bảo trợ lộ trình hòa bình.",
    ])
    func aMeetingToComeIsNoneYet(lead: String) {
        #expect(meeting(lead) == nil)
    }

    /// A verb of saying and its time at the very end of a lead: nothing after them to read.
    @Test func aSayingThatEndsTheLeadReadsNoFurther() {
        let lead = LeadWords("Bộ trưởng cho biết như vậy hôm qua")
        #expect(MeetingReader.nounSaidAt(lead, 2) == nil)
        #expect(MeetingReader.nounSaidAt(LeadWords("Bộ trưởng cho biết như vậy hôm qua tại hội nghị tổng kết"), 2) == 9)
    }

    @Test(arguments: [
        ("Trong hội nghị thượng đỉnh khai mạc tại Thổ Nhĩ Kỳ hôm nay, Liên minh quân sự Bắc Đại Tây Dương sẽ nhất trí huấn luyện lực lượng an ninh Iraq.",
         "hội nghị"),
        ("Tại cuộc họp ngày 17/4 tại Hà Nội, Bộ Công nghiệp đã quyết định sẽ trình lên Chính phủ chính sách mới.", "cuộc họp"),
    ])
    func aMeetingHeldIsHeldWhateverCameOfIt(lead: String, kind: String) {
        #expect(meeting(lead)?.kind == kind)
    }

    @Test(arguments: [
        "Bộ trưởng thương mại các quốc gia kém phát triển nhất thế giới (LDC) hôm nay nhóm họp tại Dakar (Senegal) và thống nhất quan điểm.",
        "Các ngân hàng Hàn Quốc đã nhóm họp tìm cách cứu nhà cho thuê tín dụng lớn nhất nước này khỏi nguy cơ phá sản.",
    ])
    func whoMetAreNoBodyButTheyMet(lead: String) throws {
        let found = try #require(meeting(lead))
        #expect(found.kind == "cuộc họp")
        #expect(found.host == nil)
    }

    @Test(arguments: [
        ("Hôm nay, bộ trưởng các nước thành viên Tổ chức Thương mại thế giới (WTO) nhóm họp tại Geneva nhằm tìm tiếng nói chung.", "WTO"),
        ("Các bộ trưởng dầu mỏ OPEC hôm qua đã nhóm họp tại Vienna và quyết định giữ nguyên sản lượng.", "OPEC"),
        // (a grouping around an organisation, in the meeting's own name)
        ("Cuộc họp của các bộ trưởng tài chính ASEAN+3 tại Istanbul hôm qua đã thống nhất tăng mức trần hoán đổi song phương.", "ASEAN+3"),
    ])
    func ministersOfAnOrganisationMetAsIt(lead: String, host: String) {
        #expect(meeting(lead)?.host == host)
    }

    @Test(arguments: [
        "Sáng mồng 3 Tết, chợ ở quê tôi đã bắt đầu nhóm họp như thông lệ.",  // a market
        "Kênh truyền hình đang chiếu hình ảnh nghị viện mới của Chechnya đang nhóm họp.",  // no day, no "đã"
    ])
    func aGatheringWithNoDayOrAMarketIsNoMeeting(lead: String) {
        #expect(meeting(lead) == nil)
    }

    @Test func theBodyThatBeganTheMeetingHeldIt() {
        let lead = "Ngày 24/6, Hiệp hội chủ tàu Đông Nam Á bắt đầu nhóm họp tại Hải Phòng để bầu chủ tịch mới."
        #expect(meeting(lead)?.host == "Hiệp hội chủ tàu Đông Nam Á")
    }

    @Test(arguments: [
        // said at it, with no verb of holding or day: it was held
        ("Việc triển khai các hạng mục của Dự án tổng thể ứng dụng phần mềm nguồn mở sẽ tạo ra những cơ hội kinh doanh mới, ông Hoàng Lê Minh, Phó giám đốc Sở Bưu chính viễn thông TP HCM nhận định trong hội thảo \"Ứng dụng PMNM\" tại Softmart 2005.",
         "hội thảo"),
        ("Chính phủ sẽ không can thiệp nhiều vào việc ban hành mức phí các loại dịch vụ công, Bộ trưởng Nội vụ Đỗ Quang Trung kết luận tại Hội nghị triển khai công tác tổ chức nhà nước năm 2004.",
         "hội nghị"),
        // what was made known or voiced there
        ("Kết quả 2 công trình nghiên cứu vừa được công bố tại hội nghị thường niên của Hiệp hội Nghiên cứu ung thư Mỹ.", "hội nghị"),
        ("Tổng bí thư Nông Đức Mạnh bày tỏ tại lễ kỷ niệm sinh nhật thứ 115 của Hồ Chủ tịch.", "lễ kỷ niệm"),
        // "như trên", "như vậy" between the saying and the meeting
        ("Phấn đấu hạ tỉ lệ hộ nghèo xuống còn 1,06%. Ủy ban nhân dân quận Bình Thạnh đã cho biết như trên tại hội nghị tổng kết công tác năm 2005 vào cuối tuần qua.",
         "hội nghị"),
        ("Cả nước thiếu 2.400 bác sĩ y học cổ truyền, ông Nguyễn Văn A, Vụ trưởng Vụ Y học cổ truyền, nói như vậy trong cuộc họp giao ban của ngành sáng nay.",
         "giao ban"),
        // what was put forward ("nêu ra", "đưa ra") or presented there, and when
        ("Người dân thích đầu tư bất động sản hơn chứng khoán. Đó là nhận định của ông Đinh Lê Chiến nêu ra tại tọa đàm thị trường chứng khoán VN sau 5 năm hoạt động.",
         "tọa đàm"),
        ("Bốn vườn quốc gia được công nhận di sản ASEAN. Công bố vừa đưa ra tại hội nghị về các vườn di sản ASEAN ở Khao Yai (Thái Lan).", "hội nghị"),
        ("Theo kết quả một nghiên cứu của Thụy Sĩ được trình bày tại hội nghị thường niên của Hiệp hội nghiên cứu xương và chất khoáng của Mỹ, thiếu vận động làm tăng nguy cơ gãy xương.",
         "hội nghị"),
        ("Việt Nam sẽ giảm dần án tử hình. Quan điểm này được đưa ra hôm qua tại hội thảo về án tử hình do Bộ Ngoại giao phối hợp với Liên minh châu Âu (EU) tổ chức tại Hà Nội.",
         "hội thảo"),
    ])
    func whatWasSaidAtItTellsItWasHeld(lead: String, kind: String) {
        #expect(meeting(lead)?.kind == kind)
    }

    @Test func whoMadeItPublicThereOnItsDayHeldIt() throws {
        let m = try #require(meeting("Án oan giảm\nĐó là những số liệu được TAND Tối cao công bố ngày 3/1 tại Hội nghị tổng kết công tác năm 2005."))
        #expect(m.kind == "hội nghị")
        #expect(m.host == "TAND Tối cao")
    }

    @Test(arguments: [
        "Tại hội thảo về cấp phép lưu hành thuốc điều trị HIV giá rẻ (ARV), ông Nguyễn Văn Thanh, Phó Cục trưởng Cục Quản lý Dược VN, cho biết cả nước có 5.600 bệnh nhân được tiếp cận thuốc.",
        "Tại hội nghị khẩn cấp ở Putrajaya (Malaysia), 20 nước Hồi giáo tuyên bố họ có thể gửi quân tới Iraq.",
        // the clause after the comma opens on its subject in small letters
        "Tại hội nghị thường niên của Hiệp hội Nha khoa Mỹ, các chuyên gia cho biết trẻ em ăn nhiều đồ ngọt hơn trước.",
        "Trong cuộc hội thảo mới đây tại Australia, các nhà khoa học hàng đầu thế giới cho biết hòn đảo Okinawa có thể nắm giữ bí ẩn trường thọ.",
        // what was explained or remarked there
        "Đại sứ Peru ở Liên Hợp Quốc từ chức hôm thứ năm. Ông đã đại diện Peru ở nước ngoài suốt 25 năm nay. Tại cuộc họp báo ở New York, ông "
            + "giải thích: ông phản đối chính sách mới của chính phủ.",
        // and what was asked or proposed there
        "Tại hội nghị giao ban toàn tỉnh, Chủ tịch UBND tỉnh Khánh Hòa Phạm Văn Chi yêu cầu: phải kiểm điểm những cán bộ đã cấp đất sai.",
        "Trong cuộc họp Hội đồng An ninh được truyền hình trực tiếp, Tổng thống Putin đề nghị chính phủ chú ý tới ban giám đốc công ty điện.",
        // "Phát biểu tại …" opens on it the same way, in the lead's third sentence too
        "Bộ trưởng Thương mại Nhật Bản hôm qua kêu gọi mở cửa thị trường nông sản. Ông cảnh báo về nguy cơ đổ vỡ vòng đàm phán. "
            + "Phát biểu tại hội thảo về thương mại khu vực ở Osaka, ông cho rằng các nước cần nhượng bộ.",
    ])
    func aSentenceOpeningOnTheMeetingAndWhatWasSaidThereReportsIt(lead: String) {
        #expect(meeting(lead) != nil)
    }

    @Test(arguments: [
        // any one meeting: an anecdote
        "Tại một hội nghị quân sự, thấy một số cán bộ \"sính chữ\", Hồ chủ tịch thân mật nói: dùng chữ khó hiểu quá.",
        // a month back: background
        "Tại lễ khởi công các gói thầu số 1+4 và 2+3 vào cuối tháng 11.2005, Phó thủ tướng thường trực đã chỉ đạo không để chậm tiến độ.",
        // the meeting told of before, named no more: it may be any time
        "Cầu Cần Thơ chưa thi công dù lễ khởi công đã diễn ra cách nay gần năm tháng. Tại lễ khởi công, Thủ tướng Phan Văn Khải nhấn mạnh: Cầu Cần Thơ sẽ thúc đẩy kinh tế.",
        // what was put forward there a month back
        "Mức kỷ luật sẽ nặng hơn hình thức khiển trách mà ban chấp hành Liên đoàn đưa ra trong cuộc họp cuối tháng 1.",
    ])
    func aMeetingOfAnyTimeFramingWhatWasSaidIsNoReport(lead: String) {
        #expect(meeting(lead) == nil)
    }

    @Test(arguments: [
        "Thủ tướng Phan Văn Khải sẽ phát biểu tại hội nghị các nhà tài trợ về vốn ODA.",
        "Bộ trưởng sẽ nói như vậy tại hội nghị các nhà tài trợ tuần tới.",
        // (the "sẽ" before verbs run together)
        "Theo dự kiến chương trình, Tổng Bí thư Tô Lâm sẽ dự, phát biểu chỉ đạo tại hội nghị quan trọng này.",
        // what will be put forward there, and by whom
        "Quyết định chính thức sẽ được Bộ trưởng Nguyễn Minh Hiển đưa ra tại Hội nghị tuyển sinh ngày 1/2.",
        "Lời công bố này sẽ chính thức được ông Taro Takamine (phát ngôn viên của Sony) đưa ra trong Hội nghị quốc tế chuyên đề về bộ nhớ quang học 2004.",
    ])
    func whatIsToBeSaidAtItIsNoMeetingYet(lead: String) {
        #expect(meeting(lead) == nil)
    }

    /// A meeting in a speaker's quoted words is what they said, not the news; the meeting they spoke
    /// at is.
    @Test func aMeetingInAQuotationIsWhatWasSaid() {
        #expect(meeting("\"Hội đàm chỉ có ý nghĩa khi phía bên kia ngừng bắn\", Ngoại trưởng Ai Cập tuyên bố hôm qua.") == nil)
        #expect(meeting("\"Hội nghị sáu bên cần được nối lại càng sớm càng tốt\", Thủ tướng Nhật Bản phát biểu trong cuộc họp báo "
            + "tại Tokyo hôm qua.")?.kind == "họp báo")
        // (but what they say was held is held)
        #expect(meeting("\"Hội nghị đã thành công tốt đẹp\", Chủ tịch Hiệp hội Doanh nghiệp tỉnh khẳng định tại lễ bế mạc sáng nay.")?.kind
            == "hội nghị")
    }

    /// A meeting named in the quoted title of a topic is what the talk was about; the meeting it was
    /// given at is the news.
    @Test func aMeetingInATitleIsItsTopic() throws {
        let m = try #require(meeting("Chiều 7/2, trình bày chuyên đề \"Tư duy, nhận thức mới về quốc phòng của Đại hội XIV\" tại Hội nghị "
            + "toàn quốc quán triệt và triển khai thực hiện Nghị quyết Đại hội XIV của Đảng, Đại tướng Phan Văn Giang nhấn mạnh, quốc "
            + "phòng là công cuộc giữ nước."))
        #expect(m.kind == "hội nghị")
        // (whatever the title names: a programme, a festival; not a meeting that opens the quotes)
        #expect(meeting("Ngày 2-12, Báo Nhân Dân phối hợp Ủy ban Dân tộc tổ chức chương trình giao lưu trực tuyến “Gặp gỡ các đại biểu "
            + "dự Đại hội toàn quốc các dân tộc thiểu số Việt Nam lần thứ II”.") == nil)
        #expect(meeting("Tối 8/4, tại TP Cà Mau, Bộ Văn hóa - Thông tin đã khai mạc \"Liên hoan Thông tin lưu động toàn quốc tuyên truyền "
            + "Đại hội Đảng Cộng sản Việt Nam lần thứ X\".") == nil)
        #expect(meeting("Sáng 12-9, Sở Giáo dục tổ chức “Hội nghị triển khai mô hình chuyển đổi số ngành giáo dục”.")?.kind == "hội nghị")
    }

    /// Titles listed with semicolons are no one's words: the future of the sentence they stand in is
    /// the meeting's.
    @Test func titlesListedAreNoQuotation() {
        #expect(meeting("Tháng Công nhân năm 2023: nhiều hoạt động ý nghĩa\n\nKế hoạch hưởng ứng Tháng Công nhân năm 2023 do LĐLĐ huyện ban hành "
            + "sẽ tập trung vào các hoạt động như: “Đối thoại tháng 5”; Tổ chức “Tháng cao điểm phát triển đoàn viên”; các hoạt động văn hóa, "
            + "thể thao gắn với Lễ phát động Tháng hành động về An toàn vệ sinh lao động.") == nil)
    }
}
