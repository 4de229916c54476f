import Testing
@testable import VNCite

/// A page's summary of two sentences over the lead proper: the paragraph right under it that opens
/// on a time with its day is the lead; one further on is the story's, and a summary that names a
/// meeting keeps it.
@Suite struct MeetingLeadAfterSummaryTests {
    @Test func theParagraphUnderASummaryIsTheLead() throws {
        let text = " date 2025-10-05 Nhiệm kỳ 2025 - 2030, Ban Chấp hành Đảng bộ tỉnh Hưng Yên có 70 nhân sự. Trong đó, ông Nguyễn "
            + "Hữu Nghĩa được Bộ Chính trị chỉ định tiếp tục giữ chức vụ Bí thư Tỉnh ủy.\n\n"
            + "Sáng 3.10, Đại hội đại biểu Đảng bộ tỉnh Hưng Yên lần thứ nhất, nhiệm kỳ 2025 - 2030 chính thức khai mạc trọng thể.\n"
        let m = try #require(Extractor().extract(Article(source: "a.txt", text: text)).meeting)
        #expect(m.kind == "đại hội")
        #expect(m.host == "Đảng bộ tỉnh Hưng Yên")
        #expect(m.date?.iso == "2025-10-03")
    }

    /// The lead proper may open on a connective that ties it to the summary over it, then its day.
    @Test func theLeadAfterAConnective() throws {
        let text = "Thực hiện Chỉ thị 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu "
            + "toàn quốc lần thứ XIII của Đảng, Kế hoạch số 92-KH/TU ngày 19/8/2019 của Ban Thường vụ Tỉnh ủy. Đảng uỷ Ban Quản lý các "
            + "KCN đã xây dựng kế hoạch số 48-KH/ĐU ngày 09/10/2019 về thực hiện Chỉ thị số 35-CT/TW.\n\n"
            + "Trên tinh thần đó, ngày 28 tháng 02 năm 2020, Chi bộ 1 trực thuộc Đảng bộ Ban Quản lý các KCN đã tiến hành tổ chức Đại "
            + "hội nhiệm kỳ 2020-2022.\n"
        let m = try #require(Extractor().extract(Article(source: "a.txt", text: text)).meeting)
        #expect(m.kind == "đại hội")
        #expect(m.host == "Chi bộ 1")
        #expect(m.date?.iso == "2020-02-28")
    }

    @Test func aTimeFurtherOnIsTheStorys() {
        let text = "Một cán bộ bị tố cáo\nÔng Lê Văn A, nguyên cán bộ công an tỉnh, vừa bị tố cáo. Vụ việc đã được công an thành phố "
            + "khởi tố vụ án.\nSau khi nghỉ hưu, ông A chung sống với chị Võ Thị B tại phường Nguyễn Thái Học.\n"
            + "Ngày 4/10/2003, tỉnh Lào Cai tổ chức lễ kỷ niệm 100 năm du lịch Sa Pa, chị B đưa con đi chơi.\n"
        #expect(Extractor().extract(Article(source: "a.txt", text: text)).meeting == nil)
    }

    @Test func aSummaryThatNamesAMeetingKeepsIt() throws {
        let text = "Bộ Y tế vừa tổ chức hội nghị tổng kết công tác phòng chống dịch năm 2023. Nhiều ý kiến đề xuất tăng cường "
            + "giám sát tại cửa khẩu.\nChiều 12/9, Sở Y tế tỉnh Lạng Sơn tổ chức lễ ra mắt Trung tâm Kiểm soát bệnh tật tỉnh.\n"
        let m = try #require(meeting(text))
        #expect(m.kind == "hội nghị")
        #expect(m.host == "Bộ Y tế")
    }

    /// A summary that names, as the source of what it says, the meeting the paragraph under it
    /// reports held: that paragraph is the lead.
    @Test func aSummaryThatNamesTheSameMeeting() throws {
        let text = "\"Xây dựng nông dân Nghệ An phát triển toàn diện, văn minh, nghĩa tình...\"\n\nBùi Ánh - 14:20 28/09/2023 GMT+7\n"
            + "\"Xây dựng nông dân Nghệ An phát triển toàn diện, văn minh, nghĩa tình, có năng lực làm chủ...\". Đây là một trong 4 mục tiêu "
            + "mà Đại hội đại biểu Hội Nông dân tỉnh Nghệ An lần thứ X đã đề ra cho nhiệm kỳ 2023 – 2028.\n\n"
            + "Sáng ngày 28/9, tại TP Vinh, Hội Nông dân tỉnh Nghệ An tổ chức trọng thể Đại hội đại biểu Hội Nông dân tỉnh Nghệ An lần thứ X, "
            + "nhiệm kỳ 2023 – 2028.\n"
        let m = try #require(Extractor().extract(Article(source: "a.txt", text: text)).meeting)
        #expect(m.kind == "đại hội")
        #expect(m.host == "Hội Nông dân tỉnh Nghệ An")
        #expect(m.date?.iso == "2023-09-28")
    }
}
