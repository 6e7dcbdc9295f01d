#include "catalog/templatetexts.h"

#include <QCoreApplication>
#include <QString>

#include <nlohmann/json.hpp>

#include <atomic>
#include <functional>
#include <string_view>

namespace stagecraft {

namespace {

// Keys whose string value people read, wherever they stand.
bool isTextKey(std::string_view key)
{
    // "...Note": a var holding a sentence that an explanation takes in (cacheCleanupNote).
    return key == "explain" || key == "description" || key == "help" || key == "label" || key == "unsupported"
           || key == "healthcheckUnavailable" || key == "startCommandUnused" || key == "owner" || key == "finding"
           || key.ends_with("Note");
}

// Objects whose every string value is a reason people read (keyed by option or base id).
bool isReasonMap(std::string_view key)
{
    return key == "unavailableOptions" || key == "unavailableBases";
}

bool isStage(const nlohmann::json &object)
{
    return object.contains("instructions");
}

// A detection rule whose value is not data but the reason a scan refuses the project.
bool isRefusalRule(const nlohmann::json &object)
{
    const auto set = object.find("set");
    return set != object.end() && set->is_string() && set->get_ref<const std::string &>() == "refusal";
}

// A list entry's segment of the key: its id, a stage's name, or else its index.
std::string entrySegment(const nlohmann::json &entry, std::size_t index)
{
    if (entry.is_object()) {
        const auto id = entry.find("id");
        if (id != entry.end() && id->is_string() && !id->get_ref<const std::string &>().empty())
            return id->get<std::string>();
        const auto name = entry.find("name");
        if (isStage(entry) && name != entry.end() && name->is_string() && !name->get_ref<const std::string &>().empty())
            return name->get<std::string>();
    }
    return std::to_string(index);
}

using Visit = std::function<void(const std::string &key, nlohmann::json &text)>;

void walk(nlohmann::json &value, const std::string &path, const Visit &visit)
{
    const auto join = [&path](const std::string &segment) { return path.empty() ? segment : path + "/" + segment; };
    if (value.is_array()) {
        for (std::size_t i = 0; i < value.size(); ++i)
            walk(value[i], join(entrySegment(value[i], i)), visit);
        return;
    }
    if (!value.is_object())
        return;
    const bool stage = isStage(value);
    const bool refusal = isRefusalRule(value);
    for (auto it = value.begin(); it != value.end(); ++it) {
        const std::string &key = it.key();
        nlohmann::json &child = it.value();
        if (child.is_string()) {
            if (isTextKey(key) || (key == "name" && !stage) || (key == "value" && refusal))
                visit(join(key), child);
        } else if (isReasonMap(key) && child.is_object()) {
            for (auto reason = child.begin(); reason != child.end(); ++reason) {
                if (reason.value().is_string())
                    visit(join(key + "/" + reason.key()), reason.value());
            }
        } else {
            walk(child, join(key), visit);
        }
    }
}

std::atomic<bool> templateTextsTranslated{false};

} // namespace

void setTemplateTextsTranslated(bool translated)
{
    templateTextsTranslated = translated;
}

std::string templateTextContext(const std::string &path)
{
    const std::size_t slash = path.rfind('/');
    std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
    if (name.size() > 5 && name.compare(name.size() - 5, 5, ".json") == 0)
        name.resize(name.size() - 5);
    const bool part = slash != std::string::npos && slash >= 6 && path.compare(slash - 6, 6, "/parts") == 0;
    return "template/" + (part ? "parts/" + name : name);
}

std::vector<TemplateText> templateTexts(const nlohmann::json &file)
{
    std::vector<TemplateText> texts;
    nlohmann::json copy = file;
    walk(copy, "", [&texts](const std::string &key, nlohmann::json &text) {
        if (!text.get_ref<const std::string &>().empty())
            texts.push_back({key, text.get<std::string>()});
    });
    return texts;
}

void translateTemplateTexts(nlohmann::json &file, const std::string &path)
{
    if (!templateTextsTranslated)
        return;
    const std::string context = templateTextContext(path);
    walk(file, "", [&context](const std::string &key, nlohmann::json &text) {
        const std::string &source = text.get_ref<const std::string &>();
        if (source.empty())
            return;
        const QString translation = QCoreApplication::translate(context.c_str(), source.c_str(), key.c_str());
        text = translation.toStdString();
    });
}

} // namespace stagecraft
