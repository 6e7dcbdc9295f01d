#include "cli/arguments.h"

namespace stagecraft {

Outcome<Arguments> Arguments::parse(const QStringList &args, const std::vector<Spec> &specs)
{
    Arguments parsed;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const std::string arg = args[i].toStdString();
        if (arg.size() < 2 || arg[0] != '-' || arg == "-") {
            parsed.m_positional.push_back(arg);
            continue;
        }
        std::string name = arg;
        std::string value;
        bool inlineValue = false;
        if (const std::size_t eq = arg.find('='); eq != std::string::npos) {
            name = arg.substr(0, eq);
            value = arg.substr(eq + 1);
            inlineValue = true;
        }
        const Spec *spec = nullptr;
        for (const Spec &candidate : specs) {
            if (candidate.name == name)
                spec = &candidate;
        }
        if (!spec)
            return Outcome<Arguments>::failure("unknown option '" + name + "'");
        if (spec->takesValue && !inlineValue) {
            if (i + 1 >= args.size())
                return Outcome<Arguments>::failure(name + " needs a value");
            value = args[++i].toStdString();
        } else if (!spec->takesValue && inlineValue) {
            return Outcome<Arguments>::failure(name + " takes no value");
        }
        if (!spec->repeatable && parsed.m_values.count(name))
            return Outcome<Arguments>::failure(name + " is given more than once");
        parsed.m_values[name].push_back(value);
        parsed.m_order[name] = static_cast<int>(i);
    }
    return Outcome<Arguments>::success(std::move(parsed));
}

std::string Arguments::value(const std::string &name) const
{
    const auto it = m_values.find(name);
    return it == m_values.end() || it->second.empty() ? std::string() : it->second.back();
}

std::vector<std::string> Arguments::values(const std::string &name) const
{
    const auto it = m_values.find(name);
    return it == m_values.end() ? std::vector<std::string>{} : it->second;
}

std::string Arguments::lastOf(const std::string &a, const std::string &b) const
{
    const auto ia = m_order.find(a);
    const auto ib = m_order.find(b);
    if (ia == m_order.end() && ib == m_order.end())
        return {};
    if (ia == m_order.end())
        return b;
    if (ib == m_order.end())
        return a;
    return ia->second > ib->second ? a : b;
}

} // namespace stagecraft
