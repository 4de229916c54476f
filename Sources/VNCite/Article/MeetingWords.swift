/// The words a news lead reports a meeting with, written with their marks: "kỳ họp" is a
/// session, "ký hợp đồng" a contract, though both fold to "ky hop".
///
/// "Chiều 13/6, Ban thường vụ … tổ chức điểm sinh hoạt …": a meeting noun ("điểm sinh hoạt"), an
/// event verb ("tổ chức"), a time. "… sẽ tổ chức hội nghị" is planned, not held; "sau cuộc họp"
/// and "các hội nghị" mention meetings in passing.
enum MeetingWords {
    /// Meeting nouns, by their first word.
    static let nouns = PhraseTable(kinds.keys.sorted())

    /// Meeting nouns and the kind each names.
    static let kinds: [String: String] = [
        // (Not "điểm sinh hoạt của cộng đồng", a place people gather.)
        ("điểm sinh hoạt cấp ủy", "sinh hoạt"), ("điểm sinh hoạt chi bộ", "sinh hoạt"), ("điểm sinh hoạt chuyên đề", "sinh hoạt"),
        ("buổi sinh hoạt", "sinh hoạt"), ("sinh hoạt chuyên đề", "sinh hoạt"),
        ("sinh hoạt chi bộ", "sinh hoạt"), ("sinh hoạt chính trị", "sinh hoạt"), ("sinh hoạt cấp ủy", "sinh hoạt"),
        ("buổi làm việc", "buổi làm việc"), ("cuộc làm việc", "cuộc làm việc"), ("hội nghị", "hội nghị"),
        ("hội nghị trực tuyến", "hội nghị"), ("đại hội", "đại hội"), ("hội thảo", "hội thảo"), ("kỳ họp", "kỳ họp"),
        // (A congress's preparatory sitting is its own: "tổ chức phiên trù bị Đại hội Đại biểu MTTQ huyện"; so is a
        // company's shareholders' general meeting, "Đại hội đồng cổ đông", not a body's assembly, "Đại hội đồng".)
        ("phiên trù bị đại hội", "đại hội"), ("đại hội đồng cổ đông", "đại hội"),
        // (With their classifier, as "cuộc họp": "Tại cuộc hội thảo …, nhiều ý kiến cho rằng" opens on its noun.)
        ("tọa đàm", "tọa đàm"), ("cuộc hội thảo", "hội thảo"), ("buổi hội thảo", "hội thảo"), ("cuộc tọa đàm", "tọa đàm"),
        ("buổi tọa đàm", "tọa đàm"),
        // (The sittings of a council or a committee that hear its members ask, debate or hear officials
        // explain: "Thường trực Ủy ban Kinh tế … tổ chức phiên giải trình", "phiên chất vấn".)
        ("phiên giải trình", "phiên giải trình"), ("phiên chất vấn", "phiên chất vấn"), ("phiên thảo luận", "phiên thảo luận"),
        ("phiên họp", "phiên họp"), ("cuộc họp", "cuộc họp"), ("buổi họp", "buổi họp"), ("giao ban", "giao ban"),
        ("cuộc họp giao ban", "giao ban"), ("buổi họp giao ban", "giao ban"), ("họp giao ban", "giao ban"), ("buổi giao ban", "giao ban"),
        ("họp báo", "họp báo"), ("buổi họp báo", "họp báo"), ("hội đàm", "hội đàm"), ("cuộc gặp", "cuộc gặp"), ("buổi trực báo", "buổi trực báo"), ("buổi trao đổi", "buổi trao đổi"),
        ("cuộc gặp gỡ", "cuộc gặp gỡ"), ("buổi gặp gỡ", "buổi gặp gỡ"), ("buổi gặp mặt", "buổi gặp mặt"), ("cuộc gặp mặt", "cuộc gặp mặt"),
        ("buổi họp mặt", "cuộc họp mặt"), ("cuộc họp mặt", "cuộc họp mặt"), ("gặp mặt", "gặp mặt"), ("gặp gỡ báo chí", "gặp gỡ báo chí"),
        ("buổi gặp gỡ báo chí", "buổi gặp gỡ báo chí"), ("cuộc gặp gỡ báo chí", "cuộc gặp gỡ báo chí"),  // (a press meeting)
        // (A ceremony without its verb: "lễ trao …", "lễ ký …"; the army's hand-over of recruits.)
        ("lễ trao", "lễ"), ("lễ ký", "lễ"), ("lễ giao nhận quân", "lễ"),
        // (A reception with its classifier: "đã chủ trì buổi tiếp Đoàn đại biểu …"; a day when leaders
        // receive citizens, "Chủ tịch UBND huyện tiếp công dân định kỳ tháng 1/2025", "Chủ tịch UBND tỉnh chủ trì tiếp công dân".)
        ("buổi tiếp", "buổi tiếp"), ("buổi tiếp công dân", "buổi tiếp công dân"), ("buổi công bố", "buổi công bố"), ("tiếp công dân định kỳ", "buổi tiếp công dân"),
        ("chủ trì tiếp công dân", "buổi tiếp công dân"),
        // (A courtesy call, by its noun or its verb: `MeetingReader.courtesyCall`.)
        ("buổi chào xã giao", "buổi chào xã giao"), ("chào xã giao", "buổi chào xã giao"),
        // (The verb with its guests, as "làm việc với" is: "… Bộ trưởng Ngoại giao … đã tiếp Đại sứ Trung Quốc".)
        ("tiếp đại sứ", "buổi tiếp"), ("tiếp đoàn", "buổi tiếp"), ("tiếp các đoàn", "buổi tiếp"),
        // (Or a guest by office: "Đại tướng … đã tiếp Ngài Elbridge A. Colby", "… tiếp Thứ trưởng thứ nhất Bộ …".)
        ("tiếp ngài", "buổi tiếp"), ("tiếp bộ trưởng", "buổi tiếp"), ("tiếp thứ trưởng", "buổi tiếp"),
        ("tiếp tổng thống", "buổi tiếp"), ("tiếp phó tổng thống", "buổi tiếp"), ("tiếp thủ tướng", "buổi tiếp"),
        ("tiếp phó thủ tướng", "buổi tiếp"), ("tiếp tổng lãnh sự", "buổi tiếp"), ("tiếp trưởng đoàn", "buổi tiếp"), ("tiếp tổng thư ký", "buổi tiếp"),
        // (A courtesy call, a chairman, a body's leaders: "… đã tiếp xã giao Đại sứ …", "… tiếp lãnh đạo Tập đoàn …".)
        ("tiếp xã giao", "buổi tiếp"), ("tiếp chủ tịch", "buổi tiếp"), ("tiếp phó chủ tịch", "buổi tiếp"), ("tiếp lãnh đạo", "buổi tiếp"),
        // (Or by name: "Bí thư Tỉnh ủy Nguyễn Phú Cường đã tiếp ông Park Noh Wan": `heldBySubject`.)
        ("tiếp ông", "buổi tiếp"), ("tiếp bà", "buổi tiếp"),
        // (A working visit, after the visit's verb: `MeetingReader.workingVisit`.)
        ("làm việc với", "buổi làm việc"), ("làm việc trực tuyến với", "buổi làm việc"), ("làm việc tại", "buổi làm việc"), ("cuộc họp báo", "họp báo"),
        ("tiếp xúc cử tri", "tiếp xúc cử tri"), ("tiếp xúc với cử tri", "tiếp xúc cử tri"),
        ("buổi tiếp xúc cử tri", "buổi tiếp xúc cử tri"), ("cuộc tiếp xúc cử tri", "cuộc tiếp xúc cử tri"),  // (its classifier kept)
        ("buổi tiếp xúc với cử tri", "buổi tiếp xúc cử tri"), ("cuộc tiếp xúc với cử tri", "cuộc tiếp xúc cử tri"),
        // (A dialogue held with businesses or citizens, with its classifier, which the kind keeps as
        // "buổi làm việc" does: "tham dự buổi đối thoại do ông …, Phó Chủ tịch Thường trực UBND tỉnh chủ
        // trì" — not "cuộc đối thoại", any conversation.)
        ("buổi đối thoại", "buổi đối thoại"), ("đối thoại với nhân dân", "buổi đối thoại"), ("đối thoại với người dân", "buổi đối thoại"),
        ("đối thoại với cử tri", "buổi đối thoại"), ("đối thoại với doanh nghiệp", "buổi đối thoại"),  // (the verb with the citizens)
        // (A supervision session: "Đoàn công tác của Ủy ban … đã tổ chức buổi giám sát việc triển khai …".)
        ("buổi giám sát", "buổi giám sát"),
        // (The older spelling with "i" for "y": "kì họp thứ hai", "lễ kỉ niệm 85 năm …".)
        ("kì họp", "kỳ họp"), ("lễ kỉ niệm", "lễ kỷ niệm"),
        ("nhóm họp", "cuộc họp"), ("mít tinh", "mít tinh"), ("mít-tinh", "mít tinh"), ("lễ mít tinh", "lễ mít tinh"), ("cuộc mít tinh", "mít tinh"),
        // (The word written as one, or with a hyphen after "lễ": "tổ chức Lễ Mittinh hưởng ứng Ngày Môi trường thế giới", "lễ míttinh", "lễ mít-tinh".)
        ("míttinh", "mít tinh"), ("mittinh", "mít tinh"), ("lễ míttinh", "lễ mít tinh"), ("lễ mittinh", "lễ mít tinh"),
        ("cuộc míttinh", "mít tinh"), ("cuộc mittinh", "mít tinh"), ("lễ mít-tinh", "lễ mít tinh"), ("cuộc mít-tinh", "mít tinh"),
    ].reduce(into: [:]) { $0[$1.0] = $1.1 }.merging(ceremonies.map { ("lễ " + $0, "lễ " + $0) }) { first, _ in first }

