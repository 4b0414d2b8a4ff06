/// The groups of an aggregate: integer keys mapped to their metrics, in the order first seen.
///
/// Open addressing over a multiplicative hash of the key's lanes. The hot loop of aggregation
/// looks up one key a record; a `Dictionary` spent most of that time in `Hasher`, this spends
/// a few multiplications. Memory: the entries and a slot array at most four times as long as
/// the number of groups.
///
/// With tens of thousands of groups the table outgrows the processor's caches, and each lookup
/// waits for memory twice (slot, then entry). So additions are batched: a batch's slots are
/// loaded in one loop and its entries in the next, loads that do not depend on each other and
/// so overlap, before the additions themselves.
package struct GroupTable: Sendable {
    package typealias Key = SIMD8<Int32>

    /// A group: its key and metrics side by side, so a lookup touches one place.
    private struct Entry: Sendable {
        var key: Key
        var metrics: Metrics
    }

    private var entries: [Entry] = []
    /// Index into `entries` plus one; zero for an empty slot.
    private var slots: [Int32] = Array(repeating: 0, count: 64)

    /// Additions not yet applied.
    private var pending: [Entry] = []
    private static let batchSize = 32

    package init() {}

    /// Number of groups.
    package var count: Int { flushed.entries.count }

    /// The keys, in the order they were first added.
    package var keys: [Key] { flushed.entries.map(\.key) }

    /// The metrics of each key, in the order of ``keys``.
    package var metrics: [Metrics] { flushed.entries.map(\.metrics) }

    /// The table with every pending addition applied.
    package var flushed: GroupTable {
        if pending.isEmpty { return self }
        var table = self
        table.flush()
        return table
    }

    /// Adds `counted` to the metrics of `key`, adding the key when new.
    @inline(__always)
    package mutating func add(_ counted: Metrics, to key: Key) {
        pending.append(Entry(key: key, metrics: counted))
        if pending.count == GroupTable.batchSize { flush() }
    }

    /// Applies the pending additions.
    package mutating func flush() {
        let count = pending.count
        guard count > 0 else { return }
        let mask = slots.count - 1
        withUnsafeTemporaryAllocation(of: Int.self, capacity: count) { found in
            // Loads that overlap: every slot of the batch, then every entry they point to.
            slots.withUnsafeBufferPointer { slots in
                for i in 0..<count {
                    found[i] = Int(slots[GroupTable.hash(pending[i].key) & mask])
                }
            }
            entries.withUnsafeBufferPointer { entries in
                for i in 0..<count
                where found[i] != 0 && entries[found[i] - 1].key != pending[i].key {
                    found[i] = 0
                }
            }
            // A hit at the first slot adds straight away; anything else probes.
            for i in 0..<count {
                if found[i] != 0 {
                    entries[found[i] - 1].metrics += pending[i].metrics
                } else {
                    probe(pending[i].metrics, to: pending[i].key)
                }
            }
        }
        pending.removeAll(keepingCapacity: true)
    }

    private mutating func probe(_ counted: Metrics, to key: Key) {
        let mask = slots.count - 1
        var slot = GroupTable.hash(key) & mask
        while true {
            let stored = Int(slots[slot])
            if stored == 0 { break }
            if entries[stored - 1].key == key {
                entries[stored - 1].metrics += counted
                return
            }
            slot = (slot + 1) & mask
        }
        entries.append(Entry(key: key, metrics: counted))
        slots[slot] = Int32(entries.count)
        if entries.count * 2 > slots.count { grow() }
    }

    /// The metrics of `key`, or `nil` when it has none.
    package func metrics(of key: Key) -> Metrics? {
        let table = flushed
        let mask = table.slots.count - 1
        var slot = GroupTable.hash(key) & mask
        while true {
            let stored = Int(table.slots[slot])
            if stored == 0 { return nil }
            if table.entries[stored - 1].key == key { return table.entries[stored - 1].metrics }
            slot = (slot + 1) & mask
        }
    }

    /// Removes the groups whose key `shouldRemove` accepts; the others keep their order.
    package mutating func removeAll(where shouldRemove: (Key) -> Bool) {
        flush()
        let before = entries.count
        entries.removeAll { shouldRemove($0.key) }
        guard entries.count < before else { return }
        var size = 64
        while entries.count * 2 > size { size *= 2 }
        slots = Array(repeating: 0, count: size / 2)
        grow()
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, entry) in entries.enumerated() {
            var slot = GroupTable.hash(entry.key) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index + 1)
        }
    }

    /// The key's lanes hashed as four words; their byte order changes the hash values, never
    /// which group a key is in or the order of the groups.
    @inline(__always)
    private static func hash(_ key: Key) -> Int {
        let lanes = unsafeBitCast(key, to: (UInt64, UInt64, UInt64, UInt64).self)
        var h = lanes.0 &* 0x9E37_79B9_7F4A_7C15
        h = (h ^ lanes.1) &* 0xC2B2_AE3D_27D4_EB4F
        h = (h ^ lanes.2) &* 0x1656_67B1_9E37_79F9
        h = (h ^ lanes.3) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: h ^ (h >> 32))
    }
}
