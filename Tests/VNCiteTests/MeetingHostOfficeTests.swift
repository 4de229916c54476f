import Testing
@testable import VNCite

/// A host is a body, never a person: an office gives the body it names ("Cục phó Cục Hàng
/// không …" → "Cục Hàng không"), and "cuộc họp của Bộ Y tế" says whose meeting it is before any
/// speaker's office does. A regular briefing is a "giao ban", whatever noun comes first.
@Suite struct MeetingHostOfficeTests {
    @Test(arguments: [
        ("Sáng 3/4, Cục phó Cục Hàng không kiêm Tổng giám đốc Cụm cảng Hàng không miền Bắc Lê Văn A đã có buổi làm việc với "
            + "UBND tỉnh Quảng Ninh về sân bay Vân Đồn.", "Cục Hàng không"),
        ("Đó là ý kiến của Cục phó Cục Vệ sinh an toàn thực phẩm Trần Đáng tại cuộc họp của Bộ Y tế sáng nay.", "Bộ Y tế"),
        ("Sáng qua, trong buổi họp giao ban của Uỷ ban TDTT, Bộ trưởng Nguyễn Danh Thái đã yêu cầu LĐBĐVN phải làm kiểm điểm.",
         "Uỷ ban TDTT"),
        ("Chiều 30-3, tại buổi làm việc của Phó Chủ tịch UBND tỉnh Lê Văn B với ông John Smith, Tổng giám đốc Công ty ABC "
            + "(Mỹ), hai bên đã thỏa thuận xây 2.000 căn hộ.", "UBND tỉnh"),
        // The person the offices stand in apposition to, when the clause has no subject of its own.
        ("Sáng qua, 1-3, ông Trần Văn Mui, Phó Giám đốc Sở TDTT TPHCM, đã làm việc với ban huấn luyện đội quần vợt thành phố.",
         "Sở TDTT TPHCM"),
        ("Chiều 5/3, ông Nguyễn Văn An, Giám đốc Sở Y tế Hà Nội, đã có cuộc họp với lãnh đạo các bệnh viện về dịch cúm.",
         "Sở Y tế Hà Nội"),
        // The second office in apposition, when the first names no body.
        ("Ngày 6-1, tại Văn phòng Bộ Thương mại, ông Phan Thế Ruệ, Phó Ban Thường trực Ban 127/TW, Thứ trưởng Thường trực Bộ Thương mại, đã làm việc với 17 công ty kinh doanh gas.",
         "Bộ Thương mại"),
        // "Thường trực" after an office is the office's ("standing"), no body's.
        ("Sáng 9-11 tại TPHCM, Phó Thủ tướng Thường trực Nguyễn Tấn Dũng đã có buổi làm việc với lãnh đạo UBND TPHCM.",
         "Chính phủ"),
        ("Ngày 17-1, tại hội nghị tổng kết ngành NN-PTNT TPHCM năm 2005, Phó Chủ tịch Thường trực UBND TPHCM Nguyễn Thiện Nhân đã chỉ đạo Sở NN-PTNT lập danh sách.",
         "UBND TPHCM"),
        // Who attends ("dự") is a guest: the meeting's owner, not the guest's office.
        ("Sáng 13/6, đồng chí Nguyễn Văn Hùng, Bí thư Tỉnh ủy dự hội nghị tổng kết công tác dân vận của Ban Dân vận Tỉnh ủy.",
         "Ban Dân vận Tỉnh ủy"),
        ("Chiều 13/6, tại điểm cầu tỉnh, đồng chí Lê Văn Thành, Chủ tịch UBND tỉnh dự hội nghị trực tuyến Chính phủ với các địa phương.",
         "Chính phủ"),
        // Who speaks at a sitting speaks for its host, as at a working session.
        ("Chiều 28/4, người phát ngôn Chính phủ cho biết, trong phiên họp thường kỳ tháng 4, Thủ tướng Phan Văn Khải chỉ đạo các bộ kiềm chế tăng giá.",
         "Chính phủ"),
        ("Tại phiên họp trù bị hôm 20/5, tân Chủ tịch Ban Công tác WTO Eirik Glenne đánh giá cao triển vọng đàm phán của VN.",
         "Ban Công tác WTO"),
        // A name, then its office after a dash.
        ("Chiều 27-3, tại buổi làm việc với Sở Xây dựng về quản lý sau quy hoạch, ông Nguyễn Minh Hoàng – trưởng Ban Kinh tế "
            + "ngân sách HĐND TP.HCM cho biết sẽ giám sát.", "Ban Kinh tế ngân sách HĐND TP.HCM"),
        // "Trưởng ban", "Phó trưởng ban": the office ends on the head of its body's name.
        ("Ông Nguyễn Thành Rum, Trưởng Ban VHXH HĐND TPHCM (đứng), tại cuộc làm việc với LĐBĐ TP sáng qua.",
         "Ban VHXH HĐND TPHCM"),
        ("Trưởng ban Tổ chức T.Ư Trần Đình Hoan đã nhận xét như vậy tại Hội nghị công tác phát triển đảng viên trong thanh niên "
            + "vừa diễn ra hôm qua 12/3 tại Hà Nội.", "Ban Tổ chức T.Ư"),
        ("Ông Nguyễn Văn Xê, Phó trưởng Ban Chỉ đạo Xóa đói giảm nghèo và Việc làm TPHCM, cho biết như vậy tại hội nghị sơ kết "
            + "chương trình tổ chức sáng qua.", "Ban Chỉ đạo Xóa đói giảm nghèo và Việc làm TPHCM"),
        // A chief representative, a chief inspector, an editor-in-chief, a rector speak for their body.
        ("Ông John Brown, Trưởng đại diện Quỹ Nhi đồng Liên Hiệp Quốc tại Việt Nam, nhận xét như vậy tại cuộc họp báo về trẻ em "
            + "ngày 12/6.", "Quỹ Nhi đồng Liên Hiệp Quốc"),
        ("Bác sĩ Lê Văn Cường - chánh thanh tra Sở Y tế Đồng Nai - đã nhắc nhở các phòng khám tại cuộc họp giao ban sáng 3-5.",
         "Sở Y tế Đồng Nai"),
        ("Phát biểu tại buổi họp mặt, tổng biên tập báo Thanh Niên Nguyễn Công Khế nhắc lại chặng đường 20 năm của tờ báo.",
         "báo Thanh Niên"),
        // (A match's organisers are no "Ban Tổ chức trận": "trận" is a name's only in "Mặt trận"; the
        // first office's body speaks.)
        ("Ông Dương Thành Truyền, Phó Tổng Biên tập Báo Tuổi Trẻ, Trưởng Ban Tổ chức trận đấu chia tay của bóng đá VN, cho biết "
            + "tại cuộc họp báo sáng qua, vé đã bán hết.", "Báo Tuổi Trẻ"),
        // (who came and chaired it: "dự và chủ trì")
        ("Sáng 11/7, Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng dự và chủ trì Hội nghị về công tác lịch sử.", "Bộ Quốc phòng"),
        // (the Central Military Commission is a body)
        ("Sáng 28/8, Bí thư Quân ủy Trung ương Tô Lâm đã làm việc với Ban Thường vụ Quân ủy Trung ương về nhiệm vụ quân sự.",
         "Quân ủy Trung ương"),
    ])
    func theBodyAnOfficeOrAnOwnerNames(lead: String, host: String) {
        #expect(meeting(lead)?.host == host)
    }

