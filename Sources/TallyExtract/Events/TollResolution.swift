import TallyCore

/// Resolves the toll statements of one event into deaths by side: repeats and conflicting
/// reports of the same victims collapse (the lowest; the latest when revised), tolls of
/// different parties and different sides add, and a total larger than its known parts leaves
/// the rest unknown.
struct TollResolution {
    var fatalities = (militants: 0, security: 0, civilians: 0, unknown: 0)
    var flags: Set<ReviewFlag> = []
    var decisions: [String] = []
    /// The toll of people of no side and no party, as resolved ("the death toll rose to 21").
    var total: Int?

    /// A victims group: one side of one party.
    struct Group: Hashable {
        var side: Lexicon.Side
        var party: Country?
    }

    /// One predicate's victims: the sides it names, and its total when it names people of no
    /// side ("five people, including two guards").
    struct Statement {
        var sides: [Group: Int] = [:]
        var total: [Country?: Int] = [:]
        var qualifier: TollFact.Qualifier = .plain
        var isOtherAccount = false
        /// The scopes of its security figures: a police toll beside one of all the forces is
        /// part of it.
        var scopes: Set<TollFact.Scope?> = []
        /// Every figure one person told with "a".
        var isSingular = true
        /// Its people of no side are told besides those named by side ("three others").
        var isBesides = false
        /// The sides whose figure so far is one person told as a part, so that more people told
        /// one by one add up ("an ambulance driver and a villager"), unlike a part of a figure
        /// told whole before it.
        var listedSides: Set<Group> = []
        /// A figure of the title's, told over the body's.
        var isTitle = false
    }

