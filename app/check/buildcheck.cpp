#include "check/buildcheck.h"

#include "check/buildcontext.h"
#include "check/dockerfileparser.h"
#include "check/stagemodel.h"
#include "common/printable.h"
#include "common/translated.h"
#include "config/servers.h"
#include "estimate/dockerignore.h"

#include <QFileInfo>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <charconv>

namespace stagecraft {

namespace {

// Paths copied into stages, summed over the whole check: a context of many files copied
// into many stages stops being listed one by one and counts as a filled folder instead.
constexpr std::size_t maxCopiedPaths = 300000;
constexpr std::size_t maxMatchesPerSource = 100000;

using Env = std::map<std::string, std::string>;

int portNumber(const std::string &text)
{
    int value = 0;
    const std::string digits = text.substr(0, text.find('/'));
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (error != std::errc() || end != digits.data() + digits.size() || value < 1 || value > 65535)
        return 0;
    return value;
}

// The port in the first URL of a health check command ("http://127.0.0.1:3000/health").
int urlPort(const std::string &text)
{
    const auto scheme = text.find("://");
    if (scheme == std::string::npos)
        return 0;
    std::size_t i = scheme + 3;
    if (i < text.size() && text[i] == '[')
        i = text.find(']', i) == std::string::npos ? text.size() : text.find(']', i) + 1;
    while (i < text.size() && text[i] != ':' && text[i] != '/' && text[i] != ' ' && text[i] != '"' && text[i] != '\'')
        ++i;
    if (i >= text.size() || text[i] != ':')
        return 0;
    std::size_t end = ++i;
    while (end < text.size() && std::isdigit(static_cast<unsigned char>(text[end])))
        ++end;
    return portNumber(text.substr(i, end - i));
}

// "/" + "a" is "/a", "/app" + "a" is "/app/a".
std::string folderOf(const std::string &path)
{
    return !path.empty() && path.back() == '/' ? path : path + '/';
}

std::string lower(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

// "line 12: RUN make", in front of what the check could not prove there.
std::string lineAt(int line, const std::string &instruction)
{
    return withArgs(coreText("check", "line %1: %2"), {std::to_string(line), instruction});
}

class Checker
{
public:
    Checker(const CheckInput &input, const BuildContext &context) : m_input(input), m_context(context) {}

    CheckResult run(const ParsedDockerfile &parsed)
    {
        for (const ParsedDockerfile::Problem &problem : parsed.problems)
            m_result.findings.push_back({problem.line, "", problem.message, coreText("check", "Fix the Dockerfile so it can be read."), "syntax"});
        for (const ParsedInstruction &instruction : parsed.instructions)
            step(instruction);
        if (m_stages.empty()) {
            if (parsed.problems.empty())
                m_result.findings.push_back({0, "", coreText("check", "there is no FROM instruction"),
                                              coreText("check", "Start the Dockerfile with FROM <image>."), "syntax"});
        } else {
            checkStart(m_stages.back());
        }
        for (const StageState &stage : m_stages)
            for (const std::string &run : stage.unknownRuns)
                unverified(run);
        std::stable_sort(m_result.findings.begin(), m_result.findings.end(),
                         [](const CheckFinding &a, const CheckFinding &b) { return a.line < b.line; });
        return std::move(m_result);
    }

private:
    const CheckInput &m_input;
    const BuildContext &m_context;
    CheckResult m_result;
    std::vector<StageState> m_stages;
    Env m_globalArgs;
    std::size_t m_copied = 0;
    const ParsedInstruction *m_current = nullptr;

    void finding(const std::string &rule, const std::string &problem, const std::string &advice, const ParsedInstruction *at = nullptr)
    {
        const ParsedInstruction *instruction = at ? at : m_current;
        m_result.findings.push_back({instruction ? instruction->line : 0, instruction ? instruction->firstLine : std::string(),
                                     problem, advice, rule});
    }

    void unverified(const std::string &text)
    {
        if (m_result.unverified.size() < 1000
            && std::find(m_result.unverified.begin(), m_result.unverified.end(), text) == m_result.unverified.end())
            m_result.unverified.push_back(text);
    }

    std::string where() const
    {
        return lineAt(m_current->line, m_current->firstLine);
    }

    std::string substituted(const std::string &text, bool &resolved) const
    {
        return expandVariables(text, m_stages.empty() ? m_globalArgs : m_stages.back().env, resolved);
    }

    void step(const ParsedInstruction &instruction)
    {
        m_current = &instruction;
        const std::string &keyword = instruction.keyword;
        if (keyword == "FROM") {
            from(instruction);
            return;
        }
        if (keyword == "ARG" && m_stages.empty()) {
            for (const std::string &word : instruction.words) {
                const auto equals = word.find('=');
                if (equals != std::string::npos)
                    m_globalArgs[word.substr(0, equals)] = word.substr(equals + 1);
            }
            return;
        }
        if (m_stages.empty()) {
            finding("syntax", withArgs(coreText("check", "%1 comes before the first FROM"), {keyword}), coreText("check", "Put FROM <image> first."));
            return;
        }
        StageState &stage = m_stages.back();
        if (keyword == "ARG" || keyword == "ENV")
            setVariables(stage, instruction);
        else if (keyword == "WORKDIR")
            workdir(stage, instruction);
        else if (keyword == "COPY" || keyword == "ADD")
            copy(stage, instruction);
        else if (keyword == "RUN")
            run(stage, instruction);
        else if (keyword == "EXPOSE")
            expose(stage, instruction);
        else if (keyword == "HEALTHCHECK")
            healthcheck(stage, instruction);
        else if (keyword == "CMD" || keyword == "ENTRYPOINT")
            startCommand(stage, instruction);
    }

    void from(const ParsedInstruction &instruction)
    {
        StageState stage;
        const std::vector<std::string> &words = instruction.words;
        bool resolved = true;
        const std::string image = words.empty() ? std::string() : expandVariables(words[0], m_globalArgs, resolved);
        if (words.size() >= 3 && lower(words[1]) == "as")
            stage.name = lower(words[2]);
        for (std::size_t i = 0; i < m_stages.size(); ++i) {
            if (!m_stages[i].name.empty() && m_stages[i].name == lower(image)) {
                const StageState &base = m_stages[i];
                stage.baseStage = static_cast<int>(i);
                stage.workdir = base.workdir;
                stage.env = base.env;
                stage.entrypoint = base.entrypoint;
                stage.cmd = base.cmd;
                stage.entrypointExec = base.entrypointExec;
                stage.cmdExec = base.cmdExec;
                stage.entrypointLine = base.entrypointLine;
                stage.cmdLine = base.cmdLine;
                stage.entrypointText = base.entrypointText;
                stage.cmdText = base.cmdText;
                stage.exposed = base.exposed;
                stage.healthcheckPort = base.healthcheckPort;
                stage.healthcheckLine = base.healthcheckLine;
                stage.healthcheckText = base.healthcheckText;
            }
        }
        if (stage.baseStage < 0) {
            stage.image = image;
            stage.imageFiles = resolved ? imageFiles(image) : ImageFiles{};
            if (!stage.imageFiles.known && !image.empty() && lower(image) != "scratch")
                unverified(withArgs(coreText("check", "%1: the check does not know what this image ships"), {where()}));
            if (lower(image) == "scratch") {
                stage.imageFiles.known = true;
                stage.imageFiles.complete = true;
            }
        }
        m_stages.push_back(std::move(stage));
    }

    void setVariables(StageState &stage, const ParsedInstruction &instruction)
    {
        const std::vector<std::string> &words = instruction.words;
        if (instruction.keyword == "ENV" && words.size() >= 2 && words[0].find('=') == std::string::npos) {
            // The old form: ENV KEY value with spaces.
            bool resolved = true;
            std::string value = instruction.text.substr(std::min(instruction.text.size(), words[0].size()));
            value.erase(0, value.find_first_not_of(" \t"));
            stage.env[words[0]] = expandVariables(value, stage.env, resolved);
            return;
        }
        for (const std::string &word : words) {
            const auto equals = word.find('=');
            const std::string name = word.substr(0, equals);
            if (equals == std::string::npos) {
                // ARG NAME: the global default, when there is one, carries over.
                if (const auto global = m_globalArgs.find(name); global != m_globalArgs.end())
                    stage.env[name] = global->second;
                continue;
            }
            bool resolved = true;
            const std::string value = expandVariables(word.substr(equals + 1), stage.env, resolved);
            if (resolved)
                stage.env[name] = value;
            else
                stage.env.erase(name);
        }
    }

    void workdir(StageState &stage, const ParsedInstruction &instruction)
    {
        bool resolved = true;
        const std::string path = substituted(instruction.text, resolved);
        if (!resolved || path.empty())
            return;
        stage.workdir = resolvePath(stage.workdir, path);
        addPath(stage, stage.workdir == "/" ? "/" : stage.workdir + "/");
        static const std::vector<std::string> system = {"/", "/usr", "/usr/local", "/etc", "/var", "/opt", "/bin",
                                                        "/lib", "/home", "/root", "/tmp", "/srv"};
        if (std::find(system.begin(), system.end(), stage.workdir) == system.end())
            stage.ownedFolders.insert(stage.workdir + "/");
    }

    int stageIndex(const std::string &reference) const
    {
        const std::string name = lower(reference);
        for (std::size_t i = 0; i + 1 < m_stages.size(); ++i)
            if (m_stages[i].name == name)
                return static_cast<int>(i);
        int number = -1;
        const auto [end, error] = std::from_chars(name.data(), name.data() + name.size(), number);
        if (error == std::errc() && end == name.data() + name.size() && number >= 0 && number + 1 < static_cast<int>(m_stages.size()))
            return number;
        return -1;
    }

    // Puts what `source` names in the source stage (or the context) at `target`.
    void place(StageState &stage, const std::string &target, bool folder, const std::vector<std::string> &inside)
    {
        if (!folder) {
            addPath(stage, target);
            return;
        }
        addPath(stage, folderOf(target));
        if (m_copied + inside.size() > maxCopiedPaths) {
            stage.producedFolders.insert(folderOf(target));
            return;
        }
        m_copied += inside.size();
        for (const std::string &relative : inside)
            addPath(stage, folderOf(target) + relative);
    }

    void copy(StageState &stage, const ParsedInstruction &instruction)
    {
        std::vector<std::string> words = instruction.words;
        if (words.size() < 2 || instruction.heredocs > 0)
            return; // a heredoc's text is the source; nothing to find
        bool resolved = true;
        std::string destination = substituted(words.back(), resolved);
        words.pop_back();
        const std::string target = resolvePath(stage.workdir, destination.empty() ? "." : destination);
        // Into a folder: several sources, a trailing '/', or a folder that already exists.
        const bool intoFolder = words.size() > 1 || (!destination.empty() && destination.back() == '/')
                                || lookup(m_stages, static_cast<int>(m_stages.size()) - 1, target) == Presence::There;
        if (!resolved) {
            stage.producedFolders.insert(folderOf(target));
            unverified(withArgs(coreText("check", "%1: the destination uses a variable the check cannot resolve"), {where()}));
        }
        const auto fromFlag = instruction.flags.find("from");
        if (fromFlag != instruction.flags.end() && !fromFlag->second.empty()) {
            copyFromElsewhere(stage, instruction, fromFlag->second.back(), words, target, intoFolder);
            return;
        }
        for (const std::string &word : words) {
            bool known = true;
            const std::string source = substituted(word, known);
            if (!known) {
                unverified(withArgs(coreText("check", "%1: the source '%2' uses a variable the check cannot resolve"),
                                    {where(), printable(word)}));
                stage.producedFolders.insert(folderOf(target));
                continue;
            }
            if (instruction.keyword == "ADD" && (source.find("://") != std::string::npos || source.rfind("git@", 0) == 0))
                continue;
            copyFromContext(stage, source, target, intoFolder);
        }
    }

    // The fixed folder before a wildcard: BuildKit fails when it is absent even though an
    // empty match is allowed ("COPY go.sum* ./" is fine, "COPY missing/*.txt ./" is not).
    static std::string folderBeforeWildcard(const std::string &pattern)
    {
        const auto wildcard = pattern.find_first_of("*?[");
        const auto slash = pattern.rfind('/', wildcard);
        return slash == std::string::npos ? std::string() : pattern.substr(0, slash);
    }

    void copyFromContext(StageState &stage, const std::string &rawSource, const std::string &target, bool intoFolder)
    {
        std::string source = cleanPath(rawSource);
        while (!source.empty() && source[0] == '/')
            source.erase(0, 1);
        if (source.empty())
            source = ".";
        if (hasWildcard(source)) {
            const std::string folder = folderBeforeWildcard(source);
            if (!folder.empty() && !m_context.has(folder) && !hasWildcard(folder)) {
                missingFromContext("copy-source", folder, withArgs(coreText("check", "the folder in front of the wildcard of '%1'"), {printable(source)}));
                return;
            }
            for (const std::string &file : m_context.matching(source, maxMatchesPerSource))
                place(stage, folderOf(target) + file.substr(file.rfind('/') + 1), false, {});
            return;
        }
        if (!m_context.has(source)) {
            if (m_context.truncated)
                unverified(withArgs(coreText("check", "%1: the context is too large to list; '%2' was not checked"),
                                    {where(), printable(source)}));
            else
                missingFromContext("copy-source", source, "");
            return;
        }
        const bool folder = source == "." || m_context.folders.count(source + "/") > 0;
        std::vector<std::string> inside;
        if (folder) {
            const std::string prefix = source == "." ? std::string() : source + "/";
            for (auto it = m_context.files.lower_bound(prefix); it != m_context.files.end() && it->rfind(prefix, 0) == 0; ++it)
                inside.push_back(it->substr(prefix.size()));
        }
        const std::string name = source.substr(source.rfind('/') + 1);
        place(stage, folder || !intoFolder ? target : folderOf(target) + name, folder, inside);
    }

    void missingFromContext(const std::string &rule, const std::string &path, const std::string &what)
    {
        const bool onDisk = QFileInfo::exists(QString::fromStdString(m_input.contextDir + "/" + path));
        const std::string shown = what.empty() ? "'" + printable(path) + "'" : what + " ('" + printable(path) + "')";
        if (onDisk)
            finding(rule, withArgs(coreText("check", "%1 is left out of the build context by .dockerignore"), {shown}),
                    coreText("check", "Remove the .dockerignore line that excludes it, or stop using it here."));
        else
            finding(rule, withArgs(coreText("check", "%1 does not exist in the build context"), {shown}),
                    rule == "mount-source"
                        ? coreText("check", "Add the file to the project, or remove this mount (a wildcard such as 'name*' is allowed to match nothing).")
                        : coreText("check", "Add the file to the project, or remove this source (a wildcard such as 'name*' is allowed to match nothing)."));
    }

    void copyFromElsewhere(StageState &stage, const ParsedInstruction &instruction, const std::string &reference,
                           const std::vector<std::string> &sources, const std::string &target, bool intoFolder)
    {
        bool resolved = true;
        const std::string from = substituted(reference, resolved);
        const int index = resolved ? stageIndex(from) : -1;
        StageState imageOnly;
        if (index < 0) {
            imageOnly.imageFiles = imageFiles(from);
            if (!resolved || !imageOnly.imageFiles.known) {
                unverified(withArgs(coreText("check", "%1: the check does not know what '%2' holds"), {where(), printable(from)}));
                stage.producedFolders.insert(folderOf(target));
                return;
            }
        }
        for (const std::string &word : sources) {
            bool known = true;
            const std::string source = resolvePath("/", substituted(word, known));
            if (!known || hasWildcard(source)) {
                unverified(withArgs(coreText("check", "%1: '%2' was not checked"), {where(), printable(word)}));
                stage.producedFolders.insert(folderOf(target));
                continue;
            }
            const Presence presence = index >= 0 ? lookup(m_stages, index, source)
                                                 : (imageOnly.imageFiles.ships(source) ? Presence::There : Presence::Missing);
            const std::string what = index >= 0 ? withArgs(coreText("check", "stage '%1'"), {printable(from)})
                                                 : withArgs(coreText("check", "image '%1'"), {printable(from)});
            if (presence == Presence::Missing) {
                if (index >= 0)
                    finding("stage-path",
                            withArgs(coreText("check", "'%1' is not in stage '%2': nothing copies, installs or builds it there"),
                                     {printable(source), printable(from)}),
                            withArgs(coreText("check", "Copy only what stage '%1' produces (check the build output folder), or add the step that creates it."),
                                     {printable(from)}),
                            &instruction);
                else
                    finding("stage-path",
                            withArgs(coreText("check", "'%1' is not in image '%2': nothing copies, installs or builds it there"),
                                     {printable(source), printable(from)}),
                            coreText("check", "Copy a path the image has."), &instruction);
                continue;
            }
            if (presence == Presence::Unknown) {
                unverified(withArgs(coreText("check", "%1: '%2' in %3 could not be verified"), {where(), printable(source), what}));
                // What it is, is unknown too: whatever is asked for at the target is then
                // unverified rather than missing.
                const std::string placed = intoFolder ? folderOf(target) + source.substr(source.rfind('/') + 1) : target;
                addPath(stage, placed);
                stage.producedFolders.insert(folderOf(placed));
                if (intoFolder)
                    stage.producedFolders.insert(folderOf(target)); // a folder's contents land there
                continue;
            }
            placeFromStage(stage, index, source, target, intoFolder);
        }
    }

    void placeFromStage(StageState &stage, int index, const std::string &source, const std::string &target, bool intoFolder)
    {
        std::vector<std::string> inside;
        bool folder = false, filled = false;
        const std::string prefix = source == "/" ? source : source + "/";
        for (int at = index; at >= 0; at = m_stages[at].baseStage) {
            const StageState &from = m_stages[at];
            if (from.paths.count(prefix))
                folder = true;
            for (auto it = from.paths.lower_bound(prefix); it != from.paths.end() && it->rfind(prefix, 0) == 0; ++it)
                if (*it != prefix)
                    inside.push_back(it->substr(prefix.size()));
            for (const std::string &produced : from.producedFolders) {
                if (produced.rfind(prefix, 0) == 0 || prefix.rfind(produced, 0) == 0)
                    filled = folder = true;
            }
            if (from.imageFiles.ships(source))
                filled = true; // what the image ships there is not listed file by file
        }
        if (!folder && index < 0)
            folder = source.back() == '/';
        const std::string name = source.substr(source.rfind('/') + 1);
        const std::string placed = folder || !intoFolder ? target : folderOf(target) + name;
        place(stage, placed, folder, inside);
        if (filled || index < 0)
            stage.producedFolders.insert(folderOf(placed));
    }

    void run(StageState &stage, const ParsedInstruction &instruction)
    {
        const auto mounts = instruction.flags.find("mount");
        if (mounts != instruction.flags.end()) {
            for (const std::string &mount : mounts->second)
                checkMount(stage, mount);
        }
        if (instruction.heredocs > 0) {
            stage.unknownRuns.push_back(withArgs(coreText("check", "%1: the check does not follow heredoc scripts"), {where()}));
            return;
        }
        std::string text = instruction.text;
        if (instruction.execForm) {
            text.clear();
            for (const std::string &word : instruction.words)
                text += (text.empty() ? "" : " ") + word;
        }
        bool resolved = true;
        const std::string expanded = expandVariables(text, stage.env, resolved);
        // A cache mount's content is not in the image: what the RUN writes under its
        // target is gone afterwards (the binary left in cargo's cached target/ folder).
        const std::vector<std::string> caches = mounts == instruction.flags.end() ? std::vector<std::string>()
                                                                                  : cacheTargets(stage, mounts->second);
        const std::set<std::string> pathsBefore = stage.paths, producedBefore = stage.producedFolders;
        applyRun(stage, resolved ? expanded : text, m_input.project, instruction.line, instruction.firstLine);
        for (const std::string &cache : caches) {
            const auto underCache = [&](const std::string &path) {
                return path.rfind(cache, 0) == 0 && (path.size() == cache.size() || path[cache.size()] == '/' || cache.back() == '/');
            };
            std::erase_if(stage.paths, [&](const std::string &path) { return !pathsBefore.count(path) && underCache(path); });
            std::erase_if(stage.producedFolders,
                          [&](const std::string &path) { return !producedBefore.count(path) && underCache(path); });
            // The mount point stays behind empty: absent there is absent, unless the base
            // image ships something at that path.
            if (cache != "/" && !stage.imageFiles.ships(cache))
                stage.ownedFolders.insert(cache + "/");
        }
        checkRunReads(stage, mounts == instruction.flags.end() ? std::vector<std::string>() : mounts->second);
    }

    // The files the RUN's commands read must be in the stage, or in the build context
    // behind one of its bind mounts.
    void checkRunReads(const StageState &stage, const std::vector<std::string> &mounts)
    {
        const int index = static_cast<int>(&stage - m_stages.data());
        for (const auto &[path, reader] : stage.runReads) {
            const Presence presence = lookup(m_stages, index, path);
            if (presence == Presence::There)
                continue;
            bool bound = false;
            for (const std::string &mount : mounts) {
                std::map<std::string, std::string> fields = mountFields(mount);
                if (fields["type"] != "bind" || fields.count("from"))
                    continue;
                bool resolved = true;
                const std::string target = resolvePath(stage.workdir, expandVariables(fields["target"], stage.env, resolved));
                const std::string source = expandVariables(fields.count("source") ? fields["source"] : ".", stage.env, resolved);
                if (!resolved || (path.rfind(target, 0) != 0) || (target != "/" && path.size() > target.size() && path[target.size()] != '/'))
                    continue;
                bound = true;
                std::string relative = cleanPath(source + "/" + path.substr(std::min(path.size(), target.size() + (target == "/" ? 0 : 1))));
                while (!relative.empty() && relative[0] == '/')
                    relative.erase(0, 1);
                if (path != target && !m_context.has(relative) && !m_context.truncated)
                    missingFromContext("run-reads", relative, reader);
            }
            if (!bound && presence == Presence::Missing)
                finding("run-reads", withArgs(coreText("check", "%1 ('%2') is not in this stage"), {reader, printable(path)}),
                        coreText("check", "Copy or bind-mount it into the stage before this step."));
        }
    }

    // "type=bind,source=a,target=b" -> {type: bind, source: a, target: b}; keys lower case,
    // src/dst/destination spelled as source/target.
    static std::map<std::string, std::string> mountFields(const std::string &mount)
    {
        std::map<std::string, std::string> fields;
        std::size_t start = 0;
        while (start <= mount.size() && fields.size() < 32) {
            const auto comma = mount.find(',', start);
            const std::string field = mount.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
            const auto equals = field.find('=');
            std::string key = lower(field.substr(0, equals));
            if (key == "src")
                key = "source";
            else if (key == "dst" || key == "destination")
                key = "target";
            fields[key] = equals == std::string::npos ? std::string() : field.substr(equals + 1);
            if (comma == std::string::npos)
                break;
            start = comma + 1;
        }
        return fields;
    }

    // The targets of a RUN's cache mounts, resolved against WORKDIR.
    std::vector<std::string> cacheTargets(const StageState &stage, const std::vector<std::string> &mounts) const
    {
        std::vector<std::string> targets;
        for (const std::string &mount : mounts) {
            std::map<std::string, std::string> fields = mountFields(mount);
            bool resolved = true;
            const std::string target = expandVariables(fields["target"], stage.env, resolved);
            if (fields["type"] == "cache" && resolved && !target.empty())
                targets.push_back(resolvePath(stage.workdir, target));
        }
        return targets;
    }

    void checkMount(StageState &stage, const std::string &mount)
    {
        std::map<std::string, std::string> fields = mountFields(mount);
        const auto type = fields.find("type");
        if (type != fields.end() && type->second != "bind")
            return;
        if (type == fields.end() && !fields.count("source"))
            return;
        std::string source = fields.count("source") ? fields["source"] : ".";
        bool resolved = true;
        source = expandVariables(source, stage.env, resolved);
        if (!resolved) {
            unverified(withArgs(coreText("check", "%1: a bind mount's source uses a variable the check cannot resolve"), {where()}));
            return;
        }
        if (fields.count("from")) {
            const int index = stageIndex(fields["from"]);
            if (index >= 0 && lookup(m_stages, index, resolvePath("/", source)) == Presence::Missing)
                finding("mount-source",
                        withArgs(coreText("check", "the bind mount's source '%1' is not in stage '%2'"), {printable(source), printable(fields["from"])}),
                        coreText("check", "Mount a path the stage has, or add the step that creates it."));
            return;
        }
        std::string relative = cleanPath(source);
        while (!relative.empty() && relative[0] == '/')
            relative.erase(0, 1);
        if (relative.empty() || relative == "." || m_context.has(relative))
            return;
        if (m_context.truncated)
            unverified(withArgs(coreText("check", "%1: the context is too large to list; '%2' was not checked"),
                                {where(), printable(relative)}));
        else
            missingFromContext("mount-source", relative, coreText("check", "the bind mount's source"));
    }

    void expose(StageState &stage, const ParsedInstruction &instruction)
    {
        for (const std::string &word : instruction.words) {
            bool resolved = true;
            const int port = portNumber(expandVariables(word, stage.env, resolved));
            if (port > 0)
                stage.exposed.push_back({port, instruction.line});
        }
    }

    void healthcheck(StageState &stage, const ParsedInstruction &instruction)
    {
        bool resolved = true;
        const std::string text = expandVariables(instruction.text, stage.env, resolved);
        stage.healthcheckPort = lower(instruction.text).rfind("none", 0) == 0 ? 0 : urlPort(text);
        stage.healthcheckLine = instruction.line;
        stage.healthcheckText = instruction.firstLine;
    }

    void startCommand(StageState &stage, const ParsedInstruction &instruction)
    {
        const bool entrypoint = instruction.keyword == "ENTRYPOINT";
        (entrypoint ? stage.entrypoint : stage.cmd) = instruction.words;
        (entrypoint ? stage.entrypointExec : stage.cmdExec) = instruction.execForm;
        (entrypoint ? stage.entrypointLine : stage.cmdLine) = instruction.line;
        (entrypoint ? stage.entrypointText : stage.cmdText) = instruction.firstLine;
        if (entrypoint) {
            // ENTRYPOINT resets the CMD the stage inherited.
            stage.cmd.clear();
            stage.cmdLine = 0;
        }
    }

    void checkStart(const StageState &stage);
    void checkProgram(const StageState &stage, const std::vector<std::string> &argv, const ParsedInstruction &at);
    void checkPortAndBind(const StageState &stage, const std::vector<std::string> &argv, const ParsedInstruction &at);
};

// A port the project's code or settings state, not a stack default.
bool projectStatesPort(const DetectionResult &project)
{
    return std::any_of(project.evidence.begin(), project.evidence.end(), [](const Evidence &evidence) {
        return evidence.about == "port" && evidence.confidence != Confidence::Guess;
    });
}

const std::vector<std::string> &interpreters()
{
    static const std::vector<std::string> names = {"node", "nodejs", "python", "python3", "bun", "deno", "ruby", "php"};
    return names;
}

void Checker::checkStart(const StageState &stage)
{
    m_current = nullptr;
    const bool hasEntrypoint = stage.entrypointLine > 0;
    const bool exec = hasEntrypoint ? stage.entrypointExec : stage.cmdExec;
    ParsedInstruction at;
    at.line = hasEntrypoint ? stage.entrypointLine : stage.cmdLine;
    at.firstLine = hasEntrypoint ? stage.entrypointText : stage.cmdText;
    if (at.line == 0) {
        unverified(coreText("check", "the final stage has no CMD or ENTRYPOINT of its own; the image's default runs"));
        checkPortAndBind(stage, {}, at);
        return;
    }
    if (!exec) {
        unverified(withArgs(coreText("check", "%1: shell form; the check does not follow what the shell runs"),
                            {lineAt(at.line, at.firstLine)}));
        checkPortAndBind(stage, {}, at);
        return;
    }
    std::vector<std::string> argv = hasEntrypoint ? stage.entrypoint : std::vector<std::string>{};
    if (!hasEntrypoint || stage.cmdLine > stage.entrypointLine)
        argv.insert(argv.end(), stage.cmd.begin(), stage.cmd.end());
    for (std::string &word : argv) {
        bool resolved = true;
        word = expandVariables(word, stage.env, resolved);
    }
    if (argv.empty())
        return;
    // An init as PID 1 (tini, dumb-init) runs the command after it, after `--` when given:
    // the init must be in the image, and the rest is the app.
    const std::string init = argv[0].substr(argv[0].rfind('/') + 1);
    if (init == "tini" || init == "dumb-init") {
        checkProgram(stage, {argv[0]}, at);
        const auto dashes = std::find(argv.begin() + 1, argv.end(), "--");
        argv.erase(argv.begin(), dashes == argv.end() ? argv.begin() + 1 : dashes + 1);
        if (argv.empty())
            return;
    }
    checkProgram(stage, argv, at);
    checkPortAndBind(stage, argv, at);
}

void Checker::checkProgram(const StageState &stage, const std::vector<std::string> &argv, const ParsedInstruction &at)
{
    const int final = static_cast<int>(m_stages.size()) - 1;
    const auto present = [&](const std::string &relative) { return lookup(m_stages, final, resolvePath(stage.workdir, relative)); };
    // `missing`: the finding's sentence, with the path as %1.
    const auto report = [&](Presence presence, const std::string &missing, const std::string &path) {
        if (presence == Presence::Missing)
            finding("start-file", withArgs(missing, {printable(path)}),
                    coreText("check", "Copy it into the final stage (or its build output), or start the file that is there."), &at);
        else if (presence == Presence::Unknown)
            unverified(withArgs(coreText("check", "%1: '%2' could not be verified"), {lineAt(at.line, at.firstLine), printable(path)}));
    };
    const std::string &program = argv[0];
    if (program.find('/') != std::string::npos)
        report(present(program), coreText("check", "the program '%1' is not in the final stage"), program);
    const std::string name = program.substr(program.rfind('/') + 1);
    if (name == "java") {
        // `java [options] -jar FILE` runs the jar; `java [options] CLASS` names a class on the class path.
        const auto jar = std::find(argv.begin() + 1, argv.end(), "-jar");
        if (jar != argv.end() && jar + 1 != argv.end())
            report(present(*(jar + 1)), coreText("check", "the jar '%1' is not in the final stage"), *(jar + 1));
        return;
    }
    if (name == "dotnet") {
        // `dotnet FILE.dll` runs a framework-dependent app; other first words are SDK commands.
        if (argv.size() > 1 && argv[1].size() > 4 && argv[1].compare(argv[1].size() - 4, 4, ".dll") == 0)
            report(present(argv[1]), coreText("check", "the assembly '%1' is not in the final stage"), argv[1]);
        return;
    }
    if (std::find(interpreters().begin(), interpreters().end(), name) == interpreters().end())
        return;
    // `bun run FILE` runs the file; `bun run NAME` runs a package script.
    const auto bunFile = [](const std::string &word) {
        const std::string extension = word.substr(word.rfind('.') == std::string::npos ? word.size() : word.rfind('.'));
        for (const char *known : {".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"})
            if (extension == known)
                return true;
        return false;
    };
    std::string script;
    for (std::size_t i = 1; i < argv.size(); ++i) {
        if (name == "bun" && argv[i] == "run" && i + 1 < argv.size() && bunFile(argv[i + 1]))
            continue;
        // `deno run|serve [flags] FILE` runs the file; another first word (task, eval) names nothing on disk.
        if (name == "deno" && i == 1 && (argv[i] == "run" || argv[i] == "serve")) {
            const auto file = std::find_if(argv.begin() + 2, argv.end(), [](const std::string &word) { return !word.empty() && word[0] != '-'; });
            if (file == argv.end() || !bunFile(*file))
                return;
            script = *file;
            break;
        }
        if (argv[i] == "-m" || argv[i] == "-e" || argv[i] == "-c" || argv[i] == "--eval" || argv[i] == "run")
            return; // a module, inline code or a package script: nothing to find on disk
        if (!argv[i].empty() && argv[i][0] != '-') {
            script = argv[i];
            break;
        }
    }
    if (script.empty())
        return;
    if (name.rfind("node", 0) == 0 || name == "bun") {
        // Node resolves FILE, FILE.js/.mjs/.cjs, then a folder's package.json or index.js.
        Presence best = Presence::Missing;
        // Bun also tries the TypeScript names.
        for (const std::string &candidate : {script, script + ".js", script + ".mjs", script + ".cjs",
                                             script + "/package.json", script + "/index.js", script + ".ts",
                                             script + "/index.ts"}) {
            const Presence presence = present(candidate);
            if (presence == Presence::There) {
                best = Presence::There;
                break;
            }
            if (presence == Presence::Unknown)
                best = Presence::Unknown;
        }
        report(best, coreText("check", "the script '%1' is not in the final stage"), script);
        return;
    }
    report(present(script), coreText("check", "the script '%1' is not in the final stage"), script);
}

void Checker::checkPortAndBind(const StageState &stage, const std::vector<std::string> &argv, const ParsedInstruction &at)
{
    const ServerCall call = describeServerCall(argv);
    const auto envValue = [&](const std::vector<std::string> &names) -> const std::string * {
        for (const std::string &name : names)
            if (const auto it = stage.env.find(name); it != stage.env.end())
                return &it->second;
        return nullptr;
    };
    int appPort = 0;
    std::string portSource;
    if (call.spec) {
        const std::string *fromEnv = call.portStated ? nullptr : envValue(call.spec->portEnv);
        appPort = fromEnv ? portNumber(*fromEnv) : call.port;
        portSource = call.portStated ? call.spec->id + " " + call.portFlag
                     : fromEnv       ? "ENV " + call.spec->portEnv.front()
                                     : withArgs(coreText("check", "%1's default"), {call.spec->id});
    } else if (const std::string *port = envValue({"PORT"})) {
        appPort = portNumber(*port);
        portSource = "ENV PORT";
    } else if (m_input.project && m_input.project->port > 0 && projectStatesPort(*m_input.project)) {
        appPort = m_input.project->port;
        portSource = coreText("check", "the project");
    }
    const bool hasPortFlag = call.spec && !call.spec->portFlags.empty();
    std::vector<std::pair<int, int>> exposed = stage.exposed;
    if (appPort > 0 && !exposed.empty()
        && std::none_of(exposed.begin(), exposed.end(), [&](const auto &e) { return e.first == appPort; })) {
        ParsedInstruction exposeAt;
        exposeAt.line = exposed.back().second;
        exposeAt.firstLine = "EXPOSE " + std::to_string(exposed.back().first);
        finding("port",
                withArgs(coreText("check", "EXPOSE says %1 but the app listens on %2 (%3)"),
                         {std::to_string(exposed.back().first), std::to_string(appPort), portSource}),
                hasPortFlag ? withArgs(coreText("check", "Use one port: EXPOSE %1, or set %2 to match."), {std::to_string(appPort), call.portFlag})
                            : withArgs(coreText("check", "Use one port: EXPOSE %1, or make them the same."), {std::to_string(appPort)}),
                &exposeAt);
    }
    const int expected = appPort > 0 ? appPort : (exposed.size() == 1 ? exposed.front().first : 0);
    if (stage.healthcheckPort > 0 && expected > 0 && stage.healthcheckPort != expected) {
        ParsedInstruction healthAt;
        healthAt.line = stage.healthcheckLine;
        healthAt.firstLine = stage.healthcheckText;
        finding("port",
                withArgs(coreText("check", "the health check calls port %1 but the app listens on %2"),
                         {std::to_string(stage.healthcheckPort), std::to_string(expected)}),
                withArgs(coreText("check", "Point the health check at port %1."), {std::to_string(expected)}), &healthAt);
    }
    if (appPort == 0 && call.spec && !call.portStated)
        unverified(withArgs(coreText("check", "the port %1 listens on could not be read"), {call.spec->id}));

    // The address: the server's flag, then the environment it reads, then its default.
    if (call.spec) {
        std::string host = call.host;
        std::string hostSource = call.hostStated ? call.hostFlag : coreText("check", "its default");
        if (!call.hostStated) {
            if (const std::string *fromEnv = envValue(call.spec->hostEnv)) {
                host = *fromEnv;
                hostSource = "ENV";
            } else if (call.spec->portEnvBindsAllInterfaces && envValue(call.spec->portEnv)) {
                host = "0.0.0.0";
            }
        }
        if (isLoopback(host)) {
            const std::string flag = allInterfacesFlag(call, appPort);
            finding("bind",
                    withArgs(coreText("check", "%1 listens on %2 (%3), which nothing outside the container can reach"),
                             {call.spec->id, printable(host), hostSource}),
                    flag.empty() ? withArgs(coreText("check", "Set ENV %1=0.0.0.0."),
                                            {call.spec->hostEnv.empty() ? std::string("HOST") : call.spec->hostEnv.front()})
                                 : withArgs(coreText("check", "Pass %1."), {flag}),
                    &at);
        }
        return;
    }
    for (const char *name : {"HOST", "HOSTNAME"}) {
        const auto it = stage.env.find(name);
        if (it != stage.env.end() && isLoopback(it->second))
            finding("bind", withArgs(coreText("check", "ENV %1=%2 makes the app listen on loopback only"), {name, printable(it->second)}),
                    withArgs(coreText("check", "Set ENV %1=0.0.0.0."), {name}), &at);
    }
    const DetectionResult *project = m_input.project;
    if (!project || !isLoopback(project->bindAddress))
        return;
    const std::string &setting = project->bindSetting;
    if (setting.rfind("env:", 0) == 0) {
        const std::string name = setting.substr(4);
        const auto it = stage.env.find(name);
        if (it == stage.env.end() || isLoopback(it->second))
            finding("bind",
                    withArgs(coreText("check", "the app listens on %1 unless %2 says otherwise"), {printable(project->bindAddress), printable(name)}),
                    withArgs(coreText("check", "Set ENV %1=0.0.0.0 in the final stage."), {printable(name)}), &at);
    } else if (setting.rfind("flag:", 0) == 0) {
        const std::string flag = setting.substr(5);
        const auto it = std::find(argv.begin(), argv.end(), flag);
        if (it == argv.end() || it + 1 == argv.end() || isLoopback(*(it + 1)))
            finding("bind", withArgs(coreText("check", "the app listens on %1 without %2"), {printable(project->bindAddress), printable(flag)}),
                    withArgs(coreText("check", "Pass %1 0.0.0.0 in the start command."), {printable(flag)}), &at);
    } else {
        finding("bind", withArgs(coreText("check", "the app's code listens on %1"), {printable(project->bindAddress)}),
                coreText("check", "Change the code to listen on 0.0.0.0 (all interfaces)."), &at);
    }
}

} // namespace

CheckResult checkDockerfile(const CheckInput &input)
{
    CheckResult result;
    const Outcome<BuildContext> context = readBuildContext(input.contextDir, input.dockerignore);
    if (!context) {
        result.findings.push_back({0, "", withArgs(coreText("check", "the build context cannot be read: %1"), {context.error()}),
                                   coreText("check", "Check the folder and its .dockerignore."), "syntax"});
        return result;
    }
    const ParsedDockerfile parsed = parseDockerfile(input.dockerfile);
    Checker checker(input, context.value());
    return checker.run(parsed);
}

nlohmann::json toJson(const CheckResult &result)
{
    nlohmann::json findings = nlohmann::json::array();
    for (const CheckFinding &finding : result.findings)
        findings.push_back({{"line", finding.line},
                            {"instruction", printable(finding.instruction)},
                            {"problem", printable(finding.problem)},
                            {"advice", printable(finding.advice)},
                            {"rule", finding.rule}});
    nlohmann::json unverified = nlohmann::json::array();
    for (const std::string &text : result.unverified)
        unverified.push_back(printable(text));
    return {{"fits", result.findings.empty()}, {"findings", findings}, {"unverified", unverified}};
}

std::string findingText(const CheckFinding &finding)
{
    std::string text = finding.line > 0 ? "line " + std::to_string(finding.line) + ": " : std::string("Dockerfile: ");
    if (!finding.instruction.empty())
        text += finding.instruction + ": ";
    // Problem and advice are each a sentence: "line 9: COPY ...: 'x' is missing. Add it ..."
    const bool ended = !finding.problem.empty() && finding.problem.back() == '.';
    return printable(text + finding.problem + (ended ? " " : ". ") + finding.advice);
}

} // namespace stagecraft
