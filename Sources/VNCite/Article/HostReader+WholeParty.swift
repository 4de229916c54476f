/// The Party as a whole holds one kind of meeting, its congress: "Đại hội đại biểu toàn quốc lần thứ X
/// của Đảng". Any other meeting is held by one of its organs, which the text may not name there:
/// "Hội nghị toàn quốc tổng kết công tác kiểm tra, giám sát của Đảng" (the work is the Party's, the
/// conference its organs'), "lễ kỷ niệm 100 năm ngày sinh Tổng bí thư đầu tiên của Đảng Trần Phú".
extension HostReader {
    /// The body that held the meeting at `i` (`anyBody`), but the Party as a whole for any meeting
    /// other than a congress.
    static func host(_ lead: LeadWords, noun i: Int, length: Int, catalog: Catalog) -> String? {
        guard let body = anyBody(lead, noun: i, length: length, catalog: catalog) else { return nil }
        if wholeParty.contains(Catalog.fold(body.lowercased())), !lead.matches(["dai", "hoi"], at: i) { return nil }
        return body
    }

    /// The Party's names as a whole, folded.
    static let wholeParty: Set<String> = ["dang", "dang ta", "dang cong san viet nam", "dang cong san"]
}
