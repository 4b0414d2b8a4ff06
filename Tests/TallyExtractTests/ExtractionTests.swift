import Foundation
import TallyTestSupport
import Testing

@testable import TallyCore
@testable import TallyExtract

struct ExtractionTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()
    static let reference = root.deletingLastPathComponent()
        .appendingPathComponent(
            "shared/articles/khaama-press-tajikistan-russia-afghanistan-security.txt"
        ).path

    static func day(_ text: String) -> CivilDate { try! Period(parsing: text).start }

    static func extract(_ text: String, published: String = "2025-03-12") throws -> [Record] {
        try Extraction.records(
            fromArticle: text, name: "a", options: .init(published: day(published)))
    }

    static func totals(_ records: [Record]) -> Metrics {
        records.reduce(into: Metrics()) { $0.add($1) }
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: reference)))
    func `the reference article codes to the analyst's December 2024`() throws {
        let text = try String(contentsOfFile: Self.reference, encoding: .utf8)
        let records = try Self.extract(text, published: "2024-12-30")
        let december = records.filter {
            Period(.month, containing: $0.date).description == "2024-12"
        }
        let metrics = Self.totals(december)
        #expect(metrics.incidents == 3)
        #expect(
            metrics.fatalities == Fatalities(militants: 3, security: 2, civilians: 0, unknown: 5))
        #expect(metrics.measures == 5 && metrics.outposts == 4)
        #expect(
            records.allSatisfy {
                $0.country == "Tajikistan" && $0.region.isEmpty && $0.source == "Khaama Press"
            })
        let clash = try #require(records.first { $0.type == "armed_clash" })
        #expect(clash.date == Self.day("2024-12-25") && clash.datePrecision == .day)
        #expect(
            records.filter { $0.category == .measure }.allSatisfy {
                $0.notes.hasSuffix("[undated in the article: dated to its publication month]")
            })
    }

    /// The floors CI holds, per evaluation set: the share of articles exactly right (incidents,
    /// deaths by side and outposts, month by month), and the articles allowed to carry invented
    /// deaths: none, except one known failure of `real-check2` (a police clash in Faryab's
    /// Qaysar district, which its coders hold does not reach the border; the gazetteer lists
    /// Qaysar among Faryab's border places) and three of `real-check10`
    /// (two bombs and an attack placed only in a province, "in Badakhshan", "in Badghis", which
    /// its second coder holds out of scope as no border district is named; a two-day siege told
    /// by its day-by-day tolls and a statement from its first night, read as two events); listed
    /// so that any new one fails. `real-holdout` keys two attacks in inland districts (Chahar Dara,
    /// Qush Tepa) by the listed-province reading its agreement notes call the looser one; the
    /// extractor follows §1's "border district", so they are held as misses. `real-dev` is
    /// the set the extractor was built on; the other real sets were each measured blind first
    /// and then opened (see Evaluation/README.md); the `extract*` sets are the invented sets of
    /// earlier issues, kept as regression tests.
    static let floors: [(set: String, exactlyRight: Double, knownInventedDeaths: [String])] = [
        ("real-dev", 0.9583, []),
        ("real-test", 0.9687, []),
        ("real-holdout", 0.85, ["p02-kunduz-imam-sahib-chahar-dara.txt"]),
        ("real-check1", 0.975, []),
        ("real-check2", 0.85, ["u03-qaysar-checkpoint-clash.txt"]),
        ("real-check3", 0.80, []),
        ("real-check4", 0.7666, []),
        ("real-check5", 0.60, []),
        ("real-check6", 0.85, []),
        ("real-check7", 0.85, []),
        ("real-check8", 0.85, []),
        ("real-check9", 0.85, []),
        (
            "real-check10", 0.65,
            [
                "af01-kunduz-checkpoint-overrun-qala-zal-bomb.txt",
                "af08-bala-murghab-guards-return-from-turkmenistan.txt",
            ]
        ),
        ("real-check11", 0.85, []),
        ("real-check12", 0.70, []),
        ("real-check13", 0.45, []),
        ("real-check14", 0.75, []),
        ("real-check15", 0.60, ["ap05-tajik-toll-april-clashes-updated-19.txt"]),
        ("real-check16", 0.75, []),
        ("real-check17", 0.60, ["at08-peace-talks-postponed-durqad-air-raid.txt"]),
        ("real-check18", 0.90, []),
        ("real-check19", 0.75, []),
        ("real-check20", 0.70, []),
        ("real-check21", 0.85, []),
        ("real-check22", 0.80, []),
        ("real-check23", 0.85, []),
        ("real-check24", 0.75, ["bi03-farkhor-foresters-not-taliban.txt"]),
        ("real-check25", 0.85, []),
        ("real-check26", 0.90, []),
        ("real-check27", 0.85, []),
        ("real-check28", 0.75, ["bp03-aksy-uzbek-guard-killed-exchange.txt"]),
        ("real-check29", 0.85, []),
        ("real-check30", 0.75, []),
        ("real-check31", 0.90, []),
        ("real-check32", 0.60, []),
        ("real-check33", 0.75, []),
        ("real-check34", 0.70, []),
        ("real-check35", 1.00, []),
        ("real-check36", 0.65, []),
        ("real-check37", 0.75, ["ci10-kunduz-post-imam-sahib-airstrikes.txt"]),
        ("real-check38", 0.80, []),
        ("real-check39", 0.90, []),
        ("real-check40", 0.90, []),
        ("real-check41", 0.65, []),
        ("real-check42", 1.00, []),
        ("real-check43", 0.90, []),
        ("real-check44", 0.80, ["cv03-darqad-air-attack-denied.txt"]),
        ("real-check45", 0.90, []),
        ("real-check46", 0.75, []),
        ("real-check47", 0.75, []),
        ("real-check48", 0.80, []),
        ("real-check49", 0.75, []),
        ("real-check50", 0.90, []),
        ("real-check51", 0.90, []),
        ("real-check52", 0.70, []),
        ("real-check53", 0.80, []),
        ("real-check54", 0.80, []),
        ("real-check55", 0.90, []),
        ("real-check56", 0.65, []),
        ("real-check57", 0.75, []),
        ("real-check58", 0.75, []),
        ("real-check59", 0.75, []),
        ("real-check60", 0.80, ["ec08-khamab-turkmen-guards-taliban-rockets.txt"]),
        ("real-check61", 0.90, []),
        ("real-check62", 0.70, []),
        ("real-check63", 0.75, []),
        ("real-check64", 0.80, ["ej02-darqad-airstrike-after-guards-killed.txt"]),
        ("real-check65", 0.65, ["el02-shuroobod-smuggler-salom-yusuf-killed.txt"]),
        ("real-check66", 0.90, []),
        ("real-check67", 0.70, []),
        ("real-check68", 0.95, []),
        ("real-check69", 0.90, []),
        ("real-check70", 0.85, []),
        (
            "real-check71", 0.65,
            [
                "ex06-khamab-district-centre-falls-manglik-attack.txt",
                "ey03-boru-three-guards-killed-april.txt",
            ]
        ),
        ("real-check72", 0.80, []),
        ("real-check73", 0.80, []),
        ("real-check74", 0.60, []),
        ("real-check75", 0.70, []),
        ("real-check76", 0.80, []),
        ("real-check77", 0.70, []),
        ("real-check78", 0.70, []),
        ("real-check79", 0.70, ["fn09-two-tajik-guards-killed-mortar-kazakh.txt"]),
        (
            "real-check80", 0.50,
            [
                "fp04-rudaki-ishkobod-attack-doubts.txt",
                "fp06-17-dead-border-post-attack-tajikistan.txt",
                "fq05-shurobod-2011-border-toll.txt",
            ]
        ),
        (
            "real-check81", 0.55,
            ["fs01-rasht-ambush-soldiers-killed.txt", "fs02-jetizagara-uzbek-guard-shot-dead.txt"]
        ),
        ("real-check82", 0.70, ["fu10-badghis-checkpoints-stormed-21-dead.txt"]),
        ("real-check83", 0.90, []),
        ("real-check84", 0.60, []),
        ("real-check85", 0.85, ["ga08-qoshtepa-outpost-tajik-guards-kidnapped.txt"]),
        ("real-check86", 0.80, []),
        ("real-check87", 0.80, []),
        ("real-check88", 0.45, ["gg03-four-armed-men-killed-darivoa.txt"]),
        ("real-check89", 0.75, ["gh05-tajikistan-reports-19-dead.txt"]),
        ("real-check90", 0.75, []),
        ("real-check91", 0.70, ["gm01-kokul-smugglers-not-fishermen.txt"]),
        ("real-check92", 0.85, ["go09-taliban-take-kaldar-hairatan.txt"]),
        (
            "real-check93", 0.60,
            ["gp04-rmf24-tanks-isfara-civilian.txt", "gp06-bddnews-darqad-air-strike-denied.txt"]
        ),
        ("real-check94", 0.80, []),
        (
            "real-check95", 0.70,
            ["gt04-kunduz-imam-sahib-night-attack.txt", "gt06-qala-e-zal-border-police-killed.txt"]
        ),
        ("real-check96", 0.75, ["gv04-licorice-island-rumours.txt"]),
        ("real-check97", 0.75, ["gx10-afghan-border-police-battle.txt"]),
        ("real-check98", 0.8125, []),
        (
            "real-check99", 0.65,
            [
                "hb02-jowzjan-taliban-turkmen-guards-exchange-fire.txt",
                "hb03-sherkhan-bandar-134-soldiers-into-tajikistan.txt",
            ]
        ),
        ("real-check100", 0.90, []),
        ("real-check101", 0.90, []),
        ("real-check102", 0.70, ["hh09-marchak-besieged-turkmen-await-ashgabat.txt"]),
        ("real-check103", 0.70, ["hj04-takhar-eight-dead-and-wounded.txt"]),
        ("real-check104", 0.85, []),
        ("real-check105", 0.90, []),
        (
            "real-check106", 0.65,
            [
                "hq07-imam-sahib-16-soldiers-truce-ends.txt",
                "hq08-kunduz-18-killed-ten-abducted.txt",
                "hq10-kunduz-checkpoint-kapisa-imam-sahib-op.txt",
            ]
        ),
        ("real-check107", 0.7894, []),
        ("real-check108", 0.85, []),
        ("real-check109", 0.75, []),
        ("real-check110", 0.80, []),
        ("real-check111", 0.80, []),
        ("real-check112", 0.70, ["ib01-bahorak-three-smugglers-kazakh.txt"]),
        ("real-check113", 0.85, []),
        ("real-check114", 0.60, []),
        ("real-check115", 0.90, []),
        ("real-check116", 0.90, []),
        ("real-check117", 0.90, []),
        ("real-check118", 0.90, []),
        ("real-check119", 0.80, []),
        ("real-check120", 0.80, []),
        ("real-check121", 0.75, []),
        ("real-check122", 0.85, []),
        ("real-check123", 0.6842, []),
        ("real-check124", 0.85, ["jc06-uzbek-army-downs-afghan-plane-surkhandarya.txt"]),
        ("real-check125", 0.70, ["jd10-ambulance-driver-mortar-ceasefire.txt"]),
        ("real-check126", 0.8965, []),
        ("real-check127", 0.70, []),
        ("real-check128", 0.80, ["jl01-vorukh-second-tajik-citizen-killed.txt"]),
        ("real-check129", 0.4444, ["jq05-tajikistan-two-attacks-five-dead-last-week.txt"]),
        (
            "real-check130", 0.5517,
            ["jr06-hrw-war-crimes-report.txt", "js08-drone-attack-chinese-workers-khatlon.txt"]
        ),
        ("real-check131", 0.7333, []),
        (
            "real-check132", 0.7307,
            [
                "jy06-over-ninety-dead-kyrgyz-tajik.txt",
                "jz05-tajik-afghan-border-17-clashes-2025.txt",
            ]
        ),
        ("real-check133", 0.7333, ["ka02-nashaniva-two-officers-killed-four-posts.txt"]),
        ("real-check134", 0.70, ["kd07-ntv-exchange-fire-karabakh.txt"]),
        ("real-check135", 0.6666, []),
        (
            "real-check136", 0.7333,
            [
                "kj02-khorog-former-commander-killed.txt", "kj06-darqad-taliban-leader-ambush.txt",
                "kl03-prosecutor-general-attacks-undermine-china-ties.txt",
            ]
        ),
        ("real-check137", 0.6333, []),
        (
            "real-check138", 0.60,
            [
                "kp04-espreso-taliban-storm-badghis-checkpoints.txt",
                "kr01-uzbek-guard-killed-taliban-smugglers.txt",
            ]
        ),
        ("real-check139", 0.6666, []),
        ("real-check140", 0.70, []),
        ("real-check141", 0.7586, []),
        ("real-check142", 0.8214, ["lc08-mediazona-kok-tash-little-war.txt"]),
        ("real-check143", 0.60, ["lg10-novastan-daech-claims-ishkobod-attack.txt"]),
        ("real-check144", 0.7666, []),
        ("real-check145", 0.7037, ["lm01-ozodi-guard-body-cave.txt"]),
        (
            "real-check146", 0.6666,
            [
                "lo07-tajikistan-neutralises-four-militants.txt",
                "lp02-takhar-airstrike-conflicting-claims.txt",
            ]
        ),
        ("real-check147", 0.7391, ["lr10-turkishnewsworld-memorial-unit-7707.txt"]),
        ("real-check148", 0.80, ["lu07-kyrgyz-border-guard-suicide.txt"]),
        ("real-check149", 0.7307, []),
        ("real-check150", 0.8461, ["lz04-eleven-police-killed-balkh.txt"]),
        ("real-check151", 0.7777, ["me03-khamab-daimirdad-updates.txt"]),
        ("real-check152", 0.80, []),
        ("real-check153", 0.75, []),
        ("real-check154", 0.75, []),
        ("real-check155", 0.80, []),
        ("real-check156", 0.647, []),
        ("real-check157", 0.6315, []),
        ("real-check158", 0.9333, []),
        ("real-check159", 0.75, []),
        ("real-check160", 0.7333, []),
        ("real-check161", 0.90, []),
        ("real-check162", 0.6315, ["mz05-centralasia-china-un-investigation.txt"]),
        ("real-check163", 0.909, []),
        ("real-check164", 0.50, ["nb05-tasnim-balkh-faryab-police-posts.txt"]),
        ("real-check165", 1.00, []),
        ("real-check166", 0.909, []),
        (
            "real-check167", 0.50,
            [
                "ne02-newsasia-turkmen-warship-fires-on-iranian-boat.txt",
                "ne05-abai-kyrgyz-tajik-mutual-accusations.txt",
            ]
        ),
        ("real-check168", 0.70, []),
        ("real-check169", 0.90, []),
        ("real-check170", 0.80, []),
        ("real-check171", 0.90, []),
        ("real-check172", 0.90, []),
        ("real-check173", 0.75, []),
        ("real-check174", 0.75, []),
        ("real-check175", 0.647, []),
        ("real-check176", 0.90, []),
        ("real-check177", 0.7272, []),
        ("real-check178", 0.3333, []),
        ("real-check179", 0.8333, []),
        ("real-check180", 0.90, []),
        ("real-check181", 1.00, []),
        (
            "real-check182", 0.40,
            [
                "nu07-moscowtimes-tajik-troops-attack-ex-warlord.txt",
                "nu08-kyivpost-tajik-troops-strike-ex-warlord.txt",
            ]
        ),
        ("real-check183", 0.70, []),
        ("real-check184", 0.70, []),
        ("real-check185", 0.80, []),
        ("real-check186", 0.4545, []),
        ("real-check187", 0.6363, []),
        ("real-check188", 0.50, ["oa09-fergana-rasht-journalists-trip.txt"]),
        ("real-check189", 0.7272, []),
        ("real-check190", 0.90, []),
        ("real-check191", 0.8333, ["od09-yenixeber-taliban-killed-16-turkmen-soldiers.txt"]),
        ("real-check192", 0.75, []),
        ("real-check193", 0.60, []),
        ("real-check194", 0.5833, []),
        ("real-check195", 0.75, []),
        ("real-check196", 0.60, []),
        ("real-check197", 0.6666, []),
        ("real-check198", 0.8333, []),
        ("real-check199", 0.60, []),
        ("real-check200", 0.5454, []),
        ("real-check201", 0.7272, []),
        ("real-check202", 0.5833, []),
        ("real-check203", 0.6666, []),
        ("real-check204", 0.5384, ["oq04-acled-overview-batken-clash-may.txt"]),
        ("real-check205", 0.6666, []),
        ("real-check206", 0.6666, []),
        ("real-check207", 0.6666, []),
        (
            "real-check208", 0.5833,
            [
                "ou02-ittiloot-shortepa-killed-wounded-darzab-siege.txt",
                "ou05-parstoday-mardyan-two-posts-fall.txt",
            ]
        ),
        ("real-check209", 0.6666, []),
        ("real-check210", 0.8181, []),
        ("real-check211", 0.6363, []),
        ("real-check212", 0.7692, ["oy07-maralfm-no-deaths-registered.txt"]),
        ("real-check213", 0.5454, ["oz02-dawn-reuters-durqad-airstrike-denied.txt"]),
        ("real-check214", 0.7272, ["pa04-caravan-zardaly-device-two-children.txt"]),
        ("real-check215", 0.7692, []),
        ("real-check216", 0.70, ["pc01-albinaa-imam-sahib-taliban-seize-district.txt"]),
        ("real-check217", 1.00, []),
        ("real-check218", 0.3571, ["pe12-bomdod-vamar-crackdown-anniversary.txt"]),
        ("real-check219", 0.6666, ["pf10-24kg-health-minister-two-more-deaths.txt"]),
        ("real-check220", 0.90, []),
        (
            "real-check221", 0.7272,
            [
                "ph04-businessstandard-kunduz-post-imamsahib-airstrikes.txt",
                "ph11-highergroundtimes-kunduz-border-police-checkpoint.txt",
            ]
        ),
        ("real-check222", 0.7142, []),
        ("real-check223", 0.8333, []),
        ("real-check224", 1.00, []),
        ("real-check225", 0.8461, []),
        ("real-check226", 0.5454, []),
        ("real-check227", 0.50, []),
        (
            "real-check228", 0.4545,
            [
                "po01-perthnow-dpa-kyrgyz-tajik-clash-41-dead.txt",
                "po06-tajikistanfocus-bbc-khorog-many-dead.txt",
                "po08-sri-imam-sahib-falls-kunduz-encircled.txt",
            ]
        ),
        ("real-check229", 0.8181, []),
        ("real-check230", 0.7272, []),
        ("real-check231", 0.7857, []),
        ("real-check232", 0.8333, []),
        ("real-check233", 0.70, ["pu09-newsaz-bulak-bashy-shootout.txt"]),
        ("real-check234", 0.90, ["pv06-pajhwok-badakhshan-police-one-dead-miners-brawl.txt"]),
        ("real-check235", 0.8181, []),
        ("real-check236", 0.75, ["px08-opendemocracy-batken-conflict-girl-killed.txt"]),
        (
            "real-check237", 0.70,
            [
                "py02-sharjah24-chah-ab-checkpoints.txt", "py03-hvasl-muqur-post-falls.txt",
                "py09-coffeeordie-qaisar-police-hq.txt",
            ]
        ),
        ("real-check238", 0.8181, []),
        ("real-check239", 0.60, []),
        ("real-check240", 0.5833, []),
        (
            "real-check241", 0.30,
            [
                "qc06-naraiman-four-taliban-killed-bala-murghab.txt",
                "qc10-nawaiwaqt-nusay-attack-foiled.txt",
            ]
        ),
        ("real-check242", 0.7272, []),
        ("real-check243", 0.80, []),
        ("real-check244", 0.6363, ["qf11-erkinuz-why-did-mirziyoyev-attack-afghanistan.txt"]),
        ("real-check245", 0.8181, []),
        ("real-check246", 0.90, []),
        (
            "real-check247", 0.70,
            [
                "qi03-umuslim-heavy-fighting-kunduz.txt",
                "qi09-mytruckpage-faryab-two-districts.txt",
            ]
        ),
        ("real-check248", 0.90, ["qj04-ozodlik-kuvasoy-soldier-death-ruled-suicide.txt"]),
        ("real-check249", 0.8181, []),
        ("real-check250", 0.80, ["ql03-azathabar-sokh-hotbed-of-tension.txt"]),
        ("real-check251", 0.75, ["qm09-tajikherald-rahmon-opens-24-border-posts.txt"]),
        ("real-check252", 0.4545, ["qn07-trust-reuters-two-killed-kyrgyz-tajik-road-clashes.txt"]),
        ("extract", 1.00, []),
        ("extract-blind", 0.9333, []),
        ("extract-blind2", 1.00, []),
        ("extract-blind3", 1.00, []),
        ("extract-holdout", 1.00, []),
    ]

    @Test(arguments: floors)
    func `each evaluation set holds its floor, with no invented deaths beyond the known ones`(
        set: String, exactlyRight: Double, knownInventedDeaths: [String]
    ) throws {
        let evaluation = try ExtractionEvaluation.run(
            folder: Self.root.appendingPathComponent("Evaluation/" + set).path)
        #expect(evaluation.articles.count >= 10)
        #expect(evaluation.share(\.isExactlyRight) >= exactlyRight)
        #expect(
            Set(evaluation.articles.filter(\.inventedDeaths).map(\.article))
                .isSubset(of: knownInventedDeaths),
            "articles with more deaths than their key")
    }

    @Test func `a second coder's key is scored by article file name, as agreement with the first`()
        throws
    {
        let folder = Fixtures.folder()
        let header =
            "id,date,date_precision,country,region,category,type,count,fatalities,"
            + "fatalities_militants,fatalities_security,fatalities_civilians,fatalities_unknown\n"
        try """
        article,published,source,url,classes
        a1-clash.txt,2024-05-15,Outlet,https://example.org/1,typical
        a2-post.txt,2024-06-01,Outlet,https://example.org/2,measure_status
        a3-quiet.txt,2024-06-02,Outlet,https://example.org/3,no_event

        """.write(toFile: folder + "/articles.csv", atomically: true, encoding: .utf8)
        try
            (header
            + "a1-clash.txt,2024-05-13,day,Tajikistan,Khatlon,incident,armed_clash,1,2,2,0,0,0\n"
            + "a2-post.txt,2024-06,month,Tajikistan,Khatlon,measure,outpost_opened,1,0,0,0,0,0\n")
            .write(toFile: folder + "/expected.csv", atomically: true, encoding: .utf8)
        let second = folder + "/second-key.csv"
        try
            (header
            + "a1-clash.txt,2024-05-13,day,Tajikistan,Khatlon,incident,armed_clash,1,2,1,1,0,0\n"
            + "a2-post.txt,2024-06,month,Tajikistan,Khatlon,measure,outpost_opened,1,0,0,0,0,0\n")
            .write(toFile: second, atomically: true, encoding: .utf8)
        let (records, _) = try RecordListing.records(from: InputSet.resolve([second]))
        let evaluation = try ExtractionEvaluation.run(folder: folder, extracted: records)
        #expect(evaluation.articles.map(\.isExactlyRight) == [false, true, true])
        #expect(evaluation.articles[0].misses == ["deaths"])
    }

    /// An independent coder's key for every blind set from real-check50 on, scored against each
    /// set's key as the extractor is: the agreement measured when the keys were written
    /// (Evaluation/README.md).
    static let agreement: [(set: String, exactlyRight: Double)] = [
        ("real-check50", 1.0), ("real-check51", 0.95), ("real-check52", 0.95),
        ("real-check53", 0.85), ("real-check54", 0.95), ("real-check55", 0.75),
        ("real-check56", 1.0), ("real-check57", 0.95), ("real-check58", 1.0),
        ("real-check59", 0.95), ("real-check60", 0.95), ("real-check61", 0.95),
        ("real-check62", 0.85), ("real-check63", 1.0), ("real-check64", 0.90),
        ("real-check65", 0.90), ("real-check66", 1.0), ("real-check67", 0.95),
        ("real-check68", 0.85), ("real-check69", 0.80), ("real-check70", 0.85),
        ("real-check71", 0.80), ("real-check72", 0.95), ("real-check73", 0.95),
        ("real-check74", 0.95), ("real-check75", 0.85), ("real-check76", 0.85),
        ("real-check77", 1.0), ("real-check78", 0.95), ("real-check79", 0.95),
        ("real-check80", 0.95), ("real-check81", 0.85), ("real-check82", 0.90),
        ("real-check83", 0.90), ("real-check84", 0.95), ("real-check85", 0.90),
        ("real-check86", 0.80), ("real-check87", 0.90), ("real-check88", 0.80),
        ("real-check89", 0.95), ("real-check90", 0.90), ("real-check91", 0.90),
        ("real-check92", 0.95), ("real-check93", 0.90), ("real-check94", 0.95),
        ("real-check95", 0.85), ("real-check96", 0.95), ("real-check97", 0.95),
        ("real-check98", 0.9375), ("real-check99", 0.90), ("real-check100", 1.0),
        ("real-check101", 0.90), ("real-check102", 0.95),
        ("real-check103", 0.90), ("real-check104", 0.95),
        ("real-check105", 1.0), ("real-check106", 0.75),
        ("real-check107", 0.8421), ("real-check108", 0.85),
        ("real-check109", 0.95), ("real-check110", 0.80),
        ("real-check111", 0.90), ("real-check112", 0.95),
        ("real-check113", 1.0), ("real-check114", 0.80),
        ("real-check115", 0.95), ("real-check116", 0.95),
        ("real-check117", 1.0), ("real-check118", 0.85),
        ("real-check119", 0.90), ("real-check120", 0.95),
        ("real-check121", 1.0), ("real-check122", 0.80), ("real-check123", 0.8947),
        ("real-check124", 0.90), ("real-check125", 0.95),
        ("real-check126", 0.8965), ("real-check127", 0.9666),
        ("real-check128", 0.90), ("real-check129", 0.9629), ("real-check130", 0.862),
        ("real-check131", 0.9333), ("real-check132", 0.9615), ("real-check133", 0.9333),
        ("real-check134", 0.9333), ("real-check135", 0.9333), ("real-check136", 0.90),
        ("real-check137", 1.0), ("real-check138", 0.8666), ("real-check139", 1.0),
        ("real-check140", 0.9333), ("real-check141", 0.9655),
        ("real-check142", 0.8571), ("real-check143", 0.9333),
        ("real-check144", 1.0), ("real-check145", 0.7407), ("real-check146", 0.90),
        ("real-check147", 1.0), ("real-check148", 1.0), ("real-check149", 0.8461),
        ("real-check150", 0.7692), ("real-check151", 0.9259),
        ("real-check152", 0.90), ("real-check153", 1.0), ("real-check154", 0.80),
        ("real-check155", 0.85),
        ("real-check156", 0.8823),
        ("real-check157", 0.8947),
        ("real-check158", 1.0), ("real-check159", 1.0), ("real-check160", 0.9333),
        ("real-check161", 1.0), ("real-check162", 0.8947),
        ("real-check163", 0.909), ("real-check164", 1.0), ("real-check165", 1.0),
        ("real-check166", 1.0), ("real-check167", 1.0), ("real-check168", 0.90),
        ("real-check169", 1.0),
        ("real-check170", 0.90), ("real-check171", 0.90), ("real-check172", 1.00),
        ("real-check173", 1.00), ("real-check174", 0.75), ("real-check175", 0.7058),
        ("real-check176", 1.00), ("real-check177", 0.909), ("real-check178", 1.00),
        ("real-check179", 0.9166), ("real-check180", 1.00), ("real-check181", 1.00),
        ("real-check182", 0.60), ("real-check183", 1.00), ("real-check184", 0.90),
        ("real-check185", 1.00), ("real-check186", 0.909), ("real-check187", 1.00),
        ("real-check188", 1.00), ("real-check189", 1.00), ("real-check190", 1.00),
        ("real-check191", 1.00), ("real-check192", 1.00), ("real-check193", 0.90),
        ("real-check194", 1.00), ("real-check195", 1.00), ("real-check196", 1.00),
        ("real-check197", 0.75), ("real-check198", 1.00), ("real-check199", 1.00),
        ("real-check200", 0.8181), ("real-check201", 0.8181), ("real-check202", 0.9166),
        ("real-check203", 0.9166), ("real-check204", 0.7692), ("real-check205", 0.8333),
        ("real-check206", 1.00), ("real-check207", 1.00), ("real-check208", 1.00),
        ("real-check209", 0.75), ("real-check210", 1.00), ("real-check211", 0.909),
        ("real-check212", 0.923), ("real-check213", 0.909), ("real-check214", 1.00),
        ("real-check215", 1.00), ("real-check216", 0.80), ("real-check217", 1.00),
        ("real-check218", 0.9285), ("real-check219", 0.9166), ("real-check220", 1.00),
        ("real-check221", 0.8181), ("real-check222", 0.9285), ("real-check223", 0.9166),
        ("real-check224", 0.909), ("real-check225", 1.00), ("real-check226", 0.6363),
        ("real-check227", 1.00), ("real-check228", 0.7272), ("real-check229", 0.909),
        ("real-check230", 1.00), ("real-check231", 1.00), ("real-check232", 0.9166),
        ("real-check233", 0.90), ("real-check234", 0.90), ("real-check235", 1.00),
        ("real-check236", 0.8333),
        ("real-check237", 0.40), ("real-check238", 1.00), ("real-check239", 1.00),
        ("real-check240", 1.00), ("real-check241", 0.90), ("real-check242", 1.00),
        ("real-check243", 1.00), ("real-check244", 1.00),
        ("real-check245", 1.00), ("real-check246", 1.00), ("real-check247", 0.80),
        ("real-check248", 1.00), ("real-check249", 1.00), ("real-check250", 1.00),
        ("real-check251", 0.9166), ("real-check252", 0.909),
    ]

    @Test(arguments: agreement)
    func `two coders of one set agree as often as when it was measured`(
        set: String, exactlyRight: Double
    ) throws {
        let folder = Self.root.appendingPathComponent("Evaluation/" + set).path
        let (records, _) = try RecordListing.records(
            from: InputSet.resolve([folder + "/agreement-key.csv"]))
        let evaluation = try ExtractionEvaluation.run(folder: folder, extracted: records)
        let listed = Set(evaluation.articles.map(\.article))
        #expect(records.allSatisfy { listed.contains($0.id) }, "every row names a listed article")
        #expect(evaluation.share(\.isExactlyRight) >= exactlyRight)
    }

    @Test func `the real-report sets are as large as the issue asks, keys and index agree`() throws
    {
        // Every real set CI holds a floor for: at least 20 articles, more where the issue asks
        // (`real-check98` has 16, `real-check107` 19, `real-check133` 15, `real-check153` 16,
        // `real-check156` 17, `real-check157` 19, `real-check158` 15, `real-check160` 15,
        // `real-check161` 10, `real-check162` 19, `real-check163` to `real-check169` 10 or 11 and
        // `real-check170` to `real-check236` 10 to 17: writers who found fewer pages not used
        // before, or whose pages earlier sets had used; the issue's hidden checks include sets of
        // 10).
        let minimums = [
            "real-dev": 90, "real-test": 60, "real-holdout": 40, "real-check1": 40,
            "real-check4": 30, "real-check98": 16, "real-check107": 19, "real-check123": 19,
            "real-check133": 15, "real-check153": 16, "real-check156": 17,
            "real-check157": 19, "real-check158": 15, "real-check160": 15, "real-check161": 10,
            "real-check162": 19, "real-check163": 11, "real-check164": 10, "real-check165": 11,
            "real-check166": 11, "real-check167": 10, "real-check168": 10, "real-check169": 10,
            "real-check170": 10, "real-check171": 10, "real-check172": 10, "real-check173": 12,
            "real-check174": 12, "real-check175": 17, "real-check176": 10, "real-check177": 11,
            "real-check178": 12, "real-check179": 12, "real-check180": 10, "real-check181": 10,
            "real-check182": 10, "real-check183": 10, "real-check184": 10, "real-check185": 10,
            "real-check186": 11, "real-check187": 11,
            "real-check188": 10, "real-check189": 11, "real-check190": 10, "real-check191": 12,
            "real-check192": 12, "real-check193": 10, "real-check194": 12, "real-check195": 12,
            "real-check196": 10, "real-check197": 12, "real-check198": 12, "real-check199": 10,
            "real-check200": 11, "real-check201": 11, "real-check202": 12, "real-check203": 12,
            "real-check204": 13, "real-check205": 12,
            "real-check206": 12, "real-check207": 12, "real-check208": 12, "real-check209": 12,
            "real-check210": 11, "real-check211": 11, "real-check212": 13, "real-check213": 11,
            "real-check214": 11, "real-check215": 13, "real-check216": 10, "real-check217": 12,
            "real-check218": 14, "real-check219": 12, "real-check220": 10, "real-check221": 11,
            "real-check222": 14, "real-check223": 12,
            "real-check224": 11, "real-check225": 13, "real-check226": 11, "real-check227": 10,
            "real-check228": 11, "real-check229": 11, "real-check230": 11, "real-check231": 14,
            "real-check232": 12,
            "real-check233": 10, "real-check234": 10, "real-check235": 11, "real-check236": 12,
            "real-check237": 10, "real-check238": 11, "real-check239": 10, "real-check240": 12,
            "real-check241": 10, "real-check242": 11, "real-check243": 10, "real-check244": 11,
            "real-check245": 11, "real-check246": 10, "real-check247": 10, "real-check248": 10,
            "real-check249": 11, "real-check250": 10, "real-check251": 12, "real-check252": 11,
        ]
        for set in Self.floors.map(\.set) where set.hasPrefix("real-") {
            let minimum = minimums[set, default: 20]
            let evaluation = try ExtractionEvaluation.run(
                folder: Self.root.appendingPathComponent("Evaluation/" + set).path)
            #expect(evaluation.articles.count >= minimum)
            #expect(
                evaluation.articles.allSatisfy { !$0.classes.isEmpty }, "every article is tagged")
        }
    }

    @Test func `the Taliban's side follows the date rule, and the record says the rule decided`()
        throws
    {
        let text = """
            Clash on the Tajik-Afghan border
            Tajik border guards clashed with Taliban fighters near Khamadoni on Monday. Two Taliban fighters were killed.
            """
        let after = try #require(try Self.extract(text, published: "2024-05-15").first)
        #expect(after.fatalities.security == 2)
        #expect(after.flags.split(separator: ";").contains("taliban_side_by_date"))
        let before = try #require(try Self.extract(text, published: "2019-05-15").first)
        #expect(before.fatalities.militants == 2)
        #expect(before.flags.split(separator: ";").contains("taliban_side_by_date"))
    }

    @Test func `flags tell a reviewer what was decided`() throws {
        let text = """
            Clash on the Tajik-Afghan border
            Tajik border guards clashed with smugglers on Saturday; three smugglers were killed.
            Local residents said five smugglers died.
            Two days later the death toll among the guards rose to two, up from one.
            """
        let records = try Self.extract(text)
        let flags = Set((records.first?.flags ?? "").split(separator: ";").map(String.init))
        #expect(flags.isSuperset(of: ["toll_conflict", "date_relative", "region_unresolved"]))
        #expect(records.first?.fatalities.militants == 3, "the lowest of conflicting figures")
        let undated = try Self.extract(
            "T\nPresident Rahmon opened two new border outposts in Khatlon.\n")
        #expect(undated.first?.flags.contains("date_from_publication") == true)
        #expect(undated.first?.region == "Khatlon")
    }

    @Test func `two governments counting their own dead are added, not taken as a conflict`() throws
    {
        let text = """
            Kyrgyz and Tajik troops clash in Batken
            Kyrgyz and Tajik border troops exchanged fire near the village of Kok-Tash on Sunday.
            Kyrgyzstan said two of its soldiers were killed.
            Tajikistan said three of its servicemen died.
            """
        let record = try #require(try Self.extract(text).first)
        #expect(record.fatalities.security == 5)
        #expect(record.flags.contains("toll_summed_by_party"))
    }

    @Test func `cases told in turn after a lead that counts them are events of their own`() throws {
        let text = """
            Five Chinese workers killed in two attacks in Tajikistan
            Three Chinese workers died in an attack on November 26 on a mine in Shamsiddin Shohin \
            district, on the border with Afghanistan.
            Two more Chinese workers lost their lives four days after the first attack, in Darvoz \
            district.
            Both attacks were launched from Afghanistan.
            """
        let records = try Self.extract(text, published: "2025-12-02")
        #expect(records.map(\.date.isoString) == ["2025-11-26", "2025-11-30"])
        #expect(records.map(\.fatalities.civilians) == [3, 2])
        #expect(records.allSatisfy { $0.count == 1 })
    }

    @Test func `other reports of the same dead are weighed, never added`() throws {
        let attack = """
            Taliban assault on base kills security personnel
            Taliban fighters attacked a joint base of the security forces in Dasht-i-Archi \
            district of Kunduz on Tuesday night, killing at least 14 members of the security forces.
            According to the source, the dead in the night-time attack were ten members of the \
            National Directorate of Security, two soldiers and two police officers.
            A provincial council member said 12 security personnel had been killed.
            The Kunduz police headquarters said two local policemen had died.
            """
        let base = try #require(try Self.extract(attack, published: "2020-01-01").first)
        #expect(base.fatalities.security == 12, "the lowest of 14, 14 and 12; the police a part")
        let operation = """
            Border crossings closed
            According to Tajik security officials, 30 militants, eight of them Afghan citizens, \
            have been killed in the operation in Gorno-Badakhshan on July 24.
            Opposition media put the number of dead at more than 200.
            """
        let record = try #require(try Self.extract(operation, published: "2012-07-28").first)
        #expect(record.fatalities.total == 30)
        #expect(record.fatalities.militants == 30)
    }

    @Test func `an earlier killing told from the news is an event of its own`() throws {
        let text = """
            Turkmen border guards and Taliban exchange fire
            Turkmen border troops and Taliban fighters clashed early on 3 January in Jawzjan \
            province on the Afghan frontier.
            A Taliban official said that three days before that, Turkmen border guards had killed \
            one civilian.
            No casualties were reported in the clash.
            """
        let records = try Self.extract(text, published: "2022-01-04")
        #expect(records.count == 2)
        #expect(records.map(\.date.isoString).sorted() == ["2021-12-31", "2022-01-03"])
        #expect(Self.totals(records).fatalities.civilians == 1)
    }

    @Test func `a record names the district and the sides that fought`() throws {
        let text = """
            Clash on the Tajik-Afghan border
            Tajik border guards clashed with armed drug traffickers in Shamsiddin Shohin \
            district on Saturday; three traffickers were killed.
            """
        let record = try #require(try Self.extract(text).first)
        #expect(record.region == "Khatlon")
        #expect(record.location == "Shamsiddin Shohin")
        #expect(record.actor1 == "Security forces of Tajikistan")
        #expect(record.actor2 == "Traffickers")
        let interstate = """
            Kyrgyz and Tajik troops clash in Batken
            Kyrgyz border guards and Tajik servicemen exchanged fire near Kok-Tash on Sunday.
            """
        let clash = try #require(try Self.extract(interstate).first)
        #expect(clash.location == "Kok-Tash")
        #expect(
            [clash.actor1, clash.actor2].sorted()
                == ["Security forces of Kyrgyzstan", "Security forces of Tajikistan"])
    }

    @Test func `a disaster's toll, statistics and history are not border incidents`() throws {
        let text = """
            Floods and border statistics
            An avalanche killed seven people in the Rasht district on Monday.
            Tajik border guards fought 17 clashes with smugglers this year, in which 11 smugglers were killed.
            In 2015 a clash near Panj killed two guards.
            """
        let result = try Extraction.extract(
            fromArticle: text, name: "a", options: .init(published: Self.day("2025-03-12")))
        #expect(result.records.isEmpty)
        let reasons = result.explanation.setAside.map(\.reason)
        #expect(reasons.contains(SetAside.disaster.rawValue))
        #expect(reasons.contains(SetAside.cumulative.rawValue))
        #expect(reasons.contains(SetAside.background.rawValue))
        #expect(result.explanation.lines.contains { $0.hasPrefix("set aside:") })
    }

    @Test func `a road crash, a charge in law and who fired are not deaths of an incident`() throws
    {
        let crash = """
            Troubles in the border troops
            On 3 March a border troops truck ran into a minibus in Khorog, killing two people.
            Charges were brought under the Penal Code, which covers the death of two or more people.
            """
        #expect(try Self.extract(crash).isEmpty)
        let shot = """
            Shooting at the Kyrgyz border
            Two Kyrgyz villagers shot by Uzbek border guards near Aktom on Sunday later died.
            """
        let record = try #require(try Self.extract(shot).first)
        #expect(record.fatalities.security == 0, "the guards fired; the villagers died")
        #expect(record.fatalities.total == 2)
    }

    @Test
    func `a day of the month is never a toll, and what a shooting came after is its own event`()
        throws
    {
        let died = """
            Tajik soldier dies of wounds
            A Tajik serviceman wounded in an exchange of fire on the Kyrgyz border on April 12 has died.
            The shooting came only weeks after border guards of the two countries traded fire on \
            March 10, when no one was reported hurt.
            """
        let records = try Self.extract(died, published: "2022-04-13")
        #expect(Self.totals(records).fatalities.total == 1, "April 12 is a day, not 12 dead")
        #expect(records.map(\.date.isoString).sorted() == ["2022-03-10", "2022-04-12"])
    }

    @Test func `an event told only by the day it was reported is dated that day, apart`() throws {
        let text = """
            Police and villagers clash in Batken
            Police in Batken say three officers were hurt when clashes broke out with residents \
            near Ak-Sai on March 10.
            Tajik officials said on March 8 that one Tajik man had been killed when Kyrgyz \
            villagers used firearms in violence along the Isfara-Vorukh road.
            """
        let records = try Self.extract(text)
        #expect(records.map(\.date.isoString).sorted() == ["2025-03-08", "2025-03-10"])
        let told = try #require(records.first { $0.date.isoString == "2025-03-08" })
        #expect(told.flags.contains("date_from_statement"))
        #expect(told.fatalities.total == 1)
    }

    @Test func `a claim its government calls untrue is no event, dead or not; then is then`()
        throws
    {
        let claim = """
            Ministry responds to reports of a shootout
            Reports are circulating on social media about an alleged exchange of fire on the \
            Uzbek-Afghan border on the night of 9 March, said to have killed Uzbek border guards.
            Uzbekistan's Foreign Ministry said the information being spread is untrue.
            """
        #expect(try Self.extract(claim).isEmpty)
        let history = """
            Border to reopen gradually
            Kyrgyzstan shut the border in the spring of 2021, after an armed conflict left 36 \
            Kyrgyz citizens dead.
            The Tajik authorities said at the time that 19 citizens of Tajikistan had been killed.
            """
        #expect(try Self.extract(history).isEmpty)
    }

    @Test func `what is usual, a warning shot and the same night told on are no new incidents`()
        throws
    {
        let usual = """
            Offices opened at two crossings
            Armed clashes are frequent on the Tajik-Afghan border, officials said on 9 March.
            """
        #expect(try Self.extract(usual).isEmpty)
        let warning = """
            Shots in the air on the Tajik border
            On 9 March Tajik border guards fired three warning shots into the air near Isfara.
            """
        #expect(try Self.extract(warning).isEmpty)
        let night = """
            Kyrgyz and Tajik guards trade fire near Kok-Tash
            Kyrgyz and Tajik border guards were involved in an armed incident near Kok-Tash on 9 March.
            Meanwhile, a second Tajik unit fired on a Kyrgyz observation tower.
            The two sides then exchanged fire for twenty minutes.
            """
        #expect(try Self.extract(night).count == 1)
        let earlier = """
            Mortar shell wounds a villager
            On 9 March a mortar shell fired from the Kyrgyz side hurt a villager in Somoniyon, Isfara.
            Villagers were clearing away debris from the fighting of less than two weeks earlier, \
            which left dozens dead on both sides.
            """
        let records = try Self.extract(earlier)
        let shelling = try #require(records.first { $0.date == Self.day("2025-03-09") })
        #expect(shelling.fatalities.total == 0, "the dead are the earlier fighting's")
    }

    @Test func `a pronoun victim, a carried-off shepherd and a plural lead are read as told`()
        throws
    {
        let outpost = """
            Officer killed at an outpost
            On 9 March at an outpost of the Ishkashim detachment a private turned his rifle on a \
            young officer and shot him dead.
            """
        let officer = try #require(try Self.extract(outpost).first)
        #expect(officer.fatalities == Fatalities(security: 1))
        let raid = """
            Shepherd taken across the river
            On 8 March armed men from Afghanistan crossed the Panj river into Shamsiddin Shohin \
            district and carried off a shepherd from his village.
            """
        #expect(try Self.extract(raid).first?.type == "abduction")
        let lead = """
            Fresh clashes on the Kyrgyz-Tajik border
            New clashes broke out on the Kyrgyz-Tajik border in Batken on 10 March, killing at \
            least one person.
            In the first shoot-out, near Kok-Tash that morning, one Tajik border guard was killed.
            Later the same day Tajik guards opened fire on a Kyrgyz outpost near Dostuk.
            """
        let records = try Self.extract(lead)
        #expect(Self.totals(records).fatalities.total == 1, "the lead's toll is the total below")
    }

    @Test func `page clutter is never read, and copies of an article merge into its events`() throws
    {
        let text = """
            Guard killed on the Tajik-Afghan border
            Read also: Five killed in Kunduz market blast
            A Tajik border guard was killed in a shootout with smugglers in Shamsiddin Shohin district on Sunday.
            Photo: Tajik border guards on patrol. Archive image.
            Tags: Tajikistan | Afghanistan | border
            """
        let one = try Self.extract(text)
        #expect(one.count == 1 && one.first?.fatalities == Fatalities(security: 1))
        let copies = ArticleBatch.extract(
            (1...5).map { ("copy\($0)", text) }, options: .init(published: Self.day("2025-03-12")),
            threads: 3)
        let records = try copies.flatMap { try $0.get().records }.map {
            var record = $0
            record.source = "same"
            return record
        }
        let merged = Extraction.deduplicated(records)
        #expect(merged.count == one.count)
        #expect(merged.first?.fatalities == one.first?.fatalities)
    }

    static func sentence(_ text: String) -> Sentence {
        Tokenizer.sentences(of: text, paragraph: 0, firstIndex: 0)[0]
    }

    /// The deaths one sentence states, resolved as one event's.
    static func deaths(_ text: String, published: String = "2025-03-12") -> Fatalities? {
        let facts = FactReader(published: day(published)).read(sentence(text))
        guard !facts.tolls.isEmpty else { return nil }
        let toll = TollResolution(facts.tolls).fatalities
        return Fatalities(
            militants: toll.militants, security: toll.security, civilians: toll.civilians,
            unknown: toll.unknown)
    }

    @Test(arguments: [
        ("Militants killed three border guards.", Fatalities(security: 3)),
        (
            "Twenty-four soldiers and at least 5 insurgents died.",
            Fatalities(militants: 5, security: 24)
        ),
        (
            "Several smugglers were killed and four border guards were wounded.",
            Fatalities(militants: 3)
        ),
        ("Dozens of militants were killed.", Fatalities(militants: 12)),
        ("The death toll rose to 36, up from 24.", Fatalities(unknown: 36)),
        (
            "The attack killed 10 people, including two soldiers.",
            Fatalities(security: 2, unknown: 8)
        ),
        ("A border guard, a young conscript, was killed.", Fatalities(security: 1)),
        ("Two civilians were injured 30 km from the border in 2019.", nil),
        (
            "The commander was killed, as were three of the intruders.",
            Fatalities(militants: 3, security: 1)
        ),
        ("A driver, 58, died at the scene.", Fatalities(civilians: 1)),
        (
            "Private Kholov, 20, who served at the post, died of his wounds.",
            Fatalities(security: 1)
        ),
        (
            "The clash resulted in three insurgent and two border guard deaths.",
            Fatalities(militants: 3, security: 2)
        ),
        ("Tajik border guards killed an armed fighter.", Fatalities(militants: 1)),
        ("A soldier of the Tajik border troops has been killed.", Fatalities(security: 1)),
        ("They were 40, and over half of them died.", nil),
        ("No one was killed in the exchange of fire.", nil),
        ("Two Chinese nationals were killed in the attack.", Fatalities(civilians: 2)),
        ("The law enforcement bodies of both states have the area under control.", nil),
        (
            "On the insurgent side, over 30 militants died in the operation.",
            Fatalities(militants: 30)
        ),
        (
            "Police raided an ISKP hideout and killed five of the group's members.",
            Fatalities(militants: 5)
        ),
        ("Three members of the Taliban were killed and wounded in the fighting.", nil),
        (
            "Three Daesh (the Arabic acronym for IS) fighters were killed, while the rebels lost two fighters dead.",
            Fatalities(militants: 5)
        ),
    ])
    func `deaths are read by side from numbers, words and vague quantities`(
        sentence: String, expected: Fatalities?
    ) {
        #expect(Self.deaths(sentence) == expected)
    }

    @Test(arguments: [
        ("on 25 December", "2024-12-30", "2024-12-25", DatePrecision.day),
        ("on December 2", "2025-01-05", "2024-12-02", .day),
        ("late on Wednesday", "2025-03-13", "2025-03-12", .day),
        ("on Sunday", "2025-03-12", "2025-03-09", .day),
        ("on Wednesday", "2025-03-12", "2025-03-12", .day),
        ("last Wednesday", "2025-03-12", "2025-03-05", .day),
        ("earlier, in December", "2024-12-30", "2024-12-01", .month),
        ("last week", "2025-03-12", "2025-03-01", .week),
        ("from 4 to 7 July", "2025-07-20", "2025-07-01", .month),
        ("on the night of 11 to 12 March", "2025-03-20", "2025-03-11", .day),
        ("during the night leading into 1 October", "2019-10-03", "2019-09-30", .day),
        ("on the night to October 1", "2019-10-03", "2019-09-30", .day),
        ("during the night into Saturday", "2018-06-30", "2018-06-29", .day),
        ("yesterday", "2025-03-12", "2025-03-11", .day),
        ("on 21AUG22", "2022-08-22", "2022-08-21", .day),
        ("on 3JAN2021", "2021-01-10", "2021-01-03", .day),
        ("at the end of May last year", "2023-06-02", "2022-05-01", .month),
        ("in June of the previous year", "2020-03-15", "2019-06-01", .month),
    ])
    func `dates resolve against the publication date`(
        text: String, published: String, date: String, precision: DatePrecision
    ) throws {
        let found = try #require(
            TimeExpression.all(
                in: Self.sentence("Border guards clashed " + text + "."),
                published: Self.day(published)
            ).first)
        #expect(found.date == Self.day(date) && found.precision == precision)
    }

    @Test func `statement dates are not event dates, and counts since a month are spans`() {
        let published = Self.day("2025-03-12")
        #expect(
            TimeExpression.all(
                in: Self.sentence("the committee said on Tuesday"), published: published
            )
            .isEmpty)
        #expect(
            TimeExpression.all(
                in: Self.sentence("32 incursions since January"), published: published
            )
            .allSatisfy { $0.isSpan })
        #expect(
            TimeExpression.all(
                in: Self.sentence("clashes since the start of February"), published: published
            )
            .allSatisfy { $0.isSpan })
        #expect(
            TimeExpression.all(
                in: Self.sentence("clashes at the start of February"), published: published
            )
            .allSatisfy { !$0.isSpan && $0.daysOfMonth == 1...10 })
    }

    @Test(arguments: [
        ("a clash in Shamsiddin Shokhin district", Country.tajikistan, "Khatlon"),
        ("shelling near Kulyab", .tajikistan, "Khatlon"),
        ("an outpost in GBAO", .tajikistan, "Gorno-Badakhshan"),
        ("a clash in Darqad", .afghanistan, "Takhar"),
        ("fighting near Leylek", .kyrgyzstan, "Batken"),
        ("a blast in Surkhandarya", .uzbekistan, "Surxondaryo"),
        ("a clash at Kok-Tash", .kyrgyzstan, "Batken"),
    ])
    func `districts and spelling variants resolve to their province`(
        text: String, country: Country, region: String
    ) throws {
        let place = try #require(Gazetteer.mentions(in: Self.sentence(text)).first?.place)
        #expect(place == Gazetteer.Place(country: country, region: region))
    }

    @Test func `a place people came from is not where it happened`() throws {
        let mentions = Gazetteer.mentions(
            in: Self.sentence(
                "They crossed from the village of Ruzvayak in Afghanistan's Badakhshan province into Darvaz district."
            ))
        #expect(mentions.first { !$0.isIncidental }?.place.region == "Gorno-Badakhshan")
    }

    @Test func `a country alone gives no region, and an origin is not a location`() throws {
        let records = try Self.extract(
            "T\nTajik border guards clashed with militants from Afghanistan on Sunday; two militants were killed.\n"
        )
        #expect(records.map(\.country) == ["Tajikistan"])
        #expect(records.first?.region == "")
    }

    @Test func `hard-wrapped paragraphs, a date line and a footer are read`() throws {
        let text = """
            Clash in Panj
            Published: 2025-03-12

            Militants clashed with border guards in Panj on
            Sunday. Three militants were
            killed, officials said.

            The post Clash in Panj appeared first on Asia-Plus.
            """
        let records = try Extraction.records(fromArticle: text, name: "x", options: .init())
        #expect(records.count == 1)
        #expect(records.first?.source == "Asia-Plus")
        #expect(records.first?.date == Self.day("2025-03-09"))
        #expect(records.first?.fatalities == Fatalities(militants: 3))
    }

    @Test(arguments: [
        "12.12.2025", "Fri, 12 Dec 2025 09:14", "December 12, 2025", "2025-12-12",
        "2025-12-12T09:14:00Z", "Published: 12.12.2025",
    ])
    func `date lines in the forms news pages print are read`(line: String) throws {
        let text = """
            Clash on the Tajik border
            \(line)
            Tajik border guards clashed with smugglers in Panj district on Thursday; two \
            smugglers were killed.
            """
        let records = try Extraction.records(
            fromArticle: text, name: "a", options: .init(published: nil))
        #expect(records.first?.date.isoString == "2025-12-11", "Thursday before Friday 12 Dec")
    }

    @Test func `a page full of short clutter lines is not read as one wrapped paragraph`() throws {
        let text = """
            Raid leaves 14 police dead in Takhar
            Security & Crime | By A. Reporter | Mar 30, 2020
            TALOQAN - Fourteen policemen were killed in a Taliban attack on a border post in Khwaja Ghar on Sunday.
            Tags: Takhar, Taliban
            Related Articles
            Gunmen kill two shopkeepers in Balkh
            Roadside bomb wounds three soldiers in Baghlan
            238 reads
            """
        let records = try Self.extract(text, published: "2020-03-30")
        #expect(records.count == 1)
        #expect(records.first?.fatalities == Fatalities(security: 14))
        #expect(records.first?.region == "Takhar")
    }

    @Test func `without a publication date extraction stops and suggests --published`() {
        #expect(throws: ExtractionError.noPublicationDate("x")) {
            try Extraction.records(
                fromArticle: "T\nA clash on Sunday.\n", name: "x", options: .init())
        }
        #expect(ExtractionError.noPublicationDate("x").description.contains("--published"))
    }

    @Test func `undated events take the publication month, or are skipped`() throws {
        let text = "T\nPresident Rahmon inaugurated four new border outposts in Khatlon.\n"
        let dated = try Self.extract(text)
        #expect(
            dated.first?.writtenDate == "2025-03" && dated.first?.datePrecision == .month
                && dated.first?.count == 4)
        let skipped = try Extraction.records(
            fromArticle: text, name: "a",
            options: .init(published: Self.day("2025-03-12"), undated: .skip))
        #expect(skipped.isEmpty)
    }

    @Test func `not events: background, plans, opinions, history and context counts`() throws {
        let text = """
            T
            Both countries have longstanding cooperation, including joint military exercises.
            The ministry plans to build ten outposts next year.
            Analysts say the attacks could spread.
            A 2021 clash killed ten people.
            It was the third incident in recent weeks.
            Seven outposts had already been built.
            Frictions there have led to clashes between residents and the border guards.
            On Wednesday, 19 members of the security forces lost their lives in Kunduz and in the neighbouring provinces of Takhar and Baghlan.
            In June and July four conscripts were brought home in coffins; all four died as a result of hazing.
            """
        #expect(try Self.extract(text).isEmpty)
    }

    @Test func `a war in general, raids that happen often and soldiers seeking help are no events`()
        throws
    {
        let text = """
            T
            The government acted to keep the fighting in war-torn Afghanistan from spilling north.
            The move followed fighting in the Afghan provinces of Faryab, Jowzjan, Badghis and Herat.
            With the insurgents attacking more often, patrols along the river have grown.
            Shootouts between the two border services happen from time to time, and people are sometimes killed.
            More often, shootings on the frontier involve cattle thieves.
            On March 9, a group of 40 members of the Afghan armed forces crossed the border into Uzbekistan and asked for help.
            """
        #expect(try Self.extract(text).isEmpty)
    }

    @Test
    func `forces dispatched to the frontier are a deployment, whatever else the sentence says`()
        throws
    {
        let text = """
            T
            Turkmenistan took sweeping steps to keep the unrest from spreading, dispatching border guards and reserve units to its frontier with Afghanistan.
            """
        let records = try Self.extract(text)
        #expect(records.count == 1)
        #expect(records.first?.category == .measure && records.first?.type == "deployment")
    }

    @Test func `a skirmish weeks before the one told is another event with its own dead`() throws {
        let text = """
            T
            A Tajik border guard was wounded in a shootout with Kyrgyz guards near Chorkuh on March 8.
            The incident came two weeks after a similar skirmish left one Kyrgyz border guard dead.
            """
        let records = try Self.extract(text)
        #expect(records.count == 2)
        #expect(Self.totals(records).fatalities.total == 1)
        #expect(records.first(where: { $0.fatalities.total == 0 })?.writtenDate == "2025-03-08")
        let history = text.replacingOccurrences(of: "two weeks after", with: "five months after")
        let alone = try Self.extract(history)
        #expect(alone.count == 1 && Self.totals(alone).fatalities.total == 0)
    }

    @Test func `an apology denied leaves the death it was for`() throws {
        let text = """
            T
            The Kyrgyz border service rejected reports that it had apologised for the shooting death of an Uzbek border guard on Tuesday.
            """
        let records = try Self.extract(text)
        #expect(records.count == 1)
        #expect(records.first?.fatalities == Fatalities(security: 1))
    }

    @Test func `a teaser of another article after a list heading is clutter, figures and all`()
        throws
    {
        let text = """
            Guards back from Turkmenistan

            Sixty border guards who crossed into Turkmenistan during fighting in Badghis have come home, the ministry said.

            Check Also

            Commandos kill 12 militants in Helmand raid

            (Last updated: May 2, 2024) At least twelve militants were killed in a night raid ...
            """
        let records = try Self.extract(text, published: "2024-03-18")
        #expect(Self.totals(records).fatalities.total == 0)
    }

    @Test
    func
        `an operation recalled in passing is its own event, and the text goes on with the one it was telling`()
        throws
    {
        let text = """
            T
            At least 20 police officers were killed this week when Taliban fighters ambushed them in Badakhshan's Darwaz district.
            The ambush came shortly after officials had declared the end of a military operation which left more than 50 Taliban fighters dead.
            Local officials said the ambush killed 23 police.
            """
        let records = try Self.extract(text, published: "2013-09-20")
        #expect(records.count == 2)
        #expect(Self.totals(records).fatalities == Fatalities(militants: 50, security: 20))
    }

    @Test func `the day after a day told, told before as the event's, is that event`() throws {
        let text = """
            T
            Two Tajik border guards were killed in a gunfight with armed men on the Afghan frontier.
            The incident took place on 24 December in Shamsiddin Shohin district. Three men crossed the border late at night on 23 December. The following day the guards found them, and the men resisted. Two border guards died in the exchange of fire.
            """
        let records = try Self.extract(text, published: "2025-12-25")
        #expect(records.count == 1)
        #expect(records.first?.fatalities == Fatalities(security: 2))
        #expect(records.first?.writtenDate == "2025-12-24")
    }

    @Test func `an operation's start day in a relative clause does not date its toll`() throws {
        let text = """
            T
            After days of fighting, government forces retook the Darqad district centre on Sunday morning.
            The spokesman said 25 militants had been killed in the clearing operation, which got under way on Friday night.
            """
        let records = try Self.extract(text, published: "2016-01-10")
        #expect(records.count == 1)
        #expect(records.first?.fatalities == Fatalities(militants: 25))
    }

    @Test func `ranks the armed group owns are its dead, and more of them "were also killed"`()
        throws
    {
        let text = """
            T
            Some 100 Taliban insurgents were killed in the Khwahan operation on Sunday.
            The group's military chief and two key commanders were also killed.
            """
        let records = try Self.extract(text, published: "2019-09-08")
        #expect(records.first?.fatalities == Fatalities(militants: 103))
    }

    @Test func `the teller is no victim, and "all of the attackers" with no figure are two`() throws
    {
        let text = """
            T
            The governor's convoy came under attack by the Taliban in Imam Sahib district of Kunduz yesterday.
            He said the security forces killed all of the Taliban attackers.
            """
        let records = try Self.extract(text, published: "2016-08-26")
        #expect(records.first?.fatalities == Fatalities(militants: 2))
    }

    @Test func `a fight that "cost the Taliban four men" killed four of theirs`() throws {
        let text = """
            T
            The Taliban attacked security posts in Shirin Tagab district of Faryab province on February 21, killing two policemen.
            The spokesman said the fighting also cost the Taliban four men.
            """
        let records = try Self.extract(text, published: "2021-02-22")
        #expect(records.first?.fatalities == Fatalities(militants: 4, security: 2))
    }

    @Test func `a capital's dateline with a colon, and the province's district, place the event`()
        throws
    {
        let text = """
            T

            KABUL: A shadow governor the Taliban named for the northern province of Faryab was killed with six other fighters when a mine exploded in the province's Qaysar district.
            """
        let records = try Self.extract(text, published: "2021-01-02")
        #expect(records.count == 1)
        #expect(records.first?.region == "Faryab")
    }

    @Test func `what residents recall since the takeover or "not long ago" is no event`() throws {
        let text = """
            T
            Residents say that after the Islamic Emirate came to power they once saw artillery fire from Tajikistan.
            "Not long ago we saw Tajik forces firing artillery at villages," a resident said.
            """
        #expect(try Self.extract(text, published: "2022-07-14").isEmpty)
    }

    @Test
    func
        `a war's course and gains told in sum are no events; setting upon guards and killing by fire from across are attacks`()
        throws
    {
        let war = """
            T
            Both governments resolved to strengthen their borders after fighting between government forces and the Taliban escalated in the north of Afghanistan and the Taliban took control of much of the border.
            """
        #expect(try Self.extract(war, published: "2021-08-05").isEmpty)
        let attack = """
            T
            On 5 January residents of Sokh set upon Kyrgyz border guards who were putting up power lines.
            """
        let recalled = """
            T
            It will be recalled that on 26 August two residents of Farkhor district were killed by fire from the neighbouring territory of Afghanistan.
            """
        #expect(
            try Self.extract(recalled, published: "2018-08-27").first?.fatalities
                == Fatalities(civilians: 2))
        let records = try Self.extract(attack, published: "2013-01-08")
        #expect(records.count == 1 && records.first?.type == "attack")
    }

    @Test func `a toll that "had gone up from 31 to 33" is 33`() throws {
        let text = """
            T
            Fighting broke out on the border in Kyrgyzstan's Batken region on Thursday.
            The health ministry said the number of dead had gone up from 31 to 33.
            """
        let records = try Self.extract(text, published: "2021-05-01")
        #expect(records.first?.fatalities.total == 33)
    }

    @Test func `the same event in two articles becomes one record with both sources`() throws {
        let a = try Extraction.records(
            fromArticle:
                "T\nMilitants clashed with border guards in Panj on Sunday; three militants were killed.\n",
            name: "a",
            options: .init(published: Self.day("2025-03-12"), source: "Asia-Plus"))
        let b = try Extraction.records(
            fromArticle:
                "T\nAn armed clash broke out in Pyanj district on 9 March, killing three militants and a border guard.\n",
            name: "b", options: .init(published: Self.day("2025-03-10"), source: "Khaama Press"))
        let merged = Extraction.deduplicated(a + b)
        #expect(merged.count == 1)
        #expect(merged.first?.source == "Asia-Plus; Khaama Press")
        #expect(merged.first?.fatalities.total == 3, "the conservative toll")
    }

    @Test func `an anniversary's recap is background, and a device that went off is a blast`()
        throws
    {
        let anniversary = """
            A year since the border tragedy
            Exactly one year ago today, armed clashes flared up on the Kyrgyz-Tajik border near Kok-Tash in Batken. As a result, 36 people were killed.
            """
        #expect(try Self.extract(anniversary, published: "2022-04-28").isEmpty)
        for earlier in ["in the spring", "last summer", "in autumn 2016", "earlier in the year"] {
            let text = """
                Clash in Takhar
                Two Tajik border guards were killed in a firefight with smugglers in Darqad on Sunday.
                The Taliban captured a district centre in Takhar \(earlier) and kept it for a few hours, killing five civilians.
                """
            let records = try Self.extract(text, published: "2018-08-27")
            #expect(records.count == 1 && records.first?.fatalities.total == 2, "\(earlier)")
        }
        let blast = """
            Child killed near Batken outpost
            On April 17 children picked up an explosive device near the Korgon outpost in Batken region. The device went off, and one child was killed.
            """
        let record = try #require(try Self.extract(blast, published: "2014-04-21").first)
        #expect(record.type == "explosion" && record.fatalities.civilians == 1)
    }

    @Test func `one person told with "a" beside a larger toll of the same people is one of them`()
        throws
    {
        let text = """
            Shootouts on the Tajik-Kyrgyz border
            Two Tajik servicemen were killed in exchanges of fire that broke out on 14 September at three separate sections of the Tajik-Kyrgyz border.
            The agency said a Tajik serviceman aged 26 bled to death in hospital in the afternoon.
            """
        let record = try #require(try Self.extract(text, published: "2022-09-14").first)
        #expect(record.fatalities.security == 2)
        #expect(record.count == 3, "one exchange at each section")
    }

    @Test
    func
        `a page's section name or date above the headline is not the title, and "the leader" is one of the dead`()
        throws
    {
        let text = """
            Security

            Taliban shadow governor among 16 insurgents killed in Kunduz

            The Taliban's shadow governor was killed with at least 15 other insurgents in an air strike in Dasht-e-Archi district on Monday.

            The police said the Taliban leader died in the strike.
            """
        let article = Article(text: text)
        #expect(article.title == "Taliban shadow governor among 16 insurgents killed in Kunduz")
        let dated = Article(text: "Wednesday July 24 2024\n\nSix injured in shooting\n\nText.")
        #expect(dated.title == "Six injured in shooting")
        #expect(article.clutter == ["Security"])
        let records = try Self.extract(text, published: "2017-04-19")
        #expect(records.count == 1)
        #expect(records.first?.fatalities == Fatalities(militants: 16))
    }

    @Test func `a shooting done for want of a choice is one; the press's coverage is not`() throws {
        let tyres = """
            Uzbek citizen wounded at the border
            Border guards spotted two Uzbek vehicles near Toguz-Bulak in Aravan district today. When they did not stop, the guards had no choice but to shoot at their tyres.
            """
        #expect(try Self.extract(tyres, published: "2019-05-31").count == 1)
        let coverage = """
            Villagers fear the war next door
            Afghan news outlets have covered this, including clashes right along the Turkmen border, yet officials insist the frontier is calm.
            """
        #expect(try Self.extract(coverage, published: "2016-11-22").isEmpty)
    }

    @Test
    func `forces sent or stationed at the border are a deployment; those posted there are not`()
        throws
    {
        let sent = """
            Kyrgyzstan reinforces the frontier
            On March 18, Kyrgyzstan dispatched dozens of armed border guards to the frontier near Kerben.
            """
        let records = try Self.extract(sent, published: "2016-03-23")
        #expect(records.map(\.type) == ["deployment"])
        let posted = """
            Guards on duty
            The soldiers stationed at the Kerben post patrol the frontier every day.
            """
        #expect(try Self.extract(posted, published: "2016-03-23").isEmpty)
    }

    @Test func `nationals killed beside a guard in a fight with traffickers are the traffickers`()
        throws
    {
        let text = """
            Tajik border detachment commander killed on the Afghan border
            Last night border guards tried to stop a group of armed drug traffickers coming from Afghanistan near Languricho in Shamsiddin Shohin district.
            "The armed traffickers ignored the order to halt and opened fire; in the clash that followed the colonel was killed, three Afghans were killed and four border guards were wounded," the statement says.
            """
        let records = try Self.extract(text, published: "2017-12-03")
        #expect(records.count == 1)
        #expect(records.first?.fatalities == Fatalities(militants: 3, security: 1))
    }

    @Test(arguments: [
        ("\"Three Afghans were killed,\" the statement says.", nil as Country?),
        ("\"Two guards died,\" said the Tajik border service.", .tajikistan),
        ("\"Two guards died,\" Kyrgyz officials said.", .kyrgyzstan),
        ("One of the dead was a militant from Uzbekistan, he said.", nil),
    ])
    func `the teller of a quotation stands outside it`(text: String, speaker: Country?) {
        #expect(
            FactReader(published: Self.day("2025-03-12")).read(Self.sentence(text)).speaker
                == speaker)
    }

    @Test func `the guard who was shot dead, told again, is the guard already counted`() throws {
        let text = """
            Guard killed at Kekh
            A Tajik border guard was killed when Tajik and Kyrgyz border guards traded fire near Kekh on the morning of June 14.
            The guard who was shot dead has been identified as a 26-year-old from Jaihoun district in Khatlon province.
            """
        let records = try Self.extract(text, published: "2022-06-14")
        #expect(records.count == 1)
        #expect(Self.totals(records).fatalities.total == 1)
    }

    @Test
    func `one of the dead told as a militant, beside a commander wounded, is part of the toll`()
        throws
    {
        let text = """
            Clashes in Jawzjan
            Officials said on Monday that a woman and 13 Taliban militants were killed in fighting in Qarqin district of Jawzjan on Sunday night.
            One of the dead was a militant from Uzbekistan, he said, adding that Mullah Ghanzanfar, a well-known commander of Daesh, was wounded in the battle.
            """
        let records = try Self.extract(text, published: "2017-04-10")
        #expect(records.first?.fatalities == Fatalities(militants: 13, civilians: 1))
    }

    @Test(arguments: [
        (
            "The Taliban's shadow district chief and two insurgents died in clashes.",
            Fatalities(militants: 3)
        ),
        ("A Taliban shadow governor was killed in the strike.", Fatalities(militants: 1)),
        ("The Taliban's fighters killed three soldiers.", Fatalities(security: 3)),
        ("The clashes killed two fighters of the public uprising forces.", Fatalities(security: 2)),
    ])
    func `the Taliban's officials are Taliban, and the government's militias its forces`(
        sentence: String, expected: Fatalities?
    ) {
        #expect(Self.deaths(sentence, published: "2020-06-06") == expected)
    }

    @Test func `"meanwhile" with another kind of incident opens another event`() throws {
        let text = """
            Roadside mine kills 11 local police in Badakhshan
            At least 11 local police died when a roadside mine exploded in Khwahan district of Badakhshan province on Friday night.
            Meanwhile, the Taliban's shadow district chief and two insurgents died in clashes with Afghan forces.
            """
        let records = try Self.extract(text, published: "2020-06-06")
        #expect(records.map(\.type) == ["explosion", "armed_clash"])
        #expect(records.map(\.fatalities) == [Fatalities(security: 11), Fatalities(militants: 3)])
    }

    @Test func `"by the Uzbek account" tells the same event again, after talks dated from it`()
        throws
    {
        let text = """
            Uzbek border patrol kills two Kyrgyz men
            Two citizens of Kyrgyzstan were shot dead on August 15 near the border, after they did not obey Uzbek border guards, the Kyrgyz Border Service said.
            The men lived in Chatkal District, and their disappearance was reported on August 25. At bilateral talks three days after that, Uzbek officials said one of their patrols had come across two people in the border zone on August 15. By the Uzbek account, the pair did not stop when ordered to, and the guards opened fire.
            """
        let records = try Self.extract(text, published: "2025-09-02")
        #expect(records.count == 1)
        #expect(Self.totals(records).fatalities.total == 2)
    }

    @Test
    func `who tells is no place, eastern Afghanistan is elsewhere, and a question tells nothing`()
        throws
    {
        let text = """
            Taliban commander killed in Badghis, NATO says
            Separately on Sunday, a roadside bomb killed five civilians in eastern Afghanistan.
            NATO and Afghan forces went into the Murghab district of Badghis province on Saturday. According to NATO, a firefight followed in which the Taliban leader died along with two of his militants.
            "Now that he is dead, peace will grow," a spokesman said.
            "For how long can we watch our leaders being killed?" the new council's chairman asked.
            """
        let records = try Self.extract(text, published: "2010-10-10")
        #expect(records.count == 1)
        #expect(records.first?.fatalities == Fatalities(militants: 3))
        #expect(records.first?.region == "Badghis")
        let unknown = """
            Gunfire on the Afghan frontier leaves dead on both sides
            Two Tajik officers and three armed men who had come from Afghanistan were killed on Wednesday when a firefight broke out on the Tajik-Afghan border.
            Who the dead on the Afghan side were has not yet been established.
            """
        #expect(
            try Self.extract(unknown, published: "2025-12-25").first?.fatalities
                == Fatalities(militants: 3, security: 2))
    }

    @Test
    func `fighting elsewhere, a raid in Sari Pul and "since the fighting broke out" add no event`()
        throws
    {
        let text = """
            Dozens dead as Taliban and IS battle in Jawzjan
            Heavy fighting over the past week between the Taliban and the Islamic State group in Qarqin district of Jawzjan province has killed 12 fighters, officials said on Wednesday.
            Many of the dead had been displaced by fighting elsewhere in the country.
            In Sari Pul province, IS fighters on Tuesday also raided a Taliban commander's home, killing no fewer than 15 people.
            A spokesman said 12 fighters on both sides had died since the fighting broke out last Thursday.
            """
        let records = try Self.extract(text, published: "2018-07-18")
        #expect(records.count == 1)
        #expect(records.first?.fatalities == Fatalities(militants: 12))
    }

    @Test func `the same day's attack in the same province, told again in a roundup, is one`()
        throws
    {
        let text = """
            Taliban overrun checkpoints in the north
            A Taliban assault on Saturday night on checkpoints in Qaisar district of Faryab province left 22 troops dead, officials said.
            In Badghis, upwards of 100 soldiers in Bala Murghab left their positions during a week-long battle with the Taliban.
            The mass surrender happened while Taliban fighters were also attacking forces in Faryab on Saturday. 21 soldiers were killed there, the Taliban said.
            """
        let records = try Self.extract(text, published: "2019-03-17")
        let faryab = records.filter { $0.region == "Faryab" && $0.category == .incident }
        #expect(faryab.count == 1)
        #expect(faryab.first?.fatalities.security == 21)
    }

    @Test
    func
        `a toll told "as a result of the incident on the border" under a border headline is that incident's`()
        throws
    {
        let text = """
            Kyrgyz death toll in border incident with Tajikistan stands at 33
            Thirty-three people from Kyrgyzstan have now died as a result of the incident on the Kyrgyz-Tajik border in Batken region, a deputy minister said.
            """
        let records = try Self.extract(text, published: "2021-05-01")
        #expect(records.count == 1)
        #expect(records.first?.fatalities == Fatalities(unknown: 33))
    }

    @Test func `a roundup keeps each province's events apart and leaves the rest of the war out`()
        throws
    {
        let text = """
            Taliban attacks across the north
            On Sunday night the Taliban struck six outposts in Kunduz province's Dasht-e-Archi district, killing six of the nine border policemen assigned to them.
            In Jawzjan province, meanwhile, the Taliban closed in on Khamyab district from several directions.
            "The fighting was heavy," the police chief said. Eight or more policemen died, while the Taliban lost seven dead.
            In southern Helmand province, gunmen shot dead an administrator on Monday.
            Two bodyguards were also killed in the attack, the governor said.
            The Taliban have laid thousands of roadside bombs over the years.
            """
        let records = try Self.extract(text, published: "2018-09-11")
        #expect(records.count == 2)
        #expect(records.map(\.region).sorted() == ["Jowzjan", "Kunduz"])
        #expect(Self.totals(records).fatalities == Fatalities(militants: 7, security: 14))
    }

    @Test func `another account is weighed, not added, and a headline's border death is an event`()
        throws
    {
        let disputed = """
            Attacks in Kunduz
            Four soldiers died late on Monday when the Taliban attacked checkpoints near the Tajik border in Kunduz province, the ministry said.
            A council member put the toll far higher, however. He said at least eight more soldiers died near the border.
            """
        let records = try Self.extract(disputed, published: "2021-01-20")
        #expect(records.count == 1 && records.first?.fatalities.security == 4)
        let headline = """
            12:58 / 27.09.2021   94286
            One of our soldiers died on the Afghan border
            The president spoke to voters about the border with Afghanistan. In yesterday's incident one of our soldiers died a hero, he said.
            """
        let soldier = try #require(try Self.extract(headline, published: "2021-09-27").first)
        #expect(soldier.fatalities.security == 1 && soldier.date == Self.day("2021-09-26"))
    }

    @Test
    func `deaths someone went to ask about and the state's "internal affairs bodies" are no toll`()
        throws
    {
        let asked = """
            Villagers taken across the border
            On 12 March Tajik guards seized the head of a Kyrgyz border village in Batken with four other residents and held them hostage.
            He had gone to the river to find out more about the deaths of three shepherds, the district police said.
            """
        let seizure = try #require(try Self.extract(asked, published: "2024-03-14").first)
        #expect(seizure.type == "abduction" && seizure.fatalities.total == 0)
        let organs = """
            Smugglers fire on a patrol
            On 9 October border guards and officers of the republic's internal affairs bodies met a band of Afghan smugglers at a border outpost in Khatlon, and the smugglers fired on them before fleeing across the river.
            """
        let clash = try #require(try Self.extract(organs, published: "2023-10-11").first)
        #expect(clash.fatalities.total == 0)
    }

    @Test
    func
        `a claim two governments reject together, or one the attack is said to come from, is no event`()
        throws
    {
        let both = """
            Militants say they shelled an Uzbek town
            A militant group said on Tuesday that it had fired mortar shells at the Uzbek town of Sherobod from across the river.
            Officials in both Uzbekistan and Afghanistan rejected the claims, saying the border had been quiet all week.
            """
        #expect(try Self.extract(both, published: "2023-05-11").isEmpty)
        let origin = """
            Dushanbe calls shelling story a rumour
            Tajikistan's border service on Tuesday dismissed as a rumour the talk that has gone round since the weekend.
            A post on social media had claimed that mortar shells were fired from Tajik territory at the Kyrgyz village of Ak-Sai on Saturday.
            """
        #expect(try Self.extract(origin, published: "2023-05-11").isEmpty)
    }

    @Test func `a denial that fighters stole goods leaves the capture it follows`() throws {
        let text = """
            Taliban take a river port on the Tajik border
            Taliban fighters seized the river port of Sher Khan Bandar in Kunduz province on Tuesday, local officials said.
            Traders said the customs building had been wrecked. A Taliban spokesman denied that their men had carried off goods from the warehouses.
            """
        let capture = try #require(try Self.extract(text, published: "2021-06-23").first)
        #expect(capture.type == "capture")
    }

    @Test
    func
        `a killing on an earlier day, told as what an operation came after, is an event of its own`()
        throws
    {
        let text = """
            Troops lose six men in raid on smuggler's base
            Government troops on Thursday stormed the base of a smuggling boss wanted for killing a district police chief, and lost six soldiers in the raid, officials said.
            The raid, begun at first light, was ordered after armed men stopped the chief's car near Ishkoshim on Monday and shot him dead.
            """
        let records = try Self.extract(text, published: "2014-05-16")
        #expect(records.count == 2)
        let raid = try #require(records.first { $0.date.isoString == "2014-05-15" })
        #expect(raid.fatalities.security == 6 && raid.fatalities.total == 6)
        let killing = try #require(records.first { $0.date.isoString == "2014-05-12" })
        #expect(killing.fatalities.security == 1 && killing.fatalities.total == 1)
    }

    @Test func `herders led away with the flock are abducted`() throws {
        let text = """
            Raiders drive off sheep and two shepherds
            Armed men from Afghanistan crossed the river at night and led the flock away together with two shepherds in Panj district, letting the men go two days later.
            """
        let raid = try #require(try Self.extract(text, published: "2019-06-14").first)
        #expect(raid.type == "abduction")
    }

    @Test func `a border area the Taliban took over, under another spelling, is a capture`() throws
    {
        let text = """
            Taliban gain ground opposite Farkhor
            Taliban fighters took over the Ay Khanoom area on Monday, Tajik border officials said.
            """
        let capture = try #require(try Self.extract(text, published: "2019-06-14").first)
        #expect(capture.type == "capture" && capture.region == "Takhar")
    }

    @Test func `"both were armed attacks" after two attacks are told counts no more of them`()
        throws
    {
        let text = """
            Two attacks on miners in the south
            The first attack came on 12 March at a mine in Panj district of Khatlon and left two people dead. The second attack came in Darvoz district of Gorno-Badakhshan, where one person was killed. Officials said both were armed attacks launched from across the river.
            """
        let records = try Self.extract(text, published: "2025-04-10")
        #expect(records.map(\.count) == [1, 1])
    }

    @Test func `"one of them a member of the border troops" is of the side the words name`() throws
    {
        let text = """
            Four dead in night clash at the river
            On 3 April armed men who had crossed from Afghanistan clashed with guards near an outpost in Khatlon. Four people died, one of them a member of the Tajik border troops.
            """
        let clash = try #require(try Self.extract(text, published: "2025-04-10").first)
        #expect(clash.fatalities.security == 1 && clash.fatalities.militants == 3)
    }

    @Test
    func
        `a confrontation that broke out between guards is a clash, and people hurt after a long clause are not dead`()
        throws
    {
        let scuffle = """
            Guards scuffle at Tamdyk
            On 10 June a confrontation broke out between Kyrgyz and Tajik border guards near Tamdyk in Batken. Officials in Isfara said that one man had died and that several villagers who had come out to argue with the Kyrgyz border guards were hurt.
            """
        let clash = try #require(try Self.extract(scuffle, published: "2025-06-12").first)
        #expect(clash.type == "armed_clash" && clash.fatalities.total == 1)
        let hurt = """
            Guards scuffle at Tamdyk
            On 10 June a confrontation broke out between Kyrgyz and Tajik border guards near Tamdyk in Batken, and a Kyrgyz soldier was hurt.
            """
        #expect(try Self.extract(hurt, published: "2025-06-12").first?.type == "armed_clash")
        let standoff = """
            Standoff ends
            Kyrgyzstan and Uzbekistan have ended a confrontation over a disputed hill on their frontier in Jalal-Abad province, pulling back soldiers on both sides.
            """
        #expect(try Self.extract(standoff, published: "2025-06-12").isEmpty)
    }

    @Test func `an officer who "told reporters separately" starts no capture of his own`() throws {
        let text = """
            Insurgents take river port
            Taliban fighters seized the Sher Khan Bandar port in Kunduz on Tuesday, a provincial official said.
            A council member said the Taliban "seized the port, the customs house and every border checkpoint", while an army officer told reporters separately: "We had to leave all the posts."
            """
        #expect(try Self.extract(text, published: "2021-03-10").count == 1)
    }

    @Test
    func `combatants are people, and "their dead" and "its members" are of whom they stand for`()
        throws
    {
        let combatants = """
            Six dead in Darqad
            Fighting in Darqad district of Takhar on Monday left six combatants dead, two of them soldiers, a provincial spokesman said. The attackers pulled back before dawn, leaving four of their dead behind.
            """
        let fight = try #require(try Self.extract(combatants, published: "2021-03-10").first)
        #expect(fight.fatalities.security == 2 && fight.fatalities.militants == 4)
        let members = """
            Band crosses at Panj
            On 5 March an armed band of seven crossed the river near the Panj post in Khatlon. During the operation to stop the group one of its members was killed, and a border guard also died.
            """
        let crossing = try #require(try Self.extract(members, published: "2021-03-10").first)
        #expect(crossing.fatalities.militants == 1 && crossing.fatalities.security == 1)
    }

    @Test func `two neighbours' own counts of one war are added, one herder told by both is one`()
        throws
    {
        let sides = """
            Truce signed after week of fighting
            Kyrgyzstan and Tajikistan signed a truce on Monday at a border post in Batken province. At least 24 people have been killed and 80 wounded on the Kyrgyz side since the fighting began on 14 May. Tajikistan put its own toll at 17 dead.
            """
        #expect(try Self.extract(sides, published: "2025-05-20").first?.fatalities.total == 41)
        let given = """
            Grief in the border villages
            The fighting on the Kyrgyz-Tajik border in Batken stopped on 18 May. Kyrgyzstan has given a toll of 24 dead and more than 80 wounded. Tajikistan says at least 17 people died.
            """
        #expect(try Self.extract(given, published: "2025-05-20").first?.fatalities.total == 41)
        let herder = """
            Herder shot at the Uzbek border
            Uzbek border guards shot dead a Tajik herder near the border on 14 May. Tajikistan said one of its citizens was killed; Uzbekistan said one man died after he ignored a warning.
            """
        #expect(try Self.extract(herder, published: "2025-05-20").first?.fatalities.total == 1)
        let origin = """
            Guard killed at Panj
            Tajik border guards lost one of their officers and killed a member of an armed group that had come over from Afghanistan in a clash near the Panj post in Khatlon, a news agency reported on Monday. Rustam Karimov, a warrant officer in the Tajik border guards, also died in Saturday's skirmish.
            """
        let clash = try #require(try Self.extract(origin, published: "2025-05-20").first)
        #expect(clash.fatalities.security == 1 && clash.fatalities.militants == 1)
    }

    @Test
    func
        `wounds "incompatible with life" and the fatally wounded are dead, deaths with no figure are two`()
        throws
    {
        let wounds = """
            Shots on the Uzbek border
            On 5 May Uzbek border guards fired on a group of men near the border in Namangan. As a result two of the men received gunshot wounds that were incompatible with life.
            """
        #expect(try Self.extract(wounds, published: "2022-05-06").first?.fatalities.total == 2)
        let villager = """
            Villager hit in Isfara
            On 5 May a gunfight broke out near Isfara in Sughd. In the gunfight between the border troops of Tajikistan and Kyrgyzstan, Obid Tuychiev, a resident of the village, was fatally wounded.
            """
        let gunfight = try #require(try Self.extract(villager, published: "2022-05-06").first)
        #expect(gunfight.fatalities.civilians == 1 && gunfight.fatalities.total == 1)
        let battle = """
            Battle on the frontier
            On 5 May Kyrgyz and Tajik guards clashed near the border in Batken. The clash turned into a battle, with deaths on both sides.
            """
        #expect(try Self.extract(battle, published: "2022-05-06").first?.fatalities.total == 2)
        let dead = """
            Fire on the Batken border
            On 27 January guards of Kyrgyzstan and Tajikistan exchanged fire near Tort-Kocho in Batken. There are also dead, officials said.
            """
        #expect(try Self.extract(dead, published: "2022-01-28").first?.fatalities.total == 2)
    }

    @Test func `attacks that "killed four last week" after "after" are of last week`() throws {
        let text = """
            Kabul promises joint inquiry
            Afghanistan's Taliban said they had assured Tajikistan that they would tighten security on the border, after two attacks launched from Afghan soil killed four Chinese workers last week.
            """
        let attacks = try #require(try Self.extract(text, published: "2025-12-02").first)
        #expect(attacks.date.isoString == "2025-11-22" && attacks.datePrecision == .week)
    }

    @Test func `deaths told before any event take the day "the incident took place"`() throws {
        let text = """
            Two herders shot by Uzbek guards buried in Chatkal
            "The two men who died were 30 and 25 years old," the village head said. "Today we buried them."
            The incident itself reportedly took place on 15 August, near the border.
            """
        let shooting = try #require(try Self.extract(text, published: "2025-09-02").first)
        #expect(shooting.date.isoString == "2025-08-15")
    }

    @Test func `people grabbed by armed men are abducted`() throws {
        let text = """
            Road workers held across the river
            Two road workers were grabbed by armed Afghans who forced their way across the border at midday on 25 March in Shuroobod.
            """
        let seizure = try #require(try Self.extract(text, published: "2016-03-28").first)
        #expect(seizure.type == "abduction")
    }

    @Test
    func
        `as many of a side "also killed" as told before are the same dead, and "him ... he" is one man`()
        throws
    {
        let battle = """
            Eleven dead in Imam Sahib battle
            At least 11 Afghans, six of them members of the security forces and five of them Taliban fighters, were killed in a battle in Imam Sahib district of Kunduz province on Monday, a spokesman said. The spokesman said six members of the security forces were also killed in the battle.
            """
        let fight = try #require(try Self.extract(battle, published: "2021-02-16").first)
        #expect(fight.fatalities.security == 6 && fight.fatalities.total == 11)
        let shot = """
            Kerben man shot at the border
            A resident of Kerben was shot by Uzbek border guards on 7 April near the border in Aksy district. "One of them fired at him while he was on Kyrgyz territory. The bullet struck him in the head and he died where he fell," the statement reads.
            """
        #expect(try Self.extract(shot, published: "2018-04-10").first?.fatalities.total == 1)
    }

    @Test func `an employee of the Interior Ministry is of the state's forces`() throws {
        let text = """
            Post attacked at Ishkobod
            On 6 November gunmen attacked a border post near Ishkobod in Tajikistan. A serviceman of the border troops and an employee of the Interior Ministry lost their lives, officials said.
            """
        let attack = try #require(try Self.extract(text, published: "2019-11-07").first)
        #expect(attack.fatalities.security == 2 && attack.fatalities.civilians == 0)
    }

    @Test func `the dead named by the village they live in are civilians`() throws {
        let shooting = """
            Villager shot near the border
            Guards of the neighbouring country opened fire on a man near Kara-Bulak in Batken province on Tuesday, the border service said.
            The 40-year-old man, who lives in Kara-Bulak village, had been walking to his field. He died of his wounds in hospital in Isfana.
            """
        let record = try #require(try Self.extract(shooting, published: "2023-05-12").first)
        #expect(record.fatalities.civilians == 1 && record.fatalities.unknown == 0)
        let missing = """
            Two missing men were shot by border guards
            Uzbek border guards opened fire on two men in the mountains, the Kyrgyz border service said.
            On 3 June two people living in Sary-Tash village of Chatkal district were reported missing. The Uzbek side later said its patrol had fired on two men who ignored orders to stop on 1 June. The two men died of their wounds.
            """
        let dead = try #require(try Self.extract(missing, published: "2025-06-12").first)
        #expect(dead.fatalities.civilians == 2 && dead.fatalities.unknown == 0)
    }

    @Test func `people killed besides the ones named are more dead, not the same`() throws {
        let officer = """
            Outpost overrun in the north
            Insurgents overran a police outpost in Qaisar district of Faryab province on Saturday night. Twelve policemen as well as their commander were killed, a council member said.
            """
        let outpost = try #require(try Self.extract(officer, published: "2021-06-07").first)
        #expect(outpost.fatalities.security == 13)
        let others = """
            Bomb maker dies with others
            A Taliban commander and three others were killed when a bomb they were building went off in Khamab district of Jowzjan province.
            """
        let blast = try #require(try Self.extract(others, published: "2017-06-20").first)
        #expect(blast.fatalities.militants == 1 && blast.fatalities.total == 4)
        let companions = """
            Bomb maker dies with companions
            A Taliban commander died together with two of his companions when a mine went off in Khamab district of Jowzjan province.
            """
        let mine = try #require(try Self.extract(companions, published: "2017-06-20").first)
        #expect(mine.fatalities.total == 3)
        let later = """
            Blast at a market near the border
            A soldier was killed when a mine exploded at a market in Khamab district of Jowzjan province on Monday. Two more people died of their wounds in hospital.
            """
        let market = try #require(try Self.extract(later, published: "2017-06-20").first)
        #expect(market.fatalities.security == 1 && market.fatalities.total == 3)
    }

    @Test func `men who crossed while looking for livestock are civilians unless they fought`()
        throws
    {
        let herders = """
            Two herders shot after crossing the border
            Two citizens of Kyrgyzstan who crossed illegally into Uzbek territory were killed by border guards, the head of their village said on Monday.
            They had gone out looking for livestock and crossed the border while searching for the roots of a wild plant. This happened on 20 July.
            """
        let shooting = try #require(try Self.extract(herders, published: "2025-07-28").first)
        #expect(shooting.fatalities.civilians == 2 && shooting.fatalities.militants == 0)
        let fighters = """
            Three killed on a river island
            About fifty Afghans went to an island in the Amu Darya on 21 August to gather licorice root, and were told by Uzbek border guards to leave.
            The guards and the people who had crossed the border illegally exchanged fire, and three Afghan citizens were killed.
            """
        let clash = try #require(try Self.extract(fighters, published: "2022-08-25").first)
        #expect(clash.fatalities.militants == 3)
    }

    @Test
    func `the security personnel after ten soldiers and six policemen are all sixteen of them`()
        throws
    {
        let text = """
            Checkpoints overrun in the north
            Officials confirmed that at least 16 members of the security forces were killed in Takhar province's Khwaja Ghar district when Taliban fighters stormed checkpoints.
            According to the officials, those killed included 10 soldiers and six police officers.
            The Taliban claimed the attack and the killing of the security personnel in a statement.
            """
        let attack = try #require(try Self.extract(text, published: "2018-03-20").first)
        #expect(attack.fatalities.security == 16)
    }

    @Test func `a place the attackers came from, however long its name, is not where they struck`()
        throws
    {
        let text = """
            Road workers shot on the Panj
            Gunmen attacked workers of a road-building company in the village of Shodaki in Darvaz district on the evening of 30 November, the security committee said.
            At about 18:45 a group of armed men who had come from the village of Ruzvayak in the Mohi May district of Badakhshan province fired on the workers. Two Chinese citizens died in the attack.
            """
        let records = try Self.extract(text, published: "2025-12-02")
        #expect(records.count == 1)
        #expect(records.first?.country == "Tajikistan" && records.first?.fatalities.civilians == 2)
    }

    @Test func `dead recalled with "Earlier," and no time of their own are not this clash's`()
        throws
    {
        let text = """
            Guards kill three gunmen on the Panj
            Tajik border guards killed three gunmen who crossed the river from Afghanistan on Sunday, the border service said.
            The men refused to surrender and opened fire, and all three were killed.
            Earlier, a Tajik border guard and two civilians were killed by shots fired from the Afghan bank.
            """
        let clash = try #require(try Self.extract(text, published: "2026-02-03").first)
        #expect(clash.fatalities.militants == 3 && clash.fatalities.total == 3)
    }

    @Test func `attackers who "fell in the battle" died in it, on the side their name gives`()
        throws
    {
        let text = """
            Fourteen dead at a frontier post
            Twelve armed raiders fell in the battle for a border post on the Tajik-Uzbek frontier, and on the defenders' side two soldiers were killed, agencies reported.
            """
        let battle = try #require(try Self.extract(text, published: "2019-11-07").first)
        #expect(battle.fatalities.militants == 12 && battle.fatalities.security == 2)
        #expect(battle.fatalities.unknown == 0)
    }

    @Test
    func
        `deaths "in the incident" on the border, under a headline naming an incident there, are its toll`()
        throws
    {
        let text = """
            Incident on the Turkmen-Afghan border: shepherds crossed after lost sheep
            Three people died in the incident of 4 May near Serhetabat, in Mary province on the border with Afghanistan, the foreign ministry said.
            It did not say on which side the dead were.
            """
        let incident = try #require(try Self.extract(text, published: "2023-05-06").first)
        #expect(incident.date.isoString == "2023-05-04" && incident.fatalities.unknown == 3)
    }

    @Test func `people tracked down the day after their crossing are still the event told`()
        throws
    {
        let text = """
            Guards stop a night crossing
            Four armed men crossed the river from Afghanistan on the night of 11 March near post No. 3 in Panj district, the border service said.
            The next day they were found in a gully on Tajik soil. They refused to give themselves up and opened fire.
            All four gunmen were killed, and one border guard died.
            """
        let records = try Self.extract(text, published: "2024-03-13")
        #expect(records.count == 1)
        #expect(records.first?.fatalities.militants == 4 && records.first?.fatalities.security == 1)
    }

    @Test
    func `a toll told after background, in a paragraph that goes on with "It", is background`()
        throws
    {
        let text = """
            Shots at the pasture
            Kyrgyz and Tajik guards traded fire near a pasture in Batken on Monday; nobody was hurt, the border service said.
            Such quarrels are old. The worst came in April 2021, when the two armies fought for days.
            It began over a water intake. The conflict left 55 dead on both sides.
            """
        let records = try Self.extract(text, published: "2023-06-07")
        #expect(records.count == 1 && records.first?.fatalities.total == 0)
    }

    @Test func `fighters "destroyed" are killed, a hideout destroyed is not`() throws {
        let text = """
            Raid on the Panj
            Tajik border troops clashed with three militants near Shamsiddin Shohin on Sunday, the state committee said.
            All three militants were destroyed during the operation, and the guards destroyed their hideout.
            """
        let clash = try #require(try Self.extract(text, published: "2025-11-04").first)
        #expect(clash.fatalities.militants == 3 && clash.fatalities.total == 3)
    }

    @Test func `a day told "one year earlier" is that day a year back, not this year's`() throws {
        let text = """
            Border villages hold a joint festival
            Villagers from both sides of the Kyrgyz-Tajik border in Batken held a harvest festival on Sunday, the district office said.
            Two years earlier, on 3 October, fighting broke out near the same villages, and 12 people were killed.
            """
        let records = try Self.extract(text, published: "2024-10-08")
        #expect(records.allSatisfy { $0.fatalities.total == 0 })
    }

    @Test func `a year's figures that open a sentence with "Over 2019," are a sum, not an event`()
        throws
    {
        let text = """
            District chief sums up the year
            Over 2019, on the border of Panj district, smugglers killed three Tajik border guards in clashes, the district chief told reporters.
            """
        let records = try Self.extract(text, published: "2020-01-20")
        #expect(records.isEmpty)
    }

    @Test
    func
        `a toll of fighting across provinces listed by name is a country's war, not a border event`()
        throws
    {
        let text = """
            Outpost planned on the Panj
            A new outpost will be built on the Tajik-Afghan border, officials said.
            Meanwhile the Taliban took a crossing in Spin Boldak district on the border with Pakistan.
            The army reported operations in the provinces of Ghor, Uruzgan, Ghazni and Takhar. About 90 people were killed in the fighting of recent days, the ministry said.
            """
        let records = try Self.extract(text, published: "2021-07-14")
        #expect(records.allSatisfy { $0.fatalities.total == 0 })
    }

    @Test func `guerrillas are militants, and "eliminating" them kills them`() throws {
        let text = """
            Post stormed on the Uzbek border
            A band of guerrillas stormed a Tajik border post on the frontier with Uzbekistan during the night of 5 November, the authorities said.
            The guards returned fire, eliminating nine of the twelve attackers and arresting the other three.
            """
        let raid = try #require(try Self.extract(text, published: "2019-11-06").first)
        #expect(raid.fatalities.militants == 9 && raid.fatalities.total == 9)
    }

    @Test func `members of a terrorist organisation crossing the border are an armed infiltration`()
        throws
    {
        let text = """
            Crossing on the Panj
            On 2 March four members of a terrorist organisation crossed the state border of Tajikistan illegally near Panj, the border troops said.
            """
        let crossing = try #require(try Self.extract(text, published: "2024-03-04").first)
        #expect(crossing.type == "infiltration" && crossing.date.isoString == "2024-03-02")
    }

    @Test
    func `each side's own dead after fighting the headline says was between two states are added`()
        throws
    {
        let text = """
            Uneasy quiet on the Kyrgyz-Tajik border after days of fighting
            The border was calm overnight, the Kyrgyz border service said on Monday.
            According to hospital sources, the hostilities left at least 40 dead on the Kyrgyz side.
            Tajikistan, for its part, reported 20 dead and accused the other side of aggression.
            """
        let fight = try #require(try Self.extract(text, published: "2022-09-19").first)
        #expect(fight.fatalities.total == 60)
        let shot = """
            One man shot dead on the Tajik-Uzbek border
            A shepherd was shot dead by Uzbek border guards near the border on Saturday, Tajik officials said.
            Uzbekistan's border service said a man had been killed after ignoring warning shots.
            """
        let herder = try #require(try Self.extract(shot, published: "2017-04-17").first)
        #expect(herder.fatalities.total == 1)
    }

    @Test func `a toll of fighting in provinces listed before the noun is a country's war`() throws
    {
        let text = """
            New post for the Panj
            A new border post will be built on the Tajik-Afghan border with Russian money, officials said.
            The army reported operations in Ghor, Uruzgan, Ghazni and Takhar provinces. About 120 Taliban were killed in the fighting, the ministry said.
            """
        let records = try Self.extract(text, published: "2021-07-14")
        #expect(records.allSatisfy { $0.fatalities.total == 0 })
    }

    @Test func `reports said to "not match the facts" are denied, and no event`() throws {
        let text = """
            Reports of a firefight on the Uzbek-Afghan border called untrue
            Reports that an armed clash took place last week on the border between Uzbekistan and Afghanistan do not match the facts, the Uzbek border service said.
            The Afghan side also said the reports of a clash do not reflect the truth.
            """
        let records = try Self.extract(text, published: "2022-01-05")
        #expect(records.isEmpty)
    }

    @Test
    func `people counted under a label in scare quotes are counted, the label doubted or not`()
        throws
    {
        let text = """
            Border clash in Khatlon
            The security committee said that three "terrorists" were killed near the Panj in Khatlon on Sunday after they refused to surrender.
            """
        let clash = try #require(try Self.extract(text, published: "2026-01-13").first)
        #expect(clash.fatalities.militants == 3 && clash.fatalities.total == 3)
        let herders = """
            Two herb gatherers shot by Uzbek guards
            Two Kyrgyz villagers gathering herbs were shot dead by Uzbek border guards near Aksy on Monday, Kyrgyz officials said.
            The Uzbek service said its guards had shot the two "intruders" after they refused to stop.
            """
        let shooting = try #require(try Self.extract(herders, published: "2025-08-29").first)
        #expect(shooting.fatalities.civilians == 2 && shooting.fatalities.total == 2)
    }

    @Test
    func `people a relative clause with no commas tells of are the subject of the death after it`()
        throws
    {
        let text = """
            Clash on the Panj
            Tajik border guards clashed with armed men near Panj on Monday, the border service said.
            As a result of the operation, four gunmen who had crossed the river at night were killed near the village.
            """
        let clash = try #require(try Self.extract(text, published: "2025-03-05").first)
        #expect(clash.fatalities.militants == 4 && clash.fatalities.total == 4)
    }

    @Test func `soldiers remembered on a day of remembrance are no toll of today`() throws {
        let text = """
            Fallen of 1999 remembered
            Today is the day of remembrance for the soldiers who died defending the south in the Batken events.
            Wreaths were laid at the monument in the capital.
            The militants seized three villages in the mountains of Batken.
            """
        let records = try Self.extract(text, published: "2019-10-26")
        #expect(records.allSatisfy { $0.fatalities.total == 0 })
    }

    @Test func `members of a group its own words call armed are militants`() throws {
        let text = """
            Outpost raided at night
            About twenty masked men raided a border outpost in Rudaki district of Tajikistan on the night of November 6, and a border guard was killed.
            In a later operation 12 of the armed criminal group's members were neutralised, the border service said.
            """
        let raid = try #require(try Self.extract(text, published: "2019-11-07").first)
        #expect(raid.fatalities.militants == 12 && raid.fatalities.security == 1)
    }

    @Test func `Rudaki, Hisor and Tursunzoda on the Uzbek border are Tajikistan's`() throws {
        let text = """
            New outposts on the western frontier
            Two new border outposts have been opened in the frontier zone of Rudaki district, the border troops said on Friday.
            """
        let opened = try #require(try Self.extract(text, published: "2024-06-14").first)
        #expect(
            opened.country == "Tajikistan"
                && opened.region == "Districts of Republican Subordination")
        #expect(opened.type == "outpost_opened" && opened.count == 2)
    }

    @Test func `an outpost opened just before the New Year, told in January, is December's`()
        throws
    {
        let before = """
            New outpost in the north
            A new border outpost was opened in Isfara just before the New Year, the regional government said.
            """
        let outpost = try #require(try Self.extract(before, published: "2020-01-03").first)
        #expect(outpost.date.isoString == "2019-12-01" && outpost.datePrecision == .month)
        let eve = """
            Checkpoint opened on the last day of the year
            A border checkpoint was opened near Panj on New Year's Eve, officials said.
            """
        let checkpoint = try #require(try Self.extract(eve, published: "2020-01-03").first)
        #expect(checkpoint.date.isoString == "2019-12-31")
    }

    @Test func `a site and a day before bars open the paragraph they stand in, not clutter`()
        throws
    {
        let text = """
            Border post opened in Isfara
            Avesta.Tj | 14.05.2021 | A new frontier post with barracks and a canteen was put into service in Isfara district of Sughd region on Thursday.
            """
        let outpost = try #require(try Self.extract(text, published: "2021-05-14").first)
        #expect(outpost.type == "outpost_opened" && outpost.region == "Sughd")
    }

    @Test
    func `"fired five or six shots" and "shots were fired" are a shooting, warning shots not`()
        throws
    {
        for sentence in [
            "Late on Tuesday unknown men on the Uzbek side fired five or six shots near the border in Kerben district of Jalal-Abad.",
            "Several shots were fired late on Tuesday by unknown people from Uzbek territory near Kerben in Jalal-Abad.",
        ] {
            let records = try Self.extract(
                "Shots near the border\n\n" + sentence, published: "2023-03-01")
            #expect(records.map(\.type) == ["attack"], "\(sentence)")
        }
        let warning = """
            Warning shots on the frontier
            Several shots were fired into the air by the guards late on Tuesday near Kerben in Jalal-Abad to turn back a group of herders.
            """
        #expect(try Self.extract(warning, published: "2023-03-01").isEmpty)
    }

    @Test func `"the sons of farmers die young like this" tells what befalls them, no deaths`()
        throws
    {
        let text = """
            A shepherd's funeral
            Uzbek border guards opened fire on a shepherd from Aravan district on 6 September after he crossed the border, Kyrgyz officials said.
            "The sons of poor farmers die young like this, and their mothers are left to weep," a neighbour said.
            """
        let shooting = try #require(try Self.extract(text, published: "2012-09-10").first)
        #expect(shooting.fatalities.total == 0)
    }

    @Test
    func
        `a raid on the police command compound in an inland Badakhshan district is no border event`()
        throws
    {
        let text = """
            Badakhshan district overrun
            The army said on Sunday that Badakhshan's Arghanjkhwah district had been taken over by the Taliban.
            Militants killed a commander of the local police together with his son while attacking the district police command compound in Arghanjkhwah.
            """
        #expect(
            try Self.extract(text, published: "2019-03-31").allSatisfy { $0.fatalities.total == 0 })
    }

    @Test
    func `two guards dead and "all four were 'neutralised'" after four armed men are six dead`()
        throws
    {
        let text = """
            Guards die in firefight on the Panj
            The security committee said on Thursday that two of its border guards had lost their lives in a clash with members of a "terrorist group" on the border with Afghanistan.
            Four armed men had crossed the border into Khatlon province. The guards traded fire with the intruders, and all four were "neutralised" by the end of the operation.
            """
        let clash = try #require(try Self.extract(text, published: "2025-12-26").first)
        #expect(clash.fatalities.security == 2 && clash.fatalities.militants == 4)
        #expect(clash.fatalities.total == 6)
    }

    @Test func `a second attack that "killed two more" killed more of the same people`() throws {
        let text = """
            Foreign workers attacked twice
            The first attack, on Friday near Shohin in Khatlon, killed three Chinese road workers, officials said.
            On Sunday a second assault on the border killed two more.
            """
        let records = try Self.extract(text, published: "2025-12-02")
        #expect(records.map(\.fatalities.civilians) == [3, 2])
    }

    @Test func `six days of clashes are how long the fighting went on, not six clashes`() throws {
        let text = """
            Truce holds after border war
            The two governments agreed a truce on Monday after six days of heavy border clashes in Batken province that left dozens dead, officials said.
            """
        let fighting = try #require(try Self.extract(text, published: "2022-09-20").first)
        #expect(fighting.count == 1)
    }

    @Test
    func `a gunfight told only as reports and denied by an unnamed border service is no event`()
        throws
    {
        let text = """
            Reports of a border battle; officials say there was none
            The fight on the frontier is said to have taken place about two weeks ago.
            According to reports, a band of smugglers had killed four soldiers. "About 20 soldiers died in a battle of several hours," a reporter for an exile radio station said.
            The state border service declared that no clashes had been recorded on the frontier this year.
            """
        #expect(try Self.extract(text, published: "2019-05-20").isEmpty)
    }

    @Test
    func `a news site's address is no place and "six of those who died" were of the side named`()
        throws
    {
        let site = """
            Guards shoot a man at the frontier
            Border guards of the neighbouring state shot dead a citizen of Uzbekistan on 3 June, as reported by ferghana.ru.
            """
        let shooting = try #require(try Self.extract(site, published: "2012-06-05").first)
        #expect(shooting.region != "Fergana" && shooting.country == "Uzbekistan")
        let parts = """
            Fighting on the Takhar border
            Ten people have died in a day of fighting in Darqad district of Takhar province, the police said on Sunday. He said seven of those who died were Taliban fighters. The other three victims were woodcutters.
            """
        let fighting = try #require(try Self.extract(parts, published: "2018-09-02").first)
        #expect(fighting.fatalities.militants == 7 && fighting.fatalities.total == 10)
    }

    @Test
    func
        `"this took place" dates the deaths before it and sources that "point to fighting" tell none`()
        throws
    {
        let dated = """
            ATN: 30 Turkmen soldiers lost their lives on the border with Afghanistan
            The bodies of 30 soldiers have been brought home from the frontier to Turkmenistan's Mary province, an exile news site reports.
            This took place at the beginning of April, but the news only came out now.
            """
        let deaths = try #require(try Self.extract(dated, published: "2016-05-20").first)
        #expect(deaths.writtenDate == "2016-04" && deaths.fatalities.security == 30)
        let hinted = """
            Unclear picture near the border
            Accounts differ for now, although local sources point to fighting in the province; whether the insurgents hold the border districts has not been established.
            """
        #expect(try Self.extract(hinted, published: "2017-05-06").isEmpty)
    }

    @Test func `districts "won back" by name are a capture, two unnamed districts a war's tally`()
        throws
    {
        let named = """
            Districts retaken
            Government forces on Monday morning won back Yangi Qala and Darqad, two districts of Takhar, the ministry said.
            """
        let capture = try #require(try Self.extract(named, published: "2021-06-21").first)
        #expect(capture.type == "capture" && capture.region == "Takhar")
        let unnamed = """
            Afghan news roundup
            On Saturday a radio station said government forces had managed to win back two districts from the Taliban.
            """
        #expect(try Self.extract(unnamed, published: "2021-07-11").isEmpty)
    }

    @Test func `a rebuttal denies what an outlet alone told, and each province keeps its own toll`()
        throws
    {
        let rebutted = """
            Claims of a battle on the Turkmen border
            Late in June an exile radio station reported a long battle between smugglers and border forces on the Turkmen-Afghan border. According to the outlet, the shooting lasted hours and cost the lives of 20 Turkmen servicemen in Mary velayat.
            Within hours a semi-official portal had published a rebuttal of the events.
            """
        #expect(try Self.extract(rebutted, published: "2018-07-10").isEmpty)
        let provinces = """
            Taliban attacks
            On Wednesday the Taliban struck government forces in two provinces, officials said: in Kunduz's Imam Sahib district, where 11 soldiers lost their lives, and in Farah in the west, where the insurgents killed three police officers.
            """
        let records = try Self.extract(provinces, published: "2018-07-12")
        #expect(records.count == 1)
        #expect(records.first?.region == "Kunduz" && records.first?.fatalities.security == 11)
    }

    @Test func `a "skirmish" whose only shots were a warning into the air is no incident`() throws {
        let lead = """
            Border guards of a Kyrgyz detachment used their weapons in a skirmish with livestock smugglers on the border with Uzbekistan, in Aksy district of Jalal-Abad region, on Saturday.
            """
        let warned = """
            Kyrgyz border guards use weapons on the Uzbek border
            \(lead)
            About thirty villagers were driving cattle towards the border and ignored the guards' orders to stop, the border service said. To keep the conflict from growing, the patrol fired two warning shots into the air.
            """
        #expect(try Self.extract(warned, published: "2021-11-14").isEmpty)
        let answered = """
            Kyrgyz border guards use weapons on the Uzbek border
            \(lead)
            The patrol fired two warning shots into the air, and the smugglers fired back before fleeing, the border service said.
            """
        #expect(try Self.extract(answered, published: "2021-11-14").count == 1)
    }

    @Test func `a toll divided by side after a colon gives each side its dead`() throws {
        let text = """
            Taliban and police clash in Badghis
            Fierce fighting between Afghan security forces and the Taliban ended today in Bala Murghab district of Badghis province. The toll is 12 dead: nine militants, one of whom was a commander, and three policemen.
            """
        let clash = try #require(try Self.extract(text, published: "2015-05-20").first)
        #expect(clash.fatalities == Fatalities(militants: 9, security: 3))
    }

    @Test
    func
        `a report rejected as "not confirmed" is no event, and units sent into a place are a deployment`()
        throws
    {
        let rejected = """
            Kyrgyz border guards deny that a Tajik driver was attacked
            Kyrgyzstan's border service has rejected a report that a driver from Tajikistan was attacked.
            Before that, a Tajik official had said that Kyrgyz citizens had pelted a lorry with stones near the Ak-Sai post in Batken and that the driver was hurt.
            "The information that the driver was attacked has not been confirmed," the Kyrgyz border guards said.
            """
        #expect(try Self.extract(rejected, published: "2022-01-21").isEmpty)
        let sent = """
            Uzbek forces leave the enclave
            Earlier this week Uzbekistan sent police and military units into Sokh, its enclave inside Kyrgyzstan, to meet protesters, officials said on Thursday.
            """
        let deployment = try #require(try Self.extract(sent, published: "2010-06-03").first)
        #expect(deployment.category == .measure && deployment.type == "deployment")
    }

    @Test func `posts "put up" are opened, and an exercise's training tasks are no attacks`() throws
    {
        let posts = """
            Two new posts on the Uzbek border
            Tajikistan has put up two new frontier posts along its border with Uzbekistan in Sughd province, the news agency reported.
            The ceremonies opening these frontier posts were held in Asht district on Friday.
            """
        let opened = try #require(try Self.extract(posts, published: "2018-04-21").first)
        #expect(opened.type == "outpost_opened" && opened.count == 2)
        let drill = """
            Turkmenistan stages large military exercises
            Turkmen forces held large exercises this week, the defence ministry said.
            The units were set combat training tasks, among them disarming enemy sabotage groups and fending off attacks by enemy aircraft.
            """
        let records = try Self.extract(drill, published: "2023-10-24")
        #expect(records.map(\.type) == ["exercise"])
    }

    @Test func `armed men who fought a patrol are militants, wherever they live`() throws {
        let text = """
            Shootout on a glacier
            Tajik border guards told their Kyrgyz colleagues that on 9 August, in the Jirgatal section, a Tajik patrol had a shootout with three armed, unidentified citizens on horseback, and one citizen was killed.
            It has been established that all three are citizens of Kyrgyzstan, residents of a district of Osh region.
            """
        let shootout = try #require(try Self.extract(text, published: "2014-08-11").first)
        #expect(shootout.country == "Tajikistan" && shootout.fatalities == Fatalities(militants: 1))
    }

    @Test func `a country's dateline places a raid told with no country of its own`() throws {
        let text = """
            Kidnapping on the frontier
            Tajikistan - A short while ago four armed men crossed the river on a raft, entered a small border village and carried off two boys.
            """
        let raid = try #require(try Self.extract(text, published: "2011-07-11").first)
        #expect(raid.country == "Tajikistan" && raid.type == "abduction")
    }

    @Test func `guards who "used their weapons" shot people, and a guess at smuggling is no role`()
        throws
    {
        let text = """
            Three Kyrgyz citizens killed on the Uzbek border
            Uzbek border guards used their weapons against three citizens of Kyrgyzstan on 5 May in Ala-Buka district, the border service said.
            The three died in hospital. They were a father and his two sons.
            "The citizens who died may have been involved in smuggling," a commander said.
            """
        let shooting = try #require(try Self.extract(text, published: "2022-05-07").first)
        #expect(shooting.date == Self.day("2022-05-05") && shooting.fatalities.militants == 0)
        #expect(shooting.fatalities.total == 3)
    }

    @Test func `"both men" in the other state's account are the men told, dated by the day before`()
        throws
    {
        let text = """
            Two Kyrgyz citizens die on the Uzbek border
            Kyrgyzstan's border service said that two of the country's citizens died on the border with Uzbekistan, after guards opened fire.
            At a meeting on 28 August the Uzbek side said that on 15 August a patrol on Uzbek territory had come across two unidentified people.
            According to the Uzbek side, the two ignored the patrol's orders and fire was opened; both men were wounded and died.
            """
        let shooting = try #require(try Self.extract(text, published: "2025-09-02").first)
        #expect(shooting.fatalities.total == 2)
        #expect(shooting.date == Self.day("2025-08-15"))
    }

    @Test func `a family's dead are civilians, and their birth years date nothing`() throws {
        let text = """
            Three Kyrgyz citizens killed on the Uzbek border
            Uzbek border guards opened fire on three citizens of Kyrgyzstan on 5 May in Ala-Buka district, the border service said; the three died in hospital.
            All of the dead belonged to one family: a father born in 1974 and his sons, born in 1998 and 2000.
            """
        let shooting = try #require(try Self.extract(text, published: "2022-05-07").first)
        #expect(shooting.fatalities == Fatalities(civilians: 3))
    }

    @Test func `an exercise's make-believe enemy and the years in its names are the exercise's`()
        throws
    {
        let text = """
            Drills near the Afghan border enter their active phase
            KHARB-MAIDON RANGE (Tajikistan), October 23 - Troops of the alliance have moved into the active stage of their joint exercise in Tajikistan, on the frontier with Afghanistan.
            The manoeuvres opened with two aircraft flying over the Kharb-Maidon range, 20 km from the Afghan frontier.
            Special forces stopped the advance of the make-believe terrorists with small-arms and grenade-launcher fire.
            In all, 4,000 servicemen are taking part in the exercises Echelon 2021 and Search 2021.
            """
        let records = try Self.extract(text, published: "2021-10-23")
        #expect(records.map(\.type) == ["exercise"])
        #expect(records.first?.datePrecision != .year)
    }

    @Test func `the bodies of the guards, after the guards killed were told, are those dead`()
        throws
    {
        let text = """
            Seven border guards killed in Bala Murghab
            Taliban fighters attacked a border post in Bala Murghab district of Badghis yesterday (Wednesday), the governor's spokesman said.
            Ten border guards were at the post; seven of them were killed and three are missing.
            The bodies of the border guards are still at the post, he said.
            """
        let attack = try #require(try Self.extract(text, published: "2015-04-23").first)
        #expect(attack.fatalities == Fatalities(security: 7))
    }

    @Test func `a group that "took over" a county this evening captured it that day`() throws {
        let text = """
            Taliban take Khwahan
            At six o'clock this evening an armed Taliban group took over Khwahan County in Afghanistan's Badakhshan Province without any fighting, the Tajik border troops said.
            """
        let capture = try #require(try Self.extract(text, published: "2021-07-04").first)
        #expect(capture.type == "capture" && capture.date == Self.day("2021-07-04"))
    }

    @Test
    func `"of them" after a fight are the fighters, and the interior ministry's staff its own`()
        throws
    {
        let text = """
            Border post attacked, 17 dead
            An armed gang of 20 men attacked a Tajik border post on the Uzbek border on 6 November, and 17 people died.
            The gunmen exchanged fire with Tajik border troops.
            In the end 15 of them were shot dead, while on the Tajik side one soldier and one member of the interior ministry staff lost their lives.
            """
        let attack = try #require(try Self.extract(text, published: "2019-11-07").first)
        #expect(attack.fatalities == Fatalities(militants: 15, security: 2))
    }

    @Test
    func `"9 personnel, 6 of them soldiers and 3 policemen" are nine, and "martyred" is killed`()
        throws
    {
        let posts = """
            Taliban attack posts in Takhar
            A Taliban attack on security posts in Noabad village of Dasht-e Qala district, Takhar province, killed 9 security personnel, 6 of them army soldiers and 3 policemen, and wounded 4 more, a security source said.
            """
        let attack = try #require(try Self.extract(posts, published: "2020-09-21").first)
        #expect(attack.fatalities == Fatalities(security: 9))
        let repulsed = """
            Taliban attack on Darqad beaten back
            Taliban members attacked the village of Qara Tepa in Darqad district of Takhar last night, the defence ministry said; eleven of them were killed when the troops counter-attacked.
            The ministry confirmed that one army soldier was martyred in the incident.
            """
        let fight = try #require(try Self.extract(repulsed, published: "2019-11-27").first)
        #expect(fight.fatalities.security == 1)
    }

    @Test func `a shopkeeper "also" killed beside a child killed by a shell is another death`()
        throws
    {
        let text = """
            Taliban mortar round kills a child in Takhar
            The Taliban attacked the bazaar of Dasht-e Qala district today, police said; one of their mortar rounds landed on a house, killing a child.
            The police spokesman added that a shopkeeper in the bazaar had also been killed by Taliban bullets.
            """
        let attack = try #require(try Self.extract(text, published: "2020-02-09").first)
        #expect(attack.fatalities == Fatalities(civilians: 2))
    }

    @Test func `a standfirst's deaths are a second headline's, and "a number of attacks" no event`()
        throws
    {
        let post = """
            Armed attack on a Tajik border post

            Two Tajik soldiers were killed when an armed group of 20 people attacked a Tajik border post on the border with Uzbekistan

            A masked armed group of 20 people attacked the Ishkobod border post early on Wednesday, the border service said.

            In the clash that followed, 15 of the attackers were neutralised and 5 were wounded.
            """
        let attack = try #require(try Self.extract(post, published: "2019-11-07").first)
        #expect(attack.fatalities == Fatalities(militants: 15, security: 2))
        let request = """
            Turkmenistan asks for help on its Afghan border
            Ashgabat turned to Washington after Islamic State fighters became active on the Turkmen-Afghan border, where a number of attacks on Turkmen border outposts have taken place.
            """
        #expect(try Self.extract(request, published: "2015-03-20").isEmpty)
    }

    @Test func `"one of the two" wounded who died later is a death, dated by the shooting`() throws
    {
        let text = """
            Border guards fired at a fishermen's car, they say after it tried to flee
            At 9:20 pm on January 7 a border patrol near Mahram in Sughd stopped a car with five men inside, the border guards said; when the driver sped off, the guards opened fire on the car.
            "Two people were wounded; one of the two sadly died in hospital on January 17," the statement said.
            """
        let shooting = try #require(try Self.extract(text, published: "2018-01-23").first)
        #expect(shooting.fatalities.total == 1 && shooting.date == Self.day("2018-01-07"))
    }

    @Test func `a dateline under a lead dates the report, and "a shot rang out" is a shooting`()
        throws
    {
        let clash = """
            Tajik border guards and Afghan smugglers exchange fire

            Tajik border guards and a group of Afghan smugglers fought an armed skirmish on the border with Afghanistan.

            DUSHANBE, 4 July - Sputnik. Tajik border guards and Afghan smugglers clashed on the Tajik-Afghan frontier, the border troops' spokesman said.

            He said the fighting happened on 30 June near the Darvoz border outpost in Gorno-Badakhshan.
            """
        let records = try Self.extract(clash, published: "2018-07-04")
        #expect(records.map(\.date) == [Self.day("2018-06-30")])
        let shot = """
            Kyrgyz border guard hit by a shot from Tajik territory
            On the evening of 8 August Kyrgyz border guards near Kok-Tash in Batken district detained a man who had crossed the border; while he was being escorted to the outpost, a shot rang out from the territory of Tajikistan and one of the guards was wounded in the leg.
            """
        let wounded = try #require(try Self.extract(shot, published: "2015-08-10").first)
        #expect(wounded.type == "attack" && wounded.fatalities.total == 0)
    }

    @Test func `a lead with no day and the body that tells its event with a day are one event`()
        throws
    {
        let text = """
            Kyrgyz nationals shot dead by Uzbek border guards

            Two citizens of Kyrgyzstan were shot dead by Uzbek border guards who tried to detain them on the border, Kyrgyzstan's border service reports.

            On 25 August police were told that two residents of a village in Chatkal district had gone missing.

            Three days later the Uzbek border service said that on 15 August a patrol had come across two unidentified men where the borders meet. According to the Uzbek side, the men refused to obey an order and the servicemen then opened fire. Both died of their wounds.
            """
        let records = try Self.extract(text, published: "2025-09-01")
        #expect(records.count == 1)
        #expect(
            records.first?.fatalities.total == 2 && records.first?.date == Self.day("2025-08-15"))
    }

    @Test func `a raid told as revenge for "the previous day's incident" is another event than it`()
        throws
    {
        let text = """
            Border police hit back at the Taliban in Gulran

            Six Taliban fighters were killed in a police operation in two villages of Gulran district in Herat.
            The police were taking revenge for the previous day's incident.
            Early on Sunday, Taliban fighters stormed a police post in the same district and killed three policemen.
            """
        let records = try Self.extract(text, published: "2016-05-09")
        #expect(records.count == 2)
        #expect(records.map(\.fatalities.militants).sorted() == [0, 6])
        #expect(records.map(\.fatalities.security).sorted() == [0, 3])
    }

    @Test func `people "were wounded" after a killing are wounded, and the year's worst is news`()
        throws
    {
        let text = """
            Two dead in border shooting

            A shootout on the Tajik-Kyrgyz border near Isfara has killed two Tajiks, officials said on Tuesday, the deadliest clash this year on that stretch of the frontier.
            Police said shots from across the border killed a guard and a farmer on Monday, and three more farmers were wounded.
            """
        let records = try Self.extract(text, published: "2019-07-10")
        #expect(records.count == 1)
        #expect(
            records.first?.fatalities == Fatalities(militants: 0, security: 1, civilians: 1))
    }

    @Test func `a post the other side "attempted to set up" is no outpost opened`() throws {
        let text = """
            Guards clash over a bridge

            Kyrgyz guards said Tajik servicemen had attempted to set up a border post on an undelimited stretch near the bridge, and a shootout followed on Monday.
            """
        let records = try Self.extract(text, published: "2019-07-10")
        #expect(records.allSatisfy { $0.category == .incident })
    }

    @Test func `one district taken "in the past few weeks" is one capture, not a sum`() throws {
        let text = """
            Border calm, officials say

            Officials say the frontier is calm. In the past few weeks, Taliban fighters seized the centre of Warduj district in Badakhshan province, not far from the Tajik border.
            """
        let records = try Self.extract(text, published: "2017-05-02")
        #expect(records.map(\.type) == ["capture"])
    }

    @Test func `"dozens" gives way to the figures each state gives of its own dead`() throws {
        let text = """
            Ceasefire holds on Kyrgyz-Tajik border

            Five days of fighting that left dozens dead ended with Kyrgyzstan and Tajikistan signing a truce.
            Official data show that since the fighting began on 14 September at least 50 people have been killed on the Kyrgyz side.
            Tajikistan reported 40 dead.
            """
        let records = try Self.extract(text, published: "2022-09-20")
        #expect(records.count == 1)
        #expect(records.first?.fatalities.total == 90)
        let vague = try Self.extract(
            "Clashes in Batken\n\nFighting on the Kyrgyz-Tajik border on Friday left dozens dead.",
            published: "2022-09-18")
        #expect(vague.first?.fatalities.total == 12)
    }

    @Test func `a rising toll "so far", an earlier figure that "had been", and "according to it"`()
        throws
    {
        let text = """
            Toll climbs in Kyrgyz-Tajik fighting

            The number of people killed in the fighting on the border between Kyrgyzstan and Tajikistan has risen again.
            So far 30 bodies have been registered, the Kyrgyz health ministry said on Sunday.
            On Friday the figure given had been 20 dead.
            The government of Tajikistan has now given figures too: according to it, more than 25 citizens have been killed since Wednesday.
            """
        let records = try Self.extract(text, published: "2022-09-18")
        #expect(records.count == 1)
        #expect(records.first?.fatalities.total == 55)
    }

    @Test func `deaths told as "more" before a revised overall toll are within it`() throws {
        let text = """
            Siege of district centre goes on

            The Taliban siege of a district compound in Bala Murghab, Badghis, has left at least 10 more soldiers dead, officials said.
            With the dead of the first day, the overall toll of the assault has climbed to at least 25.
            The governor's spokesman said 25 soldiers and police had been killed and 20 Taliban fighters had died as well.
            """
        let records = try Self.extract(text, published: "2019-04-05")
        #expect(records.count == 1)
        #expect(records.first?.fatalities.security == 25)
    }

    @Test func `"security force members" are the state's`() throws {
        let text = """
            Checkpoints attacked in Kunduz

            The Taliban killed at least 9 security force members in an attack on checkpoints in Imam Sahib district on Monday, officials said.
            """
        let records = try Self.extract(text, published: "2021-01-19")
        #expect(records.first?.fatalities == Fatalities(militants: 0, security: 9, civilians: 0))
    }

    @Test func `deaths a correspondent reported, which the state's own site rejects, are no event`()
        throws
    {
        let text = """
            Government site answers radio report of dead guards

            On Monday the radio, quoting its correspondent in Turkmenistan, reported accounts that about 20 Turkmen soldiers had died in an exchange of fire on the border with Afghanistan's Badghis province.
            A few hours after the report, a site close to the Turkmen government rejected the account of an incident on the border.
            """
        #expect(try Self.extract(text, published: "2018-07-05").isEmpty)
    }

    @Test func `"hostage-takers" are the armed men, and "three of them" are the plural told`()
        throws
    {
        let text = """
            Smugglers seize a villager; three of them killed

            On Sunday armed Afghan smugglers took a villager hostage in Shurobod district. On the way back he grabbed a rifle, and in a short exchange of fire three of the Afghan hostage-takers were killed.
            """
        let records = try Self.extract(text, published: "2012-10-29")
        #expect(records.count == 1)
        #expect(records.first?.fatalities == Fatalities(militants: 3, security: 0, civilians: 0))
    }

    @Test func `a state's "citizens" killed near a border are people, not its forces`() throws {
        let text = """
            China says attack near Tajik-Afghan border killed one of its citizens

            A camp of a Chinese company on the Tajik side of the border with Afghanistan came under attack on Monday, and one Chinese national died, the foreign ministry said.
            """
        let records = try Self.extract(text, published: "2024-11-19")
        #expect(records.first?.fatalities.security == 0)
        #expect(records.first?.fatalities.total == 1)
    }

    @Test func `what an event of February was revenge for came before it, outside an April window`()
        throws
    {
        let text = """
            Turkmenistan and the Afghan threat

            In February a group of Taliban fighters attacked Turkmen border guards in Badghis province, and three guards died in the exchange of fire.
            Residents said the fighters had announced the attack as revenge for a Taliban fighter killed in a border shootout.
            """
        let records = try Self.extract(text, published: "2014-04-17")
        #expect(records.count == 1)
        #expect(records.first?.fatalities.total == 3)
    }

    @Test func `towns "fallen to" or "passed into" the Taliban's hands are captured`() throws {
        for sentence in [
            "Officials conceded that the town of Islam Qala in Herat province has fallen to the Taliban.",
            "Torghundi, the town in Herat on the border with Turkmenistan, passed into Taliban hands on Friday.",
        ] {
            let records = try Self.extract("Border towns\n\n" + sentence, published: "2021-07-10")
            #expect(records.map(\.type) == ["capture"], "\(sentence)")
        }
    }

    @Test func `an attack "launched" on a border post opens no post`() throws {
        let text = """
            Taliban attack border post in Badghis

            The Taliban launched an attack at midday yesterday on border police post No. 5 in Bala Murghab district of Badghis. Four Taliban and two border police officers lost their lives.
            """
        let records = try Self.extract(text, published: "2015-04-22")
        #expect(records.allSatisfy { $0.category == .incident })
    }

    @Test
    func `the other side's telling of a night's shooting from across the line is the same event`()
        throws
    {
        let text = """
            Shots near the Kyrgyz-Tajik border; nobody hurt

            During the night of 22 to 23 December, unidentified people fired shots from a hunting rifle in the village of Kok-Tash, Batken district, close to the Kyrgyz-Tajik border.
            Citing the mayor's office of Isfara, Tajik media write that the shots came from the Kyrgyz side. According to them, the house of a resident of the village of Somoniyon was fired at.
            """
        #expect(try Self.extract(text, published: "2021-12-23").count == 1)
    }

    @Test func `people killed one by one, some of no side, count in all and at least of each side`()
        throws
    {
        let text = """
            Two Afghans killed by Tajik border guards

            Two residents of Yovon district of Afghanistan's Badakhshan were shot dead by Tajik border guards on 9 June.
            The guards fired on a group crossing the river to dig for gold, and a teenager and an elderly man were killed.
            """
        let records = try Self.extract(text, published: "2024-06-11")
        #expect(records.first?.fatalities == Fatalities(militants: 0, security: 0, civilians: 2))
    }

    @Test func `a state's servicemen crossing with local armed men are no infiltration`() throws {
        let text = """
            Uzbekistan sends back Afghans who crossed its border

            On 23 June, 40 servicemen of Afghanistan's border troops, together with members of local armed groups, crossed into Uzbekistan from Shortepa district. After inquiries they were returned to their homeland, the ministry said.
            """
        #expect(try Self.extract(text, published: "2021-06-28").isEmpty)
        let armed = """
            Armed men cross from Afghanistan

            Border guards said a group of armed militants crossed the border into Shamsiddin Shohin district of Khatlon from Afghanistan on 23 June.
            """
        #expect(try Self.extract(armed, published: "2021-06-28").map(\.type) == ["infiltration"])
    }

    @Test func `a patrol "compelled to fire at" vehicles after warning shots is an attack`() throws
    {
        let text = """
            Statement on an incident at the Kyrgyz border

            At 23.50 on 19 June a border patrol spotted three cars that had crossed the border illegally near the village of Gulpiyon, Fergana district.
            The patrol fired warning shots into the air, but the offenders drove on. The patrol was then compelled to fire at their vehicles.
            """
        let records = try Self.extract(text, published: "2013-06-20")
        #expect(records.map(\.type) == ["attack"])
    }

    @Test
    func `a "large body of" fighters is a force, and a pro-government militia is the state's`()
        throws
    {
        let text = """
            Taliban storm checkposts in Herat

            The insurgents stormed a checkpoint in Herat province on Wednesday and killed 12 members of a pro-government militia.
            According to police, a large body of Taliban fighters overran the checkposts in Rubat-e-Sangi district.
            """
        let records = try Self.extract(text, published: "2019-08-29")
        #expect(records.first?.fatalities == Fatalities(militants: 0, security: 12, civilians: 0))
    }

    @Test func `a guard, a policeman and 15 attackers: a list of three, not one man named twice`()
        throws
    {
        let text = """
            Post attacked near Panj

            Gunmen attacked a border post in Panj district on Sunday. A border guard, a police officer and 15 attackers were killed in the attack.
            """
        let records = try Self.extract(text, published: "2019-11-07")
        #expect(records.count == 1)
        #expect(records.first?.fatalities == Fatalities(militants: 15, security: 2))
    }

    @Test func `"altogether" killed in the border conflict told is that conflict's toll`() throws {
        let text = """
            Minister visits Isfara

            The border conflict broke out on 28 April near a water intake in Isfara district. Altogether 120 people were hurt in the border conflict and 19 people were killed.
            """
        let records = try Self.extract(text, published: "2021-05-06")
        #expect(records.count == 1)
        #expect(records.first?.fatalities.total == 19)
    }

    @Test func `"the dead border guard and the wounded civilians": the civilians were wounded`()
        throws
    {
        let text = """
            Guard killed near Isfara

            Kyrgyz and Tajik guards exchanged fire near Isfara on Monday. The city hospital confirmed the information about the dead border guard and the wounded civilians.
            """
        let records = try Self.extract(text, published: "2022-03-10")
        #expect(records.count == 1)
        #expect(records.first?.fatalities == Fatalities(security: 1))
    }

    @Test func `"border violators" are of no side: a label, not border guards`() throws {
        let text = """
            Two border violators shot dead by Uzbek patrol

            The shooting happened on 15 August in Sherobod district of Surxondaryo region, when the two ignored an order to halt.
            """
        let records = try Self.extract(text, published: "2025-09-04")
        #expect(records.first?.fatalities == Fatalities(unknown: 2))
    }

    @Test
    func
        `a clash "in early September" is not the clash of the 16th, and a toll over clashes is not the total of one in July`()
        throws
    {
        let text = """
            Kyrgyz guard killed at Vorukh

            A Kyrgyz border guard was killed in an exchange of fire near Vorukh in Sughd overnight into Monday.
            In early September, a Tajik citizen was killed in clashes in the enclave of Vorukh.
            In August, violence in the same enclave had already left one person dead.
            """
        let records = try Self.extract(text, published: "2019-09-17")
        #expect(records.count == 3)
        #expect(Self.totals(records).fatalities.total == 3)
    }

    @Test func `a month most of which lies before the news window is background`() throws {
        let text = """
            Kyrgyz guard killed at Vorukh

            A Kyrgyz border guard was killed in an exchange of fire near Vorukh in Sughd on Monday.
            In July, violence in the same enclave had already left one person dead, and the protesters' march on the district office followed.
            """
        let records = try Self.extract(text, published: "2019-09-17")
        #expect(records.count == 1)
        #expect(records.first?.fatalities == Fatalities(security: 1))
    }

    @Test func `an inquiry into "the deaths of the citizens" told before is no earlier killing`()
        throws
    {
        let text = """
            Two Kyrgyz citizens shot at the border

            Two citizens of Kyrgyzstan were killed on Friday when Uzbek border guards opened fire near the border in Aksy district of Jalal-Abad.
            A full investigation into the deaths of the Kyrgyz citizens has been launched, the statement said.
            """
        let records = try Self.extract(text, published: "2025-08-18")
        #expect(records.count == 1)
        #expect(records.first?.fatalities.total == 2)
    }

    @Test
    func
        `"as quoted by Russia's news agency" names whose agency, not where the guard died; "three times" is three exchanges`()
        throws
    {
        let text = """
            Shots on the Tajik-Kyrgyz border

            Shots were exchanged three times on Wednesday on the border near Isfara. One Tajik border guard was killed in the shooting, the Tajik border service said, as quoted by Russia's RIA Novosti news agency.
            """
        let records = try Self.extract(text, published: "2022-09-14")
        #expect(records.count == 1)
        #expect(records.first?.count == 3)
        #expect(records.first?.fatalities == Fatalities(security: 1))
    }

    @Test func `"the incident of 30 May" in the lead dates the incident the text goes on to tell`()
        throws
    {
        let text = """
            Border chiefs discuss incident

            The heads of the two border services have discussed the incident of 30 May on the Kyrgyz-Uzbek border.
            They saw the spot where the conflict took place, near the village of Toguz-Bulak in Osh region.
            When the border guards fired at a car's tyre, one person inside the vehicle was wounded.
            """
        let records = try Self.extract(text, published: "2019-06-04")
        #expect(records.count == 1)
        #expect(records.first?.date == Self.day("2019-05-30"))
    }

    @Test
    func `a "conflict" over a road with nothing violent told is no incident; with stones, one`()
        throws
    {
        let dispute = """
            Villagers quarrel over a road

            A conflict has flared up between residents of a village in Batken region and people of a Tajik village on the Kyrgyz-Tajik border over asphalt laid on an undemarcated stretch of the road. Police officers came to the site, but the people taking part in the conflict did not listen to them. Talks are to go on today.
            """
        #expect(try Self.extract(dispute, published: "2019-06-19").isEmpty)
        let stones = """
            Villagers quarrel over a road

            A conflict has flared up between residents of a village in Batken region and people of a Tajik village on the Kyrgyz-Tajik border over asphalt laid on the road, and stones were thrown at the police.
            """
        #expect(try Self.extract(stones, published: "2019-06-19").count == 1)
    }

    @Test func `"on 21 May killed two people": May the month, not the modal`() throws {
        let text = """
            Shootout near Panj

            Guards and smugglers fought near the border. A shootout near Panj on 21 May killed two people and wounded one.
            """
        let records = try Self.extract(text, published: "2014-05-24")
        #expect(records.first?.fatalities.total == 2)
        let modal = """
            Shootout near Panj

            Guards and smugglers exchanged fire near Panj on 21 May. Officials said the shootout may have killed two people.
            """
        #expect(try Self.extract(modal, published: "2014-05-24").first?.fatalities.total == 0)
    }

    @Test func `a death told only as "rumours" is no toll`() throws {
        let text = """
            Taliban attack Maimi district

            The Taliban attacked the centre of Maimi district in Badakhshan on Wednesday. Lines are cut and no details have come out, though "rumours" are circulating that the district police chief lost his life in the attack.
            """
        let records = try Self.extract(text, published: "2020-11-19")
        #expect(records.count == 1 && records.first?.fatalities.total == 0)
    }

    @Test
    func `"and three on the Tajik side" after "one was killed on the Kyrgyz side" are dead too`()
        throws
    {
        let text = """
            Troops to pull back after Bahor clash

            According to reports, one border guard was killed on the Kyrgyz side in the clash at Bahor in Sughd and three border guards on the Tajik side, while several people on both sides were wounded.
            """
        let records = try Self.extract(text, published: "2019-09-20")
        #expect(records.first?.fatalities.security == 4)
        let own = """
            Clash at Bahor

            In the clash at Bahor in Sughd two border guards were killed and three were wounded.
            """
        #expect(try Self.extract(own, published: "2019-09-20").first?.fatalities.total == 2)
        // Their own verb, past the noun's "of" complement: wounded, not dead.
        let ofComplement = """
            Protest over Bahor shooting

            Guards fired on the Kyrgyz posts near Bahor in Sughd; one soldier was killed and four more servicemen of the State Border Service were wounded.
            """
        #expect(
            try Self.extract(ofComplement, published: "2019-09-20").first?.fatalities.total == 1)
    }
}

extension ExtractionTests {
    @Test
    func
        `the byte-wise word count and search agree with the character-wise ones on every evaluation line`()
        throws
    {
        let folder = Self.root.appendingPathComponent("Evaluation")
        var lines = [
            "", " ", "a", "  two  spaces  ", "Khorog – 14 July — Asia-Plus", "naïve café - résumé",
            "e\u{301} - x", "DUSHANBE: guards", "- leading", "trailing -",
        ]
        for case let url as URL in FileManager.default.enumerator(
            at: folder, includingPropertiesForKeys: nil)!
        where url.pathExtension == "txt" {
            lines += try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(
                String.init)
        }
        #expect(lines.count > 10_000)
        for line in lines {
            #expect(line.spaceSeparatedWordCount == line.split(separator: " ").count, "\(line)")
            for needle in [" - ", " – ", ": ", "appeared first on"] {
                #expect(
                    line.firstByteRange(of: needle) == line.firstRange(of: needle), "\(line)")
            }
        }
    }
}

extension ExtractionTests {
    static func incident(
        _ day: String, _ precision: DatePrecision, _ fatalities: Fatalities, notes: String
    )
        -> Record
    {
        Record(
            id: "x", date: Self.day(day), datePrecision: precision, country: "Kyrgyzstan",
            category: .incident, type: "attack", fatalities: fatalities, notes: notes,
            flags: fatalities.unknown > 0 ? "side_unknown" : "")
    }

    static func counted(_ records: [Record]) -> ([Record], ArticleExtraction.Explanation) {
        var records = records
        var explanation = ArticleExtraction.Explanation(
            article: "a", published: Self.day("2025-09-02"))
        explanation.events = records.map { ($0, [], [$0.notes]) }
        explanation.relevance = records.map { _ in ([], 1, 0) }
        Extraction.countOnce(deathsToldTwiceIn: &records, &explanation)
        return (records, explanation)
    }

    @Test func `the same dead told twice in one article are counted once, on the finer date`() {
        let (records, explanation) = Self.counted([
            Self.incident("2025-09-01", .month, Fatalities(unknown: 2), notes: "The two men died."),
            Self.incident(
                "2025-08-15", .day, Fatalities(civilians: 2), notes: "Two herders were shot."),
            Self.incident("2025-08-20", .day, Fatalities(security: 1), notes: "A guard died."),
        ])
        #expect(records.count == 2)
        #expect(records.map(\.id) == ["a-1", "a-2"])
        let kept = records[0]
        #expect(kept.date == Self.day("2025-08-15") && kept.datePrecision == .day)
        #expect(kept.fatalities == Fatalities(civilians: 2))
        #expect(kept.flags == "deaths_told_twice")
        #expect(kept.notes == "Two herders were shot. The two men died.")
        #expect(explanation.events.count == 2 && explanation.events[0].sentences.count == 2)
        #expect(explanation.events[0].decisions.last?.contains("counted once") == true)
        #expect(records[1].fatalities == Fatalities(security: 1))
    }

    @Test(arguments: [
        (Fatalities(security: 2), Fatalities(militants: 2)),
        (Fatalities(security: 1), Fatalities(security: 1)),
        (Fatalities(militants: 3, security: 2), Fatalities(unknown: 5)),
    ])
    func
        `two named sides, a single death each, or dead of several sides are different people and stay apart`(
            first: Fatalities, second: Fatalities
        )
    {
        let records = Self.counted([
            Self.incident("2025-08-15", .day, first, notes: "Some died."),
            Self.incident("2025-08-20", .day, second, notes: "Others died."),
        ]).0
        #expect(records.count == 2)
    }
}

extension ExtractionTests {
    @Test
    func
        `a since-then total, the same figure told again and an undated case inside it are no event`()
        throws
    {
        let text = """
            Shootings on the Uzbek frontier

            Since early June, Uzbek border guards have shot dead 11 people suspected of smuggling along the border with Kyrgyzstan near Andijan.

            A border officer who asked not to be named gave the same figure of 11 people shot dead.

            A farmer from a village near the border said his cousin was one of four people killed while carrying flour home from a bazaar on the Kyrgyz side.
            """
        #expect(try Self.extract(text, published: "2011-07-20").isEmpty)
    }

    @Test func `a kind of event named as the danger is no event`() throws {
        let text = """
            Guards on alert at the Afghan border

            Tajik border guards in Khatlon say they are told every morning that armed incursions are the main danger on the frontier.
            """
        #expect(try Self.extract(text, published: "2016-03-01").isEmpty)
    }

    @Test
    func
        `a killing that started the violence is an event of its own, and the man who was killed is no one new`()
        throws
    {
        let text = """
            Fighting in Khorog

            Officials said 30 people were killed when Tajik government troops fought gunmen loyal to a local commander in Badakhshan, a remote mountain province.

            The violence started this month when a general of the security service was killed in an attack near Khorog.

            The commander, like the man who was killed, once served with the border troops near the frontier with Afghanistan.
            """
        let records = try Self.extract(text, published: "2012-07-25")
        #expect(records.count == 2)
        #expect(
            records.allSatisfy { $0.country == "Tajikistan" && $0.region == "Gorno-Badakhshan" })
        #expect(records.map(\.fatalities.total).sorted() == [1, 30])
    }

    @Test
    func `casualties among the forces are not more dead, and deaths denied are the lowest report`()
        throws
    {
        let casualties = """
            Fighting in Faryab

            Heavy fighting is going on in Qaysar district on the Turkmen border; several militants have been killed and there have been casualties among the security forces as well, an army spokesman said on Monday.
            """
        let fought = try Self.extract(casualties, published: "2016-06-02")
        #expect(fought.count == 1 && fought.first?.fatalities == Fatalities(militants: 3))
        let denied = """
            Clash on the Tajik-Afghan border

            The police chief of Takhar said on Monday that two Tajik soldiers and six Taliban fighters died in fighting on the border in Darqad district.

            A spokesman for the Tajik border troops denies that two of his soldiers were killed in the fighting.
            """
        let weighed = try Self.extract(denied, published: "2018-08-27")
        #expect(weighed.count == 1 && weighed.first?.fatalities == Fatalities(militants: 6))
        #expect(weighed.first?.flags.contains("toll_conflict") == true)
        let blameDenied = """
            Civilians killed on the Tajik-Afghan border

            Two civilians were killed by gunfire near the border in Darqad district on Monday, the police chief of Takhar said.

            The Taliban denied that their fighters killed the two civilians.
            """
        #expect(
            try Self.extract(blameDenied, published: "2018-08-28").map(\.fatalities.civilians)
                == [2])
    }

    @Test
    func `the Rasht valley is inside Tajikistan, and a separate development is another event`()
        throws
    {
        let rasht = """
            Robbers on the road near the Afghan border

            Armed men robbed taxis on a road close to the border with Afghanistan, drivers said. Drivers now take a road through the Rasht valley instead.

            Things in Rasht grew worse after September 19, when 26 Tajik soldiers died in an ambush there.
            """
        #expect(
            try Self.extract(rasht, published: "2010-10-12").allSatisfy { $0.fatalities.total == 0 }
        )
        let separate = """
            Taliban attack a post on the Tajik border

            The police chief of Kunduz said a large group of Taliban fighters had attacked a border post in Qala-e-Zal district, killing four policemen. In a separate development, the interior ministry said air strikes in Imam Sahib district had killed 12 insurgents.
            """
        let records = try Self.extract(separate, published: "2017-03-12")
        #expect(
            records.map(\.fatalities).sorted { $0.total < $1.total } == [
                Fatalities(security: 4), Fatalities(militants: 12),
            ])
    }

    @Test
    func `a vague word told again by an anaphor is never the lowest of conflicting figures`()
        throws
    {
        let text = """
            Border post stormed in Badghis

            Several border soldiers died when insurgents stormed a post in Bala Murghab district on the Turkmen border on Sunday.

            Reports say the soldiers died in insurgent attacks on border posts.

            The district police chief says 6 members of the security forces were killed in fighting with the insurgents in Bala Murghab. The insurgents claimed on their website that they had killed 11 soldiers in the battle.
            """
        let records = try Self.extract(text, published: "2016-05-03")
        #expect(records.count == 1 && records.first?.fatalities == Fatalities(security: 6))
    }

    @Test
    func `the same people counted alike are one event, and districts listed are each captured`()
        throws
    {
        let retreat = """
            Insurgents take a post on the Afghan border

            An insurgent raid on a border post in Imam Sahib district of Kunduz forced 21 Afghan soldiers to cross into Tajikistan, the Tajik border service said.

            "During a heavy clash that lasted until dawn, 21 Afghan soldiers had to retreat through a post of the Panj border detachment," the service said.
            """
        let raided = try Self.extract(retreat, published: "2021-06-24")
        #expect(raided.count == 1 && raided.first?.region == "Kunduz")
        let districts = """
            Taliban advance in Badakhshan

            Overnight on Friday the Taliban seized full control of the Khwahan, Shighnan and Darwaz districts of Afghanistan's Badakhshan province, which borders Tajikistan, officials said.
            """
        let taken = try Self.extract(districts, published: "2021-07-05")
        #expect(taken.count == 1 && taken.first?.count == 3)
        // (Darayim, Tishkan and Yamgan, inland districts the province "borders Tajikistan" does
        // not bring to the border, are no border event: `real-check175` nj06.)
        let inland = try Self.extract(
            districts.replacingOccurrences(
                of: "Khwahan, Shighnan and Darwaz", with: "Darayim, Tishkan and Yamgan"),
            published: "2021-07-05")
        #expect(inland.isEmpty)
    }

    @Test
    func `no dead on a side is none, and a war over provinces is no event`() throws {
        let none = """
            Shots on the Kyrgyz-Tajik border

            Tajik guards opened fire on a Kyrgyz border post in Batken on Monday. First reports showed no dead or wounded on the Kyrgyz side.
            """
        let shot = try Self.extract(none, published: "2022-09-14")
        #expect(shot.count == 1 && shot.first?.fatalities.total == 0)
        let war = """
            Worries in Ashgabat

            All through the past winter there was fighting in the Afghan provinces that border Turkmenistan, and analysts expect more in spring.

            In 2016 every one of the border provinces has seen fighting between government troops and insurgents.
            """
        #expect(try Self.extract(war, published: "2016-12-20").isEmpty)
    }

    @Test
    func `a telling's day in brackets and a deadline still to come date nothing told`() throws {
        let bracketed = """
            Workers killed near the Afghan border

            The Chinese embassy said on Friday (28 November) that two Chinese engineers were killed in an armed attack near the border with Afghanistan. The attack, in Shamsiddin Shohin district, took place on Wednesday, the embassy said.
            """
        let attacked = try Self.extract(bracketed, published: "2025-11-28")
        #expect(attacked.count == 1 && attacked.first?.date == Self.day("2025-11-26"))
        let deadline = """
            Attack on a Tajik border post

            At least 12 Tajik guards died in an attack on a border post in Rudaki district. The attack came as the two governments planned to settle the border by the end of 2019.
            """
        let posted = try Self.extract(deadline, published: "2019-11-06")
        #expect(posted.count == 1 && posted.first?.datePrecision == .month)
    }

    @Test
    func `a toll of the injured is no death toll, and a named man told twice is one`() throws {
        let injured = """
            Toll of Kyrgyz injured in border fighting rises to 150

            Kyrgyzstan's health ministry said on Tuesday that the number of people hurt in the fighting on the border with Tajikistan in Batken had reached 150.
            """
        let hurt = try Self.extract(injured, published: "2022-09-20")
        #expect(hurt.allSatisfy { $0.fatalities.total == 0 })
        let named = """
            Man shot dead at Vorukh

            On 2 May, border guards opened fire on people at the entrance to Vorukh on the Kyrgyz border. As a result, Karim Saidov, a citizen of Tajikistan born in 1975 and a resident of Vorukh, died of his wound.
            """
        let shot = try Self.extract(named, published: "2019-05-03")
        #expect(shot.count == 1 && shot.first?.fatalities == Fatalities(civilians: 1))
    }

    @Test
    func `refugees dying on the road are no toll, and a war's gains are no capture`() throws {
        let text = """
            Afghans flee into Tajikistan

            Tajik border guards said on Wednesday that 200 Afghan refugees had fled the Taliban into Tajikistan, and that three children had died on the way.

            The insurgents have taken control of vast areas of the country in recent weeks.
            """
        #expect(try Self.extract(text, published: "2021-07-14").isEmpty)
        let crossed = """
            Clash on the Tajik-Afghan border

            Tajik border guards clashed with intruders in Shamsiddin Shohin district on Monday. Four gunmen had crossed the border illegally and were killed.
            """
        let fought = try Self.extract(crossed, published: "2025-12-25")
        #expect(fought.count == 1 && fought.first?.fatalities == Fatalities(militants: 4))
    }

    @Test
    func `a week's sum in a speech is no event, and a denial without a noun joins the event`()
        throws
    {
        let speech = """
            President calls for a security belt

            At a summit, the Tajik president spoke about the border with Afghanistan. "There are clashes involving the Taliban. Over the past week more than 20 Taliban members have been killed on the border," he said.
            """
        #expect(try Self.extract(speech, published: "2021-08-23").isEmpty)
        let denied = """
            Clash on the Tajik-Afghan border

            Afghan police said on Monday that six smugglers and two Tajik soldiers died in a firefight on the border in Darqad district.

            A spokesman for the Tajik border troops denied that two of his soldiers were killed.
            """
        let weighed = try Self.extract(denied, published: "2018-08-28")
        #expect(weighed.count == 1 && weighed.first?.fatalities == Fatalities(militants: 6))
    }

    @Test
    func `foresters are civilians, and the dead of a partitive clause are the part`() throws {
        let text = """
            Foresters shot on the Panj

            Gunmen who crossed from Afghanistan fired at four forestry workers near the border in Farkhor district, two of whom died. A government source says it happened on 26 August.
            """
        let shot = try Self.extract(text, published: "2021-09-01")
        #expect(shot.count == 1 && shot.first?.fatalities == Fatalities(civilians: 2))
        #expect(shot.first?.date == Self.day("2021-08-26"))
        let foresters = """
            Foresters shot on the Panj

            Gunmen who crossed from Afghanistan fired at three foresters near the border in Farkhor district on Sunday, killing two of them.
            """
        #expect(
            try Self.extract(foresters, published: "2018-08-28").map(\.fatalities) == [
                Fatalities(civilians: 2)
            ])
    }

    @Test
    func `a headline's sum is no government's count, and an earlier month is background`() throws {
        let text = """
            Four dead as Kyrgyz and Tajik border forces trade fire

            Gunfire along the contested boundary separating Tajikistan and Kyrgyzstan has left three Tajik border officers and one Kyrgyz officer dead, officials announced on Tuesday.

            In July the two presidents met for talks. Earlier in that same month, Tajikistan reported that one of its citizens had died when communities fought in Vorukh.
            """
        let records = try Self.extract(text, published: "2019-09-17")
        #expect(records.map(\.fatalities) == [Fatalities(security: 4)])
    }

    @Test
    func `a border of two states with no place is the country of those who count the dead`()
        throws
    {
        let text = """
            Thirteen people shot dead on the Kyrgyz-Tajik border

            The death toll from the conflict on the border between Kyrgyzstan and Tajikistan has now reached 13, the Kyrgyz Ministry of Health has said.
            """
        let records = try Self.extract(text, published: "2021-04-30")
        #expect(records.count == 1 && records.first?.country == "Kyrgyzstan")
        #expect(records.first?.fatalities.total == 13)
        let climbing = """
            Kyrgyz killed on the border

            The number of Kyrgyz citizens who died in the armed clashes on the border with Tajikistan has reached 31.
            """
        let climbed = try Self.extract(climbing, published: "2021-04-30")
        #expect(climbed.count == 1 && climbed.first?.country == "Kyrgyzstan")
        #expect(climbed.first?.fatalities.total == 31)
    }

    @Test
    func `a section's list of links is clutter, and a killing told again is not counted twice`()
        throws
    {
        let links = """
            Border guards hurt in shootout

            A shootout on Friday on the Kyrgyz-Tajik border in Batken left three Kyrgyz border guards wounded, officials said. The firing has stopped, both sides said.

            More World News:
            - Lockdowns eased in parts of Europe as daily deaths fall
            - Afghan officials say 14 soldiers killed in overnight Taliban raids
            Copyright 2020. Click for Restrictions.
            """
        let shot = try Self.extract(links, published: "2020-05-08")
        #expect(shot.count == 1 && shot.first?.fatalities.total == 0)
        let again = """
            Clash on the Turkmen-Afghan border

            A local official in Jowzjan said Turkmen border forces had killed an Afghan citizen on the border three days earlier.

            He said Taliban forces went yesterday to look into the killing of the Afghan citizen, whereupon a clash broke out with the Turkmen forces.
            """
        let records = try Self.extract(again, published: "2022-01-04")
        #expect(records.map(\.fatalities.total).reduce(0, +) == 1)
    }

    @Test
    func `a day "last year" is a year back, and a body that shields is alive`() throws {
        let anniversary = """
            Batken a year on

            On 28 April last year clashes broke out on the Kyrgyz-Tajik border in Batken. In Kyrgyzstan 36 people were killed.
            """
        #expect(try Self.extract(anniversary, published: "2022-04-28").isEmpty)
        let shielded = """
            Shelling on the Kyrgyz-Tajik border

            Tajik troops shelled the village of Internatsional in Batken on Thursday, residents said.

            A woman shielded her mother and sister with her body.
            """
        let shelled = try Self.extract(shielded, published: "2021-04-30")
        #expect(shelled.count == 1 && shelled.first?.fatalities.total == 0)
    }

    @Test
    func `the injured of one figure are not the dead of the next, and a road crash is no clash`()
        throws
    {
        let figures = """
            Shooting on the Kyrgyz-Tajik border

            Gunfire broke out on the Kyrgyz-Tajik frontier in Batken on September 16. A Kyrgyz serviceman lost his life. The Tajik authorities, for their part, speak of 12 of their citizens injured and 3 dead.
            """
        let shot = try Self.extract(figures, published: "2019-09-18")
        #expect(shot.count == 1 && shot.first?.fatalities.total == 4)
        let crash = """
            18 soldiers die in unclear circumstances on Afghan-Turkmen border

            Eighteen servicemen have died in Turkmenistan in circumstances that remain unknown.

            Families of around 20 soldiers were told that their relatives had been killed in a road accident near Ashgabat. A source put the losses at 18.
            """
        #expect(try Self.extract(crash, published: "2021-07-21").isEmpty)
    }

    @Test
    func `"they" were killed are the people just counted, and kinds of event listed are not told`()
        throws
    {
        let they = """
            Tajik guards stop armed group on Afghan border

            Tajikistan's border service said on Monday that three armed men crossed the border from Afghanistan near Panj on Sunday night. Border guards ordered them to stop. They opened fire and were killed in the shootout that followed.
            """
        let stopped = try Self.extract(they, published: "2024-05-06")
        #expect(stopped.count == 1)
        #expect(stopped.first?.fatalities == Fatalities(militants: 3))
        // Counted further back, "they" gives no figure.
        let far = """
            Tajik guards stop armed group on Afghan border

            Three armed men crossed the border from Afghanistan near Panj on Sunday night, the border service said on Monday. The service did not name them. Their weapons were seized. Guards found their tracks near the river. They were killed in a shootout.
            """
        #expect(try Self.extract(far, published: "2024-05-06").first?.fatalities.total == 0)
        let kinds = """
            Three militants killed on Tajik-Afghan border

            Tajik border guards killed three militants who had crossed from Afghanistan in Shamsiddin Shohin district on 24 December, the committee said.

            In the space of a month this was the third incident from Afghanistan, be it an armed attack, a terror act or an illegal crossing, that had cost the lives of servicemen.
            """
        let records = try Self.extract(kinds, published: "2025-12-25")
        #expect(records.count == 1)
    }

    @Test
    func `armour brought to the border is a deployment, and weapons carried across are not`()
        throws
    {
        let armour = """
            Turkmenistan moves armour to its Afghan border

            On Saturday, media said Turkmenistan was bringing tanks, artillery and armoured personnel carriers into the town of Serhetabat, on its border with Afghanistan.
            """
        let moved = try Self.extract(armour, published: "2021-07-10")
        #expect(moved.count == 1 && moved.first?.type == "deployment")
        let passive = """
            Troops sent to the Kyrgyz-Tajik border

            Forces of Tajikistan's security committee, police and army troops have been sent to the border with Kyrgyzstan, Sputnik reported on Thursday.
            """
        #expect(try Self.extract(passive, published: "2022-01-28").first?.type == "deployment")
        let smuggled = """
            Weapons seized on the Tajik-Afghan border

            Smugglers moving weapons across the border near Panj were detained by Tajik guards on Friday.
            """
        #expect(
            try Self.extract(smuggled, published: "2021-07-10").allSatisfy {
                $0.category != .measure
            })
    }

    @Test
    func `shooting heard every night, or its sound with no time, is not an event`() throws {
        let nightly = """
            Living by the river on the Tajik-Afghan border

            What people in the village on the Panj mention first is the sound of shooting every night from the Afghan bank.
            """
        #expect(try Self.extract(nightly, published: "2018-11-23").isEmpty)
        let startled = """
            Lawlessness on the Tajik-Afghan border

            In Shuroobod district nobody is startled by the sound of shooting, which people say comes from border guards fighting drug smugglers.
            """
        #expect(try Self.extract(startled, published: "2012-03-01").isEmpty)
        let once = """
            Shooting on the Tajik-Afghan border

            Villagers on the Panj heard shooting from the Afghan bank on Thursday night, Tajik guards said.
            """
        #expect(try Self.extract(once, published: "2018-11-23").count == 1)
    }

    @Test func `fighting told on at a place just set aside as elsewhere is not the border event's`()
        throws
    {
        let text = """
            Taliban take a district on the Turkmen border

            Taliban fighters have captured Khamab district in Jowzjan province, the police said on Monday.

            Security forces fell back to a village nearby, where the fighting was still going on.

            The Taliban also said they had captured Daimirdad district in Wardak province, but officials did not comment on that claim.

            Fighting has gone on in Daimirdad for several days, and the district police chief and many other security personnel have been killed there so far, with dozens more wounded.
            """
        let records = try Self.extract(text, published: "2018-09-11")
        #expect(records.count == 1)
        #expect(records.first?.fatalities.total == 0)
    }

    @Test
    func `"on the Kyrgyz-Tajik border", with no other country, places the event in the first`()
        throws
    {
        let text = """
            Border guard killed as shooting flares

            Yesterday the situation on the Kyrgyz-Tajik border sharpened into an exchange of fire, the border service said.

            One border guard was hit by a bullet and died, and seven servicemen were wounded.
            """
        let record = try #require(try Self.extract(text, published: "2019-09-17").first)
        #expect(record.country == "Kyrgyzstan")
        #expect(record.fatalities.security == 1)
    }

    @Test func `people wounded later in the clause have a verb of their own, not the killing's`()
        throws
    {
        let text = """
            Gunfire on the Tajik-Kyrgyz border

            Border troops of Kyrgyzstan and Tajikistan traded fire on Wednesday in Batken region. Two Tajik border guards were killed and six soldiers and five civilians were wounded, the border service in Dushanbe said.
            """
        let record = try #require(try Self.extract(text, published: "2022-09-14").first)
        #expect(record.fatalities.total == 2)
    }

    @Test func `an official who "separately told" reporters starts no event of his own`() throws {
        let text = """
            Taliban seize crossing on Tajik border

            On Tuesday the Taliban captured the Shir Khan Bandar crossing on the border with Tajikistan, a provincial official said.

            A council member said the Taliban had taken the port and every border post, while a military official separately told reporters that his soldiers had left their posts.
            """
        #expect(try Self.extract(text, published: "2021-06-23").count == 1)
    }

    @Test func `an attack close to the Iranian border, though in a covered province, is no event`()
        throws
    {
        let text = """
            Border force soldiers killed in Herat

            At least four soldiers of the border force died on Sunday when the Taliban attacked in Gulran district of Herat province, close to the Iranian border, a provincial council member said.
            """
        #expect(try Self.extract(text, published: "2018-12-10").isEmpty)
    }

    @Test func `someone who was wounded, or hit, and then died is dead`() throws {
        for told in ["was wounded and later died", "was hit by a bullet and died"] {
            let text = """
                Clash on the Kyrgyz-Tajik border

                Kyrgyz and Tajik guards exchanged fire on Monday near Kok-Tash in Batken; one border guard \(told).
                """
            let record = try #require(try Self.extract(text, published: "2019-09-17").first)
            #expect(record.fatalities.security == 1, "\(told)")
        }
    }

    @Test func `clashes that break out almost every month are what recurs, no event`() throws {
        let text = """
            A year after the conflict

            Clashes break out on the Kyrgyz-Tajik frontier almost every month, and some turn into shootouts, residents of Batken say.
            """
        #expect(try Self.extract(text, published: "2022-04-28").isEmpty)
    }

    @Test func `a border place the Taliban took is a capture; a town inside its province is not`()
        throws
    {
        let crossing = """
            Taliban seize a border crossing

            Officials said on Wednesday that the Taliban had seized Shir Khan Bandar, the main route between Afghanistan and Tajikistan.
            """
        let records = try Self.extract(crossing, published: "2021-06-23")
        #expect(records.map(\.type) == ["capture"])
        #expect(records.first?.region == "Kunduz")
        let city = """
            Taliban enter the north's main city

            On Saturday the Taliban captured Mazar-e Sharif, about 100 kilometres by road from the Uzbek border.
            """
        #expect(try Self.extract(city, published: "2021-08-15").isEmpty)
    }

    @Test
    func
        `the country a border runs with is no teller, so one government's toll is not added twice`()
        throws
    {
        let text = """
            Kyrgyzstan puts toll of border fighting at 13

            Kyrgyzstan has raised the number of people killed in the fighting on a disputed part of its border with Tajikistan to 13, a radio station reported on April 30.

            The clashes broke out on April 28 in Leylek district of Batken region.
            """
        let record = try #require(try Self.extract(text, published: "2021-04-30").first)
        #expect(record.fatalities.total == 13)
    }

    @Test func `"both attacks" before the second is told counts the two events told, no more`()
        throws
    {
        let text = """
            Chinese workers killed in two attacks on the Tajik-Afghan border

            The latest attack took place on Sunday, when two Chinese road workers were shot dead in Darvaz district, close to the Afghan border.

            Dushanbe has described both attacks as acts of terrorism.

            The first attack, at night on Wednesday, killed three workers at a mining camp in Shamsiddin Shohin district, on the border with Afghanistan.
            """
        let records = try Self.extract(text, published: "2025-12-01")
        #expect(records.map(\.count) == [1, 1])
        #expect(records.map(\.fatalities.civilians) == [2, 3])
    }

    @Test func `citizens named again as a village's residents, in apposition, are civilians`()
        throws
    {
        let text = """
            Two Kyrgyz men die at the Uzbek border

            The Kyrgyz border service said on Monday that two citizens of Kyrgyzstan, residents of the village of Terek-Sai, were killed on August 20 when an Uzbek border patrol opened fire as it tried to detain them.
            """
        let record = try #require(try Self.extract(text, published: "2025-09-01").first)
        #expect(record.fatalities.civilians == 2)
        #expect(record.fatalities.unknown == 0)
    }

    @Test func `guards who crossed illegally name no militants among the dead they shot`() throws {
        let text = """
            Dushanbe and Tashkent differ over a border death

            Tajikistan's border service said on Monday that Uzbek border troops had crossed illegally into Tajik territory on Saturday, shot a Tajik man dead and wounded another Tajik citizen.
            """
        let record = try #require(try Self.extract(text, published: "2017-04-17").first)
        #expect(record.fatalities.unknown == 1)
        #expect(record.fatalities.militants == 0)
    }

    @Test func `a district police chief killed along with a number of his men is three dead`()
        throws
    {
        let text = """
            District falls to the Taliban

            The Taliban overran the Almar district centre on Sunday and killed the district's police chief together with a number of his officers, a provincial official said.
            """
        let records = try Self.extract(text, published: "2021-06-23")
        #expect(records.count == 1)
        #expect(records.first?.fatalities.security == 3)
    }

    @Test func `forces pulled back to where they were deployed, or withdrawn, are no deployment`()
        throws
    {
        let text = """
            Ceasefire on the Kyrgyz-Tajik border

            Kyrgyz and Tajik guards exchanged fire near Kok-Tash on April 28.

            The two governments agreed on the night of April 29 to cease fire and to pull their forces back to where they had been deployed before.
            """
        let records = try Self.extract(text, published: "2021-04-30")
        #expect(records.count == 1)
        #expect(records.allSatisfy { $0.category == .incident })
        let withdrawn = """
            District centre overrun in Badakhshan

            Taliban fighters overran the Kohistan district centre in Badakhshan province on Thursday, officials said on Friday.

            The local police pulled out of the centre and took up positions in villages nearby, an official said. The withdrawal came because the defenders lacked support and because reinforcements from Faizabad, the provincial capital, never arrived, he added.
            """
        #expect(
            try Self.extract(withdrawn, published: "2018-05-12").allSatisfy {
                $0.type != "deployment"
            })
    }

    @Test func `blasts heard from the other country, and heard again with no time, are no event`()
        throws
    {
        let heard = """
            Armour reaches the Turkmen border

            Tanks and artillery were unloaded from trains in the border town of Serhetabat on Friday.

            On the night of 8 to 9 July loud blasts were heard from Afghanistan, shaking the ground in Turkmenistan.

            Farmers in a village to the south also heard shooting and explosions, though the town itself was calm.
            """
        let records = try Self.extract(heard, published: "2021-07-10")
        #expect(records.allSatisfy { $0.category != .incident })
        let hurt = """
            Blasts on the Turkmen border

            During the night, loud blasts were heard from Afghanistan, and a Turkmen guard was wounded by shrapnel.
            """
        #expect(try Self.extract(hurt, published: "2021-07-10").count == 1)
    }

    @Test
    func
        `"earlier that day" dates the event by the telling, and a killing told before it is another event`()
        throws
    {
        let text = """
            Officer killed on Tajik-Afghan border

            The state news agency said on April 28 that a senior officer had been killed earlier that day in an armed clash with smugglers in Vanj district.

            As a reminder, the committee said on April 26 that Tajik security forces had killed two people close to the Afghan border.
            """
        let records = try Self.extract(text, published: "2023-05-01")
        #expect(records.count == 2)
        #expect(records.first?.date == Self.day("2023-04-28"))
        #expect(records.first?.fatalities.total == 1)
        #expect(records.last?.fatalities.total == 2)
    }

    @Test
    func `"Recent Stories" alone on its line opens a list of links`() throws {
        let page = """
            Afghan forces still hold the Hairatan stretch of the Uzbek border

            An Uzbek border officer at Termez said on Friday that the area around Hairatan is still held by Afghan border guards.

            "A few days ago we could hear fighting on both sides of Hairatan, but now it has gone quiet," the officer said.

            Recent Stories
            - Blast at roadside market kills six in Balochistan (3 minutes ago)
            - Kabul says 300 Taliban fighters killed in overnight operations (8 minutes ago)
            """
        let records = try Self.extract(page, published: "2021-07-30")
        #expect(records.allSatisfy { $0.fatalities.total == 0 })
    }

    @Test
    func `"a member of the council said" is the teller, and force members are the state's`()
        throws
    {
        let text = """
            Taliban take Qaisar district after car bomb

            A car bomb went off on Saturday night in Qaisar district, after which the Taliban stormed the district police headquarters. A member of the Faryab Provincial Council said no fewer than 14 Afghan force members lost their lives.
            """
        let records = try Self.extract(text, published: "2021-06-06")
        #expect(records.count == 1)
        #expect(records.first?.fatalities == Fatalities(security: 14))
    }

    @Test
    func `a relative clause closed by a comma keeps its people the subject of the verb after it`()
        throws
    {
        let text = """
            Armed clash on the Tajik-Afghan border

            An armed clash took place on the Tajik-Afghan border in Khatlon on Tuesday. Three members of a terrorist organisation who had illegally crossed the border in Shamsiddin Shohin district of Khatlon province, which borders Afghanistan, put up armed resistance and were neutralised.
            """
        let records = try Self.extract(text, published: "2025-12-25")
        #expect(records.count == 1)
        #expect(records.first?.fatalities == Fatalities(militants: 3))
    }

    @Test
    func
        `a series told in a relative clause leaves the sentence's own event, and a border service's killing is one`()
        throws
    {
        let seized = """
            Taliban take a district on the Tajik border

            Already on 21 June the Taliban, who carried out a series of attacks, seized Imam Sahib district, which borders Tajikistan.
            """
        let taken = try Self.extract(seized, published: "2021-06-24")
        #expect(taken.count == 1 && taken.first?.date == Self.day("2021-06-21"))
        let killed = """
            Turkmen guards and Taliban exchange fire

            Fighters of the Taliban movement, which has seized power in Afghanistan, and Turkmen border guards exchanged fire on Monday morning in Khamab district of Jowzjan province.

            "Three days ago, staff of Turkmenistan's border service killed one civilian," a Taliban official said.
            """
        let records = try Self.extract(killed, published: "2022-01-03")
        #expect(records.count == 2)
        #expect(records.map(\.fatalities.civilians).reduce(0, +) == 1)
    }

    @Test
    func `a warning shot told of another day's crossing does not undo the day's clash`() throws {
        let text = """
            New clash between Tajik and Kyrgyz border residents

            Residents of border villages of Tajikistan and Kyrgyzstan clashed again on the morning of May 23 in Chorkuh, Isfara, the mayor's office said.

            The earlier incident took place on May 22, when Kyrgyz citizens with armed guards crossed into Tajikistan near Lakkon. Tajik border guards fired one warning shot into the air.
            """
        let records = try Self.extract(text, published: "2019-05-24")
        #expect(records.contains { $0.date == Self.day("2019-05-23") })
        let warned = """
            Border guards fire into the air on the Kyrgyz-Uzbek border

            On 14 November, border guards of the Ala-Buka detachment used their weapons during a confrontation with smugglers.

            The group paid no attention to their orders. The guards then fired three warning shots into the air.
            """
        #expect(try Self.extract(warned, published: "2021-11-14").isEmpty)
    }

    @Test
    func `"one law enforcement officer" is counted with the serviceman before him`() throws {
        let text = """
            Gunmen attack a Tajik border outpost

            Masked gunmen attacked the Ishkobod border outpost in Tajikistan on Tuesday. One serviceman and one law enforcement officer were killed in the assault.
            """
        let records = try Self.extract(text, published: "2019-11-06")
        #expect(records.first?.fatalities.security == 2)
    }

    @Test
    func
        `a hero of the army "lost in these clashes" is a soldier dead, and lost contact is no death`()
        throws
    {
        let lost = """
            Taliban attack repelled in Darqad

            Taliban fighters attacked army positions in Darqad district of Takhar last night. Eleven Taliban were killed. One hero of the Afghan National Army, who fought bravely, was lost in these clashes.
            """
        let repelled = try Self.extract(lost, published: "2019-11-28")
        #expect(repelled.first?.fatalities == Fatalities(militants: 11, security: 1))
        let contact = """
            Taliban attack repelled in Darqad

            Taliban fighters attacked army positions in Darqad district of Takhar last night. Contact with two soldiers was lost during the fighting.
            """
        #expect(try Self.extract(contact, published: "2019-11-28").first?.fatalities.total == 0)
    }

    @Test
    func `the funeral's day is not the killing's, and members of a family are civilians`() throws {
        let text = """
            Four members of one family killed in armed attack in Isfara

            On Monday afternoon, the four people killed in an armed attack in Chorkuh were laid to rest.

            According to the Interior Ministry, an unidentified armed group killed them at 3 a.m. on 19 August.
            """
        let records = try Self.extract(text, published: "2013-08-26")
        #expect(records.count == 1)
        #expect(records.first?.date == Self.day("2013-08-19"))
        #expect(records.first?.fatalities == Fatalities(civilians: 4))
    }

    @Test
    func `police posts are where it happened, and reports someone went to check are no deaths`()
        throws
    {
        let posts = """
            Taliban attack police posts in Faryab

            The Taliban attacked police posts in Qaisar district of Faryab province yesterday. In the fighting one of the posts' local guards lost his life and four were wounded.
            """
        let taken = try Self.extract(posts, published: "2015-11-20")
        #expect(taken.count == 1 && taken.first?.region == "Faryab")
        #expect(taken.first?.fatalities.security == 1)
        let check = """
            Village head taken hostage in Leilek

            Tajik servicemen took over houses in a Kyrgyz village of Leilek district, Batken, on April 30. The head of a nearby village went to the spot to check reports of two deaths, and Tajik citizens took him hostage.
            """
        #expect(
            try Self.extract(check, published: "2021-04-30").allSatisfy { $0.fatalities.total == 0 }
        )
    }

    @Test
    func `"there was no gunfire" from the authorities outweighs residents' word of a shootout`()
        throws
    {
        let text = """
            Tajik border village protests against Kyrgyz bridge

            Residents of Khojai Alo, a Tajik village in Isfara, protested on April 17 against a bridge the Kyrgyz side is building, a source in the Isfara administration said.

            "Luckily there was no gunfire, and Tajik border guards now control the area," the source said.

            Khojai Alo residents, however, said there had been a shootout in the area.
            """
        #expect(try Self.extract(text, published: "2021-04-19").isEmpty)
    }

    @Test
    func `troops "losing nine killed" lost their own, and "no figure for rebel dead" is none`()
        throws
    {
        let text = """
            Tajik forces lose nine men in Gorno-Badakhshan

            Tajik government troops mounted an operation in Khorog on Tuesday, losing nine killed and 25 wounded in an assault on a former commander.

            He did not give a figure for rebel dead.
            """
        let records = try Self.extract(text, published: "2012-07-24")
        #expect(records.count == 1)
        #expect(records.first?.fatalities == Fatalities(security: 9))
    }

    @Test
    func `"a second attack, if there is one" is a condition, not an event`() throws {
        let text = """
            Talks in Khorog

            Government forces attacked the positions of a former commander in Khorog on July 24, officials said.

            Some sources say more vehicles with special unit servicemen have reached Khorog and that a second attack, if there is one, will be on a larger scale.
            """
        #expect(try Self.extract(text, published: "2012-07-27").count == 1)
    }

    @Test
    func `north-eastern Afghanistan is on the border, eastern Afghanistan is not`() throws {
        let northeast = """
            Shootout on the Tajik-Afghan border

            A spokesman for the security forces of Takhar province in north-eastern Afghanistan said six Taliban and two border guards were killed in a clash on Sunday afternoon.
            """
        let clash = try Self.extract(northeast, published: "2018-08-27")
        #expect(clash.count == 1 && clash.first?.fatalities.total == 8)
        let east = """
            Bombing in Afghanistan

            A roadside bomb killed five civilians in eastern Afghanistan on Sunday, officials said.
            """
        #expect(try Self.extract(east, published: "2018-08-27").isEmpty)
    }

    @Test
    func `"nobody was killed in the year now ending" is a year's review, not an event`() throws {
        let text = """
            Isfara mayor visits families of border clash victims

            "Happily, nobody was killed in clashes on the Tajik-Kyrgyz border in the year now ending," a source in the Isfara administration told Asia-Plus.
            """
        #expect(try Self.extract(text, published: "2020-12-28").isEmpty)
    }

    @Test
    func `a toll that "has gone up to 37" is revised, and "the toll reported earlier" is replaced`()
        throws
    {
        let up = """
            Kyrgyz toll from border fighting rises

            The number of citizens of Kyrgyzstan killed earlier this week in fighting on the border with Tajikistan has gone up to 37, the emergencies ministry said on Sunday.

            Earlier, 24 deaths had been reported.
            """
        #expect(try Self.extract(up, published: "2022-09-18").first?.fatalities.total == 37)
        let earlier = """
            Kyrgyz toll from border fighting

            Kyrgyzstan's emergencies ministry said on Sunday that 37 citizens were killed in fighting on the border with Tajikistan this week.

            The toll reported earlier was 24.
            """
        #expect(try Self.extract(earlier, published: "2022-09-18").first?.fatalities.total == 37)
    }

    @Test func `dead told "with" their figure are a toll, not whom it was done with`() throws {
        let text = """
            Clash on the Tajik-Afghan border

            Tajik guards shot dead three smugglers on the border on Monday, with two of their own soldiers killed.
            """
        let records = try Self.extract(text, published: "2025-12-26")
        #expect(records.count == 1)
        #expect(records.first?.fatalities.militants == 3)
        #expect(records.first?.fatalities.security == 2)
        let fought = try Self.extract(
            "T\nTajik guards clashed with three smugglers on the border on Monday.\n",
            published: "2025-12-26")
        #expect(fought.first?.fatalities.total == 0, "the smugglers they fought with are not dead")
    }

    @Test(arguments: ["side_unknown", "side_inferred"])
    func `a lead's dead of no stated side, then the same dead by side, are counted once`(
        flag: String
    ) {
        var lead = Self.incident(
            "2025-12-23", .day,
            flag == "side_unknown" ? Fatalities(unknown: 5) : Fatalities(militants: 5),
            notes: "Five people died in the latest clash.")
        lead.flags = flag
        let bySide = Self.incident(
            "2025-12-01", .month, Fatalities(militants: 3, security: 2),
            notes: "All three gunmen were killed, and so were two guards.")
        var earlier = Self.incident(
            "2025-12-01", .month, Fatalities(unknown: 5),
            notes: "Two earlier attacks had killed five people.")
        earlier.count = 2
        let records = Self.counted([lead, bySide, earlier]).0
        #expect(records.count == 2, "the two earlier attacks' five dead are others")
        #expect(records.first?.date == Self.day("2025-12-23"))
        #expect(records.first?.fatalities == Fatalities(militants: 3, security: 2))
        #expect(records.first?.flags == "deaths_told_twice")
        #expect(records.last?.count == 2)
    }

    @Test func `a country's media that "report" its dead tell that country's toll, added`() throws {
        let text = """
            Kyrgyz toll climbs

            Kyrgyzstan's health ministry said on Sunday that 36 people had been killed in the country in the fighting on the border with Tajikistan since Wednesday.

            Tajikistan, for its part, has released no official figure, but local media there report at least 39 people dead.
            """
        let records = try Self.extract(text, published: "2022-09-18")
        #expect(records.count == 1)
        #expect(records.first?.fatalities.total == 75)
    }

    @Test func `fighting that "cost" or "claimed" so many lives killed as many`() throws {
        for verb in ["has cost at least 21", "claimed twenty-one"] {
            let text = """
                Fighting on the Kyrgyz-Tajik border

                The fighting on the Kyrgyz-Tajik border this week \(verb) lives.
                """
            let records = try Self.extract(text, published: "2022-09-24")
            #expect(records.first?.fatalities.total == 21, "\(verb)")
        }
    }

    @Test func `the dead of "since 2021, when" are that year's, not the news's`() throws {
        for since in ["since 2021", "since April 2021"] {
            let text = """
                Fighting on the Kyrgyz-Tajik border

                The clashes on the Kyrgyz-Tajik border this week were the deadliest \(since), when about 50 people were killed.
                """
            let records = try Self.extract(text, published: "2022-09-24")
            #expect(records.count == 1, "\(since)")
            #expect(records.first?.fatalities.total == 0, "\(since)")
        }
    }

    @Test func `fighting "there", after fighting elsewhere, is elsewhere too`() throws {
        let text = """
            Guards exchange fire on the Kyrgyz-Tajik border

            Border guards of Kyrgyzstan and Tajikistan exchanged fire on their common border on Wednesday.

            The agency points out that the incident came at the same time as renewed fighting between two other former Soviet states, Armenia and Azerbaijan. The fighting there, going on since Monday, has killed 99 people.
            """
        // (The rules' own records: the learned model alone may leave the fighting out.)
        var options = Extraction.Options(published: Self.day("2022-09-15"))
        options.weighsRelevance = false
        let records = try Extraction.records(fromArticle: text, name: "a", options: options)
        #expect(records.count == 1)
        #expect(records.first?.fatalities.total == 0)
    }

    @Test func `the number killed on one side, told at length before its figure, is that side's`()
        throws
    {
        let text = """
            Kyrgyz toll rises

            The number of people killed on the Kyrgyz side in the fighting that erupted on 16 September between the border units of Kyrgyzstan and Tajikistan has risen to 59, it was reported.

            According to Kyrgyzstan's health ministry, the bodies of 13 more people were brought to hospitals, taking the toll to 59.
            """
        let records = try Self.extract(text, published: "2022-09-19")
        #expect(records.count == 1)
        #expect(records.first?.fatalities.total == 59)
    }

    @Test
    func `fighting between two sides "in" a border town is there, and "the other 30" are dead`()
        throws
    {
        let text = """
            Dozens killed in Gorno-Badakhshan

            At least 42 people have died in fighting between government troops and rebels in Khorog. Twelve of the dead were Tajik soldiers and the other 30 were armed rebels.
            """
        let records = try Self.extract(text, published: "2012-07-25")
        #expect(records.count == 1)
        #expect(records.first?.region == "Gorno-Badakhshan")
        #expect(records.first?.fatalities == Fatalities(militants: 30, security: 12))
        let road = try Self.extract(
            "T\nGuards clashed with smugglers on the Tajik border on Monday near the road between Khorog and Ishkoshim.\n",
            published: "2012-07-25")
        #expect(
            records.count == 1 && road.first?.location != "Khorog", "a road between is no place")
    }

    @Test func `a day after "since" starts a span and dates no event`() throws {
        let text = """
            Taliban take a border crossing with Tajikistan

            The Taliban have taken control of the Sher Khan Bandar crossing in Kunduz province, on the border with Tajikistan.

            Its seizure is one of the movement's biggest gains since 1 May, when it stepped up its operations.
            """
        let records = try Self.extract(text, published: "2021-06-22")
        #expect(records.count == 1)
        #expect(records.first.map { Period(.month, containing: $0.date).description } == "2021-06")
    }

    @Test func `people counted, then who they all were, are counted once`() throws {
        let text = """
            Camp attacked on the Tajik-Afghan border

            Four employees of a road-building company, all citizens of China, were killed on Monday when gunmen from Afghanistan attacked their camp near the Tajik border.
            """
        let records = try Self.extract(text, published: "2025-11-27")
        #expect(records.count == 1)
        #expect(records.first?.fatalities == Fatalities(civilians: 4))
    }

    @Test func `so many "of the country's citizens" are so many, the teller's own`() throws {
        let text = """
            Kyrgyz-Tajik toll

            The Kyrgyz authorities said on Monday that 41 of the country's citizens had died in the fighting on the border with Tajikistan last week. Tajikistan said 22 of its people had been killed.
            """
        let records = try Self.extract(text, published: "2022-09-19")
        #expect(records.count == 1)
        #expect(records.first?.fatalities.total == 63)
        let other = try Self.extract(
            "T\nGunmen crossed from Afghanistan on Monday and killed two of that country's border guards near Bala Murghab, Afghan officials said.\n",
            published: "2014-05-27")
        #expect(other.first?.fatalities.total == 2, "that country's guards are no one's own")
    }

    @Test func `a government's own figures, announced before they are told, are its own`() throws {
        let text = """
            Toll rises on the Kyrgyz-Tajik border

            The number of people killed in the fighting on the border between Kyrgyzstan and Tajikistan keeps growing. Kyrgyzstan's health ministry said 52 bodies had been registered so far.

            Tajikistan also released casualty figures for its own side on Sunday. Official figures say 29 people, among them women and children, have been killed since Wednesday.
            """
        let records = try Self.extract(text, published: "2022-09-18")
        #expect(records.count == 1)
        #expect(records.first?.fatalities == Fatalities(unknown: 81))
    }

    @Test func `a soldier in a caption, beside each government's count of its own, is among them`()
        throws
    {
        let text = """
            Dozens dead on the Kyrgyz-Tajik border

            Soldiers carry the coffin of a border guard who was killed, on Saturday in Batken. Photo: agency

            According to Kyrgyz figures, 30 people have been killed in the fighting on the border since Wednesday. Tajik officials said 20 of the country's citizens had died.
            """
        let records = try Self.extract(text, published: "2022-09-18")
        #expect(records.count == 1)
        #expect(records.first?.fatalities.total == 50)
    }

    @Test func `deaths of the background told on in the next paragraph are background too`() throws
    {
        let text = """
            Kyrgyzstan and Tajikistan approve border documents

            The two governments endorsed the final documents on their border on Monday. They decided to settle the line after the conflict between them escalated at the end of 2022. Each side blamed the other for the fighting.

            According to the Kyrgyz foreign ministry, 63 Kyrgyz citizens died as a result of the shelling. Working groups started on the documents in December.
            """
        var options = Extraction.Options(published: Self.day("2025-02-03"))
        options.weighsRelevance = false
        let records = try Extraction.records(fromArticle: text, name: "a", options: options)
        #expect(records.allSatisfy { $0.fatalities.total == 0 })
    }

    @Test func `an inquiry into a killing that is the news tells one killing, not two`() throws {
        let text = """
            Kyrgyz citizen shot on the Uzbek border

            The Kyrgyz government has ordered an inquiry into the killing of one of its citizens by Uzbek border guards in Jalal-Abad region. The border service says the man was walking away from the border.
            """
        let records = try Self.extract(text, published: "2018-04-07")
        #expect(records.count == 1)
        #expect(records.first?.fatalities.total == 1)
    }

    @Test func `so many "of them were destroyed", of armed men, are militants killed`() throws {
        let text = """
            Border post attacked

            About twenty armed men attacked a Tajik border post on the border with Uzbekistan on Wednesday; 12 of them were destroyed. Two members of the security forces died.
            """
        let records = try Self.extract(text, published: "2019-11-08")
        #expect(records.count == 1)
        #expect(records.first?.fatalities == Fatalities(militants: 12, security: 2))
    }

    @Test func `"the second person killed", named in turn, is one of the dead, not one more`()
        throws
    {
        let text = """
            Names of the dead guards released

            Two border guards were killed in the attack on the Tajik post on Wednesday. One of the dead was a sergeant from Kulob. The second person killed in the attack was identified as a private from Vahdat.
            """
        let records = try Self.extract(text, published: "2019-11-08")
        #expect(records.first?.fatalities == Fatalities(security: 2))
    }

    @Test func `a copy that starts with its lead paragraph has no headline to read apart`() throws {
        let text = """
            At least four people have been killed in a clash on the border between Afghanistan and Tajikistan, Tajik officials say. The clash began on Tuesday when four men crossed from Afghanistan into a village of Shamsiddin Shohin district. Shooting broke out after they refused to surrender.

            Tajikistan says the intruders were terrorists. All four died in the operation of the border guards.
            """
        let records = try Self.extract(text, published: "2025-12-25")
        #expect(records.count == 1)
        #expect(records.first?.date == Self.day("2025-12-23"))
        #expect(records.first?.region == "Khatlon")
        #expect(records.first?.fatalities.total == 4)
    }

    @Test func `villagers shot while gathering produce are civilians, the Taliban the state`()
        throws
    {
        let text = """
            Afghans shot on the Uzbek border

            A group of villagers from Shortepa district set out to gather farm produce at a lake on the border, and Uzbek border forces opened fire on them. Three Afghan citizens were killed in the shooting.

            A delegation of the Taliban's interim government has gone to the district.
            """
        let records = try Self.extract(text, published: "2022-08-22")
        #expect(records.count == 1)
        #expect(records.first?.fatalities == Fatalities(civilians: 3))
    }

    @Test func `"official Kyrgyz figures put the toll at" is Kyrgyzstan's own count, added`() throws
    {
        let text = """
            Ceasefire holds on the Kyrgyz-Tajik border

            After days of heavy fighting on the Kyrgyz-Tajik border this week, the two countries have agreed a ceasefire. Official Kyrgyz figures put the toll since the fighting began at no fewer than 52 killed. Tajikistan reported 31 dead.
            """
        let records = try Self.extract(text, published: "2022-09-19")
        #expect(records.count == 1)
        #expect(records.first?.fatalities.total == 83)
    }

    @Test
    func `men who crossed at length from one province into another "and were shot dead" died`()
        throws
    {
        let text = """
            The situation on the border between Tajikistan and Afghanistan remains tense and complicated. On the evening of 18 January, four armed men crossed illegally from Afghanistan's Badakhshan province into Tajikistan's Khatlon region and were shot dead by Tajik border forces.

            The embassy urges its citizens to leave the border areas.
            """
        let records = try Self.extract(text, published: "2026-01-19")
        #expect(records.count == 1)
        #expect(records.first?.date == Self.day("2026-01-18"))
        #expect(records.first?.fatalities == Fatalities(militants: 4))
    }

    @Test func `fighting a headline names on the border is the event of a body that tells none`()
        throws
    {
        let text = """
            KYRGYZ HEALTH MINISTRY REPORTS 14 SERVICEMEN WOUNDED IN FIGHTING ON TAJIK BORDER

            The Tajik side has said nothing of its losses, but Kyrgyzstan's Health Ministry reported on Friday that 14 wounded servicemen were in the regional hospital. The ministry says the hospitals have enough medicines.
            """
        let records = try Self.extract(text, published: "2022-09-16")
        #expect(records.count == 1)
        #expect(records.first?.country == "Kyrgyzstan" || records.first?.country == "Tajikistan")
        let quoted = try Self.extract(
            "\"Then they start shooting for no reason\": life on the Afghan-Tajik border\n\nFarmers on the Panj describe the years since the Taliban returned.\n",
            published: "2021-10-20")
        #expect(quoted.isEmpty, "a quotation over a feature tells no event")
    }

    @Test func `"Earlier, ... had taken" opening a paragraph is what came before the news`() throws
    {
        let text = """
            Taliban take Wakhan

            The Taliban took the Wakhan district on the Tajik border on Sunday without a fight, a local official said.

            Earlier, the Taliban had taken over two crossings on the border with Tajikistan.
            """
        let records = try Self.extract(text, published: "2021-07-12")
        #expect(records.count == 1)
        #expect(records.first?.count == 1)
    }

    @Test func `attacks rising "in various parts of the country" are the war, not an event`() throws
    {
        let text = """
            More troops around Hairatan

            With Taliban attacks rising in various parts of the country, an army commander in northern Afghanistan says more soldiers now guard the roads to the Hairatan port on the Uzbek border.
            """
        var options = Extraction.Options(published: Self.day("2021-06-26"))
        options.weighsRelevance = false
        let records = try Extraction.records(fromArticle: text, name: "a", options: options)
        #expect(records.allSatisfy { $0.category != .incident })
    }

    @Test func `people who crossed, then "have now been shot dead", are the dead`() throws {
        let text = """
            Intruders killed on the Tajik border

            Five armed men who crossed from Afghanistan into Tajikistan on Sunday night have now been shot dead by Tajik border troops, the border service said.
            """
        let records = try Self.extract(text, published: "2025-02-10")
        #expect(records.count == 1)
        #expect(records.first?.fatalities == Fatalities(militants: 5))
    }

    @Test func `"citizens of China" are people of a country outside the five: civilians`() throws {
        let text = """
            Foreigners die in a border attack

            Two citizens of China have died in an armed attack launched from Afghanistan on a mining camp in the south of Tajikistan, the Tajik foreign ministry said on Friday.
            """
        let records = try Self.extract(text, published: "2025-03-08")
        #expect(records.count == 1)
        #expect(records.first?.fatalities == Fatalities(civilians: 2))
    }

    @Test func `"members of a terrorist group" are several people, not one terrorist`() throws {
        let text = """
            Gunmen killed at a Tajik border post

            Three gunmen were shot dead by Tajik border guards in Shamsiddin Shohin district on Monday night. The guards' command described the dead men as members of an extremist organisation.
            """
        let records = try Self.extract(text, published: "2025-03-04")
        #expect(records.count == 1)
        #expect(records.first?.fatalities == Fatalities(militants: 3))
    }

    @Test
    func
        `members of a "terrorist group" in quotation marks, and members of "that force", have sides`()
        throws
    {
        let text = """
            Clash on the Tajik-Afghan frontier

            Four members of a "terrorist group" crossed the frontier into Khatlon province on Sunday night, the Tajik security committee said. The four were "neutralised" in a gunfight with the border force, and one member of that force died of his wounds.
            """
        let records = try Self.extract(text, published: "2025-04-15")
        #expect(records.count == 1)
        #expect(records.first?.fatalities == Fatalities(militants: 4, security: 1))
    }

    @Test func `"a dozen policemen" after "according to" is a figure, not who tells`() throws {
        let text = """
            District centre falls

            Taliban fighters took the centre of Darqad district on the Tajik border on Tuesday. According to the provincial police, a dozen policemen were killed in the assault.
            """
        let records = try Self.extract(text, published: "2015-10-29")
        #expect(records.count == 1)
        #expect(records.first?.fatalities == Fatalities(security: 12))
    }

    @Test
    func `the dead of fighting "between government forces and the Taliban" are of either side`()
        throws
    {
        let text = """
            Taliban take a border area

            Taliban militants took an area of Takhar province on the Tajik border this morning, the governor's spokesman said. He said four people were killed and six wounded in the fighting between Afghan government forces and the Taliban.
            """
        let records = try Self.extract(text, published: "2015-10-28")
        #expect(records.count == 1)
        #expect(records.first?.fatalities == Fatalities(unknown: 4))
    }

    @Test func `insurgents "who crossed over and" soldiers after them share the verb`() throws {
        let text = """
            Fighting on the Tajik border

            Tajik border guards fought armed men on the border with Afghanistan on Monday. Two of the insurgents who crossed over and one soldier of the border guard were killed.
            """
        let records = try Self.extract(text, published: "2025-12-24")
        #expect(records.count == 1)
        #expect(records.first?.fatalities == Fatalities(militants: 2, security: 1))
    }

    @Test func `people of no side listed before soldiers are others, not a total holding them`()
        throws
    {
        let text = """
            Clash at a Tajik border post

            Four people who attacked a border post and three Tajik soldiers were killed in the clash on Monday, the border troops said.
            """
        let records = try Self.extract(text, published: "2025-12-24")
        #expect(records.count == 1)
        #expect(records.first?.fatalities.total == 7)
        #expect(records.first?.fatalities.security == 3)
    }

    @Test func `soldiers "of the two countries" who clashed are not the civilian who died after`()
        throws
    {
        let text = """
            Shooting on the Turkmen-Afghan border

            Troops of the two countries clashed along the border in Khamab district on Monday and an Afghan farmer lost his life.
            """
        let records = try Self.extract(text, published: "2022-01-05")
        #expect(records.count == 1)
        #expect(records.first?.fatalities == Fatalities(civilians: 1))
    }

    @Test
    func
        `"struck by a bullet from the troops and died" is the victim's death; "the main body of the forces" no corpse`()
        throws
    {
        let text = """
            Border clash in Jowzjan

            Turkmen border troops and Taliban forces traded fire in Khamab district on Monday. A shepherd was struck by a bullet from the Turkmen troops and died. The main body of the Taliban forces then moved up to the border.
            """
        let records = try Self.extract(text, published: "2022-01-05")
        #expect(records.count == 1)
        #expect(records.first?.fatalities == Fatalities(civilians: 1))
    }

    @Test func `a commander "among them" is one of the militants counted, not one more soldier`()
        throws
    {
        let text = """
            Militants killed in Kunduz

            Kabul: Officials said 17 militants, among them a local commander, were killed in Imam Sahib district of Kunduz province on Sunday.

            Other news on this page - Two killed, three hurt as a bus overturns on the highway
            """
        let records = try Self.extract(text, published: "2018-10-22")
        #expect(records.count == 1)
        #expect(records.first?.fatalities == Fatalities(militants: 17))
    }

    @Test func `"those killed, and four of the wounded, were civilians" gives the dead their side`()
        throws
    {
        let text = """
            Two killed in a border exchange of fire

            Two people died and nine were wounded in an exchange of fire on the Tajik-Kyrgyz border on Thursday. Those killed, and three of the wounded, were civilians.

            "The man who died was a tractor driver from the village," the border troops said. A second villager was also killed when a shell hit his house.
            """
        let records = try Self.extract(text, published: "2022-01-28")
        #expect(records.count == 1)
        #expect(records.first?.fatalities == Fatalities(civilians: 2))
    }

    @Test func `"so far three people had been killed" is at least three, not a lower count`() throws
    {
        let text = """
            Toll rises on the Kyrgyz-Tajik border

            The government of Kyrgyzstan said on Friday that 19 people had died in the fighting on its border with Tajikistan. The clash began this week; so far three people had been killed and dozens injured.
            """
        let records = try Self.extract(text, published: "2022-09-17")
        #expect(records.count == 1)
        #expect(records.first?.fatalities.total == 19)
    }

    @Test func `"two further posts" and "two security posts" set up on the border are outposts`()
        throws
    {
        let text = """
            Two more posts on the Afghan border

            Tajikistan's defence ministry said on Sunday that it had set up two security posts in Farkhor district of Khatlon province, on the border with Afghanistan.
            """
        let records = try Self.extract(text, published: "2023-05-29")
        #expect(records.count == 1)
        #expect(records.first?.type == "outpost_opened")
        #expect(records.first?.count == 2)
    }

    @Test
    func `a capture of "4 districts" overnight "from 2 to 3 August" is four captures that night`()
        throws
    {
        let text = """
            Insurgents seize northern districts

            Overnight from 2 to 3 August, insurgents took full control of 4 districts of Afghanistan's Takhar province on the border with Tajikistan, Tajik border guards said.
            """
        let records = try Self.extract(text, published: "2019-08-03")
        #expect(records.count == 1)
        #expect(records.first?.type == "capture")
        #expect(records.first?.count == 4)
        #expect(records.first?.date == Self.day("2019-08-02"))
    }

    @Test func `a figure after "while Tajikistan said" is Tajikistan's, added to Kyrgyzstan's own`()
        throws
    {
        let text = """
            Toll of the border war passes 90

            Kyrgyzstan said on Sunday that 61 of its citizens had died in the fighting in Batken region, while Tajikistan said 33 of its citizens had been killed.
            """
        let records = try Self.extract(text, published: "2022-09-18")
        #expect(records.count == 1)
        #expect(records.first?.fatalities.total == 94)
    }

    @Test func `a plural of soldiers with no figure is the rest of a total told, never two more`()
        throws
    {
        let text = """
            Guards killed on the Kyrgyz-Tajik border

            At least five people were shot dead overnight in a clash on the border between the two former Soviet republics of Kyrgyzstan and Tajikistan, AFP reported.

            Kyrgyzstan says four of its border guards died, while Tajikistan says its soldiers were killed.
            """
        let records = try Self.extract(text, published: "2019-09-17")
        #expect(records.count == 1)
        #expect(records.first?.fatalities == Fatalities(security: 5))
    }

    @Test
    func `"bringing the dead on both sides to a total of 90" sums the two governments' counts`()
        throws
    {
        let text = """
            Kyrgyz-Tajik fighting: toll rises to 90

            The fighting between the border forces of Kyrgyzstan and Tajikistan that started on the 14th has killed 52 people, Kyrgyzstan's health ministry said on the 18th. Tajikistan's interior ministry said 38 people had died, bringing the dead on both sides to a total of 90.
            """
        let records = try Self.extract(text, published: "2022-09-18")
        #expect(records.count == 1)
        #expect(records.first?.fatalities.total == 90)
    }

    @Test func `"died in Kyrgyzstan" and "In Tajikistan 30 people" are each country's dead, added`()
        throws
    {
        let text = """
            Truce on the Kyrgyz-Tajik border

            In the fighting on the Kyrgyz-Tajik border, which began on 14 September, at least 52 people have died in Kyrgyzstan, according to official figures.

            In Tajikistan 30 people have lost their lives.
            """
        let records = try Self.extract(text, published: "2022-09-19")
        #expect(records.count == 1)
        #expect(records.first?.fatalities.total == 82)
    }

    @Test
    func
        `a running toll "as of" a day, "as a result of the armed clashes", and the other side's "their number" are added`()
        throws
    {
        let text = """
            Day of mourning in Kyrgyzstan

            Flags flew at half-mast across Kyrgyzstan on Tuesday.

            According to data as of 19 September, a total of 48 people from Kyrgyzstan have died as a result of the armed clashes on the border with Tajikistan, and 150 have been hurt.

            The Tajik side has also published information about those killed in the armed clashes, saying their number is 35.
            """
        let records = try Self.extract(text, published: "2022-09-20")
        #expect(records.count == 1)
        #expect(records.first?.fatalities.total == 83)
    }

    @Test func `"13 more deaths, on top of an earlier figure of 46" is a toll of 59`() throws {
        let text = """
            Kyrgyz toll rises

            Late on Sunday Kyrgyzstan reported 11 more deaths from the fighting on its border with Tajikistan, on top of an earlier figure of 38.
            """
        let records = try Self.extract(text, published: "2022-09-18")
        #expect(records.count == 1)
        #expect(records.first?.fatalities.total == 49)
    }

    @Test
    func `"as Russia, an ally of both, called for calm" leaves the toll on the border standing`()
        throws
    {
        let text = """
            Truce holds on the Kyrgyz-Tajik border

            Kyrgyzstan and Tajikistan said on Sunday that close to 90 people had been killed in the fighting on their border, as Russia, an ally of both, urged restraint.
            """
        let records = try Self.extract(text, published: "2022-09-18")
        #expect(records.count == 1)
        #expect(records.first?.fatalities.total == 90)
    }

    @Test func `"said that 8 more had died, bringing the death toll to 40" is a toll of 40, not 8`()
        throws
    {
        let text = """
            Border toll climbs

            Kyrgyzstan's health ministry said that 8 more people had died in the clashes on the Kyrgyz-Tajik border on Friday, bringing the total death toll on the Kyrgyz side to 40.
            """
        let records = try Self.extract(text, published: "2022-09-18")
        #expect(records.count == 1)
        #expect(records.first?.fatalities.total == 40)
    }

    @Test func `one state's figure told "earlier" stands beside the other state's risen toll`()
        throws
    {
        let text = """
            Kyrgyz toll rises to 50

            The number of people killed on the Kyrgyz side in the fighting that broke out on 16 September between the border units of Kyrgyzstan and Tajikistan has risen to 50, it was reported.

            Tajikistan's foreign ministry had earlier announced that 20 civilians lost their lives in the fighting on the border.
            """
        let records = try Self.extract(text, published: "2022-09-19")
        #expect(records.count == 1)
        #expect(records.first?.fatalities.total == 70)
    }

    @Test func `a toll told "earlier", beside a new count of the hurt only, still stands`() throws {
        let text = """
            More hurt in the border fighting

            The number of Kyrgyz citizens hurt in the fighting on the border with Tajikistan now stands at 95, the health ministry said on Saturday.

            Kyrgyzstan had earlier reported 21 people killed and 80 wounded.
            """
        let records = try Self.extract(text, published: "2022-09-17")
        #expect(records.count == 1)
        #expect(records.first?.fatalities.total == 21)
    }

    @Test
    func `"10 more had died, which brings to 30 the number of Kyrgyz killed" is a toll of 30`()
        throws
    {
        let text = """
            Toll rises to 30

            Kyrgyzstan said on Sunday, 18 September, that 10 more people had died in this week's border fighting with Tajikistan, which brings to 30 the number of Kyrgyz killed in the clashes.

            "Thirty people have been killed in the armed conflict in Batken region," the health ministry said. Firing between the two countries earlier in the week had already killed two Tajik border guards.
            """
        let records = try Self.extract(text, published: "2022-09-18")
        #expect(records.count == 1)
        #expect(records.first?.fatalities.total == 32)
    }

    @Test
    func `deaths "earlier in the week" after a year's figure are news, not part of the figure`()
        throws
    {
        let text = """
            Calm night on the border

            Kyrgyzstan's health ministry said on Sunday that 30 Kyrgyz citizens had been killed in the fighting on the Tajik border on Friday.

            Since the start of the year, nine people had died in incidents on that border, officials said. Shelling between the two countries earlier in the week had already killed three Tajik border guards.
            """
        let records = try Self.extract(text, published: "2022-09-18")
        #expect(Self.totals(records).fatalities.total == 33)
    }

    @Test
    func `"12 people, a child among them, have been killed in Kyrgyzstan" are Kyrgyzstan's dead`()
        throws
    {
        let text = """
            Fighting on the Kyrgyz-Tajik border

            At least 12 people, a child among them, have been killed in Kyrgyzstan in the fighting on the border with Tajikistan, officials said on Friday.

            In Tajikistan 8 people have lost their lives.
            """
        let records = try Self.extract(text, published: "2021-04-30")
        #expect(records.count == 1)
        #expect(records.first?.fatalities.total == 20)
    }

    @Test
    func `people of no stated side "neutralised" by the state's forces are militants`() throws {
        let text = """
            Post attacked from across the river

            Four people crossed the border illegally from Afghanistan on the night of 3 March and fired on a Tajik border post in Farkhor district, the border service said.

            All four were eliminated in the operation that followed. One officer of the border troops lost his life in the clash.
            """
        let records = try Self.extract(text, published: "2025-03-05")
        #expect(records.count == 1)
        #expect(records.first?.fatalities.militants == 4)
        #expect(records.first?.fatalities.security == 1)
        #expect(records.first?.fatalities.unknown == 0)
    }

    @Test
    func `a last paragraph cut off after a whole sentence is read, not taken for a caption`()
        throws
    {
        let text = """
            Border troops repel an attack

            Armed men from Afghan territory attacked a border post in Farkhor district on 3 March, the border service said in a statement on Wednesday.

            "During the operation all three attackers were killed. Found at the scene were two rifles and a
            """
        let records = try Self.extract(text, published: "2025-03-05")
        #expect(records.count == 1)
        #expect(records.first?.fatalities.militants == 3)
    }

    @Test
    func `deaths "over the past few hours" are one event's, not a period's sum`() throws {
        let text = """
            Police headquarters stormed

            At least nine policemen have been killed in heavy fighting with Taliban fighters in Khamab district of Jowzjan over the past few hours, a provincial official said on Sunday.
            """
        let records = try Self.extract(text, published: "2021-06-13")
        #expect(records.count == 1)
        #expect(records.first?.fatalities.security == 9)
    }

    @Test
    func `a role after "among them" and a long name is one of the dead counted`() throws {
        let text = """
            Police headquarters stormed

            At least nine policemen, among them Saif Rahman Dehzad, the district's police commander, were killed in fighting with Taliban fighters in Khamab district of Jowzjan on Saturday, officials said.
            """
        let records = try Self.extract(text, published: "2021-06-13")
        #expect(records.count == 1)
        #expect(records.first?.fatalities.total == 9)
    }

    @Test
    func `"agents" killed at a border post are the state's forces`() throws {
        let text = """
            Post attacked

            Armed men who crossed from Afghanistan attacked a Tajik border post on Tuesday. Two agents died in the confrontation, the border service said.
            """
        let records = try Self.extract(text, published: "2025-03-06")
        #expect(records.count == 1)
        #expect(records.first?.fatalities.security == 2)
    }

    @Test
    func `"the dead man is X, 52, a teacher" gives the side of the one dead`() throws {
        let text = """
            One dead in a clash over a flag

            Stones were thrown and shots fired on the border on Tuesday in a clash between residents of the Tajik village of Vorukh and the Kyrgyz village of Ak-Sai, which left one man dead and five people wounded.

            The dead man is Rustam Nazarov, 47, a teacher at the village school.
            """
        let records = try Self.extract(text, published: "2019-07-24")
        #expect(records.count == 1)
        #expect(records.first?.fatalities.civilians == 1)
        #expect(records.first?.fatalities.unknown == 0)
    }

    @Test
    func `a man killed in his home is a civilian`() throws {
        let text = """
            Villager shot across the line

            Uzbek border guards crossed into Kyrgyzstan's Kadamjay district on Monday and shot dead a 40-year-old Kyrgyz citizen in his home, the district head said.
            """
        let records = try Self.extract(text, published: "2019-03-13")
        #expect(records.count == 1)
        #expect(records.first?.fatalities.civilians == 1)
    }

    @Test
    func `an attack "from Afghanistan on a camp in Darvoz" happened in Darvoz`() throws {
        let records = try Self.extract(
            "Camp attacked\n\nThree Chinese nationals were killed in an attack from Afghanistan on a camp in Tajikistan's Darvoz district on Sunday.",
            published: "2025-12-02")
        #expect(records.count == 1)
        #expect(records.first?.region == "Gorno-Badakhshan")
    }

    @Test
    func `"two Chinese were killed" are two foreign civilians`() throws {
        let text = """
            Camp attacked

            Two Chinese were killed and four wounded in an attack from Afghanistan on a mining camp in Tajikistan's Shamsiddin Shohin district on Sunday.

            Another attack on Wednesday killed three Chinese, the embassy said.
            """
        let records = try Self.extract(text, published: "2025-12-04")
        #expect(Self.totals(records).fatalities.civilians == 5)
        #expect(Self.totals(records).fatalities.unknown == 0)
    }

    @Test
    func `"armed illegal intruders" shot dead are militants, and Pyandzh is in Khatlon`() throws {
        let records = try Self.extract(
            "Intruders shot\n\nOn Tuesday Tajik border guards shot dead 12 armed illegal intruders in the Pyandzh border area, the border service said.",
            published: "2010-09-16")
        #expect(records.count == 1)
        #expect(records.first?.fatalities.militants == 12)
        #expect(records.first?.region == "Khatlon")
    }

    @Test
    func `"killed and 11 people, five of them civilians, wounded" kills only the first`() throws {
        let text = """
            Outpost fired on

            Kyrgyz guards fired on a Tajik outpost on Wednesday without provocation, the Tajik side said.

            Tajik security sources said two border guards had been killed and 11 people, five of them civilians, wounded on their side of the border.
            """
        let records = try Self.extract(text, published: "2022-09-15")
        #expect(records.count == 1)
        #expect(records.first?.fatalities.total == 2)
    }

    @Test
    func `a wire agency's dateline in the second paragraph does not place the event`() throws {
        let text = """
            Tajikistan: deadly shootout with armed Afghans on the border

            Three gunmen who crossed from Afghanistan into Tajikistan were shot dead in a confrontation with border guards, according to Tajikistan's security committee. It is the second violent incident on the border in a short time.

            KABUL, Afghanistan (AP) - Three armed men who crossed from Afghanistan into neighbouring Tajikistan were killed overnight in a confrontation with border guards, Tajikistan's security committee said on Monday.
            """
        let records = try Self.extract(text, published: "2026-01-19")
        #expect(records.count == 1)
        #expect(records.first?.country == "Tajikistan")
    }

    @Test
    func `"10 hand grenades" taken from the dead are no toll`() throws {
        let text = """
            Post attacked

            Three gunmen crossed from Afghanistan and attacked a Tajik border post in Farkhor district on Tuesday. All three were neutralised.

            Taken from the eliminated attackers were 10 hand grenades, three assault rifles and explosives.
            """
        let records = try Self.extract(text, published: "2025-12-26")
        #expect(records.count == 1)
        #expect(records.first?.fatalities.total == 3)
    }

    @Test
    func `"dead and wounded on the side of the Uzbek border troops" are two of their forces`()
        throws
    {
        let told = try Self.extract(
            "Clash at Ala-Buka\n\nOne Kyrgyz soldier was killed in an exchange of fire on Tuesday in Ala-Buka; there were also dead and wounded on the side of the Uzbek border troops.",
            published: "2012-07-18")
        #expect(told.first?.fatalities.security == 3)
        let none = try Self.extract(
            "Clash at Ala-Buka\n\nOne Kyrgyz soldier was killed in an exchange of fire on Tuesday in Ala-Buka; there were no dead among the Uzbek servicemen.",
            published: "2012-07-18")
        #expect(none.first?.fatalities.security == 1)
    }

    @Test
    func
        `"five gunmen from Afghanistan were destroyed" are five dead, a bridge or a camp destroyed none`()
        throws
    {
        let fighters = try Self.extract(
            "Clash in Panj\n\nOn Sunday five armed gunmen from Afghanistan were destroyed by Tajik border guards in Panj district.",
            published: "2024-03-12")
        #expect(fighters.first?.fatalities.militants == 5)
        let bridge = try Self.extract(
            "Clash in Panj\n\nOn Sunday armed gunmen fired on Tajik border guards in Panj district; the gunmen and the bridge of the village were destroyed.",
            published: "2024-03-12")
        #expect(bridge.first?.fatalities.total == 0)
        let base = try Self.extract(
            "Clash in Panj\n\nOn Sunday armed gunmen fired on Tajik border guards in Panj district; the camp of three gunmen from Afghanistan was destroyed.",
            published: "2024-03-12")
        #expect(base.first?.fatalities.total == 0)
    }

    @Test
    func `a post's "defenders" who died are its forces`() throws {
        let records = try Self.extract(
            "Post stormed\n\nArmed men stormed a border post in Farkhor district on Monday night. Three of the defenders died in the exchange of fire.",
            published: "2023-04-12")
        #expect(records.first?.fatalities.security == 3)
    }

    @Test
    func `fighters "also wiped out" are killed`() throws {
        let records = try Self.extract(
            "Raid on a post\n\nGunmen attacked a border post in Farkhor district on Monday night and one guard was killed. Six militants were also wiped out in the night's fighting.",
            published: "2023-04-12")
        #expect(records.first?.fatalities.militants == 6)
        #expect(records.first?.fatalities.security == 1)
    }

    @Test
    func `"the death penalty" and "death threats" are no deaths`() throws {
        let records = try Self.extract(
            "Villager shot\n\nA Kyrgyz villager was shot dead by Uzbek border guards on Monday near Aidarken. Deputies said the guards deserve the death penalty; the family has received death threats.",
            published: "2024-05-10")
        #expect(records.count == 1)
        #expect(records.first?.fatalities.total == 1)
    }

    @Test
    func `"two dozen people" dead are 24, "a dozen" 12`() throws {
        let two = try Self.extract(
            "Border fighting\n\nKyrgyz and Tajik troops clashed on the border in Batken on Thursday. The fighting left up to two dozen people dead.",
            published: "2024-05-10")
        #expect(two.first?.fatalities.total == 24)
        let one = try Self.extract(
            "Border fighting\n\nKyrgyz and Tajik troops clashed on the border in Batken on Thursday. A dozen people were killed.",
            published: "2024-05-10")
        #expect(one.first?.fatalities.total == 12)
    }

    @Test
    func `Darzab and Qush Tepa are Jowzjan's`() throws {
        for district in ["Darzab", "Qush Tepa"] {
            let records = try Self.extract(
                "Fighting near the border\n\nTaliban fighters attacked an army post in \(district) district on Monday, a few kilometres from the Turkmen border.",
                published: "2018-07-15")
            #expect(records.first?.region == "Jowzjan")
        }
    }

    @Test
    func `"on the guards' side two soldiers were killed" is two soldiers, numbered`() throws {
        let records = try Self.extract(
            "Fourteen dead at a frontier post\n\nTwelve armed raiders fell in a battle for a Tajik border post on Monday; on the guards' side two soldiers were killed.",
            published: "2019-11-07")
        #expect(records.first?.fatalities.security == 2)
        #expect(records.first?.fatalities.unknown == 0)
    }

    @Test
    func `ordinal days are days: "on 4th March", "March 4th", "the 4th of March", "on the 4th"`()
        throws
    {
        for written in ["On 4th March", "On March 4th", "On the 4th of March", "On the 4th"] {
            let records = try Self.extract(
                "Smugglers stopped\n\n\(written), Tajik guards exchanged fire with drug smugglers in Panj district.",
                published: "2024-03-20")
            #expect(records.first?.date.isoString == "2024-03-04", "\(written)")
            #expect(records.first?.datePrecision == .day, "\(written)")
        }
        // A day still to come this month is last month's.
        let earlier = try Self.extract(
            "Smugglers stopped\n\nTajik guards exchanged fire with drug smugglers in Panj district on the 28th.",
            published: "2024-03-20")
        #expect(earlier.first?.date.isoString == "2024-02-28")
        // "The 4th border post" names a post, no day.
        let post = try Self.extract(
            "Smugglers stopped\n\nGuards of the 4th border post exchanged fire with drug smugglers in Panj district.",
            published: "2024-03-20")
        #expect(post.first?.datePrecision != .day)
    }

    @Test
    func `a shooting told as "three days ago" and a clash "on the 3rd" are two events`() throws {
        let records = try Self.extract(
            "Shots at the Turkmen line\n\nTaliban fighters and Turkmen border troops traded fire in Jowzjan, a provincial official said. \"Three days ago the Turkmen troops shot dead a shepherd,\" he said. On the 3rd, Turkmen border guards fired on Taliban men who went to the line to ask about it, wounding one.",
            published: "2022-01-04")
        #expect(records.filter { $0.category == .incident }.count == 2)
        #expect(records.contains { $0.date.isoString == "2022-01-03" })
    }

    @Test
    func `a day given in an address or a speech dates the telling, not the fighting`() throws {
        let records = try Self.extract(
            "Border fighting over\n\nKyrgyz and Tajik troops fought on the border in Batken, and 40 people died. In an address to the nation on 19 September, the president said the fighting had stopped.",
            published: "2022-09-25")
        #expect(records.count == 1)
        #expect(records.first?.date.isoString == "2022-09-01")
        #expect(records.first?.datePrecision == .month)
    }

    @Test
    func `a wire's date inside the brackets of a dateline is the dateline's, not the event's`()
        throws
    {
        let article = Article(
            text:
                "Injured rise to 150\n\nOSH (Example News / Agency - 21st September, 2022) The number of people hurt in the border fighting in Batken has grown to 150, the ministry said on Wednesday."
        )
        #expect(article.datelineDate?.isoString == "2022-09-21")
        #expect(!article.paragraphs.contains { $0.contains("21st September") })
    }

    @Test
    func `a person named by name alone and killed is one dead, of the side the apposition names`()
        throws
    {
        let named = try Self.extract(
            "Shots near Vorukh\n\nGunfire broke out on the Tajik-Kyrgyz border near Vorukh on Tuesday. Sarvar Nazarov, a 31-year-old from Ghafurov district, was killed.",
            published: "2023-03-08")
        #expect(named.first?.fatalities.total == 1)
        #expect(named.first?.fatalities.unknown == 1)
        let serving = try Self.extract(
            "Shots near Vorukh\n\nGunfire broke out on the Tajik-Kyrgyz border near Vorukh on Tuesday. Sarvar Nazarov, who was serving with the border troops, died.",
            published: "2023-03-08")
        #expect(serving.first?.fatalities.security == 1)
        // One of a larger toll told by name is not one more.
        let among = try Self.extract(
            "Shots near Vorukh\n\nTwo Tajik border guards were killed in a shootout near Vorukh on Tuesday. Sarvar Nazarov, aged 31, died in hospital.",
            published: "2023-03-08")
        #expect(among.first?.fatalities.total == 2)
    }

    @Test
    func `"Karimov and another courier were killed" is two dead`() throws {
        let records = try Self.extract(
            "Couriers stopped\n\nTajik border troops fought a band of drug couriers near Panj on Sunday. Karimov and another courier were killed.",
            published: "2023-06-14")
        #expect(records.first?.fatalities.total == 2)
    }

    @Test
    func `"the guards opened fire and a smuggler was killed" kills no guard`() throws {
        let records = try Self.extract(
            "Couriers stopped\n\nTajik border troops spotted drug couriers near Panj on Sunday. The troops opened fire and one courier was killed.",
            published: "2023-06-14")
        #expect(records.first?.fatalities.total == 1)
        #expect(records.first?.fatalities.security == 0)
    }

    @Test
    func `the wounded counted past an aside are not taken for dead`() throws {
        let records = try Self.extract(
            "Clash over a canal\n\nKyrgyz and Tajik troops exchanged fire in Batken on Friday. Bishkek said one villager had been killed and 27 people, three soldiers among them, had been wounded.",
            published: "2023-06-14")
        #expect(records.first?.fatalities.total == 1)
    }

    @Test
    func `people feared in a background line give the dead of no side no side`() throws {
        let records = try Self.extract(
            "Deaths at the frontier\n\nTajikistan's security committee said on Monday that a firefight on the Afghan border had left several people dead. The frontier has long been tense amid fears of armed bands crossing and of drug smuggling.",
            published: "2024-02-13")
        #expect(records.first?.fatalities.unknown ?? 0 > 0)
        #expect(records.first?.fatalities.militants == 0)
    }

    @Test
    func `"another leftover device exploded" days before is another event`() throws {
        let records = try Self.extract(
            "Old ordnance kills boys\n\nAn unexploded shell blew up in Qaisar district of Faryab, killing two boys who were herding goats. Three days ago, another leftover device exploded in the same district and killed a girl.",
            published: "2024-04-13")
        #expect(records.filter { $0.category == .incident }.count == 2)
        #expect(Self.totals(records).fatalities.total == 3)
    }

    @Test
    func `guards "escaping a Taliban assault" tell no event of their own`() throws {
        let records = try Self.extract(
            "Guards take shelter\n\nSome sixty Afghan border guards escaping a Taliban assault took shelter in Uzbekistan overnight, officials in Termez said.",
            published: "2021-08-15")
        #expect(records.filter { $0.category == .incident }.isEmpty)
    }

    @Test
    func `"in years of fighting" said of a capture with its own time sets nothing aside`() throws {
        let records = try Self.extract(
            "Taliban move north\n\nEarly last month the Taliban overran the district centre of Warduj, some 40 km from the Tajik border, their deepest push in years of fighting.",
            published: "2017-05-10")
        #expect(records.count == 1)
        #expect(records.first?.type == "capture")
        #expect(records.first?.date.isoString == "2017-04-01")
    }

    @Test
    func `a capture of places named in a list counts one capture of each`() throws {
        let named = try Self.extract(
            "Northern districts fall\n\nOn Sunday the insurgents overran the districts of Khwahan and Maimay in Badakhshan province.",
            published: "2021-07-06")
        #expect(named.first?.count == 2)
        let apposition = try Self.extract(
            "Border towns lost\n\nOn Sunday the Taliban seized Kaldar and Shortepa, two border towns in Balkh province.",
            published: "2021-07-06")
        #expect(apposition.first?.count == 2)
        let fallen = try Self.extract(
            "Northern districts fall\n\nFour border districts of Takhar fell to the Taliban on Sunday.",
            published: "2021-07-06")
        #expect(fallen.first?.count == 4)
    }

    @Test
    func `"as the fighting grows" tells a war's course, no event`() throws {
        let records = try Self.extract(
            "Troops to the frontier\n\nAs the fighting between the Taliban and government troops in Afghanistan's north intensifies, Uzbekistan has moved more soldiers and armour to the Termez section of its border.",
            published: "2021-07-06")
        #expect(records.filter { $0.category == .incident }.isEmpty)
    }

    @Test
    func `people fought "with" and then killed in a relative clause are the dead`() throws {
        let records = try Self.extract(
            "Clash at the river\n\nOne Tajik border guard died in a firefight in Shamsiddin Shohin on Tuesday. Four armed men had come across the river, officials said. Tajik troops traded fire with the intruders, who were \"liquidated\" by the end of the night.",
            published: "2025-12-26")
        #expect(records.first?.fatalities.militants == 4)
        #expect(records.first?.fatalities.security == 1)
    }

    @Test
    func `a soldier of the "border service" is security`() throws {
        let records = try Self.extract(
            "Post attacked\n\nArmed men attacked a post in Khatlon on Tuesday and killed one border service sergeant.",
            published: "2025-12-26")
        #expect(records.first?.fatalities.security == 1)
    }

    @Test
    func `"Killed were two officers" puts the verb first and the dead after it`() throws {
        let records = try Self.extract(
            "Post attacked\n\nArmed men attacked a post in Khatlon on Tuesday. Killed were two officers.",
            published: "2025-12-26")
        #expect(records.first?.fatalities.security == 2)
    }

    @Test
    func `"they" after a semicolon are the people counted before it in the sentence`() throws {
        let records = try Self.extract(
            "Intruders stopped\n\nFour gunmen had crossed the river into Khatlon on Tuesday; they put up resistance and were eliminated.",
            published: "2025-12-26")
        #expect(records.first?.fatalities.total == 4)
    }

    @Test
    func `a title's figures are read in its own order, the running total last`() throws {
        let records = try Self.extract(
            "Another 12 people killed in Batken clashes, taking the death toll to 36\n\nKyrgyz and Tajik troops exchanged fire again in Batken on Friday, the health ministry said.",
            published: "2022-09-18")
        #expect(records.first?.fatalities.total == 36)
    }

    @Test
    func `a death "also reported" by another outlet is the same death`() throws {
        let records = try Self.extract(
            "Guard dies at the enclave\n\nA Kyrgyz border guard was shot dead near Sokh on Monday, the border service said. The website 24.kg also reported the death of a Kyrgyz guard.",
            published: "2023-05-16")
        #expect(records.first?.fatalities.total == 1)
    }

    @Test
    func `dead "in earlier attacks" with no figure are background, no event`() throws {
        let records = try Self.extract(
            "Post attacked\n\nTwo Tajik border guards and three gunmen from Afghanistan died on Thursday in fighting in Shamsiddin Shohin district. The statement called the clash the third such incident in December alone. Border guards and Tajik citizens were among those killed in earlier attacks this month and last month.",
            published: "2025-12-25")
        #expect(records.count == 1)
        #expect(records.first?.fatalities.total == 5)
    }

    @Test
    func `a clash "on 16-17 September" is one event of two days, not a period's sum`() throws {
        let records = try Self.extract(
            "Toll rises\n\nBishkek said 40 people had died in the fighting on the Tajik border on 16-17 September.",
            published: "2022-09-19")
        #expect(records.first?.fatalities.total == 40)
        #expect(records.first?.date.isoString == "2022-09-01")
    }

    @Test
    func `days of mourning declared for the dead are no toll of their own`() throws {
        let records = try Self.extract(
            "Truce holds\n\nKyrgyz and Tajik troops fought on the Batken frontier on Thursday. In the fighting, 12 Kyrgyz citizens lost their lives and 30 were hurt. In Kyrgyzstan, 1-2 May were declared days of \"national mourning\" for those killed in the armed clash on the border in Batken.",
            published: "2021-05-03")
        #expect(Self.totals(records).fatalities.total == 12)
    }

    @Test
    func `"the Russian news agency" tells whose outlet, not where it happened`() throws {
        let records = try Self.extract(
            "Civilians die in Batken\n\nKyrgyz and Tajik forces exchanged fire near Batken on Friday. Bishkek's health ministry said 11 civilians had been killed, the Russian news agency TASS reported.",
            published: "2022-09-17")
        #expect(records.first?.fatalities.civilians == 11)
    }

    @Test
    func `posts an armed group put up are no security measure`() throws {
        let records = try Self.extract(
            "Road reopened\n\nAfghan troops cleared the road from Qaisar to Ghormach near the Turkmen border, an army spokesman said. The insurgents had set up their own checkpoints and posts along it.",
            published: "2015-04-20")
        #expect(records.filter { $0.category == .measure }.isEmpty)
    }

    @Test
    func `one state's troops seizing the other's post beside a clash is a capture of its own`()
        throws
    {
        // (The rules' own records: the learned model alone may leave the capture out.)
        var options = Extraction.Options(published: Self.day("2021-04-30"))
        options.weighsRelevance = false
        let records = try Extraction.records(
            fromArticle:
                "Post taken\n\nKyrgyz and Tajik guards exchanged fire near Kok-Tash on Thursday, officials said. In response, special forces of the Kyrgyz border service seized the Tajik border outpost of Kayragach.",
            name: "a", options: options)
        #expect(records.map(\.type).sorted() == ["armed_clash", "capture"])
        #expect(Self.totals(records).fatalities.total == 0)
    }

    @Test
    func `fighting "at the entrances to" an inland provincial capital is no border event`() throws {
        let records = try Self.extract(
            "Fighting at the gates of Maimana\n\nOn Saturday Afghan troops were battling the Taliban at the entrances to Maimana, capital of the northern province of Faryab, the provincial governor said.\n\n\"Government forces are now fighting the Taliban,\" he told reporters.\n\nFaryab province, which borders Turkmenistan, lies west of Jowzjan.",
            published: "2021-07-18")
        #expect(records.isEmpty)
    }

    @Test
    func `"captured towns" described in passing tell no capture`() throws {
        let records = try Self.extract(
            "Morale falls\n\nThe Taliban's gains - the insurgents often share videos of their fighters marching through captured towns - hurt the morale of the Afghan troops in Badakhshan.",
            published: "2021-07-06")
        #expect(records.filter { $0.category == .incident }.isEmpty)
    }

    @Test
    func `"the lives of" residents with no verb that takes them are no dead`() throws {
        #expect(
            Self.deaths(
                "The head of state looked into the lives of local residents who suffered in the border conflict, and attended a ceremony for rebuilt homes."
            ) == nil)
        #expect(
            Self.deaths(
                "A clash near Isfara on Tuesday claimed the lives of two Tajik border guards.")?
                .security == 2)
    }

    @Test
    func `the charge against a man held tells no event`() {
        let reader = FactReader(published: Self.day("2020-08-12"))
        let held = reader.read(
            Self.sentence(
                "Police in Uzbekistan have detained a 30-year-old from Sokh, accusing him of joining in the unrest and of attacking the regional governor at the border."
            ))
        #expect(held.mentions.isEmpty)
    }

    @Test
    func `a man one side calls a smuggler and the other unarmed is of no stated side`() throws {
        let records = try Self.extract(
            "Shot at the border\n\nOn 4 January Uzbek border guards shot dead a citizen of Kyrgyzstan near Sokh. By their account he had crossed the border illegally to smuggle goods. The Kyrgyz side says the guards fired at an unarmed man.",
            published: "2013-01-10")
        #expect(records.first?.fatalities.unknown == 1)
    }

    @Test
    func `clashes that "broke out" days before the news's shelling are the same fighting`() throws {
        let records = try Self.extract(
            "Toll rises in Batken\n\nKyrgyz officials said on Saturday that 24 people had died since Tajik forces shelled Batken and its airport yesterday, Friday. Clashes broke out on the Kyrgyz-Tajik border last Wednesday, when Tajik guards opened fire near Batken.",
            published: "2022-09-17")
        #expect(records.count == 1)
        #expect(records.first?.fatalities.total == 24)
        #expect(records.first?.datePrecision == .week)
    }
}

extension ExtractionTests {
    @Test
    func `villagers taken hostage beside an assault on the guards are an abduction of their own`()
        throws
    {
        let records = try Self.extract(
            "Unrest at the enclave\n\nOn Sunday villagers of Sokh beat up Kyrgyz border guards at a post near Charbak and took 25 Kyrgyz citizens hostage, the border service said. The hostages were freed on Monday evening.",
            published: "2013-01-08")
        #expect(records.filter { $0.category == .incident }.count == 2)
        #expect(records.contains { $0.type == "abduction" })
    }

    @Test
    func `soldiers taken hostage in a capture are part of it`() throws {
        let records = try Self.extract(
            "Crossing falls\n\nInsurgents stormed the Kokul crossing in Takhar overnight and took eleven soldiers hostage, a police spokesman said on Tuesday.",
            published: "2021-06-22")
        #expect(records.filter { $0.category == .incident }.count == 1)
    }

    @Test
    func `people abducted during a raid are the raid's own act`() throws {
        let records = try Self.extract(
            "Shepherds taken\n\nTajik officials said on Thursday that three shepherds had been kidnapped by armed men from Afghanistan during a night raid on a village in Darvoz last week.",
            published: "2017-05-11")
        #expect(records.filter { $0.category == .incident }.count == 1)
    }

    @Test
    func `staff seized "at" a crossing point are taken people, not a captured post`() throws {
        let records = try Self.extract(
            "Crossing staff held\n\nNine customs officers seized at the Ishkashim crossing point on the Afghan side a week ago are still held by gunmen, their families said on Monday.",
            published: "2015-06-08")
        #expect(!records.contains { $0.type == "capture" })
    }

    @Test
    func `people counted after "with" and "eliminated" or "neutralised" are the dead`() {
        #expect(
            Self.deaths(
                "The night's operation in Darvoz finished with all four gunmen eliminated, the border service said."
            )?.militants == 4)
    }

    @Test
    func `armed criminals "destroyed" are killed, and the militants' lorry destroyed kills no one`()
    {
        #expect(
            Self.deaths(
                "During the shootout, seven of the armed criminals were destroyed and two were captured alive."
            )?.militants == 7)
        #expect(
            Self.deaths("The insurgents' lorry was destroyed as well.") == nil)
    }

    @Test
    func `people whose demand or order the dead refused are not among the dead`() {
        let dead = Self.deaths(
            "Six smugglers who ignored the soldiers' warning to stop were shot dead near the river."
        )
        #expect(dead?.militants == 6)
        #expect(dead?.security == 0)
    }

    @Test(arguments: [
        ("Between two and four guards were reported dead after the night attack.", 2),
        ("Four to seven Kyrgyz soldiers were killed near the canal.", 4),
        ("Two or three Tajik servicemen died in the shelling.", 2),
    ])
    func `a range of dead is read as its lowest`(text: String, lowest: Int) {
        #expect(Self.deaths(text)?.security == lowest)
    }
}

// The session of 2026-12-06 (second).
extension ExtractionTests {
    @Test
    func `a state's side with dead of no figure counts two dead of no stated side`() throws {
        let records = try Self.extract(
            """
            Uzbek guard killed at the border

            An Uzbek border guard was killed on Monday in an exchange of fire with Kyrgyz guards near the Sokh enclave. Early reports say the Kyrgyz side also has dead and wounded.
            """,
            published: "2020-06-02")
        let incidents = records.filter { $0.category == .incident }
        #expect(incidents.count == 1)
        #expect(incidents.first?.fatalities.security == 1)
        #expect(incidents.first?.fatalities.unknown == 2)
    }

    @Test
    func `the hurt counted on a side are not dead of that side`() throws {
        let records = try Self.extract(
            """
            Shelling on the border: one soldier dead, 12 hurt on the Tajik side

            One Kyrgyz soldier was killed when shelling hit a post near Ak-Sai on Friday, the Kyrgyz border service said.
            """,
            published: "2022-09-17")
        #expect(records.first?.fatalities.total == 1)
    }

    @Test
    func `a government that raises its own count past an aside counts its own dead`() throws {
        let records = try Self.extract(
            """
            Border war toll

            In the fighting on the border with Tajikistan, 12 Kyrgyz citizens were killed, the Kyrgyz health ministry said on Saturday. Tajikistan, for its part, raised its count of dead to 9.
            """,
            published: "2022-09-18")
        #expect(records.first?.fatalities.total == 21)
    }

    @Test
    func `an alleged death looked into is the clash's cause, not its dead`() throws {
        let records = try Self.extract(
            """
            Shots on the Turkmen border

            A clash between Taliban forces and Turkmen border guards broke out on Sunday night in Faryab, after the Taliban went to look into the alleged death of an Afghan shepherd at the hands of the Turkmen guards. Nobody was hurt in the clash, a police spokesman said.
            """,
            published: "2022-03-01")
        let clash = records.first { $0.type == "armed_clash" }
        #expect(clash?.fatalities.total == 0)
        #expect(Self.totals(records).fatalities.total == 1)
    }

    @Test
    func `staff named by the forces before them are the forces`() {
        #expect(
            Self.deaths(
                "A Kyrgyz border service employee was killed when shots were fired across the line at the Dostuk crossing on Tuesday night."
            )?.security == 1)
    }
}

// The session of 2026-12-06 (third): words of fire and fighting the extractor did not know, a
// group's people, an earlier report's figures, and whose "them".
extension ExtractionTests {
    @Test
    func `a group of people fired on are the people the group is of`() {
        #expect(
            Self.deaths(
                "Uzbek guards shot at a group of shepherds near the border on Monday, leaving one of them dead."
            )?.civilians == 1)
    }

    @Test
    func `a conflict people died in is an armed clash`() throws {
        let records = try Self.extract(
            """
            Two Tajik villagers dead

            Two residents of Vorukh have died in the Tajik-Kyrgyz border conflict, Tajik officials said on Thursday.
            """,
            published: "2021-04-30")
        #expect(records.filter { $0.category == .incident }.count == 1)
        #expect(records.first?.type == "armed_clash")
        #expect(records.first?.fatalities.civilians == 2)
    }

    @Test
    func `figures an earlier report gave give way to the figures told now`() throws {
        let records = try Self.extract(
            """
            Toll of the Batken clash rises

            Four Kyrgyz citizens have been killed in the clash on the border with Tajikistan on Wednesday, the health ministry said on Thursday. It had earlier been reported that 20 people were hurt and 2 people died.
            """,
            published: "2021-04-29")
        #expect(records.first?.fatalities.total == 4)
    }

    @Test(arguments: [
        "On 14 May border guards of Tajikistan fought off dozens of Taliban fighters trying to cross the Panj from Afghanistan.",
        "On 14 May a gang of smugglers from Afghanistan resisted with their rifles when guards of Tajikistan tried to stop them in Khatlon.",
        "On 14 May some 200 Afghan soldiers were surrounded by the Taliban on an island of the Panj near the border with Tajikistan.",
        "On 14 May a serviceman of Kyrgyzstan was wounded by an unidentified man near Chorkuh in Tajikistan.",
        "On 14 May villagers from Tajikistan beat two border guards of Kyrgyzstan near Vorukh and took them captive.",
        "On 9 July Ishkashim district in Badakhshan, on the border with Tajikistan, falls to the Taliban.",
        "A resident of Vorukh in Tajikistan said he was one of many people hurt in this conflict on 2 July, when stones flew on the road.",
    ])
    func `more words of fighting, wounding and taking tell an incident`(sentence: String) throws {
        let records = try Self.extract("Border news\n\n" + sentence, published: "2021-07-10")
        #expect(records.filter { $0.category == .incident }.count == 1)
    }

    @Test
    func `a captivity told with its end is no new abduction`() throws {
        let records = try Self.extract(
            """
            Border news

            Two border guards of Kyrgyzstan held captive by villagers in Vorukh, Tajikistan, since April were freed on 14 May.
            """,
            published: "2021-05-20")
        #expect(records.isEmpty)
    }

    @Test
    func `a similar incident at the same time is the day's news, not history`() throws {
        let records = try Self.extract(
            """
            Two shootings on the border

            On 6 August a Kyrgyz officer was hurt by a shot from a hunting rifle near Chorkuh, Tajikistan. At the same time, in a similar incident, a villager of Chorkuh was shot dead by fire from the Kyrgyz side.
            """,
            published: "2020-08-06")
        #expect(Self.totals(records).fatalities.civilians == 1)
    }

    @Test
    func `a citizen wounded who then died is one dead, past whose citizen`() throws {
        let records = try Self.extract(
            """
            Border news

            On 6 August Kyrgyz guards opened fire near Chorkuh, Tajikistan. A citizen of Tajikistan was wounded in the leg and died.
            """,
            published: "2020-08-06")
        #expect(Self.totals(records).fatalities.total == 1)
    }

    @Test
    func `gardeners, herdsmen and builders are civilians`() {
        for role in ["a gardener", "two herdsmen", "a builder"] {
            #expect(
                (Self.deaths("Kyrgyz guards opened fire near Chorkuh and killed \(role).")?
                    .civilians ?? 0) > 0, "\(role)")
        }
    }

    @Test(arguments: [
        "On Tuesday Kyrgyz border guards opened heavy automatic fire on Tajik farmers near Vorukh.",
        "On Tuesday a Kyrgyz guard fired an assault rifle towards the Tajik post near Vorukh.",
        "On Tuesday people from Kyrgyz villages set fire to a barn of a farmer in Vorukh, Tajikistan, by the border line.",
        "On Tuesday a band of smugglers from Afghanistan put up armed resistance to border guards of Tajikistan in Khatlon.",
    ])
    func `words of fire and fighting tell an incident`(sentence: String) throws {
        let records = try Self.extract("Border news\n\n" + sentence, published: "2021-05-20")
        #expect(records.filter { $0.category == .incident }.count == 1)
    }

    @Test
    func `the people the forces eliminate are the armed men`() {
        #expect(
            Self.deaths(
                "The Afghan trespassers fired on the Tajik soldiers on Monday, and two of them were neutralised on the spot."
            )?.militants == 2)
    }

    @Test
    func `them after a comma and a clause of its own is that clause's subject`() {
        #expect(
            Self.deaths(
                "The Afghan traffickers refused to surrender to the Tajik border guards on Monday, and two of them died of their wounds."
            )?.militants == 2)
    }

    @Test
    func `the dead told again where they lived are no new event`() throws {
        let records = try Self.extract(
            """
            Three smugglers killed on the Afghan border

            Tajik border guards killed three armed drug smugglers in a clash near the Panj post in Khatlon on Sunday night, the State Committee for National Security said. The smugglers refused to surrender and opened fire. According to the committee, the dead smugglers lived in Takhar province.
            """,
            published: "2026-02-02")
        #expect(records.filter { $0.category == .incident }.count == 1)
        #expect(Self.totals(records).fatalities.total == 3)
    }

    @Test(arguments: [
        "Kyrgyz border guards gunned down a Tajik herder.",
        "a Tajik herder was fatally shot by Kyrgyz border guards.",
        "a Tajik herder was killed by a stray bullet.",
        "a Tajik herder died of gunshot wounds.",
        "a Tajik border guard was beaten to death.",
    ])
    func `a killing told by its manner or its wound is one dead`(telling: String) throws {
        let records = try Self.extract(
            "Border news\n\nOn 14 May, near Vorukh in Tajikistan, " + telling,
            published: "2021-05-20")
        #expect(records.filter { $0.category == .incident }.count == 1)
        #expect(Self.totals(records).fatalities.total == 1)
    }

    @Test(arguments: [
        "Kyrgyz border guards sprayed a Tajik car with bullets.",
        "Kyrgyz forces bombarded a Tajik village.",
        "Kyrgyz troops launched an offensive on the Tajik posts.",
        "residents of the two countries came to blows over water.",
        "the two posts exchanged heavy machine-gun fire.",
    ])
    func `fire and blows told in other words are an incident`(telling: String) throws {
        let records = try Self.extract(
            "Border news\n\nOn 14 May, near Vorukh in Tajikistan, " + telling,
            published: "2021-05-20")
        #expect(records.filter { $0.category == .incident }.count == 1)
    }

    @Test
    func `outposts handed over to a state stand in that state`() throws {
        let records = try Self.extract(
            "Border news\n\nOn 14 May China handed over three new border posts to Tajikistan in Gorno-Badakhshan.",
            published: "2021-05-20")
        #expect(records.first?.country == "Tajikistan")
        #expect(records.first?.type == "outpost_opened")
        #expect(records.first?.count == 3)
    }

    @Test
    func `troops moved to the border are a deployment`() throws {
        let records = try Self.extract(
            "Border news\n\nOn 14 May Uzbekistan moved extra troops to its border with Afghanistan near Termez.",
            published: "2021-05-20")
        #expect(records.first?.type == "deployment")
    }

    @Test
    func `a role told for a few dead in a sentence of its own is their side`() throws {
        let records = try Self.extract(
            "Border news\n\nAn attack from Afghanistan on 14 May killed three citizens near Panj in Khatlon. The workers who died had been building a road for a Chinese company.",
            published: "2021-05-20")
        #expect(records.count == 1)
        #expect(records.first?.fatalities.civilians == 3)
        #expect(records.first?.fatalities.unknown == 0)
    }

    @Test(arguments: [
        "Tajik guards fought traffickers near Panj in Khatlon on Monday, 10 May, and one trafficker was killed.",
        "Tajik guards fought traffickers near Panj in Khatlon on Monday (10 May). One trafficker was killed.",
    ])
    func `a weekday with its date beside it is that date`(text: String) throws {
        let records = try Self.extract("Border news\n\n" + text, published: "2021-05-20")
        #expect(records.map(\.date) == [Self.day("2021-05-10")])
    }

    @Test
    func `the day before yesterday is two days before publication`() throws {
        let records = try Self.extract(
            "Border news\n\nThe day before yesterday Tajik guards fought traffickers near Panj in Khatlon, and one trafficker was killed.",
            published: "2021-05-20")
        #expect(records.map(\.date) == [Self.day("2021-05-18")])
    }

    @Test(arguments: [
        "On 14 May a man was gunned down by bandits near Panj in Khatlon, Tajikistan.",
        "On 14 May two men were shot dead by masked raiders near Panj in Khatlon, Tajikistan.",
    ])
    func `the killers named after by are not the dead`(text: String) throws {
        let records = try Self.extract("Border news\n\n" + text, published: "2021-05-20")
        #expect(records.count == 1)
        #expect(records.first?.fatalities.militants == 0)
        #expect((records.first?.fatalities.total ?? 0) > 0)
    }

    @Test(arguments: [
        "Five people died in the firefight: two soldiers and three traffickers.",
        "Five people died in the firefight, two soldiers and three traffickers.",
    ])
    func `the dead listed by side after their total are counted by side`(text: String) throws {
        let records = try Self.extract(
            "Border news\n\nOn 14 May Tajik soldiers fought traffickers near Panj in Khatlon. "
                + text,
            published: "2021-05-20")
        #expect(records.first?.fatalities == Fatalities(militants: 3, security: 2))
    }

    @Test(arguments: [
        ("Three soldiers gave their lives.", 3),
        ("A young lieutenant sacrificed his life to save his men.", 1),
        ("Two conscripts laid down their lives at the post.", 2),
    ])
    func `lives given for others are deaths`(text: String, dead: Int) throws {
        let records = try Self.extract(
            "Border news\n\nOn 14 May Tajik soldiers clashed with traffickers near Panj in Khatlon. "
                + text,
            published: "2021-05-20")
        #expect(records.first?.fatalities.security == dead)
    }

    @Test
    func `members of an Islamic movement are militants`() throws {
        let records = try Self.extract(
            "Border news\n\nOn 14 May Tajik soldiers killed four members of the Islamic Movement of Turkestan in a gun battle near Panj in Khatlon.",
            published: "2021-05-20")
        #expect(records.first?.fatalities.militants == 4)
    }

    @Test
    func `an article about a day of remembrance tells history`() throws {
        let records = try Self.extract(
            """
            Fallen guards of the twelfth post remembered

            On 13 July 1993 militants from Afghanistan attacked the twelfth post of the Moscow border detachment in Khatlon.

            The militants seized the post and two villages after a long fight in the Panj valley, and the Tajik border troops lost twenty-five men.

            A wreath was laid in Dushanbe today.
            """,
            published: "2021-05-20")
        #expect(records.isEmpty)
    }

    @Test
    func `the day of a killing told after a funeral's is the killing's`() throws {
        let records = try Self.extract(
            "Border news\n\nMourners gathered on Wednesday for the funerals of three soldiers killed by traffickers near Farkhor in Khatlon on Sunday.",
            published: "2021-05-20")
        #expect(records.map(\.date) == [Self.day("2021-05-16")])
    }

    @Test
    func `another teller putting the toll higher is another count of the same dead`() throws {
        let records = try Self.extract(
            "Border news\n\nTajik officials said four traffickers died in a shootout near Farkhor in Khatlon on Sunday. Afghan police put the death toll at seven.",
            published: "2021-05-20")
        #expect(records.first?.fatalities == Fatalities(militants: 4))
    }

    @Test
    func `a toll risen on a later day to so many of a side is the event's latest`() throws {
        let records = try Self.extract(
            "Border news\n\nThree soldiers died when traffickers opened fire near Farkhor in Khatlon on Sunday. By Tuesday the toll had risen to five soldiers.",
            published: "2021-05-20")
        #expect(records.first?.fatalities == Fatalities(security: 5))
    }

    @Test
    func `so many killed on each side is twice the figure`() throws {
        let records = try Self.extract(
            "Border news\n\nKyrgyz and Tajik troops traded fire near Kok-Tash in Batken on Monday, and three servicemen were killed on each side.",
            published: "2021-05-20")
        #expect(records.first?.fatalities == Fatalities(security: 6))
    }

    @Test
    func `a second government's own dead after a semicolon are added`() throws {
        let records = try Self.extract(
            "Border news\n\nKyrgyz and Tajik troops traded fire near Kok-Tash in Batken on Monday. Tajikistan said two of its soldiers died; Kyrgyzstan said it had lost three men.",
            published: "2021-05-20")
        #expect(records.first?.fatalities.total == 5)
    }

    @Test
    func `refugees are civilians`() throws {
        let records = try Self.extract(
            "Border news\n\nTaliban border guards shot dead three refugees trying to reach Tajikistan near Imam Sahib in Kunduz on Monday.",
            published: "2022-05-18")
        #expect(records.first?.fatalities == Fatalities(civilians: 3))
    }

    @Test(arguments: [
        "On 14 May, shots from the Afghan bank of the Panj wounded a fisherman near Farkhor in Khatlon.",
        "On 14 May, a sniper on the Afghan side wounded a Tajik border guard near Farkhor in Khatlon.",
    ])
    func `shots told by what they did are an attack`(text: String) throws {
        let records = try Self.extract("Border news\n\n" + text, published: "2021-05-20")
        #expect(records.map(\.type) == ["attack"])
    }

    @Test
    func `a death told as also beside another side's is the first of its side`() throws {
        let records = try Self.extract(
            """
            Border news

            Tajik border guards killed four traffickers near Farkhor in Khatlon on Sunday. A guard was also killed.

            The traffickers had crossed the river at dawn. When the patrol ordered them to stop, they opened fire, and four of them and a warrant officer died.
            """,
            published: "2021-05-20")
        #expect(records.first?.fatalities == Fatalities(militants: 4, security: 1))
    }

    @Test
    func `a year set before an attack is the attack's time`() throws {
        let records = try Self.extract(
            """
            Tajikistan remembers the fallen of 1993

            DUSHANBE, May 2 - Tajikistan on Sunday marked the anniversary of the 1993 attack on a border post in Khatlon, in which 25 border guards were killed.
            """,
            published: "2021-05-20")
        #expect(records.isEmpty)
    }

    @Test
    func `a total killed in the clash is the clash's toll`() throws {
        let records = try Self.extract(
            "Border news\n\nKyrgyz and Tajik troops fought near Kok-Tash in Batken on Thursday. Tajikistan gave its figures on Monday. Counting them, a total of 41 people were killed in the clash.",
            published: "2021-05-20")
        #expect(records.map(\.fatalities.total) == [41])
    }

    @Test
    func `people who sought treatment are not the dead of the clause after them`() throws {
        let records = try Self.extract(
            "Border news\n\nKyrgyz and Tajik troops clashed near Kok-Tash in Batken on Thursday. At least 120 people in Batken sought treatment, and 12 people died.",
            published: "2021-05-20")
        #expect(records.map(\.fatalities.total) == [12])
    }

    @Test
    func `soldiers who have taken refuge took nothing`() throws {
        let records = try Self.extract(
            "Border news\n\nNearly 1,000 Afghan troops fleeing Taliban assaults have taken refuge on Tajik territory, the Tajik border service said.",
            published: "2021-05-20")
        #expect(records.isEmpty)
    }

    @Test(arguments: [
        "killing four soldiers and a platoon commander.",
        "killing five soldiers. One of the dead is Karim Nazari, a company commander.",
    ])
    func `a commander named with his unit is one of the soldiers told`(text: String) throws {
        let records = try Self.extract(
            "Border news\n\nThe Taliban attacked a checkpoint in Darqad district of Takhar on Friday, "
                + text,
            published: "2021-05-20")
        #expect(records.first?.fatalities == Fatalities(security: 5))
    }

    @Test
    func `insurgents who attacked are not the dead they left`() throws {
        let records = try Self.extract(
            "Border news\n\nThe insurgents attacked a police post in Darqad district of Takhar on Friday night, killing three people.",
            published: "2021-05-20")
        #expect(records.first?.fatalities.militants == 0)
        #expect(records.first?.fatalities.total == 3)
    }
}

extension ExtractionTests {
    @Test
    func `a recent episode told only by its toll over the past week is the article's news`() throws
    {
        let records = try Self.extract(
            "Dushanbe protests to Kabul\n\nTajikistan's foreign ministry summoned the Afghan charge d'affaires on Monday after attacks from the Afghan side killed three Tajik road workers near the border in Shamsiddin Shohin over the past week.\n\nThe ministry called for a joint investigation.",
            published: "2021-05-06")
        #expect(records.map(\.fatalities) == [Fatalities(civilians: 3)])
    }

    @Test(arguments: [
        "Clashes on the Tajik-Afghan border near Panj have killed 14 people this year, the border service said on Monday.",
        "Guards killed two smugglers near Panj on Sunday. Over the past week, clashes on the border near Panj killed five people.",
    ])
    func `a year's figure, or a week's beside the news, is never read as an episode`(
        text: String
    )
        throws
    {
        let records = try Self.extract("Border report\n\n" + text, published: "2021-05-06")
        #expect(records.map(\.fatalities.total).reduce(0, +) <= 2)
    }
}

extension ExtractionTests {
    @Test(arguments: [
        ("The two dead men were natives of the village of Kurulush.", Fatalities(civilians: 2)),
        ("The two dead men were inhabitants of Kyrgyzstan.", Fatalities(unknown: 2)),
    ])
    func `the dead told as residents of a village are civilians, of a country of no role`(
        text: String, dead: Fatalities
    ) throws {
        let records = try Self.extract(
            "Border report\n\nUzbek border guards shot dead two citizens of Kyrgyzstan near Aksy in Jalal-Abad on Sunday. "
                + text,
            published: "2021-05-06")
        #expect(records.map(\.fatalities) == [dead])
    }

    @Test
    func `smugglers who lived in a village are still the smugglers shot`() throws {
        let records = try Self.extract(
            "Border report\n\nTajik border guards killed three smugglers near Panj on Sunday. Two of the dead lived in the village of Waricha.",
            published: "2021-05-06")
        #expect(records.map(\.fatalities) == [Fatalities(militants: 3)])
    }
}

extension ExtractionTests {
    @Test
    func `civilians the police did not want killed are not dead`() throws {
        let records = try Self.extract(
            "Border report\n\nThe Taliban attacked Khamyab district in Jowzjan on Sunday. \"The fighting was heavy, and we did not want the village houses to be ruined or civilians to be killed,\" the police chief said. At least eight police officers were killed.",
            published: "2018-09-10")
        #expect(records.map(\.fatalities) == [Fatalities(security: 8)])
    }

    @Test
    func `a headline's toll larger than the first of two attacks is their sum, not more dead`()
        throws
    {
        let records = try Self.extract(
            "Taliban strike Afghan forces in the north: 30 dead\n\nAt least 12 soldiers were killed in a Taliban attack on a checkpoint in Dasht-e-Archi district of Kunduz on Sunday.\n\nIn Jowzjan, the Taliban attacked Khamyab district on Sunday, and six police officers were killed.",
            published: "2018-09-10")
        #expect(records.map(\.fatalities.total).reduce(0, +) == 18)
    }

    @Test(arguments: [
        "Qala-i-Zal district of Kunduz has been freed from Taliban control, the interior ministry said on Tuesday.",
        "The operation to retake Qala-i-Zal district of Kunduz from the Taliban began on Tuesday.",
    ])
    func `a district freed from control or retaken is a capture`(text: String) throws {
        let records = try Self.extract("Border report\n\n" + text, published: "2017-05-17")
        #expect(records.map(\.type) == ["capture"])
    }

    @Test
    func `hostages freed and a war to retake control of a country are no capture`() throws {
        let records = try Self.extract(
            "Border report\n\nThree hostages were freed in Sokh on Tuesday. The Taliban went on with their campaign to retake control of Afghanistan.",
            published: "2021-07-17")
        #expect(!records.contains { $0.type == "capture" })
    }

    @Test
    func `with police and soldiers killed, both are the dead`() throws {
        let records = try Self.extract(
            "Border report\n\nThe Taliban attacked checkpoints in Imam Sahib, Kunduz, on Tuesday, with three police officers and five soldiers killed.",
            published: "2021-01-15")
        #expect(records.map(\.fatalities) == [Fatalities(security: 8)])
    }
}

extension ExtractionTests {
    @Test
    func `a dead guard called a hero who gave his life is one dead, not two`() throws {
        let records = try Self.extract(
            "Border report\n\nA border guard was killed on Sunday near Termez in a clash with smugglers. The president called him a hero who gave his life for his country.",
            published: "2021-09-28")
        #expect(records.map(\.fatalities) == [Fatalities(security: 1)])
    }
}

extension ExtractionTests {
    @Test(arguments: [
        "A military helicopter from Afghanistan crashed after flying into Turkmenistan near Serhetabat on Friday, when it was shot down by Turkmen troops.",
        "A military helicopter from Afghanistan fell near Serhetabat in Turkmenistan on Friday after being hit by the country's air defence fire.",
        "Turkmen air defences fired on a military helicopter from Afghanistan near Serhetabat on Friday.",
    ])
    func `an aircraft from across the border fired on by air defences is an attack`(
        sentence: String
    ) throws {
        let records = try Self.extract("Border report\n\n\(sentence)", published: "2022-03-14")
        #expect(records.map(\.type) == ["attack"])
        #expect(records.map(\.date.isoString) == ["2022-03-11"])
    }
}

extension ExtractionTests {
    @Test
    func `the worst fighting for years is one event's toll, not a sum of years`() throws {
        let records = try Self.extract(
            "Border report\n\nKyrgyz and Tajik troops clash on the border near Batken in the worst fighting for years, at least 14 dead.",
            published: "2021-05-06")
        #expect(records.map(\.fatalities) == [Fatalities(unknown: 14)])
    }

    @Test
    func `the dead since the fighting began are its toll so far, and a hundred is 100`() throws {
        let records = try Self.extract(
            "Border report\n\nThe clashes near Batken have left close to a hundred people dead since they began on Wednesday.",
            published: "2022-09-18")
        #expect(records.map(\.fatalities) == [Fatalities(unknown: 100)])
    }
}

extension ExtractionTests {
    @Test(arguments: [
        "Taliban fighters attacked a police post in the village of Aq-Masjid in Takhar province last night, and three police officers were killed.",
        "Taliban fighters attacked a police post in Kohistan district of Badakhshan last night, and three police officers were killed.",
    ])
    func `an Afghan attack placed only inland, with no border named, is not a border event`(
        sentence: String
    ) throws {
        let records = try Self.extract("Security report\n\n\(sentence)", published: "2020-06-17")
        #expect(records.isEmpty)
    }

    @Test
    func `an Afghan attack in a border district is a border event without the word border`()
        throws
    {
        let records = try Self.extract(
            "Security report\n\nTaliban fighters attacked a police post in Darqad district of Takhar last night, and three police officers were killed.",
            published: "2020-06-17")
        #expect(records.map(\.fatalities) == [Fatalities(security: 3)])
    }
}

extension ExtractionTests {
    @Test
    func `the number of people who sought medical help is the hurt, not the dead`() throws {
        let records = try Self.extract(
            "Border clash\n\nBy evening the number of people who had sought medical help after the clash on the border in Batken region on Wednesday had reached 32, the health ministry said. One person has died.",
            published: "2021-04-29")
        #expect(records.map(\.fatalities) == [Fatalities(unknown: 1)])
    }
}

extension ExtractionTests {
    @Test
    func `people a country's press says died are not added as that government's own dead`()
        throws
    {
        let records = try Self.extract(
            "Border clash\n\nThe number of people killed on the Kyrgyz side in the clash in Batken on Friday has risen to 36, the Kyrgyz health ministry said. Reports in Tajikistan's local press claimed that 39 people died in the clash.",
            published: "2022-09-18")
        #expect(records.map(\.fatalities.total) == [36])
    }
}

extension ExtractionTests {
    @Test
    func `the dead of one village alone are a share of a sum, not an episode`() throws {
        let records = try Self.extract(
            "Old minefields\n\nNine people were killed in the village of Sarvan alone by mine blasts on the Tajik-Uzbek border, where mines had been laid to stop armed groups.",
            published: "2019-04-15")
        #expect(records.isEmpty)
    }

    @Test
    func `a guard who shot himself is a suicide, not an attack`() throws {
        let records = try Self.extract(
            "Non-combat losses\n\nA Kyrgyz border guard shot himself at an outpost in Batken region on Monday, the border service said.",
            published: "2019-10-09")
        #expect(records.isEmpty)
    }

    @Test
    func `refugees' children who died during the crossing died of no violence`() throws {
        let records = try Self.extract(
            "Refugees reach Tajikistan\n\nThe refugees fled the fighting, and two children died during the crossing, the border guards said. In June the Taliban seized the Shir Khan Bandar crossing in Kunduz.",
            published: "2021-07-14")
        #expect(records.map(\.fatalities.total) == [0])
    }
}

extension ExtractionTests {
    @Test
    func `a car bomb at a police station in Khujand is no border event`() throws {
        let records = try Self.extract(
            "Blast in the north\n\nOn Friday a car packed with explosives blew up at a police station in Khujand, killing four people, officials said.",
            published: "2010-09-05")
        #expect(records.isEmpty)
    }

    @Test
    func `the third attack from across the border in a month is a count, however far the month`()
        throws
    {
        let records = try Self.extract(
            "Border report\n\nTajikistan's border service reported a firefight on the Afghan border on Wednesday in which five people died. Border guards saw the gunmen and a shootout followed. Three Afghans and two border troops were killed. The service added that this is already the third attack by militants from Afghanistan on Tajik territory in a month to have caused deaths.",
            published: "2025-12-25")
        #expect(records.map(\.fatalities) == [Fatalities(militants: 3, security: 2)])
    }
}

extension ExtractionTests {
    @Test
    func `a bomber who had planned to carry out an attack, seized before he could, is no attack`()
        throws
    {
        let records = try Self.extract(
            "Bomber held\n\nThe police said on Monday that a man who had planned to carry out a suicide attack in Darqad district of Takhar was seized before he could carry out his plan.",
            published: "2020-03-10")
        #expect(records.isEmpty)
    }
}

extension ExtractionTests {
    @Test
    func `air defence forces that shot a helicopter down killed no one by saying so`() throws {
        let records = try Self.extract(
            "Helicopter down\n\nTurkmenistan's air defence forces shot down a military helicopter from Afghanistan near Serhetabat on Friday.",
            published: "2022-03-14")
        #expect(records.map(\.fatalities) == [Fatalities()])
    }

    @Test
    func `an aircraft the air defence system brought down is an attack`() throws {
        let records = try Self.extract(
            "Helicopter down\n\nA military helicopter from Afghanistan crashed near Serhetabat on Friday, and the Turkmen authorities said their air defence system had brought it down.",
            published: "2022-03-14")
        #expect(records.map(\.type) == ["attack"])
    }
}

extension ExtractionTests {
    @Test
    func `two governments each telling a figure in one sentence, joined by and, are added`()
        throws
    {
        let records = try Self.extract(
            "Border truce holds\n\nThe fighting on the Kyrgyz-Tajik border in Batken on Tuesday ended in a truce. Both governments gave figures, Kyrgyzstan saying that 20 people had died and Tajikistan reporting 15 dead.",
            published: "2022-09-20")
        #expect(records.map(\.fatalities) == [Fatalities(unknown: 35)])
    }

    @Test
    func `the day a truce was agreed is not the day of the deaths told after it`() throws {
        let records = try Self.extract(
            "Truce on the border\n\nClashes broke out on the Kyrgyz-Tajik border near Batken on Monday. After a truce was agreed on Thursday, officials said 12 people had been killed.",
            published: "2022-09-20")
        #expect(records.map(\.fatalities) == [Fatalities(unknown: 12)])
    }

    @Test(arguments: [
        "Shelling of villages in Batken on Sunday killed 20 people, 14 of them civilians.",
        "The shelling of Batken on Sunday left 20 dead on the Kyrgyz side, 14 of them civilians, and 60 wounded.",
    ])
    func `a part of the dead told right after them is of their verb, active or not`(
        sentence: String
    ) throws {
        let records = try Self.extract("Batken shelled\n\n" + sentence, published: "2021-05-03")
        #expect(records.map(\.fatalities) == [Fatalities(civilians: 14, unknown: 6)])
    }

    @Test
    func `what a regime did in a decade long past is history, not an event`() throws {
        let records = try Self.extract(
            "Exercises on the frontier\n\nKyrgyzstan and Tajikistan will host exercises of the alliance in the autumn, its spokesman said on Friday.\n\nThe Taliban have told their neighbours they pose no threat.\n\nThey say they will not return to their rule of the 1990s, when girls were kept out of school and punishments included stoning and public floggings.\n\nRussia and Tajikistan began joint drills near the Afghan border on August 17.",
            published: "2021-08-27")
        #expect(records.map(\.category) == [.measure])
    }

    @Test
    func `a number of clashes said to have grown is a trend, no event`() throws {
        let records = try Self.extract(
            "Warning\n\nOfficials in Dushanbe said the number of armed clashes on the Afghan border has increased.",
            published: "2014-02-20")
        #expect(records.isEmpty)
    }

    @Test
    func `one such attack, after a trend of attacks, is an attack told`() throws {
        let records = try Self.extract(
            "Outposts\n\nTajikistan has reinforced its southern frontier. The step was taken as the number of attacks from Afghanistan has grown. Last week, five Chinese citizens were killed and five more wounded in one such attack on the border with Afghanistan.",
            published: "2025-12-02")
        #expect(records.map(\.fatalities) == [Fatalities(civilians: 5)])
    }

    @Test
    func `the dead of an attack on people, with no noun of their own, are the people attacked`()
        throws
    {
        let records = try Self.extract(
            "Ambush\n\nMilitants attacked Afghan border police in Darqad district of Takhar on Sunday, killing at least seven, a provincial official said.",
            published: "2018-09-10")
        #expect(records.map(\.fatalities) == [Fatalities(security: 7)])
    }
}

extension ExtractionTests {
    @Test
    func `a second act told after then, on a day of its own, is an event of its own`() throws {
        let records = try Self.extract(
            "Strikes on the frontier\n\nA district official said Chahi Ab district of Takhar was hit by mortar shells on Saturday and then attacked by drones on Sunday.",
            published: "2021-09-07")
        #expect(records.map(\.type) == ["shelling", "attack"])
        #expect(records.map(\.date) == [Self.day("2021-09-04"), Self.day("2021-09-05")])
    }
}

extension ExtractionTests {
    @Test(arguments: [
        "Moscow is to help the Kyrgyz border service build two new outposts in Batken, its ambassador said on Monday.",
        "Russia is helping Tajikistan build a new border outpost in Darvoz, the embassy said on Monday.",
    ])
    func `outposts another country helps to build are not opened`(sentence: String) throws {
        let records = try Self.extract("Outposts\n\n" + sentence, published: "2019-07-23")
        #expect(records.isEmpty)
    }

    @Test
    func `one man killed, named, then told by his role, is of the role's side`() throws {
        let records = try Self.extract(
            "Clash at the border\n\nShots were fired in Chorkuh on Monday and killed one man, Umed Saidov, a shepherd from the village.",
            published: "2019-07-23")
        #expect(records.map(\.fatalities) == [Fatalities(civilians: 1)])
    }
}

extension ExtractionTests {
    @Test
    func `Sherkhan, the port on the Panj, is in Kunduz`() throws {
        let records = try Self.extract(
            "Port falls\n\nTaliban fighters took Sherkhan port on the border with Tajikistan on Tuesday.",
            published: "2021-06-23")
        #expect(records.map(\.region) == ["Kunduz"])
    }
}

extension ExtractionTests {
    @Test
    func `guards who shot a drone down, however far the drone is named, killed no one`() throws {
        let records = try Self.extract(
            "Drone down\n\nOn Sunday night Tajik border guards shot down from the ground a Kyrgyz drone flying over Chorkuh.",
            published: "2021-06-01")
        #expect(records.map(\.fatalities) == [Fatalities()])
    }

    @Test
    func `a menu above the headline is the page's, not the title`() {
        let article = Article(
            text: "Home  News  Opinion  Video\n\nTwo guards killed on the Afghan border\n\nText.")
        #expect(article.title == "Two guards killed on the Afghan border")
    }
}

extension ExtractionTests {
    @Test(arguments: [
        "Families fleeing the fighting in Khamab district crossed into Turkmenistan on Monday.",
        "Dozens of Afghan soldiers pulled back from fighting in Darqad and fled across the river to Tajikistan on Monday.",
        "On Tuesday night some 300 Afghan troops escaped across the river to Tajikistan after heavy clashes with the Taliban in Darqad.",
        "Owing to the ongoing fighting in Darqad, hundreds of Afghan soldiers have crossed into Tajikistan, the border guards said on Tuesday.",
    ])
    func `the fighting people fled is the cause of their flight, no event`(
        sentence: String
    )
        throws
    {
        let records = try Self.extract("Refugees\n\n" + sentence, published: "2021-07-14")
        #expect(records.isEmpty)
    }
}

extension ExtractionTests {
    @Test
    func `a wire dateline with its agency in brackets and no dash dates the report, not the event`()
        throws
    {
        let records = try Self.extract(
            "Workers killed\n\nBeijing, Nov 28 (PTI) Three Chinese workers have been killed in Tajikistan in a drone attack from Afghanistan, state media reported.\n\nThe attack hit a camp in Khatlon region on Wednesday night, the ministry said.",
            published: "2025-11-28")
        #expect(records.map(\.date) == [Self.day("2025-11-26")])
        #expect(records.map(\.region) == ["Khatlon"])
    }
}

extension ExtractionTests {
    @Test(arguments: [
        "Tajik guards look on as the Taliban win clash after clash in the districts of Kunduz that border Tajikistan.",
        "Taliban attacks are growing stronger in the districts of Takhar that border Tajikistan, villagers say.",
    ])
    func `one event after another, or attacks as a whole growing, are a course, no event`(
        sentence: String
    ) throws {
        #expect(try Self.extract("The north\n\n" + sentence, published: "2015-06-09").isEmpty)
    }

    @Test
    func `a year told just after an event's word is its time, not a day told far before it`()
        throws
    {
        let text = """
            Kunduz

            The fall last week of Kunduz to the Taliban alarmed officials across the Tajik border, 14 years after heavy bombing helped militias drive the movement out of the city in 2001. Foreign fighters, many of them Tajik and Uzbek nationals, took part in the battle for Kunduz, officials say.
            """
        #expect(
            try Self.extract(text, published: "2015-10-06").allSatisfy { $0.type != "explosion" })
    }
}

extension ExtractionTests {
    @Test(arguments: [
        (
            "Afghan officials said the Taliban attacked and took control of nine police checkposts in Darqad district of Takhar province, on the Tajik border, on Sunday.",
            9
        ),
        (
            "Tajik border troops said the Taliban had attacked the villages of Khwahan, Shighnan and Yawan in Badakhshan on Monday and seized them.",
            3
        ),
    ])
    func `places an attack took are counted, named by their kind or listed before "them"`(
        sentence: String, places: Int
    ) throws {
        let records = try Self.extract("Posts lost\n\n" + sentence, published: "2018-03-12")
        #expect(records.map(\.count) == [places])
    }
}

extension ExtractionTests {
    @Test func `figures that "had been reported earlier" are replaced by the figure told now`()
        throws
    {
        let text = """
            Kyrgyz dead in border conflict

            Thirteen Kyrgyz citizens have died in the Kyrgyz-Tajik border conflict, a news site reports, citing the health ministry.

            Three dead and 124 wounded had been reported earlier.
            """
        #expect(try Self.extract(text, published: "2021-04-30").map(\.fatalities.total) == [13])
    }

    @Test func `Grad systems fired at houses are shelling, Grad systems in a list of arms are not`()
        throws
    {
        let fired = try Self.extract(
            "Grad fire on Lakhsh\n\nKyrgyz forces fired Grad systems from Osh region at houses in the village of Tojvaron in Lakhsh district this morning, the border troops said, and two residents were wounded.",
            published: "2022-09-17")
        #expect(fired.map(\.type) == ["shelling"])
        let listed = try Self.extract(
            "Troops for the drills\n\nThe Russian units sent to Tajikistan for the drills near the Afghan border bring howitzers and Grad rocket systems, the ministry said.",
            published: "2021-07-20")
        #expect(listed.allSatisfy { $0.category != .incident })
    }

    @Test func `a roundup of several attacks and scores dead, with no place, is not an event`()
        throws
    {
        let text = """
            Guards killed in Shortepa

            A Taliban attack on a post in Shortepa district killed nine Afghan soldiers on Tuesday, officials said. Scores of people died in several attacks in August, for which the Taliban claimed responsibility.
            """
        let records = try Self.extract(text, published: "2019-09-04")
        #expect(records.map(\.fatalities.total) == [9])
    }
}

extension ExtractionTests {
    @Test func `a date stamped as year, month and day dates the event to that day`() throws {
        let records = try Self.extract(
            "Clash on the border\n\nA clash has broken out on the border between Kyrgyzstan and Tajikistan /2019-03-13/. Two Tajik citizens were killed in Isfara.",
            published: "2019-03-15")
        #expect(records.map(\.date) == [Self.day("2019-03-13")])
    }
}

extension ExtractionTests {
    @Test
    func
        `the dead who "died of gunshot wounds, among them" guards and civilians are split by side`()
        throws
    {
        let records = try Self.extract(
            "Funerals in Isfara\n\nSix Tajik citizens died of gunshot wounds in the shootout on the Kyrgyz border on Sunday, among them two border guards and four civilians.",
            published: "2021-05-04")
        #expect(records.map(\.fatalities.security) == [2])
        #expect(records.map(\.fatalities.civilians) == [4])
    }

    @Test
    func `a killing told first with no place is the clash told again "as another" with its place`()
        throws
    {
        let text = """
            Condolences

            The regional governor called on the family of a farmer who was killed yesterday in the latest round of border fighting between Tajikistan and Kyrgyzstan, his office said.

            As a reminder, another clash erupted on the Tajik-Kyrgyz border in Isfara district on the evening of 9 March, in which three residents were killed.
            """
        let records = try Self.extract(text, published: "2022-03-10")
        #expect(records.map(\.fatalities.total) == [3])
        #expect(records.map(\.region) == ["Sughd"])
    }

    @Test func `posts on which work has begun are being built, not opened`() throws {
        let records = try Self.extract(
            "New posts on the Kyrgyz border\n\nWork has begun on new border posts in Isfara district of Tajikistan's Sughd region, officials said.",
            published: "2023-05-10")
        #expect(records.allSatisfy { $0.type != "outpost_opened" })
    }

    @Test
    func
        `shots by "the Kyrgyz side" are an event of Kyrgyzstan when the article's places are Kyrgyz`()
        throws
    {
        let text = """
            The envoy's version

            The president's envoy in Batken region has given his account of the quarrel over the pasture.

            He said nobody lives in the area and herders come only in summer.

            "The line there has never been agreed, and there is no road," he said.

            "Our patrol route was cut from the other side," he added.

            As a reminder, the quarrel began at about 6:00 on 14 June with shots from the Tajik side. In response the Kyrgyz side also fired a single shot into the air. After talks the shooting stopped, but it flared up again at 7:40, with the Tajik side using mortars.
            """
        let records = try Self.extract(text, published: "2022-06-14")
        #expect(records.map(\.country) == ["Kyrgyzstan"])
    }

    @Test
    func `"last weekend", told on a weekday, is the weekend that opens the week it is told in`()
        throws
    {
        let records = try Self.extract(
            "Toll of the fighting\n\nMore than 30 people were killed in the fighting on the Kyrgyz-Tajik border last weekend, the news agency reported.",
            published: "2021-05-06")
        #expect(records.map(\.date) == [Self.day("2021-05-01")])
    }
}

extension ExtractionTests {
    @Test func `people killed are read by their words even in quotation marks`() throws {
        let records = try Self.extract(
            "Post attacked\n\nTwenty attackers struck a border post in Rudaki district on Wednesday night, killing a border guard and a police officer. Return fire killed fifteen \"unidentified armed people in masks\".",
            published: "2019-11-07")
        #expect(records.map(\.fatalities.militants) == [15])
        #expect(records.map(\.fatalities.security) == [2])
    }

    @Test func `a post that "went into operation" is opened`() throws {
        let records = try Self.extract(
            "Post in the Pamirs\n\nThe Shaymak border post in Murghob district officially went into operation on Tuesday after the ribbon was cut, the border troops said.",
            published: "2019-08-21")
        #expect(records.map(\.type) == ["outpost_opened"])
    }

    @Test func `attacks people are trained to carry out are no event`() throws {
        let records = try Self.extract(
            "Units moved north\n\nThe Taliban say they have sent thousands of fighters to Takhar province, on the border with Tajikistan.\n\nOn 25 September their spokesman said that ten thousand special forces of the Mansoori Army had been stationed in Takhar.\n\nThe Mansoori Army is made up mostly of men trained to carry out suicide attacks.",
            published: "2021-09-27")
        #expect(records.allSatisfy { $0.category != .incident })
    }
}

extension ExtractionTests {
    @Test
    func `a list of figures "depending on the source" is one account each, and the lowest stands`()
        throws
    {
        let text = """
            Fighting on the border

            Heavy fighting broke out again on Friday on the Kyrgyz-Tajik border, Bishkek said. Depending on the source, the figures given are 3, 11, up to 20 dead.
            """
        let records = try Self.extract(text, published: "2022-09-16")
        #expect(records.map(\.fatalities.total) == [3])
    }

    @Test func `soldiers named by a hyphenated compound, "rank-and-file", are soldiers`() throws {
        let records = try Self.extract(
            "Guards killed\n\nThe shooting on the Kyrgyz border near Isfara on Monday killed a major and two rank-and-file soldiers of Tajikistan's border troops, officials said.",
            published: "2019-09-17")
        #expect(records.map(\.fatalities.security) == [3])
    }

    @Test func `fighting told at the start of a month is news of that month, not a sum since then`()
        throws
    {
        let records = try Self.extract(
            "Quarrel over a canal\n\nThe clashes at the start of June between villagers of Ak-Sai and Tajik residents on the Kyrgyz-Tajik border began over a canal.",
            published: "2018-06-20")
        #expect(records.map(\.type) == ["armed_clash"])
    }

    @Test func `fighting that "lasted for three days" is one episode, not a period's sum`() throws {
        let records = try Self.extract(
            "Stones and sticks\n\nNear Arka in Batken province, the fighting between Kyrgyz and Tajik villagers lasted for three days, police said.",
            published: "2014-05-09")
        #expect(records.map(\.type) == ["armed_clash"])
    }

    @Test func `projectiles flying in from across the border are shelling`() throws {
        let records = try Self.extract(
            "Strike from across the river\n\nOn Sunday three projectiles flew into the Uzbek border district of Sherobod from Afghan territory, damaging a barn, the authorities said.",
            published: "2021-08-16")
        #expect(records.map(\.type) == ["shelling"])
    }

    @Test func `"17 of them civilians" keeps the side it names, whoever was told before`() throws {
        let records = try Self.extract(
            "Truce signed\n\nThe two national security councils signed a protocol on Saturday. By Kyrgyzstan's count, the fighting near Batken on Thursday left at least 20 dead on its side, 17 of them civilians.",
            published: "2021-05-02")
        #expect(records.map(\.fatalities) == [Fatalities(civilians: 17, unknown: 3)])
    }

    @Test
    func `an armed group's statement "putting the toll" higher is another account, not more dead`()
        throws
    {
        let records = try Self.extract(
            "Attack on a border post\n\nA district official said nine soldiers and two policemen were killed when the Taliban attacked an army post in Khwaja Ghar district of Takhar on Monday. A Taliban spokesman issued a statement putting the toll of the attack at 40 killed.",
            published: "2019-03-05")
        #expect(records.map(\.fatalities) == [Fatalities(security: 11)])
    }

    @Test func `"the two dead are" a man at home and a nurse: both civilians`() throws {
        let records = try Self.extract(
            "Shelling of a village\n\nTwo Tajik citizens were killed in the clash on the Kyrgyz border near Vorukh on Wednesday. The two dead are a man born in 1975, killed in his own house by a shell, and a nurse born in 1980.",
            published: "2022-01-28")
        #expect(records.map(\.fatalities) == [Fatalities(civilians: 2)])
    }

    @Test func `a foreign company's "personnel" are civilians`() throws {
        let records = try Self.extract(
            "Mine guards\n\nFour Chinese personnel of a gold mining company were killed when gunmen attacked their camp on the Tajik border in Darvoz on Friday.",
            published: "2025-12-08")
        #expect(records.map(\.fatalities) == [Fatalities(civilians: 4)])
    }

    @Test func `deaths "in fresh fire from" a neighbour are a border incident`() throws {
        let records = try Self.extract(
            "Fire from across the river\n\nThree people have been killed in Uzbekistan in fresh fire from Afghanistan, officials said on Monday.",
            published: "2022-07-12")
        #expect(records.map(\.type) == ["attack"])
        #expect(records.map(\.fatalities.total) == [3])
    }

    @Test func `"a member of the border battalion" is of the state's forces`() throws {
        let records = try Self.extract(
            "Infighting\n\nAt least one member of the border battalion was killed when two Taliban commanders' men fought over a mine in Shahr-e-Buzurg district of Badakhshan on Tuesday.",
            published: "2025-10-22")
        #expect(records.map(\.fatalities) == [Fatalities(security: 1)])
    }

    @Test
    func
        `an attack fighters "want to carry out" and one a country is "preparing for" are no event`()
        throws
    {
        let wanted = try Self.extract(
            "Alert on the border\n\nTajik intelligence says the fighters are massing near the border in Khatlon, where they want to carry out a terrorist attack on the holiday.",
            published: "2025-03-10")
        #expect(wanted.isEmpty)
        let prepared = try Self.extract(
            "Border news\n\nUzbek border guards are preparing for an attack from Afghanistan near Termez, officials said on Monday.",
            published: "2015-10-05")
        #expect(prepared.isEmpty)
    }

    @Test func `rockets that "had also been fired" "before this" are background`() throws {
        let text = """
            Rockets hit the border

            Four rockets fired from Afghanistan landed near the Uzbek border post at Ayritom on Monday evening, the Uzbek foreign ministry said. No group has claimed the attack. Before this, rockets had also been fired across the border from Afghan territory at Tajikistan, and ISIS claimed that attack.
            """
        let result = try Extraction.extract(
            fromArticle: text, name: "a", options: .init(published: Self.day("2022-07-12")))
        #expect(result.records.map(\.type) == ["shelling"])
        #expect(result.explanation.setAside.map(\.reason) == [SetAside.background.rawValue])
    }

    @Test func `"that clash" after a since-then sum tells that sum's conflict on`() throws {
        let text = """
            Crossings to reopen

            Officials in Batken say the crossings on the Kyrgyz-Tajik border have been closed since 2021, after an armed conflict over a canal.
            That clash left 40 Kyrgyz and 15 Tajik casualties, women among them.
            """
        let result = try Extraction.extract(
            fromArticle: text, name: "a", options: .init(published: Self.day("2025-03-12")))
        #expect(result.records.isEmpty)
        #expect(
            result.explanation.setAside.map(\.reason) == [
                SetAside.cumulative.rawValue, SetAside.cumulative.rawValue,
            ])
    }

    @Test func `a group "banned in Russia" names no place of the event`() throws {
        let records = try Self.extract(
            "Rockets fired at Tajik positions\n\nFighters of the Islamic State group (IS, banned in Russia) fired six rockets towards positions of Tajikistan's armed forces, a monitoring group said. The rockets came down near the town of Kulob.",
            published: "2022-05-12")
        #expect(records.map(\.type) == ["shelling"])
        #expect(records.map(\.country) == ["Tajikistan"])
    }

    @Test func `"three of the projectiles" count shells, not incidents`() throws {
        let records = try Self.extract(
            "Rockets near Panj\n\nFive rockets fired from Afghanistan hit a Tajik border post near Panj on Tuesday, the border service said. Three of the projectiles came down in a field.",
            published: "2022-05-12")
        #expect(records.map(\.count) == [1])
    }

    @Test func `fighting that "keeps tearing at" a region is a war going on, no event`() throws {
        let records = try Self.extract(
            "The long war\n\nDeadly fighting keeps tearing at the districts of Takhar along the Tajik border, while talks go on in Doha.",
            published: "2021-08-01")
        #expect(records.isEmpty)
    }

    @Test func `the dead listed one by one after a colon add up by side`() throws {
        let records = try Self.extract(
            "Two dead in border clash\n\nTwo people were killed in a clash on the Tajik-Kyrgyz border on Thursday, the Tajik border service said. The Tajik authorities said that two people died in the clash: an ambulance driver and a villager.",
            published: "2022-01-28")
        #expect(records.map(\.fatalities) == [Fatalities(civilians: 2)])
    }

    @Test func `"three of them regarded as terrorists" are militants of the five dead`() throws {
        let records = try Self.extract(
            "Fighting on the border\n\nTajik authorities said heavy fighting broke out on the Afghan border in Shamsiddin Shohin district on Tuesday, and that five people died in the fighting, three of them regarded as terrorists.",
            published: "2025-12-26")
        #expect(records.map(\.fatalities) == [Fatalities(militants: 3, unknown: 2)])
    }

    @Test func `an attack "launched on" a border outpost opens no outpost`() throws {
        let records = try Self.extract(
            "Outpost attacked\n\nSome twenty armed men attacked a border post near the border with Uzbekistan on Tuesday. During the night an attack was launched on the Ishkobod border outpost, the ministry said. Two border guards were killed.",
            published: "2018-11-08")
        #expect(records.map(\.type) == ["attack"])
    }

    @Test func `a photo caption with its credit above the headline is not the title`() {
        let article = Article(
            text:
                "News. Photo caption: A rally in Bishkek on 1 May 2021 after the clashes with Tajik troops. \u{00A9} AFP\n\nKyrgyzstan says the truce is holding\n\nThe ceasefire with Tajikistan was holding on Sunday, the Kyrgyz security committee said."
        )
        #expect(article.title == "Kyrgyzstan says the truce is holding")
    }

    @Test func `"the 12th district to have fallen since" May is a run, not a second capture`()
        throws
    {
        let records = try Self.extract(
            "Taliban take Dawlatabad district\n\nThe Taliban took Dawlatabad district of Faryab on the Turkmen border on Tuesday, officials said. Dawlatabad is the 12th district to have fallen to the Taliban since foreign troops began withdrawing on May 1.",
            published: "2021-06-10")
        #expect(records.map(\.date) == [Self.day("2021-06-08")])
    }

    @Test func `the dead of a helicopter crash told again as "killed" are no attack`() throws {
        let records = try Self.extract(
            "Three border guards die in helicopter crash\n\nThree Turkmen border guards died when a military helicopter crashed near the border on Thursday. Because of the fog, the helicopter struck a power line pylon. All three border guards on board were killed.",
            published: "2021-01-18")
        #expect(records.isEmpty)
    }

    @Test func `deaths of a life story, and those told "not long after that", are background`()
        throws
    {
        let records = try Self.extract(
            "Guard killed on the border buried\n\nA Tajik border guard was killed on Saturday in a firefight with armed smugglers near the Afghan border in Panj district, the border service said. The children's mother died when he was two years old. Not long after that the family lost the father as well.",
            published: "2016-03-07")
        #expect(records.map(\.fatalities) == [Fatalities(security: 1)])
    }

    @Test func `"earlier this week" told on a Saturday is the week before`() throws {
        let records = try Self.extract(
            "Twenty militants killed\n\nTajik officials said on Saturday that a firefight earlier this week on the Afghan border left 20 militants and one border guard dead.",
            published: "2010-09-11")
        #expect(records.map(\.date) == [Self.day("2010-09-04")])
        #expect(records.map(\.datePrecision) == [.week])
    }

    @Test func `"three people linked to ISIS" are three militants`() throws {
        let records = try Self.extract(
            "Operation in Kunduz\n\nThe Taliban said three people linked to ISIS were killed during an operation in Imam Sahib district of Kunduz on the Tajik border on Sunday.",
            published: "2022-07-17")
        #expect(records.map(\.fatalities) == [Fatalities(militants: 3)])
    }

    @Test func `"the two who died were" a man shelled in his yard and a driver: two civilians`()
        throws
    {
        let records = try Self.extract(
            "Ceasefire after border shootouts\n\nTajikistan and Kyrgyzstan agreed a ceasefire on Friday after shootouts on their border on Thursday left two Tajik citizens dead. Tajikistan added that the two who died were a man killed by a mortar shell that Kyrgyz soldiers fired into his yard and an ambulance driver.",
            published: "2022-01-28")
        #expect(records.map(\.fatalities) == [Fatalities(civilians: 2)])
    }

    @Test func `outposts China "is to set up" are none opened`() throws {
        let records = try Self.extract(
            "Rising insecurity on the shared border\n\nTajik officials have announced that, after insecurity rose in Afghanistan, China is to set up outposts on Tajikistan's border with Afghanistan.",
            published: "2016-09-28")
        #expect(records.isEmpty)
    }

    @Test func `a new complex of buildings at a frontier outpost opened is an outpost opened`()
        throws
    {
        let records = try Self.extract(
            "New building complex of a border guard outpost opened\n\nThe President of Turkmenistan attended the ceremony opening a new complex of buildings at one of the frontier outposts of the State Border Guard Service.",
            published: "2020-01-24")
        #expect(records.map(\.type) == ["outpost_opened"])
    }

    @Test func `"two exchanges of fire" are two incidents`() throws {
        let records = try Self.extract(
            "Firing on the border\n\nOn 14 June, two exchanges of fire between border troops took place one after the other on the Kyrgyz-Tajik border in Batken region.",
            published: "2022-06-23")
        #expect(records.map(\.count) == [2])
    }

    @Test func `a toll of 134 people "among them 13 dead" is 13 dead`() throws {
        let records = try Self.extract(
            "Toll of the border clashes rises\n\nThe Health Ministry in Bishkek said on Friday that the human toll of Thursday's clashes on the Kyrgyz side of the border with Tajikistan had reached 134 people, \"among them 13 dead\", and that two of the wounded were in a serious condition.",
            published: "2021-04-30")
        #expect(records.map(\.fatalities) == [Fatalities(unknown: 13)])
    }

    @Test func `a caption in brackets is clutter, and a death "at the age of 40" a life story`()
        throws
    {
        let caption = try Self.extract(
            "Chorkuh after the conflict\n\nThe village of Chorkuh on the Kyrgyz border was shelled during the conflict with Kyrgyzstan on Thursday, residents said.\n\n[Photo caption: Amriddin Fayozov has three children, one of whom died in the border conflict. He lives with his mother in the house his father built in the village of Chorkuh near the road to Isfara.",
            published: "2023-12-21")
        #expect(caption.map(\.fatalities) == [Fatalities.none])
        let age = try Self.extract(
            "Chorkuh after the conflict\n\nThe village of Chorkuh on the Kyrgyz border was shelled during the conflict with Kyrgyzstan on Thursday, residents said. She was widowed early: her husband died at the age of 40.",
            published: "2023-12-21")
        #expect(age.map(\.fatalities) == [Fatalities.none])
    }

    @Test
    func
        `a border district of another province does not bring an attack at security checkpoints to the border`()
        throws
    {
        let records = try Self.extract(
            "Taliban take Khamab\n\nThe Taliban took Khamab district of Jowzjan on Monday, officials said. Separately, the Taliban attacked security checkpoints in Kunduz province late at night, killing 15 members of the Afghan security forces.",
            published: "2018-09-11")
        #expect(records.map(\.region) == ["Jowzjan"])
    }

    @Test func `Qush Tepa is inland Jowzjan, far from the border`() throws {
        let records = try Self.extract(
            "Qush Tepa falls\n\nThe Taliban captured Qush Tepa district of Jowzjan province on Monday in a large attack, and ten Afghan security personnel were killed.",
            published: "2019-07-02")
        #expect(records.isEmpty)
    }

    @Test func `"three citizens of the PRC" are civilians`() throws {
        let records = try Self.extract(
            "Attack on a Chinese mine\n\nOn 26 November an attack was launched from Afghan territory on the camp of a Chinese gold-mining company in Shamsiddin Shohin district of Khatlon. Three citizens of the PRC were killed and one was wounded.",
            published: "2025-12-01")
        #expect(records.map(\.fatalities) == [Fatalities(civilians: 3)])
    }

    @Test func `"every family that lost a member" is no toll beside the 19 dead`() throws {
        let records = try Self.extract(
            "Aid for the families\n\nTajikistan has set aside money for the families of the 19 people killed in the armed conflict on the Tajik-Kyrgyz border in late April. \"Every family that lost a member was handed an allowance,\" the statement said.",
            published: "2021-05-06")
        #expect(records.map(\.fatalities) == [Fatalities(unknown: 19)])
    }

    @Test func `a man named who died when a shell exploded in his courtyard is a civilian`()
        throws
    {
        let records = try Self.extract(
            "Shelling in Isfara\n\nObidjon Tuychiev, born in 1986, died on Thursday when a mortar round fired by Kyrgyz servicemen across the border exploded in his courtyard in Isfara.",
            published: "2022-01-28")
        #expect(records.map(\.fatalities) == [Fatalities(civilians: 1)])
    }

    @Test func `Russia "taking part in building" an outpost opens none`() throws {
        let records = try Self.extract(
            "Russia and the outpost\n\nIn July, Russia's envoy said that Russia was taking part in building a new border outpost in Tajikistan's Khatlon region.",
            published: "2021-09-10")
        #expect(records.isEmpty)
    }

    @Test func `"100 people were killed and 140,000 more fled their homes": 100 dead`() throws {
        let records = try Self.extract(
            "Clashes on the border\n\nBorder clashes broke out between Kyrgyz and Tajik troops in Batken on Wednesday: about 100 people were killed and 140,000 more fled their homes.",
            published: "2022-09-18")
        #expect(records.map(\.fatalities) == [Fatalities(unknown: 100)])
    }

    @Test func `the war's dead "in eight of its 34 provinces" are no border toll`() throws {
        let records = try Self.extract(
            "Afghan troops retreat\n\nThe Taliban took four districts of Badakhshan on the Tajik border on Saturday. In the last few hours Afghanistan has seen heavy fighting in eight of its 34 provinces, in which 244 Taliban fighters were killed and 141 wounded, according to the Ministry of Defence.",
            published: "2021-07-05")
        #expect(records.map(\.fatalities) == [Fatalities.none])
    }

    @Test func `guards who "have started killing" Afghans, as alleged, are no event`() throws {
        let records = try Self.extract(
            "Border service rejects accusations\n\nThe Tajik border service replied on Thursday to two Afghan officials who alleged that Tajik border guards \"have started killing innocent Afghans in quest for medals\".",
            published: "2017-11-10")
        #expect(records.isEmpty)
    }

    @Test func `clashes that "killed 30 people, among them 10 dead" in a village killed 30`()
        throws
    {
        let records = try Self.extract(
            "Clashes on the border\n\nThursday's clashes on the Kyrgyz-Tajik border in Batken killed 30 people, among them 10 dead in the village of Arka, officials said.",
            published: "2022-09-16")
        #expect(records.map(\.fatalities) == [Fatalities(unknown: 30)])
    }

    @Test func `a day written in words, "on the twenty-first of May", is that day`() throws {
        let records = try Self.extract(
            "Shooting in Panj\n\nOn the twenty-first of May, Tajik border guards in Panj district traded fire with a group of armed men who had crossed the river from Afghanistan.",
            published: "2014-05-26")
        let record = try #require(records.first)
        #expect(records.count == 1)
        #expect(record.date == Self.day("2014-05-21") && record.datePrecision == .day)
    }

    @Test func `armed men "neutralised" who then escaped across the river are not dead`()
        throws
    {
        let records = try Self.extract(
            "Border guards stop smugglers\n\nOn Tuesday, a band of armed Afghan smugglers was found and neutralised near the Panj river in Farkhor district; after an hour of shooting the smugglers retreated and escaped to the Afghan bank.",
            published: "2016-03-10")
        #expect(records.map(\.fatalities) == [Fatalities.none])
    }

    @Test func `"Badakhshan" alone in a report on fighting in GBAO is Tajikistan's region`()
        throws
    {
        let records = try Self.extract(
            "Calm returns to the Pamirs\n\nTalks with the commanders in GBAO went on on Monday. The fighting in Badakhshan on 24 July left 30 rebels and 12 soldiers dead.",
            published: "2012-08-20")
        let record = try #require(records.first)
        #expect(records.count == 1)
        #expect(record.country == "Tajikistan" && record.region == "Gorno-Badakhshan")
        #expect(record.fatalities == Fatalities(militants: 30, security: 12))
    }

    @Test func `two clauses each with a day of its own, in one sentence, are two events`() throws {
        let records = try Self.extract(
            "Attacks on Chinese workers\n\nOn 12 March gunmen who crossed from Afghanistan killed two Chinese engineers at a mine in Khatlon, and on 15 March three Chinese workers were shot dead in Darvoz.",
            published: "2025-03-20")
        #expect(records.count == 2)
        #expect(
            Set(records.map(\.fatalities)) == [Fatalities(civilians: 2), Fatalities(civilians: 3)])
    }

    @Test
    func `deaths that "had also" come last week, beside Sunday's attack, are an earlier event`()
        throws
    {
        let records = try Self.extract(
            "Another attack at the border\n\nTwo Chinese citizens were killed on Sunday when gunmen attacked their camp near the Afghan border, Tajikistan's border guards said on Tuesday. Four Chinese workers had also been killed last week by a drone launched from Afghanistan.",
            published: "2025-12-02")
        #expect(records.count == 2)
        #expect(records.map(\.fatalities.total).sorted() == [2, 4])
    }

    @Test func `"two attacks", then each told with its day, are two events, not three`() throws {
        let records = try Self.extract(
            "Chinese demand an inquiry\n\nChina has asked for an inquiry after two attacks on Chinese workers in Tajikistan near the Afghan border this month. On 4 June two Chinese miners were killed in an attack on their camp in Khatlon. On 9 June gunmen killed one Chinese driver in Khatlon.",
            published: "2025-06-12")
        #expect(records.reduce(0) { $0 + $1.count } == 2)
        #expect(records.map(\.fatalities.total).reduce(0, +) == 3)
    }

    @Test func `the Taliban who "occupied" a border district captured it`() throws {
        let records = try Self.extract(
            "District falls\n\nOn Friday evening Taliban fighters occupied Khwahan district of Badakhshan, across the Panj river from Tajikistan, without a fight, officials said.",
            published: "2021-07-12")
        #expect(records.map(\.type) == ["capture"])
    }

    @Test func `troops who "occupied combat positions" captured nothing`() throws {
        let records = try Self.extract(
            "Shooting at Bulak-Bashy\n\nOn Monday Tajik border guards entered a disputed stretch of the border in Batken and occupied combat positions, the Kyrgyz border service said; when told to leave, they opened fire and an exchange of fire followed.",
            published: "2022-09-14")
        #expect(!records.contains { $0.type == "capture" })
    }

    @Test func `security forces that "managed to kill" twelve attackers killed them`() throws {
        let records = try Self.extract(
            "Outpost attacked\n\nOn Tuesday night armed men from Afghanistan attacked a Tajik border outpost in Khatlon. The guards managed to kill twelve of the attackers and arrested three others.",
            published: "2019-11-07")
        #expect(records.map(\.fatalities) == [Fatalities(militants: 12)])
    }

    @Test func `"information on deaths is being verified" tells no deaths`() throws {
        let records = try Self.extract(
            "Clashes in Batken\n\nKyrgyz and Tajik troops clashed along the border in Batken on Wednesday. Forty people were taken to hospital with wounds. Information on deaths is still being verified.",
            published: "2022-09-15")
        #expect(records.map(\.fatalities) == [Fatalities.none])
    }

    @Test func `a toll "according to" a province's press service is its country's own`() throws {
        let records = try Self.extract(
            "Tajikistan gives its toll\n\nTajikistan has given the number of its citizens killed in the fighting on the Kyrgyz-Tajik border on 28 and 29 April. According to a statement put out by the press service of Sughd region, 21 people died and 80 were wounded. Kyrgyzstan said 34 of its citizens were killed in the same fighting.",
            published: "2021-05-06")
        #expect(records.map(\.fatalities.total) == [55])
    }

    @Test func `a war's "15,000 of its troops killed", told beside border news, is no toll`()
        throws
    {
        let records = try Self.extract(
            "Russia watches the Afghan border\n\nRussian troops held drills near the Afghan border in Tajikistan this month. The Soviet Union knows Afghanistan well: its army left the country after 15,000 of its soldiers had been killed there.",
            published: "2021-08-20")
        #expect(records.allSatisfy { $0.fatalities.total == 0 })
    }

    @Test
    func
        `dozens "killed in clashes on the border last year", ending a long clause, are background`()
        throws
    {
        let records = try Self.extract(
            "Fresh shooting in Batken\n\nOn Monday Tajikistan accused Kyrgyz troops of firing on its border post, in a flare-up that follows the deaths of dozens of villagers in fighting along the disputed frontier last year.",
            published: "2022-03-07")
        #expect(records.allSatisfy { $0.fatalities.total == 0 })
    }

    @Test func `troops that "lost more than 40 of the country's 370 districts" lost no men`() throws
    {
        let records = try Self.extract(
            "Border town falls\n\nThe Taliban captured the border town of Shir Khan Bandar on Sunday. Officials said government troops had lost more than 40 of the country's 370 districts this month.",
            published: "2021-06-21")
        #expect(records.map(\.fatalities) == [Fatalities.none])
    }

    @Test func `a headline's total above the body's dead by side is the same dead counted again`()
        throws
    {
        let records = try Self.extract(
            "Gunmen strike police post: 13 dead\n\nInsurgents stormed a police post in Khwaja Ghar district of Takhar late on Monday, killing five policemen. A police spokesman said seven of the attackers also died in the gunfight.",
            published: "2018-10-09")
        #expect(records.map(\.fatalities) == [Fatalities(militants: 7, security: 5)])
    }

    @Test func `"all four of the fleeing smugglers" are four people of that side`() throws {
        let records = try Self.extract(
            "Smugglers killed on the Panj\n\nTajik border guards opened fire on a group crossing the Panj river in Shamsiddin Shohin district on Friday. All four of the fleeing Afghan smugglers were killed.",
            published: "2016-05-21")
        #expect(records.map(\.fatalities) == [Fatalities(militants: 4)])
    }

    @Test
    func
        `a lead on the border "between Osh, Kyrgyzstan, and Andijan, Uzbekistan" and the killing below are one incident, in Osh`()
        throws
    {
        let records = try Self.extract(
            "Guards kill two\n\nSecurity is likely to be tightened along the border between Osh, Kyrgyzstan, and Andijan, Uzbekistan, after a shooting incident on 3 March. Kyrgyzstan's border service says that on 3 March Uzbek border guards shot dead two Kyrgyz citizens on the border between the two countries, in the Kara-Suu area of Kyrgyzstan's Osh Region.",
            published: "2023-03-04")
        #expect(records.count == 1)
        #expect(records.map(\.region) == ["Osh"])
        #expect(records.map(\.fatalities.total) == [2])
    }

    @Test
    func `the other state's account "for its part" of the same day's shooting is that incident`()
        throws
    {
        let records = try Self.extract(
            "Calls for calm on the Kyrgyz-Tajik border\n\nThe OSCE called on Kyrgyzstan and Tajikistan to stop firing after Tuesday's shooting on their border, its chairmanship said. Kyrgyz and Tajik border guards started exchanging fire early on Tuesday. \"We call on both sides to respect the ceasefire,\" the statement said. Earlier on Tuesday, the Kyrgyz border service said Tajik troops had taken up positions on a disputed section of the border. The Tajik border service, for its part, said Kyrgyz guards had fired three mortar rounds at 03:10 GMT and shelled Tajik positions without cause, drawing return fire. In the exchange of fire one Tajik border guard was killed and two Kyrgyz guards were wounded.",
            published: "2022-01-12")
        #expect(records.count == 1)
        #expect(records.map(\.fatalities.total) == [1])
    }

    @Test func `a district spelled with "-i-" for the linking vowel is the same border district`()
        throws
    {
        let records = try Self.extract(
            "Army retakes district centre\n\nAfghan forces on Tuesday morning recaptured the centre of Qala-i-Zal district in Kunduz, which the Taliban had held for ten days, a police spokesman said.",
            published: "2017-05-16")
        #expect(records.map(\.region) == ["Kunduz"])
    }

    @Test func `"20 fighters of the group, including three commanders," are 20 of the group`()
        throws
    {
        let records = try Self.extract(
            "Attack on Yangi Qala repelled\n\nTaliban fighters attacked security posts in Yangi Qala district of Takhar late on Sunday. The governor's spokesman said 20 fighters of the group, including three commanders, were killed. Four policemen also lost their lives in the clash, he added.",
            published: "2019-08-13")
        #expect(records.map(\.fatalities) == [Fatalities(militants: 20, security: 4)])
    }

    @Test func `"after a firefight with border guards, three of whom died" are guards`() throws {
        let records = try Self.extract(
            "Intruders killed on the Panj\n\nFour armed intruders from Afghanistan were killed in Khatlon region this week after a firefight with Tajik border guards, three of whom died in the incident, the border service said.",
            published: "2024-10-18")
        #expect(records.map(\.fatalities) == [Fatalities(militants: 4, security: 3)])
    }

    @Test
    func
        `a rout that drives troops "back towards Turkmenistan" is a border event, its capital named or not`()
        throws
    {
        let records = try Self.extract(
            "Badghis fighting flares again\n\nIn early March fighting flared again in Bala Murghab district. Local sources say several hundred Taliban fighters overran army and police posts (more than 40 people were killed), surrounded Qala-i-Naw and pushed cut-off units back towards Turkmenistan.",
            published: "2019-03-20")
        #expect(records.map(\.fatalities.total) == [40])
    }

    @Test func `the districts a border district "borders" across the river are not where it fell`()
        throws
    {
        let records = try Self.extract(
            "Taliban take a border district\n\nLocal officials in Kunduz say the district of Qala-e-Zal, on the border with Tajikistan, fell to the Taliban this morning after heavy fighting. The Taliban have taken the district of Qala-e-Zal, which borders the Jaihun, Dusti and Qubodiyon districts of Tajikistan's Khatlon province, from government forces.",
            published: "2017-05-06")
        #expect(records.map(\.region) == ["Kunduz"])
    }

    @Test func `a provincial capital spelled with "-i-" is still inland`() throws {
        let records = try Self.extract(
            "Attack near Badghis capital\n\nTaliban fighters attacked police posts on the edge of Qala-i-Naw, the capital of Badghis province, on Sunday, killing three policemen, officials said.",
            published: "2019-03-11")
        #expect(records.isEmpty)
    }

    @Test func `an attack the next sentence places in an inland district is inland`() throws {
        let records = try Self.extract(
            "Eight police killed in Kunduz\n\nAt least eight policemen were killed when Taliban fighters attacked a police post in northern Kunduz province, which borders Tajikistan, officials said on Monday.\n\nThe assault took place late on Sunday near Khanabad district, east of the provincial capital.",
            published: "2020-06-02")
        #expect(records.isEmpty)
    }

    @Test func `an inland attack told on with a time of its own stays inland`() throws {
        let records = try Self.extract(
            "Police post overrun in Kunduz\n\nTaliban fighters stormed a police post in Khanabad district of Kunduz, a province on the Tajik border, local officials say.\n\nSix policemen were killed in the attack, which took place on Tuesday night, a police spokesman said.",
            published: "2020-06-02")
        #expect(records.isEmpty)
    }

    @Test func `an Afghan checkpoint attack with no place Tally knows and no border is inland`()
        throws
    {
        let records = try Self.extract(
            "Five Afghan police killed at checkpoint\n\nTaliban fighters attacked a police checkpoint in the west of the country late on Monday, killing five policemen, an Afghan official said.",
            published: "2020-06-02")
        #expect(records.isEmpty)
    }

    @Test
    func `a militia's checkpoint on the edge of a provincial capital spelled with "u" is inland`()
        throws
    {
        let records = try Self.extract(
            "Militia post attacked near Takhar capital\n\nTaliban fighters attacked the militiamen's checkpoint on the outskirts of Taluqan on Friday night, killing three of them, a police spokesman said.",
            published: "2020-06-02")
        #expect(records.isEmpty)
    }

    @Test func `a border district spelled with other vowels is the same district`() throws {
        let records = try Self.extract(
            "Army posts overrun in Badghis\n\nTaliban fighters overran two army posts in Bala-Morghab district on Friday, killing 12 soldiers, the defence ministry said.",
            published: "2020-06-02")
        #expect(records.map(\.region) == ["Badghis"])
        #expect(records.map(\.fatalities.total) == [12])
    }

    @Test func `a headline's dead that the body tells as wounded are not dead`() throws {
        let records = try Self.extract(
            "Clash on the Kyrgyz-Tajik border: 5 guards killed\n\nKyrgyz and Tajik border guards exchanged fire on Monday near a disputed road, the Kyrgyz border service said. Five Kyrgyz guards were wounded in the clash, it added.",
            published: "2020-06-02")
        #expect(records.count == 1)
        #expect(records.map(\.fatalities.total) == [0])
    }

    @Test func `guards who kill a man named by name alone count one dead, not themselves`() throws {
        let records = try Self.extract(
            "Shooting at the Uzbek border\n\nUzbek border guards shot dead Nurbek Toktosunov near the village of Jany-Jol on Thursday, Kyrgyz officials said.",
            published: "2020-06-02")
        #expect(records.map(\.fatalities.total) == [1])
        #expect(records.map(\.fatalities.security) == [0])
    }

    @Test func `a man named after a killing takes the side of his apposition`() throws {
        let records = try Self.extract(
            "Smuggler killed\n\nTajik border guards killed Sharif Nazarov, a drug smuggler, on the Panj river on Wednesday, the border service said.",
            published: "2020-06-02")
        #expect(records.map(\.fatalities.militants) == [1])
        #expect(records.map(\.fatalities.total) == [1])
    }

    @Test func `a man named before a relative clause of his killing is one dead`() throws {
        let records = try Self.extract(
            "Farmer buried\n\nAzamat Sydykov, who was killed by Tajik border guards near the Kyrgyz-Tajik border on Tuesday, was buried on Thursday in his home village.",
            published: "2020-06-05")
        #expect(records.map(\.fatalities.total) == [1])
    }

    @Test func `a first line closed by a full stop is the lead, not a headline`() throws {
        let records = try Self.extract(
            "The shooting started late on Monday at a post of the border detachment near the village of Kulundu in Batken region.\n\nA Kyrgyz border guard was wounded, the border service said.",
            published: "2020-06-02")
        #expect(records.map(\.date.isoString) == ["2020-06-01"])
    }

    @Test func `troops firing on cars are a shooting`() throws {
        let records = try Self.extract(
            "Border tension\n\nOn Sunday Tajik servicemen were firing on cars near the village of Kok-Tash in Batken district, the Kyrgyz border service said.",
            published: "2020-06-02")
        #expect(records.map(\.type) == ["attack"])
    }

    @Test func `the commanders of the people just counted are of their side`() throws {
        let records = try Self.extract(
            "Militants killed\n\nAt least fifteen militants, two of their commanders among them, were killed in a clash with border troops in Darvoz district on Saturday.",
            published: "2020-06-02")
        #expect(records.map(\.fatalities.militants) == [15])
        #expect(records.map(\.fatalities.total) == [15])
    }

    @Test func `the commander of the militants is a militant, not a soldier`() throws {
        let records = try Self.extract(
            "Militant commander killed\n\nThe commander of the militants was killed in a shootout with Tajik border guards near the Afghan border in Shamsiddin Shohin district on Monday.",
            published: "2020-06-02")
        #expect(records.map(\.fatalities.militants) == [1])
    }

    @Test func `a clash placed by nothing but the guards who fought it is in their country`()
        throws
    {
        let records = try Self.extract(
            "Militants killed\n\nFour militants were killed in a clash with Tajik border guards near the Afghan border on Sunday.",
            published: "2020-06-02")
        #expect(records.map(\.country) == ["Tajikistan"])
        #expect(records.map(\.fatalities.militants) == [4])
    }
}
