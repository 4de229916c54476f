/// The games that sports news calls "Đại hội": "Ban tổ chức SEA Games 22 cho biết, trong số 5
/// VĐV thi đấu tại Đại hội …", "chiếc HC vàng đầu tiên của Đại hội đã thuộc về Singapore". A
/// congress the lead names no body of, in a lead of medals, athletes and games, is the games.
extension MeetingReader {
    static func namesGames(_ text: CleanText, lead: MeetingLead.Lead, title: CleanText?) -> Bool {
        lead.body.contains { gameWords.found(in: text.fold, $0) } || title.map { gameWords.found(in: $0.fold, 0..<$0.count) } == true
    }

    /// Medals, athletes, records and the games by name, folded.
    static let gameWords = ByteNeedles([
        "sea games", "olympic", "asiad", "the van hoi", "huy chuong", "hcv", "hc vang", "hcb", "hcd", "vdv",
        "van dong vien", "ky luc", "grand prix",
    ])
}