    /// The meeting noun written at word `i` of a lead, its kind and its length in words: "Kỳ họp
    /// thứ 12" → ("kỳ họp", 2).
    static func noun(_ lead: LeadWords, at i: Int) -> (kind: String, length: Int)? {
        guard let phrase = lead.matchWritten(nouns, at: i), let kind = kinds[phrase.joined(separator: " ")], !assignsABoard(lead, at: i) else { return nil }
        return (kind, phrase.count)
    }

    /// "UBND tỉnh giao Ban An toàn giao thông tỉnh, Công an tỉnh …": the verb "giao", to assign, and
    /// the board it assigns — a small "giao" before a capital "Ban" is no "giao ban".
    static func assignsABoard(_ lead: LeadWords, at i: Int) -> Bool {
        i + 1 < lead.words.count && lead.words[i].text == "giao" && lead.words[i + 1].text == "Ban"
    }

    /// The verb "tiếp" with its guests ("tiếp đoàn", "tiếp Ngài", the receptions of `kinds`), read as
    /// "làm việc với" is: the body before it held it.
    static let receptions = Set(kinds.keys.filter { $0.hasPrefix("tiếp ") && kinds[$0]?.hasPrefix("buổi tiếp") == true })

    /// Words that make "tiếp" another word's half: "trực tiếp Thủ tướng" (directly), "kế tiếp",
    /// "liên tiếp".
    static let notReceiving: Set<String> = ["trực", "kế", "liên", "tiếp"]