    @Test(arguments: [
        ("Hôm qua, Thứ trưởng Thương mại Lương Văn Tự đã có buổi làm việc với ông Ho Seung, Chủ tịch Ban công tác về việc VN "
            + "gia nhập WTO.", "Bộ Thương mại"),
        ("Tại Văn phòng Tổng công ty Thủy sản VN, Bộ trưởng Thủy sản Tạ Quang Ngọc đã chủ trì cuộc họp kiểm điểm trách nhiệm "
            + "của nguyên tổng giám đốc.", "Bộ Thủy sản"),
        ("Trong cuộc họp báo chiều qua, Bộ trưởng Ngoại giao Mỹ Condoleezza Rice cho biết hai bên đã đạt thỏa thuận.",
         "Bộ Ngoại giao Mỹ"),
        // (its fields written without the dash or the "và" the catalogue has: "Lao động - Thương binh và Xã hội")
        ("Hôm qua, Thứ trưởng Lao động Thương binh và Xã hội Nguyễn Lương Trào đã chủ trì cuộc họp về lao động tại Malaysia.",
         "Bộ Lao động Thương binh và Xã hội"),
        // (a ministry by its abbreviation alone)
        ("Hôm qua, Bộ trưởng KHCN Hoàng Văn Phong đã chủ trì cuộc họp về đổi mới cơ chế quản lý khoa học tại Hà Nội.",
         "Bộ KHCN"),
        // (an office whose name holds its body's)
        ("Tại buổi tọa đàm sáng 21/7, Phó tổng Thanh tra Nhà nước Vũ Phạm Quyết Thắng chủ trì và thừa nhận việc kê khai khó khả thi.",
         "Thanh tra Nhà nước"),
        // (a middle initial ends no sentence)
        ("Bộ trưởng Quốc phòng Mỹ Donald H. Rumsfeld tuyên bố trong cuộc họp báo hôm qua rằng quân đội sẽ ở lại Iraq.",
         "Bộ Quốc phòng Mỹ"),
        // (but a word of one letter does: "Đông Nam Á.", then the meeting with its host)
        ("Thủ tướng Phan Văn Khải đã dự hội nghị cấp cao các nước Đông Nam Á. Bộ Ngoại giao tổ chức họp báo chiều nay.",
         "Bộ Ngoại giao"),
        // Whose meeting it is, said outright, before the office of who spoke at it.
        ("Thứ trưởng Y tế Trần Chí Liêm đề xuất như vậy chiều nay trong buổi họp thường kỳ của Ủy ban Phòng chống SARS.",
         "Ủy ban Phòng chống SARS"),
    ])
    func aMinistersOfficeNamesTheMinistryWithoutItsBo(lead: String, host: String) {
        #expect(meeting(lead)?.host == host)
    }

