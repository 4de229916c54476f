/// The organiser that the sentence after the meeting's names, for a meeting its own sentence
/// gives no host.
extension HostReader {
    /// "Hơn 800 dân quân đã tham gia lễ kỷ niệm 70 năm ngày truyền thống lực lượng Dân quân Tự vệ
    /// hôm qua. Buổi lễ do Ban Thường vụ Thành Đoàn và Bộ chỉ huy Quân sự thành phố phối hợp tổ chức."
    /// → "Ban Thường vụ Thành Đoàn"; "… hội thảo Mã nguồn mở - sứ mệnh mới được tổ chức hôm qua tại
    /// Hà Nội. Sự kiện này do Trung tâm đào tạo lập trình viên quốc tế … tổ chức." The next sentence
    /// opens on the meeting ("Buổi lễ", "Lễ", "Sự kiện", or a meeting noun; "này", "lần này" after
    /// it), then "do" and the body that organised it.
    static func namedNext(_ sentences: [LeadWords], catalog: Catalog) -> String? {
        for s in sentences.prefix(2) {
            let w = s.words
            var k = s.matchWritten(MeetingWords.nouns, at: 0)?.count
                ?? (s.matchesWritten(["buổi", "lễ"], at: 0) || s.matchesWritten(["sự", "kiện"], at: 0) ? 2
                    : s.matchesWritten(["lễ"], at: 0) ? 1 : 0)
            guard k > 0, k < w.count, w[k - 1].after.isEmpty else { continue }
            if s.matchesWritten(["này"], at: k) { k += 1 } else if s.matchesWritten(["lần", "này"], at: k) { k += 2 }
            guard k + 1 < w.count, w[k].lower == "do", w[k - 1].after.isEmpty,
                  let r = organiser(s, from: k + 1, owned: false, catalog: catalog) else { continue }
            return s.text(r)
        }
        return nil
    }
}
