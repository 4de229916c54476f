import Testing
@testable import VNCiteReport

/// Page names are safe file names, stable from run to run, and distinct for distinct keys.
@Suite struct PageNameTests {
    @Test func keysWithSlashesAndVietnameseLettersMakeSafeNames() {
        #expect(PageName.slug("05-CT/TW") == "05-ct-tw")
        #expect(PageName.slug("12-NQ/TU@Thừa Thiên Huế") == "12-nq-tu-thua-thien-hue")
        #expect(PageName.slug("Ban Chấp hành Trung ương Đảng") == "ban-chap-hanh-trung-uong-dang")
        #expect(PageName.slug("../../etc/passwd") == "etc-passwd")
        let name = PageName.file(named: "05-CT/TW", id: "document:05-CT/TW")
        #expect(name.range(of: #"^[a-z0-9-]+\.html$"#, options: .regularExpression) != nil)
    }

    @Test func theHashIsFixedNotSeededPerRun() {
        // FNV-1a of the id: the same on every run and machine (Swift's Hasher is not).
        #expect(PageName.hash("document:05-CT/TW") == PageName.hash("document:05-CT/TW"))
        #expect(PageName.hash("") == "".hexFold)
        #expect(PageName.file(named: "05-CT/TW", id: "document:05-CT/TW") == "05-ct-tw-832285e0.html")
    }

    @Test func keysThatFoldAlikeGetTwoNames() {
        let a = PageName.file(named: "Luật Đất đai", id: "document:Luật Đất đai")
        let b = PageName.file(named: "Luat Dat dai", id: "document:Luat Dat dai")
        #expect(a != b)
        #expect(a.hasPrefix("luat-dat-dai-") && b.hasPrefix("luat-dat-dai-"))
    }

    @Test func searchFoldingDropsDiacriticsAndFoldsD() {
        #expect(SearchFold.fold("Chỉ thị 05-CT/TW") == "chi thi 05-ct/tw")
        #expect(SearchFold.fold("Đảng  ủy\tÐ") == "dang uy d")
    }
}

private extension String {
    /// The FNV-1a offset basis folded to 32 bits, for the empty string.
    var hexFold: String {
        let h: UInt64 = 0xcbf2_9ce4_8422_2325
        return String(UInt32(truncatingIfNeeded: h ^ (h >> 32)), radix: 16)
    }
}
