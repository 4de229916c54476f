import Testing
@testable import VNCite

/// The sittings of councils and committees ("phiên giải trình", "phiên chất vấn", "phiên thảo
/// luận") are meetings, held by the council, not by the officials who answer at them; a sitting of
/// a meeting named after it is that meeting, and so is a congress's preparatory sitting. A
/// conference that prepares for a session is held.
@Suite struct MeetingSittingTests {
    /// A day of a council's session, its ordinal before the session's noun ("thứ hai", "thứ 2"), counts no sessions.
    @Test(arguments: ["thứ hai", "thứ 2"])
    func aDayOfASession(ordinal: String) throws {
        let m = try #require(meeting("Ngày 18-7, tiếp tục ngày làm việc \(ordinal) kỳ họp thứ 4 HĐND tỉnh khóa XVII dưới sự chủ trì của đồng "
            + "chí Nguyễn Sáng Vang, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh."))
        #expect(m.kind == "kỳ họp")
        #expect(m.host == "HĐND tỉnh")
    }

    @Test func aCommitteesHearing() throws {
        let m = try #require(meeting("Nhằm làm rõ những vướng mắc, chiều 18/8, Thường trực Ủy ban Kinh tế của Quốc hội tổ chức phiên giải trình "
            + "về việc thực hiện Quy hoạch điện VIII. Chủ nhiệm Ủy ban Kinh tế Lê Thanh Bình chủ trì phiên giải trình."))
        #expect(m.kind == "phiên giải trình")
        #expect(m.host == "Thường trực Ủy ban Kinh tế của Quốc hội")
        #expect(m.chair == "Lê Thanh Bình")
    }

    /// A council named in quotes or by its building is no council that sat: a mock session of the
    /// children's parliament, held in the National Assembly's house.
    @Test func aCouncilInQuotesOrItsBuildingSatNot() throws {
        let m = try #require(meeting("Sáng 5/6/2022, phiên họp giả định “Quốc hội trẻ em” lần thứ nhất đã khai mạc tại Nhà Quốc hội."))
        #expect(m.kind == "phiên họp")
        #expect(m.host == nil)
    }

    @Test func theMinisterWhoAnsweredIsNoHost() throws {
        let m = try #require(meeting("Bộ trưởng Tài chính Nguyễn Sinh Hùng phải 3 lần đăng đàn tại phiên thảo luận về ngân sách diễn ra chiều 21 "
            + "và sáng 22/10, vì nhiều đại biểu Quốc hội phê bình Chính phủ đưa ra mức dự toán thấp."))
        #expect(m.kind == "phiên thảo luận")
        #expect(m.host == "Quốc hội")
    }

    @Test func aSittingOfTheConferenceNamedNext() throws {
        let m = try #require(meeting("Kết luận phiên thảo luận của Hội nghị ĐBQH chuyên trách về dự thảo Luật Nhà ở sau 2 ngày làm việc, "
            + "chiều qua (6-8), Phó Chủ tịch Quốc hội Nguyễn Văn Yểu khẳng định hộ gia đình là chủ sở hữu hợp pháp."))
        #expect(m.kind == "hội nghị")
    }

    @Test func aConferenceThatPreparesForASessionIsHeld() throws {
        let m = try #require(meeting("Nhằm chuẩn bị cho Kỳ họp thứ 8, trong 3 ngày (từ 10 đến 12/9), Ủy ban Thường vụ Quốc hội tổ chức "
            + "Hội nghị đại biểu Quốc hội hoạt động chuyên trách lần thứ 6, nhiệm kỳ khóa XV."))
        #expect(m.kind == "hội nghị")
        #expect(m.host == "Ủy ban Thường vụ Quốc hội")
        // (In the clause of the meeting, what it prepares for is to come: "… để chuẩn bị cuộc họp giao ban … sắp tới".)
        #expect(meeting("Cục chúng tôi vừa tiến hành họp buổi chiều nay để chuẩn bị cuộc họp giao ban Ban chỉ đạo quốc gia sắp tới.")?.kind != "giao ban")
    }

    @Test func aSendOffCeremony() throws {
        let m = try #require(meeting("Sáng nay (13/2), Hội đồng Nghĩa vụ quân sự huyện Lục Ngạn tổ chức Lễ giao nhận quân năm 2025."))
        #expect(m.kind == "lễ")
        #expect(m.host == "Hội đồng Nghĩa vụ quân sự huyện Lục Ngạn")
    }

    /// A congress's preparatory sitting is the congress's, held by who held it (not by the body the
    /// congress is of, named in it).
    @Test func aCongresssPreparatorySitting() throws {
        let m = try #require(meeting("Chiều ngày 3/6/2024, Ủy ban MTTQ Việt Nam huyện Hoàng Su Phì tổ chức phiên trù bị Đại hội Đại biểu "
            + "MTTQ VN huyện lần thứ XX, nhiệm kỳ 2024 - 2029."))
        #expect(m.kind == "đại hội")
        #expect(m.host == "Ủy ban MTTQ Việt Nam huyện Hoàng Su Phì")
        #expect(m.date?.iso == "2024-06-03")
    }

    /// The session the sentence goes on with frames the sitting it reports; a host written as its
    /// head and rank is the body the sentence named in full.
    @Test func aSittingInTheSessionsProgramme() throws {
        let m = try #require(meeting("Sáng 11/12, tiếp tục chương trình Kỳ họp thứ 20, HĐND TP. Hà Nội tiến hành phiên chất vấn "
            + "và trả lời chất vấn một số vấn đề của thành phố."))
        #expect(m.kind == "phiên chất vấn")
        #expect(m.host == "HĐND TP. Hà Nội")
        let named = try #require(meeting("Tiếp tục chương trình Kỳ họp thứ 10, HĐND thành phố Cần Thơ khóa X, sáng 6/7, HĐND TP tổ chức "
            + "phiên chất vấn và trả lời chất vấn."))
        #expect(named.kind == "phiên chất vấn")
        #expect(named.host == "HĐND thành phố Cần Thơ")
        // (not when the sentence names two bodies of that head and rank)
        let two = LeadWords("HĐND tỉnh Hậu Giang và HĐND tỉnh Sóc Trăng khóa X, sáng 6/7, HĐND tỉnh tổ chức phiên giải trình.")
        #expect(HostReader.namedInFull("HĐND tỉnh", in: two, catalog: .standard) == nil)
        // (without a sitting named after it, the session is the meeting)
        #expect(try #require(meeting("Tiếp tục chương trình Kỳ họp thứ 8, sáng nay Quốc hội thảo luận về dự án Luật Đất đai (sửa đổi).")).kind
                == "kỳ họp")
    }

    /// A council that sent guests to a minister's sitting did not hold it; a session ("kỳ họp") is still
    /// its council's, whoever the sentences list.
    @Test func aCouncilAmongTheGuestsHoldsNoSitting() throws {
        let m = try #require(meeting("Chiều ngày 7/5/2020, tại trụ sở Bộ Lao động – Thương binh và Xã hội, Bộ trưởng Đào Ngọc Dung đã chủ trì "
            + "phiên họp về công tác bảo vệ trẻ em. Tham dự cuộc họp có Thứ trưởng Nguyễn Thị Hà, đại diện một số cơ quan liên quan "
            + "của Quốc hội, Văn phòng Chính phủ."))
        #expect(m.host == "Bộ Lao động - Thương binh và Xã hội")
        let session = try #require(meeting("Sáng 10/7/2023, khai mạc kỳ họp thứ 12 với nhiều nội dung quan trọng. Dự kỳ họp có "
            + "đồng chí Nguyễn Văn A, Chủ tịch HĐND tỉnh Bình Định."))
        #expect(session.host == "HĐND tỉnh Bình Định")
        // (who came, not what is planned or drafted)
        #expect(HostReader.listsGuests(LeadWords("Cùng dự phiên họp có đại diện Văn phòng Quốc hội.")))
        #expect(!HostReader.listsGuests(LeadWords("Dự kiến phiên họp có đại diện Văn phòng Quốc hội.")))
    }
}
