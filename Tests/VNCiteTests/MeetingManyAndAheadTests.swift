import Testing
@testable import VNCite

/// Meetings many units held, counted as so many of so many, and the meeting "này" that points back
/// to them; meetings named as many ("các cuộc họp, hội nghị"); the sentence after a meeting
/// planned that says what it will do, a sentence that tells what the plan is, and a plan that a
/// meeting took up.
@Suite struct MeetingManyAndAheadTests {
    @Test(arguments: [
        "(HG) - Đến nay, đã có 46/49 chi, đảng bộ trực thuộc Huyện ủy Vị Thủy tổ chức xong đại hội nhiệm kỳ 2020-2025. "
            + "Tại đại hội này, 2 xã Vĩnh Trung và Vị Thắng bầu trực tiếp bí thư.",
        "Đến thời điểm này, 8/8 Hội Cựu chiến binh cấp huyện đã tổ chức thành công đại hội nhiệm kỳ 2022-2027.",
        "Tràng Định: 54 tổ chức cơ sở đảng tổ chức đại hội thành công\n\nBan Thường vụ Huyện uỷ Tràng Định trong tháng 6/2010 đã chỉ đạo "
            + "các đảng bộ tiến hành tổ chức đại hội nhiệm kỳ 2010-2015, đến ngày 28/6/2010 đã có 54/54 tổ chức cơ sở đảng trực thuộc "
            + "Đảng bộ huyện đã tiến hành đại hội xong.",
        "Thực hiện chỉ đạo của Ngân hàng Nhà nước, đến ngày 20 tháng 4 năm 2012 đã có 11/12 quỹ tín dụng nhân dân trên địa bàn "
            + "tổ chức hội nghị tổng kết 10 năm thực hiện Chỉ thị 57-CT/TW.",
        // (and the units counted right before the noun: "18 đơn vị đại hội điểm")
        "Tính đến ngày 16/2/2023, 35/240 hội nông dân cấp xã đã tổ chức đại hội đại biểu nhiệm kỳ 2023 - 2028, trong đó có 18 đơn vị "
            + "đại hội điểm.",
        // (congresses "completed", all of them)
        "Tính đến ngày 28-7, 10/10 đơn vị Đoàn cấp huyện và tương đương trực thuộc Tỉnh đoàn Hà Nam đã hoàn thành đại hội Đoàn.",
        // (the units it was held for, counted after "cho")
        "Đến thời điểm này, tỉnh Hà Tĩnh đã tổ chức Đại hội đảng bộ cơ sở cho 80% đơn vị xã, phường và hai đảng bộ trực thuộc.",
        // (bodies named by their level, all of them)
        "Đến nay, 100% Hội Nông dân cấp huyện, thành phố trên địa bàn tỉnh Bắc Giang đã tổ chức thành công Đại hội đại biểu Hội Nông "
            + "dân, nhiệm kỳ 2023 – 2028.",
        // (any share of the units, with decimals)
        "Tính đến ngày 15/3, đã có 85,5% chi đoàn cơ sở trong toàn tỉnh tổ chức xong đại hội nhiệm kỳ 2022-2024.",
        // (cooperatives, counted as units)
        "Năm 2023, 100% hợp tác xã nông nghiệp trong huyện đã tổ chức đại hội thường niên đúng quy định.",
        // (provinces counted, the pair "tỉnh, thành" one unit, with "tiến hành")
        "Tính đến nay đã có 62/63 tỉnh, thành tiến hành kỳ họp thứ nhất Hội đồng nhân dân để kiện toàn nhân sự nhiệm kỳ mới 2021-2026.",
        // (departments that open the clause, each holding its own)
        "Hiện nay, các Cục Thống kê tỉnh, thành phố đã tổ chức Hội nghị tập huấn rà soát, lập bảng kê cuộc điều tra.",
        // (ministries and sectors listed with the places, an event named by its verb alone)
        "Năm 2023 là năm giữa kỳ thực hiện các chương trình về trẻ em, các bộ, ngành, địa phương tổ chức sơ kết việc triển khai thực hiện.",
        // (meetings counted, and one of them counted "1" in the breakdown)
        "Từ đầu năm 2022 đến nay, HĐND tỉnh tổ chức thành công 3 kỳ họp, trong đó có 2 kỳ họp chuyên đề (tháng 3 và tháng 6), 1 kỳ "
            + "họp thường lệ giữa năm (tháng 7).",
    ])
    func soManyOfSoManyHeldTheirOwn(lead: String) {
        #expect(meeting("Hoàn thành đại hội\n" + lead) == nil)
        // (not the units that the guests stand for)
        #expect(meeting("Sáng 3-2, Bộ Chính trị đã tiếp các đoàn đại biểu đại diện cho các đơn vị, cơ quan, đoàn thể đến chúc mừng.") != nil)
    }

