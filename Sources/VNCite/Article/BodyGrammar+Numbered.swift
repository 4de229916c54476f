/// The nouns of names that a number finishes.
extension BodyGrammar {
    /// A noun that a number names, at `k`: a city's district or ward ("quận 9", "phường 11"), a
    /// military region ("Quân khu 3"), an army corps, division, brigade or regiment ("Quân đoàn 4",
    /// "Sư đoàn 312", "Lữ đoàn 139", "Trung đoàn 9"), a naval region ("Vùng 2 Hải quân").
    static func numbered(_ lead: LeadWords, _ k: Int) -> Bool {
        let w = lead.words
        switch w[k].lower {
        case "quận", "phường", "vùng": return true
        case "khu": return k > 0 && w[k - 1].lower == "quân"
        case "đoàn": return k > 0 && ["quân", "sư", "lữ", "trung", "binh", "hải"].contains(w[k - 1].lower)
        default: return false
        }
    }
}