    /// - Parameter interstate: the event is fought between two states (not Afghanistan's
    ///   militants): a figure each government gives is of its own people, unless a nationality
    ///   is named beside it.
    init(_ facts: [TollFact], interstate: Bool = false) {
        // Militants are nobody's citizens here: their nationality names no party.
        // "He said at least eight more soldiers died", in a council member's higher count: more
        // of that account's dead, weighed with it, never added to the figure that stands.
        // ("Tajikistan's foreign ministry had earlier announced that 25 civilians died", in a
        // fight between two states whose other government's toll has risen since: the only
        // figure Tajikistan gave, which nothing of its own replaces.)
        var told = facts
        for index in told.indices {
            guard interstate, told[index].qualifier == .superseded,
                let teller = told[index].speaker,
                !facts.contains(where: {
                    $0.qualifier != .superseded && ($0.speaker == teller || $0.party == teller)
                }),
                facts.contains(where: {
                    $0.qualifier != .superseded && ($0.speaker ?? $0.party) != nil
                })
            else { continue }
            told[index].qualifier = .plain
            decisions.append(
                "\(told[index].value) \(told[index].side.name) told earlier by \(teller.rawValue): its only figure, it stands"
            )
        }
        // "Kyrgyzstan had earlier reported 24 people killed", beside a new count of the hurt
        // only: an earlier figure that no later one replaces.
        if !told.contains(where: { $0.qualifier != .superseded }),
            let last = told.indices.last
        {
            told[last].qualifier = .plain
            decisions.append(
                "\(told[last].value) \(told[last].side.name) told earlier: no later figure replaces it"
            )
        }
        var facts = told.filter {
            $0.qualifier != .superseded && !($0.isOtherAccount && $0.qualifier == .additional)
        }.map { fact in
            var fact = fact
            if fact.side == .militants { fact.party = nil }
            return fact
        }
        // "Border guards killed three smugglers. A guard was also killed": more dead besides
        // those of another side, the first told of their own; a later "a sergeant died" is he.
        for index in facts.indices
        where facts[index].qualifier == .additional && facts[index].side != .unknown
            && !facts.contains(where: {
                $0.statement < facts[index].statement && $0.side == facts[index].side
            })
            // (Not after people of no side: "three people were killed; a guard also died" is
            // one more.)
            && facts.contains(where: {
                $0.statement < facts[index].statement && $0.side != .unknown
                    && $0.side != facts[index].side
            })
        {
            facts[index].qualifier = .plain
        }
        // Two governments each counting their own: a figure without a nationality is the
        // speaker's own dead when more than one state speaks.
        // In a fight between two states, a figure Kyrgyzstan gives of "Kyrgyz citizens" and one
        // Tajikistan gives are two parties too.
        // ("At least 24 were killed on the Kyrgyz side ... Tajikistan put its own toll at 17":
        // a government's own count beside another party's dead is its own party's too.)
        let speakers = Set(facts.compactMap(\.speaker))
        if speakers.count >= 2
            || ((interstate || facts.contains(where: \.isOwn))
                && speakers.union(facts.compactMap(\.party)).count >= 2)
        {
            // A government counts its own troops; of anyone else, only what it calls its own.
            // (Not a headline's "Four dead": the sum of all, no government's own count.)
            for index in facts.indices
            where facts[index].party == nil
                && (facts[index].isOwn || facts[index].side == .security || interstate)
                && !(facts[index].statement < 0 && facts[index].side == .unknown)
                // ("Reports in Tajikistan's local press claimed that 39 people died": people
                // of no side a country's press counts, perhaps the dead of both.)
                && !(facts[index].isToldByPress && facts[index].side == .unknown)
            {
                // A government counts its own troops; of others, the nationality named beside them.
                // "Both men ... died", in the other state's account: the people told, not its own.
                let others = interstate && !facts[index].isOwn && facts[index].side != .security
                facts[index].party =
                    others
                    ? facts[index].nationality
                        ?? (facts[index].refersBack ? nil : facts[index].speaker)
                    : facts[index].speaker
            }
        }
        // Parties matter only when two are named; one nationality says who, not whose count.
        if Set(facts.compactMap(\.party)).count < 2 {
            for index in facts.indices { facts[index].party = nil }
        }
        // "Women and children among the dead" beside a toll of the same party: who died, not
        // how many more.
        // ("35 people, among them women and children, have been killed": so too beside a
        // figure of its own sentence.)
        let totalled = Set(facts.filter { $0.side == .unknown && !$0.isPart }.map(\.party))
        func sentence(_ fact: TollFact) -> Int { fact.statement % 1_000_000_000 / 10_000 }
        let countedSentences = Set(
            facts.filter { $0.side == .unknown && $0.qualifier != .unnumbered }.map(sentence))
        // "Three citizens were killed ... the workers killed had been employed nearby": the only
        // side the dead are given, in a sentence of its own, says who the counted dead were.
        let namedOnly = facts.filter {
            $0.qualifier == .unnumbered && $0.side != .unknown && !$0.isPart
                && totalled.contains($0.party) && !countedSentences.contains(sentence($0))
        }
        let sidedCounted = facts.contains {
            $0.side != .unknown && $0.qualifier != .unnumbered
        }
        let whoTheDeadWere: Lexicon.Side? =
            !sidedCounted && Set(namedOnly.map(\.side)).count == 1 ? namedOnly.first?.side : nil
        facts.removeAll {
            $0.qualifier == .unnumbered
                && (totalled.contains($0.party) || countedSentences.contains(sentence($0)))
        }
        // "One of the dead was a militant from Uzbekistan, ... a commander ...": one person of
        // the side told in the sentence is the part told, not a second figure of one.
        let partSides = Set(
            facts.filter { $0.isPart && $0.side != .unknown }.map {
                [$0.sentence, $0.side.rawValue]
            })
        for index in facts.indices
        where !facts[index].isPart && facts[index].value == 1
            && partSides.contains([facts[index].sentence, facts[index].side.rawValue])
        {
            facts[index].isPart = true
        }
        // "The clash cost two civilians their lives. Abdulatif Sharipov died at the wheel of an
        // ambulance": a person told by name alone is one of the dead told otherwise.
        if facts.contains(where: { !$0.isNamed && $0.value > 0 }), facts.contains(where: \.isNamed)
        {
            facts.removeAll(where: \.isNamed)
            decisions.append("a person named beside other dead: one of them")
        }
        var statements: [Int: Statement] = [:]
        // "One of the dead is a soldier aged 29": a statement of parts only tells at least so
        // many, never a figure to weigh against the toll.
        let partsOnly = Set(facts.map(\.statement)).filter { statement in
            facts.allSatisfy { $0.statement != statement || $0.isPart }
        }
        for fact in facts {
            var statement = statements[fact.statement] ?? Statement()
            if !fact.isSingular { statement.isSingular = false }
            if fact.side == .security { statement.scopes.insert(fact.scope) }
            if fact.isOtherAccount { statement.isOtherAccount = true }
            if EventBuilder.isTitleStatement(fact.statement) { statement.isTitle = true }
            if fact.qualifier == .revised { statement.qualifier = .revised }
            if fact.qualifier == .additional { statement.qualifier = .additional }
            if fact.qualifier == .partial
                || (partsOnly.contains(fact.statement)
                    && fact.qualifier == .plain && statement.qualifier == .plain)
            {
                statement.qualifier = .partial
            }
            if [.unnumbered, .vague].contains(fact.qualifier) && statement.qualifier == .plain {
                statement.qualifier = fact.qualifier
            }
            if fact.side == .unknown && !fact.isPart {
                if fact.isBesides { statement.isBesides = true }
                statement.total[fact.party, default: 0] += fact.value
            } else if fact.side != .unknown {
                // "three servicemen were killed, two of them by ...": a subset, told again.
                // ("Two people died: an ambulance driver and a villager": parts listed one by
                // one, each of them more of the side.)
                let group = Group(side: fact.side, party: fact.party)
                if fact.isPart && statement.sides[group] != nil
                    && !(statement.listedSides.contains(group) && fact.value == 1)
                {
                    statements[fact.statement] = statement
                    continue
                }
                if fact.isPart && fact.value == 1 && statement.sides[group] == nil {
                    statement.listedSides.insert(group)
                }
                statement.sides[group, default: 0] += fact.value
            } else if fact.isPart && partsOnly.contains(fact.statement) {
                // "Two people were wounded; one of the two died in hospital": a part of people
                // told with no toll, so a floor of its own.
                statement.total[fact.party, default: 0] += fact.value
            } else if fact.isPart {
                // "two of them": part of the total already told.
            }
            statements[fact.statement] = statement
        }
        var ordered = statements.sorted { $0.key < $1.key }.map(\.value)
        // "A teenager and an elderly man were killed": people told one by one, some with no
        // side, are so many dead in all, and at least so many of each side named; so are "a
        // commander and three others".
        for index in ordered.indices
        where (ordered[index].isSingular || ordered[index].isBesides)
            && ordered[index].qualifier == .plain
            && !ordered[index].sides.isEmpty && !ordered[index].total.isEmpty
        {
            for (group, value) in ordered[index].sides
            where ordered[index].total[group.party] != nil {
                ordered[index].total[group.party]! += value
            }
            ordered[index].qualifier = .partial
            decisions.append("people told one by one, some of no side: a floor of each side")
        }
        // "Two Tajik servicemen were killed ... a Tajik serviceman aged 26 bled to death in
        // hospital": one of the two told in detail, not a lower count of them.
        for index in ordered.indices
        where ordered[index].isSingular && ordered[index].qualifier == .plain
            && ordered[index].total.isEmpty
        {
            let larger = ordered[index].sides.keys.allSatisfy { group in
                ordered.contains { other in
                    !other.isSingular && [.plain, .revised].contains(other.qualifier)
                        && (other.sides[group] ?? 0) > 1
                }
            }
            if larger && !ordered[index].sides.isEmpty {
                ordered[index].qualifier = .partial
                decisions.append("one person told in detail beside a larger toll: one of them")
            }
        }
        // "The police said two local policemen died" beside "14 members of the security
        // forces": the police count their own, a part of the whole.
        // A police toll larger than the whole is no part of it: another report of the same
        // dead ("six members of the security forces" against the Taliban's "12 policemen").
        let whole = ordered.filter { $0.qualifier == .plain && $0.scopes.contains(.all) }
            .map { $0.sides.filter { $0.key.side == .security }.values.reduce(0, +) }.max()
        if let whole {
            for index in ordered.indices
            where ordered[index].qualifier == .plain && ordered[index].scopes == [.police]
                && ordered[index].sides.filter({ $0.key.side == .security }).values.reduce(0, +)
                    <= whole
            {
                ordered[index].qualifier = .partial
                decisions.append("a police toll beside one of all the forces: part of it")
            }
        }
        // Sided groups: lowest of plain statements, latest revised, plus additions.
        var sided: [Group: Int] = [:]
        // The highest of conflicting figures for one side: a total of no side within them is
        // one more report of the same dead ("16 police", "14 police", "killed 13 men").
        var conflictingUpTo = 0
        // Groups whose count is only a plural with no figure ("its soldiers were killed").
        var unnumbered: [Group] = []
        let groups = Set(ordered.flatMap(\.sides.keys))
        for group in groups.sorted(by: { "\($0)" < "\($1)" }) {
            let told = ordered.filter { $0.sides[group] != nil }
            let revised = told.filter { $0.qualifier == .revised }
            let plain = told.filter { $0.qualifier == .plain }
            // "At least 11 died, six of them members of the security forces ... six members of
            // the security forces were also killed": the same six told again, not six more.
            // (One more is often another: "a child also died", after a child killed.)
            let toldAlready = Set(
                told.filter { $0.qualifier != .additional }.map { $0.sides[group]! }
            ).filter { $0 >= 2 }
            let repeated = told.filter {
                $0.qualifier == .additional && toldAlready.contains($0.sides[group]!)
            }
            for statement in repeated {
                decisions.append(
                    "\(group.side.name): \(statement.sides[group]!) more told, as many as told before: the same dead"
                )
            }
            let added = told.filter {
                $0.qualifier == .additional && !toldAlready.contains($0.sides[group]!)
            }.reduce(0) { $0 + $1.sides[group]! }
            let floor = told.filter { $0.qualifier == .partial }.map { $0.sides[group]! }.max() ?? 0
            let vague = told.filter { [.unnumbered, .vague].contains($0.qualifier) }.map {
                $0.sides[group]!
            }
            .min()
            var value = 0
            let label = group.side.name + (group.party.map { " (\($0.rawValue))" } ?? "")
            if let latest = revised.last {
                value = latest.sides[group]!
                flags.insert(.tollRevised)
                decisions.append("\(label): \(value), the latest revised figure")
            } else if !plain.isEmpty {
                let values = plain.map { $0.sides[group]! }
                value = values.min()!
                if Set(values).count > 1 {
                    conflictingUpTo = Swift.max(conflictingUpTo, values.max()!)
                }
                if Set(values).count > 1 {
                    flags.insert(.tollConflict)
                    decisions.append(
                        "\(label): \(value), the lowest of \(values.map(String.init).joined(separator: ", "))"
                    )
                } else {
                    decisions.append("\(label): \(value)")
                }
            }
            if revised.isEmpty && plain.isEmpty, let vague {
                decisions.append("\(label): \(vague), a plural with no figure or a vague word")
                value = vague
                unnumbered.append(group)
            }
            if floor > value {
                decisions.append("\(label): \(floor), the bodies counted")
                value = floor
            }
            // "12 more troops dead ... the overall toll of the assault has climbed to at least
            // 32": deaths added before a revised overall toll are within it.
            let lastAdded = ordered.lastIndex {
                $0.qualifier == .additional && $0.sides[group] != nil
            }
            let overall = ordered.indices.last {
                ordered[$0].qualifier == .revised && ordered[$0].total[group.party] != nil
            }
            if added > 0, let lastAdded, let overall, overall > lastAdded,
                let total = ordered[overall].total[group.party], value <= total,
                value + added > total
            {
                decisions.append(
                    "\(label): the \(added) more told are within the revised overall toll of \(total)"
                )
            } else if added > 0 {
                value += added
                decisions.append("\(label): \(added) more told as additional deaths")
            }
            sided[group] = value
        }
        // A figure with no nationality is the same victims as the one party named for that
        // side (the lowest stands); beside several parties it restates their sum.
        for group in sided.keys where group.party == nil {
            let named = sided.filter { $0.key.side == group.side && $0.key.party != nil }
            if named.count == 1, let (party, value) = named.first.map({ ($0.key, $0.value) }) {
                let lowest = Swift.min(value, sided[group]!)
                if lowest != value || lowest != sided[group]! {
                    flags.insert(.tollConflict)
                    decisions.append(
                        "\(group.side.name): \(lowest), the lowest of \(value) and \(sided[group]!)"
                    )
                }
                sided[party] = lowest
                sided[group] = 0
            } else if named.count > 1 {
                let sum = named.values.reduce(0, +)
                decisions.append(
                    "\(group.side.name): \(sided[group]!) without a party restates the \(sum) named by party"
                )
                sided[group] = Swift.max(0, sided[group]! - sum)
            }
        }
        // Totals of people of no side, per party; a party's rest is unknown.
        var unknown = 0
        let totalParties = Set(ordered.flatMap(\.total.keys))
        let namedParties = totalParties.compactMap { $0 }
        for party in namedParties.sorted(by: { $0.rawValue < $1.rawValue }) {
            guard
                let total = Self.resolveTotal(
                    ordered, party: party, flags: &flags, decisions: &decisions)
            else { continue }
            let known = sided.filter { $0.key.party == party }.reduce(0) { $0 + $1.value }
            unknown += Swift.max(0, total - known)
        }
        // "A soldier who was killed", in a caption over each government's count of its own
        // people of no side: one of those counted, whose party nobody names.
        let partyless = sided.filter { $0.key.party == nil && $0.key.side != .unknown }.values
            .reduce(0, +)
        if !namedParties.isEmpty, partyless > 0, unknown > 0 {
            let among = Swift.min(partyless, unknown)
            unknown -= among
            decisions.append("\(among) told by side with no party: among the parties' dead")
        }
        if namedParties.count + Set(sided.keys.compactMap(\.party)).subtracting(namedParties).count
            >= 2
        {
            flags.insert(.tollSummedByParty)
            decisions.append("tolls of different parties added")
        }
        let knownAll = sided.values.reduce(0, +) + unknown
        if totalParties.contains(nil),
            let total = Self.resolveTotal(ordered, party: nil, flags: &flags, decisions: &decisions)
        {
            self.total = total
            // (More than those told before them: not "cost two civilians their lives" told
            // ahead of the one death it sums.)
            let firstSided = ordered.firstIndex { !$0.sides.isEmpty } ?? ordered.count
            let onlyMore = ordered.indices.allSatisfy {
                ordered[$0].total[nil] == nil
                    || (ordered[$0].qualifier == .additional && $0 > firstSided)
            }
            if onlyMore && knownAll > 0 {
                // "A commander was killed ... two more people died in hospital": people told
                // only as more than the dead named, on top of them.
                decisions.append("\(total) more of no stated side, besides the \(knownAll) by side")
                unknown += total
            } else if total > knownAll && !namedParties.isEmpty {
                // "About 40 dead" beside each government's own count: the same dead, rounded.
                flags.insert(.tollConflict)
                decisions.append(
                    "total \(total) beside the parties' \(knownAll): the parties' counts stand")
            } else if total > knownAll,
                (total <= conflictingUpTo && sided.count == 1)
                    || (knownAll > 0
                        && ordered.allSatisfy { $0.total[nil] == nil || $0.isOtherAccount })
                    // "Terrorists attack security forces: 16 dead" over six of the forces and
                    // eight of the attackers told in the body: the headline's count of the
                    // same dead, the body's by side stand.
                    || (sided.count >= 2
                        && ordered.allSatisfy { $0.total[nil] == nil || $0.isTitle })
            {
                flags.insert(.tollConflict)
                decisions.append(
                    "total \(total) is another report of the same dead: the \(knownAll) by side stand"
                )
            } else if total > knownAll {
                decisions.append("total \(total): \(total - knownAll) of no stated side")
                unknown += total - knownAll
            } else if total < knownAll,
                case let within = unnumbered.filter({ sided[$0, default: 0] > 1 }),
                knownAll - total
                    <= within.reduce(0, { $0 + sided[$1]! - 1 })
                    && ordered.contains(where: {
                        $0.total[nil] == total && $0.qualifier == .plain
                    })
            {
                // "At least four were shot dead ... Tajikistan says three of its guards were
                // killed, while Kyrgyzstan says its soldiers were killed": a plural with no
                // figure is the rest of the total told, not two more.
                var excess = knownAll - total
                for group in within where excess > 0 {
                    let less = Swift.min(excess, sided[group]! - 1)
                    sided[group]! -= less
                    excess -= less
                    decisions.append(
                        "\(group.side.name): \(sided[group]!), the rest of the total \(total) told")
                }
            } else if total < knownAll {
                flags.insert(.tollConflict)
                decisions.append(
                    "total \(total) is below the \(knownAll) told by side: the sides stand")
            }
        }
        for (group, value) in sided {
            switch group.side {
            case .militants: fatalities.militants += value
            case .security: fatalities.security += value
            case .civilians: fatalities.civilians += value
            case .unknown: fatalities.unknown += value
            }
        }
        fatalities.unknown += unknown
        // (A few dead only: "civilians were among the 59 killed" names some of a war's dead.)
        if let whoTheDeadWere, (1...4).contains(fatalities.unknown),
            fatalities.militants + fatalities.security + fatalities.civilians == 0
        {
            decisions.append(
                "the dead of no stated side told elsewhere as \(whoTheDeadWere.name): \(whoTheDeadWere.name)"
            )
            switch whoTheDeadWere {
            case .militants: fatalities.militants = fatalities.unknown
            case .security: fatalities.security = fatalities.unknown
            case .civilians: fatalities.civilians = fatalities.unknown
            case .unknown: return
            }
            fatalities.unknown = 0
        }
    }