    /// The kind a meeting noun's twin names, for comparing meetings: "buổi họp" is a "cuộc họp",
    /// "cuộc làm việc" a "buổi làm việc", "lễ kỷ niệm", "lễ ký kết" a "lễ" (the kind itself is the noun
    /// the text wrote; a rally, "lễ mít tinh", is its own).
    static func family(_ kind: String) -> String {
        twins[kind] ?? (kind.hasPrefix("lễ ") && kind != "lễ mít tinh" ? "lễ" : kind)
    }

    /// The nouns that name the same kind of meeting as another.
    static let twins = ["buổi họp": "cuộc họp", "cuộc làm việc": "buổi làm việc", "họp mặt": "cuộc họp mặt",
                         "buổi gặp mặt": "gặp mặt", "cuộc gặp mặt": "gặp mặt", "buổi tiếp xúc cử tri": "tiếp xúc cử tri",
                         "cuộc tiếp xúc cử tri": "tiếp xúc cử tri", "buổi gặp gỡ báo chí": "gặp gỡ báo chí", "cuộc gặp gỡ báo chí": "gặp gỡ báo chí"]

    /// The sittings of a council or a committee, parts of a session: "phiên chất vấn".
    static let sittings: Set<String> = ["phiên giải trình", "phiên chất vấn", "phiên thảo luận"]

