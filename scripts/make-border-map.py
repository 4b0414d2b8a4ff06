#!/usr/bin/env python3
"""Writes Sources/TallyExport/HTML/Map/BorderMapShapes.swift: the outlines of the provinces of
Tajikistan, Afghanistan, Kyrgyzstan, Uzbekistan and Turkmenistan, and of the countries around
them, projected and simplified for the border map of report.html.

Run once, by hand, when the boundaries change (see Sources/TallyExport/HTML/Map/PROVENANCE.md):

    apt-get download qgis-common            # Debian bookworm: 3.22.16+dfsg-1
    dpkg -x qgis-common_*.deb qgis
    python3 scripts/make-border-map.py qgis/usr/share/qgis/resources/data/world_map.gpkg \
        > Sources/TallyExport/HTML/Map/BorderMapShapes.swift
    swift format --in-place Sources/TallyExport/HTML/Map/BorderMapShapes.swift

The source is QGIS's world map, which is Natural Earth's 1:10m "Admin 1 - States, Provinces"
v4.1.0 (public domain), generalised by QGIS with GRASS v.generalize and dissolved per province
and per country. This script reads it with the standard library only (SQLite and the GeoPackage
binary header, then well-known binary), keeps what falls in the map's frame, projects it, thins
each ring with Douglas-Peucker and writes the paths. Nothing else about the data is changed.
"""
import math
import sqlite3
import struct
import sys

FIVE = ["Tajikistan", "Afghanistan", "Kyrgyzstan", "Uzbekistan", "Turkmenistan"]
NEIGHBOURS = {"KAZ": "Kazakhstan", "IRN": "Iran", "PAK": "Pakistan", "CHN": "China", "IND": "India"}
# Where the countries' names go (longitude, latitude): clear of the provinces' names.
COUNTRY_LABELS = {
    "Tajikistan": (73.3, 39.05), "Afghanistan": (65.3, 33.6), "Kyrgyzstan": (74.0, 42.2),
    "Uzbekistan": (63.3, 41.3), "Turkmenistan": (59.2, 40.3), "Kazakhstan": (68.3, 42.3),
    "Iran": (58.2, 34.5), "Pakistan": (72.3, 34.3), "China": (74.95, 38.9), "India": (74.85, 33.0),
}

# Natural Earth's names (with its `woe_name` where it reuses a name for two provinces) to the
# spelling Tally writes (Sources/TallyCore/Places/Provinces.swift).
TALLY_NAMES = {
    ("Tajikistan", "Leninabad"): "Sughd",
    ("Tajikistan", "Tadzhikistan Territories"): "Districts of Republican Subordination",
    ("Afghanistan", "Hirat"): "Herat",
    ("Afghanistan", "Hilmand"): "Helmand",
    ("Afghanistan", "Jawzjan"): "Jowzjan",
    ("Afghanistan", "Sari Pul"): "Sar-e Pol",
    ("Afghanistan", "Paktya"): "Paktia",
    ("Kyrgyzstan", "Ysyk-Köl"): "Issyk-Kul",
    ("Uzbekistan", "Surkhandarya"): "Surxondaryo",
    ("Uzbekistan", "Ferghana"): "Fergana",
    ("Uzbekistan", "Andijon"): "Andijan",
    ("Uzbekistan", "Bukhoro"): "Bukhara",
    ("Uzbekistan", "Sirdaryo"): "Syrdarya",
    ("Turkmenistan", "Chardzhou"): "Lebap",
    ("Turkmenistan", "Tashauz"): "Dashoguz",
}
# Natural Earth 4.1.0 names two provinces twice; their `woe_name` tells them apart.
BY_WOE_NAME = {
    ("Afghanistan", "Daykundi"): "Daykundi",
}
# Panjshir is coded as Parwan twice; the one whose `woe_label` is Panjshir's is Panjshir.
BY_WOE_LABEL = {
    ("Afghanistan", "Panjshir, AF, Afghanistan"): "Panjshir",
}

WIDTH = 960.0
MARGIN_DEGREES = 0.25
TOLERANCE = 0.45  # pixels: Douglas-Peucker tolerance after projection


def geometry(blob):
    """Polygons (lists of rings of (lon, lat)) from a GeoPackage geometry blob."""
    assert blob[:2] == b"GP", "not a GeoPackage geometry"
    flags = blob[3]
    envelope = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}[(flags >> 1) & 7]
    return wkb(blob, 8 + envelope)[0]


def wkb(data, offset):
    order = "<" if data[offset] == 1 else ">"
    kind = struct.unpack_from(order + "I", data, offset + 1)[0] % 1000
    offset += 5
    if kind == 3:
        (count,) = struct.unpack_from(order + "I", data, offset)
        offset += 4
        rings = []
        for _ in range(count):
            (points,) = struct.unpack_from(order + "I", data, offset)
            offset += 4
            ring = [struct.unpack_from(order + "2d", data, offset + 16 * i) for i in range(points)]
            offset += 16 * points
            rings.append(ring)
        return [rings], offset
    if kind == 6:
        (count,) = struct.unpack_from(order + "I", data, offset)
        offset += 4
        polygons = []
        for _ in range(count):
            part, offset = wkb(data, offset)
            polygons += part
        return polygons, offset
    raise ValueError(f"unexpected geometry type {kind}")


