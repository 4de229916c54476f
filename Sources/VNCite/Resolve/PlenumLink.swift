/// A plenum's resolution named by its plenum is the one its article numbers: "Nghị quyết số
/// 26-NQ/TW ngày 5/8/2008 Hội nghị lần thứ bảy Ban Chấp hành Trung ương khóa X về nông nghiệp,
/// nông dân, nông thôn" then "Nghị quyết Trung ương 7 khóa X" are one document, 26-NQ/TW khóa X.
///
/// Only when the article numbers exactly one document of that type, plenum and term: "Nghị quyết
/// số 27-NQ/TW và Nghị quyết số 28-NQ/TW" of one plenum leave "Nghị quyết Trung ương 6" itself.
enum PlenumLink {
    static func link(_ citations: inout [Citation], findings: inout [Finding]) {
        for i in citations.indices where citations[i].number == nil {
            let c = citations[i]
            guard let plenum = c.plenum, let term = c.term, c.resolved, c.key.contains("-HNTW") else { continue }
            let numbered = citations.filter {
                $0.number != nil && $0.resolved && $0.kind == c.kind && $0.plenum == plenum && $0.term == term && !$0.key.contains("-HNTW")
            }
            guard let one = numbered.first, Set(numbered.map(\.key)).count == 1 else { continue }
            findings.append(Finding(kind: .inferred, message: "“\(c.text)” is \(one.key), the article's resolution of plenum \(plenum), khóa \(term)",
                                    start: c.start, end: c.end))
            citations[i].key = one.key
            citations[i].number = one.number
            citations[i].issuer = one.issuer
        }
    }
}
