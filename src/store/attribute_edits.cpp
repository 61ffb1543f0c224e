#include "store/attribute_edits.h"

#include <fmt/format.h>

#include <charconv>

#include "core/json_writer.h"

namespace ga::store {
namespace {

bool isBlob(const FieldDef& f) { return f.type == FieldType::Blob; }

std::string selectSql(const LayerDef& def) {
    std::string cols;
    for (const FieldDef& f : def.fields) {
        if (!cols.empty()) cols += ", ";
        cols += f.personal ? std::string("NULL") : fmt::format("\"{}\"", f.name);
    }
    return fmt::format("SELECT {} FROM {} WHERE id = ?", cols, def.name);
}

// Checks that `v` fits the field; the message names the field by its Chinese label.
Result<void> checkValue(const FieldDef& f, const std::optional<std::string>& v) {
    if (!v) {
        if (f.required) return fail(fmt::format("{}（{}）不能为空", f.label, f.name));
        return {};
    }
    const char* b = v->data();
    const char* e = b + v->size();
    switch (f.type) {
        case FieldType::Integer: {
            long long n = 0;
            const auto r = std::from_chars(b, e, n);
            if (r.ec != std::errc() || r.ptr != e)
                return fail(fmt::format("{}（{}）应为整数：{}", f.label, f.name, *v));
            if (n < 0) return fail(fmt::format("{}（{}）不能为负数：{}", f.label, f.name, *v));
            return {};
        }
        case FieldType::Real: {
            double d = 0;
            const auto r = std::from_chars(b, e, d);
            if (r.ec != std::errc() || r.ptr != e)
                return fail(fmt::format("{}（{}）应为数值：{}", f.label, f.name, *v));
            return {};
        }
        case FieldType::Date: {
            // YYYY-MM-DD, the form the importers store.
            const bool shape = v->size() == 10 && (*v)[4] == '-' && (*v)[7] == '-';
            bool digits = shape;
            for (size_t i = 0; shape && i < v->size(); ++i)
                if (i != 4 && i != 7 && ((*v)[i] < '0' || (*v)[i] > '9')) digits = false;
            if (!digits) return fail(fmt::format("{}（{}）应为 YYYY-MM-DD 日期：{}", f.label, f.name, *v));
            return {};
        }
        case FieldType::Text:
        case FieldType::Blob:
            return {};
    }
    return {};
}

// Empty text means "no value" in a form.
std::optional<std::string> normalised(const FieldDef& f, const std::optional<std::string>& v) {
    if (v && v->empty() && !isBlob(f)) return std::nullopt;
    return v;
}

void bindValue(Statement& st, int param, const FieldDef& f, const std::optional<std::string>& v) {
    if (!v)
        st.bind(param, std::nullopt);
    else if (isBlob(f))
        st.bindBlob(param, {reinterpret_cast<const uint8_t*>(v->data()), v->size()});
    else if (f.type == FieldType::Integer)
        st.bind(param, static_cast<int64_t>(std::stoll(*v)));
    else if (f.type == FieldType::Real)
        st.bind(param, std::stod(*v));
    else
        st.bind(param, std::string_view(*v));
}

void writeJsonValue(JsonWriter& w, const FieldDef& f, const std::optional<std::string>& v) {
    w.key(f.name);
    if (!v)
        w.null();
    else if (isBlob(f))
        w.value(fmt::format("<{} bytes>", v->size()));
    else
        w.value(*v);
}

// How the edit log names a feature: grid code, compound + building number, staff name, or id.
std::string featureName(const LayerDef& def, const FeatureAttributes& a) {
    auto value = [&](std::string_view field) -> std::string {
        const int i = fieldIndex(def, field);
        return i >= 0 && static_cast<size_t>(i) < a.values.size() && a.values[i] ? *a.values[i] : std::string();
    };
    switch (def.layer) {
        case Layer::Grids:
            return value("code");
        case Layer::Buildings: {
            const std::string n = value("compound") + value("number");
            return n.empty() ? fmt::format("#{}", a.id) : n;
        }
        case Layer::Staff:
            return value("name");
        default:
            return fmt::format("#{}", a.id);
    }
}

}  // namespace

Result<FeatureAttributes> readAttributes(Project& project, Layer layer, int64_t id) {
    const LayerDef& def = layerDef(layer);
    auto st = project.db().prepare(selectSql(def));
    if (!st) return std::unexpected(st.error());
    st->bind(1, id);
    auto row = st->step();
    if (!row) return std::unexpected(row.error());
    if (!*row) return fail(fmt::format("{}: layer {} has no feature with id {}", project.path(), def.name, id));
    FeatureAttributes a{layer, id, {}};
    a.values.resize(def.fields.size());
    for (size_t i = 0; i < def.fields.size(); ++i) {
        const int col = static_cast<int>(i);
        if (def.fields[i].personal || st->isNull(col)) continue;
        if (isBlob(def.fields[i])) {
            const auto bytes = st->blob(col);
            a.values[i] = std::string(reinterpret_cast<const char*>(bytes.data()), bytes.size());
        } else {
            a.values[i] = st->text(col);
        }
    }
    return a;
}

Result<int64_t> saveAttributes(Project& project, const FeatureAttributes& after, const std::string& operatorName) {
    if (project.readOnly()) return fail(fmt::format("{}: the project is open read-only", project.path()));
    const LayerDef& def = layerDef(after.layer);
    if (after.values.size() != def.fields.size())
        return fail(
            fmt::format("layer {}: {} values given for {} fields", def.name, after.values.size(), def.fields.size()));
    auto tx = Transaction::begin(project.db());
    if (!tx) return std::unexpected(tx.error());
    auto before = readAttributes(project, after.layer, after.id);
    if (!before) return std::unexpected(before.error());

    std::vector<size_t> changed;
    std::vector<std::optional<std::string>> values(def.fields.size());
    for (size_t i = 0; i < def.fields.size(); ++i) {
        const FieldDef& f = def.fields[i];
        values[i] = normalised(f, after.values[i]);
        if (f.personal) {
            if (values[i]) return fail(fmt::format("{}（{}）是居民个人信息，不能在此修改", f.label, f.name));
            continue;
        }
        if (values[i] == before->values[i]) continue;
        if (f.name == def.key)
            return fail(fmt::format("{}（{}）不能在属性表中修改：编码只随拆分与合并改变", f.label, f.name));
        if (auto ok = checkValue(f, values[i]); !ok) return std::unexpected(ok.error());
        changed.push_back(i);
    }
    if (changed.empty()) return int64_t{0};

    std::string sets;
    for (size_t i : changed) sets += fmt::format("{}\"{}\" = ?", sets.empty() ? "" : ", ", def.fields[i].name);
    auto st = project.db().prepare(fmt::format("UPDATE {} SET {} WHERE id = ?", def.name, sets));
    if (!st) return std::unexpected(st.error());
    int param = 1;
    for (size_t i : changed) bindValue(*st, param++, def.fields[i], values[i]);
    st->bind(param, after.id);
    if (auto r = st->run(); !r) return std::unexpected(r.error());

    JsonWriter w;
    w.beginObject().field("layer", def.name).field("id", static_cast<long long>(after.id));
    w.key("before").beginObject();
    for (size_t i : changed) writeJsonValue(w, def.fields[i], before->values[i]);
    w.endObject().key("after").beginObject();
    for (size_t i : changed) writeJsonValue(w, def.fields[i], values[i]);
    w.endObject().endObject();
    std::string labels;
    for (size_t i : changed) labels += fmt::format("{}{}", labels.empty() ? "" : "、", def.fields[i].label);
    const std::string who = featureName(def, *before);
    auto logged = project.logEdit({resolveOperator(operatorName, project.settings()), "edit_attributes",
                                   fmt::format("{}:{}", def.name, who),
                                   fmt::format("修改{} {} 的{}", def.label, who, labels), w.str()});
    if (!logged) return std::unexpected(logged.error());
    if (auto r = tx->commit(); !r) return std::unexpected(r.error());
    return *logged;
}

Result<int64_t> insertAttributes(Project& project, const FeatureAttributes& row, const std::string& operatorName) {
    if (project.readOnly()) return fail(fmt::format("{}: the project is open read-only", project.path()));
    const LayerDef& def = layerDef(row.layer);
    if (def.geometry != GeometryKind::None)
        return fail(fmt::format("layer {} needs a geometry; features are added on the map", def.name));
    if (row.values.size() != def.fields.size())
        return fail(
            fmt::format("layer {}: {} values given for {} fields", def.name, row.values.size(), def.fields.size()));
    std::string cols, params;
    std::vector<std::optional<std::string>> values(def.fields.size());
    for (size_t i = 0; i < def.fields.size(); ++i) {
        const FieldDef& f = def.fields[i];
        values[i] = normalised(f, row.values[i]);
        if (f.personal) continue;
        if (auto ok = checkValue(f, values[i]); !ok) return std::unexpected(ok.error());
        cols += fmt::format("{}\"{}\"", cols.empty() ? "" : ", ", f.name);
        params += params.empty() ? "?" : ", ?";
    }
    auto tx = Transaction::begin(project.db());
    if (!tx) return std::unexpected(tx.error());
    auto st = project.db().prepare(fmt::format("INSERT INTO {} ({}) VALUES ({})", def.name, cols, params));
    if (!st) return std::unexpected(st.error());
    int param = 1;
    for (size_t i = 0; i < def.fields.size(); ++i)
        if (!def.fields[i].personal) bindValue(*st, param++, def.fields[i], values[i]);
    if (auto r = st->run(); !r) return std::unexpected(r.error());
    const int64_t id = project.db().lastInsertId();

    JsonWriter w;
    w.beginObject().field("layer", def.name).field("id", static_cast<long long>(id)).key("after").beginObject();
    for (size_t i = 0; i < def.fields.size(); ++i)
        if (!def.fields[i].personal) writeJsonValue(w, def.fields[i], values[i]);
    w.endObject().endObject();
    const std::string who = featureName(def, FeatureAttributes{row.layer, id, values});
    auto logged =
        project.logEdit({resolveOperator(operatorName, project.settings()), "add_feature",
                         fmt::format("{}:{}", def.name, who), fmt::format("新增{} {}", def.label, who), w.str()});
    if (!logged) return std::unexpected(logged.error());
    if (auto r = tx->commit(); !r) return std::unexpected(r.error());
    return id;
}

}  // namespace ga::store