    /// Kinds of meeting that two sides hold together, with no host: "hội đàm", "cuộc gặp".
    static let talks: Set<String> = ["hội đàm", "cuộc gặp"]

    /// Encounters rather than sittings: a meeting only when the lead's opening reports it (by their
    /// `family`: "buổi gặp mặt" is a "gặp mặt").
    static let encounters: Set<String> = ["cuộc gặp", "cuộc gặp gỡ", "buổi gặp gỡ", "gặp mặt"]

    /// Verbs that say a meeting was held or is being held.
    static let held = PhraseTable([
        "tổ chức", "khai mạc", "bế mạc", "diễn ra", "kết thúc", "chủ trì", "tiến hành", "nhóm họp",
        "triệu tập", "làm việc", "họp", "tham dự", "phát biểu", "thông qua", "bầu", "khép lại",
        "thảo luận", "chủ tọa", "kết luận", "nhất trí",
    ])

    /// Whether a sentence says one of `times` anywhere: "Sáng nay, …", "… hôm qua".
    static func saysATime(_ lead: LeadWords) -> Bool {
        lead.words.indices.contains { lead.matchWritten(times, at: $0) != nil }
    }

    /// Times that place it today or just past: "hôm nay", "sáng qua", "chiều 13/6".
    static let times = PhraseTable([
        "hôm nay", "hôm qua", "sáng nay", "chiều nay", "tối nay", "trưa nay", "sáng qua", "chiều qua",
        "tối qua", "vừa qua",
    ])

    /// Times of today or just past, which place a meeting named later in the lead in the news:
    /// "hôm qua", "mới đây", "cuối tuần qua", "diễn ra cùng ngày", "vừa được Bộ Thương mại tổ chức".
    static let justPast = PhraseTable([
        "hôm nay", "hôm qua", "sáng nay", "chiều nay", "tối nay", "trưa nay", "sáng qua", "chiều qua",
        "tối qua", "vừa qua", "mới đây", "tuần qua", "cuối tuần qua", "cùng ngày", "vừa được", "vừa diễn ra",
        "vừa kết thúc", "vừa tổ chức", "vừa bế mạc",
    ])

    /// What a meeting decides, after which "sẽ" is its outcome: "đã nhất trí sẽ kiến nghị".
    static let outcomes = PhraseTable([
        "nhất trí", "thống nhất", "kết luận", "quyết định", "đồng ý", "thông qua", "chấp thuận", "bác bỏ", "yêu cầu",
    ])

    /// Verbs of saying, directing and reporting, after which the words are what was said at the
    /// meeting: "cho biết", "khẳng định", "chỉ đạo", "chỉ ra", "nêu ra", "đưa ra".
    static let sayings = PhraseTable([
        "cho biết", "cho hay", "cho rằng", "khẳng định", "nhấn mạnh", "tuyên bố", "thông báo", "phát biểu", "nói",
        "chỉ đạo", "chỉ ra", "nêu rõ", "kết luận", "đánh giá", "thừa nhận", "lưu ý",
        "cảnh báo", "kêu gọi", "báo cáo", "nhận định", "bày tỏ", "công bố", "nêu ra", "đưa ra", "trình bày",
        "giải thích", "nhận xét", "bình luận",
    ])

    /// Sayings that put a point forward, which a guest does as well as the host: "Đó là tồn tại … được
    /// Sở Giao thông công chính đưa ra trong cuộc họp sáng nay" tells the meeting, not who held it.
    static let putForward = PhraseTable(["nêu ra", "đưa ra", "trình bày"])

