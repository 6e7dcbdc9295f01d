#pragma once

#include "catalog/catalog.h"
#include "common/outcome.h"
#include "config/config.h"
#include "dockerfile/document.h"

#include <string>
#include <vector>

namespace stagecraft {

// Everything one configuration produces.
struct Generated
{
    Document multiStage;
    Document singleStage;  // the naive "before" picture
    std::string dockerignore;
    std::vector<std::string> notes; // consequences the user should know (e.g. ports below 1024)
};

// The part of a Config a problem is about, so an editor can show it at its field.
enum class ConfigField {
    Stack, PackageManager, LanguageVersion, Base, Port, Uid, Gid, StartCommand, HealthcheckPath, Healthcheck,
    Option, LabelTitle, LabelDescription, LabelSource, LabelLicenses
};

struct ConfigProblem
{
    ConfigField field;
    std::string option; // the option's id, for ConfigField::Option
    std::string message; // one printable line
    bool operator==(const ConfigProblem &) const = default;
};

// Everything wrong with a configuration, in the order validateConfig checks it; empty when it
// can be generated. Every value is checked for where it lands, whether or not its feature is on.
std::vector<ConfigProblem> configProblems(const Catalog &catalog, const Config &config);

// The first of configProblems(), as one printable line; empty when it can be generated.
std::string validateConfig(const Catalog &catalog, const Config &config);

// Why `stack` cannot use `baseId` (empty when it can).
std::string baseUnavailableReason(const StackDefinition &stack, const std::string &baseId);

// Why the configuration's base cannot be used with its language version or package manager
// (empty when it can): the base's own refusal first, then the chosen version's or package
// manager's unavailableBases entry, e.g. Python 3.12 refusing distroless (whose Python is
// 3.13), then the base's unavailableOptions entry for an option set to a value other than its default.
std::string baseUnavailableReason(const StackDefinition &stack, const Config &config);

// The value `config` gives `option`, or the option's default when it names none (a preset
// saved before the option existed).
std::string optionValue(const StackOption &option, const Config &config);

// Why a setting cannot be used with this configuration (empty `reason` when it can), and
// the toggle option that is on and rules it out (null when the base does).
struct Unavailable
{
    std::string reason;
    const StackOption *option = nullptr;
};
// The healthcheck: its base has nothing to probe the app with, or a toggle leaves nothing.
Unavailable healthcheckBlock(const StackDefinition &stack, const Config &config);
// The start command: a toggle that is on makes the image start something else, or a
// toggle's value decides the command (then `reason` names it).
Unavailable startCommandBlock(const StackDefinition &stack, const Config &config);
// The command the image starts: the one a toggle's value decides, else the configured one.
std::string effectiveStartCommand(const StackDefinition &stack, const Config &config);

// Why the rendered `document` is not what its instructions say (empty when it is): a line
// break, carriage return or other control character inside a value, or a trailing
// backslash that would join the next line. generate() never returns such a document.
std::string renderedLineProblem(const Document &document);

// A pure function of its inputs: same catalog and configuration, same documents.
Outcome<Generated> generate(const Catalog &catalog, const Config &config);

} // namespace stagecraft
