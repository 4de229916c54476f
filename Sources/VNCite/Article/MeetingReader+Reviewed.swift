/// A review, or an anniversary, said with its verb alone, right after the body that held it.
extension MeetingReader {
    /// "Ngày 5/7, Hội Sinh vật cảnh tỉnh Tiền Giang sơ kết hoạt động 6 tháng đầu năm 2017", "Chiều
    /// 17-1, Sở GTCC Hà Nội đã tổng kết về vận tải hành khách công cộng": a review ("sơ kết", "tổng
    /// kết") with no meeting noun and no "tổ chức", right after the body that held it ("đã", "vừa" or
    /// "mới" between), in a sentence that opens on its day — a "sơ kết" or "tổng kết" held by that
    /// body. Not without the day ("Reuters đã tổng kết rằng …", "Các nhà khoa học đã tổng kết …": no
    /// meeting), nor one to come, told of long ago, held as a habit or given as a task.
    /// So is an anniversary kept with its verb alone, counted in years: "Sáng 2-6, Nhà Thiếu nhi TP.HCM
    /// kỷ niệm 40 năm thành lập" — a "lễ kỷ niệm".
    static func reviewed(_ lead: LeadWords, at i: Int, catalog: Catalog) -> (Meeting, next: Int)? {
        let w = lead.words
        let anniversary = i + 3 < w.count && lead.matchesWritten(["kỷ", "niệm"], at: i) && Int(w[i + 2].text) != nil && w[i + 3].lower == "năm"
        guard i >= 3, i + 2 < w.count, opensReview(lead, at: i) || anniversary,
              w[i - 1].after.isEmpty, w[i].after.isEmpty, timeThenDay(lead, at: 0),
              let body = HostReader.before(lead, noun: i, catalog: catalog), w[body.upperBound..<i].allSatisfy({ ["đã", "vừa", "mới"].contains($0.lower) }),
              !planned(lead, noun: i, end: clauseEnd(lead, from: i + 2)), !toldAgo(lead, noun: i), !habitual(lead, noun: i),
              !assignedAsTask(lead, before: body.lowerBound),
              // (The anniversary's body opens its clause: not "Ban chỉ đạo ⟨Nhà nước⟩ kỷ niệm 50 năm … đã họp", a
              // committee named after it.)
              !anniversary || body.lowerBound > 0 && w[body.lowerBound - 1].after.contains(",") else { return nil }
        let end = clauseEnd(lead, from: i + 2, toSubject: true)
        let place = MeetingPlace.read(lead, noun: i, length: 2, end: end, catalog: catalog)
        let kind = anniversary ? "lễ kỷ niệm" : w[i].lower + " kết"
        return (Meeting(kind: kind, what: lead.text(i..<end), host: lead.text(body), place: place), nextNoun(lead, after: i + 2))
    }

    /// "sơ kết", "tổng kết" at `i`: a review's word, as "tiến hành" and the reviewer's verb alone
    /// (`organisingVerb`, `reviewed`) read it.
    static func opensReview(_ lead: LeadWords, at i: Int) -> Bool {
        lead.matchesWritten(["sơ", "kết"], at: i) || lead.matchesWritten(["tổng", "kết"], at: i)
    }
}
