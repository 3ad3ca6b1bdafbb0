#!/usr/bin/env python3
"""Writes src/web/europe.outline, the country outlines under the map of a round's pairs.

The data: Natural Earth 1:50m admin-0 countries (public domain), as TopoJSON in the npm
package world-atlas (https://github.com/topojson/world-atlas, ISC licence), fetched with

    npm pack world-atlas && tar xzf world-atlas-*.tgz
    python3 tools/europe_outline.py package/countries-50m.json > src/web/europe.outline

Every country is clipped to a box around Europe (BOX), its points rounded to a
hundredth of a degree and thinned to about SPACING apart. The output has one ring of a
country a line: `lon,lat` pairs in hundredths of a degree, separated by spaces; a line
starting with # is a comment. map.rs projects them as it projects the cities.
"""

import json
import sys

# West, south, east, north, degrees: the Azores and the Canaries to the Urals' foot.
BOX = (-32.0, 26.0, 48.0, 72.0)
# Points closer than this to the last one kept are dropped (degrees).
SPACING = 0.2


def arcs_of(topo):
    """The arcs in degrees, each a list of (lon, lat)."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    out = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        out.append(points)
    return out


def ring(indices, arcs):
    points = []
    for i in indices:
        arc = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        points.extend(arc if not points else arc[1:])
    return points


def clip(points, box):
    """Sutherland-Hodgman against each side of the box."""
    west, south, east, north = box
    sides = [
        (lambda p: p[0] >= west, lambda a, b: cross_x(a, b, west)),
        (lambda p: p[0] <= east, lambda a, b: cross_x(a, b, east)),
        (lambda p: p[1] >= south, lambda a, b: cross_y(a, b, south)),
        (lambda p: p[1] <= north, lambda a, b: cross_y(a, b, north)),
    ]
    for inside, cross in sides:
        if not points:
            break
        kept = []
        for i, p in enumerate(points):
            q = points[i - 1]
            if inside(p):
                if not inside(q):
                    kept.append(cross(q, p))
                kept.append(p)
            elif inside(q):
                kept.append(cross(q, p))
        points = kept
    return points


def cross_x(a, b, x):
    t = (x - a[0]) / (b[0] - a[0])
    return (x, a[1] + t * (b[1] - a[1]))


def cross_y(a, b, y):
    t = (y - a[1]) / (b[1] - a[1])
    return (a[0] + t * (b[0] - a[0]), y)


def thin(points):
    kept = []
    for p in points:
        if not kept or abs(p[0] - kept[-1][0]) + abs(p[1] - kept[-1][1]) >= SPACING:
            kept.append(p)
    return kept


def main(path):
    topo = json.load(open(path))
    arcs = arcs_of(topo)
    print("# Natural Earth 1:50m countries (public domain) from npm world-atlas 2; tools/europe_outline.py")
    for geometry in topo["objects"]["countries"]["geometries"]:
        if geometry["type"] == "Polygon":
            polygons = [geometry["arcs"]]
        elif geometry["type"] == "MultiPolygon":
            polygons = geometry["arcs"]
        else:
            continue
        for polygon in polygons:
            # The outer ring only: lakes and enclaves are too small at this scale.
            points = thin(clip(ring(polygon[0], arcs), BOX))
            if len(points) < 4:
                continue
            print(" ".join(f"{round(x * 100)},{round(y * 100)}" for x, y in points))


if __name__ == "__main__":
    main(sys.argv[1])