def douglas_peucker(points, tolerance):
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (ax, ay), (bx, by) = points[first], points[last]
        dx, dy = bx - ax, by - ay
        length = math.hypot(dx, dy)
        farthest, distance = None, tolerance
        for i in range(first + 1, last):
            px, py = points[i]
            if length == 0:
                d = math.hypot(px - ax, py - ay)
            else:
                d = abs(dy * px - dx * py + bx * ay - by * ax) / length
            if d > distance:
                farthest, distance = i, d
        if farthest is not None:
            keep[farthest] = True
            stack += [(first, farthest), (farthest, last)]
    return [p for p, k in zip(points, keep) if k]


def clip(ring, box):
    """Sutherland-Hodgman clipping of a ring to a rectangle (x0, y0, x1, y1)."""
    x0, y0, x1, y1 = box
    edges = [
        (lambda p: p[0] >= x0, lambda p, q: (x0, p[1] + (q[1] - p[1]) * (x0 - p[0]) / (q[0] - p[0]))),
        (lambda p: p[0] <= x1, lambda p, q: (x1, p[1] + (q[1] - p[1]) * (x1 - p[0]) / (q[0] - p[0]))),
        (lambda p: p[1] >= y0, lambda p, q: (p[0] + (q[0] - p[0]) * (y0 - p[1]) / (q[1] - p[1]), y0)),
        (lambda p: p[1] <= y1, lambda p, q: (p[0] + (q[0] - p[0]) * (y1 - p[1]) / (q[1] - p[1]), y1)),
    ]
    for inside, cross in edges:
        if not ring:
            return []
        result = []
        previous = ring[-1]
        for point in ring:
            if inside(point):
                if not inside(previous):
                    result.append(cross(previous, point))
                result.append(point)
            elif inside(previous):
                result.append(cross(previous, point))
            previous = point
        ring = result
    return ring


def area(ring):
    return 0.5 * sum(
        ring[i][0] * ring[i - 1][1] - ring[i - 1][0] * ring[i][1] for i in range(len(ring))
    )


def inside(point, rings):
    x, y = point
    crossings = 0
    for ring in rings:
        for i in range(len(ring)):
            (ax, ay), (bx, by) = ring[i - 1], ring[i]
            if (ay > y) != (by > y) and x < ax + (y - ay) * (bx - ax) / (by - ay):
                crossings += 1
    return crossings % 2 == 1


