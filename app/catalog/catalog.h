#pragma once

#include "catalog/stackdefinition.h"
#include "common/outcome.h"

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <vector>

namespace stagecraft {

// Something the user should hear about loading the templates: usually a file that could
// not be used (which file, where in it, what is wrong).
struct LoadIssue
{
    enum class Kind {
        SkippedFile, // the file was not loaded
        Warning,     // about a folder, e.g. too many templates in it (message says it all)
        Note,        // the file was loaded, with a consequence (message says it all)
    };
    std::string file;
    std::string pointer; // JSON pointer, e.g. "/stages/1/instructions/3"
    std::string message;
    Kind kind = Kind::SkippedFile;
    // One printable line: "warning: skipped template FILE: POINTER: MESSAGE",
    // "warning: MESSAGE" or "note: MESSAGE".
    std::string toString() const;
};

// Limits for the user's templates: a file larger than this is not read, and a folder gives
// at most this many (by name) so a huge folder cannot slow every command down.
inline constexpr std::size_t MaxTemplateBytes = 256 * 1024;
inline constexpr int MaxTemplatesPerFolder = 64;

// Parses one stack template that composes nothing (no "extends", no "include"); strict:
// unknown keys, wrong types and condition values that can never match are errors with a
// pointer.
Outcome<StackDefinition> parseStack(const nlohmann::json &json, const std::string &file, LoadIssue *issue);

// Parses a template file's text: JSON (any parse failure, an out-of-range number included,
// is an issue, never an exception), then its composition (templatecompose.h: "extends" and
// "include" names are looked up in `searchFolders`, the file's own folder first; with none,
// a template that composes is an issue), then parseStack. An error in an included file
// names it in the pointer: "parts/node-versions.json#/0/id".
Outcome<StackDefinition> parseStackText(const std::string &text, const std::string &file, LoadIssue *issue,
                                        const std::vector<std::string> &searchFolders = {});

class Catalog
{
public:
    // Loads the *.json files in each folder (the first MaxTemplatesPerFolder by name); a
    // later stack replaces an earlier one with the same id, with a note in issues(). Broken
    // files are reported in issues() and skipped.
    static Catalog load(const std::vector<std::string> &folders);
    // The built-in templates plus the user's folder (userTemplatesFolder()).
    static Catalog loadDefault();
    // loadDefault() for a command that needs the one stack `stackId`: a built-in template is
    // named after its stack (tst_catalog holds every one to it), so only that file of the
    // built-ins is read; the user's folder is read whole, as one of its templates may replace
    // the stack. When the stack is not found that way, everything is loaded.
    static Catalog loadDefaultFor(const std::string &stackId);
    static std::string userTemplatesFolder();

    void add(StackDefinition stack);

    const std::vector<StackDefinition> &stacks() const { return m_stacks; }
    const std::vector<LoadIssue> &issues() const { return m_issues; }
    const StackDefinition *find(const std::string &id) const;

private:
    // load(), reading from the first folder only the template file `firstFolderStack`.json
    // when that is given.
    static Catalog load(const std::vector<std::string> &folders, const std::string &firstFolderStack);

    std::vector<StackDefinition> m_stacks;
    std::vector<LoadIssue> m_issues;
};

} // namespace stagecraft
