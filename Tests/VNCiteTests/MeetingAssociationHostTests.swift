import Testing
@testable import VNCite

/// Associations and their sections as provincial news names them: a name in small letters that
/// ends on the bare rank of the news's own place, abbreviations in brackets joined by "và", a
/// section ("Phân hội"), a children's house, an emulation cluster named by its members, a body
/// named with the body above it ("… thuộc …") whichever of the two the grammar stops short in, and
/// the body a meeting organised after "và" shares with the clause before it.
@Suite struct MeetingAssociationHostTests {
    @Test(arguments: [
        // A name in small letters ending on "huyện", "tỉnh" alone: the place is the news's own.
        ("Sáng 9/3, Hội khuyến học huyện tổ chức Hội nghị tổng kết công tác khuyến học năm 2022.", "Hội khuyến học huyện"),
        // (Not before the place's own name, which goes with it.)
        ("Sáng 9/3, Hội khuyến học huyện Bình Xuyên tổ chức hội nghị tổng kết năm 2022.", "Hội khuyến học huyện Bình Xuyên"),
        // Its abbreviations in brackets, joined by "và".
        ("Ngày 9/11/2022, Hội Bảo trợ người khuyết tật và trẻ mồ côi (NKT và TMC) huyện Lục Nam tổ chức Đại hội đại biểu lần thứ II.",
         "Hội Bảo trợ người khuyết tật và trẻ mồ côi (NKT và TMC) huyện Lục Nam"),
        // An association's section; a children's house.
        ("Ngày 15/11/2020, Phân hội Nhiếp ảnh tỉnh Đồng Tháp tổ chức Đại hội lần thứ V, nhiệm kỳ 2020-2025.", "Phân hội Nhiếp ảnh tỉnh Đồng Tháp"),
        ("Ngày 20-8-2019, Nhà Thiếu nhi tỉnh tổ chức lễ tổng kết hoạt động hè năm 2019.", "Nhà Thiếu nhi tỉnh"),
        // An emulation cluster named by its members in small letters.
        ("Sáng ngày 05/12/2019, Cụm thi đua các đơn vị kinh doanh ngành điện đã tổ chức hội nghị tổng kết công tác thi đua năm 2019.",
         "Cụm thi đua các đơn vị kinh doanh ngành điện"),
        // The body that held it, not the one above it, when the grammar stops short in either name.
        ("Chiều 12/3, Phân hội Văn nghệ dân gian thuộc Hội Văn học - Nghệ thuật tỉnh Bạc Liêu tổ chức đại hội lần thứ IV.",
         "Phân hội Văn nghệ dân gian"),
        ("Ngày 5/10/2023, Cụm thi đua II thuộc Hội đồng Xổ số kiến thiết Miền Nam (gồm các công ty xổ số: Cần Thơ, Hậu Giang và Sóc Trăng) "
            + "đã tổ chức Hội nghị sơ kết 9 tháng đầu năm 2023.", "Cụm thi đua II"),
    ])
    func anAssociationOrItsSectionHoldsIt(lead: String, host: String) {
        #expect(meeting(lead)?.host == host)
    }

    /// A meeting organised after "và" is the body's that organised what comes before it; not after
    /// another verb ("ra quân"), whose clause may have another subject.
    @Test(arguments: [
        ("Sáng 26/3/2024, Tỉnh đoàn Long An đã tổ chức dâng hương tưởng niệm các anh hùng liệt sĩ và tổ chức Lễ kết nạp đoàn viên mới.",
         "Tỉnh đoàn Long An"),
        ("Ngày 19/01/2025, Hội Văn học - Nghệ thuật tỉnh Bắc Ninh đã tổ chức Đại hôi sửa đổi Điều lệ Hội và Hội nghị phát động sáng tác năm 2025.",
         "Hội Văn học - Nghệ thuật tỉnh Bắc Ninh"),
        ("Ngày 19/01/2025, UBND huyện Gia Lâm đã ra quân dọn vệ sinh môi trường và tổ chức Lễ phát động phong trào chống rác thải nhựa.", nil),
    ])
    func aMeetingAfterAndSharesTheSubject(lead: String, host: String?) {
        #expect(meeting(lead)?.host == host)
    }
}