    /// After many, the congress of their kind told next on no day of its own is all of them; one held
    /// on its own day is reported.
    @Test func oneOnItsOwnDayAfterMany() {
        #expect(meeting("Thành phố Hưng Yên hoàn thành Đại hội Đoàn thanh niên Cộng sản Hồ Chí Minh cấp cơ sở\n\nĐến nay, 17/17 xã, "
            + "phường trên địa bàn thành phố Hưng Yên đã hoàn thành tổ chức Đại hội Đoàn thanh niên Cộng sản Hồ Chí Minh cấp cơ sở.\n\n"
            + "Theo đánh giá, Đại hội Đoàn thanh niên Cộng sản Hồ Chí Minh cấp cơ sở trên địa bàn thành phố được tổ chức trang trọng.") == nil)
        #expect(meeting("Hoàn thành đại hội\nĐến nay, 17/17 xã, phường trên địa bàn thành phố Hưng Yên đã hoàn thành tổ chức Đại hội Đoàn "
            + "cấp cơ sở. Ngày 5/3/2023, Đoàn phường Hiến Nam tổ chức Đại hội lần thứ X, nhiệm kỳ 2023 - 2028.")?.host == "Đoàn phường Hiến Nam")
    }

    /// Congresses of units counted as many are many meetings, each unit's own; the delegates of many
    /// peoples meet at one congress.
    @Test(arguments: [
        "Tổ chức thành công đại hội các chi bộ trực thuộc Đảng bộ xã Nông Thượng nhiệm kỳ 2022-2025",
        "Huyện Krông Búk hoàn thành đại hội các cấp Hội Nông dân nhiệm kỳ 2023-2028",
    ])
    func congressesOfManyUnitsAreManyMeetings(title: String) {
        #expect(meeting(title + "\nKết quả được Ban Tổ chức Huyện ủy báo cáo.") == nil)
    }

    /// (A body's name, then all its levels: "đại hội Hội Chữ thập đỏ các cấp".)
    @Test func congressesOfABodyAtAllLevelsAreMany() {
        #expect(meeting("Hướng dẫn của Ban Thường vụ Tỉnh ủy về đại hội Hội Chữ thập đỏ\n\nNăm 2021 là năm tổ chức đại hội Hội Chữ thập đỏ "
            + "các cấp tiến tới Đại hội đại biểu Hội Chữ thập đỏ tỉnh Kon Tum lần thứ VIII nhiệm kỳ 2021-2026.") == nil)
    }

    @Test func theCongressOfManyPeoplesIsOneMeeting() throws {
        let found = try #require(meeting("Tỉnh Kon Tum tổ chức thành công Đại hội các dân tộc thiểu số lần thứ IV năm 2024"
            + "\nĐại hội có 250 đại biểu tham dự."))
        #expect(found.kind == "đại hội")
    }

    /// A day is no count: "Trong 2 ngày, 3 và 4/8, Đảng bộ …" holds its own congress; nor is a year or a hamlet's number
    /// in a name: "năm 1972 huyện …" is no 1,972 districts; nor a number before a comma: "cột mốc 1145, huyện …".
    @Test(arguments: [
        ("Đại hội Đảng bộ Công an tỉnh\nTrong 2 ngày, 3 và 4/8, Đảng bộ Công an tỉnh Sơn La tổ chức Đại hội đại biểu lần thứ XX, "
            + "nhiệm kỳ 2020-2025.", "Đảng bộ Công an tỉnh Sơn La"),
        ("Sáng ngày 25/11, Hội Chiến sĩ Thành cổ Quảng Trị năm 1972 huyện Quỳnh Phụ tổ chức Đại hội lần thứ I, nhiệm kỳ 2022-2027.",
         "Hội Chiến sĩ Thành cổ Quảng Trị năm 1972 huyện Quỳnh Phụ"),
        // (nor a hamlet's number)
        ("Đại hội chi bộ\nChi bộ Thôn 17 xã Quảng Phú tổ chức đại hội điểm chi bộ nhiệm kỳ 2022-2025.", "Chi bộ Thôn 17 xã Quảng Phú"),
        // (nor a landmark's number a comma parts from the district after it)
        ("Ngày 26-10-2023, tại Cột mốc Quốc gia 1145, huyện Cao Lộc, tỉnh Lạng Sơn, Hội CCB tỉnh cùng Đồn Biên phòng Bảo Lâm tổ chức Lễ "
            + "khánh thành và bàn giao công trình đường kiểm tra cột mốc quốc gia.", "Hội CCB tỉnh Lạng Sơn"),
    ])
    func aDayOrAYearIsNoCount(lead: String, host: String) throws {
        #expect(try #require(meeting(lead)).host == host)
    }

    /// One meeting counted "1" with no count before it, first in its sentence, is the one reported.
    /// Departments listed among those who held one meeting together are no many meetings.
    @Test func departmentsListedWithOthersHoldOne() throws {
        let m = try #require(meeting("Lãnh đạo TPHCM chúc Tết ngoại giao đoàn\nChiều 10/2/2005, tại UBND TPHCM, lãnh đạo Thành ủy, HĐND, UBND và "
            + "giám đốc các sở - ban - ngành TP đã tổ chức cuộc họp mặt với đại diện ngoại giao đoàn, các tổ chức quốc tế."))
        #expect(m.kind == "cuộc họp mặt")
    }

    @Test func oneMeetingFirstInItsSentence() {
        #expect(meeting("Hội nghị tại Hà Nội\n1 hội nghị đã diễn ra tại Hà Nội ngày 5/6/2023.")?.place == "Hà Nội")
    }

    /// A session whose time and programme are announced, or that the title opens on a day after the
    /// page's, is still to come.
    @Test func aSessionAnnouncedOrOpeningAfterThePagesDay() {
        let title = "Ngày 27/12 khai mạc Kỳ họp thứ 38, HĐND tỉnh Thanh Hóa khóa XVIII\n25/12/2025\n"
        #expect(meeting(title + "Văn phòng Đoàn ĐBQH và HĐND tỉnh Thanh Hóa thông báo thời gian, chương trình Kỳ họp thứ 38, HĐND "
            + "tỉnh khóa XVIII, nhiệm kỳ 2021-2026.") == nil)
        #expect(meeting(title + "HĐND tỉnh Thanh Hóa khóa XVIII tổ chức Kỳ họp thứ 38 để xem xét nhiều nội dung quan trọng.") == nil)
        // (Not a title whose day is the page's.)
        #expect(meeting("Ngày 25/12 khai mạc Kỳ họp thứ 38, HĐND tỉnh Thanh Hóa khóa XVIII\n25/12/2025\nHĐND tỉnh Thanh Hóa khóa XVIII "
            + "tổ chức Kỳ họp thứ 38 để xem xét nhiều nội dung quan trọng.") != nil)
    }

    @Test func theSentenceAfterAMeetingPlannedTellsWhatItWillDo() {
        #expect(meeting("Đại hội Công đoàn tỉnh\nĐại hội Công đoàn tỉnh Bình Dương lần thứ 11 sẽ chính thức diễn ra từ chiều nay 21/9 "
            + "đến 23/9, tại Trung tâm Hội nghị Triển lãm tỉnh. Đại hội tổng kết, đánh giá việc thực hiện Nghị quyết Đại hội lần "
            + "thứ 10 và thảo luận giải pháp.") == nil)
        // (Not a meeting that opened today, what it will discuss told with "sẽ"; nor one said to have closed.)
        #expect(meeting("Cúm gà\nVệ sinh tại các chợ gia cầm sẽ là mục tiêu thảo luận của hội nghị về cúm gà khai mạc hôm nay tại "
            + "Malaysia. Hội nghị quốc tế về cúm gà lần này có sự tham dự của gần 60 đại biểu.") != nil)
        // (A ceremony to be held, its name's quote written against the verb; the next sentence tells its purpose.)
        #expect(meeting("Bộ GD-ĐT vừa cho biết, cuối tháng 9-2013 sẽ tổ chức“Lễ tuyên dương, khen thưởng học sinh đoạt giải trong kỳ thi "
            + "Olympic quốc tế”. Theo đó, việc tổ chức lễ tuyên dương nhằm vinh danh các em học sinh giỏi.") == nil)
    }

    @Test func nounsListedAfterManyAreManyToo() {
        #expect(meeting("Công nhận xã đạt chuẩn\nCác địa phương thực hiện lồng ghép để trao quyết định và bằng công nhận xã đạt "
            + "chuẩn NTM tại các cuộc họp, hội nghị phù hợp.") == nil)
        // (Nor one listed after plural ones: "hạn chế các Hội nghị lớn, cuộc họp tập trung đông người".)
        #expect(meeting("Không tổ chức đối thoại với doanh nghiệp trong 6 tháng đầu năm\nNgày 10/4/2020, nhằm phòng chống dịch, đồng thời "
            + "hạn chế các Hội nghị lớn, cuộc họp tập trung đông người, UBND tỉnh ban hành văn bản số 1153/UBND-VP.") == nil)
        // (A round of meetings, "đợt", is a campaign.)
        #expect(meeting("Tuổi trẻ cả nước khởi động đợt sinh hoạt chính trị thực hiện Kết luận 21\nTối 15/12, tại Hà Nội, Trung ương "
            + "Đoàn tổ chức chương trình nghệ thuật, mở đầu đợt sinh hoạt chính trị rộng khắp trong tuổi trẻ cả nước.") == nil)
    }

    @Test func whatThePlanSaysIsToBeHeld() throws {
        #expect(meeting("Đại hội chi bộ\nTheo kế hoạch, đại hội các chi bộ trực thuộc đảng bộ cơ sở huyện Núi Thành hoàn thành "
            + "trước ngày 15.2; đại hội đảng bộ cơ sở hoàn thành từ tháng 4 - 6.") == nil)
        // (Not what the plan says was done, nor a day the article's date places.)
        let held = try #require(meeting("Hội nghị\nTheo kế hoạch, hội nghị đã diễn ra trong hai ngày 5 và 6/6/2023 tại trụ sở Huyện ủy."))
        #expect(held.date?.iso == "2023-06-05")
        let placed = try #require(meeting("Hội nghị\nTheo kế hoạch, ngày 5/6/2023, Đảng ủy xã Bình Sơn tổ chức hội nghị quán triệt "
            + "Nghị quyết Đại hội."))
        #expect(placed.host == "Đảng ủy xã Bình Sơn")
    }

    @Test func aPlanTheMeetingTookUpIsNoPlanOfIt() throws {
        let m = try #require(meeting("Triển khai kế hoạch\nNgày 5/10/2019, Đảng ủy xã Đào Hữu Cảnh tổ chức hội nghị triển khai kế hoạch "
            + "tổ chức Đại hội Đảng bộ xã Đào Hữu Cảnh khóa X, nhiệm kỳ 2020 – 2025."))
        #expect(m.host == "Đảng ủy xã Đào Hữu Cảnh")
        let met = try #require(meeting("Chương trình giám sát\nNgày 26 tháng 12 năm 2019, Thường trực Hội đồng nhân dân huyện tổ chức "
            + "họp để thảo luận kế hoạch tổ chức khảo sát, giám sát năm 2020."))
        #expect(met.date?.iso == "2019-12-26")
        // (A plan before the meeting is still its own.)
        #expect(meeting("Xúc tiến đầu tư\nNgày 5/10/2019, UBND tỉnh có kế hoạch tổ chức hội nghị xúc tiến đầu tư.") == nil)
    }
}
