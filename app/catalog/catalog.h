#pragma once

#include "catalog/stackdefinition.h"
#include "common/outcome.h"

#include <string>
#include <vector>

namespace stagecraft {

// A template file that could not be used: which file, where in it, and what is wrong.
struct LoadIssue
{
    std::string file;
    std::string pointer; // JSON pointer, e.g. "/stages/1/instructions/3"
    std::string message;
    std::string toString() const;
};

// Parses one stack template; strict: unknown keys and wrong types are errors with a pointer.
Outcome<StackDefinition> parseStack(const nlohmann::json &json, const std::string &file, LoadIssue *issue);

class Catalog
{
public:
    // Loads every *.json in each folder; a later folder's stack replaces an earlier one
    // with the same id. Broken files are reported in issues() and skipped.
    static Catalog load(const std::vector<std::string> &folders);
    // The built-in templates plus the user's folder (userTemplatesFolder()).
    static Catalog loadDefault();
    static std::string userTemplatesFolder();

    void add(StackDefinition stack);

    const std::vector<StackDefinition> &stacks() const { return m_stacks; }
    const std::vector<LoadIssue> &issues() const { return m_issues; }
    const StackDefinition *find(const std::string &id) const;

private:
    std::vector<StackDefinition> m_stacks;
    std::vector<LoadIssue> m_issues;
};

} // namespace stagecraft
