import Testing
@testable import VNCite

/// Commas that do not end a clause: the horizon in a strategy's or a plan's name ("giai đoạn
/// 2025-2035, tầm nhìn 2050"), and two verbs of one act ("đã chủ trì, tổ chức cuộc họp").
@Suite struct MeetingNameCommaTests {
    @Test func theOrganiserAfterAStrategysHorizon() throws {
        let found = try #require(meeting("Tại Hội nghị triển khai Chiến lược phát triển dịch vụ logistics Việt Nam giai đoạn 2025-2035, tầm nhìn 2050 "
            + "diễn ra chiều 21/11/2025 do Bộ Công Thương tổ chức, ông Trần Thanh Hải, Phó Cục trưởng Cục Xuất nhập khẩu cho biết, Thủ tướng đã "
            + "ban hành Quyết định 2229/QĐ-TTg."))
        #expect(found.host == "Bộ Công Thương")
    }

    @Test func theBodyThatChairedAndOrganised() throws {
        let found = try #require(meeting("Ngày 05/6/2020 tại Vũng Tàu, Cảng vụ Hàng hải Vũng Tàu đã chủ trì, tổ chức cuộc họp với các đơn vị liên quan "
            + "để thảo luận, đánh giá kết quả thực hiện Phương án bảo đảm an toàn cho tàu biển trọng tải lớn."))
        #expect(found.host == "Cảng vụ Hàng hải Vũng Tàu")
    }
}
