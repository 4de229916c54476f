import Foundation
import Testing

/// The `vncite` program as a user runs it: bad files reported one line each, the rest read,
/// the exit status telling whether anything failed.
@Suite struct CommandLineTests {
    /// The `vncite` executable built beside the test bundle.
    static var vncite: String {
        let here = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for dir in [here, here.deletingLastPathComponent(), here.deletingLastPathComponent().deletingLastPathComponent()] {
            let candidate = dir.appendingPathComponent("vncite").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return "vncite"
    }

    @Test func badFilesAreReportedAndTheOthersRead() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let good = try folder.write(Data("Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị".utf8), to: "good.txt")
        let empty = try folder.write(Data(), to: "empty.txt")
        let binary = try folder.write(Data([0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 2, 0, 0]), to: "binary.txt")
        let result = try Command.run(Self.vncite, ["extract", good, empty, binary, folder.url.path + "/missing.txt"])
        #expect(result.status == 1)
        let errors = result.stderr.split(separator: "\n").map(String.init)
        #expect(Set(errors) == [
            "vncite: \(folder.url.path)/missing.txt: no such file or folder",
            "vncite: \(empty): empty file",
            "vncite: \(binary): binary file (NUL bytes at offset 4)",
        ])
        #expect(errors.count == 3)
        #expect(result.stdout.split(separator: "\n").count == 1)
        #expect(result.stdout.contains("\"key\":\"05-CT/TW\""))
    }

    /// A link to a folder is read as the folder, its files named under the link.
    @Test func aLinkToAFolderIsReadAsTheFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("texts"), withIntermediateDirectories: true)
        _ = try folder.write(Data("Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị".utf8), to: "texts/a.txt")
        let link = folder.url.appendingPathComponent("link").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: folder.url.appendingPathComponent("texts").path)
        let result = try Command.run(Self.vncite, ["extract", link])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"source\":\"\(link)/a.txt\""))
        #expect(result.stdout.contains("\"key\":\"05-CT/TW\""))
    }

    /// A binary copied elsewhere takes its data folders with it (or names them with VNCITE_DATA);
    /// without them it says what is missing and stops, rather than crash.
    @Test func aBinaryFindsItsDataOrSaysWhatIsMissing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let built = URL(fileURLWithPath: Self.vncite).deletingLastPathComponent()
        let installed = folder.url.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: installed, withIntermediateDirectories: true)
        for name in ["vncite", "vncite_VNCite.resources", "vncite_VNCiteReport.resources"] {
            try FileManager.default.copyItem(at: built.appendingPathComponent(name), to: installed.appendingPathComponent(name))
        }
        let article = try folder.write(Data("Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị".utf8), to: "a.txt")
        let beside = try Command.run(installed.appendingPathComponent("vncite").path, ["extract", article])
        #expect(beside.status == 0)
        #expect(beside.stdout.contains("\"key\":\"05-CT/TW\""))
        let named = try Command.run("VNCITE_DATA=\(installed.path)", [Self.vncite, "extract", article])
        #expect(named.status == 0)
        #expect(named.stdout == beside.stdout)
        let empty = folder.url.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let missing = try Command.run("VNCITE_DATA=\(empty.path)", [Self.vncite, "extract", article])
        #expect(missing.status == 1)
        #expect(missing.stdout.isEmpty)
        #expect(missing.stderr.hasPrefix("vncite: the data folder vncite_VNCite.resources is not where vncite looks"))
    }

    @Test func aFileTooLargeForOneArticleIsRefusedWithAMessage() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let huge = folder.url.appendingPathComponent("huge.txt").path
        // Sparse: 600 MB long, no disk used.
        #expect(FileManager.default.createFile(atPath: huge, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: huge))
        try handle.truncate(atOffset: 600_000_000)
        try handle.close()
        let result = try Command.run(Self.vncite, ["extract", huge])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("vncite: \(huge): too large to read as one article (600 MB"))
    }

    @Test func aProvinceByItsOldOrNewNameSaysWhatItMatched() throws {
        let seeds = SeedGraphTests.root.appendingPathComponent("seeds").path
        let new = try Command.run(Self.vncite, ["top", seeds, "--province", "Phú Thọ", "--format", "tsv"])
        #expect(new.status == 0)
        #expect(new.stderr == "vncite: --province Phú Thọ: Phú Thọ since 2025-07-01, formed from Vĩnh Phúc, Hòa Bình, Phú Thọ: matching the articles of each\n")
        #expect(new.stdout.contains("01-ĐA/TU@Vĩnh Phúc"))
        #expect(!new.stdout.contains("Thừa Thiên Huế"))
        let old = try Command.run(Self.vncite, ["cites", "Chỉ thị 05-CT/TW", seeds, "--province", "Thừa Thiên Huế", "--format", "tsv"])
        #expect(old.stdout.split(separator: "\n").count == 2)  // the header and article 001
        let unknown = try Command.run(Self.vncite, ["graph", seeds, "-o", "-", "--format", "dot", "--province", "Atlantis"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("“Atlantis” is no province vncite knows"))
    }

    @Test func graphIntoAFolderThatCannotBeMadeFails() throws {
        let result = try Command.run(Self.vncite, ["graph", "-o", "/proc/vncite-cannot-exist", "--format", "dot",
                                                   SeedGraphTests.root.appendingPathComponent("seeds").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("cannot create the output folder /proc/vncite-cannot-exist"))
    }

    /// A corpus too big to draw in seconds gets its GraphML, DOT and JSON and a line saying why
    /// there is no drawing; asked for by name, the drawing is made whatever its size.
    @Test func aGraphOverTheDrawLimitIsWrittenButNotDrawn() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let seeds = SeedGraphTests.root.appendingPathComponent("seeds").path
        let out = folder.url.appendingPathComponent("out").path
        let result = try Command.run(Self.vncite, ["graph", "--draw-limit", "5", "-o", out, seeds])
        #expect(result.status == 0)
        let nodes = try String(contentsOfFile: out + "/citations.graphml", encoding: .utf8).components(separatedBy: "<node ").count - 1
        #expect(nodes > 5)
        #expect(result.stderr.contains("vncite: no drawing: \(nodes) nodes are more than --draw-limit 5; draw a part"))
        let written = Set(try FileManager.default.contentsOfDirectory(atPath: out))
        #expect(written == ["citations.graphml", "citations.dot", "citations.json"])
        let asked = try Command.run(Self.vncite, ["graph", "--draw-limit", "5", "--format", "svg", "-o", out, seeds])
        #expect(asked.status == 0)
        #expect(FileManager.default.fileExists(atPath: out + "/citations.svg"))
    }

    /// "Nghị quyết số 09" with no issuer is a partial key each article has of its own: no key tells
    /// the two apart, so `cites` lists them together and says they may be different documents,
    /// instead of asking for a key that names both.
    @Test func citesListsTheArticlesOwnPartialKeysTogether() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try folder.write(Data("Tỉnh tổng kết\nSáng 12/3/2005, UBND tỉnh tổ chức hội nghị tổng kết 5 năm thực hiện Nghị quyết số 09 về phát triển kinh tế trang trại.".utf8), to: "a.txt")
        _ = try folder.write(Data("Xã bàn thu chi\nTheo Nghị quyết số 09, HĐND xã đã quyết định bổ sung ngân sách cho trường học.".utf8), to: "b.txt")
        let result = try Command.run(Self.vncite, ["cites", "Nghị quyết 09", folder.url.path])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "Nghị quyết 09? (Nghị quyết, not resolved: a partial key in 2 articles, maybe as many documents): cited by 1 meeting(s) and 1 article(s) that report none")
        #expect(lines.dropFirst(3).map { $0.contains("/a.txt") || $0.contains("/b.txt") } == [true, true])
        #expect(lines.contains { $0.contains("hội nghị") && $0.contains("UBND tỉnh") && $0.contains("2005-03-12") })
    }

    /// In the aligned table a long path is cut at its start, so the file that tells the rows apart
    /// stays: "…/bao-cao-ubnd-tinh.txt", not "/tmp/…/tong-hop-tin-bai-thang-3-nam-2005-cua-cac-b…".
    @Test func aLongPathKeepsItsFileNameInTheTable() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let long = "tong-hop-tin-bai-thang-3-nam-2005-cua-cac-bao-dia-phuong-va-trung-uong"
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent(long), withIntermediateDirectories: true)
        _ = try folder.write(Data("Tỉnh tổng kết\nSáng 12/3/2005, UBND tỉnh tổ chức hội nghị tổng kết 5 năm thực hiện Chỉ thị 05-CT/TW.".utf8),
                             to: long + "/bao-cao-ubnd-tinh.txt")
        let result = try Command.run(Self.vncite, ["cites", "Chỉ thị 05-CT/TW", folder.url.path])
        #expect(result.status == 0)
        let row = try #require(result.stdout.split(separator: "\n").map(String.init).last)
        #expect(row.contains("…" + String((long + "/bao-cao-ubnd-tinh.txt").suffix(59))))
    }

    /// An article of a JSON Lines corpus is named by its id, whole or by its end, as a file is by its
    /// path; a name that ends two ids says so rather than pick one.
    @Test func citedByNamesACorpusArticleByItsID() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let lines = [
            #"{"id": "Kinh_doanh/KD_001.txt", "text": "Cổ phần hóa\nTheo Nghị định 187/2004/NĐ-CP, các doanh nghiệp phải công bố giá trị."}"#,
            #"{"id": "Xa_hoi/KD_001.txt", "text": "Nhà ở\nThực hiện Chỉ thị 05-CT/TW, UBND tỉnh đã rà soát."}"#,
        ]
        let corpus = try folder.write(Data((lines.joined(separator: "\n") + "\n").utf8), to: "corpus.jsonl")
        let out = folder.url.appendingPathComponent("db").path
        #expect(try Command.run(Self.vncite, ["graph", "--format", "sqlite", "-o", out, corpus]).status == 0)
        let db = out + "/citations.sqlite"
        let byID = try Command.run(Self.vncite, ["cited-by", "Kinh_doanh/KD_001.txt", "--db", db, "--format", "tsv"])
        #expect(byID.status == 0)
        #expect(byID.stdout.split(separator: "\n").dropFirst().map { String($0.split(separator: "\t")[0]) } == ["187/2004/NĐ-CP"])
        let both = try Command.run(Self.vncite, ["cited-by", "KD_001.txt", "--db", db])
        #expect(both.status != 0)
        #expect(both.stderr.contains("KD_001.txt names 2 articles; give more of its path: \(corpus)#Kinh_doanh/KD_001.txt, \(corpus)#Xa_hoi/KD_001.txt"))
    }

    /// A period keeps what is dated in it and says how many articles it left out for having no
    /// date: in a crawled corpus that may be all of them.
    @Test func aPeriodSaysHowManyUndatedArticlesItLeftOut() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try folder.write(Data("Thứ hai, 10/02/2017, 16:51\nThường trực Tỉnh uỷ làm việc với Sở Thông tin\nThực hiện Chỉ thị 05-CT/TW, Sở đã báo cáo.".utf8), to: "dated.txt")
        _ = try folder.write(Data("Tin vắn\nThực hiện Chỉ thị 05-CT/TW, các sở đã rà soát.".utf8), to: "undated.txt")
        let result = try Command.run(Self.vncite, ["graph", "--since", "2017-01-01", "-o", "-", "--format", "json", folder.url.path])
        #expect(result.status == 0)
        #expect(result.stderr.contains("vncite: --since/--until left out 1 article(s) with no date"))
        #expect(result.stdout.contains("dated.txt") && !result.stdout.contains("undated.txt"))
    }

    /// A document no article cites is said so, in the words of the question.
    @Test func aDocumentNoArticleCitesIsSaidSo() throws {
        let seeds = SeedGraphTests.root.appendingPathComponent("seeds").path
        let result = try Command.run(Self.vncite, ["cites", "Nghị quyết 41-NQ/TW", seeds])
        #expect(result.status == 0)
        #expect(result.stdout == "No article cites Nghị quyết 41-NQ/TW.\n")
    }

    @Test func graphToStandardOutputNeedsOneFormat() throws {
        let seeds = SeedGraphTests.root.appendingPathComponent("seeds").path
        let refused = try Command.run(Self.vncite, ["graph", "-o", "-", seeds])
        #expect(refused.status != 0)
        let dot = try Command.run(Self.vncite, ["graph", "-o", "-", "--format", "dot", seeds])
        #expect(dot.status == 0)
        #expect(dot.stdout.hasPrefix("digraph citations {"))
    }
}
