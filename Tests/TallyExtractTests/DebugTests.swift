import Foundation
import Testing
@testable import TallyCore
@testable import TallyExtract

struct DebugTests {
    @Test func debug() throws {
        let text = try String(contentsOfFile: "/work/main/Evaluation/real-dev/g01-taliban-kill-three-turkmen-guards-badghis.txt", encoding: .utf8)
        let a = Article(text: text)
        for p in a.paragraphs { print("PARA", p.prefix(60)) }
        for c in a.clutter { print("CLUT", c.prefix(60)) }
        let s = Tokenizer.sentences(of: a.paragraphs[0], paragraph: 0, firstIndex: 0)
        let reader = FactReader(published: try! Period(parsing: "2014-02-27").start)
        for x in s { let f = reader.read(x); print("SENT", x.text.prefix(50), f.setAside as Any, f.mentions.map(\.word), f.tolls.map(\.value)) }
    }
}
