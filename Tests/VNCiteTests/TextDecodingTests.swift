import Foundation
import Testing

@testable import VNCite

/// Real sentences of the kind vncite reads; the legacy fixtures are made by encoding them with
/// the published tables and must decode back to exactly these strings.
private let sentences = [
    "Thực hiện Nghị quyết số 05-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số",
    "Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo "
        + "tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    "Quán triệt Nghị quyết Trung ương 4 (khóa XII) về tăng cường xây dựng, chỉnh đốn Đảng; "
        + "ngăn chặn, đẩy lùi sự suy thoái về tư tưởng chính trị, đạo đức, lối sống",
    "Nghị định 15/2020/NĐ-CP quy định xử phạt vi phạm hành chính trong lĩnh vực bưu chính, "
        + "viễn thông, tần số vô tuyến điện, công nghệ thông tin và giao dịch điện tử",
    "Uỷ ban nhân dân tỉnh ban hành Kế hoạch số 139/KH-UBND ngày 10/12/2019 triển khai Quyết "
        + "định của Thủ tướng Chính phủ; ưu tiên những việc cấp bách, được nhân dân đồng tình",
]

private let paragraph = sentences.joined(separator: ".\n") + "."

/// Windows-1252/Latin-1 bytes of a string made of characters below U+0100: how the mojibake
/// examples of the reference are spelt.
private func latin1(_ text: String) -> [UInt8] {
    text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
}

/// Shows bytes as Windows-1252 would: the mojibake a user sees when a legacy file was opened
/// as Western text and saved as UTF-8.
private func asWindows1252(_ bytes: [UInt8]) -> String {
    String(
        String.UnicodeScalarView(
            bytes.compactMap { Unicode.Scalar(CodePages.windows1252[Int($0)]) }))
}

/// The problem TextDecoding reports for some bytes, or nil when they decode.
private func problem(_ bytes: [UInt8], declared: TextEncoding? = nil) -> String? {
    do {
        _ = try TextDecoding.decode(bytes, declared: declared)
        return nil
    } catch {
        return error.problem
    }
}

// MARK: - Unicode input

@Suite struct TextDecodingTests {
    @Test func plainUTF8() throws {
        let result = try TextDecoding.decode(Array(paragraph.utf8))
        #expect(result.text == paragraph)
        #expect(result.encoding == .utf8)
    }

