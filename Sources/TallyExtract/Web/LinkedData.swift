/// What Tally reads from a page's JSON-LD (`<script type="application/ld+json">`): the
/// publication date and the publisher's name, wherever they sit (top level, an `@graph`, an
/// array), the publisher given inline or by `@id`.
///
/// A scan, not a parser: it reads tokens and keeps a stack of the objects and arrays open, so
/// malformed JSON yields what could be read and deep nesting costs no recursion.
struct LinkedData {
    /// The first `datePublished` string.
    var datePublished: String?
    /// The `name` of the first `publisher` (inline, or the node its `@id` refers to).
    var publisherName: String?

    /// The properties of an object the scan keeps.
    private struct Node {
        /// The key under which the object (or the array holding it) sits.
        var key: String?
        var id: String?
        var name: String?
        var datePublished: String?
    }

    /// Reads one script's JSON.
    ///
    /// - Complexity: O(n).
    init(scanning json: String) {
        let bytes = Array(json.utf8)
        var nodes: [Node] = []
        // The open objects (with the node being read) and arrays (no node), innermost last;
        // `key` is where the container sits, `currentKey` the object's key being read.
        var stack: [(node: Node?, key: String?, expectsKey: Bool, currentKey: String?)] = []
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            switch byte {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                let parentKey = stack.last.map { $0.node != nil ? $0.currentKey : $0.key } ?? nil
                let isObject = byte == UInt8(ascii: "{")
                stack.append(
                    (isObject ? Node(key: parentKey) : nil, parentKey, isObject, nil))
                i += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if let closed = stack.popLast(), let node = closed.node { nodes.append(node) }
                i += 1
            case UInt8(ascii: ","):
                if !stack.isEmpty, stack[stack.count - 1].node != nil {
                    stack[stack.count - 1].expectsKey = true
                }
                i += 1
            case UInt8(ascii: ":"):
                if !stack.isEmpty { stack[stack.count - 1].expectsKey = false }
                i += 1
            case UInt8(ascii: "\""):
                let (string, next) = Self.string(bytes, from: i + 1)
                i = next
                guard !stack.isEmpty, stack[stack.count - 1].node != nil else { continue }
                if stack[stack.count - 1].expectsKey {
                    stack[stack.count - 1].currentKey = string
                } else {
                    switch stack[stack.count - 1].currentKey {
                    case "@id": stack[stack.count - 1].node?.id = string
                    case "name": stack[stack.count - 1].node?.name = string
                    case "datePublished": stack[stack.count - 1].node?.datePublished = string
                    default: break
                    }
                }
            default:
                i += 1
            }
        }
        while let closed = stack.popLast() {
            if let node = closed.node { nodes.append(node) }
        }
        datePublished = nodes.lazy.compactMap(\.datePublished).first
        if let publisher = nodes.first(where: { $0.key == "publisher" }) {
            publisherName =
                publisher.name
                ?? publisher.id.flatMap { id in
                    nodes.first { $0.id == id && $0.key != "publisher" && $0.name != nil }?.name
                }
        }
    }

    /// The JSON string that starts after the quote at `start - 1`, unescaped, and the index
    /// after its closing quote.
    private static func string(_ bytes: [UInt8], from start: Int) -> (String, Int) {
        var out: [UInt8] = []
        var i = start
        while i < bytes.count {
            let byte = bytes[i]
            if byte == UInt8(ascii: "\"") { return (String(decoding: out, as: UTF8.self), i + 1) }
            if byte == UInt8(ascii: "\\"), i + 1 < bytes.count {
                let escaped = bytes[i + 1]
                i += 2
                switch escaped {
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "b"), UInt8(ascii: "f"): out.append(0x20)
                case UInt8(ascii: "u"):
                    var (unit, next) = hex4(bytes, i)
                    i = next
                    if (0xD800..<0xDC00).contains(unit), i + 1 < bytes.count,
                        bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u")
                    {
                        let (low, after) = hex4(bytes, i + 2)
                        if (0xDC00..<0xE000).contains(low) {
                            unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                            i = after
                        }
                    }
                    out.appendUTF8(codePoint: unit)
                default: out.append(escaped)
                }
            } else {
                out.append(byte)
                i += 1
            }
        }
        return (String(decoding: out, as: UTF8.self), i)
    }

    /// Four hex digits at `start` (fewer when they stop), and the index after them.
    private static func hex4(_ bytes: [UInt8], _ start: Int) -> (UInt32, Int) {
        var value: UInt32 = 0
        var i = start
        while i < bytes.count, i < start + 4, let digit = hexDigit(bytes[i]) {
            value = value << 4 | digit
            i += 1
        }
        return (value, i)
    }

    private static func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }
}
