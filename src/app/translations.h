#pragma once
// Chinese is the source language of every user-facing string; English comes from
// resources/translations/gridatlas_en.ts, compiled into the executable's resources.
#include <QCoreApplication>
#include <QString>

#include "store/layers.h"

namespace ga::app {

/// Installs the translators for `language` ("zh" or "en"): the app's own and Qt's (standard
/// buttons and dialogs). Returns false when the app's English catalogue is missing.
bool installTranslators(QCoreApplication& app, const QString& language);

/// The language installed by installTranslators ("zh" until then).
QString uiLanguage();

/// A layer's name in the UI language (the store's Chinese label, or its English name).
QString layerName(store::Layer layer);
/// A field's label in the UI language: the store's Chinese label, or "Household id" made from
/// the English target name.
QString fieldLabel(const store::FieldDef& field);

}  // namespace ga::app
