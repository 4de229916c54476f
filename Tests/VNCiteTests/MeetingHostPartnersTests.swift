import Testing
@testable import VNCite

/// Bodies that held a meeting together: the first of them is the host, not a partner it worked with.
@Suite struct MeetingHostPartnersTests {
    /// The first of a list of bodies that opens right after the day, with no comma between them.
    @Test func theFirstOfTheListAfterTheDay() {
        #expect(meeting("Trong hai ngày 18 và 19-5-2018 Bộ Tài nguyên và Môi trường, Đại sứ quán Hà Lan phối hợp cùng Viện Nghiên cứu "
            + "Biến đổi khí hậu tổ chức Hội thảo tập huấn tại Cần Thơ.")?.host == "Bộ Tài nguyên và Môi trường")
        // (a time that is no day does not open the list)
        #expect(meeting("Ngày 18/5/2018, Bộ Tài nguyên và Môi trường, Đại sứ quán Hà Lan tổ chức Hội thảo tập huấn.")?.host
                == "Bộ Tài nguyên và Môi trường")
    }

    /// Partners after "phối hợp với", two joined by "và", did not host it; who they worked with is
    /// past reading here, so there is no host.
    @Test func thePartnersAreNoHost() throws {
        let m = try #require(meeting("Ngày 9/8/2023, tại Hà Nội, Ban Chỉ đạo tổng kết Nghị quyết số 24-NQ/TW của Ban Chấp hành Trung ương Đảng, "
            + "khóa XI về chủ động ứng phó với biến đổi khí hậu, tăng cường quản lý tài nguyên và bảo vệ môi trường phối hợp với Chương "
            + "trình Phát triển Liên hợp quốc (UNDP) và Viện Hanns Seidel Foundation (HSF) tổ chức Hội thảo tham vấn khu vực miền Bắc."))
        #expect(m.host == nil)
        // (the first, a district named with its province after a comma, held it with the second)
        #expect(meeting("Sáng 27/2/2024, Ủy ban nhân dân huyện Hạ Lang, tỉnh Cao Bằng và Huyện ủy huyện Đại Tân phối hợp tổ chức lễ công "
            + "bố mở cửa khẩu song phương.")?.host == "Ủy ban nhân dân huyện Hạ Lang, tỉnh Cao Bằng")
        // (a ward still goes on past its district to the city)
        #expect(meeting("Sáng 5/3/2024, UBND phường 2, quận 3, thành phố Hồ Chí Minh tổ chức hội nghị.")?.host
                == "UBND phường 2, quận 3, thành phố Hồ Chí Minh")
        // (partners between semicolons, after the body that led: that body held it)
        #expect(meeting("Ngày 28/4/2022, Bộ Giáo dục và Đào tạo đã chủ trì, phối hợp với Ban Tuyên giáo Trung ương; Trung ương Đoàn Thanh "
            + "niên Cộng sản Hồ Chí Minh tổ chức Hội nghị triển khai thực hiện Quyết định số 1895/QĐ-TTg.")?.host == "Bộ Giáo dục và Đào tạo")
        // (a list of partners with commas and brackets: the body before "phối hợp với" held it)
        #expect(meeting("Ngày 12/9/2023, tại huyện Mường Lát, Ban Tôn giáo (Sở Nội vụ) phối hợp với Phòng An ninh nội địa (Công an tỉnh), "
            + "UBND huyện Mường Lát và các đơn vị có liên quan tổ chức hội nghị cập nhật thông tin tình hình tôn giáo.")?.host
                == "Ban Tôn giáo (Sở Nội vụ)")
        // (partners after "phối hợp cùng với", a comma before the last one's "và": the body before them held it)
        #expect(meeting("Ngày 25/4/2023, Ban Tuyên giáo Tỉnh ủy Sóc Trăng đã phối hợp cùng với Sở Văn hóa, Thể thao và Du lịch, và Hội "
            + "Văn học Nghệ thuật tổ chức Tọa đàm với chủ đề Đề cương văn hóa Việt Nam.")?.host == "Ban Tuyên giáo Tỉnh ủy Sóc Trăng")
        // (the first of two joined by "và" still holds it)
        #expect(meeting("Ngày 9/8/2023, Bộ Y tế và Sở Y tế tỉnh Nam Định tổ chức Hội thảo tham vấn.")?.host == "Bộ Y tế")
    }

    /// A management board's name lists the zones it runs, with commas, written out or abbreviated; a
    /// body after the comma is another one.
    @Test func aBoardNamedByTheZonesItRuns() {
        #expect(meeting("Ngày 27/12/2019, Ban Quản lý các khu công nghiệp, khu chế xuất tỉnh Đồng Nai tổ chức Hội nghị tổng kết.")?.host
                == "Ban Quản lý các khu công nghiệp, khu chế xuất tỉnh Đồng Nai")
        #expect(meeting("Ngày 27/12/2019, Ban Quản lý các KCN, KCX, KKT tỉnh Bình Thuận tổ chức Hội nghị tổng kết.")?.host
                == "Ban Quản lý các KCN, KCX, KKT tỉnh Bình Thuận")
        #expect(meeting("Ngày 27/12/2019, Ban Quản lý các KCN, Sở Công Thương tỉnh Bình Thuận tổ chức Hội nghị tổng kết.")?.host
                == "Ban Quản lý các KCN")
    }

    /// A coordination office named by its task, to the place it serves; after a place in brackets too.
    @Test func aCoordinationOfficeNamedByItsTask() {
        #expect(meeting("(VTR) - Chiều 9/4/2018, tại TP. Quy Nhơn (Bình Định) Văn phòng Điều phối về biến đổi khí hậu tỉnh Bình Định phối "
            + "hợp với Viện Khí tượng Thủy văn Hải văn và Môi trường tổ chức Hội thảo khoa học.")?.host
                == "Văn phòng Điều phối về biến đổi khí hậu tỉnh Bình Định")
        #expect(meeting("Ngày 21/01/2019, Văn phòng điều phối xây dựng nông thôn mới tỉnh tổ chức Hội nghị giới thiệu chương trình OCOP.")?.host
                == "Văn phòng điều phối xây dựng nông thôn mới tỉnh")
    }

    /// A press meeting by its own noun, "Gặp gỡ báo chí", with or without its classifier.
    @Test func aPressMeeting() throws {
        let m = try #require(meeting("Chiều 9/1/2025, Ủy ban Nhà nước về người Việt Nam ở nước ngoài tổ chức Gặp gỡ báo chí thông tin về "
            + "chương trình Xuân Quê hương 2025."))
        #expect(m.kind == "gặp gỡ báo chí")
        #expect(m.host == "Ủy ban Nhà nước về người Việt Nam ở nước ngoài")
        #expect(meeting("Sáng 5/3/2024, Bộ Ngoại giao tổ chức buổi gặp gỡ báo chí về công tác người Việt Nam ở nước ngoài.")?.kind
                == "buổi gặp gỡ báo chí")
    }

    /// A Central Highlands name ends on "k" ("Đắk Lắk") and is still part of the body's name; a short
    /// name in brackets may stand between it and its partners.
    @Test func aBodyOfDakLakWithItsShortNameAndPartners() {
        #expect(meeting("Ngày 03/3/2017 tại TP. Buôn Ma Thuột, Liên hiệp các tổ chức hữu nghị tỉnh Đắk Lắk (Liên hiệp hữu nghị) phối hợp "
            + "với Hội Liên lạc với người Việt Nam ở nước ngoài tỉnh tổ chức Hội nghị quán triệt Chỉ thị 45-CT/TW.")?.host
                == "Liên hiệp các tổ chức hữu nghị tỉnh Đắk Lắk")
        // (and a district that opens the clause right after its day, with no comma)
        #expect(meeting("Chiều ngày 04/2/2020 Huyện Tuy Đức tổ chức lễ công bố quyết định thành lập Trung tâm Văn hóa, Thể thao và "
            + "Truyền thông.")?.host == "Huyện Tuy Đức")
        // (an English word on "k" is still no Vietnamese one)
        #expect(!LeadWords("Book").words[0].isVietnamese)
        #expect(LeadWords("Lắk").words[0].isVietnamese)
    }

    /// A council's name the grammar would read short ("Hội đồng tư") runs on in small letters to "chủ
    /// trì" when an office heads it, first or second; a company's board read whole stays as it was.
    @Test func aCouncilHeadedByTheChair() {
        #expect(meeting("Ngày 25/8/2025, Phó Thủ tướng Thường trực Chính phủ Nguyễn Hòa Bình, Chủ tịch Hội đồng tư vấn đặc xá chủ trì "
            + "cuộc họp xét duyệt hồ sơ, danh sách đề nghị đặc xá năm 2025.")?.host == "Hội đồng tư vấn đặc xá")
        #expect(meeting("Ngày 25/8/2025, ông Nguyễn Văn An, Chủ tịch Hội đồng tư vấn đặc xá chủ trì cuộc họp xét duyệt hồ sơ.")?.host
                == "Hội đồng tư vấn đặc xá")
        // (not into the verb's adverbs)
        #expect(meeting("Ngày 25/8/2025, ông Nguyễn Văn An, Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh Bình Định đồng chủ trì "
            + "cuộc họp xét khen thưởng.")?.host == "Hội đồng Thi đua - Khen thưởng tỉnh Bình Định")
    }

    /// "trực" goes into a name only after "thường" ("Thường trực HĐND tỉnh"); after a place it opens the
    /// adverb "trực tiếp", which stands before the verbs.
    @Test func directlyIsNoPartOfTheName() {
        #expect(meeting("Ngày 25/8/2025, Sở Y tế tỉnh Bình Định trực tiếp tổ chức hội nghị tập huấn.")?.host == "Sở Y tế tỉnh Bình Định")
        #expect(meeting("Ngày 25/8/2025, ông Nguyễn Văn An, Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh Bình Định trực tiếp chủ trì cuộc họp "
            + "xét khen thưởng.")?.host == "Hội đồng Thi đua - Khen thưởng tỉnh Bình Định")
        #expect(meeting("Ngày 25/8/2025, Thường trực HĐND tỉnh Bình Định tổ chức hội nghị.")?.host == "Thường trực HĐND tỉnh Bình Định")
    }

    /// Of a meeting "giữa" two parties, the first holds it; when the first is a person whose office
    /// names no body, the host is unknown, and the second party is not it.
    @Test func theSecondPartyOfAMeetingBetweenIsNoHost() {
        #expect(meeting("Chiều nay, Bộ GDĐT đã thông báo nội dung cuộc họp kín giữa Bộ trưởng Nguyễn Minh Hiển và các giám đốc sở GDĐT.")?.host
                == nil)
        // (an office that names its body still gives it; a first party that is a body holds it)
        #expect(meeting("Chiều nay đã diễn ra cuộc họp giữa Bộ trưởng Bộ Y tế Trần Thị Trung Chiến và các giám đốc sở y tế.")?.host
                == "Bộ Y tế")
        #expect(meeting("Chiều qua đã diễn ra cuộc làm việc giữa Bộ trưởng - Chủ nhiệm Ủy ban TDTT Nguyễn Danh Thái và Thường trực LĐBĐ VN.")?.host
                == "Ủy ban TDTT")
        #expect(meeting("Sáng nay đã diễn ra cuộc họp mặt giữa kiều bào và UBND TP HCM.")?.host == "UBND TP HCM")
    }
}
