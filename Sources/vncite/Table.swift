import ArgumentParser
import Foundation
import VNCite

/// How query answers are printed: an aligned table, or TSV / JSON for scripts.
enum AnswerFormat: String, ExpressibleByArgument, CaseIterable { case table, tsv, json }

/// Rows of named columns, printed in one of the `AnswerFormat`s.
struct Table {
    var columns: [String]
    var rows: [[String?]] = []
    /// Widest a column may be in the aligned table; longer cells end in "…".
    var maxWidth = 60
    /// Columns of file paths, whose end tells the file apart: cut at the start ("…Kinh_doanh/KD_VNE_T_1042.txt",
    /// not "/tmp/corpus.jsonl#Test_Full/Kinh_doanh/KD…").
    var pathColumns: Set<String> = ["articles", "source"]

    func render(_ format: AnswerFormat) -> String {
        switch format {
        case .tsv:
            let clean = { (s: String?) in (s ?? "").replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ") }
            return ([columns] + rows.map { $0.map(clean) }).map { $0.joined(separator: "\t") }.joined(separator: "\n") + "\n"
        case .json:
            let objects = rows.map { row in
                "{" + zip(columns, row).map { "\(quote($0)):\($1.map(quote) ?? "null")" }.joined(separator: ",") + "}"
            }
            return "[\n" + objects.map { "  " + $0 }.joined(separator: ",\n") + "\n]\n"
        case .table:
            let cells = rows.map { row in zip(columns, row).map { cut($1 ?? "", atStart: pathColumns.contains($0)) } }
            let widths = columns.indices.map { i in ([columns[i]] + cells.map { $0[i] }).map(\.count).max() ?? 0 }
            func line(_ r: [String]) -> String {
                var s = zip(r, widths).map { $0 + String(repeating: " ", count: $1 - $0.count) }.joined(separator: "  ")
                while s.last == " " { s.removeLast() }
                return s
            }
            return ([line(columns), line(widths.map { String(repeating: "-", count: $0) })] + cells.map(line))
                .joined(separator: "\n") + "\n"
        }
    }

    private func cut(_ s: String, atStart: Bool) -> String {
        let one = s.replacingOccurrences(of: "\n", with: " ")
        guard one.count > maxWidth else { return one }
        return atStart ? "…" + String(one.suffix(maxWidth - 1)) : String(one.prefix(maxWidth - 1)) + "…"
    }

    private func quote(_ s: String) -> String { JSONText.quoted(s) }
}
