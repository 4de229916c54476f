/// The legacy Vietnamese encodings: conversion both ways, detection, and mojibake repair.
///
/// `LegacyVietnamese.decode([0x4E, 0x67, 0x68, 0xDE], from: .tcvn3)` is "Nghị";
/// `LegacyVietnamese.encode("Chỉ thị số 05-CT/TW", as: .vni)` gives the bytes a VNI file would
/// hold ("Chæ thò soá 05-CT/TW" in Windows-1252), which is how the test fixtures are made.
public enum LegacyVietnamese {
    /// The encodings this type converts: TCVN3 ("§¶ng"), VNI ("Ñaûng"), VIQR ("DDa?ng") and
    /// Windows-1258 ("Ða\u{0309}ng" before composition), all for "Đảng".
    public static let encodings: [TextEncoding] = [.tcvn3, .vni, .viqr, .windows1258]

    /// Decodes bytes in a legacy encoding to NFC text. UTF-8 and UTF-16 are decoded leniently
    /// (bad bytes become U+FFFD); use `TextDecoding` for checked decoding.
    ///
    /// `decode([0x4E, 0x67, 0x68, 0xDE], from: .tcvn3)` is "Nghị".
    public static func decode(_ bytes: [UInt8], from encoding: TextEncoding) -> String {
        switch encoding {
        case .tcvn3: TCVN3.decode(bytes)
        case .vni: VNI.decode(bytes)
        case .viqr: VIQR.decode(bytes)
        case .windows1258: Windows1258.decode(bytes)
        case .utf8: NormalForm.nfc(String(decoding: bytes, as: UTF8.self))
        case .utf16le, .utf16be:
            NormalForm.nfc(UTF16Bytes.decode(bytes, bigEndian: encoding == .utf16be).text)
        }
    }

    /// Encodes NFC text in a legacy encoding, or nil when the encoding cannot write one of its
    /// characters (TCVN3 has no capital toned letters such as "Ấ"; VIQR writes only ASCII and
    /// Vietnamese letters).
    ///
    /// `encode("Đảng", as: .tcvn3)` is `[0xA7, 0xB6, 0x6E, 0x67]` ("§¶ng").
    public static func encode(_ text: String, as encoding: TextEncoding) -> [UInt8]? {
        switch encoding {
        case .tcvn3: TCVN3.encode(text)
        case .vni: VNI.encode(text)
        case .viqr: VIQR.encode(text)
        case .windows1258: Windows1258.encode(text)
        case .utf8: Array(text.utf8)
        case .utf16le, .utf16be: UTF16Bytes.encode(text, bigEndian: encoding == .utf16be)
        }
    }

    /// The legacy encoding raw bytes most plausibly are, judged by how many words come out as
    /// well-formed Vietnamese syllables; nil when none reads as Vietnamese.
    ///
    /// The bytes of "Nghị quyết của Đảng" in TCVN3 give `.tcvn3`; in VNI, `.vni`.
    public static func detect(_ bytes: [UInt8]) -> TextEncoding? {
        let sample = Array(bytes.prefix(262_144))
        var best: (encoding: TextEncoding, measure: Plausibility)?
        for encoding in [TextEncoding.tcvn3, .vni, .windows1258] {
            let text = decode(sample, from: encoding)
            let measure = Plausibility(text.unicodeScalars.lazy.map(\.value))
            if best.map({ measure.score > $0.measure.score }) ?? true {
                best = (encoding, measure)
            }
        }
        guard let best, best.measure.good > 0, best.measure.bad * 3 <= best.measure.good else {
            return nil
        }
        return best.encoding
    }

    /// Repairs legacy text that was converted to Unicode as if it were Windows-1252 or Latin-1:
    /// "NghÞ quyÕt" (TCVN3) and "Ñaûng" (VNI) become "Nghị quyết" and "Đảng"; "Nghá»‹"
    /// (UTF-8 read as Windows-1252) becomes "Nghị". Nil when the text does not look damaged.
    public static func repairMojibake(_ text: String) -> (text: String, encoding: TextEncoding)? {
        // Decide on a sample; convert the whole text only when it is damaged.
        let sample = units(text.unicodeScalars.prefix(sampleLength))
        guard sample.representable >= 2 else { return nil }
        let original = Plausibility(
            sample.units.lazy.map {
                $0 < 0x100 ? CodePages.windows1252[Int($0)] : $0
            })
        var best: (encoding: TextEncoding, measure: Plausibility)?
        for encoding in [TextEncoding.tcvn3, .vni, .utf8] {
            guard let candidate = repaired(sample.units, as: encoding) else { continue }
            let measure = Plausibility(candidate.unicodeScalars.lazy.map(\.value))
            if best.map({ measure.score > $0.measure.score }) ?? true {
                best = (encoding, measure)
            }
        }
        guard let best, best.measure.good >= 2, best.measure.bad < original.bad,
            best.measure.score >= original.score + 3, sample.native * 10 <= best.measure.good,
            let whole = repaired(units(text.unicodeScalars).units, as: best.encoding)
        else { return nil }
        return (NormalForm.nfc(whole), best.encoding)
    }

    // MARK: - Helpers

    private static let windows1252Bytes: [UInt32: UInt8] = CodePages.reverse(CodePages.windows1252)

    private static let sampleLength = 262_144

    /// The scalars of a text as the bytes they were before a Windows-1252 reading, scalars that
    /// no byte gives staying as they are; with how many were bytes and how many were letters
    /// only Unicode has ("ệ", "ư": a sign the text was never legacy).
    private static func units(
        _ scalars: some Sequence<Unicode.Scalar>
    ) -> (units: [UInt32], representable: Int, native: Int) {
        var units: [UInt32] = []
        units.reserveCapacity(scalars.underestimatedCount)
        var representable = 0
        var native = 0
        for scalar in scalars {
            let value = scalar.value
            if (0x80...0xFF).contains(value) {
                representable += 1
                units.append(value)
            } else if value > 0xFF, let byte = windows1252Bytes[value] {
                representable += 1
                units.append(UInt32(byte))
            } else {
                if VietnameseLetters.isVietnameseOnly(value) { native += 1 }
                units.append(value)
            }
        }
        return (units, representable, native)
    }

    /// The text the units decode to in an encoding, or nil when they cannot be that encoding.
    private static func repaired(_ units: [UInt32], as encoding: TextEncoding) -> String? {
        switch encoding {
        case .tcvn3: return TCVN3.decode(units)
        case .vni: return VNI.decode(units)
        case .utf8:
            // Only whole UTF-8 sequences written as Windows-1252 characters ("á»‹"); any other
            // character outside ASCII means this is not doubly encoded UTF-8.
            guard units.allSatisfy({ $0 < 0x100 }) else { return nil }
            let bytes = units.map { UInt8($0) }
            // A sample may end inside a sequence: a fault in the last three bytes is allowed.
            if let bad = UTF8Validation.firstInvalidOffset(bytes), bad < bytes.count - 3 {
                return nil
            }
            return String(decoding: bytes, as: UTF8.self)
        default: return nil
        }
    }
}
