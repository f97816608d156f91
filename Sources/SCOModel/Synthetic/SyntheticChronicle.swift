/// Large made-up chronicles for measuring sco at scale: deterministic for a seed, valid, and
/// varied like real archives (dates over 1990–2026 at every precision, thousands of
/// institutions, places, documents, 40-word summaries over a large vocabulary). Events are
/// written as they are made, so a million of them never sit in memory at once.
public struct SyntheticChronicle {
    public let events: Int
    public let seed: UInt64
    /// Words, places and summaries in Chinese characters, run together without spaces as
    /// Chinese is written: the heaviest case for the index's pairs of CJK characters.
    public let isCJK: Bool

    public init(events: Int, seed: UInt64, cjk: Bool = false) {
        self.events = max(0, events)
        self.seed = seed
        isCJK = cjk
    }

    var institutionCount: Int { min(3_000, max(20, events / 50)) }
    var documentCount: Int { events / 20 }

    /// Writes the chronicle in the file format, in pieces, through `emit`.
    public func write(_ emit: (String) -> Void) {
        var random = SplitMix(seed: seed)
        let words = isCJK ? SyntheticChronicle.hanVocabulary(&random, count: 6_000) : SyntheticChronicle.vocabulary(&random, count: 6_000)
        let places = isCJK ? SyntheticChronicle.hanVocabulary(&random, count: 400)
            : (0..<400).map { _ in SyntheticChronicle.name(&random, syllables: 2 + random.below(2)) }
        let institutions = (0..<institutionCount).map { i in
            (id: "inst-\(i)", title: "\(SyntheticChronicle.name(&random, syllables: 3)) \(random.pick(SyntheticChronicle.bodies))",
             seat: random.pick(places), parent: i > 10 && random.below(3) == 0 ? random.below(i) : nil)
        }
        ChronicleWriter.write(title: "Synthetic chronicle (\(events) events, seed \(seed))", records: { kind, each in
            switch kind {
            case .event:
                for i in 0..<events {
                    let institutionLinks = (0..<(1 + random.below(3))).map { _ in institutions[random.below(institutions.count)].id }
                    each(Event(
                        id: "ev-\(i)",
                        title: "\(random.pick(SyntheticChronicle.occasions)) on \(random.pick(words)) \(random.pick(words)) in \(random.pick(places))",
                        date: SyntheticChronicle.date(&random), place: random.pick(places),
                        summary: SyntheticChronicle.sentence(&random, words, count: 40),
                        institutions: Array(Set(institutionLinks)).sorted(), sources: [.citation("synthetic, seed \(seed)")]))
                }
            case .institution:
                for institution in institutions {
                    each(Institution(id: institution.id, title: institution.title,
                                     summary: SyntheticChronicle.sentence(&random, words, count: 20),
                                     partOf: institution.parent.map { institutions[$0].id }, seat: institution.seat,
                                     sources: [.citation("synthetic, seed \(seed)")]))
                }
            case .document:
                for i in 0..<documentCount {
                    each(Document(id: "doc-\(i)", title: "\(random.pick(SyntheticChronicle.documentNames)) on \(random.pick(words))",
                                  documentKind: random.pick(DocumentKind.allCases), date: SyntheticChronicle.date(&random),
                                  place: random.pick(places), parties: [institutions[random.below(institutions.count)].title],
                                  adoptedAt: "ev-\(random.below(events))",
                                  summary: SyntheticChronicle.sentence(&random, words, count: 30),
                                  sources: [.citation("synthetic, seed \(seed)")]))
                }
            }
        }, to: emit)
    }

    static let syllables = ["ka", "ro", "ta", "shi", "bek", "dor", "an", "mir", "sa", "vo", "lin", "zar", "tu", "gul",
                            "nor", "el", "qo", "ra", "ish", "yon", "ba", "ker", "dil", "mon", "sha", "ter", "ul", "pa"]
    static let bodies = ["Council", "Committee", "Secretariat", "Commission", "Agency", "Forum", "Centre", "Bureau"]
    static let occasions = ["Summit", "Meeting", "Conference", "Consultation", "Session", "Visit", "Signing", "Forum"]
    static let documentNames = ["Agreement", "Declaration", "Regulations", "Programme", "Charter", "Protocol", "Memorandum"]

    static func name(_ random: inout SplitMix, syllables count: Int) -> String {
        let raw = (0..<count).map { _ in random.pick(syllables) }.joined()
        return raw.prefix(1).uppercased() + raw.dropFirst()
    }

    static func vocabulary(_ random: inout SplitMix, count: Int) -> [String] {
        (0..<count).map { _ in (0..<(1 + random.below(3))).map { _ in random.pick(syllables) }.joined() }
    }

    /// Common characters of Chinese news text, 合 and 作 among them.
    static let han = Array("上海合作组织国家会议中央政府安全经济发展地区和平条约宣言理事会秘书处反恐怖机构成员观察员对话伙伴峰会主席外交部长签署文件协议宪章联合声明关于加强推动领域")

    static func hanVocabulary(_ random: inout SplitMix, count: Int) -> [String] {
        (0..<count).map { _ in String((0..<(2 + random.below(3))).map { _ in random.pick(han) }) }
    }

    static func sentence(_ random: inout SplitMix, _ words: [String], count: Int) -> String {
        let separator = words.first.map { SearchQuery.isCJK($0) } == true ? "" : " "
        let text = (0..<count).map { _ in random.pick(words) }.joined(separator: separator)
        return text.prefix(1).uppercased() + text.dropFirst() + "."
    }

    /// Mostly exact days, some months and years, a few intervals, over 1990–2026.
    static func date(_ random: inout SplitMix) -> EDTFDate {
        let year = 1990 + random.below(37)
        let month = 1 + random.below(12)
        let day = 1 + random.below(EDTFDate.daysIn(month: month, year: year))
        let start: EDTFDate.Point
        switch random.below(20) {
        case 0: start = .init(year: year, month: nil, day: nil)
        case 1...4: start = .init(year: year, month: month, day: nil)
        default: start = .init(year: year, month: month, day: day)
        }
        guard random.below(20) == 0, let d = start.day, d < EDTFDate.daysIn(month: month, year: year) else {
            return EDTFDate(start: start)
        }
        return EDTFDate(start: start, end: .init(year: year, month: month, day: d + 1))
    }
}
