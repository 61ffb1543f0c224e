#!/usr/bin/env python3
"""Generates the fictional sample community 友好社区 (data/samples/youhao/).

Modelled on 友好社区, 掘港街道, 如东县 (Jiangsu): about 1.4 km² between 青园北路 (east), 如泰河
(south) and 掘苴河 (north, west); three residential compounds, roads, rivers, 4,101 households over
12 grids, grid staff with photos, organisations and an issue ledger of one year. Every name, ID
number and phone number is invented.

Python 3 standard library only; the output is byte-for-byte the same on every run.

    python3 tools/make_youhao_sample.py [--out data/samples/youhao] [--preview PNG]
"""
import argparse
import csv
import datetime as dt
import io
import json
import math
import os
import random
import struct
import zipfile
import zlib
from xml.sax.saxutils import escape

SEED = 20251101
DIVISION = "320623001001"          # 如东县 320623, 掘港街道 001, 友好社区 001
COMMUNITY = "友好社区"
STREET = "掘港街道"
COUNTY = "如东县"
AS_OF = dt.datetime(2026, 10, 31, 18, 0)

# Local metric frame (x east, y north, metres) → WGS84: the town is turned by ROTATION_DEG
# about CENTRE and placed at LON0/LAT0 (equirectangular, exact enough over 1.5 km).
CENTRE = (650.0, 540.0)
LON0, LAT0 = 121.1905, 32.3098
ROTATION_DEG = 5.0
M_PER_DEG_LAT = 110_880.0
M_PER_DEG_LON = 111_320.0 * math.cos(math.radians(LAT0))

# Households per grid by design (north row first, west → east): 006 is over the 300–500 range
# and splits along 华荣上海城's inner road into two parts in range (336 + 354); 001 and 002
# are neighbours under 300 that merge into one grid in range.
GRID_TARGETS = {1: 150, 2: 200, 3: 318, 4: 411, 5: 327, 6: 690, 7: 349, 8: 366,
                9: 302, 10: 341, 11: 335, 12: 312}
POPULATION = 10_071


# ----------------------------------------------------------------------------------------------
# Plane geometry
# ----------------------------------------------------------------------------------------------

def ring_area(ring):
    s = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        s += x1 * y2 - x2 * y1
    return s / 2.0


def point_in_ring(p, ring):
    x, y = p
    inside = False
    n = len(ring)
    for i in range(n):
        x1, y1 = ring[i]
        x2, y2 = ring[(i + 1) % n]
        if (y1 > y) != (y2 > y):
            xi = x1 + (y - y1) * (x2 - x1) / (y2 - y1)
            if xi > x:
                inside = not inside
    return inside


def _orient(a, b, c):
    return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])


def segments_cross(a, b, c, d):
    d1, d2, d3, d4 = _orient(c, d, a), _orient(c, d, b), _orient(a, b, c), _orient(a, b, d)
    return ((d1 > 0) != (d2 > 0)) and ((d3 > 0) != (d4 > 0))


def point_seg_dist(p, a, b):
    ax, ay = a
    dx, dy = b[0] - ax, b[1] - ay
    L = dx * dx + dy * dy
    t = 0.0 if L == 0 else max(0.0, min(1.0, ((p[0] - ax) * dx + (p[1] - ay) * dy) / L))
    return math.hypot(p[0] - ax - t * dx, p[1] - ay - t * dy)


def seg_seg_dist(a, b, c, d):
    if segments_cross(a, b, c, d):
        return 0.0
    return min(point_seg_dist(a, c, d), point_seg_dist(b, c, d), point_seg_dist(c, a, b),
               point_seg_dist(d, a, b))


def rect_ring(r):
    x0, y0, x1, y1 = r
    return [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]


def rect_polyline_dist(r, line):
    """Distance between an axis-aligned rectangle and a polyline (0 when they touch or cross)."""
    x0, y0, x1, y1 = r
    for p in line:
        if x0 <= p[0] <= x1 and y0 <= p[1] <= y1:
            return 0.0
    ring = rect_ring(r)
    edges = list(zip(ring, ring[1:] + ring[:1]))
    best = math.inf
    for a, b in zip(line, line[1:]):
        for c, d in edges:
            best = min(best, seg_seg_dist(a, b, c, d))
    return best


def rect_rect_dist(a, b):
    dx = max(b[0] - a[2], a[0] - b[2], 0.0)
    dy = max(b[1] - a[3], a[1] - b[3], 0.0)
    return math.hypot(dx, dy)


def closed(ring):
    return ring + ring[:1]


def sample(f, t0, t1, step):
    n = max(1, int(round(abs(t1 - t0) / step)))
    return [f(t0 + (t1 - t0) * i / n) for i in range(n + 1)]


def offset_polyline(line, d):
    """Offsets a polyline by d to its left (vertex normals averaged)."""
    out = []
    n = len(line)
    for i, (x, y) in enumerate(line):
        nx = ny = 0.0
        for j in (i - 1, i):
            if 0 <= j < n - 1:
                ax, ay = line[j]
                bx, by = line[j + 1]
                L = math.hypot(bx - ax, by - ay)
                nx += -(by - ay) / L
                ny += (bx - ax) / L
        L = math.hypot(nx, ny)
        out.append((x + d * nx / L, y + d * ny / L))
    return out


def to_lonlat(p):
    a = math.radians(ROTATION_DEG)
    x, y = p[0] - CENTRE[0], p[1] - CENTRE[1]
    xr = x * math.cos(a) - y * math.sin(a)
    yr = x * math.sin(a) + y * math.cos(a)
    return (round(LON0 + xr / M_PER_DEG_LON, 7), round(LAT0 + yr / M_PER_DEG_LAT, 7))


# ----------------------------------------------------------------------------------------------
# Rivers, community and grids: a planar graph of shared polylines, so neighbouring grids share
# identical vertices and the grids cover the community exactly.
# ----------------------------------------------------------------------------------------------

W, H = 1300.0, 1080.0
ARC_C, ARC_R = (120.0, 960.0), 120.0


def south_bank(x):
    return (x, 6 * math.sin(3 * math.pi * x / W) + 2.5 * math.sin(11 * math.pi * x / W))


def west_bank(y):
    return (-7 * math.sin(2 * math.pi * y / 960) + 3 * math.sin(5 * math.pi * y / 960), y)


def north_bank(x):
    t = (x - 120) / (W - 120)
    return (x, H + 6 * math.sin(3 * math.pi * t) + 2 * math.sin(8 * math.pi * t))


def arc(a):
    return (ARC_C[0] + ARC_R * math.cos(math.radians(a)), ARC_C[1] + ARC_R * math.sin(math.radians(a)))


def rnd(p):
    return (round(p[0], 3), round(p[1], 3))


def bank_between(f, t0, t1, step=25.0):
    return [rnd(p) for p in sample(f, t0, t1, step)]


# Clearance (m) a building keeps from each kind of edge or road centreline.
CLEAR_RIVER = 14.0

# Row lines (j: 0 = 如泰河 bank, 1 = 人民路, 2 = 友谊路 / 和盛世华城 inner road, 3 = 掘苴河 bank),
# column lines (i: 0 = 掘苴河 west bank, 1 = 育才路 / 新民巷, 2 = 文峰路, 3 = 和盛路, 4 = 青园北路).
COL_X = [None, 320.0, 650.0, 980.0, W]


def build_edges():
    P = {}
    for i, x in enumerate([0.0, 300.0, 650.0, 980.0, W]):
        P[i, 0] = rnd(south_bank(x))
    for i, x in enumerate([None, 320.0, 650.0, 980.0, W]):
        P[i, 1] = rnd(west_bank(380.0)) if x is None else (x, 380.0)
    P[0, 2] = rnd(west_bank(740.0))
    P[1, 2], P[2, 2], P[3, 2], P[4, 2] = (320.0, 740.0), (650.0, 740.0), (980.0, 748.0), (W, 690.0)
    P[0, 3] = rnd(arc(135.0))
    for i, x in enumerate([None, 320.0, 650.0, 980.0, W]):
        if x is not None:
            P[i, 3] = rnd(north_bank(x))

    Hd, Vd = {}, {}   # edge polylines and the clearance each demands
    xs = [0.0, 300.0, 650.0, 980.0, W]
    for i in range(4):
        Hd[i, 0] = (bank_between(south_bank, xs[i], xs[i + 1]), CLEAR_RIVER)
        Hd[i, 1] = ([P[i, 1], P[i + 1, 1]], 22.0)
    Hd[0, 2] = ([P[0, 2], P[1, 2]], 16.0)
    Hd[1, 2] = ([P[1, 2], P[2, 2]], 16.0)
    Hd[2, 2] = ([P[2, 2], P[3, 2]], 16.0)
    Hd[3, 2] = ([P[3, 2], (1120.0, 748.0), (1120.0, 690.0), P[4, 2]], 8.0)
    Hd[0, 3] = ([rnd(arc(a)) for a in (135.0, 120.0, 105.0, 90.0)][:-1]
                + bank_between(north_bank, 120.0, 320.0), CLEAR_RIVER)
    for i in range(1, 4):
        Hd[i, 3] = (bank_between(north_bank, COL_X[i], COL_X[i + 1]), CLEAR_RIVER)

    Vd[0, 0] = (bank_between(west_bank, 0.0, 380.0), CLEAR_RIVER)
    Vd[0, 1] = (bank_between(west_bank, 380.0, 740.0), CLEAR_RIVER)
    Vd[0, 2] = (bank_between(west_bank, 740.0, 960.0)[:-1] + [rnd(arc(a)) for a in (180.0, 165.0, 150.0, 135.0)],
                CLEAR_RIVER)
    Vd[1, 0] = ([P[1, 0], (300.0, 200.0), (320.0, 222.0), P[1, 1]], 9.0)
    Vd[1, 1] = ([P[1, 1], P[1, 2]], 13.0)
    Vd[1, 2] = ([P[1, 2], P[1, 3]], 13.0)
    for i, c in ((2, 18.0), (3, 18.0), (4, 28.0)):
        for j in range(3):
            Vd[i, j] = ([P[i, j], P[i, j + 1]], c)
    # Corner nodes must be the ends of their edges.
    for (i, j), (line, _) in Hd.items():
        assert line[0] == P[i, j] and line[-1] == P[i + 1, j], ("H", i, j)
    for (i, j), (line, _) in Vd.items():
        assert line[0] == P[i, j] and line[-1] == P[i, j + 1], ("V", i, j)
    return P, Hd, Vd


