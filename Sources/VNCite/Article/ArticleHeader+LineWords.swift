/// The words a page's date line holds beside its date.
extension ArticleHeader {
    /// A line that opens on a label of the page's publication date: "cms-publish-date 23/10/2020 | 09:45",
    /// "Ngày đăng: 12-06-2023", "Publish date 22/09/2014 | 00:00".
    static func labelledDateLine(_ text: CleanText, _ line: Range<Int>) -> Bool {
        let folded = text.fold[line]
        return (publicationLabels + ["cms-publish-date", "publish date"]).contains { folded.starts(with: $0.utf8) }
    }

    /// The publication date a line of its own gives ("13/06/2018", "Cập nhật: 14/6/2023").
    static func publicationDate(in line: String) -> CalendarDate? {
        let clean = CleanText(line)
        return publicationDate(in: clean, 0..<clean.count)
    }

    /// The labels, folded, that say a line's date is the page's: "Ngày đăng:", "Cập nhật:", "Xuất bản:",
    /// "Ngày phát hành:", "Đăng ngày:", "Thời gian đăng:".
    static let publicationLabels = [
        "ngay dang", "ngay cap nhat", "ngay xuat ban", "ngay phat hanh", "cap nhat", "dang luc", "dang ngay", "xuat ban",
        "thoi gian dang", "thoi gian cap nhat",
    ]

    /// Words a date line may hold beside its date: weekdays, "cập nhật", "GMT", "Publish date", and the page's tools
    /// ("28/08/2017    Lượt xem: 1835    In bài viết   Độ tương phản").
    static let dateLineWords: Set<String> = [
        "thu", "hai", "ba", "tu", "nam", "sau", "bay", "chu", "nhat", "cap", "ngay", "dang", "gmt", "luc",
        "gio", "phut", "am", "pm", "sang", "chieu", "toi", "xuat", "ban", "update", "posted", "t", "h",
        "luot", "xem", "in", "bai", "viet", "do", "tuong", "phan", "publish", "published", "date",
    ]
}
