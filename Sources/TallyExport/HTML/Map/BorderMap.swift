internal import TallyCore

/// The map of the five countries' border provinces as inline SVG: provinces shaded by incidents,
/// circles sized by fatalities, triangles where measures were taken, country borders, and the
/// provinces named. A place with records that no shape stands for (no province given, a name
/// Tally does not know, a province outside the frame) is listed under the map, never dropped.
///
/// The outlines are Natural Earth's (``provinceShapes``, generated: see `PROVENANCE.md`).
package struct BorderMap {
    /// A place's figures for the period the map shows.
    package struct Place: Sendable, Hashable {
        package var country: String
        /// The region as the records name it (`(unknown)` when they name none).
        package var region: String
        package var records: Int
        package var incidents: Int
        package var fatalities: Int
        package var measures: Int

        package init(
            country: String, region: String, records: Int, incidents: Int, fatalities: Int,
            measures: Int
        ) {
            self.country = country
            self.region = region
            self.records = records
            self.incidents = incidents
            self.fatalities = fatalities
            self.measures = measures
        }
    }

    /// The places and their figures; places without records are ignored.
    package var places: [Place]
    /// The period the figures count, in words: `December 2025`.
    package var period: String

    package init(places: [Place], period: String) {
        self.places = places
        self.period = period
    }

    /// Provinces of the five countries with no shape on the map, and why: the test that holds
    /// every province of ``Provinces`` to a shape or a reason reads this list.
    package static let shapelessProvinces: [String: String] = [
        "Turkmenistan/Ashgabat": "Natural Earth draws Ashgabat as part of Ahal",
        "Afghanistan/Nimroz": "it lies south of the map's frame",
        "Kyrgyzstan/Issyk-Kul": "it lies east of the map's frame",
        "Kyrgyzstan/Bishkek": "it lies north of the map's frame",
    ]

    /// The incident classes the map shades: 1, 2–3, 4–6, 7–10, 11 or more.
    static let classes: [(lower: Int, label: String)] = [
        (1, "1"), (2, "2–3"), (4, "4–6"), (7, "7–10"), (11, "11 or more"),
    ]

    /// Fatalities drawn in the legend's circles.
    static let legendFatalities = [1, 10, 50]

    /// The province a place falls in, as `Country/Province`; `nil` when no shape stands for it.
    package static func shapeKey(country: String, region: String) -> String? {
        let province =
            Provinces.resolve(region: region, country: country)?.province ?? region
        let key = "\(country)/\(province)"
        return shapesByKey[key] == nil ? nil : key
    }

    /// The places with records that the map cannot show.
    package var unmapped: [Place] {
        shown.filter { BorderMap.shapeKey(country: $0.country, region: $0.region) == nil }
    }

    /// The figure: the map, its legend and the places it cannot show.
    func markup(id: String) -> Markup {
        var out = Markup()
        out.open("figure", [("class", "map"), ("id", id)])
        out.open("div", [("class", "map-scroll")])
        out.append(svg(id: id))
        out.close("div")
        out.open("figcaption")
        out.append(legend())
        let missing = unmapped
        if !missing.isEmpty {
            out.element(
                "p", [],
                "Records in \(period) that the map cannot place (not counted on it):")
            out.open("ul", [("class", "unmapped"), ("data-unmapped", "")])
            for place in missing {
                out.element(
                    "li", [("data-place", "\(place.country)/\(place.region)")],
                    "\(BorderMap.placeName(place)): \(BorderMap.figures(place))")
            }
            out.close("ul")
        }
        out.close("figcaption")
        out.close("figure")
        return out
    }

    // MARK: - Drawing

    private static let shapesByKey: [String: ProvinceShape] = Dictionary(
        provinceShapes.map { ("\($0.country)/\($0.province)", $0) },
        uniquingKeysWith: { first, _ in first })

    /// Provinces named whatever their figures: those Tally follows the border in.
    private static let borderProvinces = Set(
        Provinces.borderPlaces.map { "\($0.country)/\($0.province)" })

    /// Places with records.
    private var shown: [Place] {
        places.filter { $0.records > 0 }
    }

    /// Figures per province on the map, places of one province added together.
    private var byShape: [String: Place] {
        var figures: [String: Place] = [:]
        for place in shown {
            guard let key = BorderMap.shapeKey(country: place.country, region: place.region)
            else { continue }
            var sum =
                figures[key]
                ?? Place(
                    country: place.country, region: BorderMap.shapesByKey[key]!.province,
                    records: 0, incidents: 0, fatalities: 0, measures: 0)
            sum.records += place.records
            sum.incidents += place.incidents
            sum.fatalities += place.fatalities
            sum.measures += place.measures
            figures[key] = sum
        }
        return figures
    }

    private func svg(id: String) -> Markup {
        let frame = BorderMap.frame
        let figures = byShape
        var out = Markup()
        out.open(
            "svg",
            [
                ("xmlns", "http://www.w3.org/2000/svg"),
                ("viewBox", "0 0 \(Markup.number(frame.width)) \(Markup.number(frame.height))"),
                ("role", "img"), ("aria-labelledby", "\(id)-title \(id)-desc"),
            ])
        out.element(
            "title", [("id", "\(id)-title")],
            "Border provinces: incidents and fatalities in \(period)")
        out.element("desc", [("id", "\(id)-desc")], description(figures))
        out.empty(
            "rect",
            [
                ("width", Markup.number(frame.width)), ("height", Markup.number(frame.height)),
                ("fill", HTMLPalette.mapFrame),
            ])
        for country in BorderMap.countryShapes where !country.isFollowed {
            out.empty("path", [("class", "neighbour"), ("d", country.path)])
        }
        for shape in BorderMap.provinceShapes {
            let key = "\(shape.country)/\(shape.province)"
            let place = figures[key]
            out.open(
                "g",
                [("data-province", key)]
                    + (place.map {
                        [
                            ("data-incidents", String($0.incidents)),
                            ("data-fatalities", String($0.fatalities)),
                            ("data-measures", String($0.measures)),
                        ]
                    } ?? []))
            out.element(
                "title", [],
                "\(shape.province), \(shape.country): "
                    + (place.map(BorderMap.figures) ?? "no records in \(period)"))
            out.empty(
                "path",
                [
                    ("class", "province q\(BorderMap.shade(place?.incidents ?? 0))"),
                    ("d", shape.path),
                ])
            out.close("g")
        }
        for country in BorderMap.countryShapes {
            out.empty("path", [("class", "border"), ("d", country.path)])
        }
        // Provinces with records outlined, then circles (largest first, so that small ones
        // stay visible on top) and triangles at their label points.
        let active = BorderMap.provinceShapes.filter {
            figures["\($0.country)/\($0.province)"] != nil
        }
        for shape in active {
            out.empty("path", [("class", "outline"), ("d", shape.path)])
        }
        let deadly = figures.values.filter { $0.fatalities > 0 }.sorted {
            ($0.fatalities, $1.country, $1.region) > ($1.fatalities, $0.country, $0.region)
        }
        for place in deadly {
            let shape = BorderMap.shapesByKey["\(place.country)/\(place.region)"]!
            out.empty(
                "circle",
                [
                    ("class", "deaths"), ("cx", Markup.number(shape.label.x)),
                    ("cy", Markup.number(shape.label.y)),
                    ("r", Markup.number(BorderMap.radius(place.fatalities))),
                ])
        }
        for shape in active {
            let place = figures["\(shape.country)/\(shape.province)"]!
            guard place.measures > 0 else { continue }
            let offset = place.fatalities > 0 ? BorderMap.radius(place.fatalities) + 9 : 0
            out.empty(
                "polygon",
                [
                    ("class", "measure"),
                    (
                        "points",
                        BorderMap.triangle(
                            at: MapPoint(x: shape.label.x + offset, y: shape.label.y))
                    ),
                ])
        }
        for country in BorderMap.countryShapes {
            out.element(
                "text",
                [
                    ("class", "country"), ("x", Markup.number(country.label.x)),
                    ("y", Markup.number(country.label.y)), ("text-anchor", "middle"),
                ], country.name.uppercased())
        }
        for shape in BorderMap.provinceShapes {
            let key = "\(shape.country)/\(shape.province)"
            let place = figures[key]
            guard place != nil || BorderMap.borderProvinces.contains(key) else { continue }
            // A marked province's name goes under its marks.
            let below =
                place.map { $0.fatalities > 0 || $0.measures > 0 } ?? false
                ? max(7, BorderMap.radius(place!.fatalities)) + 12 : 4
            out.element(
                "text",
                [
                    ("class", place != nil ? "active" : "name"),
                    ("x", Markup.number(shape.label.x)),
                    ("y", Markup.number(shape.label.y + below)), ("text-anchor", "middle"),
                ], BorderMap.label(shape.province))
        }
        out.close("svg")
        return out
    }

    /// The map in words, for a reader who cannot see it.
    private func description(_ figures: [String: Place]) -> String {
        let named = figures.values.sorted {
            ($1.incidents, $1.fatalities, $0.country, $0.region)
                < ($0.incidents, $0.fatalities, $1.country, $1.region)
        }
        var text =
            "Provinces of Tajikistan, Afghanistan, Kyrgyzstan, Uzbekistan and Turkmenistan near their shared borders, shaded by incidents in \(period), with circles sized by fatalities and triangles where security measures were taken."
        if named.isEmpty {
            text += " No province on the map has records in \(period)."
        } else {
            text +=
                " "
                + named.map { "\($0.region) (\($0.country)): \(BorderMap.figures($0))" }
                .joined(separator: "; ") + "."
        }
        let missing = unmapped
        if !missing.isEmpty {
            text +=
                " Not on the map: "
                + missing.map { "\(BorderMap.placeName($0)): \(BorderMap.figures($0))" }
                .joined(separator: "; ") + "."
        }
        return text
    }

    private func legend() -> Markup {
        var out = Markup()
        out.open("ul", [("class", "legend")])
        out.open("li")
        out.element("span", [], "Incidents in \(period):")
        out.close("li")
        for (index, item) in ([(0, "none")] + BorderMap.classes).enumerated() {
            out.open("li")
            out.literal("<svg viewBox=\"0 0 18 14\" aria-hidden=\"true\">")
            out.empty(
                "rect",
                [
                    ("width", "18"), ("height", "14"),
                    ("fill", index == 0 ? HTMLPalette.mapNone : HTMLPalette.mapClasses[index - 1]),
                    ("stroke", HTMLPalette.muted), ("stroke-width", "1"),
                ])
            out.literal("</svg>")
            out.element("span", [], item.1)
            out.close("li")
        }
        out.close("ul")
        out.open("ul", [("class", "legend")])
        out.open("li")
        out.element("span", [], "Fatalities:")
        out.close("li")
        for count in BorderMap.legendFatalities {
            let r = BorderMap.radius(count)
            let side = Markup.number(2 * r + 2)
            out.open("li")
            out.trusted(
                "<svg viewBox=\"0 0 \(side) \(side)\" style=\"height:\(Markup.number(max(0.6, (2 * r + 2) / 16)))rem\" aria-hidden=\"true\">"
            )
            out.empty(
                "circle",
                [
                    ("cx", Markup.number(r + 1)), ("cy", Markup.number(r + 1)),
                    ("r", Markup.number(r)), ("fill", HTMLPalette.fatalities),
                    ("fill-opacity", ".55"), ("stroke", "#7a3600"),
                ])
            out.literal("</svg>")
            out.element("span", [], String(count))
            out.close("li")
        }
        out.open("li")
        out.literal("<svg viewBox=\"0 0 16 14\" aria-hidden=\"true\">")
        out.empty(
            "polygon",
            [
                ("points", BorderMap.triangle(at: MapPoint(x: 8, y: 7))),
                ("fill", HTMLPalette.measures),
            ])
        out.literal("</svg>")
        out.element("span", [], "security measures taken")
        out.close("li")
        out.close("ul")
        out.element(
            "p", [("class", "muted")],
            "Dark lines are country borders. Named: the border provinces Tally follows, and in bold every province with records in \(period). Boundaries: Natural Earth (public domain), simplified; they show no position on disputed lines."
        )
        return out
    }

    /// The class a province's incidents fall in: 0 for none, 1 to 5.
    static func shade(_ incidents: Int) -> Int {
        guard incidents > 0 else { return 0 }
        return classes.lastIndex { incidents >= $0.lower }! + 1
    }

    /// A circle's radius: its area grows with the fatalities.
    static func radius(_ fatalities: Int) -> Double {
        min(42, 4 * Double(fatalities).squareRoot())
    }

    private static func triangle(at point: MapPoint) -> String {
        let (x, y) = (point.x, point.y)
        return [(x, y - 6), (x + 6.5, y + 5), (x - 6.5, y + 5)]
            .map { "\(Markup.number($0.0)),\(Markup.number($0.1))" }.joined(separator: " ")
    }

    /// A province's name on the map: the long name of Tajikistan's districts shortened.
    private static func label(_ province: String) -> String {
        province == "Districts of Republican Subordination" ? "DRS" : province
    }

    /// `Khatlon (Tajikistan)`, or `Tajikistan, province not given`.
    static func placeName(_ place: Place) -> String {
        if place.region == Aggregator.unknownLabel || place.region.isEmpty {
            return ReaderLabel.place(country: place.country, region: place.region)
        }
        guard let province = Provinces.resolve(region: place.region, country: place.country)
        else { return "\(place.region) (\(place.country)), not a province Tally knows" }
        let reason = shapelessProvinces["\(place.country)/\(province.province)"] ?? "no outline"
        return "\(place.region) (\(place.country)), \(reason)"
    }

    /// `3 records: 2 incidents, 5 fatalities, 1 measure`.
    static func figures(_ place: Place) -> String {
        func count(_ value: Int, _ one: String, _ many: String) -> String {
            "\(value.groupedDigits) \(value == 1 ? one : many)"
        }
        return count(place.records, "record", "records") + ": "
            + [
                count(place.incidents, "incident", "incidents"),
                count(place.fatalities, "fatality", "fatalities"),
                count(place.measures, "measure", "measures"),
            ].joined(separator: ", ")
    }
}
