#include "catalog/templatecompose.h"

#include "catalog/catalog.h"
#include "catalog/templatetexts.h"
#include "common/translated.h"
#include "io/boundedfile.h"

#include <QFileInfo>

#include <algorithm>
#include <map>

namespace stagecraft {

namespace {

bool isFileName(const std::string &name)
{
    const auto allowed = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; };
    return !name.empty() && name.size() <= 64 && name.front() != '-' && std::all_of(name.begin(), name.end(), allowed);
}

bool isInclude(const nlohmann::json &value)
{
    return value.is_object() && value.size() == 1 && value.contains("include");
}

// Whether "include" is a key anywhere in `value`: most of a template includes nothing and
// is copied as it stands, without walking it pointer by pointer.
bool holdsInclude(const nlohmann::json &value)
{
    if (value.is_object() && value.contains("include"))
        return true;
    if (value.is_structured()) {
        for (const nlohmann::json &child : value) {
            if (holdsInclude(child))
                return true;
        }
    }
    return false;
}

std::string fileName(const std::string &path)
{
    const std::size_t slash = path.rfind('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

bool isSegmentPrefix(const std::string &prefix, const std::string &pointer)
{
    return pointer.size() >= prefix.size() && pointer.compare(0, prefix.size(), prefix) == 0
           && (pointer.size() == prefix.size() || pointer[prefix.size()] == '/');
}

// Moves origins recorded relative to a part's own root under `at` of the including template;
// `spliceFrom` >= 0: the part is a list whose entries land at that index on.
void rebase(const std::vector<TemplateOrigin> &relative, const std::string &at, long spliceFrom,
            std::size_t spliced, std::vector<TemplateOrigin> &out)
{
    for (const TemplateOrigin &origin : relative) {
        if (spliceFrom < 0) {
            out.push_back({at + origin.composedPointer, origin.file, origin.pointer});
            continue;
        }
        if (origin.composedPointer.empty()) {
            for (std::size_t j = 0; j < spliced; ++j)
                out.push_back({at + "/" + std::to_string(spliceFrom + long(j)), origin.file, origin.pointer + "/" + std::to_string(j)});
            continue;
        }
        const std::size_t end = origin.composedPointer.find('/', 1);
        const std::string index = origin.composedPointer.substr(1, end == std::string::npos ? std::string::npos : end - 1);
        const std::string rest = end == std::string::npos ? std::string() : origin.composedPointer.substr(end);
        out.push_back({at + "/" + std::to_string(spliceFrom + std::stol(index)) + rest, origin.file, origin.pointer});
    }
}

void forgetOrigins(std::vector<TemplateOrigin> &origins, const std::string &pointer)
{
    std::erase_if(origins, [&](const TemplateOrigin &o) { return isSegmentPrefix(pointer, o.composedPointer); });
}

class Composer
{
public:
    explicit Composer(std::vector<std::string> folders)
        : m_folders(std::move(folders))
    {
    }

    // `json` was read from `file`, whose names resolve in m_folders from `firstFolder` on.
    // `json` is taken by value: a stack's own file is moved in and its pieces are moved into
    // the result; a part, kept for its next use, is copied once here.
    ComposedTemplate composeFile(nlohmann::json json, const std::string &file, std::size_t firstFolder, bool isStack)
    {
        if (std::find(m_chain.begin(), m_chain.end(), file) != m_chain.end())
            throw CompositionError{m_chain.back(), m_pointer, withArgs(coreText("templates", "composition cycle: %1"), {chainText(file)})};
        if (m_chain.size() >= std::size_t(MaxCompositionDepth))
            throw CompositionError{m_chain.back(), m_pointer,
                                   withArgs(coreText("templates", "templates compose at most %1 files deep: %2"),
                                            {std::to_string(MaxCompositionDepth), chainText(file)})};
        m_chain.push_back(file);
        m_deepest = std::max(m_deepest, m_chain.size());
        ComposedTemplate out;
        out.origins.push_back({"", file, ""});
        if (isStack && json.is_object() && json.contains("extends")) {
            const nlohmann::json &name = json["extends"];
            const std::string parentPath = find(name, false, file, "/extends", firstFolder);
            const std::size_t parentFolder = m_foundFolder;
            const nlohmann::json &parentJson = load(parentPath, file, "/extends");
            m_pointer = "/extends";
            ComposedTemplate parent = composeFile(parentJson, parentPath, parentFolder, true);
            json.erase("extends");
            ComposedTemplate child;
            child.origins.push_back({"", file, ""});
            child.json = expand(std::move(json), file, "", "", child.origins, firstFolder);
            out = std::move(parent);
            merge(out.json, out.origins, child, "");
        } else {
            out.json = expand(std::move(json), file, "", "", out.origins, firstFolder);
        }
        m_chain.pop_back();
        return out;
    }

private:
    std::string chainText(const std::string &last) const
    {
        std::string text;
        for (const std::string &file : m_chain)
            text += fileName(file) + " -> ";
        return text + fileName(last);
    }

    // The path of `name` (a stack, or a part under parts/), in the first folder from
    // `firstFolder` on that has it; never `self`.
    std::string find(const nlohmann::json &name, bool part, const std::string &from, const std::string &pointer, std::size_t firstFolder)
    {
        if (!name.is_string() || !isFileName(name.get_ref<const std::string &>()))
            throw CompositionError{from, pointer,
                                   coreText("templates", "expected a template name: lower case letters, digits and '-', without \".json\"")};
        const std::string &text = name.get_ref<const std::string &>();
        for (std::size_t i = firstFolder; i < m_folders.size(); ++i) {
            const std::string folder = part ? m_folders[i] + "/parts" : m_folders[i];
            const std::string path = folder + "/" + text + ".json";
            if (!part && path == from)
                continue;
            const QFileInfo info(QString::fromStdString(path));
            // Inside the template folders only: a parts folder or a file that is a link
            // could point anywhere.
            const bool resource = path.rfind(":/", 0) == 0;
            if (!resource && (QFileInfo(QString::fromStdString(folder)).isSymLink() || !isPlainRegularFile(path)))
                continue;
            if (resource && !info.isFile())
                continue;
            m_foundFolder = i;
            return path;
        }
        throw CompositionError{from, pointer,
                               part ? withArgs(coreText("templates", "no part '%1' in the template folders (parts/%1.json)"), {text})
                                    : withArgs(coreText("templates", "no stack '%1' in the template folders (%1.json)"), {text})};
    }

    // Each file is read and parsed once per template; every use of it still counts its size
    // towards MaxComposedBytes, as every use copies it into the composed template.
    const nlohmann::json &load(const std::string &path, const std::string &from, const std::string &pointer)
    {
        auto cached = m_files.find(path);
        if (cached == m_files.end()) {
            const Outcome<std::string> text = readBoundedFile(path, {.maxBytes = MaxTemplateBytes});
            if (!text)
                throw CompositionError{from, pointer, text.error()};
            nlohmann::json json;
            try {
                json = nlohmann::json::parse(text.value());
            } catch (const nlohmann::json::parse_error &error) {
                throw CompositionError{path, "/", withArgs(coreText("templates", "not valid JSON at byte %1"), {std::to_string(error.byte)})};
            } catch (const nlohmann::json::exception &) {
                throw CompositionError{path, "/", coreText("templates", "not valid JSON (a number out of range)")};
            }
            translateTemplateTexts(json, path);
            cached = m_files.emplace(path, std::make_pair(text.value().size(), std::move(json))).first;
        }
        m_bytes += cached->second.first;
        if (m_bytes > MaxComposedBytes)
            throw CompositionError{from, pointer,
                                   withArgs(coreText("templates", "the files this template composes add up to more than %1 KiB"),
                                            {std::to_string(MaxComposedBytes / 1024)})};
        return cached->second.second;
    }

    // {"include": "name"} is the whole part; {"include": "name#/pointer"} the value at the
    // JSON pointer inside it (a part can hold many named pieces, e.g. one per option).
    ComposedTemplate includePart(const nlohmann::json &include, const std::string &file, const std::string &pointer, std::size_t firstFolder)
    {
        const nlohmann::json &reference = include["include"];
        const std::string at = pointer + "/include";
        std::string inside;
        nlohmann::json name = reference;
        if (reference.is_string()) {
            const std::string &text = reference.get_ref<const std::string &>();
            if (const std::size_t hash = text.find('#'); hash != std::string::npos) {
                name = text.substr(0, hash);
                inside = text.substr(hash + 1);
                if (inside.empty() || inside.front() != '/' || inside.back() == '/')
                    throw CompositionError{file, at,
                                           coreText("templates", "after '#' comes a JSON pointer into the part, e.g. \"node-options#/locked\"")};
            }
        }
        const std::string path = find(name, true, file, at, firstFolder);
        const std::size_t folder = m_foundFolder;
        const nlohmann::json &json = load(path, file, at);
        m_pointer = at;
        const ComposedTemplate &part = composedPart(json, path, folder);
        if (inside.empty())
            return part;
        const nlohmann::json *value = &part.json;
        for (std::size_t start = 1; start <= inside.size();) {
            const std::size_t slash = std::min(inside.find('/', start), inside.size());
            const std::string key = inside.substr(start, slash - start);
            if (value->is_object() && value->contains(key))
                value = &(*value)[key];
            else if (value->is_array() && !key.empty() && key.size() < 6 && std::all_of(key.begin(), key.end(), [](char c) { return c >= '0' && c <= '9'; })
                     && std::stoul(key) < value->size())
                value = &(*value)[std::stoul(key)];
            else
                throw CompositionError{file, at,
                                       withArgs(coreText("templates", "the part %1 has nothing at %2"), {fileName(path), inside.substr(0, slash)})};
            start = slash + 1;
        }
        ComposedTemplate picked;
        picked.json = *value;
        TemplateOrigin root = originOf(part.origins, inside);
        root.composedPointer = "";
        picked.origins.push_back(root);
        for (const TemplateOrigin &origin : part.origins) {
            if (origin.composedPointer != inside && isSegmentPrefix(inside, origin.composedPointer))
                picked.origins.push_back({origin.composedPointer.substr(inside.size()), origin.file, origin.pointer});
        }
        return picked;
    }

    // A part composes the same wherever it is included, so it is composed once per template
    // (a stack takes many pieces of one part). Each use still counts, towards MaxComposedBytes,
    // every file the part took; and a use deeper in the chain than the part's own depth allows
    // composes it again, to fail exactly as it would have.
    const ComposedTemplate &composedPart(const nlohmann::json &json, const std::string &path, std::size_t folder)
    {
        if (const auto cached = m_parts.find(path);
            cached != m_parts.end() && m_chain.size() + cached->second.depth <= std::size_t(MaxCompositionDepth)) {
            m_bytes += cached->second.bytes;
            if (m_bytes > MaxComposedBytes)
                throw CompositionError{m_chain.back(), m_pointer,
                                       withArgs(coreText("templates", "the files this template composes add up to more than %1 KiB"),
                                                {std::to_string(MaxComposedBytes / 1024)})};
            return cached->second.composed;
        }
        const std::size_t bytesBefore = m_bytes;
        const std::size_t deepestBefore = m_deepest;
        const std::size_t chain = m_chain.size();
        m_deepest = chain;
        ComposedTemplate part = composeFile(json, path, folder, false);
        const std::size_t depth = m_deepest - chain;
        m_deepest = std::max(deepestBefore, m_deepest);
        ComposedPart &entry = m_parts[path];
        entry = {std::move(part), m_bytes - bytesBefore, depth};
        return entry.composed;
    }

    nlohmann::json expand(nlohmann::json value, const std::string &file, const std::string &pointer,
                          const std::string &composedPointer, std::vector<TemplateOrigin> &origins, std::size_t firstFolder)
    {
        if (!holdsInclude(value))
            return value;
        if (isInclude(value)) {
            ComposedTemplate part = includePart(value, file, pointer, firstFolder);
            rebase(part.origins, composedPointer, -1, 0, origins);
            return std::move(part.json);
        }
        if (value.is_object() && value.contains("include")) {
            // The part's keys, then this object's own, which win.
            ComposedTemplate part = includePart(value, file, pointer, firstFolder);
            if (!part.json.is_object())
                throw CompositionError{file, pointer + "/include", coreText("templates", "a part included next to other keys is an object")};
            rebase(part.origins, composedPointer, -1, 0, origins);
            nlohmann::json out = std::move(part.json);
            for (auto it = value.begin(); it != value.end(); ++it) {
                if (it.key() == "include")
                    continue;
                const std::string at = composedPointer + "/" + it.key();
                forgetOrigins(origins, at);
                origins.push_back({at, file, pointer + "/" + it.key()});
                out[it.key()] = expand(std::move(it.value()), file, pointer + "/" + it.key(), at, origins, firstFolder);
            }
            return out;
        }
        if (value.is_object()) {
            nlohmann::json out = nlohmann::json::object();
            for (auto it = value.begin(); it != value.end(); ++it)
                out[it.key()] = expand(std::move(it.value()), file, pointer + "/" + it.key(), composedPointer + "/" + it.key(), origins,
                                       firstFolder);
            return out;
        }
        if (!value.is_array())
            return value;
        nlohmann::json out = nlohmann::json::array();
        for (std::size_t i = 0; i < value.size(); ++i) {
            const std::string at = pointer + "/" + std::to_string(i);
            if (isInclude(value[i])) {
                ComposedTemplate part = includePart(value[i], file, at, firstFolder);
                if (part.json.is_array()) {
                    rebase(part.origins, composedPointer, long(out.size()), part.json.size(), origins);
                    for (nlohmann::json &entry : part.json)
                        out.push_back(std::move(entry));
                } else {
                    rebase(part.origins, composedPointer + "/" + std::to_string(out.size()), -1, 0, origins);
                    out.push_back(std::move(part.json));
                }
                continue;
            }
            const std::string composedAt = composedPointer + "/" + std::to_string(out.size());
            if (out.size() != i)
                origins.push_back({composedAt, file, at});
            out.push_back(expand(std::move(value[i]), file, at, composedAt, origins, firstFolder));
        }
        return out;
    }

    // Lays `child` over `target` (at `pointer`): objects merge, anything else replaces, null removes.
    void merge(nlohmann::json &target, std::vector<TemplateOrigin> &origins, const ComposedTemplate &child, const std::string &pointer)
    {
        const nlohmann::json &patch = child.json;
        for (auto it = patch.begin(); it != patch.end(); ++it) {
            const std::string at = pointer + "/" + it.key();
            if (it->is_null()) {
                target.erase(it.key());
                forgetOrigins(origins, at);
            } else if (it->is_object() && target.contains(it.key()) && target[it.key()].is_object()) {
                ComposedTemplate inner{*it, child.origins};
                merge(target[it.key()], origins, inner, at);
            } else {
                target[it.key()] = *it;
                forgetOrigins(origins, at);
                origins.push_back(originOf(child.origins, at));
                origins.back().composedPointer = at;
                for (const TemplateOrigin &origin : child.origins) {
                    if (origin.composedPointer != at && isSegmentPrefix(at, origin.composedPointer))
                        origins.push_back(origin);
                }
            }
        }
    }

    std::vector<std::string> m_folders;
    std::vector<std::string> m_chain;
    std::string m_pointer; // where in the last file of m_chain the next file is named
    std::size_t m_foundFolder = 0;
    std::size_t m_bytes = 0;
    std::map<std::string, std::pair<std::size_t, nlohmann::json>> m_files; // path -> size, parsed
    struct ComposedPart
    {
        ComposedTemplate composed;
        std::size_t bytes = 0; // what composing it added to m_bytes, beyond its own file
        std::size_t depth = 0; // how many files deep it composes, itself included
    };
    std::map<std::string, ComposedPart> m_parts; // path -> the part, composed
    std::size_t m_deepest = 0; // the longest m_chain since the last composedPart began
};

} // namespace

CompositionResult composeTemplate(nlohmann::json json, const std::string &file, const std::vector<std::string> &searchFolders)
{
    CompositionResult result;
    try {
        // Each file's texts are translated as it is read (see translateTemplateTexts).
        translateTemplateTexts(json, file);
        result.composed = Composer(searchFolders).composeFile(std::move(json), file, 0, true);
    } catch (const CompositionError &error) {
        result.error = error;
    }
    return result;
}

TemplateOrigin originOf(const std::vector<TemplateOrigin> &origins, const std::string &pointer)
{
    const TemplateOrigin *best = nullptr;
    for (const TemplateOrigin &origin : origins) {
        if (isSegmentPrefix(origin.composedPointer, pointer) && (!best || origin.composedPointer.size() >= best->composedPointer.size()))
            best = &origin;
    }
    if (!best)
        return {pointer, "", pointer};
    return {pointer, best->file, best->pointer + pointer.substr(best->composedPointer.size())};
}

std::string pointerInFile(const std::string &stackFile, const std::string &file, const std::string &pointer)
{
    if (file.empty() || file == stackFile)
        return pointer;
    const std::size_t slash = stackFile.rfind('/');
    const std::string folder = slash == std::string::npos ? std::string() : stackFile.substr(0, slash + 1);
    const std::string name = !folder.empty() && file.rfind(folder, 0) == 0 ? file.substr(folder.size()) : file;
    return name + "#" + (pointer.empty() ? "/" : pointer);
}

} // namespace stagecraft
