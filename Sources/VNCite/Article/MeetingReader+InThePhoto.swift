/// A meeting a photo's caption names: what the photo shows, not news the article reports.
extension MeetingReader {
    /// "Toàn tỉnh Hải Dương hiện có 166 tổ chức đảng trong các doanh nghiệp tư nhân. Trong ảnh: ⟨Lễ kết
    /// nạp⟩ đảng viên tại Chi bộ Công ty CP Xây dựng Vinaconex": whether the noun at `i` follows
    /// "Trong ảnh:" in its sentence.
    static func inThePhoto(_ lead: LeadWords, noun i: Int) -> Bool {
        (0..<max(0, i - 1)).contains { k in lead.matchesWritten(["trong", "ảnh"], at: k) && lead.words[k + 1].after.hasPrefix(":") }
    }
}
