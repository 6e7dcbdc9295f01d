#pragma once

// The contract `stagecraft options --json` states, read through the CLI itself, and the
// combinations it offers: every stack x package manager x language version x base x
// non-root x cache mounts, each with a label naming it.

#include "catalog/catalog.h"
#include "cli/cli.h"
#include "config/config.h"

#include <nlohmann/json.hpp>

#include <QTextStream>

#include <string>
#include <vector>

namespace stagecraft::testing {

struct Combination
{
    Config config;
    std::string label;
};

// What `options --json` prints; an empty object when the command fails.
inline nlohmann::json offeredOptions()
{
    QString outText;
    QString errText;
    QTextStream out(&outText);
    QTextStream err(&errText);
    if (runCli({QStringLiteral("options"), QStringLiteral("--json")}, out, err) != 0)
        return nlohmann::json::object();
    out.flush();
    return nlohmann::json::parse(outText.toStdString());
}

inline std::vector<Combination> offeredCombinations(const Catalog &catalog, const nlohmann::json &offered)
{
    std::vector<Combination> combinations;
    for (const auto &stack : offered.value("stacks", nlohmann::json::array())) {
        const StackDefinition *definition = catalog.find(stack["id"].get<std::string>());
        if (!definition)
            continue;
        for (const auto &pm : stack["packageManagers"])
            for (const auto &version : stack["languageVersions"])
                for (const auto &base : stack["bases"])
                    for (bool nonRoot : {true, false})
                        for (bool cacheMounts : {true, false}) {
                            Config config = defaultConfig(*definition);
                            config.packageManager = pm.get<std::string>();
                            config.languageVersion = version.get<std::string>();
                            config.base = base.get<std::string>();
                            config.nonRoot = nonRoot;
                            config.cacheMounts = cacheMounts;
                            combinations.push_back({config, definition->id + " " + config.packageManager + " " + config.languageVersion
                                                                + " " + config.base + (nonRoot ? " non-root" : " root")
                                                                + (cacheMounts ? " cache" : " no-cache")});
                        }
    }
    return combinations;
}

} // namespace stagecraft::testing
