/// A founding congress's body: the one it founds.
extension HostReader {
    /// The word after "thành lập" right after a congress's noun, where the body it founds is named
    /// ("Đại hội ⟨thành lập⟩ Hiệp hội Du lịch tỉnh Hà Giang", "Đại hội thành lập Hội Doanh nhân trẻ
    /// huyện"); `k` itself otherwise.
    static func pastFounding(_ lead: LeadWords, _ k: Int, noun end: Int) -> Int {
        guard end >= 2, lead.matches(["dai", "hoi"], at: end - 2), lead.matchesWritten(["thành", "lập"], at: k) else { return k }
        return k + 2
    }
}
