@testable import VNCite

/// The keys of every citation found in one sentence, in text order.
func keys(_ sentence: String, date: CalendarDate? = nil) -> [String] {
    Extractor().extract(Article(source: "test", text: sentence, date: date)).citations.map(\.key)
}

/// Every citation found in one sentence.
func citations(_ sentence: String, date: CalendarDate? = nil) -> [Citation] {
    Extractor().extract(Article(source: "test", text: sentence, date: date)).citations
}

/// The meeting the extractor reads in an article's text (with its date, when it has one).
func meeting(_ text: String, date: CalendarDate? = nil) -> Meeting? {
    Extractor().extract(Article(source: "a.txt", text: text, date: date)).meeting
}
