import Foundation
import Testing

/// `extract` is a map and `graph` a reduce: for any split of a corpus into shards, the extract
/// output of each shard, concatenated in any order, gives the graph of the whole corpus, byte for
/// byte — also when a short form is resolved only by an article in another shard.
@Suite struct ShardLawTests {
    static let vncite = CommandLineTests.vncite

    /// The seeds, forty development passages, and two articles of which only the second names
    /// "Nghị quyết 57" in full.
    static func corpus(in folder: TemporaryFolder) throws -> [String] {
        let root = SeedGraphTests.root
        let seeds = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("seeds").path)
            .sorted().map { root.appendingPathComponent("seeds/" + $0).path }
        let passages = root.appendingPathComponent("eval/dev/citations/passages")
        let dev = try FileManager.default.contentsOfDirectory(atPath: passages.path).sorted().prefix(40)
            .map { passages.appendingPathComponent($0).path }
        let short = try folder.write(Data("Sáng 3/3, Sở Khoa học và Công nghệ quán triệt Nghị quyết 57 về đột phá phát triển khoa học.".utf8), to: "short.txt")
        let full = try folder.write(Data("Bộ Chính trị ban hành Nghị quyết số 57-NQ/TW ngày 22/12/2024 về đột phá phát triển khoa học, công nghệ.".utf8), to: "full.txt")
        return seeds + dev + [short, full]
    }

    static func graphml(_ paths: [String]) throws -> String {
        let r = try Command.run(vncite, ["graph", "-o", "-", "--format", "graphml"] + paths)
        #expect(r.status == 0, "\(r.stderr)")
        return r.stdout
    }

    static func extract(_ paths: [String]) throws -> String {
        let r = try Command.run(vncite, ["extract", "--jobs", "2"] + paths)
        #expect(r.status == 0, "\(r.stderr)")
        return r.stdout
    }

    @Test func anySplitGivesTheGraphOfTheWhole() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let files = try Self.corpus(in: folder)
        let whole = try Self.graphml(files)
        // The short form is resolved in the reduce, across shards.
        #expect(whole.contains("57-NQ/TW"))
        #expect(!whole.contains(">Nghị quyết 57?<"))
        var rng = SplitMix(seed: 2026)
        let splits: [[[String]]] = [
            files.map { [$0] },  // one article per shard
            Self.split(files, into: 3, &rng),
            Self.split(files, into: 7, &rng),
        ]
        for (n, shards) in splits.enumerated() {
            var outputs = try shards.map(Self.extract)
            outputs.shuffle(using: &rng)
            let merged = try folder.write(Data(outputs.joined().utf8), to: "split\(n).jsonl")
            #expect(try Self.graphml([merged]) == whole, "split \(n) into \(shards.count) shards")
        }
    }

    @Test func addingArticlesIsExtractThenGraphAgain() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let files = try Self.corpus(in: folder)
        let old = try folder.write(Data(try Self.extract(Array(files.dropLast(5))).utf8), to: "extracted.jsonl")
        // Saved output and new articles mix in one run.
        #expect(try Self.graphml([old] + files.suffix(5)) == (try Self.graphml(files)))
        // `vncite extract new >> extracted.jsonl`, then `vncite graph extracted.jsonl`
        let handle = try #require(FileHandle(forWritingAtPath: old))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(try Self.extract(Array(files.suffix(5))).utf8))
        try handle.close()
        #expect(try Self.graphml([old]) == (try Self.graphml(files)))
    }

    static func split(_ files: [String], into n: Int, _ rng: inout SplitMix) -> [[String]] {
        var shards = [[String]](repeating: [], count: n)
        for f in files { shards[Int(rng.next() % UInt64(n))].append(f) }
        return shards.filter { !$0.isEmpty }
    }
}

/// A small seeded generator, so that the splits are the same on every run.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
