#include "estimate/imagedata.h"

#include "common/appidentity.h"
#include "io/boundedfile.h"

#include <QDir>
#include <QFile>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>
#include <unordered_map>

namespace stagecraft {

namespace {

using json = nlohmann::json;

constexpr std::int64_t maxFigureBytes = 1000LL * 1000 * 1000 * 1000;

// Parsing reports the first problem as "<pointer>: <message>".
struct Reader
{
    std::string error;

    bool fail(const std::string &pointer, const std::string &message)
    {
        if (error.empty())
            error = (pointer.empty() ? std::string("/") : pointer) + ": " + message;
        return false;
    }

    bool onlyKeys(const json &object, const std::string &pointer, const std::set<std::string> &keys)
    {
        if (!object.is_object())
            return fail(pointer, "expected an object");
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!keys.count(it.key()))
                return fail(pointer, "unknown key '" + it.key() + "'");
        }
        return true;
    }

    bool string(const json &object, const char *key, const std::string &pointer, std::string &out, bool required)
    {
        auto it = object.find(key);
        if (it == object.end())
            return required ? fail(pointer, std::string("missing '") + key + "'") : true;
        if (!it->is_string())
            return fail(pointer + "/" + key, "expected a string");
        out = it->get<std::string>();
        return true;
    }

    bool bytes(const json &object, const std::string &pointer, std::int64_t &out)
    {
        auto it = object.find("bytes");
        if (it == object.end())
            return fail(pointer, "missing 'bytes'");
        if (!it->is_number_integer() || it->get<std::int64_t>() < 0)
            return fail(pointer + "/bytes", "expected a whole number of bytes, 0 or more");
        // No image or layer comes near; a larger figure is a mistake or an attack on the sums.
        if (it->get<std::int64_t>() > maxFigureBytes)
            return fail(pointer + "/bytes", "more than 1 TB (" + std::to_string(maxFigureBytes) + " bytes)");
        out = it->get<std::int64_t>();
        return true;
    }

    bool figure(const json &object, const std::string &pointer, SizeFigure &out)
    {
        return onlyKeys(object, pointer, {"bytes", "asOf", "source", "derived", "note"})
               && bytes(object, pointer, out.bytes) && string(object, "asOf", pointer, out.asOf, true)
               && string(object, "source", pointer, out.source, true)
               && string(object, "derived", pointer, out.derived, false)
               && string(object, "note", pointer, out.note, false);
    }

    bool part(const json &object, const std::string &pointer, PartDefault &out)
    {
        return onlyKeys(object, pointer, {"bytes", "basis"}) && bytes(object, pointer, out.bytes)
               && string(object, "basis", pointer, out.basis, true);
    }

    bool parts(const json &object, const std::string &pointer, std::map<std::string, PartDefault> &out,
               StackSizeDefaults *stack)
    {
        if (!object.is_object())
            return fail(pointer, "expected an object");
        for (auto it = object.begin(); it != object.end(); ++it) {
            const std::string p = pointer + "/" + it.key();
            if (stack && it.key() == "compressionRatio") {
                if (!it->is_number() || it->get<double>() < 1.0)
                    return fail(p, "expected a number of 1 or more");
                stack->compressionRatio = it->get<double>();
            } else if (stack && it.key() == "compressionBasis") {
                if (!it->is_string())
                    return fail(p, "expected a string");
                stack->compressionBasis = it->get<std::string>();
            } else if (stack && it.key() == "packageCacheLeftBy") {
                if (!it->is_string() || (it->get<std::string>() != "dependencies" && it->get<std::string>() != "buildOutput"))
                    return fail(p, "expected \"dependencies\" or \"buildOutput\"");
                stack->packageCacheLeftBy = it->get<std::string>();
            } else if (!part(*it, p, out[it.key()])) {
                return false;
            }
        }
        return true;
    }
};

std::string normalizeRef(std::string ref)
{
    const auto at = ref.find('@');
    if (at != std::string::npos)
        ref.erase(at);
    const auto slash = ref.rfind('/');
    const auto colon = ref.rfind(':');
    if (ref != "scratch" && (colon == std::string::npos || (slash != std::string::npos && colon < slash)))
        ref += ":latest";
    return ref;
}

} // namespace

Outcome<ImageSizeData> ImageSizeData::fromJson(const json &root, const std::string &origin)
{
    Reader r;
    ImageSizeData data;
    auto failed = [&] { return Outcome<ImageSizeData>::failure(origin + ": " + r.error); };
    if (!r.onlyKeys(root, "", {"schema", "about", "images", "applicationDefaults"}))
        return failed();
    if (auto images = root.find("images"); images != root.end()) {
        if (!images->is_array())
            return r.fail("/images", "expected an array"), failed();
        for (size_t i = 0; i < images->size(); ++i) {
            const json &entry = (*images)[i];
            const std::string p = "/images/" + std::to_string(i);
            ImageSizes image;
            if (!r.onlyKeys(entry, p, {"ref", "aliases", "compressed", "disk", "notes"})
                || !r.string(entry, "ref", p, image.ref, true) || !r.string(entry, "notes", p, image.notes, false))
                return failed();
            if (auto aliases = entry.find("aliases"); aliases != entry.end()) {
                if (!aliases->is_array())
                    return r.fail(p + "/aliases", "expected an array of strings"), failed();
                for (const json &alias : *aliases) {
                    if (!alias.is_string())
                        return r.fail(p + "/aliases", "expected an array of strings"), failed();
                    image.aliases.push_back(alias.get<std::string>());
                }
            }
            if (!entry.contains("compressed") || !entry.contains("disk"))
                return r.fail(p, "needs both 'compressed' and 'disk'"), failed();
            if (!r.figure(entry["compressed"], p + "/compressed", image.compressed)
                || !r.figure(entry["disk"], p + "/disk", image.disk))
                return failed();
            data.m_images.push_back(std::move(image));
        }
    }
    if (auto defaults = root.find("applicationDefaults"); defaults != root.end()) {
        if (!r.onlyKeys(*defaults, "/applicationDefaults", {"common", "stacks"}))
            return failed();
        if (auto common = defaults->find("common"); common != defaults->end()) {
            if (!r.parts(*common, "/applicationDefaults/common", data.m_common, nullptr))
                return failed();
        }
        if (auto stacks = defaults->find("stacks"); stacks != defaults->end()) {
            if (!stacks->is_object())
                return r.fail("/applicationDefaults/stacks", "expected an object"), failed();
            for (auto it = stacks->begin(); it != stacks->end(); ++it) {
                StackSizeDefaults stack;
                if (!r.parts(*it, "/applicationDefaults/stacks/" + it.key(), stack.parts, &stack))
                    return failed();
                data.m_stacks[it.key()] = std::move(stack);
            }
        }
    }
    return Outcome<ImageSizeData>::success(std::move(data));
}

