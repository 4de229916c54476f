import Foundation
import Testing

/// `vncite graph --format sqlite` as a user meets it: the file opens in the sqlite3 shell, its
/// views answer, and `cites`, `cited-by` and `top --db` print what they print from GraphML.
@Suite struct SQLiteCommandTests {
    static let vncite = CommandLineTests.vncite
    static let seeds = SeedGraphTests.root.appendingPathComponent("seeds").path

    @Test func theDatabaseAnswersAsTheGraphDoes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let out = folder.url.path
        let wrote = try Command.run(Self.vncite, ["graph", Self.seeds, "-o", out, "--format", "sqlite"])
        #expect(wrote.status == 0, "\(wrote.stderr)")
        let db = out + "/citations.sqlite"
        let graphml = try Command.run(Self.vncite, ["graph", Self.seeds, "-o", out, "--format", "graphml"])
        #expect(graphml.status == 0)
        let saved = out + "/citations.graphml"

        // The sqlite3 shell and a view: the three meetings that cite Chỉ thị 05-CT/TW.
        let shell = try Command.run("sqlite3", [db, "SELECT date, meetingKind, host FROM citation WHERE key = '05-CT/TW khóa XII' AND date IS NOT NULL ORDER BY date"])
        #expect(shell.status == 0, "\(shell.stderr)")
        #expect(shell.stdout == "2017-02-10|buổi làm việc|Thường trực Tỉnh uỷ\n2018-06-13|sinh hoạt|Ban thường vụ Đảng ủy Khối các cơ quan tỉnh\n")
        let rank = try Command.run("sqlite3", [db, "SELECT key, meetings FROM document_rank LIMIT 2"])
        #expect(rank.stdout == "04-NQ/TW khóa XII|3\n05-CT/TW khóa XII|3\n")

        // Every question, from the database and from GraphML.
        var questions: [[String]] = [["top", "--limit", "50"], ["top", "--kind", "Nghị quyết"], ["top", "--from", "2018-01-01"]]
        for name in ["Chỉ thị 05-CT/TW", "04-NQ/TW", "Nghị quyết 05", "Nghị quyết Trung ương 4", "Luật Báo chí"] {
            questions.append(["cites", name])
            questions.append(["cites", name, "--by", "article", "--format", "json"])
        }
        questions.append(["cited-by", "003_d00f514569f14f19.txt"])
        for q in questions {
            let fromDB = try Command.run(Self.vncite, q + ["--db", db])
            let fromGraph = try Command.run(Self.vncite, q + ["--graph", saved])
            #expect(fromDB.status == fromGraph.status, "\(q)")
            #expect(!(fromDB.stdout + fromDB.stderr).isEmpty, "\(q)")
            #expect(fromDB.stdout == fromGraph.stdout, "\(q)")
            #expect(fromDB.stderr == fromGraph.stderr, "\(q)")
        }
    }

    @Test func aDatabaseThatIsNotOneIsNamed() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let bogus = try folder.write(Data("not a database".utf8), to: "bogus.sqlite")
        let r = try Command.run(Self.vncite, ["top", "--db", bogus])
        #expect(r.status != 0)
        #expect(r.stderr.contains(bogus))
        let stdout = try Command.run(Self.vncite, ["graph", Self.seeds, "-o", "-", "--format", "sqlite"])
        #expect(stdout.status != 0)
        #expect(stdout.stderr.contains("a database is a file"))
    }
}