def edge_distance(point, rings):
    x, y = point
    best = float("inf")
    for ring in rings:
        for i in range(len(ring)):
            (ax, ay), (bx, by) = ring[i - 1], ring[i]
            dx, dy = bx - ax, by - ay
            t = 0 if dx == dy == 0 else max(0, min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
            best = min(best, math.hypot(x - ax - t * dx, y - ay - t * dy))
    return best


def label_point(polygons, box):
    """The point inside the largest visible polygon farthest from its edges (a coarse polylabel)."""
    rings = max(polygons, key=lambda rings: abs(area(rings[0])))
    xs = [p[0] for p in rings[0]]
    ys = [p[1] for p in rings[0]]
    best, best_distance = None, -1
    step = max(2.0, (max(xs) - min(xs) + max(ys) - min(ys)) / 60)
    y = min(ys) + step / 2
    while y < max(ys):
        x = min(xs) + step / 2
        while x < max(xs):
            if box[0] + 20 < x < box[2] - 20 and box[1] + 8 < y < box[3] - 8 and inside((x, y), rings):
                d = edge_distance((x, y), rings)
                if d > best_distance:
                    best, best_distance = (x, y), d
            x += step
        y += step
    if best is None:
        best = (sum(xs) / len(xs), sum(ys) / len(ys))
    return best


def number(value):
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def path(polygons):
    """SVG path data: each ring as M x y L x y ... Z, one decimal."""
    return "".join(
        "M" + "L".join(f"{number(x)} {number(y)}" for x, y in ring) + "Z"
        for rings in polygons
        for ring in rings
    )


def main(gpkg):
    db = sqlite3.connect(gpkg)
    provinces = []
    for name, woe_name, woe_label, admin, blob in db.execute(
        "select name, woe_name, woe_label, admin, geom from states_provinces "
        "where admin in (?, ?, ?, ?, ?) order by admin, name, fid",
        FIVE,
    ):
        tally = (
            BY_WOE_LABEL.get((admin, woe_label))
            or BY_WOE_NAME.get((admin, woe_name))
            or TALLY_NAMES.get((admin, name))
            or name
        )
        provinces.append((admin, tally, name, geometry(blob)))

    # Tally's border provinces set the frame.
    sys.path.insert(0, ".")
    border = set(BORDER_PROVINCES)
    lons, lats = [], []
    for admin, tally, _, polygons in provinces:
        if (admin, tally) in border:
            for rings in polygons:
                lons += [p[0] for p in rings[0]]
                lats += [p[1] for p in rings[0]]
    missing = border - {(a, t) for a, t, _, _ in provinces}
    assert not missing, f"border provinces without a shape: {missing}"
    west, east = min(lons) - MARGIN_DEGREES, max(lons) + MARGIN_DEGREES
    south, north = min(lats) - MARGIN_DEGREES, max(lats) + MARGIN_DEGREES
    parallel = math.cos(math.radians((south + north) / 2))
    scale = WIDTH / ((east - west) * parallel)
    height = round((north - south) * scale)

    def project(polygons):
        box = (-6, -6, WIDTH + 6, height + 6)
        result = []
        for rings in polygons:
            projected = []
            for ring in rings:
                xy = [((lon - west) * parallel * scale, (north - lat) * scale) for lon, lat in ring]
                xy = clip(xy, box)
                if len(xy) < 3:
                    continue
                xy = douglas_peucker(xy + [xy[0]], TOLERANCE)[:-1]
                if len(xy) >= 3 and abs(area(xy)) > 0.5:
                    projected.append(xy)
            if projected and not (len(projected) and abs(area(projected[0])) <= 0.5):
                result.append(projected)
        return result

    frame = (0, 0, WIDTH, height)
    out = []
    out.append("// Generated by scripts/make-border-map.py from Natural Earth 1:10m admin-1 v4.1.0")
    out.append("// (public domain), as QGIS 3.22.16 ships it: see PROVENANCE.md beside this file.")
    out.append("// Do not edit by hand; run the script again.")
    out.append("")
    out.append("extension BorderMap {")
    out.append(f"    /// The map's frame in its own units: {west:.2f}° to {east:.2f}° E, {south:.2f}° to {north:.2f}° N,")
    out.append(f"    /// equirectangular with its scale true at {(south + north) / 2:.1f}° N.")
    out.append(f"    package static let frame = MapSize(width: {WIDTH:.0f}, height: {height})")
    out.append("")
    out.append("    /// Every province of the five countries that reaches into the frame, clipped to it.")
    out.append("    package static let provinceShapes: [ProvinceShape] = [")
    merged = {}
    for admin, tally, name, polygons in provinces:
        shape = project(polygons)
        if not shape:
            continue
        merged.setdefault((admin, tally), []).extend(shape)
    for (admin, tally), shape in sorted(merged.items()):
        x, y = label_point(shape, frame)
        out.append(
            f'        ProvinceShape(country: "{admin}", province: "{tally}", '
            f'label: MapPoint(x: {x:.0f}, y: {y:.0f}), path: "{path(shape)}"),'
        )
    out.append("    ]")
    out.append("")
    out.append("    /// The five countries and their neighbours in the frame, clipped to it.")
    out.append("    package static let countryShapes: [CountryShape] = [")
    rows = db.execute("select NAME, ISO_A3, geom from countries").fetchall()
    for name, iso, blob in sorted(rows, key=lambda r: str(r[0])):
        if name not in FIVE and iso not in NEIGHBOURS:
            continue
        shape = project(geometry(blob))
        if not shape:
            continue
        lon, lat = COUNTRY_LABELS[NEIGHBOURS.get(iso, name)]
        x, y = (lon - west) * parallel * scale, (north - lat) * scale
        assert any(inside((x, y), rings) for rings in shape), f"{name}'s label is outside it"
        followed = "true" if name in FIVE else "false"
        out.append(
            f'        CountryShape(name: "{NEIGHBOURS.get(iso, name)}", isFollowed: {followed}, '
            f'label: MapPoint(x: {x:.0f}, y: {y:.0f}), path: "{path(shape)}"),'
        )
    out.append("    ]")
    out.append("}")
    print("\n".join(out))


# The provinces Provinces.borderPlaces lists (Sources/TallyCore/Places/Provinces.swift).
BORDER_PROVINCES = [
    ("Tajikistan", "Khatlon"), ("Tajikistan", "Gorno-Badakhshan"), ("Tajikistan", "Sughd"),
    ("Tajikistan", "Districts of Republican Subordination"),
    ("Afghanistan", "Badakhshan"), ("Afghanistan", "Takhar"), ("Afghanistan", "Kunduz"),
    ("Afghanistan", "Balkh"), ("Afghanistan", "Jowzjan"), ("Afghanistan", "Faryab"),
    ("Afghanistan", "Badghis"), ("Afghanistan", "Herat"),
    ("Kyrgyzstan", "Batken"), ("Kyrgyzstan", "Osh"), ("Kyrgyzstan", "Jalal-Abad"),
    ("Uzbekistan", "Surxondaryo"), ("Uzbekistan", "Fergana"), ("Uzbekistan", "Andijan"),
    ("Uzbekistan", "Namangan"),
    ("Turkmenistan", "Lebap"), ("Turkmenistan", "Mary"), ("Turkmenistan", "Ahal"),
]

if __name__ == "__main__":
    main(sys.argv[1])
