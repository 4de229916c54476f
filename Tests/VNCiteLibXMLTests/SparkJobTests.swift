import Foundation
import Testing

/// examples/spark/vncite_spark.py (issue 13): `vncite extract` in each Spark partition, the part
/// files concatenated, `vncite graph` over them — the graph of one `vncite graph` run, byte for byte.
/// Fails, never skips, when python3, pyspark or Java is missing (.ci/run installs them).
@Suite struct SparkJobTests {
    /// The first 300 articles of ../shared/corpus/vntc-news.jsonl.xz that cite a document (1.2 MB,
    /// 53 of them with a short form such as "Đề án 322"), so that CI needs no corpus.
    static let slice = SeedGraphTests.root.appendingPathComponent("Tests/VNCiteLibXMLTests/Fixtures/corpus-slice.jsonl").path

    @Test func sparkInLocalModeGivesTheGraphOfOneProcess() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let root = SeedGraphTests.root.path
        let output = folder.url.appendingPathComponent("out").path
        // Spark's logs quiet: errors only, no progress bar, no web UI; local[2], three partitions.
        let result = try Command.run("env", [
            "PYSPARK_PYTHON=python3",
            "SPARK_CONF_DIR=\(root)/examples/spark/conf",
            "SPARK_LOCAL_IP=127.0.0.1",
            "PYSPARK_SUBMIT_ARGS=--master local[2] --conf spark.ui.enabled=false --conf spark.ui.showConsoleProgress=false pyspark-shell",
            "python3", "\(root)/examples/spark/vncite_spark.py", Self.slice, output, CommandLineTests.vncite, "3",
            "--", "--format", "graphml",
        ])
        try #require(result.status == 0, "the Spark job failed (are pyspark and Java installed?):\n\(result.stderr)")

        let parts = try FileManager.default.contentsOfDirectory(atPath: output + "/extract").filter { $0.hasPrefix("part-") }
        #expect(parts.count >= 3, "\(parts)")
        let extracted = try String(contentsOfFile: output + "/extracted.jsonl", encoding: .utf8)
        #expect(extracted.split(separator: "\n").count == 300)
        // Each article keeps the source one process gives it.
        #expect(extracted.contains("\"source\":\"\(Self.slice)#Test_Full/"))

        let spark = try String(contentsOfFile: output + "/graph/citations.graphml", encoding: .utf8)
        let single = try Command.run(CommandLineTests.vncite, ["graph", Self.slice, "-o", "-", "--format", "graphml"])
        #expect(single.status == 0, "\(single.stderr)")
        #expect(single.stdout.contains("<node"))
        #expect(spark == single.stdout, "the Spark job's graph differs from vncite graph \(Self.slice)")
    }
}