Outcome<ImageSizeData> ImageSizeData::fromFile(const std::string &path)
{
    const auto text = readBoundedFile(path, {.maxBytes = maxFileBytes});
    if (!text)
        return Outcome<ImageSizeData>::failure(text.error());
    const json root = json::parse(text.value(), nullptr, false);
    if (root.is_discarded())
        return Outcome<ImageSizeData>::failure(path + ": not valid JSON");
    return fromJson(root, path);
}

std::string ImageSizeData::userFile()
{
    return userDataFolder() + "/image-sizes.json";
}

ImageSizeData ImageSizeData::loadDefault(std::vector<std::string> *problems)
{
    auto builtIn = fromFile(":/data/image-sizes.json");
    ImageSizeData data;
    if (builtIn)
        data = std::move(builtIn).value();
    else if (problems)
        problems->push_back(builtIn.error());
    const std::string user = userFile();
    if (QFile::exists(QString::fromStdString(user))) {
        auto overrides = fromFile(user);
        if (overrides)
            data.overrideWith(overrides.value());
        else if (problems)
            problems->push_back(overrides.error() + " (the file is ignored)");
    }
    return data;
}

void ImageSizeData::overrideWith(const ImageSizeData &other)
{
    // Looked up by reference rather than searched: a user file can hold hundreds of
    // thousands of entries, and a search per entry made merging quadratic.
    std::unordered_map<std::string, ImageSizes *> byRef;
    for (ImageSizes &mine : m_images)
        byRef.emplace(mine.ref, &mine);
    std::vector<ImageSizes> added;
    added.reserve(other.m_images.size());
    std::unordered_map<std::string, std::size_t> addedByRef;
    for (const ImageSizes &image : other.m_images) {
        ImageSizes *existing = nullptr;
        if (const auto found = byRef.find(image.ref); found != byRef.end())
            existing = found->second;
        else if (const auto again = addedByRef.find(image.ref); again != addedByRef.end())
            existing = &added[again->second];
        if (existing) {
            // The figures change, not what the reference names: built-in aliases stay.
            std::vector<std::string> aliases = image.aliases.empty() ? existing->aliases : image.aliases;
            *existing = image;
            existing->aliases = std::move(aliases);
        } else {
            addedByRef.emplace(image.ref, added.size());
            added.push_back(image);
        }
    }
    // New entries go first, the last one first, so their aliases win too.
    std::reverse(added.begin(), added.end());
    m_images.insert(m_images.begin(), std::make_move_iterator(added.begin()), std::make_move_iterator(added.end()));
    for (const auto &[key, part] : other.m_common)
        m_common[key] = part;
    for (const auto &[id, stack] : other.m_stacks) {
        StackSizeDefaults &mine = m_stacks[id];
        if (!stack.compressionBasis.empty()) {
            mine.compressionRatio = stack.compressionRatio;
            mine.compressionBasis = stack.compressionBasis;
        }
        mine.packageCacheLeftBy = stack.packageCacheLeftBy;
        for (const auto &[key, part] : stack.parts)
            mine.parts[key] = part;
    }
}

const ImageSizes *ImageSizeData::find(const std::string &imageRef) const
{
    std::string wanted = normalizeRef(imageRef);
    // A patch or minor tag ("node:20.20.2-slim") is the same image family as its major tag,
    // within a few MB: fall back to "node:20.20-slim", then "node:20-slim".
    for (int shorter = 0; shorter < 4; ++shorter) {
        for (const ImageSizes &image : m_images) {
            if (normalizeRef(image.ref) == wanted)
                return &image;
            for (const std::string &alias : image.aliases) {
                if (normalizeRef(alias) == wanted)
                    return &image;
            }
        }
        const auto colon = wanted.rfind(':');
        if (colon == std::string::npos)
            return nullptr;
        const auto versionEnd = wanted.find_first_not_of("0123456789.", colon + 1);
        const auto lastDot = wanted.rfind('.', versionEnd == std::string::npos ? std::string::npos : versionEnd - 1);
        if (lastDot == std::string::npos || lastDot <= colon)
            return nullptr;
        wanted.erase(lastDot, (versionEnd == std::string::npos ? wanted.size() : versionEnd) - lastDot);
    }
    return nullptr;
}

std::optional<StackSizeDefaults> ImageSizeData::stackDefaults(const std::string &stack) const
{
    auto it = m_stacks.find(stack);
    if (it == m_stacks.end())
        return std::nullopt;
    StackSizeDefaults merged = it->second;
    for (const auto &[key, part] : m_common)
        merged.parts.emplace(key, part);
    return merged;
}

} // namespace stagecraft