    @Test func utf8ByteOrderMarkIsDropped() throws {
        let result = try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array(sentences[1].utf8))
        #expect(result.text == sentences[1])
        #expect(result.text.unicodeScalars.first != "\u{FEFF}")
        #expect(result.encoding == .utf8)
    }

    @Test(arguments: [TextEncoding.utf16le, .utf16be])
    func utf16WithByteOrderMark(encoding: TextEncoding) throws {
        let big = encoding == .utf16be
        let bom: [UInt8] = big ? [0xFE, 0xFF] : [0xFF, 0xFE]
        let bytes = bom + UTF16Bytes.encode(paragraph, bigEndian: big)
        let result = try TextDecoding.decode(bytes)
        #expect(result.text == paragraph)
        #expect(result.encoding == encoding)
    }

    @Test(arguments: [TextEncoding.utf16le, .utf16be])
    func utf16WithoutByteOrderMark(encoding: TextEncoding) throws {
        let bytes = UTF16Bytes.encode(paragraph, bigEndian: encoding == .utf16be)
        let result = try TextDecoding.decode(bytes)
        #expect(result.text == paragraph)
        #expect(result.encoding == encoding)
    }

    @Test func utf16WithUnpairedSurrogateIsRejected() {
        let bytes: [UInt8] = [0xFF, 0xFE, 0x4E, 0x00, 0x00, 0xD8, 0x41, 0x00]
        #expect(
            problem(bytes)
                == "not valid UTF-16LE (first bad byte at offset 4)")
    }

    @Test func nfdComesOutNFC() throws {
        let nfd =
            "Nghi\u{0323} quye\u{0302}\u{0301}t Trung u\u{031B}o\u{031B}ng 4 (kho\u{0301}a XII)"
        let result = try TextDecoding.decode(Array(nfd.utf8))
        #expect(
            result.text.unicodeScalars.elementsEqual(
                "Nghị quyết Trung ương 4 (khóa XII)".unicodeScalars))
        #expect(result.encoding == .utf8)
    }

    /// Pitfall 30: nothing is folded while decoding; the cleaner does that later.
    @Test func lookAlikesAndSoftHyphensSurvive() throws {
        let text = "Ðại hội Ðảng bộ tỉnh lần thứ XVI; Nghị\u{00AD}quyết\u{00A0}số 05"
        let result = try TextDecoding.decode(Array(text.utf8))
        #expect(result.text.unicodeScalars.elementsEqual(text.unicodeScalars))
        #expect(result.encoding == .utf8)
    }

    @Test func windowsLineEndsAreKept() throws {
        let text = "Chỉ thị số 05-CT/TW\r\ncủa Bộ Chính trị\r\n"
        #expect(
            try TextDecoding.decode(Array(text.utf8)).text.unicodeScalars.count
                == text.unicodeScalars.count)
    }

    // MARK: - Windows-1258

    @Test func windows1258BytesOfTheCodePage() throws {
        // "Nghị quyết Đảng": i + combining dot below, ê + combining acute, Đ, a + hook.
        let bytes: [UInt8] = [
            0x4E, 0x67, 0x68, 0x69, 0xF2, 0x20, 0x71, 0x75, 0x79, 0xEA, 0xEC, 0x74, 0x20,
            0xD0, 0x61, 0xD2, 0x6E, 0x67,
        ]
        #expect(LegacyVietnamese.encode("Nghị quyết Đảng", as: .windows1258) == bytes)
        let result = try TextDecoding.decode(bytes)
        #expect(result.text.unicodeScalars.elementsEqual("Nghị quyết Đảng".unicodeScalars))
        #expect(result.encoding == .windows1258)
    }

    @Test(arguments: sentences)
    func windows1258Sentences(sentence: String) throws {
        let bytes = try #require(LegacyVietnamese.encode(sentence, as: .windows1258))
        let result = try TextDecoding.decode(bytes)
        #expect(result.text == sentence)
        #expect(result.text.unicodeScalars.elementsEqual(sentence.unicodeScalars))
        #expect(result.encoding == .windows1258)
    }

    // MARK: - TCVN3

    @Test func tcvn3SignaturesOfTheReference() {
        let pairs = [
            ("Đảng", "§¶ng"), ("Nghị quyết", "NghÞ quyÕt"), ("Chỉ thị", "ChØ thÞ"),
            ("Kết luận", "KÕt luËn"), ("Quyết định", "QuyÕt ®Þnh"),
            ("Bộ Chính trị", "Bé ChÝnh trÞ"),
            ("Trung ương", "Trung \u{00AD}¬ng"), ("Tỉnh ủy", "TØnh ñy"),
            ("Uỷ ban nhân dân", "Uû ban nh©n d©n"),
            ("Mường Khương", "M\u{00AD}êng Kh\u{00AD}¬ng"),
        ]
        for (unicode, mojibake) in pairs {
            #expect(LegacyVietnamese.encode(unicode, as: .tcvn3) == latin1(mojibake), "\(unicode)")
            #expect(LegacyVietnamese.decode(latin1(mojibake), from: .tcvn3) == unicode)
        }
    }

    @Test func tcvn3UpperCaseRow() {
        #expect(
            LegacyVietnamese.encode("ĂÂĐÊÔƠƯ", as: .tcvn3) == [
                0xA1, 0xA2, 0xA7, 0xA3, 0xA4, 0xA5, 0xA6,
            ])
        #expect(LegacyVietnamese.encode("Ấ", as: .tcvn3) == nil)
    }

    @Test(arguments: sentences)
    func tcvn3Sentences(sentence: String) throws {
        let bytes = try #require(LegacyVietnamese.encode(sentence, as: .tcvn3))
        #expect(bytes.contains(0xAD) == sentence.contains("ư"))
        let result = try TextDecoding.decode(bytes)
        #expect(result.text == sentence)
        #expect(result.encoding == .tcvn3)
    }

    @Test func tcvn3Paragraph() throws {
        let bytes = try #require(LegacyVietnamese.encode(paragraph, as: .tcvn3))
        let result = try TextDecoding.decode(bytes)
        #expect(result.text == paragraph)
        #expect(result.encoding == .tcvn3)
    }

    /// ".VnTimeH" headings: capitals typed with lower-case codes.
    @Test func tcvn3HeadingLinesComeOutInCapitals() throws {
        let heading = latin1("NGHÞ QUYÕT Sè 05-NQ/TU\nvÒ chuyÓn ®æi sè\nSè: 05-NQ/TU\n§¶NG Bé")
        #expect(
            LegacyVietnamese.decode(heading, from: .tcvn3)
                == "NGHỊ QUYẾT SỐ 05-NQ/TU\nvề chuyển đổi số\nSố: 05-NQ/TU\nĐẢNG BỘ")
    }

    @Test func tcvn3WithWordQuotes() throws {
        // Word wrote “ ” (0x93 0x94) and … (0x85) around TCVN3 letters.
        let bytes = [0x93] + latin1("Häc tËp vµ lµm theo") + [0x94, 0x85]
        let result = try TextDecoding.decode(bytes)
        #expect(result.text == "“Học tập và làm theo”…")
        #expect(result.encoding == .tcvn3)
    }

    // MARK: - VNI

    @Test func vniExampleOfTheReference() throws {
        let unicode =
            "Đảng cộng sản Việt Nam quang vinh muôn năm, Mừng đảng, Mừng Xuân, "
            + "Mừng đất nước đổi mới."
        let vni =
            "Ñaûng coäng saûn Vieät Nam quang vinh muoân naêm, Möøng ñaûng, Möøng Xuaân, "
            + "Möøng ñaát nöôùc ñoåi môùi."
        #expect(LegacyVietnamese.encode(unicode, as: .vni) == latin1(vni))
        let result = try TextDecoding.decode(latin1(vni))
        #expect(result.text == unicode)
        #expect(result.encoding == .vni)
    }

    @Test func vniSingleByteLettersAndCapitals() {
        #expect(LegacyVietnamese.encode("Chính trị", as: .vni) == latin1("Chính trò"))
        #expect(LegacyVietnamese.encode("Chỉ thị", as: .vni) == latin1("Chæ thò"))
        #expect(LegacyVietnamese.encode("ĐẢNG ỦY", as: .vni) == latin1("ÑAÛNG UÛY"))
        #expect(
            LegacyVietnamese.decode(latin1("ÑAÛNG UÛY VAØ NHAÂN DAÂN"), from: .vni)
                == "ĐẢNG ỦY VÀ NHÂN DÂN")
    }

    @Test(arguments: sentences)
    func vniSentences(sentence: String) throws {
        let bytes = try #require(LegacyVietnamese.encode(sentence, as: .vni))
        let result = try TextDecoding.decode(bytes)
        #expect(result.text == sentence)
        #expect(result.encoding == .vni)
    }

    @Test func vniUpperCaseSentence() throws {
        let sentence =
            "CHỈ THỊ SỐ 05-CT/TW CỦA BỘ CHÍNH TRỊ VỀ ĐẨY MẠNH HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG"
        let bytes = try #require(LegacyVietnamese.encode(sentence, as: .vni))
        #expect(LegacyVietnamese.decode(bytes, from: .vni) == sentence)
        #expect(try TextDecoding.decode(bytes).text == sentence)
    }

    // MARK: - VIQR

    @Test func viqrExampleOfTheReference() throws {
        let viqr = "Vie^.t Nam dda^'t nu*o*'c me^'n ye^u"
        #expect(
            LegacyVietnamese.decode(Array(viqr.utf8), from: .viqr) == "Việt Nam đất nước mến yêu")
    }

    @Test func viqrIsDetectedWhenUnambiguous() throws {
        let viqr =
            "Chi? thi. so^' 05-CT/TW nga`y 15/5/2016 cu?a Bo^. Chi'nh tri. ve^` dda^?y ma.nh "
            + "ho.c ta^.p va` la`m theo tu* tu*o*?ng, dda.o ddu*'c, phong ca'ch Ho^` Chi' Minh."
        let result = try TextDecoding.decode(Array(viqr.utf8))
        #expect(result.text == sentences[1] + ".")
        #expect(result.encoding == .viqr)
    }

    @Test(arguments: sentences)
    func viqrSentences(sentence: String) throws {
        let bytes = try #require(LegacyVietnamese.encode(sentence, as: .viqr))
        #expect(bytes.allSatisfy { $0 < 0x80 })
        #expect(LegacyVietnamese.decode(bytes, from: .viqr) == sentence)
        #expect(try TextDecoding.decode(bytes, declared: .viqr).text == sentence)
    }

    /// RFC 1456: a mark after a vowel is a tone unless escaped; a "." ending the line is not.
    @Test func viqrSentenceEnds() {
        let viqr = "Ho. ddi\\. Ho^m nay tro*`i dde.p, ba.n a`?\nCa'c anh chi. ddi.\n"
        #expect(
            LegacyVietnamese.decode(Array(viqr.utf8), from: .viqr)
                == "Họ đi. Hôm nay trời đẹp, bạn à?\nCác anh chị đi.\n")
        #expect(
            LegacyVietnamese.encode("Họ đi. Hôm nay", as: .viqr)
                == Array("Ho. ddi\\. Ho^m nay".utf8))
        #expect(
            LegacyVietnamese.encode("Nghị định 15/2020/NĐ-CP", as: .viqr)
                == Array("Nghi. ddi.nh 15/2020/NDD-CP".utf8))
    }

    @Test func asciiEnglishIsNotVIQR() throws {
        let english =
            "It's the committee's decision, isn't it? He said: 'no.' We'll see. "
            + "Resolution No. 57-NQ/TW of the Politburo."
        let result = try TextDecoding.decode(Array(english.utf8))
        #expect(result.text == english)
        #expect(result.encoding == .utf8)
    }

    // MARK: - Mojibake in UTF-8

    @Test(arguments: sentences)
    func tcvn3MojibakeIsRepaired(sentence: String) throws {
        let mojibake = asWindows1252(try #require(LegacyVietnamese.encode(sentence, as: .tcvn3)))
        #expect(mojibake != sentence)
        let result = try TextDecoding.decode(Array(mojibake.utf8))
        #expect(result.text == sentence)
        #expect(result.encoding == .tcvn3)
    }

    @Test(arguments: sentences)
    func vniMojibakeIsRepaired(sentence: String) throws {
        let mojibake = asWindows1252(try #require(LegacyVietnamese.encode(sentence, as: .vni)))
        let result = try TextDecoding.decode(Array(mojibake.utf8))
        #expect(result.text == sentence)
        #expect(result.encoding == .vni)
    }

    @Test func mojibakeExamplesOfTheReference() throws {
        let tcvn3 = "qu¸n triÖt c¸c nghÞ quyÕt cña ®¶ng"
        #expect(
            try TextDecoding.decode(Array(tcvn3.utf8)).text == "quán triệt các nghị quyết của đảng")
        let vni = "Ñaûng coäng saûn Vieät Nam quang vinh muoân naêm"
        #expect(
            try TextDecoding.decode(Array(vni.utf8)).text
                == "Đảng cộng sản Việt Nam quang vinh muôn năm")
    }

    @Test func doublyEncodedUTF8IsRepaired() throws {
        let damaged = asWindows1252(Array(sentences[0].utf8))
        let result = try TextDecoding.decode(Array(damaged.utf8))
        #expect(result.text == sentences[0])
    }

    @Test(arguments: [
        "Nghị quyết số 05-NQ/TU của Ban Chấp hành Đảng bộ tỉnh",
        "Müller über Köln, café crème, São Paulo, Ærø, Łódź",
        "Giá 25°C · © 2023 Báo Nhân Dân — “Tin tức” « trích »",
        "Ðại hội Ðảng bộ tỉnh lần thứ XVI",
    ])
    func cleanTextIsNotRepaired(text: String) throws {
        let result = try TextDecoding.decode(Array(text.utf8))
        #expect(result.text.unicodeScalars.elementsEqual(text.unicodeScalars))
        #expect(result.encoding == .utf8)
    }

    // MARK: - Declared encodings

    @Test func declaredEncodingOverridesDetection() throws {
        let bytes = try #require(LegacyVietnamese.encode(sentences[0], as: .vni))
        #expect(try TextDecoding.decode(bytes, declared: .vni).text == sentences[0])
        #expect(try TextDecoding.decode(bytes, declared: .tcvn3).encoding == .tcvn3)
        // Declared UTF-8 keeps mojibake as it is.
        let mojibake = asWindows1252(
            try #require(LegacyVietnamese.encode(sentences[0], as: .tcvn3)))
        #expect(try TextDecoding.decode(Array(mojibake.utf8), declared: .utf8).text == mojibake)
    }

    @Test func declaredUTF8MustBeValid() {
        let bytes = Array("Nghị quyết ".utf8) + [0xC3, 0x28]
        #expect(
            problem(bytes, declared: .utf8)
                == "not valid UTF-8 (first bad byte at offset 15)")
    }

    @Test func labels() {
        #expect(TextEncoding(label: "windows-1258") == .windows1258)
        #expect(TextEncoding(label: "CP1258") == .windows1258)
        #expect(TextEncoding(label: "UTF-8") == .utf8)
        #expect(TextEncoding(label: "utf-16le") == .utf16le)
        #expect(TextEncoding(label: "TCVN3") == .tcvn3)
        #expect(TextEncoding(label: "iso-8859-1") == nil)
    }

    // MARK: - Errors

    @Test func emptyFile() {
        #expect(problem([]) == "empty file")
        #expect(problem([0xEF, 0xBB, 0xBF]) == "empty file")
    }

    @Test func binaryWithNulBytes() {
        var bytes = Array("PK\u{03}\u{04}".utf8) + Array(repeating: 0x41, count: 1230)
        bytes += [0x00, 0x00, 0x7F, 0x45, 0x4C, 0x46, 0x00]
        #expect(problem(bytes) == "binary file (NUL bytes at offset 1234)")
    }

    @Test func binaryWithControlBytes() {
        let bytes = (0..<400).map { UInt8($0 % 32 == 0 ? 0x41 : $0 % 32) }
        let message = problem(bytes)
        #expect(message?.hasPrefix("binary file (") == true)
        #expect(message?.hasSuffix("% control bytes)") == true)
    }

    @Test func invalidUTF8ThatIsNoLegacyEncoding() {
        var bytes = Array(repeating: UInt8(ascii: "x"), count: 57)
        bytes += [0xFF, 0xFE, 0xC0, 0x80, 0x41]
        #expect(
            problem(bytes)
                == "not valid UTF-8 and not a known Vietnamese legacy encoding "
                + "(first bad byte at offset 57)"
        )
    }

    @Test func errorNamesItsFile() {
        let error = InputError(path: "bai-viet.txt", problem: "empty file")
        #expect(error.description == "bai-viet.txt: empty file")
        #expect(
            InputError(problem: "empty file").at(path: "a.html").description == "a.html: empty file"
        )
    }

    // MARK: - Every letter

    /// Random text over every vowel letter and tone: encoding and decoding give it back, in all
    /// four legacy encodings (TCVN3 only in lower case, which is all it has).
    @Test(arguments: LegacyVietnamese.encodings)
    func everyLetterRoundTrips(encoding: TextEncoding) throws {
        var random = SystemRandomNumberGenerator()
        let initials = ["", "b", "ch", "đ", "gh", "kh", "ngh", "qu", "th", "tr", "x", "Đ", "N", "T"]
        let finals = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"]
        let rows = VietnameseLetters.lowerRows + VietnameseLetters.upperRows
        for _ in 0..<50 {
            var words: [String] = []
            for _ in 0..<20 {
                let upper = encoding != .tcvn3 && Bool.random(using: &random)
                let row = (upper ? rows : VietnameseLetters.lowerRows).randomElement(using: &random)
                let vowel = try #require(row?.randomElement(using: &random))
                let letter = String(Character(try #require(Unicode.Scalar(vowel))))
                words.append(
                    (initials.randomElement(using: &random) ?? "") + letter
                        + (finals.randomElement(using: &random) ?? ""))
            }
            let text = words.joined(separator: " ") + ", 05-NQ/TU."
            let bytes = try #require(LegacyVietnamese.encode(text, as: encoding), "\(text)")
            #expect(LegacyVietnamese.decode(bytes, from: encoding) == text)
        }
    }

    // MARK: - Size

    @Test func largeLegacyInputDecodesQuickly() throws {
        let sentence = try #require(LegacyVietnamese.encode(paragraph + "\n", as: .tcvn3))
        var bytes: [UInt8] = []
        bytes.reserveCapacity(sentence.count * 8_000)
        for _ in 0..<8_000 { bytes += sentence }
        let start = Date()
        let result = try TextDecoding.decode(bytes)
        let elapsed = Date().timeIntervalSince(start)
        #expect(result.encoding == .tcvn3)
        #expect(result.text.hasPrefix(sentences[0]))
        #expect(elapsed < 20, "decoding \(bytes.count) bytes took \(elapsed) s")
    }
}