def build_grids(Hd, Vd):
    """Grid rings (counter-clockwise) with the clearance of each of their edges."""
    grids = {}
    for r in range(3):            # r: row from the south
        for c in range(4):
            parts = [(Hd[c, r], False), (Vd[c + 1, r], False), (Hd[c, r + 1], True), (Vd[c, r], True)]
            ring, edges = [], []
            for (line, clear), rev in parts:
                pts = list(reversed(line)) if rev else list(line)
                ring.extend(pts[:-1])
                edges.append((pts, clear))
            number = (2 - r) * 4 + c + 1
            assert ring_area(ring) > 0
            grids[number] = {"ring": ring, "edges": edges, "row": r, "col": c}
    return grids


def community_ring(Hd, Vd):
    ring = []
    for i in range(4):
        ring.extend(Hd[i, 0][0][:-1])
    for j in range(3):
        ring.extend(Vd[4, j][0][:-1])
    for i in reversed(range(4)):
        ring.extend(list(reversed(Hd[i, 3][0]))[:-1])
    for j in reversed(range(3)):
        ring.extend(list(reversed(Vd[0, j][0]))[:-1])
    return ring


# ----------------------------------------------------------------------------------------------
# Roads and water
# ----------------------------------------------------------------------------------------------

ROADS = [
    # name, class, clearance from the centreline, polyline
    ("青园北路", "主干路", 28.0, [(W, -160.0), (W, 1240.0)]),
    ("人民路", "主干路", 22.0, [(-150.0, 380.0), (W, 380.0), (1480.0, 380.0)]),
    ("友谊路", "次干路", 16.0, [(-110.0, 740.0), (650.0, 740.0), (980.0, 748.0)]),
    ("文峰路", "次干路", 18.0, [(650.0, -160.0), (650.0, 380.0), (650.0, 740.0), (650.0, 1240.0)]),
    ("和盛路", "次干路", 18.0, [(980.0, -160.0), (980.0, 380.0), (980.0, 748.0), (980.0, 1240.0)]),
    ("育才路", "支路", 13.0, [(320.0, 380.0), (320.0, 740.0), (320.0, 1240.0)]),
    ("新民巷", "支路", 9.0, [(300.0, 22.0), (300.0, 200.0), (320.0, 222.0), (320.0, 380.0)]),
    ("友好巷", "巷道", 7.0, [(22.0, 560.0), (320.0, 560.0)]),
    ("东风巷", "巷道", 7.0, [(22.0, 190.0), (300.0, 190.0)]),
    ("文化巷", "巷道", 7.0, [(815.0, 748.0), (815.0, 1064.0)]),
    ("新华巷", "巷道", 7.0, [(650.0, 575.0), (980.0, 575.0)]),
    ("育英巷", "巷道", 7.0, [(815.0, 20.0), (815.0, 380.0)]),
    ("滨河路", "支路", 9.0, [(650.0, 26.0), (980.0, 26.0), (W, 26.0)]),
    # Inner roads of the compounds (no name): 华荣上海城's main road is where grid 006 splits.
    (None, "小区道路", 6.0, [(490.0, 380.0), (490.0, 724.0)]),
    (None, "小区道路", 6.0, [(340.0, 575.0), (632.0, 575.0)]),
    (None, "小区道路", 6.0, [(980.0, 748.0), (1120.0, 748.0), (1120.0, 690.0), (1244.0, 690.0)]),
    (None, "小区道路", 6.0, [(1120.0, 380.0), (1120.0, 690.0)]),
    (None, "小区道路", 6.0, [(540.0, 380.0), (540.0, 250.0), (632.0, 250.0)]),
]


def build_water(Hd, Vd):
    # 如泰河: its north bank is the community's south edge between x = 0 and x = W.
    inner = []
    for i in range(4):
        inner.extend(Hd[i, 0][0][:-1])
    inner.append(Hd[3, 0][0][-1])
    west_ext = [rnd((x, 3 * math.sin(x / 60.0))) for x in (-420.0, -330.0, -240.0, -160.0, -90.0, -40.0)]
    east_ext = [rnd((x, 2.5 * math.sin((x - W) / 55.0))) for x in (1350.0, 1420.0, 1500.0, 1600.0, 1720.0)]
    north = west_ext + inner + east_ext
    south = [rnd((x, y - 72 - 5 * math.sin(x / 140.0))) for x, y in north]
    rutai = north + list(reversed(south))
    # 掘苴河: inner bank = the community's west and north edges, from 如泰河 to east of 青园北路.
    bank = []
    for j in range(3):
        bank.extend(Vd[0, j][0][:-1])
    for i in range(4):
        bank.extend(Hd[i, 3][0][:-1])
    bank.append(Hd[3, 3][0][-1])
    bank += [rnd((x, H + 4 * math.sin((x - W) / 70.0))) for x in (1350.0, 1420.0, 1500.0, 1600.0, 1720.0)]
    outer = offset_polyline(bank, 42.0)        # left of a northward/eastward bank = west/north
    outer[0] = (outer[0][0], 0.0)
    outer = [rnd(p) for p in outer]
    juju = bank + list(reversed(outer))
    # A pond in 友好公园 (grid 001).
    pond = [rnd((62 + 26 * math.cos(2 * math.pi * k / 16), 905 + 15 * math.sin(2 * math.pi * k / 16)))
            for k in range(16)]
    return [("如泰河", "河流", rutai), ("掘苴河", "河流", juju), ("友好公园景观池", "坑塘", pond)]


# ----------------------------------------------------------------------------------------------
# Buildings
# ----------------------------------------------------------------------------------------------

# name: (width, depth, floors, units, rooms per floor and unit, use)
TEMPLATES = {
    "M2": (36, 12, 6, 2, 2, "住宅"),
    "M3": (54, 12, 6, 3, 2, "住宅"),
    "M5": (54, 11, 5, 3, 2, "住宅"),
    "H18": (40, 16, 18, 2, 2, "住宅"),
    "H11": (38, 15, 11, 2, 2, "住宅"),
    "T18": (30, 24, 18, 1, 4, "住宅"),
    "HOUSE": (10, 12, 3, 1, 1, "住宅"),
}
ROW_GAP = {"M2": 22, "M3": 22, "M5": 20, "H18": 36, "H11": 30, "T18": 36, "HOUSE": 7}


class Site:
    def __init__(self, grids, compounds):
        self.grids = grids
        self.compounds = compounds        # name -> ring
        self.buildings = []
        self.reserved = []                # rectangles kept free (playgrounds)

    def fits(self, r, grid, compound=None, gap=6.0):
        g = self.grids[grid]
        for p in rect_ring(r):
            if not point_in_ring(p, g["ring"]):
                return False
        for line, clear in g["edges"]:
            if rect_polyline_dist(r, line) < clear:
                return False
        for _, _, clear, line in ROADS:
            if rect_polyline_dist(r, line) < clear:
                return False
        for name, ring in self.compounds.items():
            d = rect_polyline_dist(r, closed(ring))
            if name == compound:
                if d < 5.0 or not all(point_in_ring(p, ring) for p in rect_ring(r)):
                    return False
            elif d < 5.0 or point_in_ring(r[:2], ring):
                return False
        for b in self.buildings:
            need = 3.0 if (b["template"] == "HOUSE") else gap
            if rect_rect_dist(r, b["rect"]) < need:
                return False
        for q in self.reserved:
            if rect_rect_dist(r, q) < 2.0:
                return False
        return True

    def add(self, rect, grid, template=None, compound=None, use=None, floors=None, name=None, units=None,
            per_floor=None):
        t = TEMPLATES.get(template)
        b = {
            "rect": rect, "grid": grid, "template": template, "compound": compound,
            "floors": floors if floors is not None else (t[2] if t else 2),
            "units": units if units is not None else (t[3] if t else None),
            "per_floor": per_floor if per_floor is not None else (t[4] if t else 0),
            "use": use if use is not None else (t[5] if t else "商业"),
            "name": name, "number": None, "road": None, "door": None, "households": 0,
        }
        assert self.fits(rect, grid, compound, gap=3.0), (grid, name, template, rect)
        self.buildings.append(b)
        return b

    def strip(self, grid, rect, use="商业", floors=2, name=None, piece=48.0, gap=6.0):
        """A row of shop buildings along a road, cut into pieces of about `piece` metres."""
        x0, y0, x1, y1 = rect
        along_x = (x1 - x0) >= (y1 - y0)
        length = (x1 - x0) if along_x else (y1 - y0)
        n = max(1, round((length + gap) / (piece + gap)))
        size = (length - gap * (n - 1)) / n
        for k in range(n):
            a = (x0 if along_x else y0) + k * (size + gap)
            r = (round(a, 1), y0, round(a + size, 1), y1) if along_x else (x0, round(a, 1), x1, round(a + size, 1))
            self.add(r, grid, use=use, floors=floors, name=name)

    def fill(self, grid, parcel, queue, compound=None, col_gap=12.0):
        """Places every template of `queue` in rows over the parcel, spread as evenly as they fit."""
        base = len(self.buildings)
        for extra in range(90, -1, -3):
            del self.buildings[base:]
            if self._rows(grid, parcel, list(queue), compound, col_gap, extra):
                return
        raise AssertionError(f"grid {grid}: {queue} do not fit in {parcel}")

    def _rows(self, grid, parcel, queue, compound, col_gap, extra, step=2.0):
        x0, y0, x1, y1 = parcel
        top = y1
        while queue and top > y0:
            x = x0
            row = []
            while queue:
                w, d = TEMPLATES[queue[0]][:2]
                placed = False
                while x + w <= x1:
                    r = (x, top - d, x + w, top)
                    if r[1] >= y0 and self.fits(r, grid, compound):
                        row.append(self.add(r, grid, queue.pop(0), compound))
                        x += w + (4.0 if row[-1]["template"] == "HOUSE" else col_gap)
                        placed = True
                        break
                    x += step
                if not placed:
                    break
            if row:
                self._justify(row, x1, grid, compound)
                top -= max(TEMPLATES[b["template"]][1] + ROW_GAP[b["template"]] for b in row) + \
                    (extra if row[0]["template"] != "HOUSE" else min(extra, 8))
            else:
                top -= 4.0
        return not queue

    def _justify(self, row, x1, grid, compound):
        """Spreads a row's slack between its buildings when the result still fits."""
        slack = x1 - row[-1]["rect"][2]
        if len(row) < 2 or slack < 1.0 or row[0]["template"] == "HOUSE":
            return
        old = [b["rect"] for b in row]
        for b in row:
            self.buildings.remove(b)
        ok = True
        for k, b in enumerate(row):
            dx = slack * k / (len(row) - 1)
            r = (old[k][0] + dx, old[k][1], old[k][2] + dx, old[k][3])
            if not self.fits(r, grid, compound):
                ok = False
                break
            b["rect"] = r
            self.buildings.append(b)
        if not ok:
            for b in row:
                if b in self.buildings:
                    self.buildings.remove(b)
            for b, r in zip(row, old):
                b["rect"] = r
                self.buildings.append(b)


