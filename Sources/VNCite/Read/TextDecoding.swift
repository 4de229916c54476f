import Foundation

/// Turns the bytes of a file into NFC text, finding the encoding or saying why there is none.
///
/// A TCVN3 file holding `4E 67 68 DE 20 71 75 79 D5 74` decodes to ("Nghị quyết", `.tcvn3`);
/// a UTF-8 file that was once TCVN3 and now reads "NghÞ quyÕt" is repaired to the same text.
/// The order is: byte order mark, the `declared` encoding, UTF-16 without a BOM (NUL bytes in
/// every other byte), binary data, UTF-8 (then VIQR, or mojibake repair), and last the legacy
/// code pages TCVN3, VNI and Windows-1258. Nothing is folded here: "Ð" (U+00D0), soft hyphens
/// and no-break spaces stay as they are, because legacy decoding needs them (ư is TCVN3 `AD`).
public enum TextDecoding {
    /// The text and the encoding it was read in.
    ///
    /// `try TextDecoding.decode(Array("Chỉ thị số 05-CT/TW".utf8))` is
    /// ("Chỉ thị số 05-CT/TW", `.utf8`); `declared: .vni` skips detection.
    public static func decode(
        _ bytes: [UInt8], declared: TextEncoding? = nil
    ) throws(InputError) -> (text: String, encoding: TextEncoding) {
        guard !bytes.isEmpty else { throw .empty }
        if let (encoding, bomLength) = byteOrderMark(bytes) {
            let body = Array(bytes[bomLength...])
            guard !body.isEmpty else { throw .empty }
            return (try decodeUnicode(body, as: encoding, offset: bomLength), encoding)
        }
        if let declared {
            return (try decode(bytes, as: declared), declared)
        }
        if let order = UTF16Bytes.guessByteOrder(bytes) {
            let (text, error) = UTF16Bytes.decode(bytes, bigEndian: order == .utf16be)
            if error == nil, !mostlyControl(text.unicodeScalars.lazy.map(\.value)) {
                return (NormalForm.nfc(text), order)
            }
        }
        try rejectBinary(bytes)
        if let bad = UTF8Validation.firstInvalidOffset(bytes) {
            guard let legacy = LegacyVietnamese.detect(bytes) else {
                throw .notText(firstBadByte: bad)
            }
            return (LegacyVietnamese.decode(bytes, from: legacy), legacy)
        }
        if !bytes.contains(where: { $0 >= 0x80 }) {
            if VIQR.looksLikeVIQR(bytes) {
                let text = VIQR.decode(bytes)
                let measure = Plausibility(text.unicodeScalars.lazy.map(\.value))
                if measure.good >= 3, measure.bad * 3 <= measure.good { return (text, .viqr) }
            }
            return (String(decoding: bytes, as: UTF8.self), .utf8)
        }
        let text = String(decoding: bytes, as: UTF8.self)
        if let repaired = LegacyVietnamese.repairMojibake(text) {
            return repaired
        }
        return (NormalForm.nfc(text), .utf8)
    }

    /// The same for `Data`: `try TextDecoding.decode(Data(contentsOf: url))`.
    public static func decode(
        _ data: Data, declared: TextEncoding? = nil
    ) throws(InputError) -> (text: String, encoding: TextEncoding) {
        try decode([UInt8](data), declared: declared)
    }

    // MARK: - Helpers

    private static func byteOrderMark(_ bytes: [UInt8]) -> (TextEncoding, Int)? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return (.utf8, 3) }
        if bytes.starts(with: [0xFF, 0xFE]) { return (.utf16le, 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (.utf16be, 2) }
        return nil
    }

    /// Decodes in the encoding the caller named: checked for UTF-8 and UTF-16, as is for the
    /// single-byte encodings, which every byte string is valid in.
    private static func decode(_ bytes: [UInt8], as encoding: TextEncoding) throws(InputError)
        -> String
    {
        switch encoding {
        case .utf8, .utf16le, .utf16be:
            if encoding == .utf8 { try rejectBinary(bytes) }
            return try decodeUnicode(bytes, as: encoding, offset: 0)
        case .tcvn3, .vni, .viqr, .windows1258:
            try rejectBinary(bytes)
            return LegacyVietnamese.decode(bytes, from: encoding)
        }
    }

    /// UTF-8 or UTF-16 that must be well formed; offsets in errors count from the file's start.
    private static func decodeUnicode(
        _ bytes: [UInt8], as encoding: TextEncoding, offset: Int
    ) throws(InputError) -> String {
        if encoding == .utf8 {
            if let bad = UTF8Validation.firstInvalidOffset(bytes) {
                throw .invalid(.utf8, at: offset + bad)
            }
            return NormalForm.nfc(String(decoding: bytes, as: UTF8.self))
        }
        let (text, error) = UTF16Bytes.decode(bytes, bigEndian: encoding == .utf16be)
        if let error { throw .invalid(encoding, at: offset + error) }
        return NormalForm.nfc(text)
    }

    /// NUL bytes, or many other control bytes, mean the file is not text.
    private static func rejectBinary(_ bytes: [UInt8]) throws(InputError) {
        if let nul = bytes.firstIndex(of: 0) { throw .nulBytes(at: nul) }
        let sample = bytes.prefix(65_536)
        if mostlyControl(sample.lazy.map { UInt32($0) }) {
            let controls = sample.filter { isControl(UInt32($0)) }.count
            throw .controlBytes(percent: controls * 100 / sample.count)
        }
    }

    /// More than a tenth of the first 64 Ki characters are controls other than tab and line ends.
    private static func mostlyControl(_ values: some Sequence<UInt32>) -> Bool {
        var total = 0
        var controls = 0
        for value in values {
            total += 1
            if isControl(value) { controls += 1 }
            if total == 65_536 { break }
        }
        return controls >= 4 && controls * 10 > total
    }

    private static func isControl(_ value: UInt32) -> Bool {
        switch value {
        case 0x09, 0x0A, 0x0C, 0x0D: false
        case 0x00...0x1F, 0x7F: true
        default: false
        }
    }
}
