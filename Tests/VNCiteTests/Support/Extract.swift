@testable import VNCite

/// The keys of every citation found in one sentence, in text order.
func keys(_ sentence: String, date: CalendarDate? = nil) -> [String] {
    Extractor().extract(Article(source: "test", text: sentence, date: date)).citations.map(\.key)
}

/// Every citation found in one sentence.
func citations(_ sentence: String, date: CalendarDate? = nil) -> [Citation] {
    Extractor().extract(Article(source: "test", text: sentence, date: date)).citations
}
