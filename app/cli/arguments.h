#pragma once

#include "common/outcome.h"

#include <QStringList>

#include <map>
#include <set>
#include <string>
#include <vector>

namespace stagecraft {

// A strict command-line reader: every flag must be declared; values are given as
// "--flag VALUE" or "--flag=VALUE"; repeatable flags collect every value.
class Arguments
{
public:
    struct Spec
    {
        std::string name;     // "--port"
        bool takesValue = false;
        bool repeatable = false;
    };

    static Outcome<Arguments> parse(const QStringList &args, const std::vector<Spec> &specs);

    bool has(const std::string &name) const { return m_values.count(name) > 0; }
    std::string value(const std::string &name) const;
    std::vector<std::string> values(const std::string &name) const;
    const std::vector<std::string> &positional() const { return m_positional; }
    // The flag of a pair (--x / --no-x) given last on the command line, or empty.
    std::string lastOf(const std::string &a, const std::string &b) const;

private:
    std::map<std::string, std::vector<std::string>> m_values;
    std::map<std::string, int> m_order;
    std::vector<std::string> m_positional;
};

} // namespace stagecraft
