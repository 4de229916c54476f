/// The labels that open boilerplate blocks on Vietnamese news and portal pages.
///
/// "Tin liên quan", "Các tin đã đưa ngày:", "Cùng chuyên mục" open lists of other articles;
/// "Lượt truy cập: 1.234.567" and "Đang online: 12" are counters; "Bình luận" and "Ý kiến bạn
/// đọc" open comments; "Hôm nay, ngày 23 tháng 6 năm 2018" is a page banner.
enum HTMLLabels {
    enum Kind: Sendable {
        /// A heading over links to other pages.
        case links
        /// A visit counter or page banner: only the element itself goes.
        case counter
        /// A heading over reader comments: everything after it in its parent goes.
        case comments
    }

    /// Elements with more text than this are never labels (letters and digits only).
    static let longest = 90

    /// The kind of label a block's text opens with, or nil. `nonLinkLength` is how much of the
    /// block is not link text: a links label must be followed by links only.
    static func match(_ label: String, nonLinkLength: Int) -> Kind? {
        let length = label.unicodeScalars.filter { $0.properties.isAlphabetic }.count
        for heading in commentHeadings where label == heading || label.hasPrefix(heading + " (") {
            return .comments
        }
        for heading in linkHeadings where label.hasPrefix(heading) {
            let headingLength = heading.unicodeScalars.filter { $0.properties.isAlphabetic }.count
            if label == heading || nonLinkLength <= headingLength + 12 { return .links }
        }
        for counter in counters where label.hasPrefix(counter) {
            let rest = label.dropFirst(counter.count).drop { $0 == " " }
            guard let first = rest.first, first == ":" || first.isNumber else { continue }
            let letters = rest.unicodeScalars.filter { $0.properties.isAlphabetic }.count
            let digits = rest.unicodeScalars.filter { ("0"..."9").contains($0) }.count
            if digits > 0, letters <= 30 { return .counter }
        }
        if label.hasPrefix("hôm nay"), label.contains("tháng"), label.contains("năm"), length <= 40
        {
            return .counter
        }
        return nil
    }

    // MARK: - Lists

    private static let linkHeadings = [
        "tin liên quan", "tin bài liên quan", "bài viết liên quan", "các tin liên quan",
        "bài liên quan", "tin cùng chuyên mục", "cùng chuyên mục", "các tin cùng chuyên mục",
        "các tin khác", "tin khác", "bài khác", "các bài khác", "các bài viết khác",
        "các tin đã đưa", "tin đã đưa", "tin mới hơn", "tin cũ hơn", "tin mới nhất", "tin mới",
        "tin đọc nhiều", "đọc nhiều nhất", "xem nhiều nhất", "tin xem nhiều", "tin nổi bật",
        "xem thêm", "đọc thêm", "chia sẻ", "in bài", "gửi email", "gửi bài viết", "bản in",
        "lên đầu trang", "về đầu trang", "trở về", "quay lại", "trang chủ", "từ khóa", "từ khoá",
        "tags", "liên kết website", "liên kết web", "thư viện ảnh", "video clip", "tin ảnh",
        "đánh giá bài viết", "chuyên mục",
    ]

    private static let commentHeadings = [
        "bình luận", "ý kiến bạn đọc", "gửi bình luận", "viết bình luận", "ý kiến của bạn",
        "gửi ý kiến", "ý kiến", "các bình luận", "bình luận của bạn",
    ]

    private static let counters = [
        "lượt truy cập", "tổng lượt truy cập", "số lượt truy cập", "lượt xem", "lượt đọc",
        "đang truy cập", "đang online", "đang trực tuyến", "trực tuyến", "truy cập hôm nay",
        "hôm nay", "hôm qua", "tuần này", "tháng này", "tổng truy cập", "tổng số lượt",
        "thống kê truy cập", "số người online", "khách online",
    ]
}
