#include "detect/detection.h"

#include "detect/treewalker.h"

#include <nlohmann/json.hpp>

namespace stagecraft {

std::string toString(Confidence confidence)
{
    switch (confidence) {
    case Confidence::Certain:
        return "certain";
    case Confidence::Likely:
        return "likely";
    case Confidence::Guess:
        break;
    }
    return "guess";
}

namespace {

// File contents can hold any bytes; JSON output must stay valid UTF-8.
nlohmann::json text(const std::string &value)
{
    return value.empty() ? nlohmann::json(nullptr) : nlohmann::json(toValidUtf8(value));
}

} // namespace

nlohmann::json toJson(const DetectionResult &result)
{
    nlohmann::json json = nlohmann::json::object();
    json["stack"] = text(result.stack);
    json["reason"] = result.stack.empty() ? text(result.reason) : nlohmann::json(nullptr);
    json["packageManager"] = text(result.packageManager);
    json["languageVersion"] = text(result.languageVersion);
    json["buildCommand"] = text(result.buildCommand);
    json["startCommand"] = text(result.startCommand);
    json["port"] = result.port > 0 ? nlohmann::json(result.port) : nlohmann::json(nullptr);
    const auto list = [](const std::vector<std::string> &items) {
        nlohmann::json array = nlohmann::json::array();
        for (const auto &item : items)
            array.push_back(toValidUtf8(item));
        return array;
    };
    json["files"] = list(result.files);
    json["buildOutputs"] = list(result.buildOutputs);
    json["startFile"] = text(result.startFile);
    json["bindAddress"] = text(result.bindAddress);
    json["bindSetting"] = text(result.bindSetting);
    json["refusal"] = text(result.refusal);
    json["projects"] = nlohmann::json::array();
    for (const auto &project : result.projects) {
        json["projects"].push_back({{"path", toValidUtf8(project.path)},
                                    {"stack", text(project.stack)},
                                    {"language", text(project.language)},
                                    {"name", text(project.name)}});
    }
    json["evidence"] = nlohmann::json::array();
    for (const auto &evidence : result.evidence) {
        json["evidence"].push_back({{"file", toValidUtf8(evidence.file)},
                                    {"finding", toValidUtf8(evidence.finding)},
                                    {"confidence", toString(evidence.confidence)}});
    }
    json["warnings"] = nlohmann::json::array();
    for (const auto &warning : result.warnings)
        json["warnings"].push_back(toValidUtf8(warning));
    return json;
}

} // namespace stagecraft