    @Test(arguments: [
        // A country not known, or a name not read, after the ministry: no host rather than a wrong one.
        // (Nor the office of a guest: "Thủ tướng … tham dự Hội nghị" → not "Chính phủ".)
        "Sáng qua, Thủ tướng Phan Văn Khải dẫn đầu đoàn đại biểu Việt Nam đến Siêm Riệp tham dự Hội nghị thủ tướng 3 nước lần thứ 3.",
        // (nor of who gave a directing speech at a review: a superior)
        "Phát biểu chỉ đạo tại Hội nghị tổng kết công tác quốc phòng năm 2022, Chủ tịch UBND tỉnh Hồ Văn Mười khẳng định tỉnh hoàn thành "
            + "nhiệm vụ.",
        // (nor of who came and directed it: "dự và chỉ đạo")
        "Sáng 11/7, tại Hà Nội, Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng dự và chỉ đạo Hội nghị về bộ công trình lịch sử.",
        "Trong cuộc họp báo chiều qua, Bộ trưởng Quốc phòng Sergei Ivanov cho biết Nga sẽ tăng ngân sách quốc phòng.",
        "Trong cuộc họp báo chiều qua, Bộ trưởng Tư pháp Uông Chu Lưu cho biết dự luật sẽ được trình Quốc hội.",
    ])
    func noHostRatherThanAGuestsOrAnUnreadMinistry(lead: String) throws {
        let m = try #require(meeting(lead))
        #expect(m.host == nil)
    }

