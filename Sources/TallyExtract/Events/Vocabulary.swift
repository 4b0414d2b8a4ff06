/// The words that make an event, a side or a death in border news.
enum Vocabulary {
    /// Incident triggers by type, strongest first: a sentence about a clash with infiltrating
    /// militants is a clash.
    static let incidentTypes: [(type: String, phrases: [String])] = [
        (
            "armed_clash",
            [
                "armed clash", "clash", "clashes", "clashed", "shootout", "shootouts", "shoot-out",
                "exchange of fire",
                "exchanges of fire", "exchanged fire", "exchanging fire", "gun battle",
                "gun battles", "gunbattle",
                "firefight", "firefights", "skirmish", "skirmishes", "fighting broke out",
                "fighting erupted",
                "fought off", "repelled", "repel", "opened fire", "fired at", "fire on", "fired on",
                "fighting between", "fighting with", "gunfight", "gunfights", "gun fight",
                "traded fire", "trading fire",
                "shooting broke out", "operation against", "military operation",
                "counter-terrorism operation", "security operation",
            ]
        ),
        (
            "shelling",
            [
                "shelling", "shelled", "mortar fire", "mortar rounds", "mortar round",
                "mortar shells", "mortar shell",
                "mortar attack", "artillery fire", "rocket fire", "rockets hit",
            ]
        ),
        (
            "explosion",
            [
                "explosion", "explosions", "blast", "blasts", "exploded", "landmine", "land mine",
                "roadside bomb", "went off", "detonated", "detonation",
                "ied", "improvised explosive",
            ]
        ),
        (
            "attack",
            [
                "attack", "attacks", "attacked", "ambush", "ambushed", "ambushes", "drone strike",
                "drone strikes",
                "grenade", "grenades", "struck", "raided", "stormed",
            ]
        ),
        (
            "abduction",
            [
                "abducted", "abduction", "abductions", "kidnapped", "kidnapping", "taken hostage",
                "seized",
            ]
        ),
        (
            "infiltration",
            [
                "infiltration", "infiltrations", "infiltrated", "infiltrating", "incursion",
                "incursions",
                "crossed the border illegally", "illegally crossed", "crossed into",
                "crossed the border",
                "crossed from", "cross into", "crossed onto", "slipped across", "slipped into",
                "tried to cross",
                "attempted to cross", "trying to cross",
            ]
        ),
    ]

    /// Words that make an undated incident sentence a new event rather than more of the last one.
    static let anotherEvent = [
        "another", "separate", "separately", "second", "meanwhile", "elsewhere", "in a further",
        "also attacked",
        "the same day", "a day later", "the next day",
    ]

    /// Measure triggers by type; outposts and checkpoints also need a word of building or opening.
    static let measureTypes: [(type: String, phrases: [String], needsEstablishing: Bool)] = [
        (
            "outpost_opened",
            [
                "outpost", "outposts", "frontier post", "frontier posts", "border post",
                "border posts", "guard post", "guard posts",
            ], true
        ),
        (
            "checkpoint_opened",
            ["checkpoint", "checkpoints", "check-point", "checkpost", "checkposts"], true
        ),
        (
            "training_facility_opened",
            [
                "training field", "training fields", "training centre", "training center",
                "training centres", "training facility",
                "training facilities", "training ground", "training grounds", "training range",
                "firing range",
            ], true
        ),
        ("exercise", ["exercise", "exercises", "drill", "drills", "war games"], false),
        (
            "deployment",
            [
                "deployed", "deployment", "deployments", "reinforcements", "additional units",
                "extra troops", "sent troops", "more troops", "reinforced", "additional forces",
                "extra forces", "stationed", "additional company", "additional battalion",
                "additional personnel",
                "additional border troops", "extra units",
                "additional troops", "redeployed",
            ], false
        ),
    ]

    static let establishing = [
        "open*", "inaugurat*", "commission*", "built", "build*", "construct*", "unveil*", "launch*",
        "new", "set up",
        "handed over", "established", "erected", "completed",
    ]

    /// Words that make a measure's exercise or deployment an actual event, not background.
    static let happened = [
        "held", "hold*", "conducted", "conduct*", "began", "begin*", "launched", "staged",
        "carried out", "started",
        "took part", "take part", "taking part", "deployed", "sent", "moved", "arrived",
        "reinforced", "redeployed",
        "completed", "concluded", "kicked off", "opened", "inaugurated", "commissioned", "built",
        "unveiled",
    ]

