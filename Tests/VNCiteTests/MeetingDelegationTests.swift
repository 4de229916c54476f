import Testing
@testable import VNCite

/// A deputies' delegation that meets voters: the delegation named with its members holds the
/// meeting, not the office of a member it lists; the meeting's own abbreviation is no body. An
/// inspection, supervision or working delegation holds the meeting its head chairs.
@Suite struct MeetingDelegationTests {
    @Test(arguments: [
        ("Ngày 30-9, Đoàn ĐBQH tỉnh Thanh Hóa gồm các đồng chí: Uông Chu Lưu, Ủy viên Trung ương Đảng, Phó Chủ tịch Quốc hội; Mai Sỹ Diến, Tỉnh ủy viên, Phó Trưởng Đoàn ĐBQH tỉnh, đã có buổi tiếp xúc cử tri tại huyện Thường Xuân.",
         "Đoàn ĐBQH tỉnh Thanh Hóa"),
        ("Sáng 4.10, tại Sở Kế hoạch và Đầu tư, Đoàn ĐBQH đơn vị tỉnh Tây Ninh gồm ông Phạm Hùng Thái- Phó Bí thư Thường trực Tỉnh uỷ, Trưởng Đoàn ĐBQH tỉnh và ông Huỳnh Thanh Phương- Bí thư Huyện uỷ Gò Dầu đã có buổi tiếp xúc cử tri chuyên đề góp ý dự án luật.",
         "Đoàn ĐBQH đơn vị tỉnh Tây Ninh"),
        // (past the unit it stands for, in brackets, and a comma)
        ("Sáng 28/11, Đoàn đại biểu Quốc hội thành phố Hà Nội (Đơn vị bầu cử số 2), gồm: Phó Chủ tịch Hội người cao tuổi Việt Nam "
            + "Trương Xuân Cừ; Chánh án TAND thành phố Hà Nội Nguyễn Hữu Chính, đã tiếp xúc cử tri quận Hoàn Kiếm.",
         "Đoàn đại biểu Quốc hội thành phố Hà Nội"),
    ])
    func aDelegationWithItsMembers(lead: String, host: String) throws {
        #expect(try #require(meeting("Tiếp xúc cử tri trước kỳ họp\n" + lead)).host == host)
    }

    /// "tiếp xúc với cử tri", as "tiếp xúc cử tri", its classifier kept when the text writes one.
    @Test func aMeetingWithVoters() throws {
        let m = try #require(meeting("Ngày 21/4, Đoàn ĐBQH tỉnh Bạc Liêu đã có buổi tiếp xúc với cử tri huyện Hồng Dân trước kỳ họp thứ 9."))
        #expect(m.kind == "buổi tiếp xúc cử tri")
        #expect(m.host == "Đoàn ĐBQH tỉnh Bạc Liêu")
        let verb = try #require(meeting("Ngày 21/4, Đoàn ĐBQH tỉnh Bạc Liêu đã tiếp xúc với cử tri huyện Hồng Dân trước kỳ họp thứ 9."))
        #expect(verb.kind == "tiếp xúc cử tri")
    }

    /// A topic or a count between the verb and "cử tri" keeps it a meeting with voters.
    @Test(arguments: [
        "Ngày 26/9/2014, tổ đại biểu Quốc hội do ông Trương Minh Chiến, Phó Bí thư Tỉnh ủy dẫn đầu đã đến tiếp xúc chuyên đề với gần 100 cử tri là cán bộ, công nhân viên chức trong tỉnh.",
        "Ngày 26/9/2014, tổ đại biểu Quốc hội đã tiếp xúc với hơn 200 cử tri xã Tân Phú về kết quả kỳ họp thứ 7.",
    ])
    func votersCountedOrATopic(lead: String) throws {
        let m = try #require(meeting(lead))
        #expect(m.kind == "tiếp xúc cử tri")
        #expect(m.host == "tổ đại biểu Quốc hội")
        #expect(m.date == CalendarDate(year: 2014, month: 9, day: 26))
    }