def compound_rings():
    return {
        "华荣上海城": rect_ring((340.0, 426.0, 630.0, 722.0)),
        "文峰财富广场": rect_ring((432.0, 40.0, 630.0, 356.0)),
        "和盛世华城": [(998.0, 424.0), (1244.0, 424.0), (1244.0, 1052.0), (998.0, 1052.0)],
    }


COMPOUND_INFO = {
    "华荣上海城": {"aliases": "华荣;华荣城;华荣上海城小区", "gate": ("人民路", None)},
    "文峰财富广场": {"aliases": "文峰广场;财富广场", "gate": ("文峰路", None)},
    "和盛世华城": {"aliases": "和盛;和盛华城;和盛世华城小区", "gate": ("和盛路", None)},
}


def place_buildings(site):
    s = site
    # --- 001: 友好小学, 党群服务中心, old houses by the river, a few mid-rise blocks; 友好公园.
    s.reserved.append((30.0, 870.0, 100.0, 940.0))        # 友好公园 and its pond
    s.reserved.append((236.0, 900.0, 302.0, 1010.0))      # school playground
    s.add((150.0, 1026.0, 232.0, 1042.0), 1, use="教育", floors=4, name="友好小学教学楼")
    s.add((150.0, 992.0, 214.0, 1008.0), 1, use="教育", floors=4, name="友好小学实验楼")
    s.add((246.0, 1024.0, 300.0, 1040.0), 1, use="教育", floors=3, name="友好小学行政楼")
    s.add((150.0, 952.0, 190.0, 968.0), 1, use="教育", floors=2, name="友好小学食堂")
    s.add((240.0, 762.0, 302.0, 780.0), 1, use="公共服务", floors=3, name="友好社区党群服务中心")
    s.fill(1, (134.0, 792.0, 230.0, 930.0), ["M2"] * 6)
    s.fill(1, (22.0, 760.0, 125.0, 862.0), ["HOUSE"] * 30)
    # --- 002: market, clinic, a garment firm, housing.
    s.add((340.0, 764.0, 412.0, 812.0), 2, use="商业", floors=2, name="友好农贸市场")
    s.add((426.0, 764.0, 472.0, 780.0), 2, use="医疗", floors=3, name="友好社区卫生服务站")
    s.add((520.0, 1022.0, 620.0, 1046.0), 2, use="工业", floors=3, name="如东友晟服装有限公司厂房")
    s.add((540.0, 978.0, 620.0, 1000.0), 2, use="工业", floors=2, name="如东友晟服装有限公司仓库")
    s.strip(2, (612.0, 790.0, 630.0, 930.0), name="文峰路商铺", piece=40.0)
    s.fill(2, (340.0, 830.0, 505.0, 1056.0), ["M3"] * 5 + ["M2"] * 2)
    s.fill(2, (518.0, 800.0, 598.0, 960.0), ["HOUSE"] * 24)
    # --- 003: housing either side of 文化巷, shops on 友谊路 and 文峰路.
    s.strip(3, (672.0, 766.0, 796.0, 780.0), name="友谊路商铺", piece=38.0)
    s.strip(3, (670.0, 800.0, 688.0, 1040.0), name="文峰路商铺", piece=44.0)
    s.fill(3, (700.0, 798.0, 806.0, 1058.0), ["M3"] * 5 + ["M2"] * 2)
    s.fill(3, (824.0, 766.0, 960.0, 1058.0), ["M3"] * 4 + ["M2"] * 2 + ["HOUSE"] * 20)
    # --- 004 / 008: 和盛世华城 (二期 north of its inner road, 一期 south), shops on 青园北路 and 人民路.
    s.strip(4, (1252.0, 770.0, 1271.0, 1040.0), name="青园北路商铺", piece=50.0)
    s.strip(8, (1252.0, 432.0, 1271.0, 670.0), name="青园北路商铺", piece=50.0)
    s.strip(8, (1000.0, 403.0, 1112.0, 417.0), name="人民路商铺", piece=36.0)
    s.strip(8, (1128.0, 403.0, 1240.0, 417.0), name="人民路商铺", piece=36.0)
    s.add((1180.0, 700.0, 1232.0, 724.0), 4, use="教育", floors=3, name="和盛幼儿园", compound="和盛世华城")
    s.add((1004.0, 760.0, 1040.0, 774.0), 4, use="公共服务", floors=2, name="和盛世华城物业服务中心",
          compound="和盛世华城")
    s.fill(4, (1004.0, 782.0, 1240.0, 1046.0), ["H18"] * 4 + ["M3"] * 7 + ["M2"], compound="和盛世华城")
    s.fill(8, (1004.0, 430.0, 1240.0, 684.0), ["H18"] * 3 + ["M3"] * 7, compound="和盛世华城")
    # --- 005: old neighbourhood on 友好巷.
    s.strip(5, (120.0, 403.0, 304.0, 417.0), name="人民路商铺", piece=42.0)
    s.fill(5, (22.0, 576.0, 306.0, 724.0), ["M3"] * 6 + ["M5"] * 3 + ["M2"])
    s.fill(5, (22.0, 428.0, 306.0, 544.0), ["M3"] * 3 + ["M2"] * 2 + ["HOUSE"] * 16)
    # --- 006: 华荣上海城 (west and east of its main road), shops on 人民路, property office.
    s.strip(6, (340.0, 403.0, 482.0, 417.0), name="人民路商铺", piece=44.0)
    s.strip(6, (498.0, 403.0, 630.0, 417.0), name="人民路商铺", piece=40.0)
    s.add((500.0, 434.0, 530.0, 446.0), 6, use="公共服务", floors=2, name="华荣上海城物业服务中心",
          compound="华荣上海城")
    s.fill(6, (346.0, 581.0, 482.0, 716.0), ["H18", "H18", "M3", "M3"], compound="华荣上海城")
    s.fill(6, (346.0, 432.0, 482.0, 569.0), ["H18", "M3", "M3"], compound="华荣上海城")
    s.fill(6, (498.0, 581.0, 624.0, 716.0), ["H18", "H18", "M3", "M3"], compound="华荣上海城")
    s.fill(6, (498.0, 452.0, 624.0, 569.0), ["H18", "M3", "M3", "M3"], compound="华荣上海城")
    # --- 007: police post, bank, hotel on 人民路; housing on 新华巷.
    s.add((670.0, 403.0, 750.0, 421.0), 7, use="办公", floors=3, name="掘港派出所友好警务室")
    s.add((766.0, 403.0, 846.0, 423.0), 7, use="商业", floors=4, name="如东农商银行友好支行")
    s.add((862.0, 403.0, 960.0, 427.0), 7, use="商业", floors=6, name="友好宾馆")
    s.fill(7, (670.0, 586.0, 962.0, 724.0), ["M3"] * 8)
    s.fill(7, (670.0, 442.0, 962.0, 565.0), ["M3"] * 5 + ["M2"] * 3)
    # --- 009: housing on 东风巷, houses by the river.
    s.strip(9, (40.0, 342.0, 200.0, 357.0), name="人民路商铺", piece=38.0)
    s.fill(9, (22.0, 200.0, 288.0, 334.0), ["M3"] * 7 + ["M2"])
    s.fill(9, (22.0, 24.0, 288.0, 180.0), ["M3"] * 3 + ["HOUSE"] * 35)
    # --- 010: 文峰财富广场 (towers A座/B座, office tower C座, 1–3号楼), housing west of it.
    s.add((556.0, 290.0, 624.0, 350.0), 10, use="商业", floors=4, name="文峰财富广场商业中心",
          compound="文峰财富广场")
    c = s.add((590.0, 200.0, 622.0, 240.0), 10, use="办公", floors=22, name="文峰财富广场C座", units=1,
              compound="文峰财富广场")
    c["number"] = "C"
    a = s.add((440.0, 300.0, 470.0, 324.0), 10, "T18", "文峰财富广场")
    a["number"] = "A"
    b = s.add((494.0, 300.0, 524.0, 324.0), 10, "T18", "文峰财富广场")
    b["number"] = "B"
    s.fill(10, (440.0, 46.0, 540.0, 236.0), ["H11"] * 5, compound="文峰财富广场")
    s.strip(10, (330.0, 342.0, 420.0, 357.0), name="人民路商铺", piece=42.0)
    s.fill(10, (318.0, 40.0, 420.0, 330.0), ["M3"] + ["M2"] * 4)
    # --- 011: kindergarten, shops on 人民路, housing either side of 育英巷.
    s.strip(11, (672.0, 342.0, 800.0, 357.0), name="人民路商铺", piece=40.0)
    s.strip(11, (830.0, 342.0, 958.0, 357.0), name="人民路商铺", piece=40.0)
    s.add((672.0, 40.0, 730.0, 66.0), 11, use="教育", floors=3, name="友好幼儿园")
    s.fill(11, (670.0, 80.0, 806.0, 330.0), ["M3"] * 5)
    s.fill(11, (824.0, 40.0, 960.0, 330.0), ["M3"] * 5 + ["M2"] * 5)
    # --- 012: a technology firm, shops on 青园北路, housing.
    s.add((1180.0, 40.0, 1262.0, 62.0), 12, use="办公", floors=5, name="如东恒睿科技有限公司办公楼")
    s.strip(12, (1252.0, 100.0, 1271.0, 330.0), name="青园北路商铺", piece=50.0)
    s.strip(12, (1000.0, 342.0, 1230.0, 357.0), name="人民路商铺", piece=42.0)
    s.fill(12, (1000.0, 78.0, 1236.0, 330.0), ["M3"] * 12 + ["M2"])


