/// What class and id names say about an element: boilerplate, article body, logo.
///
/// `class="box-tin-lien-quan"` and `id="main-menu"` are boilerplate; `class="news-detail"`,
/// `id="noidung"` and `itemprop="articleBody"` mark the article; `class="logo"` is the site name.
enum HTMLClassNames {
    /// The words of a class/id string: "box-tin_lien quan" → ["box", "tin", "lien", "quan"].
    static func tokens(_ classAndID: String) -> [Substring] {
        classAndID.split { !$0.isLetter && !$0.isNumber }
    }

    /// Whether the names mark boilerplate.
    static func isBoilerplate(_ classAndID: String) -> Bool {
        let tokens = tokens(classAndID)
        guard !tokens.isEmpty else { return false }
        if tokens.contains(where: { boilerplateTokens.contains(String($0)) }) { return true }
        let joined = tokens.joined()
        return boilerplateParts.contains { joined.contains($0) }
    }

    /// Whether the names mark an article container.
    static func isContent(_ classAndID: String) -> Bool {
        let joined = tokens(classAndID).joined()
        return contentParts.contains { joined.contains($0) }
    }

    /// Whether the names mark a site logo or brand (an `<h1>` that is not the article title).
    static func isLogo(_ classAndID: String) -> Bool {
        tokens(classAndID).contains { ["logo", "brand", "sitename", "site"].contains(String($0)) }
    }

    /// Whether the names mark a date or time line ("post-date", "ngaydang", "time").
    static func isDate(_ classAndID: String) -> Bool {
        let joined = tokens(classAndID).joined()
        return ["date", "time", "ngay", "publish", "posted", "pubdate"].contains {
            joined.contains($0)
        }
    }

    // MARK: - Word lists

    private static let boilerplateTokens: Set<String> = [
        "nav", "share", "sharing", "social", "socials", "related", "relate", "ads", "ad", "tags",
        "tag", "keywords", "keyword", "pagination", "paging", "pager", "popup", "modal", "cookie",
        "login", "search", "toolbar", "tools", "tool", "rating", "vote", "poll", "weather",
        "hotline", "copyright", "counter", "visitor", "visitors", "statistic", "statistics",
        "mostview", "mostviewed", "docnhieu", "xemnhieu", "tinmoi", "tinnoibat", "latest", "fb",
        "facebook", "zalo", "twitter", "like", "bookmark", "subscribe", "newsletter", "logo",
        "slider", "marquee", "ticker", "widget", "widgets", "aside", "sitemap", "weblink",
        "lienket", "print", "email", "rss", "category", "cate",
    ]

    private static let boilerplateParts = [
        "menu", "navbar", "navigation", "breadcrumb", "lienquan", "tinkhac", "cungchuyenmuc",
        "othernews", "relatednews", "newsrelated", "relatedpost", "binhluan", "comment",
        "luottruycap", "thongke", "socialshare", "sharebox", "sharebutton", "addthis", "sidebar",
        "footer", "quangcao", "advert", "banner",
    ]

    private static let contentParts = [
        "content", "detail", "article", "newsbody", "entry", "post", "noidung", "chitiet",
        "story", "mainbody", "fck", "bodytext", "singlenews", "baiviet",
    ]
}