    /// Markers of plans, opinions and background: no event in such a sentence.
    static let notFactual = [
        "analysts say", "analysts said", "analysts warn", "experts say", "experts said",
        "longstanding",
        "long-standing", "including joint", "such measures", "has been a source",
        "have been a source",
        "repeated incursions", "plans to", "plan to", "planned", "will", "would", "could",
        "agreed to", "intends",
        "is expected", "are expected", "aims to", "aiming to", "discussed", "proposed", "pledged",
        "planning", "denied", "denies", "due to start", "is due", "are due", "scheduled", "will be",
        "long history", "several times a year",
        "every year", "regularly", "have been targeted", "has been targeted", "including regular",
    ]

    /// An exercise's scenario ("practised repelling an attack") describes no incident.
    static let scenario = [
        "practised", "practiced", "practising", "simulated", "simulating", "rehearsed",
        "rehearsing", "scenario",
    ]

    /// Markers of counts that sum up past events rather than report a new one.
    static let contextCounts = [
        "since the start of", "since the beginning of", "since january", "so far this year",
        "this year alone",
        "in recent weeks", "in recent months", "had already been", "have already been",
        "has already been", "to date",
        "in total", "altogether", "the first", "the second", "the third", "the fourth", "the fifth",
        "the sixth",
        "the latest in", "last year", "were recorded", "have been recorded", "were registered",
        "have been registered", "over the past", "in the past", "past decade", "has long",
        "have long", "for years", "for decades",
    ]

    static let death = [
        "killed", "kill", "kills", "killing", "dead", "death", "deaths", "died", "die", "dies",
        "dying", "fatalities",
        "fatality", "lives", "life", "bodies", "body", "slain", "perished", "toll",
    ]
    static let injury = [
        "wounded", "wounding", "injured", "injuring", "injuries", "injury", "hurt", "hospitalised",
        "hospitalized",
    ]

    /// Side nouns (first word of multi-word ones is matched with what follows).
    static let sides: [(side: Side, phrases: [String])] = [
        (
            .security,
            [
                "border guard", "border guards", "border guard's", "guard", "guards", "serviceman",
                "servicemen", "soldier",
                "soldiers", "officer", "officers", "troops", "trooper", "troopers", "police",
                "policeman", "policemen",
                "border troops", "security forces", "security personnel", "military personnel",
                "personnel", "conscript",
                "conscripts", "taliban", "commander", "commanders", "servicemember",
                "servicemembers",
            ]
        ),
        (
            .militants,
            [
                "militant", "militants", "insurgent", "insurgents", "intruder", "intruders",
                "infiltrator", "infiltrators",
                "smuggler", "smugglers", "trafficker", "traffickers", "trespasser", "trespassers",
                "attacker", "attackers",
                "gunman", "gunmen", "terrorist", "terrorists", "fighters", "fighter", "rebel",
                "rebels", "extremist",
                "extremists", "assailant", "assailants", "violator", "violators",
                "border violators", "drug smugglers",
            ]
        ),
        (
            .civilians,
            [
                "civilian", "civilians", "resident", "residents", "worker", "workers", "villager",
                "villagers", "women",
                "children", "child", "son", "sons", "daughter", "daughters", "mother", "father",
                "wife", "husband", "brother", "sister", "teenager", "teenagers", "farmer",
                "farmers", "shepherd", "shepherds", "woman", "boy",
                "girl",
                "local", "locals", "passer-by", "passers-by", "teacher", "driver", "drivers",
            ]
        ),
    ]

    /// Nouns after a number that make it something other than a count of deaths.
    static let notDeathNouns: Set<String> = [
        "km", "kilometres", "kilometers", "kilometre", "kilometer", "metres", "meters", "miles",
        "percent", "%", "years",
        "year", "months", "month", "days", "day", "hours", "hour", "weeks", "week", "times",
        "incursions", "incidents",
        "attacks", "clashes", "outposts", "posts", "checkpoints", "kg", "kilograms", "tons",
        "tonnes", "grams",
        "minutes", "vehicles", "rifles", "weapons", "rounds", "cases", "occasions", "shots",
        "drones", "mines",
        "kilos", "packages", "million", "billion",
    ]

    enum Side {
        case militants, security, civilians, unknown
    }
}