def number_compound_buildings(site):
    """Numbers each compound's buildings 1…N from the gate side (south, then west to east)."""
    for name in site.compounds:
        members = [b for b in site.buildings if b["compound"] == name and b["template"]]
        members = [b for b in members if b["number"] is None]
        members.sort(key=lambda b: (round(b["rect"][1] / 20.0), b["rect"][0]))
        for k, b in enumerate(members, 1):
            b["number"] = str(k)


def nearest_road(rect):
    cx, cy = (rect[0] + rect[2]) / 2, (rect[1] + rect[3]) / 2
    best = None
    for name, _, _, line in ROADS:
        if not name:
            continue
        d = min(point_seg_dist((cx, cy), a, b) for a, b in zip(line, line[1:]))
        if best is None or d < best[0]:
            best = (d, name, line)
    return best[1], best[2]


def along(line, p):
    """Position of p projected on a polyline (distance from its start) and its side (+1 left)."""
    acc, best = 0.0, None
    for a, b in zip(line, line[1:]):
        L = math.hypot(b[0] - a[0], b[1] - a[1])
        dx, dy = (b[0] - a[0]) / L, (b[1] - a[1]) / L
        t = max(0.0, min(L, (p[0] - a[0]) * dx + (p[1] - a[1]) * dy))
        q = (a[0] + t * dx, a[1] + t * dy)
        d = math.hypot(p[0] - q[0], p[1] - q[1])
        side = 1 if (dx * (p[1] - a[1]) - dy * (p[0] - a[0])) > 0 else -1
        if best is None or d < best[0]:
            best = (d, acc + t, side)
        acc += L
    return best[1], best[2]


def address_road_buildings(site, rng):
    """Gives buildings outside compounds a road and door number: odd on the left, even on the right."""
    per_road = {}
    for b in site.buildings:
        if b["compound"]:
            continue
        name, line = nearest_road(b["rect"])
        r = b["rect"]
        t, side = along(line, ((r[0] + r[2]) / 2, (r[1] + r[3]) / 2))
        per_road.setdefault(name, []).append((t, side, b))
    for name, items in per_road.items():
        for side in (1, -1):
            row = sorted((it for it in items if it[1] == side), key=lambda it: it[0])
            door = 1 if side == 1 else 2
            for t, _, b in row:
                door = max(door, 2 * int(t / 14.0) + (1 if side == 1 else 2))
                b["road"], b["door"] = name, str(door)
                door += 2 * rng.choice((1, 1, 2, 3))
    # Compound gates: the door the compound's address takes on its road.
    for cname, info in COMPOUND_INFO.items():
        road, _ = info["gate"]
        line = next(l for n, _, _, l in ROADS if n == road)
        ring = site.compounds[cname]
        cx = sum(p[0] for p in ring) / len(ring)
        cy = sum(p[1] for p in ring) / len(ring)
        t, side = along(line, (cx, cy))
        used = {int(b["door"]) for b in site.buildings if b["road"] == road}
        door = 2 * int(t / 14.0) + (1 if side == 1 else 2)
        while door in used:
            door += 2
        info["gate"] = (road, str(door))


# ----------------------------------------------------------------------------------------------
# Households per building: occupied rooms add up to each grid's target exactly.
# ----------------------------------------------------------------------------------------------

def capacity(b):
    if b["use"] != "住宅":
        return 0
    return b["floors"] * b["units"] * b["per_floor"] if b["template"] != "HOUSE" else 1


def allocate_households(site, rng):
    groups = {}
    for b in site.buildings:
        if capacity(b) == 0:
            continue
        key = b["grid"]
        if b["grid"] == 6:
            key = (6, "west" if b["rect"][2] < 490 else "east")
        groups.setdefault(key, []).append(b)
    targets = dict(GRID_TARGETS)
    del targets[6]
    targets[(6, "west")] = 336
    targets[(6, "east")] = 354
    for key, target in targets.items():
        members = groups[key]
        fixed = [b for b in members if b["template"] == "HOUSE"]
        flex = [b for b in members if b["template"] != "HOUSE"]
        for b in fixed:
            b["households"] = 1
        want = target - len(fixed)
        lo = {id(b): math.ceil(0.5 * capacity(b)) for b in flex}
        cap = sum(capacity(b) for b in flex)
        assert sum(lo.values()) <= want <= cap, (key, want, cap)
        for b in flex:
            b["households"] = max(lo[id(b)], round(capacity(b) * rng.uniform(0.6, 0.95)))
        diff = want - sum(b["households"] for b in flex)
        while diff:
            b = rng.choice(flex)
            step = 1 if diff > 0 else -1
            if lo[id(b)] <= b["households"] + step <= capacity(b):
                b["households"] += step
                diff -= step
    for b in site.buildings:
        n = b["households"]
        if b["template"] == "HOUSE":
            b["rooms"] = [None] * n
            continue
        rooms = [(u, f, k) for u in range(1, (b["units"] or 1) + 1) for f in range(1, b["floors"] + 1)
                 for k in range(1, b["per_floor"] + 1)]
        b["rooms"] = sorted(rng.sample(rooms, n)) if n else []


# ----------------------------------------------------------------------------------------------
# People: names, ID numbers (GB 11643), phones
# ----------------------------------------------------------------------------------------------

SURNAMES = ("陈" * 9 + "张" * 7 + "王" * 6 + "李" * 5 + "刘" * 4 + "周" * 5 + "徐" * 5 + "朱" * 4 + "顾" * 4
            + "缪" * 3 + "季" * 3 + "蔡" * 3 + "丁" * 3 + "吴" * 4 + "沈" * 3 + "曹" * 3 + "孙" * 3 + "黄" * 3
            + "杨" * 3 + "袁" * 2 + "施" * 3 + "范" * 2 + "葛" * 2 + "钱" * 2 + "许" * 2 + "严" * 2 + "冯" * 2
            + "姜" * 2 + "花" + "邵" * 2 + "卢" + "仇" + "宋" * 2 + "马" * 2 + "高" * 2 + "郭" + "江" + "俞" + "储"
            + "凌" + "景" + "秦" + "汤" + "陆" * 2 + "包" + "瞿")
MALE_CHARS = "建国军华明伟强勇志平军海林峰斌杰涛磊鹏飞宏俊刚春文兵东亮荣祥浩宇晨阳成松德富贵生保"
FEMALE_CHARS = "秀英兰芳霞玲红梅丽娟琴燕萍静敏婷雪凤云桂珍玉慧莉洁颖晶丹月娜倩芬菊花彩"
ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"
BIRTH_REGIONS = ["320623"] * 30 + ["320621", "320681", "320682", "320684", "320602", "320612", "321284",
                                   "341221", "342422", "412726", "510722", "320923", "321324"]


def person_name(rng, male):
    pool = MALE_CHARS if male else FEMALE_CHARS
    given = rng.choice(pool)
    if rng.random() >= 0.28:
        given += rng.choice(pool.replace(given, ""))
    return rng.choice(SURNAMES) + given


def id_check_digit(first17):
    return ID_CHECK[sum(int(c) * w for c, w in zip(first17, ID_WEIGHTS)) % 11]


def id_number(rng, birth, male, region):
    seq = rng.randrange(0, 100) * 10 + rng.choice((1, 3, 5, 7, 9) if male else (0, 2, 4, 6, 8))
    body = f"{region}{birth:%Y%m%d}{seq:03d}"
    return body + id_check_digit(body)


# ----------------------------------------------------------------------------------------------
# Addresses as people write them
# ----------------------------------------------------------------------------------------------

CN_DIGITS = "〇一二三四五六七八九"
TYPOS = {"华荣上海城": "华容上海城", "文峰财富广场": "文锋财富广场", "和盛世华城": "和胜世华城"}
SHORT = {"华荣上海城": "华荣", "文峰财富广场": "文峰广场", "和盛世华城": "和盛"}
FULLWIDTH = {c: chr(ord(c) + 0xFEE0) for c in "0123456789-#"}


