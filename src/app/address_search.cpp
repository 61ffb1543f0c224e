#include "app/address_search.h"

#include <QCoreApplication>
#include <QString>

#include "geocode/address_matcher.h"
#include "geocode/batch_matcher.h"
#include "geocode/geocoder.h"
#include "store/address_sources.h"
#include "store/grid_staff.h"

namespace ga::app {
namespace {

constexpr size_t kMostHits = 3;

QString q(const std::string& s) { return QString::fromStdString(s); }

}  // namespace

AddressSearch::AddressSearch() = default;
AddressSearch::~AddressSearch() = default;

void AddressSearch::reset() { index_.reset(); }

Result<const geocode::AddressIndex*> AddressSearch::index(store::Project& project) {
    if (!index_) {
        auto sources = store::readAddressSources(project);
        if (!sources) return std::unexpected(sources.error());
        auto built = std::make_unique<geocode::AddressIndex>(geocode::AddressIndex::build(*sources));
        // Learns the compounds' gates from the organisations' addresses (no households to match).
        auto learnt = geocode::matchBatch(
            *built, 0, [](size_t) { return std::string_view(); }, [](size_t) { return true; }, {});
        if (!learnt) return std::unexpected(learnt.error());
        index_ = std::move(built);
    }
    return index_.get();
}

Result<geocode::ParsedAddress> AddressSearch::parse(store::Project& project, const std::string& text) {
    auto ix = index(project);
    if (!ix) return std::unexpected(ix.error());
    return geocode::AddressMatcher(**ix).parse(text);
}

Result<std::vector<store::SearchHit>> AddressSearch::find(store::Project& project, const model::MapModel& model,
                                                          const std::string& text) {
    if (auto ix = index(project); !ix) return std::unexpected(ix.error());
    geocode::AddressMatcher matcher(*index_);
    const geocode::MatchResult r = matcher.match(text);
    std::vector<store::SearchHit> hits;
    if (r.level < geocode::MatchLevel::Building) return hits;
    const auto& buildings = model.buildings();
    for (size_t k = 0; k < r.candidateCount && hits.size() < kMostHits; ++k) {
        const geocode::IndexedBuilding& b = index_->buildings()[r.candidates[k].building];
        size_t at = buildings.size();
        for (size_t i = 0; i < buildings.size(); ++i)
            if (buildings.features[i].id == b.id) {
                at = i;
                break;
            }
        if (at == buildings.size()) continue;
        QString label =
            b.compound != geocode::kNone
                ? QCoreApplication::translate("AddressSearch", "%1 %2号楼")
                      .arg(q(index_->compounds()[b.compound].name), q(b.number))
                : QCoreApplication::translate("AddressSearch", "%1%2号")
                      .arg(b.road != geocode::kNone ? q(index_->roadNames()[b.road]) : QString(), q(b.door));
        if (const uint32_t g = buildings.features[at].grid; g != model::kNone) {
            const model::Grid& grid = model.grids().features[g];
            label += QCoreApplication::translate("AddressSearch", " · %1（%2）").arg(q(grid.name), q(grid.code));
            auto staff = store::staffOfGrid(project, grid.code);
            if (staff && !staff->empty())
                label += QCoreApplication::translate("AddressSearch", " · %1 %2 %3")
                             .arg(q(staff->front().role), q(staff->front().name), q(staff->front().phone));
        } else {
            label += QCoreApplication::translate("AddressSearch", " · 不在任何网格内");
        }
        if (!r.linkable(geocode::kDefaultThreshold))
            label += QCoreApplication::translate("AddressSearch", " · 可信度 %1%")
                         .arg(qRound(r.candidates[k].confidence * 100));
        hits.push_back({store::Layer::Buildings, b.id, label.toStdString(), buildings.geometry.bounds(at)});
    }
    return hits;
}

}  // namespace ga::app
