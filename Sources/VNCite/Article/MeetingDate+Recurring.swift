/// A day that comes back every year, no meeting's.
extension MeetingDate {
    /// "Quyết định số 730/QĐ-TTg … lấy ⟨ngày 2-7 hằng năm⟩ là Ngày Vệ sinh yêu nước, sáng 30-6-2013,
    /// Sở Y tế … tổ chức lễ phát động": a day and month followed by "hằng năm", "hàng năm" or "mỗi
    /// năm" names an observance, not the day of the meeting; the sentence's next day is.
    static func recursYearly(_ w: [LeadWords.Word], day i: Int) -> Bool {
        guard i + 3 < w.count, isDayAndMonth(w[i + 1].text) || Int(w[i + 1].text) != nil else { return false }
        let after = Int(w[i + 1].text) != nil && w[i + 2].folded == "thang" ? i + 4 : i + 2
        guard after + 1 < w.count else { return false }
        return ["hang", "moi"].contains(w[after].folded) && w[after + 1].folded == "nam"
    }
}