def cn_number(n):
    if n < 10:
        return CN_DIGITS[n]
    if n < 20:
        return "十" + (CN_DIGITS[n % 10] if n % 10 else "")
    return CN_DIGITS[n // 10] + "十" + (CN_DIGITS[n % 10] if n % 10 else "")


def room_no(floor, k):
    return f"{floor}{k:02d}"


def compound_address(rng, b, unit, room):
    c, n = b["compound"], b["number"]
    letter = not n.isdigit()
    one_unit = b["units"] == 1
    u = "" if one_unit and rng.random() < 0.7 else f"{unit}单元"
    if letter:
        forms = [
            (30, lambda: f"{c}{n}座{u}{room}室"),
            (12, lambda: f"{c}{n.lower()}座{room}"),
            (10, lambda: f"{c}{n}栋{u}{room}室"),
            (10, lambda: f"{COMMUNITY}{c}{n}座{room}室"),
            (8, lambda: f"{COUNTY}{STREET}{c}{n}座{u}{room}"),
            (6, lambda: f"{SHORT[c]}{n}座{room}"),
            (4, lambda: f"{c}{n}幢{room}室"),
        ]
    else:
        num = int(n)
        forms = [
            (26, lambda: f"{c}{n}号楼{unit}单元{room}室"),
            (9, lambda: f"{c}{n}幢{unit}单元{room}"),
            (7, lambda: f"{c}{n}栋{unit}单元{room}室"),
            (9, lambda: f"{c}{n}-{unit}-{room}"),
            (4, lambda: f"{c}{n}#{unit}-{room}"),
            (6, lambda: f"{COMMUNITY}{c}{n}号{unit}单元{room}"),
            (6, lambda: f"{COUNTY}{STREET}{COMMUNITY}{c}{n}号楼{unit}单元{room}室"),
            (3, lambda: f"江苏省南通市{COUNTY}{STREET}{c}{n}幢{unit}单元{room}室"),
            (5, lambda: f"{c}{cn_number(num)}幢{cn_number(unit)}单元{room}"),
            (3, lambda: f"{c}{n}号楼{unit}单元{room}室".translate(str.maketrans(FULLWIDTH))),
            (5, lambda: f"{SHORT[c]}{n}号楼{unit}单元{room}室"),
            (2, lambda: f"{TYPOS[c]}{n}号楼{unit}单元{room}室"),
            (3, lambda: f"{COMPOUND_INFO[c]['gate'][0]}{COMPOUND_INFO[c]['gate'][1]}号{c}{n}栋{unit}单元{room}室"),
            (2, lambda: f"{c}第{n}栋{unit}单元{room}室"),
            (2, lambda: f"{c}{n}号{unit}门{room}户"),
        ]
    total = sum(w for w, _ in forms)
    pick = rng.uniform(0, total)
    for w, f in forms:
        pick -= w
        if pick <= 0:
            return f()
    return forms[0][1]()


def road_address(rng, b, unit, room):
    road, door = b["road"], b["door"]
    if room is None:
        forms = [f"{road}{door}号", f"{COMMUNITY}{road}{door}号", f"{STREET}{road}{door}号",
                 f"{COUNTY}{STREET}{COMMUNITY}{road}{door}号"]
        return rng.choice(forms)
    forms = [
        (40, f"{road}{door}号{unit}单元{room}室"),
        (15, f"{road}{door}号{unit}单元{room}"),
        (12, f"{COMMUNITY}{road}{door}号{unit}单元{room}室"),
        (10, f"{COUNTY}{STREET}{road}{door}号{unit}单元{room}室"),
        (8, f"{road}{door}号{unit}-{room}"),
        (5, f"{road}{door}号{cn_number(unit)}单元{room}室"),
        (5, f"{road}{door}号{unit}单元{room}室".translate(str.maketrans(FULLWIDTH))),
        (5, f"江苏省{COUNTY}{STREET}{COMMUNITY}{road}{door}号{unit}单元{room}室"),
    ]
    total = sum(w for w, _ in forms)
    pick = rng.uniform(0, total)
    for w, text in forms:
        pick -= w
        if pick <= 0:
            return text
    return forms[0][1]


def make_households(site, rng):
    sizes = [1] * 22 + [2] * 36 + [3] * 25 + [4] * 10 + [5] * 5 + [6] * 2
    rows = []
    for b in site.buildings:
        for room in b["rooms"]:
            rows.append((b, room))
    members = [rng.choice(sizes) for _ in rows]
    diff = POPULATION - sum(members)
    while diff:
        k = rng.randrange(len(members))
        step = 1 if diff > 0 else -1
        if 1 <= members[k] + step <= 6:
            members[k] += step
            diff -= step
    phones = rng.sample(range(10000), len(rows))
    invalid = set(rng.sample(range(len(rows)), 7))
    lower_x = 0
    out = []
    for serial, k in enumerate(range(len(rows)), 1):
        b, room = rows[k]
        male = rng.random() < 0.58
        age = rng.choice(range(24, 92))
        birth = dt.date(2026 - age, rng.randint(1, 12), rng.randint(1, 28))
        region = rng.choice(BIRTH_REGIONS)
        idn = id_number(rng, birth, male, region)
        if k in invalid:
            wrong = [c for c in ID_CHECK if c != idn[-1]]
            idn = idn[:-1] + rng.choice(wrong)
        elif idn.endswith("X") and lower_x < 3:
            idn = idn[:-1] + "x"
            lower_x += 1
        phone = f"1380000{phones[k]:04d}"
        r = rng.random()
        if r < 0.02:
            phone = ""
        elif r < 0.05:
            phone = f"{phone[:3]}-{phone[3:7]}-{phone[7:]}"
        if room is None:
            addr = road_address(rng, b, None, None)
        else:
            unit, floor, kk = room
            rn = room_no(floor, kk)
            addr = compound_address(rng, b, unit, rn) if b["compound"] else road_address(rng, b, unit, rn)
        tags = []
        if age >= 70 and members[k] == 1:
            tags.append(rng.choice(["独居老人", "空巢老人"]))
        elif age >= 65 and members[k] == 2 and rng.random() < 0.3:
            tags.append("空巢老人")
        if region != "320623" and rng.random() < 0.6:
            tags.append("流动人口")
        if rng.random() < 0.02:
            tags.append("低保")
        if rng.random() < 0.015:
            tags.append("残疾人")
        out.append({
            "household_id": f"YH{serial:05d}",
            "name": person_name(rng, male),
            "id_number": idn,
            "phone": phone,
            "members": members[k],
            "address": addr,
            "tags": "、".join(tags),
            "building": b,
        })
    return out


# ----------------------------------------------------------------------------------------------
# Organisations
# ----------------------------------------------------------------------------------------------

SHOP_KINDS = ["超市", "便利店", "理发店", "面馆", "早点铺", "饭店", "五金店", "水果店", "大药房", "手机店",
              "快递驿站", "洗衣店", "烟酒店", "服装店", "眼镜店", "母婴店", "茶叶店", "电动车维修部", "图文快印",
              "花店", "宠物店", "烘焙坊", "文具店", "家电维修部", "足浴店", "棋牌室", "干货店", "熟食店"]
SHOP_PREFIX = ["老顾", "丽华", "阿芳", "鑫源", "惠民", "金鼎", "家家乐", "小陈", "福满", "好邻居", "海韵", "春晖",
               "聚丰", "佳美", "如意", "顺发", "兴旺", "缪记", "季家", "东方", "百姓", "华联", "友好", "掘港",
               "新时代", "小丁", "阿强", "红梅", "万家", "安康"]
FIRM_NAMES = ["南通海汇贸易有限公司", "如东县文峰财务咨询有限公司", "如东启航教育咨询有限公司",
              "南通恒信建筑工程有限公司", "如东县华嘉广告有限公司", "南通睿达信息技术有限公司",
              "如东县和众人力资源有限公司", "南通蓝海网络科技有限公司", "如东县安泰保险代理有限公司",
              "南通金诚会计师事务所有限公司", "如东县美居装饰工程有限公司", "南通海岸电子商务有限公司",
              "如东县鸿运物流有限公司", "南通鼎盛房地产经纪有限公司", "如东县兴达水产贸易有限公司",
              "南通润泽环保科技有限公司", "如东县博雅文化传媒有限公司", "南通瑞丰律师事务所",
              "如东县通达驾驶培训有限公司", "南通百合健康管理有限公司", "如东县宏图测绘有限公司",
              "南通德邦机电设备有限公司"]


def building_address(b):
    if b["compound"] and b["number"] is None:
        road, door = COMPOUND_INFO[b["compound"]]["gate"]
        return f"{road}{door}号{b['compound']}"
    if b["compound"]:
        suffix = "号楼" if b["number"].isdigit() else "座"
        return f"{b['compound']}{b['number']}{suffix}"
    return f"{b['road']}{b['door']}号"


def point_in_rect(rng, r, margin=2.0):
    return (round(rng.uniform(r[0] + margin, r[2] - margin), 2), round(rng.uniform(r[1] + margin, r[3] - margin), 2))


def make_organisations(site, rng):
    orgs = []
    phone_serial = iter(rng.sample(range(10000), 400))

    def landline():
        return f"0513-8000{next(phone_serial):04d}"

    def mobile():
        return f"1370000{next(phone_serial):04d}"

    def add(name, kind, b, address=None, phone=None):
        orgs.append({"name": name, "kind": kind, "address": address or building_address(b),
                     "phone": phone if phone is not None else landline(), "xy": point_in_rect(rng, b["rect"])})

    named = {b["name"]: b for b in site.buildings if b["name"]}
    centre = named["友好社区党群服务中心"]
    for n in ("友好社区居民委员会", "中共友好社区委员会", "友好社区网格化服务管理工作站", "友好社区新时代文明实践站",
              "友好社区退役军人服务站", "掘港街道综合执法中队友好工作点", "友好社区老年人日间照料中心"):
        add(n, "机关事业单位", centre)
    add("掘港派出所友好警务室", "机关事业单位", named["掘港派出所友好警务室"])
    add("友好社区卫生服务站", "医疗卫生", named["友好社区卫生服务站"])
    add("如东县友好小学", "学校", named["友好小学教学楼"])
    add("如东县友好幼儿园", "学校", named["友好幼儿园"])
    add("如东县和盛幼儿园", "学校", named["和盛幼儿园"])
    add("如东友晟服装有限公司", "企业", named["如东友晟服装有限公司厂房"])
    add("如东恒睿科技有限公司", "企业", named["如东恒睿科技有限公司办公楼"])
    add("如东农商银行友好支行", "企业", named["如东农商银行友好支行"])
    add("友好宾馆", "个体工商户", named["友好宾馆"], phone=mobile())
    add("友好农贸市场管理办公室", "企业", named["友好农贸市场"])
    add("南通华荣物业服务有限公司如东分公司", "企业", named["华荣上海城物业服务中心"])
    add("如东县和盛物业管理有限公司", "企业", named["和盛世华城物业服务中心"])
    add("文峰财富广场商业管理有限公司", "企业", named["文峰财富广场商业中心"])
    tower = named["文峰财富广场C座"]
    for k, n in enumerate(FIRM_NAMES):
        add(n, "企业", tower, address=f"文峰财富广场C座{3 + k // 2}{(k % 2) * 2 + 1:02d}室")
    shops = [b for b in site.buildings if b["use"] == "商业" and b["name"] and "商铺" in b["name"]]
    podium = named["文峰财富广场商业中心"]
    kinds = list(SHOP_KINDS)
    used = set()
    while len(orgs) < 150:
        b = podium if rng.random() < 0.08 else rng.choice(shops)
        kind = rng.choice(kinds)
        name = rng.choice(SHOP_PREFIX) + kind
        if name in used:
            continue
        used.add(name)
        if b is podium:
            address = f"文峰财富广场商业中心{rng.randint(1, 3)}层{rng.randint(1, 40):02d}号"
        else:
            k = sum(1 for o in orgs if o["address"].startswith(f"{b['road']}{b['door']}"))
            address = f"{b['road']}{b['door']}号" if k == 0 else f"{b['road']}{b['door']}-{k}号"
        add(name, "个体工商户", b, address=address, phone=mobile())
    return orgs


# ----------------------------------------------------------------------------------------------
# Grid staff and their photos
# ----------------------------------------------------------------------------------------------

BACKGROUNDS = [(67, 142, 219), (255, 255, 255), (214, 52, 52), (120, 170, 225)]
MISSING_PHOTO_GRID, MISSING_PHOTO_INDEX = 9, 2     # this grid member's photo file is deliberately absent


def portrait_png(rng, female):
    """An ID-photo style silhouette: background, shoulders in a dark jacket, collar, face, hair."""
    w, h = 96, 128
    bg = rng.choice(BACKGROUNDS)
    jacket = rng.choice([(30, 34, 48), (42, 48, 70), (25, 25, 25), (60, 62, 70)])
    skin = rng.choice([(236, 200, 170), (226, 188, 156), (214, 176, 142)])
    hair = rng.choice([(20, 18, 18), (40, 30, 25), (60, 50, 45)])
    cx, hy = w / 2 + rng.uniform(-2, 2), 52 + rng.uniform(-3, 3)
    hr_x, hr_y = 19 + rng.uniform(-1.5, 1.5), 24 + rng.uniform(-1.5, 1.5)
    rows = []
    for y in range(h):
        row = bytearray()
        for x in range(w):
            c = bg
            # Shoulders: a wide ellipse from y = 92 down.
            if ((x - cx) / 46.0) ** 2 + ((y - 132) / 40.0) ** 2 <= 1.0:
                c = jacket
                if abs(x - cx) < 14 and y < 92 + (14 - abs(x - cx)) * 1.6:
                    c = (245, 245, 245)          # shirt collar: a V below the neck
            # Neck.
            if abs(x - cx) < 8 and hy + hr_y - 4 <= y <= 96:
                c = tuple(int(v * 0.92) for v in skin)
            # Hair behind the head (long for some women).
            d_hair = ((x - cx) / (hr_x + 3)) ** 2 + ((y - hy + 3) / (hr_y + 3)) ** 2
            if d_hair <= 1.0 and (y < hy - 4 or (female and y < hy + hr_y + 6)):
                c = hair
            if female and abs(x - cx) < hr_x + 4 and hy <= y <= hy + hr_y + 8 and abs(x - cx) > hr_x - 3:
                c = hair
            # Face.
            if ((x - cx) / hr_x) ** 2 + ((y - hy) / hr_y) ** 2 <= 1.0 and y > hy - hr_y * 0.55:
                c = skin
            row.extend(c)
        rows.append(row)
    return png_bytes(w, h, rows)


def make_staff(rng, grid_codes):
    staff = []
    phones = iter(rng.sample(range(10000), 60))
    for n in sorted(grid_codes):
        code = grid_codes[n]
        members = [("网格长", rng.random() < 0.45)]
        members += [("网格员", rng.random() < 0.6) for _ in range(rng.choice((1, 2, 2)))]
        if n == MISSING_PHOTO_GRID and len(members) < MISSING_PHOTO_INDEX + 1:
            members.append(("网格员", True))
        for k, (role, female) in enumerate(members):
            staff.append({
                "name": person_name(rng, not female), "role": role,
                "phone": f"1390000{next(phones):04d}", "grid": code,
                "photo": f"photos/{code}-{k + 1}.png", "female": female,
                "missing": n == MISSING_PHOTO_GRID and k == MISSING_PHOTO_INDEX,
            })
    return staff


# ----------------------------------------------------------------------------------------------
# Issue ledger
# ----------------------------------------------------------------------------------------------

CATEGORIES = [
    ("矛盾纠纷", 36, {"邻里纠纷": ["楼上噪音扰民", "楼上漏水殃及楼下", "楼道堆物占用公共空间", "饲养宠物扰民",
                                  "车位占用引发争执"],
                      "物业纠纷": ["物业费收缴争议", "电梯维修费用分摊争议", "小区停车管理争议"],
                      "家庭纠纷": ["赡养老人问题争执", "家庭财产分割争议"],
                      "劳资纠纷": ["装修工人工资拖欠", "商户员工工资争议"],
                      "消费纠纷": ["商户退款争议", "预付卡退费争议"]}),
    ("民生诉求", 18, {"社会保障": ["咨询低保申请", "咨询医保缴费", "咨询养老保险认证"],
                      "养老服务": ["申请居家养老服务", "高龄老人补贴咨询"],
                      "就业创业": ["求职登记", "灵活就业社保补贴咨询"],
                      "助残服务": ["残疾人证办理咨询", "辅具申领"]}),
    ("环境卫生", 14, {"垃圾清运": ["生活垃圾未及时清运", "建筑垃圾乱堆放", "垃圾分类投放不规范"],
                      "市容秩序": ["小广告乱张贴", "占道经营", "乱堆乱放"],
                      "水环境": ["河道漂浮垃圾", "污水外溢"]}),
    ("安全隐患", 10, {"消防安全": ["电动车楼道充电", "飞线充电", "消防通道堵塞", "灭火器过期"],
                      "燃气安全": ["燃气软管老化", "餐饮店燃气使用不规范"],
                      "房屋安全": ["外墙瓷砖脱落", "阳台护栏松动"]}),
    ("市政设施", 9, {"道路": ["路面坑洼", "人行道板破损"], "照明": ["路灯不亮", "路灯杆倾斜"],
                     "排水": ["雨水井堵塞", "窨井盖破损"], "绿化": ["绿化带损毁", "树枝遮挡道路"]}),
    ("治安隐患", 6, {"盗窃": ["电动车被盗", "车内财物被盗"], "出租房屋": ["出租房屋未登记", "群租隐患"],
                     "可疑情况": ["可疑人员徘徊", "深夜聚集喧哗"]}),
    ("特殊人群动态", 4, {"社区矫正": ["社区矫正对象定期走访"], "精神障碍": ["精神障碍患者走访", "监护人联系"],
                          "独居老人": ["独居老人探访", "空巢老人身体不适"]}),
    ("其他", 3, {"其他": ["咨询政策", "建议增设健身器材", "反映公交站点问题"]}),
]
SEVERITY = [("一般", 80), ("较大", 17), ("重大", 3)]
DEADLINE_DAYS = {"一般": 7, "较大": 3, "重大": 1}
LEVELS = ["网格", "社区", "街道", "区职能部门"]
OPEN_STATES = ["上报", "受理", "处置", "反馈", "核查"]
ACTIONS = {"矛盾纠纷": "网格员已上门调解", "民生诉求": "已转社区窗口办理", "环境卫生": "已通知保洁公司清理",
           "安全隐患": "已现场劝导并督促整改", "市政设施": "已报街道城管科维修", "治安隐患": "已通报警务室",
           "特殊人群动态": "已按要求走访并登记", "其他": "已答复"}


def weighted(rng, items):
    total = sum(w for _, w, *_ in items)
    pick = rng.uniform(0, total)
    for it in items:
        pick -= it[1]
        if pick <= 0:
            return it
    return items[-1]


def fmt_time(t):
    return t.strftime("%Y-%m-%d %H:%M")


def make_issues(site, community, grid_rings, staff, rng, count=1100):
    residential = [b for b in site.buildings if b["households"] > 0]
    old_housing = [b for b in residential if b["template"] in ("M5", "HOUSE") or not b["compound"]]
    commercial = [b for b in site.buildings if b["use"] == "商业"]
    named = {b["name"]: b for b in site.buildings if b["name"]}
    market = named["友好农贸市场"]
    roads = [(n, l) for n, _, _, l in ROADS if n]
    by_grid = {}
    for s in staff:
        by_grid.setdefault(s["grid"], []).append(s["name"])

    def anchor(cat):
        if cat == "市政设施" or (cat == "环境卫生" and rng.random() < 0.3):
            for _ in range(100):
                name, line = rng.choice(roads)
                a, b = rng.choice(list(zip(line, line[1:])))
                t = rng.random()
                p = (a[0] + t * (b[0] - a[0]) + rng.uniform(-6, 6), a[1] + t * (b[1] - a[1]) + rng.uniform(-6, 6))
                if point_in_ring(p, community):
                    return p, f"{name}{rng.choice(['', '沿线', '路段'])}", None
        if cat == "环境卫生" and rng.random() < 0.35:
            b = market if rng.random() < 0.6 else rng.choice(commercial)
        elif cat in ("治安隐患",) or (cat == "安全隐患" and rng.random() < 0.3):
            b = rng.choice(commercial + old_housing)
        elif cat == "安全隐患":
            b = rng.choice(old_housing + residential)
        elif cat == "矛盾纠纷" and rng.random() < 0.3:
            b = rng.choice([x for x in residential if x["compound"] == "华荣上海城"])
        else:
            b = rng.choices(residential, weights=[x["households"] for x in residential])[0]
        r = b["rect"]
        p = (rng.uniform(r[0] - 10, r[2] + 10), rng.uniform(r[1] - 10, r[3] + 10))
        return p, building_address(b), b

    # Seasonal weights per month (Nov 2025 … Oct 2026); more in summer and around Spring Festival.
    month_weight = [8, 7, 8, 11, 8, 8, 9, 9, 10, 11, 10, 8]
    months = [(2025 + (10 + k) // 12, (10 + k) % 12 + 1) for k in range(12)]
    issues = []
    for _ in range(count):
        m = rng.choices(range(12), weights=month_weight)[0]
        y, mo = months[m]
        days = (dt.date(y + (mo == 12), mo % 12 + 1, 1) - dt.date(y, mo, 1)).days
        t = dt.datetime(y, mo, rng.randint(1, days), rng.choice(range(7, 21)), rng.randrange(60))
        if t > AS_OF:
            t = AS_OF - dt.timedelta(hours=rng.randint(1, 200))
        cat, _, subs = weighted(rng, [(c, w, s) for c, w, s in CATEGORIES])
        sub = rng.choice(list(subs))
        title = rng.choice(subs[sub])
        sev = weighted(rng, SEVERITY)[0]
        if cat in ("民生诉求", "特殊人群动态", "其他") and sev == "重大":
            sev = "一般"
        p, place, _ = anchor(cat)
        while not point_in_ring(p, community):
            p, place, _ = anchor(cat)
        grid = next(n for n, ring in grid_rings.items() if point_in_ring(p, ring))
        issues.append({"t": t, "cat": cat, "sub": sub, "title": title, "sev": sev, "p": p, "place": place,
                       "grid": grid})
    issues.sort(key=lambda i: i["t"])
    per_day = {}
    rows = []
    stuck = set(rng.sample(range(len(issues) - 60), 10))
    for k, i in enumerate(issues):
        t = i["t"]
        day = t.date()
        per_day[day] = per_day.get(day, 0) + 1
        issue_id = f"YH{t:%Y%m%d}{per_day[day]:03d}"
        deadline = t + dt.timedelta(days=DEADLINE_DAYS[i["sev"]])
        level_w = {"一般": [70, 22, 7, 1], "较大": [35, 35, 22, 8], "重大": [10, 30, 40, 20]}[i["sev"]]
        level = rng.choices(LEVELS, weights=level_w)[0]
        age_days = (AS_OF - t).total_seconds() / 86400
        closed_at = None
        if k in stuck:
            state = rng.choice(["处置", "反馈", "处置"])
        elif age_days < 12 and rng.random() < min(0.95, 1.4 - age_days / 10):
            state = OPEN_STATES[max(0, min(4, int(age_days / 2.2 + rng.uniform(-1.0, 1.8))))]
        else:
            state = "办结"
        if state == "办结":
            limit = (deadline - t).total_seconds() / 86400
            if rng.random() < 0.06:
                dur = limit * rng.uniform(1.05, 2.0)       # closed after its deadline
            else:
                dur = min(limit * 0.98, rng.lognormvariate(math.log(limit * 0.35), 0.6))
            closed_at = min(t + dt.timedelta(days=dur), AS_OF)
        reporter_pool = by_grid[GRID_CODES[i["grid"]]]
        reporter = rng.choice(reporter_pool) if rng.random() < 0.78 else rng.choice(
            ["居民来电", "12345热线转办", "社区巡查", "居民到访"])
        text = f"{i['place']}{i['title']}"
        if state == "办结":
            desc = f"{text}，{ACTIONS[i['cat']]}，已办结。"
        else:
            desc = f"{text}，正在办理。"
        with_xy = rng.random() >= 0.08
        lon, lat = to_lonlat(i["p"]) if with_xy else ("", "")
        rows.append([issue_id, i["cat"], i["sub"], i["sev"], i["title"], desc, fmt_time(t), reporter,
                     f"{COMMUNITY}{i['place']}", state, level, fmt_time(deadline),
                     fmt_time(closed_at) if closed_at else "", lon, lat])
    return rows, issues


GRID_CODES = {n: f"{DIVISION}{n:03d}" for n in range(1, 13)}
GRID_NAMES = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]


# ----------------------------------------------------------------------------------------------
# Output writers
# ----------------------------------------------------------------------------------------------

def polygon_lonlat(ring):
    if ring_area(ring) < 0:
        ring = list(reversed(ring))
    return [[list(to_lonlat(p)) for p in closed(ring)]]


def feature(props, geom_type, coords):
    return {"type": "Feature", "properties": props, "geometry": {"type": geom_type, "coordinates": coords}}


def write_geojson(path, name, features):
    doc = {"type": "FeatureCollection", "name": name, "features": features}
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write('{"type": "FeatureCollection", "name": ' + json.dumps(name, ensure_ascii=False)
                + ', "features": [\n')
        f.write(",\n".join(json.dumps(ft, ensure_ascii=False, separators=(",", ":")) for ft in doc["features"]))
        f.write("\n]}\n")


def write_csv(path, header, rows, encoding="utf-8"):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    w.writerows(rows)
    with open(path, "wb") as f:
        f.write(buf.getvalue().encode(encoding))


def xlsx_col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def write_xlsx(path, sheets):
    """A minimal OOXML workbook. sheets: [(name, rows, merges)], each cell a str or an int."""
    strings, index = [], {}

    def sid(s):
        if s not in index:
            index[s] = len(strings)
            strings.append(s)
        return index[s]

    sheet_xml = []
    for name, rows, merges in sheets:
        out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
               'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
               '<sheetData>']
        for r, row in enumerate(rows, 1):
            out.append(f'<row r="{r}">')
            for c, v in enumerate(row):
                ref = f"{xlsx_col(c)}{r}"
                if v is None or v == "":
                    continue
                if isinstance(v, int):
                    out.append(f'<c r="{ref}"><v>{v}</v></c>')
                else:
                    out.append(f'<c r="{ref}" t="s"><v>{sid(v)}</v></c>')
            out.append("</row>")
        out.append("</sheetData>")
        if merges:
            out.append(f'<mergeCells count="{len(merges)}">'
                       + "".join(f'<mergeCell ref="{m}"/>' for m in merges) + "</mergeCells>")
        out.append("</worksheet>")
        sheet_xml.append("".join(out))

    n = len(sheets)
    files = {
        "[Content_Types].xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            + "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" '
                      'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                      for i in range(1, n + 1))
            + '<Override PartName="/xl/sharedStrings.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
            '</Types>',
        "_rels/.rels":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
            + "".join(f'<sheet name="{escape(s[0])}" sheetId="{i}" r:id="rId{i}"/>'
                      for i, s in enumerate(sheets, 1))
            + "</sheets></workbook>",
        "xl/_rels/workbook.xml.rels":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(f'<Relationship Id="rId{i}" '
                      'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
                      f'Target="worksheets/sheet{i}.xml"/>' for i in range(1, n + 1))
            + f'<Relationship Id="rId{n + 1}" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
            'Target="sharedStrings.xml"/></Relationships>',
    }
    for i, xml in enumerate(sheet_xml, 1):
        files[f"xl/worksheets/sheet{i}.xml"] = xml
    files["xl/sharedStrings.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(strings)}" '
        f'uniqueCount="{len(strings)}">' + "".join(f"<si><t>{escape(s)}</t></si>" for s in strings) + "</sst>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name in ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels"] + \
                [f"xl/worksheets/sheet{i}.xml" for i in range(1, n + 1)] + ["xl/sharedStrings.xml"]:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 5, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, files[name].encode("utf-8"))


