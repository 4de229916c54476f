/// A review or a ceremony that a body was told to hold, no report that it was held: "UBND thành phố
/// giao các sở, ban, ngành, UBND các quận, huyện theo chức năng, nhiệm vụ tổ chức tổng kết, đánh giá
/// …" (a directive's task), "UBND tỉnh yêu cầu Sở Y tế tổ chức sơ kết …".
extension MeetingReader {
    /// Whether an order to a body stands before the "tổ chức" at `verb` in its sentence: "giao",
    /// "yêu cầu", "đề nghị", "chỉ đạo", "phân công" written small, the bodies after it ("các …",
    /// "cho …", a capital), and no "đã", "vừa" or "đang" between that would make the holding done.
    /// (Not the noun: "Thực hiện chỉ đạo của UBND tỉnh, Sở … tổ chức sơ kết"; nor "bàn giao"; nor a name's word,
    /// "Ban chỉ đạo Tổng điều tra kinh tế (TĐTKT) tổ chức tổng kết".)
    static func assignedAsTask(_ lead: LeadWords, before verb: Int) -> Bool {
        let w = lead.words
        var k = verb - 1
        while k >= 0 {
            if ["đã", "vừa", "đang"].contains(w[k].lower) { return false }
            if let length = ordered(lead, at: k, among: assigning), k + length < verb, !(k > 0 && ["bàn", "chuyển"].contains(w[k - 1].lower)) {
                let next = w[k + length]
                return ["các", "cho"].contains(next.lower) || next.isCapitalised
            }
            k -= 1
        }
        return false
    }

    /// The verbs of an order to a body: `orders`, with "giao" alone ("giao các sở", "giao Sở Y tế").
    static let assigning: [[Substring]] = ["giao", "yêu cầu", "đề nghị", "chỉ đạo", "phân công"].map { $0.split(separator: " ") }
}
