/// The meeting an article reports. (Filled in by the meetings work; nil until then.)
enum MeetingReader {
    static func read(_ text: String, articleDate: CalendarDate?) -> Meeting? { nil }
}
