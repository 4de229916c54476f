import Testing
@testable import VNCite

/// A State symbol of type, issuer and the unit that drafted it names its issuer alone ("QĐ-BNN-TCCB"
/// → BNN); two bodies signing one document, a joint or coordination type and the Front's standing
/// board keep their groups. The key keeps the whole symbol.
@Suite struct DraftingUnitIssuerTests {
    @Test(arguments: [
        ("Thực hiện Quyết định số 1680/QĐ-BNN-VPĐP ngày 5/5/2020 của Bộ Nông nghiệp và Phát triển nông thôn", "1680/QĐ-BNN-VPĐP năm 2020", "BNN"),
        ("Theo Quyết định số 749/QĐ-TTg-KGVX, các địa phương rà soát", "749/QĐ-TTg-KGVX", "TTg"),
        ("Sở Tư pháp ban hành Kế hoạch số 12/KH-STP-TĐTN về tuyên truyền pháp luật", "12/KH-STP-TĐTN", "STP"),
        ("Căn cứ Quyết định 15/QĐ-TCLN-KHTC về giao kế hoạch", "15/QĐ-TCLN-KHTC", "TCLN"),
        ("Theo Quyết định số 358/QĐ-TTTP-P2 ngày 29/12/2014 của Chánh Thanh tra thành phố", "358/QĐ-TTTP-P2 năm 2014", "TTTP"),
        // (two bodies, one document; a joint type; the Front's standing board)
        ("Thực hiện Hướng dẫn số 12/HD-SGDĐT-SNV về thi đua", "12/HD-SGDĐT-SNV", "SGDĐT-SNV"),
        ("Triển khai Kế hoạch số 5/KH-BQP-BCA về phối hợp", "05/KH-BQP-BCA", "BQP-BCA"),
        ("Thông tư liên tịch số 163/2013/TTLT-BTC-BNV ngày 05/11/2013", "163/2013/TTLT-BTC-BNV", "BTC-BNV"),
        ("Theo Kế hoạch số 7/KH-MTTQ-BTT về giám sát", "07/KH-MTTQ-BTT", "MTTQ-BTT"),
        ("Thực hiện Quy chế phối hợp số 18/QCPH-TCTS-BTLBP giữa hai đơn vị", "18/QCPH-TCTS-BTLBP", "TCTS-BTLBP"),
        ("theo Chương trình phối hợp số 05/CTPH-BCA-MTTW", "05/CTPH-BCA-MTTW", "BCA-MTTW"),
        ("Thực hiện Kế hoạch liên tịch số 83/KHLT-SLĐTBXH-GDĐT ngày 10/4/2024 của Sở Lao động", "83/KHLT-SLĐTBXH-GDĐT năm 2024", "SLĐTBXH-GDĐT"),
        ("theo Hướng dẫn liên tịch số 02/HDLT-SNV-BTĐKT về khen thưởng", "02/HDLT-SNV-BTĐKT", "SNV-BTĐKT"),
    ])
    func theIssuerOfADraftedSymbol(text: String, key: String, issuer: String) throws {
        let c = try #require(citations(text).first)
        #expect(c.key == key)
        #expect(c.issuer == issuer)
    }
}
