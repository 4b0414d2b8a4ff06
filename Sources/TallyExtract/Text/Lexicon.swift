/// What a word means to the extractor, looked up once per token.
///
/// The word lists are the extractor's vocabulary: classes of verbs and nouns, not phrases of
/// particular articles. Multi-word expressions ("exchange of fire", "border guard") are
/// recognised by the fact readers from these classes.
enum Lexicon {
    /// Word classes.
    struct Classes: OptionSet, Sendable {
        let rawValue: UInt64
        /// Kills someone: "killed", "killing", "slew".
        static let killVerb = Classes(rawValue: 1 << 0)
        /// Dies: "died", "perished", "neutralised", "slain".
        static let dieVerb = Classes(rawValue: 1 << 1)
        /// A death as a noun or adjective: "deaths", "dead", "fatalities", "toll", "bodies".
        static let deathNoun = Classes(rawValue: 1 << 2)
        /// Hurt, not killed: "wounded", "injured".
        static let injury = Classes(rawValue: 1 << 3)
        /// Held, missing or moved, not killed: "detained", "captured", "missing", "rescued".
        static let detention = Classes(rawValue: 1 << 4)
        /// "was", "were", "been": a passive follows.
        static let auxiliary = Classes(rawValue: 1 << 5)
        /// "said", "reported", "according": who tells.
        static let reporting = Classes(rawValue: 1 << 6)
        /// Deaths without violence: "earthquake", "avalanche", "drowned", "accident".
        static let disaster = Classes(rawValue: 1 << 7)
        /// Not yet, or not real: "will", "plans", "could", "threatened".
        static let irrealis = Classes(rawValue: 1 << 8)
        /// "a", "an", "the", "this", "its".
        static let determiner = Classes(rawValue: 1 << 9)
        /// Modifiers that may stand inside a phrase naming people: "armed", "young", "other".
        static let modifier = Classes(rawValue: 1 << 10)
        /// Things counted that are not people: "km", "rifles", "years", "outposts".
        static let notPeople = Classes(rawValue: 1 << 11)
        /// Words of the border: "border", "frontier", "outpost", "guards".
        static let border = Classes(rawValue: 1 << 12)
        /// Prepositions and conjunctions that end a noun phrase.
        static let phraseEnd = Classes(rawValue: 1 << 14)
        /// "no", "not", "nobody", "none", "without".
        static let negation = Classes(rawValue: 1 << 15)
        /// Words of a state's opening or handing over: "opened", "inaugurated", "commissioned".
        static let opening = Classes(rawValue: 1 << 16)
        /// Words of repair: "repaired", "renovated", "rehabilitated".
        static let repair = Classes(rawValue: 1 << 18)
        /// Words of a measure held: "held", "conducted", "staged", "began".
        static let held = Classes(rawValue: 1 << 19)
        /// Revision words: "rose", "risen", "climbed", "increased", "updated".
        static let revision = Classes(rawValue: 1 << 21)
        /// Places outside the covered border areas that make an event another one's (Kabul,
        /// Ukraine, Syria).
        static let elsewhere = Classes(rawValue: 1 << 23)
    }

    /// Sides of the dead.
    enum Side: Int, Sendable, CaseIterable {
        case militants, security, civilians, unknown

        var name: String {
            switch self {
            case .militants: "militants"
            case .security: "security"
            case .civilians: "civilians"
            case .unknown: "unknown"
            }
        }
    }

    /// What a word knows.
    struct Entry: Sendable {
        var classes: Classes = []
        /// The side of a noun naming people ("guards", "smugglers", "people").
        var side: Side?
        /// Whether such a noun is plural.
        var isPlural = false
        /// The incident a trigger word starts, strongest first in ``IncidentType``.
        var incident: IncidentType?
        /// The measure a noun names.
        var measure: MeasureType?
        /// A number word's value.
        var number: Int?
        /// A month's number (1-12).
        var month: Int?
        /// A weekday (0 Sunday ... 6 Saturday).
        var weekday: Int?
        /// A covered country named or qualified ("Tajikistan", "Tajik").
        var country: Country?
        /// Whether the word is the country's name rather than its adjective.
        var isCountryName = false