    @Test func theMeetingsOwnAbbreviationIsNoHost() throws {
        let m = try #require(meeting("Tiếp xúc cử tri trước kỳ họp\n"
            + "Thực hiện Chương trình tiếp xúc cử tri (TXCT) trước kỳ họp thứ 9, Quốc hội khóa XV, Đoàn ĐBQH tỉnh Bạc Liêu đã có các buổi tiếp xúc với cử tri tại 4 địa phương."))
        #expect(m.host != "TXCT")
    }

    /// Among a person's offices, heading an inspection, supervision or working delegation is the one
    /// the meeting is held in.
    @Test(arguments: [
        ("Chiều 14/3, tại Thành phố Hồ Chí Minh, Ủy viên Bộ Chính trị, Chủ tịch Quốc hội Trần Thanh Mẫn, Trưởng đoàn kiểm tra số 11 của "
            + "Bộ Chính trị đã chủ trì Hội nghị công bố Quyết định kiểm tra đối với Ban Thường vụ Thành ủy.", "Đoàn kiểm tra số 11 của Bộ Chính trị"),
        ("Ngày 7/6, Phó Thủ tướng Thường trực Chính phủ Nguyễn Hòa Bình, Trưởng đoàn kiểm tra số 1 (theo Quyết định số 486/QĐ-TTg) chủ "
            + "trì buổi làm việc với các tỉnh Bình Định, Quảng Ngãi.", "Đoàn kiểm tra số 1"),
        ("Sáng 17/8 tại Khánh Hoà, Trưởng đoàn kiểm tra số 8 Bùi Ngọc Tuân đã có buổi làm việc với lãnh đạo UBND tỉnh về tình hình thực "
            + "hiện Luật Đất đai.", "Đoàn kiểm tra số 8"),
        // (its leader by name and office, no verb of leading, right before the meeting's verbs)
        ("Sáng 17/8/2022, Đoàn giám sát của Uỷ ban Xã hội của Quốc hội do ông Đặng Thuần Phong – Phó Chủ nhiệm Uỷ ban có buổi giám sát "
            + "tại thành phố Cao Lãnh.", "Uỷ ban Xã hội của Quốc hội"),
    ])
    func theHeadOfADelegationHoldsItsMeeting(lead: String, host: String) {
        #expect(meeting(lead)?.host == host)
    }

    /// Who led a delegation, told between commas, leaves the delegation the host.
    @Test func aLeaderBetweenCommasLeavesTheDelegation() throws {
        let m = try #require(meeting("Lãnh đạo huyện Xiềng Khọ thăm và làm việc tại huyện Yên Châu\nNgày 29/7/2020, Đoàn công tác của huyện "
            + "Xiềng Khọ, do đồng chí Vông Xay Xạ Sin Thong, Chủ tịch UBND huyện làm Trưởng đoàn, đã đến thăm và làm việc tại huyện Yên Châu."))
        #expect(m.host == "Đoàn công tác của huyện Xiềng Khọ")
        #expect(m.date?.iso == "2020-07-29")
    }

    /// The guests' leader, named after the noun with his office ("do đồng chí X, Phó Cục trưởng Cục …
    /// làm trưởng đoàn"), speaks for no host.
    @Test func theGuestsLeaderIsNoHostsSpeaker() throws {
        let m = try #require(meeting("Sở Khoa học và Công nghệ làm việc với đoàn công tác của Bộ\nNgày 15/6/2022, tại Sở Khoa học và Công "
            + "nghệ đồng chí Nguyễn Thị Hà, Giám đốc Sở đã có buổi làm việc với đoàn công tác của Bộ Khoa học và Công nghệ do đồng chí "
            + "Phạm Văn Toàn, Phó Cục trưởng Cục An toàn bức xạ hạt nhân làm trưởng đoàn."))
        #expect(m.host == "Sở Khoa học và Công nghệ")  // (as the headline names it)
    }

    /// Who chaired a working session had it: the body it was held with is not its host, even when the
    /// chair's office names no body of its own.
    @Test func theBodyAChairMetWithIsNoHost() throws {
        let m = try #require(meeting("Sáng 14/5/2023, Bộ trưởng Hồ Đức Phớc chủ trì buổi làm việc với UBND tỉnh Đồng Nai."))
        #expect(m.host == nil)
        #expect(m.chair == "Hồ Đức Phớc")
        // (with no chair, the body met with still stands for the meeting)
        #expect(meeting("Sáng 14/5/2023, trong buổi làm việc với UBND tỉnh Đồng Nai, ông A cho biết.")?.host == "UBND tỉnh Đồng Nai")
    }
}
