import Testing
@testable import VNCite

/// Leads in the style of real news, one sentence each: the meeting's kind and the body that held it —
/// the subject of the clause, the body after the noun, an organiser, a delegation, a chair's office.
@Suite struct MeetingHostsTests {
    @Test(arguments: [
        // (lead, kind, host)
        ("Ngày 14/3, Bộ Thương mại đã có cuộc họp với các doanh nghiệp xuất khẩu gạo để giải quyết tình hình.",
         "cuộc họp", "Bộ Thương mại"),
        // Ceremonies: a signing, a year's review, an honouring, a team's send-off.
        ("Lễ ký Nghị định thư bổ sung Hiệp định Hợp tác nghề cá Vịnh Bắc Bộ diễn ra chiều nay tại Bắc Kinh.", "lễ", ""),
        ("Sáng nay, Thanh tra TPHCM đã tổ chức lễ tổng kết công tác thanh tra năm 2005.", "lễ tổng kết", "Thanh tra TPHCM"),
        ("Buổi lễ tôn vinh, vẫn được coi là Oscar của bóng đá Italy, đã diễn ra hôm qua.", "lễ tôn vinh", ""),
        ("Sáng nay, LĐBĐ Việt Nam đã tổ chức lễ xuất quân cho đội tuyển tham dự Tiger Cup.", "lễ xuất quân", "LĐBĐ Việt Nam"),
        ("Sáng qua, Sở Y tế đã làm lễ khởi công xây dựng Bệnh viện Nhi đồng thành phố.", "lễ khởi công", "Sở Y tế"),
        // (an award, a recognition, a celebration of a title won)
        ("Chiều nay, Bộ Giáo dục và Đào tạo đã tổ chức lễ khen thưởng học sinh giỏi quốc tế và khu vực năm 2004.", "lễ khen thưởng",
         "Bộ Giáo dục và Đào tạo"),
        // (where it lies, in brackets, an aside)
        ("Sáng nay, Trung tâm chữa bệnh Phú Văn (Bình Phước) đã làm lễ công nhận 1.231 học viên cai nghiện giai đoạn I.", "lễ công nhận",
         "Trung tâm chữa bệnh Phú Văn"),
        ("LĐ Cầu lông TP.HCM vừa tổ chức lễ mừng công về thành tích tốt của đội tuyển cầu lông tại SEA Games 23.", "lễ mừng công", "LĐ Cầu lông TP.HCM"),
        // (a campaign's launch, a groundbreaking, a farewell, a ribbon-cutting)
        ("Sáng nay, Thành đoàn Hải Phòng đã tổ chức lễ ra quân chiến dịch Mùa hè xanh tại quảng trường thành phố.", "lễ ra quân",
         "Thành đoàn Hải Phòng"),
        ("Chiều qua, Tổng công ty Xây dựng Hà Nội đã làm lễ động thổ khu nhà ở cho công nhân tại Bắc Ninh.", "lễ động thổ",
         "Tổng công ty Xây dựng Hà Nội"),
        ("Tối qua, Liên đoàn Bóng chuyền Việt Nam đã tổ chức lễ chia tay huấn luyện viên trưởng người Trung Quốc.", "lễ chia tay",
         "Liên đoàn Bóng chuyền Việt Nam"),
        ("Sáng nay, UBND quận 7 đã làm lễ cắt băng khánh thành cây cầu nối hai phường.", "lễ cắt băng", "UBND quận 7"),
        // (a road opened to traffic, a bridge's span joined)
        ("Tháng trước, Sở Giao thông vận tải Tiền Giang tổ chức long trọng lễ thông xe phà Ngũ Hiệp.", "lễ thông xe", "Sở Giao thông vận tải Tiền Giang"),
        ("Sáng nay, Ban Quản lý dự án Thăng Long đã tổ chức lễ hợp long cầu Bãi Cháy.", "lễ hợp long", "Ban Quản lý dự án Thăng Long"),
        ("Ngày 25/9, Đồn Biên phòng cửa khẩu Quốc tế Lào Cai tổ chức lễ kết nghĩa với Đồn Biên phòng Bản Vược.", "lễ kết nghĩa",
         "Đồn Biên phòng cửa khẩu Quốc tế Lào Cai"),
        ("Sáng ngày 03/10/2015, Câu lạc bộ Giám đốc các Trung tâm Văn hóa Bắc miền Trung đã tổ chức Hội nghị giao ban nghiệp vụ năm 2015.",
         "hội nghị", "Câu lạc bộ Giám đốc các Trung tâm Văn hóa Bắc miền Trung"),
        ("Vừa qua, Trạm Y tế phường Đông Triều tổ chức Hội nghị truyền thông hưởng ứng Tháng hành động quốc gia về Dân số.",
         "hội nghị", "Trạm Y tế phường Đông Triều"),
        // (a handover received, a diploma given)
        ("Sáng nay, Hội Chữ thập đỏ tỉnh Nghệ An tổ chức lễ tiếp nhận 200 tấn gạo ủng hộ đồng bào vùng lũ.", "lễ tiếp nhận",
         "Hội Chữ thập đỏ tỉnh Nghệ An"),
        ("Hôm qua, tại TP HCM, Trung tâm FPT Aptech tổ chức lễ phát bằng Lập trình viên cao cấp cho 49 học viên.", "lễ phát bằng",
         "Trung tâm FPT Aptech"),
        // (the opening of a school year or a course)
        ("Sáng qua, Trường Trung học Nghiệp vụ Du lịch và Khách sạn TPHCM đã tổ chức lễ khai giảng năm học 2005-2006.", "lễ khai giảng",
         "Trường Trung học Nghiệp vụ Du lịch và Khách sạn TPHCM"),
        ("Sáng 10/9, Sở Giao thông - Công chánh (GTCC) TP Hồ Chí Minh đã tổ chức một cuộc họp với các doanh nghiệp vận tải.",
         "cuộc họp", "Sở Giao thông - Công chánh (GTCC) TP Hồ Chí Minh"),
        ("Ngày 23-12, Đại hội Đảng bộ tỉnh Đồng Nai lần thứ VIII đã bế mạc, bầu Ban Chấp hành Đảng bộ gồm 49 đồng chí.",
         "đại hội", "Đảng bộ tỉnh Đồng Nai"),
        ("Cuộc họp do Bộ Tài chính chủ trì với sự tham gia của Bộ Công nghiệp đã đi đến kết luận về giá than.",
         "cuộc họp", "Bộ Tài chính"),
        ("Sáng nay, trong phiên họp khẩn cấp về dịch cúm gà của Bộ Nông nghiệp và Phát triển nông thôn, nhiều ý kiến cho rằng cần thận trọng.",
         "phiên họp", "Bộ Nông nghiệp và Phát triển nông thôn"),
        ("Chiều 9/12, Ban tổ chức Festival Hoa Đà Lạt tổ chức họp báo ra mắt Trung tâm Thông tin - Báo chí.",
         "họp báo", "Ban tổ chức Festival Hoa Đà Lạt"),
        ("Ngày 12/7, tại Hà Nội đã diễn ra hội nghị gồm đại diện các bộ, ngành, dưới sự chủ trì của Phó thủ tướng Vũ Khoan.",
         "hội nghị", "Chính phủ"),
        ("Hội nghị Bộ trưởng Kinh tế ASEAN không chính thức đã kết thúc chiều qua với cam kết chung về liên kết nội khối.",
         "hội nghị", "ASEAN"),
        ("Sáng nay, Tổ chức Lao động Quốc tế (ILO) tổ chức tọa đàm về việc làm cho thanh niên tại Hà Nội.",
         "tọa đàm", "Tổ chức Lao động Quốc tế (ILO)"),
        // The meeting in a clause of its own, the body opening the next.
        ("Kết thúc cuộc họp hôm qua về trách nhiệm trong vụ đổ tàu, Xí nghiệp Đầu máy Hà Nội ra nghị quyết đề nghị cách chức.",
         "cuộc họp", "Xí nghiệp Đầu máy Hà Nội"),
        // A name the grammar alone stops short of: lower-case words up to the verb.
        ("Chiều 9/12 Ban tổ chức Festival hoa Đà Lạt tổ chức họp báo ra mắt Trung tâm Thông tin - Báo chí.",
         "họp báo", "Ban tổ chức Festival hoa Đà Lạt"),
        // (the time between the name and the verb, after "vào")
        ("UBND tỉnh vào sáng 27/6 đã tổ chức hội nghị tổng kết công tác phòng, chống thiên tai.", "hội nghị", "UBND tỉnh"),
        // (the time right after the name, its day in brackets, then a comma)
        ("UBND thành phố Hà Nội sáng nay (25/8), đã tổ chức Hội nghị tổng kết diễn tập khu vực phòng thủ.", "hội nghị", "UBND thành phố Hà Nội"),
        // (or to the rank of the place it serves)
        ("Ngày 28/9, Hội Khoa học lịch sử tỉnh đã tổ chức đại hội lần thứ nhất, nhiệm kỳ 2013- 2018.",
         "đại hội", "Hội Khoa học lịch sử tỉnh"),
        ("Sáng 14/9, Phòng giáo dục quận 1 đã tổ chức cuộc họp với các trường mầm non trên địa bàn.", "cuộc họp", "Phòng giáo dục quận 1"),
        // ("Tổ chức" inside a name; the verb written with a capital before its meeting)
        ("Sáng 5/6, Cục Tổ chức đã tổ chức hội thảo về thực hiện Nghị quyết 51.", "hội thảo", "Cục Tổ chức"),
        ("Sáng ngày 12/01/2026, UBND phường Tổ chức Hội nghị tổng kết công tác năm 2025.", "hội nghị", "UBND phường"),
        // (two abbreviations joined by a dash)
        ("Văn phòng HĐND-UBND huyện Đạ Tẻh vừa phối hợp với Công đoàn cơ quan tổ chức hội nghị phổ biến pháp luật cho người dân.",
         "hội nghị", "Văn phòng HĐND-UBND huyện Đạ Tẻh"),
        ("Hôm qua đã diễn ra hội nghị góp ý Dự thảo Luật Dạy nghề do Ủy ban Văn hóa - Giáo dục -Thanh thiếu niên nhi đồng Quốc hội tổ chức.",
         "hội nghị", "Ủy ban Văn hóa - Giáo dục -Thanh thiếu niên nhi đồng Quốc hội"),
        ("Bộ trưởng Tài chính Anh, người chủ trì cuộc họp của nhóm bộ trưởng tài chính và các giám đốc ngân hàng trung ương các nước G7 vào ngày 3/12, kêu gọi nhượng bộ.",
         "cuộc họp", "G7"),
        // Who speaks at a working session with others, or at a press conference, speaks for its host.
        ("Tại buổi làm việc với các đơn vị liên quan ngày 23-2, ông Trần Đình Phú, Phó Giám đốc Sở GTCC, cho biết năm nay sẽ nạo vét nhiều hơn.",
         "buổi làm việc", "Sở GTCC"),
        ("Trong buổi họp báo sáng nay, ông Lê Minh Hoàng, Giám đốc công ty Điện lực TP HCM xin lỗi khách hàng.",
         "họp báo", "công ty Điện lực TP HCM"),
        // A body that "nhóm họp" held what it met in; an abbreviation with a hyphen is a name.
        ("Hôm nay, Hiệp hội Ngân hàng châu Á (ABA) nhóm họp tại Hà Nội để chuẩn bị cho hội nghị thường niên sẽ được tổ chức vào tháng 10.",
         "cuộc họp", "Hiệp hội Ngân hàng châu Á (ABA)"),
        ("Chiều 13/2, Bộ GD-ĐT đã có cuộc họp khẩn bàn biện pháp giải quyết hậu quả của vụ việc.", "cuộc họp", "Bộ GD-ĐT"),
        // The office that opens the clause after a working session or a press conference.
        ("Tại buổi làm việc mới đây với Bộ Giao thông Vận tải về đề án sắp xếp doanh nghiệp, Phó thủ tướng Nguyễn Tấn Dũng kết luận như vậy.",
         "buổi làm việc", "Chính phủ"),
        ("Tại buổi làm việc với Bộ Giao thông Vận tải về đề án sắp xếp, đổi mới doanh nghiệp, Phó thủ tướng Nguyễn Tấn Dũng kết luận như vậy.",
         "buổi làm việc", "Chính phủ"),
        // A head in lower case before a capital opens the next clause (its name to the country, a slash in its words).
        ("Tại phiên họp thứ nhất ngày 25/2, ban chấp hành Hội Nạn nhân chất độc da cam/dioxin VN đã ra tuyên bố kêu gọi.",
         "phiên họp", "ban chấp hành Hội Nạn nhân chất độc da cam/dioxin VN"),
        // (after the day that opens the sentence, with no comma between)
        ("Chiều ngày 26/12 tại buổi họp báo về cung cấp thông tin định kỳ, Bộ Nội vụ đã chia sẻ thông tin về đề xuất mô hình thị trưởng.",
         "họp báo", "Bộ Nội vụ"),
        ("Trong cuộc họp báo thường kỳ ngày 4-8, người phát ngôn Bộ Ngoại giao Lê Dũng nhấn mạnh ý nghĩa của Ngày ASEAN.",
         "họp báo", "Bộ Ngoại giao"),
        ("Tại buổi làm việc của đại diện Tập đoàn Technip với tỉnh Quảng Ngãi chiều 15/10, ông Gerard báo cáo tiến độ dự án.",
         "buổi làm việc", "Tập đoàn Technip"),
        // Who meets with others; a round and a level before the body's name; a unit of forest rangers.
        ("Sáng qua, tại cuộc họp với lãnh đạo các sở, ngành, Chủ tịch UBND TP HCM Lê Thanh Hải đã đề nghị báo cáo tiến độ.",
         "cuộc họp", "UBND TP HCM"),
        ("Tại phiên họp vòng 14 cấp chủ tịch Ủy ban Liên hợp phân giới vừa diễn ra tại Bắc Kinh, hai bên đã thảo luận lộ trình.",
         "phiên họp", "Ủy ban Liên hợp"),
        ("Hôm qua, Hạt kiểm lâm Sa Thầy đã làm việc với cơ quan chức năng trong tỉnh bàn hướng giải quyết vụ cháy rừng.",
         "buổi làm việc", "Hạt kiểm lâm Sa Thầy"),
        ("Sáng nay, hội nghị luật sư do Đoàn Luật sư TP.HCM phối hợp cùng Hội Luật châu Á tổ chức đã khai mạc.",
         "hội nghị", "Đoàn Luật sư TP.HCM"),
        // A province named with its rank held it itself.
        ("Sáng 27.4, TP.HCM đã long trọng tổ chức mít tinh kỷ niệm 31 năm ngày giải phóng miền Nam.", "mít tinh", "TP.HCM"),
        // Bodies that organised it together: the first, with where it sits; the occasion is background.
        ("Nhân dịp đoàn sang Pháp dự hội thảo quốc tế, tối 18/3, Hội Người Việt Nam tại Pháp phối hợp với Hội Sinh viên Việt Nam tại Pháp đã tổ chức hội thảo về chất độc da cam.",
         "hội thảo", "Hội Người Việt Nam tại Pháp"),
        ("Ngày 7/9, tại Nam Kinh, Tổng Lãnh sự quán Việt Nam tại Thượng Hải đã phối hợp với Văn phòng Ngoại vụ tỉnh Giang Tô tổ chức "
            + "Hội nghị liên hợp lần thứ nhất.", "hội nghị", "Tổng Lãnh sự quán Việt Nam tại Thượng Hải"),
        // A head whose name is written in lower case, up to "đã".
        ("Đúng như dự đoán, trong cuộc họp ngày hôm qua, Cục dự trữ liên bang Mỹ (FED) đã quyết định nâng lãi suất.",
         "cuộc họp", "Cục dự trữ liên bang Mỹ (FED)"),
        // Deputies meeting their voters.
        ("Ngày 10/5/2023, Đoàn đại biểu Quốc hội tỉnh tổ chức tiếp xúc cử tri trước Kỳ họp thứ 5 tại huyện Phù Mỹ.",
         "tiếp xúc cử tri", "Đoàn đại biểu Quốc hội tỉnh"),
        // Who led the body, in an aside between its name and its verbs.
        ("Chiều 13/6, Đoàn công tác của Bộ Y tế do Thứ trưởng Nguyễn Văn Phong làm trưởng đoàn đã có buổi làm việc với UBND tỉnh.",
         "buổi làm việc", "Đoàn công tác của Bộ Y tế"),
        ("Chiều 13/6, Đoàn công tác của Ban Chỉ đạo Trung ương về phòng, chống tham nhũng do đồng chí Nguyễn Văn Phong, Phó Trưởng Ban "
            + "Nội chính Trung ương làm trưởng đoàn đã có buổi làm việc với Ban Thường vụ Tỉnh ủy.",
         "buổi làm việc", "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng"),
        // (even when the leader's last office ends on a committee's name in small letters)
        ("Chiều 20/5, Đoàn kiểm tra số 3 của Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực do ông Nguyễn Văn Phong, Ủy "
            + "viên Trung ương Đảng, Ủy viên Ban chỉ đạo làm Trưởng đoàn đã có buổi làm việc với Ban Thường vụ Tỉnh ủy Long An.",
         "buổi làm việc", "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực"),
        ("Chiều 20/5, Đoàn kiểm tra số 3 của Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực do ông Nguyễn Văn Phong, Ủy "
            + "viên Ban chỉ đạo làm Trưởng đoàn đã làm việc với Ban Thường vụ Tỉnh ủy Long An.",
         "buổi làm việc", "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực"),
        // A delegation of a body written in small letters.
        ("Ngày 5/4, Đoàn công tác của ban thường vụ huyện ủy Krông Nô đã có buổi làm việc với đảng ủy xã Đức Xuyên.",
         "buổi làm việc", "Đoàn công tác của ban thường vụ huyện ủy Krông Nô"),
        // A supervision session.
        ("Sáng 20/9, Ban Pháp chế HĐND tỉnh đã tổ chức buổi giám sát việc thực hiện chính sách trợ giúp pháp lý tại huyện Tân Kỳ.",
         "buổi giám sát", "Ban Pháp chế HĐND tỉnh"),
        // Who visited and worked with another body, both verbs joined by "và".
        ("Ngày 20/7/2012, Hiệp hội Doanh nghiệp tỉnh Hưng Yên đã đến thăm và làm việc với Hiệp hội Doanh nghiệp tỉnh Thái Nguyên.",
         "buổi làm việc", "Hiệp hội Doanh nghiệp tỉnh Hưng Yên"),
        ("Chiều 4/3, Đoàn công tác của Sở Y tế do Giám đốc Nguyễn Văn Lâm dẫn đầu đã kiểm tra và làm việc với Trung tâm Y tế huyện.",
         "buổi làm việc", "Đoàn công tác của Sở Y tế"),
        // An office, then who came with its holder, listed with a comma: the office's body, not the side visited.
        ("Sáng 5/3/2022, Bí thư Huyện ủy Hải Lăng Nguyễn Văn Hòa cùng lãnh đạo các phòng, ban chuyên môn của huyện đã có buổi làm việc với Đảng ủy xã Hải An.",
         "buổi làm việc", "Huyện ủy Hải Lăng"),
        // The body whose leaders open the next clause.
        ("Hôm qua, trong cuộc họp rút kinh nghiệm về trận hòa 1-1 với Thể Công, lãnh đạo CLB Đông Á Thép Pomina đã quyết định chấm dứt hợp đồng.",
         "cuộc họp", "CLB Đông Á Thép Pomina"),
        ("Tại Hội nghị về tình hình thu thuế với các doanh nghiệp ngoài quốc doanh hôm qua 16/9, lãnh đạo Tổng cục Thuế đã thừa nhận tình trạng thất thu.",
         "hội nghị", "Tổng cục Thuế"),
        // A ceremony that opens a meeting reports the meeting.
        ("Sáng nay, lễ khai mạc Đại hội đại biểu Đảng bộ tỉnh Đồng Nai lần thứ VIII đã diễn ra tại Biên Hòa.",
         "đại hội", "Đảng bộ tỉnh Đồng Nai"),
        // The chair's office names the host.
        ("Chiều qua, hội nghị đại biểu chuyên trách về dự thảo Luật Nhà ở kết thúc. Chủ trì thảo luận, Phó Chủ tịch Quốc hội Nguyễn Văn Yểu khẳng định như vậy.",
         "hội nghị", "Quốc hội"),
        // A club by its abbreviation and name.
        ("Chiều nay, lãnh đạo CLB Đà Nẵng đã có cuộc họp với HLV trưởng Lê Thụy Hải để chấm dứt hợp đồng.", "cuộc họp", "CLB Đà Nẵng"),
        ("Sáng qua, CLB Hòa Phát Hà Nội đã chính thức làm lễ xuất quân chuẩn bị cho mùa giải mới.", "lễ xuất quân", "CLB Hòa Phát Hà Nội"),
        // A time between commas inside the subject's clause; not one a name follows, which opens it.
        ("Hội đồng Liên đoàn Thể thao Đông Nam Á, cuối tuần qua, đã nhóm họp tại Manila để bàn về SEA Games.",
         "cuộc họp", "Hội đồng Liên đoàn Thể thao Đông Nam Á"),
        ("Được sự đồng ý của Tòa án nhân dân tối cao và Thường trực Tỉnh ủy, ngày 19/01/2017, Tòa án nhân dân tỉnh Đắk Lắk tổ chức Hội nghị triển khai công tác năm 2017.",
         "hội nghị", "Tòa án nhân dân tỉnh Đắk Lắk"),
        // A council named by its fields in small letters, joined by "và".
        ("Chiều 28/3/2017, Hội đồng giáo dục quốc phòng và an ninh huyện Yên Thế đã tổ chức Hội nghị tổng kết công tác năm 2016.",
         "hội nghị", "Hội đồng giáo dục quốc phòng và an ninh huyện Yên Thế"),
        // (the council for coordinating the teaching of the law, a comma between its tasks or not)
        ("Chiều 20/2, Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh tổ chức họp đánh giá kết quả hoạt động năm 2022.",
         "cuộc họp", "Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh"),
        ("Sáng 5/1, Hội đồng phối hợp phổ biến giáo dục pháp luật huyện Yên Thế tổ chức hội nghị triển khai nhiệm vụ năm 2024.",
         "hội nghị", "Hội đồng phối hợp phổ biến giáo dục pháp luật huyện Yên Thế"),
        // Who agreed to it, a list in a clause of its own: not the host's partners.
        ("Được sự nhất trí của Thường trực Huyện uỷ và Ban Thường vụ Hội LHPN tỉnh Bắc Giang, Ban Chấp hành Hội LHPN huyện Lục Nam tổ "
            + "chức Đại hội Đại biểu phụ nữ huyện lần thứ XVI.", "đại hội", "Ban Chấp hành Hội LHPN huyện Lục Nam"),
        // A body's standing role between commas: the body held it.
        ("Chiều ngày 16/5, Tòa án nhân dân tỉnh Trà Vinh, Phó Trưởng cụm thi đua số IX tổ chức hội nghị điển hình tiên tiến Cụm thi đua số IX.",
         "hội nghị", "Tòa án nhân dân tỉnh Trà Vinh"),
        ("Sáng 12/1, Sở Nội vụ, cơ quan thường trực Hội đồng Thi đua - Khen thưởng tỉnh đã tổ chức hội nghị tổng kết công tác thi đua năm 2023.",
         "hội nghị", "Sở Nội vụ"),
        ("Ngày 20/12, Công an tỉnh Bình Dương, Cụm trưởng cụm thi đua số 5 đã tổ chức hội nghị tổng kết phong trào thi đua.",
         "hội nghị", "Công an tỉnh Bình Dương"),
        // (or after "với vai trò", with no comma)
        ("Ngày 15/12/2018, Công ty Cổ phần Cấp nước Gia Định với vai trò khối trưởng thi đua năm 2018 đã tổ chức Hội nghị tổng kết thi đua khối 4.",
         "hội nghị", "Công ty Cổ phần Cấp nước Gia Định"),
        // (a role's words right before the noun, no verbs between: no host, and no trap)
        ("Sáng 12/1, Công an tỉnh, Trưởng cụm hội nghị thi đua đã họp.", "hội nghị", ""),
        // Two bodies that organised it together, the second by its abbreviation: the first.
        ("Mới đây, Đoàn Đại biểu Quốc hội tỉnh Hà Nam và VKSND tỉnh Hà Nam đã phối hợp tổ chức Hội thảo đóng góp ý kiến vào dự thảo luật.",
         "hội thảo", "Đoàn Đại biểu Quốc hội tỉnh Hà Nam"),
        ("Sáng 6.4, Cục Văn hóa - Thông tin cơ sở (Bộ Văn hóa - Thông tin) cùng UBND TP.HCM đã tổ chức lễ ra quân các đội thông tin lưu động.",
         "lễ ra quân", "Cục Văn hóa - Thông tin cơ sở (Bộ Văn hóa - Thông tin)"),
        // "tổ chức thành công": how well it went, between the body and the noun.
        ("Ngày 29/10/2021, Liên hiệp các tổ chức hữu nghị tỉnh Thừa Thiên Huế tổ chức thành công Đại hội đại biểu lần thứ IV.",
         "đại hội", "Liên hiệp các tổ chức hữu nghị tỉnh Thừa Thiên Huế"),
        // Who ended it held it.
        ("Chiều nay, nguyên thủ 21 nước APEC đã kết thúc cuộc họp ở Hàn Quốc bằng việc ra tuyên bố chung.", "cuộc họp", "APEC"),
        // The body a mid-term or an extraordinary sitting's name gives, before the office of who spoke at it.
        ("Đó là kiến nghị của đồng chí Nguyễn Văn Hòa, Bí thư Huyện ủy, Chủ tịch HĐND huyện Gia Lộc trong thảo luận tổ ở Hội nghị "
            + "giữa nhiệm kỳ Ban Chấp hành Đảng bộ tỉnh Hải Dương sáng 7/7/2023.", "hội nghị", "Ban Chấp hành Đảng bộ tỉnh Hải Dương"),
        ("Sáng 15/9/2022, tại Kỳ họp bất thường HĐND tỉnh Quảng Nam, Phó Chủ tịch UBND tỉnh đã báo cáo tờ trình.", "kỳ họp",
         "HĐND tỉnh Quảng Nam"),
        // (not who opens the next clause)
        ("Hôm qua, tại kỳ họp bất thường, UBND tỉnh Thừa Thiên Huế đã báo cáo giải trình về dự án khách sạn.", "kỳ họp", ""),
    ])
    func meetingsAndTheirHosts(lead: String, kind: String, host: String) throws {
        let m = try #require(meeting(lead))
        #expect(m.kind == kind)
        #expect(m.host == (host.isEmpty ? nil : host))
    }
}