        func has(_ wanted: Classes) -> Bool { !classes.isDisjoint(with: wanted) }
    }

    /// The entry of a lowercase word; an empty entry for unknown words.
    static func entry(_ word: String) -> Entry {
        table[word] ?? Entry()
    }

    static let table: [String: Entry] = {
        var table: [String: Entry] = [:]
        func add(_ words: [String], _ change: (inout Entry) -> Void) {
            for word in words { change(&table[word, default: Entry()]) }
        }
        func add(_ words: String, _ classes: Classes) {
            add(words.split(separator: " ").map(String.init)) { $0.classes.insert(classes) }
        }
        add("kill kills killing killed slew eliminating", .killVerb)
        add(
            "died die dies dying perished perish slain martyred neutralized neutralised eliminated liquidated succumbed",
            .dieVerb)
        add("death deaths dead fatalities fatality toll bodies body lives life", .deathNoun)
        add(
            "wounded wounding injured injuring injuries injury hurt hospitalised hospitalized wounds",
            .injury)
        add(
            "detained arrested captured missing abducted kidnapped taken rescued evacuated seized held hostage hostages detention arrest freed released",
            .detention)
        add("was were been being is are be got get", .auxiliary)
        add(
            "said says say report reported reports announced stated told confirmed according added noted informed claimed claims quoted cited acknowledged admitted speak speaks spoke saying reporting",
            .reporting)
        add(
            "earthquake earthquakes quake tremor avalanche avalanches flood floods flooding mudslide mudslides landslide landslides mudflow mudflows drowned drowning accident accidents crash crashed collapse collapsed illness disease covid storm blizzard frostbite froze freezing overdose suicide heatstroke electrocuted hazing",
            .disaster)
        add(
            "will would could might may plans plan planned planning intends intend intended want wants threatened threatens threaten warned warns warning expected proposed pledged promised vowed aims aim if should",
            .irrealis)
        add("a an the this that these those its their his her our", .determiner)
        add(
            "armed young other more additional further local foreign unidentified unknown suspected alleged heavily well two-member member members several remaining surviving injured wounded fellow off-duty junior senior ordinary innocent forestry forest",
            .modifier)
        add(
            "km kilometres kilometers kilometre kilometer metres meters metre meter miles mile percent per years year months month days day hours hour weeks week times minutes kg kilograms kilogram kilos grams tons tonnes rifles weapons guns rounds cartridges cases occasions shots drones mines shells grenades vehicles trucks cars houses homes countries nations sides parties states buildings families sheep cattle dollars somoni million billion thousand incidents incursions attacks clashes skirmishes outposts posts checkpoints villages districts points sections kilometre-long",
            .notPeople)
        add(
            "border borders frontier frontiers outpost outposts checkpoint checkpoints crossing boundary",
            .border)
        add(
            "in on at near during after before when while as by from into across since until with without against over under between within amid following because but although whereas despite",
            .phraseEnd)
        add("no not nobody none neither nor without never no-one", .negation)
        add(
            "opened opens open opening inaugurated inaugurates inaugurating inauguration commissioned commissioning unveiled launched handed handover completed",
            .opening)
        add(
            "repaired repair repairs renovated renovation rehabilitated rehabilitation refurbished restored reconstruction reconstructed modernised modernized upgraded",
            .repair)
        add(
            "held hold holding holds conducted conducting conduct staged staging began begin begins started start kicked launched underway took taking carried completed concluded ended ends wraps wrapped finished culminated",
            .held)
        add(
            "rose risen rise rises climbed climb climbs increased increase increases jumped jumps reached reaches updated revised",
            .revision)
        add(
            "kabul kandahar helmand ghazni nangarhar herat-city kunar paktia paktika khost logar wardak uruzgan urozgan oruzgan zabul daykundi samangan baghlan nuristan farah nimroz ghor nato isaf bamyan parwan kapisa panjshir laghman pakistan pakistani iran iranian russia russian ukraine ukrainian syria syrian iraq iraqi moscow sari islamabad tehran peshawar quetta gaza israel israeli kashmir india indian armenia armenian armenians azerbaijan azerbaijani azeri karabakh baku yerevan sudan yemen gaza lebanon nimruz boldak torkham chaman waziristan jalalabad",
            .elsewhere)

        // People, by side. Plural forms are marked for counting ("guards were killed" is two).
        func people(_ side: Side, _ singular: String, _ plural: String) {
            add(singular.split(separator: " ").map(String.init)) { $0.side = side }
            add(plural.split(separator: " ").map(String.init)) {
                $0.side = side
                $0.isPlural = true
            }
        }
        people(
            .security,
            "guard serviceman soldier officer trooper policeman conscript commander chief sergeant lieutenant captain major colonel private servicemember ranger-guard border-guard warrant cadet general agent defender",
            "guards servicemen soldiers officers troops troopers police policemen conscripts commanders sergeants servicemembers personnel forces cadets privates lieutenants captains majors colonels generals agents defenders"
        )
        people(
            .militants,
            "captor kidnapper abductor militant insurgent intruder infiltrator smuggler trafficker trespasser attacker gunman terrorist fighter rebel extremist assailant bandit jihadist raider courier accomplice taker guerrilla",
            "taliban captors kidnappers abductors militants insurgents intruders infiltrators smugglers traffickers trespassers attackers gunmen terrorists fighters rebels extremists assailants bandits jihadists raiders couriers accomplices takers daesh isis isil iskp guerrillas criminals"
        )
        people(
            .civilians,
            "civilian employee staffer protester demonstrator hostage captive resident worker villager woman child son daughter mother father wife husband brother sister teenager farmer shepherd boy girl passer-by teacher driver fisherman trader herder ranger forester logger woodcutter hunter student pupil baby infant miner engineer labourer laborer pensioner doctor nurse journalist merchant grandson granddaughter grandmother grandfather shopkeeper vendor porter gardener herdsman cowherd beekeeper builder mechanic peasant schoolboy schoolgirl watchman refugee",
            "civilians employees staff protesters demonstrators hostages captives residents workers villagers women children sons daughters teenagers farmers shepherds boys girls passers-by teachers drivers fishermen traders herders rangers foresters loggers woodcutters hunters students pupils babies infants miners engineers labourers laborers pensioners doctors journalists locals merchants shopkeepers vendors porters gardeners herdsmen cowherds beekeepers builders mechanics peasants schoolboys schoolgirls schoolchildren watchmen refugees"
        )
        people(
            .unknown,
            "person man individual citizen national member body victim violator leader ringleader governor bodyguard hero combatant companion comrade",
            "people persons men individuals citizens nationals members others victims violators leaders ringleaders governors bodyguards heroes combatants companions comrades"
        )

        // Incident triggers (single words; phrases are read by the fact reader).
        func trigger(_ type: IncidentType, _ words: String) {
            add(words.split(separator: " ").map(String.init)) { $0.incident = type }
        }
        trigger(
            .armedClash,
            "clash clashes clashed clashing shootout shootouts firefight firefights skirmish skirmishes gunfight gunfights gunbattle fighting battle battling battled violence flare-up confrontation confrontations"
        )
        trigger(
            .shelling,
            "shelling shelled mortar mortars artillery rocket rockets shell bombarded bombardment grad mlrs projectile projectiles"
        )
        trigger(
            .explosion,
            "explosion explosions blast blasts exploded landmine landmines mine mines ied ieds detonated detonation bomb bombs bombing"
        )
        trigger(
            .attack,
            "attack attacks attacked attacking ambush ambushed ambushes raid raided stormed assault assaulted drone drones grenade shooting shootings beating beaten shoved"
        )
        trigger(
            .abduction,
            "abducted abduction abductions kidnapped kidnapping kidnappings hostage hostages captive"
        )
        trigger(
            .infiltration,
            "infiltration infiltrations infiltrated infiltrating incursion incursions crossed entered slipped sneaked intrusion breach"
        )
        trigger(
            .capture,
            "captured seized grabbed overran overrun taken took expelled recaptured retook retaken retake recapture reclaimed regained liberated freed fell fallen falls passed occupied"
        )

        func measure(_ type: MeasureType, _ words: String) {
            add(words.split(separator: " ").map(String.init)) { $0.measure = type }
        }
        measure(.outpost, "outpost outposts")
        measure(.checkpoint, "checkpoint checkpoints checkpost checkposts")
        measure(.exercise, "exercise exercises drill drills manoeuvres maneuvers wargames")
        measure(.deployment, "deployed deployment deployments reinforcements redeployed")
        measure(.fortification, "fence fences fencing wall fortification fortifications barrier")

        for (value, word) in [
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen",
        ].enumerated() {
            table[word, default: Entry()].number = value
        }
        for (index, word) in [
            "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
        ].enumerated() {
            table[word, default: Entry()].number = (index + 2) * 10
        }
        table["single", default: Entry()].number = 1
        table["both", default: Entry()].number = 2
        table["pair", default: Entry()].number = 2
        for (index, word) in [
            "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december",
        ].enumerated() {
            table[word, default: Entry()].month = index + 1
            table[String(word.prefix(3)), default: Entry()].month = index + 1
        }
        table["sept", default: Entry()].month = 9
        for (index, word) in [
            "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        ].enumerated() {
            table[word, default: Entry()].weekday = index
        }
        for country in Country.allCases {
            for name in country.names {
                table[name, default: Entry()].country = country
                table[name, default: Entry()].isCountryName = true
            }
            for adjective in country.adjectives {
                table[adjective, default: Entry()].country = country
            }
        }
        return table
    }()
}

