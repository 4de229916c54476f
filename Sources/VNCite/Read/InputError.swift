/// Why one input could not be read; the CLI prints it as one line and goes on to the next file.
///
/// `InputError(path: "bai-viet.txt", problem: "empty file")` prints `bai-viet.txt: empty file`;
/// other problems read "binary file (NUL bytes at offset 1234)" or "not valid UTF-8 and not a
/// known Vietnamese legacy encoding (first bad byte at offset 57)".
public struct InputError: Error, CustomStringConvertible, Hashable, Sendable {
    /// The file, as given on the command line; nil until the caller knows it.
    public var path: String?
    /// What is wrong, in one line without a trailing full stop.
    public var problem: String

    public init(path: String? = nil, problem: String) {
        self.path = path
        self.problem = problem
    }

    public var description: String {
        guard let path else { return problem }
        return "\(path): \(problem)"
    }

    /// The same problem, reported for a file: `error.at(path: "tinh-uy.html")`.
    public func at(path: String) -> InputError {
        InputError(path: path, problem: problem)
    }
}

// MARK: - The problems TextDecoding reports

extension InputError {
    static let empty = InputError(problem: "empty file")

    static func nulBytes(at offset: Int) -> InputError {
        InputError(problem: "binary file (NUL bytes at offset \(offset))")
    }

    static func controlBytes(percent: Int) -> InputError {
        InputError(problem: "binary file (\(percent)% control bytes)")
    }

    static func notText(firstBadByte offset: Int) -> InputError {
        InputError(
            problem: "not valid UTF-8 and not a known Vietnamese legacy encoding "
                + "(first bad byte at offset \(offset))")
    }

    static func invalid(_ encoding: TextEncoding, at offset: Int) -> InputError {
        let name =
            switch encoding {
            case .utf8: "UTF-8"
            case .utf16le: "UTF-16LE"
            case .utf16be: "UTF-16BE"
            default: encoding.rawValue
            }
        return InputError(problem: "not valid \(name) (first bad byte at offset \(offset))")
    }
}