def png_bytes(width, height, pixel_rows):
    """RGB PNG from rows of bytes (3 bytes per pixel)."""
    raw = b"".join(b"\x00" + bytes(r) for r in pixel_rows)

    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


# ----------------------------------------------------------------------------------------------
# Preview (--preview): a quick look at the layout, drawn in the local frame at 1 px per metre
# ----------------------------------------------------------------------------------------------

class Canvas:
    def __init__(self, x0, y0, x1, y1, scale=1.0):
        self.x0, self.y1, self.s = x0, y1, scale
        self.w, self.h = int((x1 - x0) * scale), int((y1 - y0) * scale)
        self.px = [bytearray(b"\xff\xff\xff" * self.w) for _ in range(self.h)]

    def xy(self, p):
        return (p[0] - self.x0) * self.s, (self.y1 - p[1]) * self.s

    def fill(self, ring, rgb):
        pts = [self.xy(p) for p in ring]
        ys = [p[1] for p in pts]
        for row in range(max(0, int(min(ys))), min(self.h, int(max(ys)) + 1)):
            yc = row + 0.5
            xs = []
            for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1]):
                if (y1 > yc) != (y2 > yc):
                    xs.append(x1 + (yc - y1) * (x2 - x1) / (y2 - y1))
            xs.sort()
            for a, b in zip(xs[::2], xs[1::2]):
                for col in range(max(0, int(a + 0.5)), min(self.w, int(b + 0.5))):
                    self.px[row][3 * col:3 * col + 3] = bytes(rgb)

    def line(self, line, rgb, width=1.0):
        r = width / 2.0
        for a, b in zip(line, line[1:]):
            (x1, y1), (x2, y2) = self.xy(a), self.xy(b)
            n = int(max(abs(x2 - x1), abs(y2 - y1)) * 2) + 1
            for k in range(n + 1):
                x, y = x1 + (x2 - x1) * k / n, y1 + (y2 - y1) * k / n
                for yy in range(int(y - r), int(y + r) + 1):
                    for xx in range(int(x - r), int(x + r) + 1):
                        if 0 <= xx < self.w and 0 <= yy < self.h:
                            self.px[yy][3 * xx:3 * xx + 3] = bytes(rgb)

    def png(self):
        return png_bytes(self.w, self.h, self.px)


