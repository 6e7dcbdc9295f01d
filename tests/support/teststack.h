#pragma once

// The test-only stack template (tests/fixtures/templates/teststack.json) as JSON, for tests
// that build hostile variants of a valid template.

#include <nlohmann/json.hpp>

#include <QFile>
#include <QString>

namespace stagecraft::testing {

inline const QString templateFixtureFolder = QStringLiteral(STAGECRAFT_TESTS_DIR "/fixtures/templates");

inline nlohmann::json testStack()
{
    QFile file(templateFixtureFolder + QStringLiteral("/teststack.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return nlohmann::json::parse(file.readAll().toStdString());
}

} // namespace stagecraft::testing