/// The five countries whose borders Tally covers.
enum Country: String, CaseIterable, Sendable {
    case tajikistan = "Tajikistan"
    case afghanistan = "Afghanistan"
    case kyrgyzstan = "Kyrgyzstan"
    case uzbekistan = "Uzbekistan"
    case turkmenistan = "Turkmenistan"

    var names: [String] {
        switch self {
        case .tajikistan: ["tajikistan"]
        case .afghanistan: ["afghanistan", "emirate"]
        case .kyrgyzstan: ["kyrgyzstan", "kirgizia", "kyrgyzia"]
        case .uzbekistan: ["uzbekistan"]
        case .turkmenistan: ["turkmenistan"]
        }
    }

    var adjectives: [String] {
        switch self {
        case .tajikistan: ["tajik", "tajikistani", "tajiks", "tajikistanis"]
        case .afghanistan: ["afghan", "afghans"]
        case .kyrgyzstan: ["kyrgyz", "kirghiz", "kyrgyzstani", "kyrgyzstanis"]
        case .uzbekistan: ["uzbek", "uzbeks"]
        case .turkmenistan: ["turkmen", "turkmens"]
        }
    }
}

/// Incident types, strongest first: an event told with several words takes the strongest.
enum IncidentType: Int, Comparable, Sendable, CaseIterable {
    case armedClash, shelling, explosion, attack, abduction, capture, infiltration

    var code: String {
        switch self {
        case .armedClash: "armed_clash"
        case .shelling: "shelling"
        case .explosion: "explosion"
        case .attack: "attack"
        case .abduction: "abduction"
        case .capture: "capture"
        case .infiltration: "infiltration"
        }
    }

    static func < (lhs: IncidentType, rhs: IncidentType) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Measure types.
enum MeasureType: Int, Sendable, CaseIterable {
    case outpost, checkpoint, trainingFacility, exercise, deployment, fortification

    var code: String {
        switch self {
        case .outpost: "outpost_opened"
        case .checkpoint: "checkpoint_opened"
        case .trainingFacility: "training_facility_opened"
        case .exercise: "exercise"
        case .deployment: "deployment"
        case .fortification: "fortification"
        }
    }
}
