#pragma once

#include "catalog/detectspec.h"
#include "detect/scancontext.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

// The one generic detection engine: it runs the "detect" blocks of the installed stacks
// (and of resources/languages.json) over a project folder. Internal to app/detect.
namespace stagecraft {

class Catalog;

// A detection the scan can pick: a stack's, or a language's with no stack ("" stack).
struct DetectEntry
{
    std::string stack;
    const DetectSpec *spec = nullptr;
};

// The stacks' detections, then each built-in language no stack declares; highest precedence
// first, then by stack id. Pointers into `catalog` and the built-in languages.
std::vector<DetectEntry> detectEntries(const Catalog &catalog);

// resources/languages.json: the languages recognised even with no stack installed.
const std::vector<DetectSpec> &builtInLanguages();
// The built-in templates, loaded once: what a scan without a catalog detects.
const Catalog &builtInCatalog();

// What identified a folder: the first identify rule that matched.
struct DetectMatch
{
    std::string file; // root-relative
    std::string finding;
    bool reportFinding = true;
    Confidence confidence = Confidence::Certain;
};

class DetectEngine
{
public:
    explicit DetectEngine(ScanContext &context);

    // Whether `spec` identifies the root-relative `folder` ("" = the scanned folder). Reads
    // quietly: a broken manifest is reported by the values or the analyser that read it.
    std::optional<DetectMatch> identify(const DetectSpec &spec, const std::string &folder);
    // Runs the "values" rules over the project folder into the scan result.
    void applyValues(const DetectSpec &spec);
    // The first "name" value of `spec` for `folder` (a monorepo member's package name).
    std::string name(const DetectSpec &spec, const std::string &folder);
    // The file names identify rules look for (globs kept, guesses left out), highest
    // precedence first: what "no project found" lists.
    static std::vector<std::string> identifyNames(const std::vector<DetectEntry> &entries);

private:
    std::string resolve(const DetectRule &rule, const std::string &folder) const;
    bool conditionsHold(const DetectRule &rule, const std::string &folder) const;
    std::vector<std::string> readValues(const DetectRule &rule, const std::string &path, bool quiet);
    std::optional<std::string> ruleValue(const DetectRule &rule, const std::string &path, bool quiet,
                                         std::string *raw);
    const std::optional<std::string> &text(const std::string &path, bool quiet);

    ScanContext &m_context;
    std::map<std::string, std::optional<std::string>> m_texts;
    std::map<std::string, std::optional<nlohmann::json>> m_json;
    std::map<std::string, std::optional<toml::table>> m_toml;
    std::map<std::string, bool> m_xmlWarned;
    std::optional<std::string> m_none;
};

} // namespace stagecraft
