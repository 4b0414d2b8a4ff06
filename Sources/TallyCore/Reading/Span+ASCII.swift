extension Span<UInt8> {
    /// Whether the bytes equal an ASCII string, ignoring ASCII case.
    @inline(__always)
    package func equalsIgnoringASCIICase(_ other: StaticString) -> Bool {
        guard other.utf8CodeUnitCount == count else { return false }
        let pointer = other.utf8Start
        for i in indices where asciiLowercase(self[i]) != asciiLowercase(pointer[i]) {
            return false
        }
        return true
    }

    /// Whether the bytes start with those of an ASCII string.
    package func hasPrefix(_ prefix: StaticString) -> Bool {
        guard prefix.utf8CodeUnitCount <= count else { return false }
        let pointer = prefix.utf8Start
        for i in 0..<prefix.utf8CodeUnitCount where self[i] != pointer[i] { return false }
        return true
    }
}

extension UnsafeRawBufferPointer {
    /// Whether the bytes equal an ASCII string, ignoring ASCII case.
    @inline(__always)
    package func equalsIgnoringASCIICase(_ other: StaticString) -> Bool {
        let bytes = assumingMemoryBound(to: UInt8.self)
        return bytes.span.equalsIgnoringASCIICase(other)
    }
}

/// The byte with A-Z mapped to a-z.
@inline(__always)
package func asciiLowercase(_ byte: UInt8) -> UInt8 {
    byte &- 0x41 < 26 ? byte | 0x20 : byte
}