def render_preview(path, community, grids, water, site):
    cv = Canvas(-120.0, -110.0, 1420.0, 1180.0, 0.8)
    cv.fill(community, (246, 243, 232))
    for _, _, ring in water:
        cv.fill(ring, (160, 200, 235))
    for ring in site.compounds.values():
        cv.fill(ring, (232, 226, 210))
    for q in site.reserved:
        cv.fill(rect_ring(q), (200, 228, 190))
    for name, cls, clear, line in ROADS:
        width = {"主干路": 22, "次干路": 16, "支路": 10, "巷道": 6, "小区道路": 5}[cls] * 0.8
        cv.line(line, (205, 205, 205) if name else (225, 220, 205), width)
    palette = [(200, 90, 70), (70, 120, 190), (90, 160, 90), (190, 140, 50), (140, 90, 170), (60, 160, 160)]
    for b in site.buildings:
        col = palette[(b["grid"] - 1) % len(palette)] if b["use"] == "住宅" else (120, 120, 120)
        cv.fill(rect_ring(b["rect"]), col)
    for g in grids.values():
        cv.line(closed(g["ring"]), (200, 30, 30), 2)
    cv.line(closed(community), (20, 20, 20), 3)
    with open(path, "wb") as f:
        f.write(cv.png())


# ----------------------------------------------------------------------------------------------
# Main
# ----------------------------------------------------------------------------------------------