    @Test(arguments: [
        "Một lần nữa, trong buổi họp báo ngày hôm qua, Trưởng đoàn TTVN Nguyễn Hồng Minh lại nhấn mạnh tới chỉ tiêu huy chương.",
        // "TT": a president
        "Tại cuộc họp báo ở Nhà Trắng hôm qua, TT Bush biện hộ mạnh mẽ cho chương trình do thám.",
        // "Thường trực" is the Vice-Chairman's standing, no body.
        "Phó Chủ tịch Thường trực Nguyễn Thiện Nhân đã khẳng định như vậy tại buổi làm việc với các sở, ngành sáng nay.",
    ])
    func aPersonIsNoHost(lead: String) throws {
        let m = try #require(meeting(lead))
        #expect(m.host == nil)
    }

    /// A member of a body is no body: "…, Ủy viên Bộ Chính trị đã làm việc" is not the Politburo's; the
    /// office before the membership holds it.
    @Test func aMemberIsNoBody() {
        #expect(meeting("Sáng 28/8, Bộ trưởng Bộ Công an Tô Lâm, Ủy viên Bộ Chính trị đã làm việc với Bộ Y tế về phòng dịch.")?.host
                == "Bộ Công an")
    }

    /// A meeting that sums up a body's own work is that body's: its officer reports at it.
    @Test(arguments: [
        ("Chiều 15/8, tại Hội nghị tổng kết năm học 2004-2005, Bộ trưởng GDĐT Nguyễn Minh Hiển đã dành hơn 1 giờ để mổ xẻ "
            + "yếu kém.", "Bộ GDĐT"),
        ("Ông Ngô Văn Thoan, Cục trưởng Cục Thuế, đã nhấn mạnh như vậy trong cuộc họp tổng kết công tác năm 2005.", "Cục Thuế"),
        ("Tại Hội nghị tổng kết mùa giải hồi đầu tháng 10, Chủ tịch VFF Nguyễn Trọng Hỷ thông báo đã mời bầu Đức làm trưởng "
            + "đoàn.", "VFF"),
    ])
    func aReviewOfItsOwnWorkIsHeldByTheBodyOfWhoReports(lead: String, host: String) {
        #expect(meeting(lead)?.host == host)
    }

    @Test(arguments: [
        ("Hôm qua, 17-10, Bộ trưởng Bộ GD-ĐT Nguyễn Minh Hiển đã có cuộc họp giao ban với các giám đốc sở GD-ĐT.", "Bộ GD-ĐT"),
        ("Tại buổi họp giao ban các Trung tâm y tế ngày 13/10, Sở Y tế yêu cầu tăng cường giám sát dịch.", "Sở Y tế"),
    ])
    func aBriefingIsAGiaoBan(lead: String, host: String) throws {
        let m = try #require(meeting(lead))
        #expect(m.kind == "giao ban")
        #expect(m.host == host)
    }

    /// An office ends its body's name at a second office ("Tổng cục CSND – Thủ trưởng Cơ quan CSĐT"),
    /// and one whose body does not read leaves the office before the name;
    /// an office once held ("cựu Giám đốc") speaks for no body; a body inside an aside in brackets is
    /// not the clause's subject.
    @Test func aSecondOfficeAFormerOneAndAnAside() throws {
        let dash = try #require(meeting("Tiêu đề bài báo\nHôm qua, Thiếu tướng Cao Ngọc Oánh, Phó Tổng cục trưởng Tổng cục CSND – "
            + "Thủ trưởng Cơ quan CSĐT, đã chủ trì cuộc họp giao ban."))
        #expect(dash.host == "Tổng cục CSND")
        let second = try #require(meeting("Tiêu đề bài báo\nNgày 16/7, Thứ trưởng Bộ Ngoại giao Lê Hoài Trung, Tổng thư ký Ủy ban chỉ đạo "
            + "hợp tác song phương phía Việt Nam đã tiến hành hội nghị trực tuyến với phía Trung Quốc."))
        #expect(second.host == "Bộ Ngoại giao")
        let former = try #require(meeting("Tiêu đề bài báo\nSáng nay, cựu Giám đốc Sở TDTT Nghệ An Nguyễn Hoàng Thụ đã có buổi làm việc với đoàn kiểm tra."))
        #expect(former.host == nil)
        let aside = try #require(meeting("Tiêu đề bài báo\nChiều qua, lãnh đạo LĐBĐ VN và các thành viên Ban tổ chức giải (Trưởng ban "
            + "Dương Nghiệp Khôi, trung tá Thái Công Huân thuộc Bộ Công an) đã có cuộc họp khẩn cấp."))
        #expect(aside.host == nil)
        let organiser = try #require(meeting("Tiêu đề bài báo\nÔng Trần Huy Oánh nhận xét về triển lãm (do Bộ VHTT và Hội Mỹ thuật VN "
            + "phối hợp tổ chức) trong buổi họp báo hôm qua, 6-12, tại Hà Nội."))
        #expect(organiser.host == nil)
    }

    /// Deputies who meet their voters meet them as deputies: neither the body they sit in nor their
    /// other offices held the meeting (a delegation of them does).
    @Test func deputiesMeetVotersAsPersons() throws {
        let two = try #require(meeting("Tiếp xúc cử tri\nChiều ngày 5/5, tại xã Phúc Ninh, bà Lò Thị Việt Hà, Đại biểu Quốc hội tỉnh "
            + "Tuyên Quang và bà Âu Thị Mai, Đại biểu Quốc hội tỉnh Tuyên Quang đã tiếp xúc với cử tri trước kỳ họp thứ 5."))
        #expect(two.kind == "tiếp xúc cử tri")
        #expect(two.host == nil)
        let listed = try #require(meeting("Tiếp xúc cử tri\nNgày 28-9, các đại biểu Quốc hội (ĐBQH) Nguyễn Minh Triết - bí thư Thành ủy "
            + "TP.HCM, Nguyễn Đình Lộc - nguyên bộ trưởng Bộ Tư pháp và Phan Anh Minh - phó giám đốc Công an TP.HCM đã tiếp xúc "
            + "với cử tri quận Tân Bình."))
        #expect(listed.host == nil)
        let delegation = try #require(meeting("Tiếp xúc cử tri\nNgày 5/5, Đoàn đại biểu Quốc hội tỉnh Tuyên Quang đã tiếp xúc với cử tri "
            + "xã Phúc Ninh."))
        #expect(delegation.host == "Đoàn đại biểu Quốc hội tỉnh Tuyên Quang")
    }

    /// Who went to the investigators, no body of theirs named, was questioned; a body's officer
    /// working with them held a working session.
    @Test func questioningIsNoMeeting() throws {
        #expect(meeting("Tiêu đề bài báo\nChiều qua, HLV Nguyễn Văn An đã có buổi làm việc đầu tiên với cơ quan điều tra về nghi án bán độ.") == nil)
        // (Nor when the investigators are named in full: they question, they hold no session.)
        #expect(meeting("Tiêu đề bài báo\nNgày 14-12, HLV Lê Thụy Hải và tiền vệ Quốc Anh đã có buổi làm việc với Cơ quan Cảnh sát Điều tra (CSĐT) "
            + "tội phạm về trật tự xã hội (Bộ Công an).") == nil)
        // The investigators' own body, head "Cơ quan" and all, holds the meeting it calls.
        let called = try #require(meeting("Tiêu đề bài báo\nChiều 21-2, Cơ quan Cảnh sát Điều tra Công an TP Cần Thơ tổ chức cuộc gặp gỡ "
            + "với đại diện một số cơ quan thông tấn báo chí."))
        #expect(called.host == "Cơ quan Cảnh sát Điều tra Công an TP Cần Thơ")
        let m = try #require(meeting("Tiêu đề bài báo\nHôm nay, Tổng thư ký VFF Trần Quốc Tuấn đã có cuộc làm việc với Cục cảnh sát điều tra về nghi án bán độ."))
        #expect(m.host == "VFF")
        // Investigators who worked with a person questioned them; with a body, or as leaders, they met.
        #expect(meeting("Tiêu đề bài báo\nSáng qua, Cơ quan Cảnh sát Điều tra Công an tỉnh Nam Định đã làm việc với Trần Văn Bình về khoản tiền "
            + "cá độ.") == nil)
        #expect(meeting("Tiêu đề bài báo\nChiều 5-1, Công an quận 3 đã có cuộc làm việc lần lượt với hai cầu thủ của đội bóng về nghi án bán độ.") == nil)
        let withABody = try #require(meeting("Tiêu đề bài báo\nChiều 5-1, Cơ quan Cảnh sát Điều tra Công an tỉnh Nam Định đã làm việc với "
            + "CLB Bóng đá Nam Định về tình hình thu chi."))
        #expect(withABody.host == "Cơ quan Cảnh sát Điều tra Công an tỉnh Nam Định")
        let leaders = try #require(meeting("Tiêu đề bài báo\nHôm qua, lãnh đạo Công an tỉnh Nam Định đã làm việc với ông Trần Văn Bình, Phó "
            + "Chủ tịch UBND tỉnh, để thông báo kết quả điều tra."))
        #expect(leaders.host == "Công an tỉnh Nam Định")
    }

    /// A department's head named by its field alone gives the department; whose meeting it is, said
    /// after a time ("cuộc họp chiều 14/11 của Bộ …"), comes before the speaker's office.
    @Test func aDepartmentNamedByItsField() throws {
        let chaired = try #require(meeting("Tiêu đề bài báo\nNgày 4/8, tại Cần Thơ đã diễn ra hội nghị triển khai tiêm phòng cúm gia cầm. "
            + "Cục trưởng Thú y Bùi Quang Anh chủ trì hội nghị."))
        #expect(chaired.host == "Cục Thú y")
        let owned = try #require(meeting("Tiêu đề bài báo\nPhó Cục trưởng Thú y Hoàng Văn Năm trong cuộc họp chiều 14/11 của Bộ Nông nghiệp "
            + "và Phát triển nông thôn đã cho biết như vậy."))
        #expect(owned.host == "Bộ Nông nghiệp và Phát triển nông thôn")
        // (a field cut at the first half of a word gives none)
        let cut = try #require(meeting("Tiêu đề bài báo\nCục trưởng Quản lý nhà Trịnh Huy Thục nói trong cuộc họp sáng nay tại TP HCM."))
        #expect(cut.host == nil)
    }

    /// A national leader who speaks at a conference or a ceremony is its guest: the body their office
    /// implies, unwritten, held nothing; at a meeting they speak for, or who chairs, it still counts.
    @Test func aLeaderSpeakingAtAConferenceIsItsGuest() throws {
        for lead in [
            "Phó thủ tướng Phạm Gia Khiêm phát biểu tại Hội nghị tuyển sinh sau đại học sáng 4/1.",
            "Thủ tướng Phan Văn Khải đã nhấn mạnh như vậy tại lễ khởi công xây dựng Trung tâm Hội nghị quốc gia sáng 15-11-2004.",
            "\"Đảng còn dám nhìn thẳng vào sự thật\", Tổng bí thư Nông Đức Mạnh khẳng định trong lễ mít tinh kỷ niệm 75 năm thành lập Đảng diễn ra sáng nay.",
        ] {
            let m = try #require(meeting(lead))
            #expect(m.host == nil, "\(lead)")
        }
        #expect(meeting("Thủ tướng Phan Văn Khải chủ trì hội nghị trực tuyến với các tỉnh sáng nay.")?.host == "Chính phủ")
        #expect(meeting("Sáng nay, Phó thủ tướng Nguyễn Tấn Dũng phát biểu tại cuộc họp với các bộ, ngành về giá xăng dầu.")?.host == "Chính phủ")
        // (An office that writes its body: often the host's own head, "Cục trưởng Cục Quản lý dược".)
        #expect(meeting("Cục trưởng Cục Quản lý dược Cao Minh Quang đã nói như trên tại hội nghị về tăng cường sử dụng thuốc trong nước hôm qua.")?.host
            == "Cục Quản lý dược")
    }
}