    /// Words that put what a clause tells in the future: "sẽ", "dự kiến".
    static let future = PhraseTable(["sẽ", "dự kiến", "sắp", "dự định"])

    /// Words that make a meeting planned, put off or refused, not held.
    static let planned = PhraseTable([
        "sẽ", "dự kiến", "sắp", "chuẩn bị", "dự định", "lên kế hoạch", "đề nghị tổ chức", "chưa", "nhận lời",
        // ("cần phải tổ chức Đại hội Hội Nông dân các cấp theo đúng tiến độ": a need, not done.)
        "cần phải tổ chức", "cần tổ chức",
        "sắp tới", "tới đây", "tuần tới", "tháng tới", "tuần sau", "tháng sau", "hoãn", "trì hoãn", "tẩy chay",
        "đề xuất tổ chức", "cuối tuần này", "ngày mai", "sáng mai", "chiều mai", "tối mai",
        "kế hoạch tổ chức", "lùi thời gian", "dời thời gian", "lùi ngày", "dời ngày", "lùi lịch", "dời lịch",
        "dời địa điểm", "sẵn sàng cho", "có thể diễn ra", "kinh phí tổ chức", "đăng ký tham dự", "đăng ký dự",
        // ("thông báo thời gian, chương trình Kỳ họp thứ 38": when it is to be held, and what it will do.)
        "thông báo thời gian", "thông báo lịch", "thông báo chương trình",
    ])

    /// Verbs that ask, want, oppose or order a meeting another holds: "Bộ GTVT đề nghị UBND TPHCM tổ chức họp báo".
    static let asksFor = PhraseTable(["đề nghị", "đề xuất", "yêu cầu", "kiến nghị", "kêu gọi", "phản đối", "muốn", "thông báo đến", "thông báo cho"])

    /// Words in a meeting's clause that put it well before the news: "trong phiên họp … tuần trước".
    static let past = PhraseTable(["tuần trước", "tháng trước", "năm ngoái", "năm trước", "hôm trước"])

    /// Words right after a meeting noun that put it in the past or future of the news:
    /// "cuộc làm việc lần trước", "hội nghị tới".
    static let notThisOne = PhraseTable(["lần trước", "trước đó", "tới", "sắp tới", "năm trước", "năm ngoái"])

    /// Words that open a sentence adding something besides the news: "Ngoài ra", "Bên cạnh đó".
    static let besides = PhraseTable(["ngoài ra", "bên cạnh đó"])

    /// What a festival, a contest or a tournament's round is called: the opening of one is no
    /// meeting ("lễ khai mạc Festival Huế", "lễ bế mạc Liên hoan phim Việt Nam lần thứ 14", "lễ khai
    /// mạc vòng chung kết giải bóng đá U21").
    static let festivals = PhraseTable([
        "festival", "liên hoan", "lễ hội", "hội chợ", "hội diễn", "hội thi", "hội báo", "hội hoa", "triển lãm",
        "giải", "cuộc thi", "sea games", "asiad", "olympic", "tuần lễ", "tuần văn hóa", "năm du lịch", "làng",
        "vòng chung kết", "vòng loại", "euro", "world cup", "cúp",
    ])

    /// Words that count meetings: "hai cuộc họp", "vài hội thảo", "gần chục cuộc họp", "hàng loạt hội nghị".
    static let counts: Set<String> = ["hai", "ba", "bốn", "vài", "mấy", "chục", "trăm", "loạt"]

    /// Words right before a meeting still ahead (folded): "tiến tới", "chào mừng" (Đại hội …), "Hướng tới
    /// Đại hội lần thứ XIII Công đoàn Việt Nam, … đã tổ chức giải bóng chuyền".
    static let ahead: Set<String> = ["tien toi", "huong toi", "chao mung"]

    /// Words that make a meeting noun many: "các cuộc họp", "những hội nghị", "nhiều cuộc làm việc".
    static let many: Set<String> = ["cac", "nhung", "nhieu", "moi", "hang"]

