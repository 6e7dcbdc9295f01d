#include "catalog/stackdefinition.h"

#include <algorithm>

namespace stagecraft {

namespace {

template<typename T>
const T *findById(const std::vector<T> &items, const std::string &id)
{
    const auto it = std::find_if(items.begin(), items.end(), [&](const T &item) { return item.id == id; });
    return it == items.end() ? nullptr : &*it;
}

} // namespace

const Choice *StackDefinition::languageVersion(const std::string &choiceId) const { return findById(languageVersions, choiceId); }
const Choice *StackDefinition::packageManager(const std::string &choiceId) const { return findById(packageManagers, choiceId); }
const Choice *StackDefinition::base(const std::string &choiceId) const { return findById(bases, choiceId); }
const StackOption *StackDefinition::option(const std::string &choiceId) const { return findById(options, choiceId); }

const std::vector<std::string> &knownBases()
{
    static const std::vector<std::string> bases{"alpine", "slim", "distroless", "scratch"};
    return bases;
}

} // namespace stagecraft
