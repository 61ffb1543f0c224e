#include <iostream>

#include "cli/command.h"

namespace ga::cli {

const std::vector<Command>& commands() {
    static const std::vector<Command> all = {
        {"new", "new PROJECT [--crs EPSG:N] [--division CODE] [--name NAME]",
         "create an empty project (CRS: a metric CGCS2000 zone, else picked on first import)",
         {"crs", "division", "name"}, {}, runNew},
        {"info", "info PROJECT [--json]", "counts per layer and households per grid", {}, {"json"}, runInfo},
        {"config", "config PROJECT [--operator NAME] [--range MIN-MAX] [--out-of-range warn|refuse] [--name NAME] "
                   "[--service-phone TEL]",
         "show or change project settings", {"range", "out-of-range", "name", "service-phone"}, {}, runConfig},
        {"import", "import PROJECT --layer L FILE [--field TARGET=SOURCE ...] [--encoding ENC] "
                   "[--crs EPSG:N|GCJ02|BD09] [--towgs84 P | --control-points CSV] [--sheet NAME] [--update] "
                   "[--retire-missing] [--report OUT.csv]",
         "import a GIS file or register (Shapefile, GeoPackage, GeoJSON, KML, DXF, GML, FlatGeobuf, OSM, CSV, XLSX)",
         {"layer", "field", "encoding", "crs", "towgs84", "control-points", "sheet", "report"}, {"update", "retire-missing"}, runImport},
        {"export", "export PROJECT --layer L OUT [--crs EPSG:N] [--unmasked]",
         "export a layer (.gpkg, .shp, .geojson, .kml, .csv); personal data masked unless --unmasked (logged)",
         {"layer", "crs"}, {"unmasked"}, runExport},
        {"render", "render PROJECT --out OUT.png [--size WxH] [--extent xmin,ymin,xmax,ymax | --grid CODE]",
         "draw the map to PNG through the workstation's renderer (default: full extent, 1920x1080)",
         {"out", "size", "extent", "grid"}, {}, runRender},
        {"basemap", "basemap PROJECT (--add PATH|URL [--name N] [--attribution TEXT] [--opacity O] | --list [--json] | "
                    "--remove NAME)",
         "basemaps under the map: a GeoTIFF orthophoto, an MBTiles file, an XYZ tile URL ({z}/{x}/{y}, e.g. 天地图) or "
         "a WMTS service",
         {"add", "name", "attribution", "opacity", "remove", "operator"}, {"list", "json"}, runBasemap},
        {"synth", "synth OUT.sqlite --households N [--seed S] [--crs EPSG:N] [--truth TRUTH.csv]",
         "generate a synthetic district of N households for benchmarks (buildings, grids, messy addresses, issues)",
         {"households", "seed", "crs", "truth"}, {}, runSynth},
        {"print", "print PROJECT (--grid CODE | --atlas [--community CODE] [--cover] | --overview [--community CODE]) "
                  "[--paper A4|A3|A2|A1|A0] [--landscape | --portrait] [--template notice|wall|overview] "
                  "--out OUT.pdf|OUT.png [--dpi N] [--title TEXT] [--issues] [--heatmap] [--no-organisations] [--no-basemap]",
         "print grid wall maps, notice boards, community overviews and atlases (PDF, or PNG at --dpi, default 300), "
         "over the project's shown basemaps unless --no-basemap",
         {"grid", "community", "paper", "template", "out", "dpi", "title"},
         {"atlas", "cover", "overview", "landscape", "portrait", "issues", "heatmap", "no-organisations", "no-basemap"},
         runPrint},
        {"heatmap", "heatmap PROJECT --out OUT.tif|OUT.png [--radius M] [--pixel M] [--weight count|severity] "
                    "[--category C ...] [--state S] [--severity S] [--grid CODE] [--from DATE --to DATE] [--overdue] "
                    "[--extent xmin,ymin,xmax,ymax] [--max V]",
         "issue density (quartic kernel): a Float32 GeoTIFF of raw density, or a coloured PNG with a legend",
         {"out", "radius", "pixel", "weight", "category", "state", "severity", "grid", "from", "to", "extent", "max"},
         {"overdue"}, runHeatmap},
        {"stats", "stats PROJECT [--by grid|community|month|category] [--json|--csv|--out OUT.csv|OUT.xlsx] "
                  "[--category C ...] [--state S] [--severity S] [--grid CODE] [--from DATE --to DATE] [--overdue]",
         "issue ledger figures: reported, accepted, closed, overdue, disputes mediated, closure and mediation rates",
         {"by", "out", "category", "state", "severity", "grid", "from", "to"}, {"json", "csv", "overdue"}, runStats},
        {"issue", "issue PROJECT ISSUE", "one issue: its state, level, deadline, history and the actions open to it", {}, {},
         runIssue},
        {"issue-transition", "issue-transition PROJECT ISSUE --action ACTION [--note TEXT] [--at TIME] [--deadline TIME]",
         "move an issue through the workflow (accept, refuse, dispatch, handle, escalate, return, feedback, verify, "
         "close, strike-off, extend), stored as an event",
         {"action", "note", "at", "deadline"}, {}, runIssueTransition},
        {"split", "split PROJECT --grid CODE --line WKT [--json]",
         "split a grid along a line (the boundary bends around cut buildings; the larger part keeps the code)",
         {"grid", "line"}, {"json"}, runSplit},
        {"merge", "merge PROJECT --grids A,B[,...] [--into A] [--name-from CODE] [--staff-from CODE] [--json]",
         "merge adjacent grids of one community (the others' codes are retired)",
         {"grids", "into", "name-from", "staff-from"}, {"json"}, runMerge},
        {"suggest-split", "suggest-split PROJECT --grid CODE [--json] [--seed N]",
         "propose a line splitting an over-range grid into two parts in range, along roads or gaps between buildings",
         {"grid", "seed"}, {"json"}, runSuggestSplit},
        {"validate", "validate PROJECT [--json]",
         "check every grid rule (range, gap, overlap, outside_community, cut_building, cut_compound, multipart, code); "
         "exit 1 when one is broken",
         {}, {"json"}, runValidate},
        {"history", "history PROJECT [--json]", "the edit log: who changed what and when, and what is undone", {},
         {"json"}, runHistory},
        {"undo", "undo PROJECT [--to EDIT_ID]",
         "undo the last edit, or roll back to just after edit EDIT_ID (the undo is itself logged)", {"to"}, {}, runUndo},
        {"geocode", "geocode PROJECT [--threshold T] [--review OUT.csv] [--json] [--points-only] [--threads N]",
         "link households to buildings by address and location (户进房); the rest go to the review queue",
         {"threshold", "review", "threads"}, {"json", "points-only"}, runGeocode},
    };
    return all;
}

int failWith(const Error& e) {
    std::cerr << "gridatlas-cli: " << e.message << "\n";
    return 2;
}

Result<store::Project> openProject(const Args& a, bool readOnly) {
    if (a.positional().empty()) return fail("no PROJECT given");
    return store::Project::open(a.positional()[0], readOnly);
}

std::string operatorOf(const Args& a, const store::ProjectSettings& s) {
    return store::resolveOperator(a.value("operator").value_or(""), s);
}

}  // namespace ga::cli
