#pragma once

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <vector>

namespace stagecraft {

// The texts of a template file that people read: stacks', bases', package managers' and
// versions' "name" and "description", options' "label" and "help", the reasons a base or
// option is unavailable, every stage's and instruction's "explain", and vars named "...Note"
// (sentences an explanation takes in). A stage's "name" is an identifier, not a text.
// Each has a key that stays put when other entries are added: the path to it, where a list
// entry with an "id" (or, for stages, a "name") is named by that, e.g.
// "stages/build/instructions/3/explain" or "options/buildScript/help".
struct TemplateText
{
    std::string key;
    std::string text;
};

// The translation context of a template file: "template/node" for node.json,
// "template/parts/node-options" for parts/node-options.json.
std::string templateTextContext(const std::string &path);

std::vector<TemplateText> templateTexts(const nlohmann::json &file);

// Replaces each text of `file` (read from `path`) with its translation for the installed
// translators (context templateTextContext(path), disambiguation the key); texts without one
// stay as they are. Templates compose from translated files, so the wizard explains in the
// user's language and the command line (which installs no translator) stays English.
void translateTemplateTexts(nlohmann::json &file, const std::string &path);

// Whether translateTemplateTexts looks texts up at all: off until the program installs a
// translator of its own (installTranslations), so the command line, which installs none,
// does not walk every template file for texts that would stay as they are.
void setTemplateTextsTranslated(bool translated);

} // namespace stagecraft
