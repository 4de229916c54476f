/// What may not follow a meeting noun for it to name a meeting.
extension MeetingWords {
    /// What may not follow a noun for it to be a meeting: "Đại hội đồng" (an assembly's name),
    /// "Đại hội Thể thao", "Quốc hội thảo luận" (read as "hội thảo").
    static let notAfter: [String: Set<String>] = [
        "đại hội": ["đồng", "thể", "olympic", "asiad", "sea", "tdtt"], "hội thảo": ["luận"],
        // "buổi họp fan đầu tiên", "buổi gặp mặt fan": a singer's fan meeting, a show.
        "buổi họp": ["fan"], "cuộc họp": ["fan"], "buổi họp mặt": ["fan"], "cuộc họp mặt": ["fan"], "gặp mặt": ["fan"],
        "buổi gặp mặt": ["fan"], "cuộc gặp mặt": ["fan"], "buổi gặp gỡ": ["fan"], "cuộc gặp gỡ": ["fan"],
        // "buổi tiếp xúc với báo chí", "buổi tiếp đón", "buổi tiếp kiến": a contact, a welcome, an audience.
        "buổi tiếp": ["xúc", "đón", "kiến", "nhận", "tục", "theo", "thu", "sức", "cận"],
        // "tiếp đoàn viên", "tiếp Đại sứ quán", "tiếp bà con": members, an embassy, the people.
        "tiếp đoàn": ["viên", "kết", "thể"], "tiếp các đoàn": ["viên", "thể"], "tiếp đại sứ": ["quán"], "tiếp bà": ["con"],
    ]
}