    /// Words right before a meeting noun (folded) that mention it in passing: "sau cuộc họp", "các
    /// hội nghị", "phòng hội thảo", "(an ninh) cho hội nghị WTO".
    static let passing: Set<String> = ahead.union([
        "sau", "truoc", "cac", "nhung", "nhieu", "moi", "mot so", "cho", "cac cuoc", "nhieu cuoc", "hang", "qua",
        "nhu", "giua", "ngoai", "khong", "chua", "phong", "chu tich", "ben le",
        // The frame of another: "Trong khuôn khổ Lễ kỷ niệm 30 năm Khuyến nông Việt Nam, …, Trung tâm … tổ chức Tọa đàm".
        "khuon kho",
        // Since it: "Kể từ hội thảo trực tuyến hôm 19/2, chúng tôi đã đóng 8.600 quán bar".
        "ke tu",
        // A document or the spirit of a meeting: "đưa nghị quyết Đại hội Đảng vào cuộc sống", "Nội
        // quy kỳ họp Quốc hội ban hành kèm theo Nghị quyết số 102/2015/QH13".
        "nghi quyet", "van kien", "tinh than", "noi quy", "quy che",
        // On its eve: "Giá dầu giảm mạnh trước thềm cuộc họp OPEC"; a party member suspended from its
        // meetings: "đình chỉ sinh hoạt cấp ủy và sinh hoạt Đảng".
        "truoc them", "dinh chi", "tam ngung",
        // A place named after it: "tại Trung tâm báo chí Đại hội X, Bộ trưởng … tổ chức họp báo",
        // "tổ chức tại Trung tâm Hội nghị và Triển lãm Hồng Kông".
        "bao chi", "trung tam",
        // The committee that prepares it: "Ban Trù bị Đại hội LĐBĐ VN khóa V đã họp".
        "tru bi",
        // Its standing committee, a body: "Uỷ ban Thường vụ Đại hội Đại biểu Nhân dân toàn quốc"; a term
        // named by its congress: "từ đầu nhiệm kỳ Đại hội XIII của Đảng đến nay".
        "thuong vu", "nhiem ky",
        // One proposed: "đề xuất hội đàm về cùng giải trừ quân bị từ Bình Nhưỡng"; one celebrated, as
        // "chào mừng": "không có những tiếng súng ăn mừng lễ chuyển giao chủ quyền".
        "de xuat", "an mung",
        // What something is for: "3 khu vực chính phục vụ lễ kỷ niệm ngày giải phóng miền Nam"; what
        // is kept safe: "an ninh trật tự Đại hội Đảng …", "bảo vệ Đại hội XIV" (and "báo về cuộc họp", a mention).
        "phuc vu", "an ninh", "trat tu", "an toan", "bao ve",
        // How well such meetings go, a topic: "nâng cao chất lượng sinh hoạt chi bộ", "hiệu quả các kỳ họp".
        "chat luong", "hieu qua",
    ])

    /// Words between a body and the meeting it held: "Sở … đã tổ chức hội nghị", "Bộ Thương mại đã có
    /// cuộc họp", "Thường trực Tỉnh ủy (đã có buổi) làm việc với", "… khẩn cấp tổ chức", "… tổ chức trọng thể
    /// lễ", "… trang nghiêm tổ chức sinh hoạt", "Bộ Y tế lập tức triệu tập cuộc họp", "Sở Y tế đã làm lễ khởi
    /// công", "Hội … lần đầu tiên tổ chức hội thảo", "Trường … đăng cai tổ chức" ("Đà Lạt" is no "đã").
    static let glue: Set<String> = [
        "đã", "vừa", "mới", "đang", "có", "tổ", "chức", "khai", "mạc", "bế", "tiến", "hành", "triệu", "tập",
        "mở", "chủ", "trì", "tiếp", "tục", "hôm", "nay", "qua", "sáng", "chiều", "tối", "trưa", "ngày",
        "chính", "thức", "long", "trọng", "kỳ", "lần", "thứ", "cùng", "buổi", "cuộc", "một", "sang", "đến", "bắt", "đầu", "tiên",
        "khẩn", "cấp", "thể", "cũng", "đồng", "lập", "tức", "làm", "kết", "thúc", "trang", "nghiêm", "trực", "đăng", "cai",
    ]
}
