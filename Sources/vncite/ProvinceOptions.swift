import ArgumentParser
import Foundation
import VNCite

/// `--province`: only the articles about a province, named as it was or as it is since the 2025
/// arrangement ("Vĩnh Phúc", or "Phú Thọ" for the old Vĩnh Phúc, Hòa Bình and Phú Thọ together).
struct ProvinceOptions: ParsableArguments {
    @Option(help: "Only articles about this province, old or new name (\"Vĩnh Phúc\"; \"Phú Thọ\" since 2025 also matches the units it was formed from).")
    var province: String?

    /// The provinces matched, said on standard error; nil without --province.
    func provinces(_ catalog: Catalog) throws -> Set<String>? {
        guard let province else { return nil }
        guard let match = catalog.provinces(named: province) else {
            throw ValidationError("--province “\(province)” is no province vncite knows (its catalog lists the 63 of before 2025 and the 34 since)")
        }
        FileHandle.standardError.write(Data("vncite: --province \(province): \(match.note)\n".utf8))
        return Set(match.names)
    }
}