README = """# 友好社区 sample community (fictional)

A made-up community modelled on 友好社区, {street}, {county} (Jiangsu): about {area:.2f} km² between
青园北路 (east), 如泰河 (south) and 掘苴河 (north and west). **Every name, address, ID number, phone
number, photo and issue in these files is invented**; the layout is not the real town. Generated by
`tools/make_youhao_sample.py` (Python 3 standard library, fixed seed): edit the script, not the files.
The build turns these sources into `<build>/samples/youhao.sqlite` with `gridatlas-cli`
(see `../CMakeLists.txt`).

Coordinates are WGS84 longitude/latitude. Division code of the community: {division}.

| File | Content |
|---|---|
| `community.geojson` | the community polygon (code, name, street, service_phone) |
| `grids.geojson` | {grids} grids `{division}001`…`{division}012`, numbered west→east, north→south (code, name, community, population, start_date, notes); they cover the community exactly |
| `compounds.geojson` | the 3 residential compounds 华荣上海城, 文峰财富广场, 和盛世华城 (name, community, aliases separated by `;`) |
| `buildings.geojson` | {buildings} buildings (compound, number, road, door, households, floors, units, use, name); compound buildings are numbered 1…N, plus A座/B座/C座 in 文峰财富广场; other buildings carry road + door number |
| `roads.geojson` | {roads} road centrelines (name, class); compound inner roads have no name |
| `water.geojson` | 如泰河, 掘苴河 and a pond (name, kind) |
| `organisations.geojson` | {orgs} organisations: agencies, schools, firms, shops (name, kind, address, phone) |
| `staff.csv` | {staff} grid staff, UTF-8 (name, role, phone, grid, photo); `photo` is relative to this folder |
| `photos/` | staff portraits (PNG silhouettes); `{missing}` is deliberately missing |
| `issues.csv` | {issues} issues reported {first} … {last}, UTF-8 (issue_id, category, subcategory, severity, title, description, reported_at, reporter, address, state, level, deadline, closed_at, x = longitude, y = latitude); {noxy} have an address only |
| `households_a.csv` | household register of the buildings west of 文峰路, **GBK**, headers 户编号, 户主姓名, 身份证号, 联系电话, 家庭人口, 住址, 关注人群 ({hh_a} rows) |
| `households_b.xlsx` | the register east of 文峰路: sheet `住户登记` with the title row “友好社区住户登记表” above the header row (序号 + the same headers); sheet `说明` is notes to ignore ({hh_b} rows) |

## Design figures

- {households} households, {population} people; households per grid (by the buildings' `households`
  attribute, which equals the number of register rows addressed to each building):
  {grid_table}.
- Grid 006 ({over} households) is over the 300–500 range; 华荣上海城's north–south inner road splits
  it into two parts of {west} and {east}. Grids 001 and 002 ({u1} + {u2}) are neighbours under the
  range; merged they hold {merged}. 和盛世华城 is the one compound shared by two grids (004, 008).
- No building is cut by a grid boundary; grid boundaries follow roads, river banks and one compound
  inner road.
- Addresses are written the ways registers write them (`华荣上海城12号楼2单元301室`, `12-2-301`,
  `十二幢二单元`, full-width digits, `A座`/`a座`, shortened and misspelt compound names, road + door
  numbers, county/street prefixes); every address points at a real building and room.
- ID numbers carry valid GB 11643 check digits except {invalid} that are wrong on purpose (and a few
  with a lower-case `x`). Phones are in the fictional range 1380000xxxx (households), 1390000xxxx
  (staff), 1370000xxxx / 0513-8000xxxx (organisations).
"""


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--out", default=os.path.join(here, "..", "data", "samples", "youhao"))
    ap.add_argument("--preview", help="also draw the layout to this PNG file")
    args = ap.parse_args()
    out = os.path.normpath(args.out)
    os.makedirs(os.path.join(out, "photos"), exist_ok=True)

    _, Hd, Vd = build_edges()
    grids = build_grids(Hd, Vd)
    community = community_ring(Hd, Vd)
    water = build_water(Hd, Vd)
    site = Site(grids, compound_rings())
    place_buildings(site)
    number_compound_buildings(site)
    address_road_buildings(site, random.Random(SEED + 1))
    allocate_households(site, random.Random(SEED + 2))
    households = make_households(site, random.Random(SEED + 3))
    orgs = make_organisations(site, random.Random(SEED + 4))
    staff = make_staff(random.Random(SEED + 5), GRID_CODES)
    issue_rows, _ = make_issues(site, community, {n: g["ring"] for n, g in grids.items()}, staff,
                                random.Random(SEED + 6))

    # Layers.
    write_geojson(os.path.join(out, "community.geojson"), "community", [feature(
        {"code": DIVISION, "name": COMMUNITY, "street": STREET, "service_phone": "0513-80001234"},
        "Polygon", polygon_lonlat(community))])
    pop = {n: 0 for n in grids}
    for h in households:
        pop[h["building"]["grid"]] += h["members"]
    notes = {1: "友好小学、党群服务中心、友好公园", 2: "友好农贸市场、卫生服务站", 4: "和盛世华城二期",
             6: "华荣上海城", 8: "和盛世华城一期", 10: "文峰财富广场"}
    write_geojson(os.path.join(out, "grids.geojson"), "grids", [feature(
        {"code": GRID_CODES[n], "name": f"{COMMUNITY}第{GRID_NAMES[n - 1]}网格", "community": COMMUNITY,
         "population": pop[n], "start_date": "2021-03-01", "notes": notes.get(n)},
        "Polygon", polygon_lonlat(grids[n]["ring"])) for n in sorted(grids)])
    write_geojson(os.path.join(out, "compounds.geojson"), "compounds", [feature(
        {"name": name, "community": COMMUNITY, "aliases": COMPOUND_INFO[name]["aliases"]},
        "Polygon", polygon_lonlat(ring)) for name, ring in site.compounds.items()])
    ordered = sorted(site.buildings, key=lambda b: (b["grid"], b["compound"] or "", -b["rect"][3], b["rect"][0]))
    write_geojson(os.path.join(out, "buildings.geojson"), "buildings", [feature(
        {"compound": b["compound"], "number": b["number"], "road": b["road"], "door": b["door"],
         "households": b["households"], "floors": b["floors"], "units": b["units"], "use": b["use"],
         "name": b["name"]}, "Polygon", polygon_lonlat(rect_ring(b["rect"]))) for b in ordered])
    write_geojson(os.path.join(out, "roads.geojson"), "roads", [feature(
        {"name": name, "class": cls}, "LineString", [list(to_lonlat(p)) for p in line])
        for name, cls, _, line in ROADS])
    write_geojson(os.path.join(out, "water.geojson"), "water", [feature(
        {"name": name, "kind": kind}, "Polygon", polygon_lonlat(ring)) for name, kind, ring in water])
    write_geojson(os.path.join(out, "organisations.geojson"), "organisations", [feature(
        {"name": o["name"], "kind": o["kind"], "address": o["address"], "phone": o["phone"]},
        "Point", list(to_lonlat(o["xy"]))) for o in orgs])

    # Staff and photos.
    prng = random.Random(SEED + 7)
    for f in os.listdir(os.path.join(out, "photos")):
        if f.endswith(".png"):
            os.remove(os.path.join(out, "photos", f))
    for s in staff:
        png = portrait_png(prng, s["female"])
        if not s["missing"]:
            with open(os.path.join(out, s["photo"]), "wb") as f:
                f.write(png)
    write_csv(os.path.join(out, "staff.csv"), ["name", "role", "phone", "grid", "photo"],
              [[s["name"], s["role"], s["phone"], s["grid"], s["photo"]] for s in staff])

    # Issues.
    write_csv(os.path.join(out, "issues.csv"),
              ["issue_id", "category", "subcategory", "severity", "title", "description", "reported_at", "reporter",
               "address", "state", "level", "deadline", "closed_at", "x", "y"], issue_rows)

    # Household registers: west of 文峰路 as a GBK CSV, east of it as an XLSX with a title row.
    west = [h for h in households if h["building"]["rect"][2] < 650]
    east = [h for h in households if h["building"]["rect"][2] >= 650]
    header = ["户编号", "户主姓名", "身份证号", "联系电话", "家庭人口", "住址", "关注人群"]
    write_csv(os.path.join(out, "households_a.csv"), header,
              [[h["household_id"], h["name"], h["id_number"], h["phone"], h["members"], h["address"], h["tags"]]
               for h in west], encoding="gbk")
    rows = [["友好社区住户登记表"], ["序号"] + header]
    for k, h in enumerate(east, 1):
        phone = int(h["phone"]) if h["phone"].isdigit() else h["phone"]
        rows.append([k, h["household_id"], h["name"], h["id_number"], phone, h["members"], h["address"], h["tags"]])
    notes_sheet = [["填表说明"], ["1. 本表由社区网格员采集，每户一行。"], ["2. 住址填写到楼栋、单元、室。"],
                   ["3. 关注人群：独居老人、空巢老人、低保、残疾人、流动人口等。"], ["4. 本表数据为虚构示例。"]]
    write_xlsx(os.path.join(out, "households_b.xlsx"), [("住户登记", rows, ["A1:H1"]), ("说明", notes_sheet, [])])

    # README with the figures of this run.
    per_grid = {n: sum(b["households"] for b in site.buildings if b["grid"] == n) for n in grids}
    west6 = sum(b["households"] for b in site.buildings if b["grid"] == 6 and b["rect"][2] < 490)
    table = ", ".join(f"{GRID_CODES[n][-3:]}: {per_grid[n]}" for n in sorted(grids))
    missing = next(s["photo"] for s in staff if s["missing"])
    invalid = sum(1 for h in households if h["id_number"][-1].upper() != id_check_digit(h["id_number"][:17]))
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(README.format(
            street=STREET, county=COUNTY, area=ring_area(community) / 1e6, division=DIVISION, grids=len(grids),
            buildings=len(site.buildings), roads=len(ROADS), orgs=len(orgs), staff=len(staff), missing=missing,
            issues=len(issue_rows), first=issue_rows[0][6][:10], last=issue_rows[-1][6][:10],
            noxy=sum(1 for r in issue_rows if r[13] == ""), hh_a=len(west), hh_b=len(east),
            households=len(households), population=sum(h["members"] for h in households), grid_table=table,
            over=per_grid[6], west=west6, east=per_grid[6] - west6, u1=per_grid[1], u2=per_grid[2],
            merged=per_grid[1] + per_grid[2], invalid=invalid))
    if args.preview:
        render_preview(args.preview, community, grids, water, site)
    print(f"{out}: {len(site.buildings)} buildings, {len(households)} households, {len(orgs)} organisations, "
          f"{len(staff)} staff, {len(issue_rows)} issues")


if __name__ == "__main__":
    main()
