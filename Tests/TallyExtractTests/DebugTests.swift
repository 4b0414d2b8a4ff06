import Testing
@testable import TallyCore
@testable import TallyExtract

struct DebugTests {
    @Test func debug() {
        let s = Tokenizer.sentences(of: "They seized four villagers as hostages and tried to take them across to Afghanistan, but the hostages fought back: the smugglers were killed, and so was one hostage, aged 52.", paragraph: 0, firstIndex: 0)[0]
        let reader = FactReader(published: try! Period(parsing: "2013-03-23").start)
        var facts = SentenceFacts(sentence: s)
        for i in s.tokens.indices { if let p = reader.personPhrase(s, at: i) { print("PHRASE", i, s.word(i), p.count, p.side, p.isAnaphoric, p.end) } }
        for p in reader.predicates(s) { print("PRED", p.position, s.word(p.position), p.kind, p.voice, p.isNegated) }
        print(reader.tolls(in: s, facts: &facts))
    }
}