    /// A party's total of people: the latest revised, else the lowest told.
    static func resolveTotal(
        _ statements: [Statement], party: Country?, flags: inout Set<ReviewFlag>,
        decisions: inout [String]
    ) -> Int? {
        let told = statements.filter { $0.total[party] != nil }
        let label = "total" + (party.map { " (\($0.rawValue))" } ?? "")
        let added = told.filter { $0.qualifier == .additional }.reduce(0) { $0 + $1.total[party]! }
        var value: Int?
        let floor = told.filter { $0.qualifier == .partial }.map { $0.total[party]! }.max()
        if let latest = told.last(where: { $0.qualifier == .revised }) {
            value = latest.total[party]!
            flags.insert(.tollRevised)
            decisions.append("\(label): \(value!), the latest revised figure")
        } else {
            let values = told.filter { $0.qualifier == .plain }.map { $0.total[party]! }
            if let lowest = values.min() {
                value = lowest
                if Set(values).count > 1 {
                    flags.insert(.tollConflict)
                    decisions.append(
                        "\(label): \(lowest), the lowest of \(values.map(String.init).joined(separator: ", "))"
                    )
                }
            } else if let vague = told.filter({ $0.qualifier == .vague }).map({ $0.total[party]! })
                .min()
            {
                // "dozens dead", and no figure told: the vague word's value.
                value = vague
                decisions.append("\(label): \(vague), a vague word's value")
            }
        }
        if let floor, floor > (value ?? 0) { value = floor }
        // A revised total already holds the deaths added since ("13 more ... now stands at 59").
        if added > 0, told.last(where: { $0.qualifier == .revised }) == nil {
            value = (value ?? 0) + added
        }
        return value
    }
}
